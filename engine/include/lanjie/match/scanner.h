// Scanning text against a compiled Artifact.
//
// Thread safety: an Artifact is immutable and shared by all threads. A
// Scanner or StreamScanner holds per-call scratch (Hyperscan scratch, folding
// buffers) and must be used by one thread at a time; create one per thread
// (a Scanner) or per conversation (a StreamScanner).
//
// Hits: every occurrence of every entry is reported, overlapping ones
// included, except those lying inside an allow-listed phrase. A regex entry
// has one hit per start, covering the longest match from that start
// (leftmost-longest: "加微信\d+" covers the whole number). Offsets are
// byte offsets into the ORIGINAL text and cover the whole evasive span
// ("冰*毒" -> the 7 bytes of 冰*毒). Latin whole-word entries fire only when
// the folded bytes around them are not ASCII letters or digits.
#ifndef LANJIE_SCANNER_H_
#define LANJIE_SCANNER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/match/artifact.h"

// Hyperscan's handles, opaque here (<hs/hs.h> is not needed to use lanjie).
struct hs_database;
struct hs_scratch;
struct hs_stream;

namespace lanjie {

struct Hit {
  uint32_t entry = 0;   // index into Artifact::entries()
  uint64_t start = 0;   // original bytes [start, end)
  uint64_t end = 0;
  uint64_t norm_start = 0;  // folded bytes [norm_start, norm_end)
  uint64_t norm_end = 0;
  // How the text matched: 0 the keyword itself (after folding), else a
  // variant (see ViaName).
  uint8_t via = 0;

  bool operator==(const Hit& o) const {
    return entry == o.entry && start == o.start && end == o.end && norm_start == o.norm_start &&
           norm_end == o.norm_end && via == o.via;
  }
};

// "pinyin", "homophone", "chaizi" for a variant hit's via; "" for 0.
LANJIE_EXPORT const char* ViaName(uint8_t via);

// Orders hits by start, then longer first, then entry.
LANJIE_EXPORT bool HitLess(const Hit& a, const Hit& b);

// Leftmost-longest non-overlapping subset of `hits` (any order): the view to
// mask with. O(n log n).
LANJIE_EXPORT std::vector<Hit> NonOverlapping(std::vector<Hit> hits);

// Replaces every code point inside the non-overlapping hits with '*',
// whatever the hits' actions. To apply the actions use MaskForOutput.
LANJIE_EXPORT std::string Mask(std::string_view text, const std::vector<Hit>& hits);

// What a user of the list sees: `text` with every code point inside a hit of
// a block or mask entry replaced by '*' (overlapping hits: their union);
// review hits are reported but leave the text unchanged. The one place that
// decides which actions mask: the CLI, the C API, the Python module, the
// proxy and the sidecar all use it, and StreamFilter masks the same spans.
// `hits` in any order, offsets into `text`. O(text + hit bytes).
LANJIE_EXPORT std::string MaskForOutput(const Artifact& artifact, std::string_view text, const std::vector<Hit>& hits);

namespace internal {
struct BlockMatch;
class Resolver;
struct RawMatch;
struct VariantCandidate;
class VariantMatcher;
}  // namespace internal

// Scans whole texts (Scan) and blocks of lines (ScanLines) against one
// Artifact, which it keeps alive.
//
// Thread safety: one thread at a time (it owns Hyperscan scratch and
// folding buffers); make one per thread (ScannerPool does) over a shared
// Artifact. Cost: Create allocates Hyperscan scratch (microseconds to a few
// ms for large lists); Scan and ScanLines allocate nothing once their
// buffers have grown to the largest input seen. Errors: Create returns
// ResourceExhausted when Hyperscan cannot allocate scratch; Scan and
// ScanLines return InvalidArgument for a text or block over 4 GiB (use a
// StreamScanner) and Internal when Hyperscan fails. Call order: any; each
// call is independent of the previous one.
class Scanner {
 public:
  LANJIE_EXPORT static absl::StatusOr<std::unique_ptr<Scanner>> Create(std::shared_ptr<const Artifact> artifact);
  LANJIE_EXPORT ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // Scans one text; `hits` is replaced, sorted by HitLess. Allocates nothing
  // once the buffers have grown to the largest text seen. Cost: one folding
  // pass plus one Hyperscan block scan, O(text) plus O(hits log hits).
  LANJIE_EXPORT absl::Status Scan(std::string_view text, std::vector<Hit>* hits);

