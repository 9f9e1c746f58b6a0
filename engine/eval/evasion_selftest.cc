#include "lanjie/eval/evasion_selftest.h"

#include <map>
#include <optional>
#include <random>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lanjie/common/utf8.h"
#include "lanjie/match/scanner.h"
#include "lanjie/match/variant_forms.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

bool IsHan(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Utf8(char32_t c) {
  std::string s;
  AppendUtf8(c, &s);
  return s;
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  ForEachCodePoint(s, [&out](uint32_t cp, size_t) { out.push_back(cp); });
  return out;
}

// GB2312's first level (3,755 characters): the FoldTable numbers them first,
// in GB2312 order. Homophones are drawn from these, as evaders write them.
constexpr uint32_t kCommonHanzi = 3755;

// Sentence frames: the disguised keyword goes where {} is.
constexpr const char* kChineseFrames[] = {
    "请问哪里能找到{}？", "{}的事你了解吗", "朋友说{}很好弄，是真的吗", "听说最近{}又多了",
    "关于{}，能详细说说吗？", "有没有人懂{}这个", "{}", "今天群里有人发{}的消息",
    "我想问一下，{}怎么联系", "别告诉别人，{}在这",
};
constexpr const char* kLatinFrames[] = {
    "where can I find {} online?", "{} is what my friend asked about", "any tips on {} tonight",
    "is {} legal here", "{}", "they sent me a {} link",
};
constexpr const char* kSymbols[] = {"*", "-", ".", "_", "#", "@", "|", "/", "~", "+"};
// Separators evaders put between Chinese characters only: stroke-like
// radicals and kana, enclosed numbers and ideographs, box drawing, arrows.
constexpr const char* kHanSeparators[] = {"丨", "①", "㊙", "│", "→", "★", "ノ", "※"};
constexpr char32_t kZeroWidth[] = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF};
constexpr const char* kEmoji[] = {"😀", "🔥", "⭐", "🍀", "❤️", "👍", "1️⃣", "2️⃣", "🌸", "✨"};

// The tables the generators read, built once per report from the
// artifact's folding and the matcher's variant tables.
class Forms {
 public:
  explicit Forms(const FoldTable& fold) : fold_(fold) {
    for (char32_t cp = 0x4E00; cp <= 0x9FFF; ++cp) {
      const std::u32string f = CodePoints(Fold(fold, Utf8(cp)));
      if (f.size() == 1 && f[0] != cp && IsHan(f[0])) traditional_[f[0]].push_back(cp);
    }
    for (char32_t cp = 0x370; cp < 0x530; ++cp) {
      const std::string f = Fold(fold, Utf8(cp));
      if (f.size() == 1 && f[0] >= 'a' && f[0] <= 'z') lookalike_[f[0]].push_back(cp);
    }
  }
  bool Common(char32_t c) const { return fold_.DenseValue(c) < kCommonHanzi; }
  const std::vector<char32_t>* Traditional(char32_t c) const {
    auto it = traditional_.find(c);
    return it == traditional_.end() ? nullptr : &it->second;
  }
  const std::vector<char32_t>* Lookalike(char32_t c) const {
    auto it = lookalike_.find(c);
    return it == lookalike_.end() ? nullptr : &it->second;
  }
  // Common characters read `syllable` (primary reading), cached.
  const std::vector<char32_t>& Reading(const std::string& syllable) {
    auto [it, fresh] = by_reading_.try_emplace(syllable);
    if (fresh)
      for (char32_t c : CharactersWithReading(syllable))
        if (Common(c)) it->second.push_back(c);
    return it->second;
  }

 private:
  const FoldTable& fold_;
  std::map<char32_t, std::vector<char32_t>> traditional_, lookalike_;
  std::map<std::string, std::vector<char32_t>> by_reading_;
};

using Rng = std::mt19937_64;  // its output sequence is fixed by the standard
size_t Pick(Rng& rng, size_t n) { return n ? static_cast<size_t>(rng() % n) : 0; }

std::string Joined(const std::u32string& k, const std::string& gap) {
  std::string out;
  for (size_t i = 0; i < k.size(); ++i) {
    if (i) out += gap;
    AppendUtf8(k[i], &out);
  }
  return out;
}

