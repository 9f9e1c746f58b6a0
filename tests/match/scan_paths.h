// The three ways lanjie scans text must agree (issues 11 and 16), checked
// on generated text by tests/match/scan_paths_test.cc (seeded) and by the
// libFuzzer target tests/fuzz/fuzz_scan_paths.cc:
//  - Scanner::ScanLines (the file path: a dense block pass, the variant
//    walk's fast loops, the side matcher) reports for each line exactly
//    what Scanner::Scan reports for that line alone (the UTF-8 path);
//  - StreamScanner fed the text in pieces cut anywhere (inside a UTF-8
//    sequence too) reports exactly what Scan reports for the whole text;
//  - every hit lies inside its text, ends after it starts, and on valid
//    UTF-8 starts and ends on character boundaries;
//  - StreamFilter (streaming interception of model output) gives the same
//    output, hits and block whether the text comes whole or in pieces, and
//    when nothing blocks, exactly MaskForOutput of Scan's hits on the whole
//    text (every hit masked or passed by its action, nothing released
//    before a variant hit is known).
// The lists hold keywords with every variant class (pinyin, homophones of
// two and of three characters, 拆字), Latin whole words, an allow phrase
// and a rule; the text is drawn from pieces that make those evasions,
// their look-alike real words and the folding's noise.
//
// No GoogleTest here: the fuzz target links only the engine. Not thread
// safe (ScanPathsChecker keeps scanners for reuse).
#ifndef LANJIE_TESTS_MATCH_SCAN_PATHS_H_
#define LANJIE_TESTS_MATCH_SCAN_PATHS_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lanjie/common/utf8.h"
#include "lanjie/filter/stream_filter.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace lanjie::testing {

// The pieces generated text is made of.
inline const std::vector<std::string_view>& ScanPathsPieces() {
  static const char* const kPieces[] = {
      // keywords' characters, their homophones and sound-alike real words
      "冰", "毒", "兵", "读", "独", "病", "枪", "支", "抢", "只", "强", "奸", "健", "间", "法", "轮", "功", "发",
      "论", "工", "六", "合", "彩", "陆", "和", "菜", "赌", "博", "网", "站", "堵", "搏", "往", "战", "代", "开",
      "票", "操", "你", "草", "尼", "安", "眠", "药", "棉", "要", "海", "洛", "因", "落", "音", "迷", "谜",
      // split characters (木仓 枪, 女干 奸, 弓长 张) and their parts
      "木", "仓", "女", "干", "弓", "长", "张", "亻", "扌",
      // pinyin, with tones, digits, upper case, ü
      "bing", "du", "bing du", "bīng", "dú", "bing1", "du2", "qiang", "zhi", "fa", "lun", "gong", "liu", "he",
      "cai", "BING", "Du", "lv", "nü", "xian", "an", "mian", "yao", "hai", "luo", "yin",
      // Latin keywords and their traps
      "casino", "c a s i n o", "ca", "sino", "hell", "he'll", "ass", "I was", "sick", "ＣＡＳＩＮＯ", "cаsino",
      "c", "a", "s", "o", "\xE2\x83\x9D", "\xD2\x88",
      // noise and separators
      " ", "  ", "*", ".", "。", "？", "，", "！", "、", "\t", "\n", "\n", "\r\n", "\xE2\x80\x8B", "\xEF\xB8\x8F",
      "1\xEF\xB8\x8F\xE2\x83\xA3", "🎲", "&#x51B0;", "&amp;", "%E5%86%B0", "\xCC\x81", "(", ")", "1", "9",
      // traditional and rare characters (3-byte dense codes, astral)
      "賭", "網", "開", "發", "龘", "〇", "𠀀", "槍", "姦",
      // broken UTF-8
      "\xE5\x86", "\xC0\x80", "\xFF",
      // numerals in digits (6合彩, 18禁, 64事件), stroke radicals as separators,
      // decoration that separates only between Chinese characters
      "6", "4", "８", "十", "八", "禁", "事", "件", "丨", "丶", "①", "⑥", "㊙", "🈲", "ノ", "²"};
  static_assert(sizeof(kPieces) / sizeof(kPieces[0]) < 256, "a byte picks a piece");
  static const auto* pieces = new std::vector<std::string_view>(std::begin(kPieces), std::end(kPieces));
  return *pieces;
}

