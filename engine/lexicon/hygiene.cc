#include "lanjie/lexicon/hygiene.h"

#include <unicode/uchar.h>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/text_io.h"
#include "lanjie/lexicon/canonical_csv.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/common/utf8.h"

namespace lanjie {
namespace {

// Substrings of the folded sample up to this many code points are indexed.
constexpr size_t kMaxIndexedChars = 8;

struct SampleHits {
  uint32_t lines = 0;  // distinct lines holding the substring
  uint32_t first = 0;  // first such line
  uint32_t last = UINT32_MAX;
};


bool IsAsciiAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }

bool HasLetterOrDigit(std::string_view raw) {
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  const auto* end = p + raw.size();
  while (p < end) {
    uint32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) return true;  // not ours to judge: validation reports bad bytes
    p += n;
    if (u_isalnum(static_cast<UChar32>(cp))) return true;
  }
  return false;
}

class SampleIndex {
 public:
  SampleIndex(const std::vector<std::string>& folded) : lines_(folded) {
    for (uint32_t line = 0; line < folded.size(); ++line) {
      const std::string& f = folded[line];
      const std::vector<uint32_t> starts = CodePointStarts(f);
      const size_t n = starts.size() - 1;
      for (size_t a = 0; a < n; ++a) {
        for (size_t b = a + 1; b <= n && b - a <= kMaxIndexedChars; ++b) {
          SampleHits& h = index_[std::string_view(f).substr(starts[a], starts[b] - starts[a])];
          if (h.last == line) continue;
          if (h.lines++ == 0) h.first = line;
          h.last = line;
        }
      }
    }
  }

  // Lines holding `folded` (whole words when `whole_word`); *first = the first.
  uint32_t Count(const std::string& folded, bool whole_word, uint32_t* first) const {
    const std::vector<uint32_t> starts = CodePointStarts(folded);
    const size_t n = starts.size() - 1;
    const std::string_view key = std::string_view(folded).substr(0, starts[std::min(n, kMaxIndexedChars)]);
    auto it = index_.find(key);
    if (it == index_.end()) return 0;
    if (n <= kMaxIndexedChars && !whole_word) {
      *first = it->second.first;
      return it->second.lines;
    }
    uint32_t count = 0;
    for (uint32_t line = it->second.first; line < lines_.size(); ++line) {
      if (Contains(lines_[line], folded, whole_word)) {
        if (count++ == 0) *first = line;
      }
    }
    return count;
  }

 private:
  static bool Contains(std::string_view text, std::string_view word, bool whole_word) {
    for (size_t pos = text.find(word); pos != std::string_view::npos; pos = text.find(word, pos + 1)) {
      if (!whole_word) return true;
      const size_t end = pos + word.size();
      if ((pos == 0 || !IsAsciiAlnum(text[pos - 1])) && (end == text.size() || !IsAsciiAlnum(text[end]))) return true;
    }
    return false;
  }

  const std::vector<std::string>& lines_;
  absl::flat_hash_map<std::string_view, SampleHits> index_;
};

std::string Percent(double rate) { return absl::StrFormat("%.1f%%", rate * 100); }

// Whether the literal `e`, folded to `f`, is over-broad: fills q's count,
// rate and example from the benign sample, and its reason and explanation
// (reason "" when it is not).
void JudgeOverBroad(const Entry& e, const std::string& f, const ListHygiene& rules, const SampleIndex& index,
                    const std::vector<std::string>& sample, QuarantinedEntry* q) {
  const size_t cps = CodePointStarts(f).size() - 1;
  bool digits = true, latin = IsLatinWord(f);
  int64_t letters = 0;
  for (char c : f) {
    digits &= absl::ascii_isdigit(static_cast<unsigned char>(c));
    letters += absl::ascii_isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  uint32_t first = 0;
  q->benign_lines = index.Count(f, WholeWord(e.match, f), &first);
  q->benign_rate = sample.empty() ? 0 : static_cast<double>(q->benign_lines) / static_cast<double>(sample.size());
  if (q->benign_lines > 0) q->example = sample[first];
  if (!HasLetterOrDigit(e.keyword)) {
    q->reason = "symbol_only";
    q->explanation = absl::StrCat("only symbols as written ('", e.keyword, "' folds to '", f,
                                  "'): matches ordinary punctuation or characters");
  } else if (cps == 1) {
    q->reason = "single_char";
    q->explanation = absl::StrCat("one character after folding ('", f, "'): matches inside countless ordinary words");
  } else if (digits && static_cast<int64_t>(f.size()) < rules.min_digits) {
    q->reason = "short_number";
    q->explanation = absl::StrCat("a number of fewer than ", rules.min_digits,
                                  " digits: matches prices, dates and counts");
  } else if (latin && !digits && letters < rules.min_latin_letters) {
    q->reason = "short_latin";
    q->explanation = absl::StrCat("fewer than ", rules.min_latin_letters,
                                  " Latin letters: matches abbreviations and names");
  } else if (q->benign_rate > rules.max_benign_line_rate) {
    q->reason = "benign_hits";
    q->explanation = absl::StrCat("hits ", q->benign_lines, " of ", sample.size(), " lines of the benign sample (",
                                  Percent(q->benign_rate), " > ", Percent(rules.max_benign_line_rate), ")");
  }
}

}  // namespace

std::vector<std::string> BuiltinBenignSample() {
  std::vector<std::string> lines;
  ForEachLine(EmbeddedFile("benign_sample.txt"), [&](uint32_t, std::string_view raw) {
    std::string_view s = Sv(absl::StripAsciiWhitespace(Av(raw)));
    if (s.empty() || s[0] == '#') return;
    lines.emplace_back(s);
  });
  return lines;
}