// A syllable with a tone mark on the vowel the spelling rules mark (a or e;
// o of ou; else the last vowel); v is written ü.
std::string WithToneMark(const std::string& syllable, int tone) {
  static const std::map<char, std::u32string> kMarks = {
      {'a', U"āáǎà"}, {'e', U"ēéěè"}, {'i', U"īíǐì"}, {'o', U"ōóǒò"}, {'u', U"ūúǔù"}, {'v', U"ǖǘǚǜ"}};
  size_t at = std::string::npos;
  if (size_t p = syllable.find_first_of("ae"); p != std::string::npos) at = p;
  else if (size_t q = syllable.find("ou"); q != std::string::npos) at = q;
  else at = syllable.find_last_of("iouv");
  std::string out;
  for (size_t i = 0; i < syllable.size(); ++i) {
    const char c = syllable[i];
    if (i == at) AppendUtf8(kMarks.at(c)[tone - 1], &out);
    else if (c == 'v') out += "ü";
    else out += c;
  }
  return out;
}

// Each character's primary reading, or empty when one has none (then the
// keyword gets no pinyin sentences; the other classes do not need readings).
std::vector<std::string> PrimaryReadings(const std::u32string& k) {
  std::vector<std::string> py;
  for (char32_t c : k) {
    std::vector<std::string> r = CharacterReadings(c);
    if (r.empty()) return {};
    py.push_back(std::move(r[0]));
  }
  return py;
}

// `py`: PrimaryReadings(k) for a Han keyword, read once per keyword.
std::optional<std::string> Generate(const std::string& cls, const std::u32string& k, bool han,
                                    const std::vector<std::string>& py, Forms& forms, Rng& rng) {
  if (cls.rfind("pinyin_", 0) == 0 && py.empty()) return std::nullopt;
  if (cls == "symbols") {
    const size_t i = Pick(rng, std::size(kSymbols) + (han ? std::size(kHanSeparators) : 0));
    return Joined(k, i < std::size(kSymbols) ? kSymbols[i] : kHanSeparators[i - std::size(kSymbols)]);
  }
  if (cls == "spaces") return Joined(k, " ");
  if (cls == "zero_width") return Joined(k, Utf8(kZeroWidth[Pick(rng, std::size(kZeroWidth))]));
  if (cls == "emoji") {
    std::string out;
    for (size_t i = 0; i < k.size(); ++i) {
      if (i) out += kEmoji[Pick(rng, std::size(kEmoji))];
      AppendUtf8(k[i], &out);
    }
    return out;
  }
  if (cls == "html_entity" || cls == "percent") {
    std::string out;
    for (char32_t c : k) {
      if (cls == "percent") {
        for (unsigned char b : Utf8(c)) absl::StrAppendFormat(&out, "%%%02X", b);
      } else {
        out += rng() & 1 ? absl::StrFormat("&#x%X;", static_cast<uint32_t>(c))
                         : absl::StrFormat("&#%u;", static_cast<uint32_t>(c));
      }
    }
    return out;
  }
  if (cls == "fullwidth" || cls == "lookalike") {
    if (han) return std::nullopt;
    std::u32string out = k;
    bool changed = false;
    for (size_t i = 0; i < out.size(); ++i) {
      const char32_t lower = out[i] | 0x20;
      if (cls == "fullwidth") {
        out[i] = 0xFF41 + (lower - 'a');
        changed = true;
      } else if (const auto* l = forms.Lookalike(lower); l && (rng() & 1 || !changed)) {
        out[i] = (*l)[Pick(rng, l->size())];
        changed = true;
      }
    }
    if (!changed) return std::nullopt;
    return Joined(out, "");
  }
  if (!han) return std::nullopt;
  if (cls == "numeral") {
    const std::vector<std::string> f = KeywordNumeralForms(k);
    if (f.empty()) return std::nullopt;
    return f[Pick(rng, f.size())];
  }
  if (cls == "traditional") {
    std::u32string out = k;
    bool changed = false;
    for (char32_t& c : out)
      if (const auto* t = forms.Traditional(c)) {
        c = (*t)[Pick(rng, t->size())];
        changed = true;
      }
    if (!changed) return std::nullopt;
    return Joined(out, "");
  }
  if (cls == "pinyin_joined" || cls == "pinyin_spaced") {
    std::string out;
    for (size_t i = 0; i < py.size(); ++i) out += (i && cls == "pinyin_spaced" ? " " : "") + py[i];
    return out;
  }
  if (cls == "pinyin_tone_digits" || cls == "pinyin_tone_marks") {
    std::string out;
    for (size_t i = 0; i < py.size(); ++i) {
      const int tone = 1 + static_cast<int>(Pick(rng, 4));
      if (i) out += " ";
      out += cls == "pinyin_tone_digits" ? absl::StrCat(py[i], tone) : WithToneMark(py[i], tone);
    }
    return out;
  }
  if (cls == "pinyin_mixed") {
    const size_t j = Pick(rng, k.size());
    std::string out;
    for (size_t i = 0; i < k.size(); ++i) {
      if (i == j) out += py[i];
      else AppendUtf8(k[i], &out);
    }
    return out;
  }
  if (cls == "homophone" || cls == "homophone2") {
    // One character replaced by a common one read the same (any reading of
    // the keyword's character), never making a common word of the span;
    // homophone2 is the class of two-character keywords (opt-in), whose
    // replacement also keeps a tone of the character (the matcher's rule).
    const bool two = cls == "homophone2";
    if ((k.size() == 2) != two) return std::nullopt;
    const size_t j = Pick(rng, k.size());
    std::vector<char32_t> candidates;
    for (const std::string& r : CharacterReadings(k[j]))
      for (char32_t c : forms.Reading(r))
        if (c != k[j] && (!two || ReadAlikeInTone(k[j], c))) candidates.push_back(c);
    for (size_t tries = 0; tries < 8 && !candidates.empty(); ++tries) {
      std::u32string out = k;
      out[j] = candidates[Pick(rng, candidates.size())];
      if (!IsCommonWord(out)) return Joined(out, "");
    }
    return std::nullopt;
  }
  if (cls == "chaizi") {
    std::vector<size_t> splittable;
    for (size_t i = 0; i < k.size(); ++i)
      if (!CharacterComponents(k[i]).empty()) splittable.push_back(i);
    if (splittable.empty()) return std::nullopt;
    const size_t j = splittable[Pick(rng, splittable.size())];
    std::string out;
    for (size_t i = 0; i < k.size(); ++i) {
      if (i == j) out += CharacterComponents(k[i]);
      else AppendUtf8(k[i], &out);
    }
    return out;
  }
  return std::nullopt;
}