// Text from bytes: each byte below the piece count picks a piece, any
// other byte is itself (raw bytes: invalid UTF-8, ASCII).
inline std::string ScanPathsText(const uint8_t* data, size_t size) {
  const std::vector<std::string_view>& pieces = ScanPathsPieces();
  std::string text;
  for (size_t i = 0; i < size; ++i) {
    if (data[i] < pieces.size())
      text += pieces[data[i]];
    else
      text += static_cast<char>(data[i]);
  }
  return text;
}

// The lists the paths are compared on: variants by default (two-character
// homophones for one entry), all classes with the side matcher, off, and a
// denser list by default.
inline std::vector<std::shared_ptr<const Artifact>> ScanPathsArtifacts() {
  const auto entry = [](std::string keyword, EntryKind kind = EntryKind::kLiteral, Action action = Action::kBlock) {
    Entry e;
    e.keyword = std::move(keyword);
    e.risk = action == Action::kAllow ? "" : "A.1.f";
    e.kind = kind;
    e.action = action;
    e.source = "scan_paths";
    return e;
  };
  std::vector<Entry> entries;
  for (const char* k : {"冰毒", "枪支", "强奸", "法轮功", "六合彩", "赌博网站", "代开发票", "操你", "安眠药",
                        "海洛因", "迷药", "casino", "hell", "ass", "张三丰", "十八禁", "六四事件"})
    entries.push_back(entry(k));
  // Every action: block, mask, review by turns.
  for (size_t i = 0; i < entries.size(); ++i)
    entries[i].action = i % 3 == 0 ? Action::kBlock : i % 3 == 1 ? Action::kMask : Action::kReview;
  entries[0].variants = "on,homophone2";  // 兵毒: two-character homophones only when asked for
  entries.push_back(entry("冰毒危害", EntryKind::kLiteral, Action::kAllow));
  entries.push_back(entry("赌博 & 网址", EntryKind::kRule));
  for (size_t i = 0; i < entries.size(); ++i) entries[i].line = static_cast<uint32_t>(i + 2);

  // A denser list: 400 keywords of two to four of the pieces' characters
  // (a fixed LCG), so that the walk's bitmaps flag most bigrams.
  std::vector<Entry> dense = entries;
  static const char* const kChars[] = {"冰", "毒", "兵", "读", "病", "枪", "支", "抢", "强", "奸", "健", "法",
                                       "轮", "功", "发", "论", "六", "合", "彩", "和", "赌", "博", "网", "站",
                                       "代", "开", "票", "操", "你", "安", "眠", "药", "海", "洛", "因", "迷"};
  uint32_t lcg = 12345;
  const auto next = [&lcg] {
    lcg = lcg * 1103515245u + 12345u;
    return lcg >> 16;
  };
  for (int i = 0; i < 400; ++i) {
    std::string k;
    for (uint32_t n = 2 + next() % 3; n > 0; --n) k += kChars[next() % (sizeof(kChars) / sizeof(kChars[0]))];
    dense.push_back(entry(k, EntryKind::kLiteral, i % 4 == 0 ? Action::kBlock : Action::kMask));
    if (i % 7 == 0) dense.back().variants = "on,homophone2";
  }
  for (size_t i = 0; i < dense.size(); ++i) dense[i].line = static_cast<uint32_t>(i + 2);

  std::vector<std::shared_ptr<const Artifact>> out;
  CompileOptions by_default;
  CompileOptions all_side;
  all_side.variants = VariantOptions::All();
  all_side.dense_side_min_keywords = 1;
  CompileOptions off;
  off.variants = VariantOptions::None();
  for (const CompileOptions& o : {by_default, all_side, off}) {
    std::vector<Diagnostic> diags;
    auto a = Artifact::Compile(entries, o, &diags);
    if (a.ok()) out.push_back(*a);
  }
  std::vector<Diagnostic> diags;
  if (auto a = Artifact::Compile(dense, by_default, &diags); a.ok()) out.push_back(*a);
  return out;
}