bool IsAcceptCell(std::string_view cell) {
  const std::string s = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(cell)));
  return s == "1" || s == "y" || s == "yes" || s == "true" || s == "x" || s == "是" || s == "接受";
}

absl::StatusOr<HygieneResult> QuarantineOverBroad(ValidatedList* list, const ListHygiene& rules,
                                                  const absl::flat_hash_set<std::string>& accept,
                                                  const std::vector<std::string>& sample,
                                                  const NormalizerOptions& normalizer) {
  auto table = FoldTable::Create(normalizer);
  if (!table.ok()) return table.status();
  std::vector<std::string> folded_sample;
  folded_sample.reserve(sample.size());
  for (const std::string& line : sample) folded_sample.push_back(Fold(**table, line));
  const SampleIndex index(folded_sample);

  HygieneResult result;
  result.sample_lines = sample.size();
  std::vector<Entry> kept;
  std::vector<std::string> kept_folded;
  std::vector<size_t> kept_index;
  const bool indexed = list->input_index.size() == list->merged.size();
  kept.reserve(list->merged.size());
  kept_folded.reserve(list->merged.size());
  auto keep = [&](size_t i) {
    kept.push_back(std::move(list->merged[i]));
    kept_folded.push_back(std::move(list->folded[i]));
    if (indexed) kept_index.push_back(list->input_index[i]);
  };
  for (size_t i = 0; i < list->merged.size(); ++i) {
    Entry& e = list->merged[i];
    const std::string& f = list->folded[i];
    if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow || f.empty()) {
      keep(i);
      continue;
    }
    ++result.checked;
    QuarantinedEntry q;
    JudgeOverBroad(e, f, rules, index, sample, &q);
    if (q.reason.empty()) {
      keep(i);
    } else if (e.accept_broad || accept.contains(f)) {
      ++result.accepted;
      keep(i);
    } else {
      q.entry = std::move(e);
      result.quarantined.push_back(std::move(q));
    }
  }
  list->merged = std::move(kept);
  list->folded = std::move(kept_folded);
  if (indexed) list->input_index = std::move(kept_index);
  list->stats.merged = list->merged.size();
  return result;
}

absl::StatusOr<absl::flat_hash_set<std::string>> FoldAcceptList(std::string_view name, std::string_view text,
                                                                 const NormalizerOptions& normalizer) {
  auto table = FoldTable::Create(normalizer);
  if (!table.ok()) return table.status();
  absl::flat_hash_set<std::string> out;
  auto add = [&](std::string_view keyword) {
    std::string f = Fold(**table, Sv(absl::StripAsciiWhitespace(Av(keyword))));
    if (!f.empty()) out.insert(std::move(f));
  };
  const std::string lower = absl::AsciiStrToLower(Av(name));
  const bool csv = absl::EndsWith(lower, ".csv"), tsv = absl::EndsWith(lower, ".tsv");
  if (!csv && !tsv) {  // one keyword a line (CSV and TSV: CsvParser drops a byte order mark)
    ForEachLine(WithoutUtf8Bom(text), [&](uint32_t, std::string_view raw) {
      std::string_view s = Sv(absl::StripAsciiWhitespace(Av(raw)));
      if (!s.empty() && s[0] != '#') add(s);
    });
    return out;
  }
  CsvReader reader(text, tsv ? '\t' : ',');
  CsvRecord rec;
  std::string err;
  int keyword_col = -1, accept_col = -1;
  bool header = false;
  while (reader.Next(&rec, &err)) {
    if (!err.empty()) return absl::InvalidArgumentError(absl::StrCat(Av(name), ":", rec.line, ": ", err));
    if (!header) {
      for (size_t i = 0; i < rec.fields.size(); ++i) {
        const std::string h = absl::AsciiStrToLower(absl::StripAsciiWhitespace(rec.fields[i]));
        if (keyword_col < 0 && (h == "keyword" || h == "关键词" || h == "敏感词")) keyword_col = static_cast<int>(i);
        if (accept_col < 0 && (h == "accept" || h == "接受")) accept_col = static_cast<int>(i);
      }
      if (keyword_col < 0)
        return absl::InvalidArgumentError(
            absl::StrCat(Av(name), ":", rec.line, ": header has no keyword column (keyword / 关键词)"));
      header = true;
      continue;
    }
    if (static_cast<size_t>(keyword_col) >= rec.fields.size()) continue;
    if (accept_col >= 0 &&
        (static_cast<size_t>(accept_col) >= rec.fields.size() || !IsAcceptCell(rec.fields[accept_col])))
      continue;
    add(rec.fields[keyword_col]);
  }
  return out;
}

std::string QuarantineCsv(const HygieneResult& result) {
  std::string out = "keyword,risk,reason,explanation,benign_lines,benign_rate,example,source,line,accept\n";
  for (const QuarantinedEntry& q : result.quarantined) {
    AppendCsvField(q.entry.keyword, &out);
    absl::StrAppend(&out, ",", q.entry.risk, ",", q.reason, ",");
    AppendCsvField(q.explanation, &out);
    absl::StrAppend(&out, ",", q.benign_lines, ",", absl::StrFormat("%.4f", q.benign_rate), ",");
    AppendCsvField(q.example, &out);
    out.push_back(',');
    AppendCsvField(q.entry.source, &out);
    absl::StrAppend(&out, ",", q.entry.line, ",\n");
  }
  return out;
}

}  // namespace lanjie