  // Scans a block of '\n'-separated lines (the fast path for files):
  // folding never joins lines, and each line is a separate text for rules
  // and allow-lists. Cost: one folding pass and one prefilter scan over the
  // block (two with regexes), then Scan()'s cost for each line the
  // prefilter selects; allocates nothing once buffers have grown. Calls `on_line(index, line_start, hits)` for every
  // line in order (index 0-based within `block`, hit offsets relative to the
  // line start), or only for lines with hits when `only_hits`.
  // `on_count`, when set, is called once with the number of lines in
  // `block` (the last counted without its '\n'), before the first on_line:
  // the block pass finds every line end anyway, so a caller that numbers
  // lines across blocks need not read the block a second time for them. It
  // is called as soon as the fold has found the line ends, before the
  // Hyperscan pass (also when that pass then fails), so that a thread
  // numbering the next block waits for the fold only.
  using LineCallback = std::function<void(size_t index, uint64_t line_start, const std::vector<Hit>& hits)>;
  using LineCountCallback = std::function<void(size_t lines)>;
  LANJIE_EXPORT absl::Status ScanLines(std::string_view block, bool only_hits, const LineCallback& on_line,
                                       const LineCountCallback& on_count = nullptr);

  // After a ScanLines call that returned OK: true when its fold read every
  // byte of the block and all of it is valid UTF-8 (Normalizer::
  // invalid_bytes() was 0); false when some byte is not, or when it did not
  // fold the block (a list with nothing to fold for): then a caller that
  // needs to know checks the block itself. For a caller that would
  // otherwise validate the block's UTF-8 in a pass of its own (the corpus
  // audit); costs nothing.
  bool last_block_valid_utf8() const { return block_valid_utf8_; }

  const Artifact& artifact() const { return *artifact_; }

