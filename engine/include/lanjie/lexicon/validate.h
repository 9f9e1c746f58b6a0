// Validating an imported keyword list and merging it into the list that is
// exported and compiled. Reports, per entry, with file and line:
//   error    control characters / undecodable garbage, keywords that fold to
//            nothing (not taken into the merged list)
//   warning  exact duplicates and duplicates after folding (merged: the first
//            is kept), the same keyword with different risks (a conflict:
//            both kept, a hit reports both), over-broad entries (one
//            character after folding, one or two Latin letters, short digit
//            strings: the top complaint about existing filters)
//   info     keywords already covered by a shorter keyword (the longer one
//            never fires alone), keywords with inner spaces
// Regexes and rules are not checked here (that needs the matcher): run
// Artifact::Compile with validate_only over the merged list for them.
//
// Cost: one fold per keyword plus the covered-by check, which looks up every
// code-point substring of each folded keyword (up to the longest keyword) in
// a hash set: O(sum of n^2) lookups, well under a second for 100k keywords.
#ifndef LANJIE_ENGINE_LEXICON_VALIDATE_H_
#define LANJIE_ENGINE_LEXICON_VALIDATE_H_

#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {

struct ValidateOptions {
  NormalizerOptions normalizer;
  bool check_covered = true;
  // Folded keywords longer than this (code points) get a warning.
  size_t long_keyword_chars = 40;
};

struct ValidationStats {
  uint64_t input = 0;         // entries checked
  uint64_t merged = 0;        // entries in the merged list
  uint64_t garbage = 0;       // errors: control characters, undecodable text
  uint64_t folds_to_nothing = 0;
  uint64_t exact_duplicates = 0;
  uint64_t folded_duplicates = 0;
  uint64_t conflicts = 0;
  uint64_t over_broad = 0;
  uint64_t long_keywords = 0;
  uint64_t covered = 0;
  uint64_t inner_space = 0;
};

struct ValidatedList {
  std::vector<Entry> merged;  // input order, duplicates and errors removed
  std::vector<std::string> folded;  // folded form of merged[i] ("" for regex/rule)
  std::vector<Diagnostic> diagnostics;
  ValidationStats stats;
};

absl::StatusOr<ValidatedList> ValidateAndMerge(const std::vector<Entry>& entries, const ValidateOptions& options);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_VALIDATE_H_
