// Keyword-list hygiene with teeth: over-broad entries are quarantined (taken
// out of the merged list, so they never reach the export or the artifact)
// unless accepted explicitly. An entry is over-broad when, after folding,
//   single_char    it is one character (日, 出; ㈠ folds to 一)
//   symbol_only    it has no letter or digit as written (★★, ㊣ ...)
//   short_latin    it is only Latin letters/digits with fewer letters than
//                  ListHygiene::min_latin_letters (ab, x)
//   short_number   it is only digits, fewer than ListHygiene::min_digits
//   benign_hits    it hits more than ListHygiene::max_benign_line_rate of the
//                  lines of the benign sample (everyday Chinese: chat, news,
//                  poetry, office; data/benign_sample.txt, compiled in)
// The first reason that applies is reported; the benign hit count is
// reported for every literal entry quarantined.
//
// The benign check folds each sample line with the list's folding and looks
// for the folded keyword inside it (whole words for Latin keywords in auto or
// word mode), which is what the matcher does for literal entries; allow-list
// phrases are not subtracted (conservative). Regex and rule entries and
// allow-list entries are never quarantined.
//
// An entry is accepted when its `accept_broad` flag is set (an `accept`
// column in the source) or its folded keyword is in the accept set
// (--accept-broad FILE). Accepted entries stay in the list and are counted.
//
// Cost: building the sample index is O(sample chars x kMaxIndexedChars)
// (a few milliseconds for the built-in sample); each entry then costs one
// hash lookup, plus a scan of the sample lines for entries longer than the
// index or Latin entries whose substring hits exceed the threshold.
// Thread safety: free functions over caller-owned data.
#ifndef LANJIE_ENGINE_LEXICON_HYGIENE_H_
#define LANJIE_ENGINE_LEXICON_HYGIENE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/lexicon/validate.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/normalize/normalize.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie {

struct LANJIE_EXPORT QuarantinedEntry {
  Entry entry;
  std::string reason;       // single_char | symbol_only | short_latin | short_number | benign_hits
  std::string explanation;  // one sentence for the reviewer
  uint64_t benign_lines = 0;  // sample lines the keyword hits
  double benign_rate = 0;     // benign_lines / sample lines
  std::string example;        // the first sample line hit ("" when none)
};

struct HygieneResult {
  std::vector<QuarantinedEntry> quarantined;  // in list order
  uint64_t accepted = 0;       // over-broad entries kept because accepted
  uint64_t sample_lines = 0;   // lines of the benign sample
  uint64_t checked = 0;        // literal entries checked
};

// The built-in benign sample (data/benign_sample.txt): non-empty lines that
// do not start with '#'.
LANJIE_EXPORT std::vector<std::string> BuiltinBenignSample();

// Removes the over-broad, unaccepted entries from list->merged (and
// list->folded; list->stats.merged is updated) and returns them. `accept`
// holds folded keywords (see FoldAcceptList). `sample` is the benign text,
// one text per element. Errors: the normalizer options are invalid.
LANJIE_EXPORT
absl::StatusOr<HygieneResult> QuarantineOverBroad(ValidatedList* list, const ListHygiene& rules,
                                                  const absl::flat_hash_set<std::string>& accept,
                                                  const std::vector<std::string>& sample,
                                                  const NormalizerOptions& normalizer);

// Parses an accept list: a plain list (one keyword per line, '#' comments)
// or a CSV/TSV whose header has a keyword column (keyword / 关键词) and
// optionally an accept column; with an accept column only rows whose accept
// cell is yes / y / 1 / true / 是 / 接受 count, so the quarantine CSV, edited,
// is an accept list. Returns the keywords folded with `normalizer`.
// Errors name `name` and the line (no keyword column, unbalanced quote).
LANJIE_EXPORT
absl::StatusOr<absl::flat_hash_set<std::string>> FoldAcceptList(std::string_view name, std::string_view text,
                                                                 const NormalizerOptions& normalizer);

// True for the accept cells listed above (case-insensitive, trimmed).
LANJIE_EXPORT bool IsAcceptCell(std::string_view cell);

// The review list written beside the outputs: a CSV with header
//   keyword,risk,reason,explanation,benign_lines,benign_rate,example,source,line,accept
// (accept empty: fill in 1 to accept, then pass the file to --accept-broad).
LANJIE_EXPORT std::string QuarantineCsv(const HygieneResult& result);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_HYGIENE_H_