 private:
  Scanner() = default;
  bool block_valid_utf8_ = false;  // see last_block_valid_utf8()
  std::shared_ptr<const Artifact> artifact_;
  hs_scratch* scratch_ = nullptr;
  // The artifact's UTF-8 literals in stream mode, one stream reused for
  // every single text (Scan, and ScanLines' fallback): null without
  // literals, and until first needed when the load deferred its database.
  hs_stream* literal_stream_ = nullptr;
  // Opens literal_stream_ if the artifact has literals and it is not open
  // (deserializing a deferred database and growing scratch_ for it).
  absl::Status OpenLiteralStream();
  absl::Status ScanLiterals(std::string_view folded, std::vector<internal::RawMatch>* out);
  std::unique_ptr<Normalizer> normalizer_;
  NormalizedText folded_;
  NormalizedText line_folded_;  // one line with its offset map (ScanLines)
  // ScanLines with regexes: the block folded in UTF-8 (folded_ keeps the
  // dense code, which MapDenseMatches reads).
  NormalizedText regex_folded_;
  std::unique_ptr<internal::Resolver> resolver_;
  std::vector<Hit> line_hits_;
  // ScanLines' block pass: where each line ends in the dense and the UTF-8
  // folding, and the block's matches by line (internal::BlockMatch is
  // defined in match/, where these members are used).
  // `on_count` (may be null or empty): called with the block's line count
  // right after the fold.
  absl::Status FoldAndScanBlock(std::string_view block, bool dense, const hs_database* db, NormalizedText* folded,
                                std::vector<Normalizer::LineBreak>* breaks, std::vector<internal::BlockMatch>* matches,
                                const LineCountCallback* on_count);
  // The side matcher's matches in the dense block (artifacts with one),
  // merged into `matches` by end.
  void AddSideMatches(const NormalizedText& dense, std::vector<internal::BlockMatch>* matches);
  std::vector<internal::BlockMatch> side_matches_, merged_matches_;
  bool MapDenseMatches(const internal::BlockMatch* first, const internal::BlockMatch* last,
                       uint64_t dense_line_start, uint64_t dense_line_size);
  // A line with dense matches `first`..`last` and variant candidates
  // `vfirst`..`vlast` (from FindVariantLines: guard passed, dense block
  // offsets; either range may be empty) and no regex: kMapped when its
  // offset map was read off the dense code into line_folded_ (dense
  // offsets; dense_to_folded_ maps them to folded UTF-8) at the matches'
  // marks and the matches are pending in resolver_; kMapNothing when every
  // match was false; kMapFailed when the line must be folded again (and
  // walked again for its variants: FoldAndResolveLine), as for any line the
  // dense map cannot follow.
  enum LineMap { kMapped, kMapNothing, kMapFailed };
  LineMap MapLineFromDense(std::string_view line, uint64_t line_start, size_t index, const internal::BlockMatch* first,
                           const internal::BlockMatch* last, const internal::VariantCandidate* vfirst,
                           const internal::VariantCandidate* vlast);
  // ScanLines, step 1: the block pass (dense literals, variant candidates,
  // regexes) filling dense_matches_, variant_lines_, regex_lines_ and the
  // line table dense_breaks_ (built without a pass only if need_line_table);
  // calls *on_count (when set) once, as soon as the line count is known.
  absl::Status FindMatchLines(std::string_view block, bool need_line_table, const LineCountCallback* on_count);
  // The variant candidates of the dense text in folded_ that pass the
  // real-word guard (RealWordGuardDense on their line): variant_candidates_
  // by line, their lines in variant_lines_ (ascending, unique).
  void FindVariantLines();
  // ScanLines, step 2: line_hits_ of line `index` (line offsets), `first`..`last`
  // its dense matches, `vfirst`..`vlast` its variant candidates;
  // FoldAndResolveLine is its path that folds the line again.
  absl::Status ScanLine(std::string_view block, size_t index, const internal::BlockMatch* first,
                        const internal::BlockMatch* last, bool regexes, const internal::VariantCandidate* vfirst,
                        const internal::VariantCandidate* vlast);
  absl::Status FoldAndResolveLine(std::string_view block, size_t index, uint64_t start, uint64_t end,
                                  const internal::BlockMatch* first, const internal::BlockMatch* last, bool regexes,
                                  bool variants);
  std::vector<Normalizer::LineBreak> dense_breaks_, utf8_breaks_;
  std::vector<internal::BlockMatch> dense_matches_, regex_matches_;
  std::vector<uint32_t> regex_lines_;
  std::vector<uint32_t> variant_lines_;  // lines with a variant candidate (ascending, unique)
  // The candidates of variant_lines_[k] are variant_candidates_[variant_line_begin_[k] ..
  // variant_line_begin_[k + 1]) (dense block offsets, in the matcher's order).
  std::vector<internal::VariantCandidate> variant_candidates_;
  std::vector<uint32_t> variant_line_begin_;
  std::unique_ptr<internal::VariantMatcher> variants_;  // null when the list has no variant patterns
  void AddVariantMatches(const NormalizedText& text);
  std::vector<uint32_t> dense_to_folded_;
  std::vector<uint32_t> marks_;  // MapLineFromDense: the dense offsets its matches are read at
  uint64_t folded_dense_size_ = 0;
};

// Scans text that arrives in pieces (model output tokens). Hits spanning
// piece boundaries are found; a UTF-8 sequence or a noise run split across
// pieces is handled; offsets are relative to the start of the stream.
// Scanning a text whole or in any split yields the same set of hits. Memory
// is bounded by the longest keyword, not by the stream length.
//
// Timing: a literal hit is reported as soon as it can no longer be cancelled
// by an allow-listed phrase or a whole-word boundary (at most the longest
// allow phrase plus one byte after it ends); rules with '!' are decided at
// Finish. A regex hit may still grow, so it stays open while its start is
// inside the regex window (the last `regex_window` bytes of the input,
// counted in folded and in original bytes, whichever reaches farther back)
// and is reported once its start leaves it, or at Finish; until then
// StableBefore() stays at or before its start, and the folded text from its
// start is kept. So a regex hit that ends within the window is exact and
// equals the whole text's; a longer one is reported once, with the longest
// end seen when it was decided, and its start is clamped to the kept text
// when it was first seen past the window.
struct StreamScannerOptions {
  // Bytes; memory held per stream grows by about this much (folded text and
  // its offset map) for lists with regex entries.
  uint32_t regex_window = 256;
};

// Thread safety: one thread at a time; one per stream (conversation) over a
// shared Artifact. Cost: Create allocates scratch and opens Hyperscan
// streams; Feed is O(piece) plus O(hits), memory bounded as said above.
// Errors: Create returns ResourceExhausted / Internal when Hyperscan cannot
// allocate or open a stream; Feed and Finish return Internal when Hyperscan
// fails; Feed after Finish returns FailedPrecondition (a second Finish
// appends nothing). Call order: Create, Feed*, Finish, then Reset before the
// next stream (Reset may also abandon a stream midway).
class StreamScanner {
 public:
  LANJIE_EXPORT static absl::StatusOr<std::unique_ptr<StreamScanner>> Create(
      std::shared_ptr<const Artifact> artifact, StreamScannerOptions options = {});
  LANJIE_EXPORT ~StreamScanner();