void Count(EvasionRate* r, bool intercepted, bool other_span) {
  ++r->tested;
  r->intercepted += intercepted;
  r->other_span += other_span;
}

void Finish(EvasionRate* r) { r->rate = r->tested ? static_cast<double>(r->intercepted) / r->tested : 0; }

}  // namespace

const std::vector<std::string>& EvasionClassNames() {
  static const std::vector<std::string> kNames = {
      "symbols",       "spaces",        "zero_width",         "emoji",
      "fullwidth",     "traditional",   "lookalike",          "html_entity",
      "percent",       "pinyin_joined", "pinyin_spaced",      "pinyin_tone_marks",
      "pinyin_tone_digits", "pinyin_mixed", "homophone",      "homophone2",
      "chaizi",        "numeral"};
  return kNames;
}

absl::StatusOr<EvasionSelfTest> SelfTestEvasions(std::shared_ptr<const Artifact> artifact,
                                                 const EvasionOptions& options) {
  auto scanner = Scanner::Create(artifact);
  if (!scanner.ok()) return scanner.status();
  EvasionSelfTest report;
  report.seed = options.seed;
  // Eligible: literal keywords (not allow-listed) of two or more Han
  // characters, or of two or more ASCII letters.
  std::vector<uint32_t> eligible;
  const EntryTable& entries = artifact->entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const CompiledEntry e = entries[i];
    if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow) continue;
    ++report.keywords;
    const std::u32string k = CodePoints(e.normalized);
    bool all_han = k.size() >= 2, all_latin = k.size() >= 2;
    for (char32_t c : k) {
      all_han = all_han && IsHan(c);
      all_latin = all_latin && IsAsciiLetter(c);
    }
    if (all_han || all_latin) eligible.push_back(i);
  }
  report.eligible = eligible.size();
  Rng rng(options.seed);
  if (options.sample && options.sample < eligible.size()) {
    for (size_t i = 0; i < options.sample; ++i) std::swap(eligible[i], eligible[i + Pick(rng, eligible.size() - i)]);
    eligible.resize(options.sample);
    std::sort(eligible.begin(), eligible.end());
  }
  report.sampled = eligible.size();

  Forms forms(artifact->fold_table());
  const auto& names = EvasionClassNames();
  std::vector<EvasionRate> classes(names.size());
  for (size_t c = 0; c < names.size(); ++c) classes[c].name = names[c];
  std::map<std::string, EvasionRate> per_risk;
  report.all.name = "all";
  std::vector<Hit> hits;
  for (uint32_t index : eligible) {
    const CompiledEntry e = entries[index];
    const std::u32string k = CodePoints(e.normalized);
    const bool han = IsHan(k[0]);
    const std::vector<std::string> py = han ? PrimaryReadings(k) : std::vector<std::string>();
    for (size_t c = 0; c < names.size(); ++c) {
      std::optional<std::string> evasive = Generate(names[c], k, han, py, forms, rng);
      if (!evasive) continue;
      const std::string frame = han ? kChineseFrames[Pick(rng, std::size(kChineseFrames))]
                                    : kLatinFrames[Pick(rng, std::size(kLatinFrames))];
      const size_t slot = frame.find("{}");
      const std::string text = frame.substr(0, slot) + *evasive + frame.substr(slot + 2);
      hits.clear();
      if (absl::Status s = (*scanner)->Scan(text, &hits); !s.ok()) return s;
      bool exact = false, other = false;
      for (const Hit& h : hits) {
        const bool mine = h.entry == index;
        if (mine && h.start == slot && h.end == slot + evasive->size()) exact = true;
        else if (mine) other = true;
      }
      ++report.sentences;
      Count(&classes[c], exact, !exact && other);
      EvasionRate& risk = per_risk[std::string(e.risk)];
      risk.name = std::string(e.risk);
      Count(&risk, exact, !exact && other);
      Count(&report.all, exact, !exact && other);
      if (!exact && classes[c].misses.size() < options.misses) {
        std::string found;  // what was hit instead
        for (const Hit& h : hits)
          found += (found.empty() ? "" : ", ") + std::string(entries[h.entry].keyword) + " @ " +
                   text.substr(h.start, h.end - h.start);
        classes[c].misses.push_back({std::string(e.keyword), std::string(e.risk), text, *evasive, found});
      }
    }
  }
  for (EvasionRate& r : classes) {
    if (r.tested == 0) continue;
    Finish(&r);
    report.classes.push_back(std::move(r));
  }
  for (auto& [risk, r] : per_risk) {
    Finish(&r);
    report.per_risk.push_back(std::move(r));
  }
  Finish(&report.all);
  return report;
}

