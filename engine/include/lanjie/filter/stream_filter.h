// Filtering model output as it streams: feed tokens, get back the text that
// is safe to emit now.
//
//   auto filter = lanjie::Filter::Create(artifact, {});        // once per artifact
//   auto stream = lanjie::StreamFilter::Create(*filter);       // once per answer
//   lanjie::FilterOutput out;
//   for (token : model) { stream->Feed(token, &out); send(out.text); if (out.blocked) break; }
//   stream->Finish(&out); send(out.text);
//
// What is held back: only the shortest tail of the text that could still
// become a hit, i.e. folded text that is a prefix of some keyword (bounded by
// the longest folded keyword), text inside an undecided match (allow-list
// phrases, whole-word checks) and an incomplete UTF-8 sequence. Everything
// else is released by the Feed that brought it, so text not near a keyword
// is delayed by no token at all. Lists with regex or rule entries cannot be
// prefix-tested; for them FilterOptions::pattern_hold_bytes are held.
//
// On a hit, by the entry's action:
//   block  - the text before the hit is released (masked where needed), then
//            the refusal text; the stream ends (`blocked`), later input is
//            ignored and hits after the block point are not reported.
//   mask   - one '*' per code point of the hit span.
//   review - the text passes unchanged.
// (MaskForOutput in scanner.h applies the same actions to a whole text.)
// Every hit is reported in FilterOutput::hits once it is decided and no hit
// that starts before it can still be found (a later block hit that starts
// earlier drops it: it lies after the block point), so a hit may be
// reported by a later call than the one that released its text. Feeding a
// text whole or split at any points gives the same concatenated output and
// hits.
//
// Thread safety: a Filter is immutable and shared by all threads and streams.
// A StreamFilter is one conversation's state; use it from one thread at a time.
#ifndef LANJIE_STREAM_FILTER_H_
#define LANJIE_STREAM_FILTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace lanjie {

// What the filter, the guard proxy and the sidecar answer in place of a
// blocked request or answer, unless configured otherwise; system-mode
// evaluation simulates the same text (EvaluateOptions::canned_refusal).
inline constexpr char kDefaultRefusalText[] = "抱歉，这个问题我无法回答。";

struct FilterOptions {
  // Emitted in place of the rest of the answer when a block hit is found.
  std::string refusal_text = kDefaultRefusalText;
  // Lists with regex or rule entries: the last pattern_hold_bytes original
  // bytes are always held back, since such hits have no length bound, and a
  // regex match stays open (held, growing to its longest end) while its
  // start is within them, or within the last 256 folded bytes (the
  // StreamScanner's regex window is the larger of 256 and this).
  // The bound, precisely: a regex or AND-only rule hit that spans at most
  // pattern_hold_bytes original bytes is masked or blocked whole, nothing of
  // it released before. A longer hit may have its beginning released before
  // it is found (it is still reported and, for block, stops the stream), and
  // a regex match still growing when its start leaves the window is decided
  // with the end it has then (what follows is not part of the hit). A rule
  // with '!' is decided at Finish: only the part of it still held then (the
  // last pattern_hold_bytes) is masked.
  uint32_t pattern_hold_bytes = 256;
};

// Per-artifact tables of the streaming filter (the set of folded keyword
// prefixes). Create costs O(total folded keyword bytes) time and memory, so
// build it once per artifact, not per stream.
class LANJIE_EXPORT Filter {
 public:
  static absl::StatusOr<std::shared_ptr<const Filter>> Create(std::shared_ptr<const Artifact> artifact,
                                                              FilterOptions options);

  const std::shared_ptr<const Artifact>& artifact() const { return artifact_; }
  const FilterOptions& options() const { return options_; }
  // True when `folded_tail` (folded bytes) is a prefix of a keyword, or
  // when the list has entries that cannot be prefix-tested. O(1).
  bool CouldBeginHit(std::string_view folded_tail) const;
  // Original bytes always held at the end of a stream (0 unless the list
  // has regex or rule entries).
  uint32_t hold_bytes() const { return prefix_test_ ? 0 : options_.pattern_hold_bytes; }

 private:
  Filter() = default;
  std::shared_ptr<const Artifact> artifact_;
  FilterOptions options_;
  bool prefix_test_ = true;
  absl::flat_hash_set<std::string> prefixes_;
};

struct FilterOutput {
  std::string text;       // release this now (may be empty)
  std::vector<Hit> hits;  // hits reported by this call (see above), by start offset
  bool blocked = false;   // a block hit ended the stream; `text` ends with the refusal text
};

class LANJIE_EXPORT StreamFilter {
 public:
  static absl::StatusOr<std::unique_ptr<StreamFilter>> Create(std::shared_ptr<const Filter> filter);

  // Feeds the next piece of the answer; replaces `*out`. After the stream
  // is blocked or finished, input is ignored and `out` stays empty.
  // Cost: O(piece) folding and scanning plus O(held code points) prefix tests.
  absl::Status Feed(std::string_view piece, FilterOutput* out);
  // Ends the answer: releases everything still held; replaces `*out`.
  absl::Status Finish(FilterOutput* out);
  // Starts a new answer with the same filter.
  void Reset();

  bool blocked() const { return blocked_; }
  uint64_t bytes_fed() const { return fed_; }
  uint64_t bytes_released() const { return released_; }  // original bytes, not output bytes
  const Filter& filter() const { return *filter_; }

 private:
  StreamFilter() = default;
  // Applies the newly decided hits (*hits)[from...], then sorts *hits;
  // returns the start of the first new block hit or UINT64_MAX.
  uint64_t Apply(std::vector<Hit>* hits, size_t from);
  // Moves original bytes [released_, to) into `out`, masking mask spans.
  void Release(uint64_t to, std::string* out);
  // Hits decided but not reported (unreported_, start past the stable point):
  // TakeUnreported moves them all into *hits; ReportUpTo keeps in *hits those
  // that start at or before `stable` and holds the rest back. Both require
  // *hits sorted by HitLess (Apply sorts it) and leave it sorted.
  void TakeUnreported(std::vector<Hit>* hits);
  void ReportUpTo(uint64_t stable, std::vector<Hit>* hits);
  // Decides the matches still open, releases up to the first block hit
  // (`block_at` or earlier), appends the refusal text, ends the stream.
  absl::Status Block(uint64_t block_at, FilterOutput* out);

  std::shared_ptr<const Filter> filter_;
  std::unique_ptr<StreamScanner> scanner_;
  std::string held_;        // original bytes [released_, fed_)
  uint64_t released_ = 0;   // stream offset of held_[0]
  uint64_t fed_ = 0;
  std::vector<std::pair<uint64_t, uint64_t>> mask_spans_;  // [start, end) not yet fully released
  std::vector<Hit> unreported_;  // decided (mask spans applied), not yet reported
  bool blocked_ = false;
  bool finished_ = false;
};

}  // namespace lanjie

#endif  // LANJIE_STREAM_FILTER_H_
