// The list's robustness report (抗变体测试, `lanjie lexicon selftest
// --evasions`): for each keyword of a compiled list, or a seeded sample of
// them, one sentence per evasion class that hides the keyword the way
// evaders do (symbols, spaces, zero-width characters, emoji and keycaps,
// full-width letters, traditional characters, look-alike letters, HTML
// character references, percent-encoding, Latin pinyin joined / spaced /
// with tone marks / tone digits / mixed with characters, homophones of
// keywords of three or more characters and, apart, of two-character
// keywords (homophone2, opt-in in the list), 拆字),
// scanned with the list; a sentence counts as intercepted only when the
// keyword's own entry is hit with the exact original span of the disguised
// text. Reported per class and per risk, with the first misses of each
// class; and, over a benign corpus, the hits per MB with each variant class
// on and off (the variant hits of that class left out).
//
// Forms come from the matcher's own tables (lanjie/match/variant_forms.h)
// and the artifact's folding: a class the list's settings switch off (the
// homophones of two-character keywords unless the list or the entry asks
// for them) is tested and counted as missed, not left out. Tones in the generated pinyin are chosen
// by the seed (the tables keep toneless readings; matching ignores tones).
//
// Thread safety: free functions; the artifact is shared read-only. Cost:
// one scan per generated sentence (16 classes x sample keywords) and one
// pass over the corpus; building the forms reads the CJK block once.
// Errors: a scanner that cannot be created or a failed scan.
#ifndef LANJIE_ENGINE_EVAL_EVASION_SELFTEST_H_
#define LANJIE_ENGINE_EVAL_EVASION_SELFTEST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/match/artifact.h"

namespace lanjie {

struct EvasionOptions {
  size_t sample = 2000;  // keywords tested (0: every eligible keyword)
  uint64_t seed = 1;     // sample, sentence templates, positions, tones
  size_t misses = 3;     // misses kept per class (the first ones)
};

struct EvasionMiss {
  std::string keyword, risk;
  std::string text;     // the generated sentence
  std::string evasive;  // the disguised keyword inside it
  std::string found;    // what was hit instead ("" when nothing was)
};

struct EvasionRate {
  std::string name;  // an evasion class (EvasionClassNames) or a risk code
  uint64_t tested = 0, intercepted = 0;
  uint64_t other_span = 0;  // the keyword hit, but not exactly the disguised text
  double rate = 0;          // intercepted / tested
  std::vector<EvasionMiss> misses;
};

struct EvasionBenign {
  std::string name;
  uint64_t bytes = 0, hits = 0;
  double hits_per_mb = 0;  // every class on
  struct Class {
    std::string name;  // pinyin, homophone, chaizi, initials
    uint64_t hits = 0;
    double hits_per_mb_off = 0;  // the same corpus with this class's hits left out
    double on_off = 0;           // hits_per_mb / hits_per_mb_off
  };
  std::vector<Class> classes;
};

struct EvasionSelfTest {
  uint64_t keywords = 0;   // literal entries of the list
  uint64_t eligible = 0;   // two or more CJK characters, or a Latin word of two or more letters
  uint64_t sampled = 0;
  uint64_t seed = 0;
  uint64_t sentences = 0;
  std::vector<EvasionRate> classes;   // EvasionClassNames order; classes with nothing tested left out
  std::vector<EvasionRate> per_risk;  // every class together, by risk code
  EvasionRate all;
  std::vector<EvasionBenign> benign;
};

// The classes in report order.
const std::vector<std::string>& EvasionClassNames();

absl::StatusOr<EvasionSelfTest> SelfTestEvasions(std::shared_ptr<const Artifact> artifact,
                                                 const EvasionOptions& options);
// Hits per MB of `text` ('\n'-separated lines) by variant class, appended
// to report->benign.
absl::Status SelfTestEvasionBenign(std::shared_ptr<const Artifact> artifact, std::string_view text,
                                   std::string_view name, EvasionSelfTest* report);

std::string EvasionSelfTestTable(const EvasionSelfTest& r);
// One JSON object: {"keywords", "eligible", "sampled", "seed", "sentences",
// "classes": [{"class", "tested", "intercepted", "other_span", "rate",
// "misses": [...]}], "per_risk": [...], "all": {...}, "benign": [...]}.
std::string EvasionSelfTestJson(const EvasionSelfTest& r);
// The filing workbook's 抗变体测试 sheet: a header row, then one row per
// class, per risk and per benign corpus (strings, for any sheet writer).
std::vector<std::vector<std::string>> EvasionSheetRows(const EvasionSelfTest& r);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_EVAL_EVASION_SELFTEST_H_