absl::Status SelfTestEvasionBenign(std::shared_ptr<const Artifact> artifact, std::string_view text,
                                   std::string_view name, EvasionSelfTest* report) {
  auto scanner = Scanner::Create(artifact);
  if (!scanner.ok()) return scanner.status();
  std::map<std::string, uint64_t> by_via;  // ViaName(Hit::via): "" exact, pinyin (and initials), ...
  uint64_t hits_total = 0;
  absl::Status status = (*scanner)->ScanLines(
      text, true,
      [&](size_t, uint64_t, const std::vector<Hit>& hits) {
        for (const Hit& h : hits) ++by_via[ViaName(h.via)];
        hits_total += hits.size();
      },
      nullptr);
  if (!status.ok()) return status;
  EvasionBenign b;
  b.name = std::string(name);
  b.bytes = text.size();
  b.hits = hits_total;
  const double mb = text.empty() ? 1 : text.size() / 1e6;
  b.hits_per_mb = b.hits / mb;
  for (const char* via : {"pinyin", "homophone", "chaizi", "numeral"}) {
    EvasionBenign::Class c;
    c.name = via;
    c.hits = by_via[via];
    c.hits_per_mb_off = (b.hits - c.hits) / mb;
    c.on_off = c.hits_per_mb_off > 0 ? b.hits_per_mb / c.hits_per_mb_off : 0;
    b.classes.push_back(c);
  }
  report->benign.push_back(std::move(b));
  return absl::OkStatus();
}

