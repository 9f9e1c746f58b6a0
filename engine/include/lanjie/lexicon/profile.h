// Filing profiles: the minimums and pass lines a standard sets for keyword
// lists, test question banks and assessments. Numbers live in
// data/profiles/*.json (never in code) so users can correct them without a
// rebuild; the profiles shipped in data/profiles/ are also compiled in.
#ifndef LANJIE_PROFILE_H_
#define LANJIE_PROFILE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

// Minimums for one collection (keyword library or one question bank).
struct CollectionMinimums {
  std::string clause;      // e.g. "8.1"
  int64_t total_min = 0;
  // Category -> minimum count, in file order. Categories are canonical risk
  // codes ("A.1.a"), or for the should-answer bank the aspect names (制度 …).
  std::vector<std::pair<std::string, int64_t>> per_category_min;
  int update_max_days = 0;  // 0: no requirement
};

// Pass line of one assessment (clause 9).
struct AssessmentLine {
  std::string clause;
  int64_t sample_min = 0;
  double sample_fraction_min = 0;   // share of a corpus to sample (clause 9.2 keyword check)
  std::string metric;               // "拒答率" or "合格率"
  std::optional<double> min_rate;   // pass when rate >= min_rate
  std::optional<double> max_rate;   // pass when rate <= max_rate
};

// Thresholds of the keyword-list hygiene check (lanjie/lexicon/hygiene.h):
// entries caught are quarantined, not merged, unless accepted.
struct ListHygiene {
  bool present = false;        // the profile has a list_hygiene section
  int64_t min_latin_letters = 0;  // Latin-letter keywords shorter than this are over-broad
  int64_t min_digits = 0;         // all-digit keywords shorter than this are over-broad
  double max_benign_line_rate = 1;  // over-broad when hitting a larger share of the benign sample's lines
};

struct LANJIE_EXPORT Profile {
  std::string name;
  std::string description;
  std::string source;
  std::string origin;  // file path, or "built-in"
  CollectionMinimums keyword_library;
  CollectionMinimums generate_bank, should_refuse_bank, should_answer_bank;
  AssessmentLine generate_assessment, should_refuse_assessment, should_answer_assessment;
  // Clause 9.2, training corpus: keyword/classifier check of a share of the
  // corpus, and the manual check of random items. Absent in older profiles.
  std::optional<AssessmentLine> corpus_keyword_assessment, corpus_manual_assessment;
  // Optional section "list_hygiene"; a profile without it gets the built-in
  // tc260-003 numbers (LoadProfile fills them in).
  ListHygiene list_hygiene;
};

// Parses a profile JSON document; `origin` names it in errors.
LANJIE_EXPORT absl::StatusOr<Profile> ParseProfile(std::string_view json, std::string_view origin);
// Loads a profile: a path to a .json file, or the name of a built-in profile.
LANJIE_EXPORT absl::StatusOr<Profile> LoadProfile(std::string_view name_or_path);
// The profile used when none is named (a built-in one).
inline constexpr char kDefaultProfileName[] = "tc260-003";

// Names of the built-in profiles ("tc260-003", "strict-200").
LANJIE_EXPORT std::vector<std::string> BuiltinProfileNames();

}  // namespace lanjie

#endif  // LANJIE_PROFILE_H_