inline std::string DescribeHits(const std::vector<Hit>& hits) {
  std::string s;
  for (const Hit& h : hits) absl::StrAppend(&s, " {", h.entry, " ", h.start, "-", h.end, " via ", h.via, "}");
  return s.empty() ? " (none)" : s;
}

class ScanPathsChecker {
 public:
  // Null when a scanner cannot be created (then Check reports it).
  explicit ScanPathsChecker(std::shared_ptr<const Artifact> artifact) : artifact_(std::move(artifact)) {
    if (auto s = Scanner::Create(artifact_); s.ok()) scanner_ = std::move(*s);
    if (auto s = StreamScanner::Create(artifact_); s.ok()) stream_ = std::move(*s);
    if (auto f = Filter::Create(artifact_, FilterOptions()); f.ok())
      if (auto s = StreamFilter::Create(*f); s.ok()) filter_ = std::move(*s);
  }

  // "" when the paths agree on `text` (the stream cut at `cuts`, ascending
  // offsets into text); else what differs.
  std::string Check(std::string_view text, const std::vector<size_t>& cuts) {
    if (!scanner_ || !stream_ || !filter_) return "cannot create the scanners";
    std::vector<Hit> whole;
    if (absl::Status st = scanner_->Scan(text, &whole); !st.ok()) return absl::StrCat("Scan: ", st.ToString());
    if (std::string bad = BadSpan(text, whole); !bad.empty()) return absl::StrCat("Scan: ", bad);

    stream_->Reset();
    std::vector<Hit> streamed;
    size_t prev = 0;
    for (size_t cut : cuts) {
      if (cut < prev || cut > text.size()) continue;
      if (absl::Status st = stream_->Feed(text.substr(prev, cut - prev), &streamed); !st.ok())
        return absl::StrCat("stream Feed: ", st.ToString());
      prev = cut;
    }
    if (absl::Status st = stream_->Feed(text.substr(prev), &streamed); !st.ok())
      return absl::StrCat("stream Feed: ", st.ToString());
    if (absl::Status st = stream_->Finish(&streamed); !st.ok()) return absl::StrCat("stream Finish: ", st.ToString());
    std::sort(streamed.begin(), streamed.end(), HitLess);
    if (streamed != whole)
      return absl::StrCat("stream", DescribeHits(streamed), " but Scan", DescribeHits(whole));

    // ScanLines against Scan of each line alone.
    std::vector<std::string_view> lines;
    for (size_t at = 0;;) {
      const size_t nl = text.find('\n', at);
      lines.push_back(text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at));
      if (nl == std::string_view::npos) break;
      at = nl + 1;
    }
    std::string problem;
    size_t seen = 0;
    absl::Status st = scanner_->ScanLines(text, /*only_hits=*/true, [&](size_t index, uint64_t, const std::vector<Hit>& hits) {
      if (!problem.empty()) return;
      // Lines ScanLines skips have no hits: Scan must agree.
      for (; seen < index && seen < lines.size(); ++seen)
        if (std::string d = CompareLine(seen, lines[seen], {}); !d.empty()) problem = d;
      if (!problem.empty()) return;
      if (index >= lines.size()) {
        problem = absl::StrCat("ScanLines reported line ", index, " of ", lines.size());
        return;
      }
      std::vector<Hit> sorted = hits;
      std::sort(sorted.begin(), sorted.end(), HitLess);
      problem = CompareLine(index, lines[index], sorted);
      seen = index + 1;
    });
    if (!st.ok()) return absl::StrCat("ScanLines: ", st.ToString());
    for (; problem.empty() && seen < lines.size(); ++seen) problem = CompareLine(seen, lines[seen], {});
    if (!problem.empty()) return problem;
    return CheckFilter(text, cuts, whole);
  }

  // What a StreamFilter released, reported and decided for one answer.
  struct Filtered {
    std::string text;
    std::vector<Hit> hits;
    bool blocked = false;
    std::string error;
  };
  Filtered Filter(std::string_view text, const std::vector<size_t>& cuts) {
    Filtered run;
    filter_->Reset();
    FilterOutput out;
    const auto take = [&](absl::Status st) {
      if (!st.ok()) run.error = st.ToString();
      run.text += out.text;
      run.hits.insert(run.hits.end(), out.hits.begin(), out.hits.end());
      run.blocked = run.blocked || out.blocked;
    };
    size_t prev = 0;
    for (size_t cut : cuts) {
      if (cut < prev || cut > text.size()) continue;
      take(filter_->Feed(text.substr(prev, cut - prev), &out));
      prev = cut;
    }
    take(filter_->Feed(text.substr(prev), &out));
    take(filter_->Finish(&out));
    std::sort(run.hits.begin(), run.hits.end(), HitLess);
    return run;
  }

 private:
  std::string CheckFilter(std::string_view text, const std::vector<size_t>& cuts, const std::vector<Hit>& whole) {
    const Filtered one = Filter(text, {}), pieces = Filter(text, cuts);
    if (!one.error.empty() || !pieces.error.empty()) return absl::StrCat("StreamFilter: ", one.error, pieces.error);
    if (one.text != pieces.text || one.hits != pieces.hits || one.blocked != pieces.blocked)
      return absl::StrCat("StreamFilter in pieces released \"", pieces.text, "\"", DescribeHits(pieces.hits),
                          " but whole \"", one.text, "\"", DescribeHits(one.hits));
    bool blocks = false;
    for (const Hit& h : whole) blocks = blocks || artifact_->entries()[h.entry].action == Action::kBlock;
    if (one.blocked != blocks) return absl::StrCat("StreamFilter blocked ", one.blocked, " but Scan", DescribeHits(whole));
    if (blocks) return "";
    const std::string masked = MaskForOutput(*artifact_, text, whole);
    if (one.text != masked || one.hits != whole)
      return absl::StrCat("StreamFilter released \"", one.text, "\"", DescribeHits(one.hits), " but MaskForOutput \"",
                          masked, "\"", DescribeHits(whole));
    return "";
  }
  std::string CompareLine(size_t index, std::string_view line, const std::vector<Hit>& from_lines) {
    std::vector<Hit> alone;
    if (absl::Status st = line_scanner()->Scan(line, &alone); !st.ok()) return absl::StrCat("Scan: ", st.ToString());
    if (from_lines != alone)
      return absl::StrCat("line ", index, ": ScanLines", DescribeHits(from_lines), " but Scan", DescribeHits(alone));
    return BadSpan(line, alone);
  }
  // Scan of one line runs while ScanLines is calling back: its own scanner.
  Scanner* line_scanner() {
    if (!line_scanner_)
      if (auto s = Scanner::Create(artifact_); s.ok()) line_scanner_ = std::move(*s);
    return line_scanner_.get();
  }
  static std::string BadSpan(std::string_view text, const std::vector<Hit>& hits) {
    const bool valid = IsValidUtf8(text);
    for (const Hit& h : hits) {
      if (h.start >= h.end || h.end > text.size() || h.norm_start >= h.norm_end)
        return absl::StrCat("hit ", h.entry, " ", h.start, "-", h.end, " outside a text of ", text.size());
      const auto continuation = [&](uint64_t at) {
        return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
      };
      if (valid && (continuation(h.start) || continuation(h.end)))
        return absl::StrCat("hit ", h.entry, " ", h.start, "-", h.end, " cuts a character");
    }
    return "";
  }

  std::shared_ptr<const Artifact> artifact_;
  std::unique_ptr<Scanner> scanner_, line_scanner_;
  std::unique_ptr<StreamScanner> stream_;
  std::unique_ptr<StreamFilter> filter_;
};

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_MATCH_SCAN_PATHS_H_
