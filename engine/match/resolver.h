#ifndef LANJIE_ENGINE_MATCH_RESOLVER_H_
#define LANJIE_ENGINE_MATCH_RESOLVER_H_

#include <hs/hs.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "compiled.h"
#include "lanjie/match/scanner.h"

namespace lanjie::internal {

// A match as Hyperscan reports it, in folded coordinates.
struct RawMatch {
  uint64_t norm_start;
  uint64_t norm_end;
  uint32_t pattern;  // Hyperscan id, or the variant pattern index when `variant`
  bool regex;
  bool variant = false;  // a token-pattern match (VariantMatcher)
  uint8_t via = 0;       // for variant matches: kViaPinyin or kViaHomophone
  // For variant matches: the real-word guard has already let it through
  // (Scanner::ScanLines decides it in the block pass, on the dense code);
  // Decide does not ask it again.
  bool guarded = false;
};

// Hyperscan match callback context: appends RawMatches to `out`.
struct MatchSink {
  const CompiledData* data;
  std::vector<RawMatch>* out;
  uint64_t offset;  // added to Hyperscan's offsets (non-zero for line blocks rebased per line)
};
int OnLiteralMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void* ctx);
int OnRegexMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void* ctx);

// Turns raw matches into hits: applies whole-word boundaries and the
// allow-list, evaluates rules, and maps folded offsets back to the original.
// The same code serves block scans (Resolve with final=true once) and
// streams (Resolve after every piece), which is what makes a split text give
// the same hits as the whole one.
class Resolver {
 public:
  explicit Resolver(const CompiledData* data);

  // Starts a new text. Cost proportional to the state the last text touched.
  void Reset();
  std::vector<RawMatch>& pending() { return pending_; }

  // Decides every pending match whose outcome can no longer change, given
  // that `text` holds the folded text up to text.end() and every match ending
  // at or before it has been added; with `final`, the text has ended and all
  // are decided. Appends hits to `out` (unsorted).
  //
  // A regex has one hit per (pattern, start), covering the longest end added
  // for that start (leftmost-longest). Since a regex match may still grow,
  // an unfinished text decides only regex matches starting before
  // `regex_settled_before` (a folded offset chosen by the stream: the start
  // of its regex window); later ends for a decided start are dropped.
  // Cost: O(pending) plus O(r log r) for the r pending regex matches.
  void Resolve(const NormalizedText& text, bool final, uint64_t regex_settled_before, std::vector<Hit>* out);

  // Smallest folded start of an undecided entry match, or UINT64_MAX.
  uint64_t EarliestPending() const;

 private:
  struct Occurrence {
    uint64_t norm_start, norm_end, orig_start, orig_end;
    bool seen;
  };
  uint64_t Horizon(const RawMatch& m) const;
  PatternInfo Info(const RawMatch& m) const {
    if (m.variant) return PatternInfo{d_->variant_patterns[m.pattern].entry, 0, PatternRole::kEntry, 0, 0, m.via};
    return m.regex ? d_->regex_patterns[m.pattern] : d_->literal_patterns[m.pattern];
  }
  void Decide(const RawMatch& m, const NormalizedText& text, std::vector<Hit>* out);
  void EvaluateRules(uint64_t known_end, bool final, std::vector<Hit>* out);
  // Leaves one pending regex match per (pattern, start), with the longest end.
  void MergeRegexEnds();

  const CompiledData* d_;
  std::vector<RawMatch> pending_;
  std::vector<std::pair<uint64_t, uint64_t>> allows_;  // folded spans of allow-listed phrases
  std::vector<Occurrence> clause_first_;               // per clause: occurrence with the smallest end
  std::vector<uint8_t> rule_state_;                    // per rule: 0 idle, 1 touched, 2 done
  std::vector<uint32_t> touched_rules_;
  std::vector<uint32_t> touched_clauses_;
  // (pattern, start) of the regex hits already reported: one hit per start.
  absl::flat_hash_set<std::pair<uint32_t, uint64_t>> regex_reported_;
};

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_RESOLVER_H_