  // Appends the hits decided by this piece to `hits` (not cleared).
  LANJIE_EXPORT absl::Status Feed(std::string_view piece, std::vector<Hit>* hits);
  // Ends the stream: appends the remaining hits. Reset() starts a new one.
  LANJIE_EXPORT absl::Status Finish(std::vector<Hit>* hits);
  LANJIE_EXPORT void Reset();

  // Original offset before which no future hit can start: text before it is
  // final and may be released to a reader.
  LANJIE_EXPORT uint64_t StableBefore() const;
  // As StableBefore(), but held folded text that cannot begin a hit is
  // released too: a tail position q stays held only while
  // `could_begin_hit(folded bytes [q, end))` is true (a keyword prefix test,
  // see StreamFilter). O(held code points) predicate calls.
  LANJIE_EXPORT uint64_t StableBefore(absl::FunctionRef<bool(std::string_view)> could_begin_hit) const;
  uint64_t bytes_fed() const { return normalizer_->orig_pos(); }
  // Folded bytes held for matches that may still complete (bounded).
  size_t retained_bytes() const { return folded_.size(); }

 private:
  StreamScanner() = default;
  absl::Status ScanNew(std::vector<Hit>* hits);
  std::shared_ptr<const Artifact> artifact_;
  StreamScannerOptions options_;
  hs_scratch* scratch_ = nullptr;
  hs_stream* literal_stream_ = nullptr;
  hs_stream* regex_stream_ = nullptr;
  std::unique_ptr<Normalizer> normalizer_;
  NormalizedText folded_;
  uint64_t scanned_to_ = 0;  // folded bytes handed to Hyperscan so far
  std::unique_ptr<internal::Resolver> resolver_;
  std::unique_ptr<internal::VariantMatcher> variants_;
  uint64_t variant_fed_ = 0;  // folded bytes handed to the variant matcher so far
  bool finished_ = false;
};

}  // namespace lanjie

#endif  // LANJIE_SCANNER_H_
