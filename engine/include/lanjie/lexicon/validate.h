// Validating a keyword list and merging it into the list that is exported
// and compiled: the ONE validation pass. Artifact::Validate (artifact.h) runs
// it plus the matcher's own checks (regex and rule syntax) and
// Artifact::Compile consumes the result without checking again.
//
// Every finding is a Diagnostic with a typed `kind` (lexicon.h: Finding),
// severity, the index of the entry in the input, file and line:
//   error    kGarbage (control characters, undecodable text), kFoldsToNothing
//            (not taken into the merged list)
//   warning  kExactDuplicate and kFoldedDuplicate (merged: the first is kept),
//            kConflict (the same keyword with different risks: both kept, a
//            hit reports both), kOverBroad (one character after folding, one
//            or two Latin letters, short digit strings), kLongKeyword
//   info     kCovered (a longer keyword a shorter one already matches; only
//            with check_covered), kInnerSpace
// Duplicates are keyed by (kind, action, whole-word matching, text): an
// entry matched as a whole word and one matched anywhere are not duplicates.
//
// Cost: one fold per keyword plus the covered-by check, which looks up every
// code-point substring of each folded keyword (up to the longest keyword) in
// a hash set: O(sum of n^2) lookups, well under a second for 100k keywords.
// Thread safety: a free function over caller-owned data.
// Errors: InvalidArgument when the normalizer options are invalid; problems
// with entries are diagnostics, never a failed status.
#ifndef LANJIE_VALIDATE_H_
#define LANJIE_VALIDATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {

struct ValidateOptions {
  NormalizerOptions normalizer;
  // The covered-by check (info findings). Default true.
  bool check_covered = true;
  // Folded keywords longer than this (code points) get a warning. Default 40.
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
  uint64_t matcher_rejected = 0;  // errors found by the matcher's checks (Artifact::Validate)
};

struct LANJIE_EXPORT ValidatedList {
  std::vector<Entry> merged;        // input order, duplicates and errors removed
  // What merged[i] is matched as: the folded keyword (literals), the regex
  // (regexes, after Artifact::Validate), the canonical folded rule (rules,
  // after Artifact::Validate); "" for regexes and rules before.
  std::vector<std::string> folded;
  std::vector<size_t> input_index;  // index of merged[i] in the input
  std::vector<Diagnostic> diagnostics;  // typed findings, in input order per check
  ValidationStats stats;

  size_t CountErrors() const;
  // Removes merged[i] for every i in `rejected` (sorted, unique).
  void Remove(const std::vector<size_t>& rejected);
};

LANJIE_EXPORT
absl::StatusOr<ValidatedList> ValidateAndMerge(const std::vector<Entry>& entries, const ValidateOptions& options);

}  // namespace lanjie

#endif  // LANJIE_VALIDATE_H_