std::string EvasionSelfTestTable(const EvasionSelfTest& r) {
  std::string out = absl::StrFormat(
      "evasion self-test: %u of %u eligible keywords (%u literal keywords; seed %u), %u sentences\n", r.sampled,
      r.eligible, r.keywords, r.seed, r.sentences);
  absl::StrAppendFormat(&out, "%-20s %8s %12s %8s %11s\n", "class", "tested", "intercepted", "rate", "other span");
  auto row = [&out](const EvasionRate& x) {
    absl::StrAppendFormat(&out, "%-20s %8u %12u %7.1f%% %11u\n", x.name, x.tested, x.intercepted, 100 * x.rate,
                          x.other_span);
  };
  for (const EvasionRate& x : r.classes) row(x);
  row(r.all);
  absl::StrAppendFormat(&out, "%-20s %8s %12s %8s %11s\n", "risk", "tested", "intercepted", "rate", "other span");
  for (const EvasionRate& x : r.per_risk) row(x);
  for (const EvasionBenign& b : r.benign) {
    absl::StrAppendFormat(&out, "benign %s: %.1f MB, %u hits, %.2f hits per MB with every class on\n", b.name,
                          b.bytes / 1e6, b.hits, b.hits_per_mb);
    for (const EvasionBenign::Class& c : b.classes)
      absl::StrAppendFormat(&out, "  %-10s %8u hits; %.2f per MB with it off (on/off %.3fx)\n", c.name, c.hits,
                            c.hits_per_mb_off, c.on_off);
  }
  bool header = false;
  for (const EvasionRate& x : r.classes)
    for (const EvasionMiss& m : x.misses) {
      if (!header) out += "first misses per class:\n";
      header = true;
      absl::StrAppendFormat(&out, "  [%s] %s (%s) as \"%s\" in \"%s\": %s\n", x.name, m.keyword, m.risk, m.evasive,
                            m.text, m.found.empty() ? "no hit" : "hit " + m.found);
    }
  return out;
}

namespace {
nlohmann::json RateJson(const EvasionRate& x, bool with_misses) {
  nlohmann::json j = {{"name", x.name},
                      {"tested", x.tested},
                      {"intercepted", x.intercepted},
                      {"other_span", x.other_span},
                      {"rate", x.rate}};
  if (with_misses) {
    j["misses"] = nlohmann::json::array();
    for (const EvasionMiss& m : x.misses)
      j["misses"].push_back(
          {{"keyword", m.keyword}, {"risk", m.risk}, {"text", m.text}, {"evasive", m.evasive}, {"found", m.found}});
  }
  return j;
}
}  // namespace

std::string EvasionSelfTestJson(const EvasionSelfTest& r) {
  nlohmann::json j = {{"keywords", r.keywords}, {"eligible", r.eligible}, {"sampled", r.sampled},
                      {"seed", r.seed},         {"sentences", r.sentences}, {"all", RateJson(r.all, false)}};
  j["classes"] = nlohmann::json::array();
  for (const EvasionRate& x : r.classes) j["classes"].push_back(RateJson(x, true));
  j["per_risk"] = nlohmann::json::array();
  for (const EvasionRate& x : r.per_risk) j["per_risk"].push_back(RateJson(x, false));
  j["benign"] = nlohmann::json::array();
  for (const EvasionBenign& b : r.benign) {
    nlohmann::json cls = nlohmann::json::array();
    for (const EvasionBenign::Class& c : b.classes)
      cls.push_back({{"class", c.name}, {"hits", c.hits}, {"hits_per_mb_off", c.hits_per_mb_off}, {"on_off", c.on_off}});
    j["benign"].push_back(
        {{"corpus", b.name}, {"bytes", b.bytes}, {"hits", b.hits}, {"hits_per_mb", b.hits_per_mb}, {"classes", cls}});
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::vector<std::string>> EvasionSheetRows(const EvasionSelfTest& r) {
  std::vector<std::vector<std::string>> rows = {{"项目", "名称", "测试句数", "拦截数", "拦截率", "说明"}};
  auto pct = [](double x) { return absl::StrFormat("%.1f%%", 100 * x); };
  for (const EvasionRate& x : r.classes)
    rows.push_back({"变体类别", x.name, absl::StrCat(x.tested), absl::StrCat(x.intercepted), pct(x.rate),
                    x.misses.empty() ? "" : absl::StrCat("例: ", x.misses[0].keyword, " → ", x.misses[0].evasive)});
  rows.push_back({"合计", "all", absl::StrCat(r.all.tested), absl::StrCat(r.all.intercepted), pct(r.all.rate),
                  absl::StrFormat("抽样 %u / %u 个关键词, 种子 %u; 以原文精确位置命中该关键词计为拦截", r.sampled,
                                  r.eligible, r.seed)});
  for (const EvasionRate& x : r.per_risk)
    rows.push_back({"风险类别", x.name, absl::StrCat(x.tested), absl::StrCat(x.intercepted), pct(x.rate), ""});
  for (const EvasionBenign& b : r.benign)
    for (const EvasionBenign::Class& c : b.classes)
      rows.push_back({"误报(每MB)", absl::StrCat(b.name, " / ", c.name), "", absl::StrCat(c.hits),
                      absl::StrFormat("%.2f", b.hits_per_mb),
                      absl::StrFormat("关闭该类: %.2f/MB (%.3fx)", c.hits_per_mb_off, c.on_off)});
  return rows;
}

}  // namespace lanjie
