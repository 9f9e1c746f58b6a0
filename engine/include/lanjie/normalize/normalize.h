// Text folding for matching: one function folds keywords and scanned text
// alike, so the two can never disagree.
//
// Steps, each switchable per artifact (NormalizerOptions):
//   1. UTF-8 decoding. Invalid bytes are noise (dropped; U+FFFD each when
//      noise removal is off, so folded text is always valid UTF-8) and never
//      shift offsets: every folded byte maps back to the exact original bytes.
//   2. NFKC + case folding (ICU's NFKC_Casefold): full-width forms, Kangxi
//      radicals, circled letters, mathematical letters, upper case.
//   3. Traditional -> simplified Chinese, character level (OpenCC t2s).
//   4. Look-alike letters (UTS #39 skeletons from Cyrillic, Greek, Armenian,
//      Cherokee ... and Latin letters with diacritics) -> ASCII letters. A
//      letter that NFKC would turn into one without that look-alike takes
//      its own first (lunate sigma ϲ -> c, not σ -> o; the generator lists
//      them); the palochka Ӏ ӏ folds to l.
//   5. Noise removal: the enabled fold_class character classes are dropped.
//      Whitespace is special: a whitespace run between two ASCII letters or
//      digits becomes one ' ' (a word boundary), otherwise it is dropped. So
//      "冰 毒" folds to "冰毒", "c.a.s.i.n.o" to "casino", "I was sick" to
//      "i was sick". One whitespace character between two one-character
//      Latin words is dropped too, so spelled-out words join: "c a s i n o" -> "casino",
//      while "I was sick" keeps its spaces.
//      A keycap emoji (digit, U+FE0F, U+20E3) is noise as a whole: "冰1️⃣毒"
//      folds to "冰毒", while a plain digit stays.
//      Character references decode before folding, the decoded character
//      covering the whole reference: "&#x51B0;", "&#20912;", "&amp;",
//      "&nbsp;" (and &lt; &gt; &quot; &apos;), percent-encoded UTF-8
//      ("%E5%86%B0"). Unterminated or invalid references stay literal. This
//      needs '&' and '%' to be noise (punct on, the default).
//      Dropped sentence punctuation, and apostrophes and other noise after
//      Latin letters, are recorded as boundaries (NormalizedText::boundaries,
//      FoldBoundary), and combining marks dropped after a character as part
//      of it (OrigEnd covers them).
//      SpanRespectsBoundaries says whether a match may cross them.
//
// The per-code-point tables are generated at build time from ICU and OpenCC
// (engine/normalize/gen) and composed for the enabled steps when a FoldTable
// is created (at build time for the default options; ~10 ms for others).
// Folding itself is one table lookup per
// code point; nothing calls ICU at scan time.
#ifndef LANJIE_NORMALIZE_H_
#define LANJIE_NORMALIZE_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

struct NormalizerOptions {
  bool fold_compat_case = true;           // step 2
  bool traditional_to_simplified = true;  // step 3
  bool fold_lookalikes = true;            // step 4
  bool remove_noise = true;               // step 5
  uint8_t noise_classes = 0x7f;           // fold_class bits dropped by step 5
  std::u32string extra_noise;             // always dropped (when step 5 is on)
  std::u32string keep;                    // never dropped

  bool operator==(const NormalizerOptions& o) const {
    return fold_compat_case == o.fold_compat_case &&
           traditional_to_simplified == o.traditional_to_simplified &&
           fold_lookalikes == o.fold_lookalikes && remove_noise == o.remove_noise &&
           noise_classes == o.noise_classes && extra_noise == o.extra_noise && keep == o.keep;
  }
};

// Canonical one-line text form, e.g. "nfkc,t2s,lookalike,noise=ws+ign+ctrl+punct+sym+emoji+mark".
LANJIE_EXPORT std::string OptionsToString(const NormalizerOptions& options);
// Parses the form above; "none" disables every step. Unknown words are errors.
LANJIE_EXPORT absl::StatusOr<NormalizerOptions> ParseOptions(std::string_view text);

// Fingerprint of the generated folding data and of the folding rules' version
// (not of the options): artifacts record it so that a build with other
// ICU/OpenCC tables or other folding rules refuses to load them.
LANJIE_EXPORT uint64_t FoldDataFingerprint();
// Names the data source, e.g. "ICU 72.1 / OpenCC t2s".
LANJIE_EXPORT const char* FoldDataSource();

// The composed per-code-point mapping. Immutable after Create; share one
// instance between all threads.
class LANJIE_EXPORT FoldTable {
 public:
  // The default options (NormalizerOptions()) take tables composed at build
  // time (engine/normalize/gen/gen_fold_default.cc): no work at load, ~1 MiB
  // of constant data paged in as text touches it. Other options are composed
  // from the per-code-point records (~25 M instructions, ~10 ms). Thread-safe.
  static absl::StatusOr<std::shared_ptr<const FoldTable>> Create(const NormalizerOptions& options);
  // Always composes, even for the default options: what the generator runs,
  // and what tests compare the built-in tables with.
  static absl::StatusOr<std::shared_ptr<const FoldTable>> Compose(const NormalizerOptions& options);
  // As Create, but tables alive anywhere in the process are shared: a
  // reload or a second artifact with the same options costs a map lookup
  // instead of ~10 ms of composing. Thread-safe.
  static absl::StatusOr<std::shared_ptr<const FoldTable>> Shared(const NormalizerOptions& options);

  const NormalizerOptions& options() const { return options_; }

  // Entry layout: [31:30] kind, [29] starts with an ASCII letter/digit,
  // [28] ends with one, [27] replacement is exactly one code point,
  // [26:6] offset into pool, [5:0] replacement length in bytes (kReplace);
  // kKeep entries may carry kKeycapBase, kDrop entries kDrop* flags.
  enum Kind : uint32_t { kKeep = 0, kReplace = 1, kDrop = 2, kSpace = 3 };
  static constexpr uint32_t kFirstWord = 1u << 29;
  static constexpr uint32_t kLastWord = 1u << 28;
  static constexpr uint32_t kSingleCodePoint = 1u << 27;
  // kKeep entries: the code point may start a keycap emoji (ASCII digit),
  // so the fast path leaves it to the general one.
  static constexpr uint32_t kKeycapBase = 1u << 26;
  // kDrop entries: what the dropped code point means (the fast path leaves
  // flagged ones to the general path).
  static constexpr uint32_t kDropMark = 1u << 0;         // combining mark: part of the previous character
  static constexpr uint32_t kDropSentence = 1u << 1;     // sentence or clause punctuation (，。？！；：、…)
  static constexpr uint32_t kDropApostrophe = 1u << 2;   // ' ’ ʼ
  static constexpr uint32_t kDropKeycap = 1u << 3;       // U+20E3 COMBINING ENCLOSING KEYCAP
  static constexpr uint32_t kDropReference = 1u << 4;    // '&' or '%': may start a character reference
  static constexpr uint32_t kDropHyphen = 1u << 5;       // - ‐ ‑ soft hyphen: joins a compound (sex-ed)
  static constexpr uint32_t kDropFlags = 0x3f;

  uint32_t Lookup(uint32_t cp) const {
    return blocks_[(static_cast<size_t>(stage1_[cp >> 8]) << 8) | (cp & 0xff)];
  }
  const char* pool() const { return pool_; }
  // Entry used for an invalid UTF-8 byte.
  uint32_t invalid_byte_entry() const { return invalid_entry_; }

  // The dense encoding of folded text, which only Hyperscan's literal
  // prefilter sees (Scanner::ScanLines). Folded UTF-8 spends 3 bytes on a
  // Chinese character, and since the first of them comes from a handful of
  // values, Hyperscan's literal matcher confirms candidates at almost every
  // position: 10k keywords scan at ~0.8 GB/s. The dense code spends 2 bytes
  // on the 11,520 most frequent characters (GB2312's hanzi first) and has
  // high entropy in each byte: the same scan runs 4-6x faster.
  //
  // Code: ASCII is itself. Any other code point (and any invalid byte kept
  // when noise removal is off) gets a number v, written as 1-2 prefix bytes
  // >= 0x80 (v / 90, base 128, high bit set) and one final byte < 0x80 drawn
  // from 90 values that exclude '\n', ' ', 'a'-'z' and '0'-'9'. So every
  // code ends with a byte < 0x80, only its last byte is < 0x80, '\n' stays a
  // unique line break, and the code of a keyword can never match across the
  // middle of a Chinese character with an ASCII letter or digit. The map is
  // one-to-one per code point, so EncodeDense(Fold(x)) of a keyword matches
  // inside EncodeDense(Fold(text)) wherever Fold(keyword) matches inside
  // Fold(text) (and, rarely, where it straddles codes: a superset).
  std::string EncodeDense(std::string_view folded_utf8) const;
  // The same into `out`, which has room for 3 * len bytes; returns the
  // bytes written.
  size_t EncodeDenseTo(const char* folded_utf8, size_t len, char* out) const;
  // Writes the code of a non-ASCII number v (DenseValue) at `out`; returns
  // its length (2 or 3). ASCII is written as itself by the callers.
  static size_t PutDense(uint32_t value, char* out);
  // The number v of a code point >= 0x80 (an invalid byte b has v = kDenseInvalid + b - 0x80).
  uint32_t DenseValue(uint32_t cp) const { return cp < 0x10000 ? dense_rank_[cp] : kDenseAstral + (cp - 0x10000); }
  // Length of the code of a code point (1 for ASCII); invalid bytes: 3.
  uint32_t DenseLength(uint32_t cp) const { return cp < 0x80 ? 1 : DenseValue(cp) / 90 >= 128 ? 3 : 2; }
  // Length of the code that starts at p (p < end, a code boundary) read off
  // its bytes: 1 for ASCII, else its 1-2 prefix bytes >= 0x80 and its final
  // byte; 0 when the bytes before end are no whole code. No table.
  static size_t DenseCodeLengthAt(const unsigned char* p, const unsigned char* end) {
    if (*p < 0x80) return 1;
    const unsigned char* f = p + 1;
    if (f < end && *f >= 0x80) ++f;
    if (f >= end || *f >= 0x80) return 0;
    return static_cast<size_t>(f + 1 - p);
  }
  static constexpr uint32_t kDenseAstral = 63360;  // BMP code points >= 0x80 that are not surrogates
  static constexpr uint32_t kDenseInvalid = kDenseAstral + 0x100000;
  // The slot of a 3-byte UTF-8 sequence in the fast path's tables (fold3_,
  // fold3_dense_): its bytes in the low 24 bits of `seq` (first byte
  // lowest; bits 31:24 are ignored) with the lead bits masked off, times a
  // constant, top 16 bits of the 32-bit product. A bijection on the 2^16
  // values of the sequence's 16 payload bits (tested); 3 operations instead
  // of the 8 that rebuild the code point. Thread-safe, no state.
  static uint32_t Fold3Slot(uint32_t seq) { return ((seq & 0x3F3F0Fu) * kFold3Multiplier) >> 16; }
  // The same slot from the code point (< 0x10000) the sequence encodes.
  static uint32_t Fold3SlotOf(uint32_t cp) {
    return Fold3Slot((cp >> 12) | ((cp >> 6) & 0x3Fu) << 8 | (cp & 0x3Fu) << 16);
  }
  static constexpr uint32_t kFold3Multiplier = (1u << 10) + (1u << 14) + (1u << 24);

 private:
  friend class Normalizer;  // its fast path reads the tables directly
  friend struct FoldTableBuiltIn;  // gen/gen_fold_default.cc dumps the composed default tables
  FoldTable() = default;
  // Composes the tables for `options` from the per-code-point records into
  // owned_ (what Create does for other than the default options).
  absl::Status ComposeInto(const NormalizerOptions& options);
  void BuildDense();
  NormalizerOptions options_;
  // The tables point either into the build-time constants of the default
  // options (fold_default.inc, no work and no copy at load) or into owned_.
  const uint16_t* stage1_ = nullptr;  // 0x1100 entries: code point >> 8 -> block
  const uint32_t* blocks_ = nullptr;  // deduplicated blocks of 256 entries
  const char* pool_ = nullptr;        // replacement bytes
  // For each code point below 0x10000 written with 3 UTF-8 bytes, at slot
  // Fold3SlotOf(cp), the 3 bytes it folds to when that is exactly one
  // 3-byte code point (itself, or a traditional -> simplified or
  // compatibility replacement) in the low 24 bits; 0 otherwise (and for
  // overlong forms and surrogates). 256 KiB; Chinese text touches a few
  // thousand entries.
  const uint32_t* fold3_ = nullptr;
  // fold3_ in the dense code, at the same slots: bytes in [23:0], length
  // (2 or 3) in [31:24]; 1 (length 0) for dropped noise.
  const uint32_t* fold3_dense_ = nullptr;
  // BMP code point -> v (see EncodeDense); independent of the options, so
  // always the build-time constant (computed only by the generator).
  const uint16_t* dense_rank_ = nullptr;
  struct Owned {
    std::vector<uint16_t> stage1;
    std::vector<uint32_t> blocks;
    std::string pool;
    std::vector<uint32_t> fold3, fold3_dense;
    std::vector<uint16_t> dense_rank;
  };
  std::unique_ptr<Owned> owned_;  // null for the built-in default tables
  uint32_t invalid_entry_ = 0;
};

// Where one run of folded bytes came from. Runs start at `norm`; an identity
// run (orig_len == 0) maps byte for byte to `orig`...; a replacement run maps
// all its folded bytes to the original code point [orig, orig + orig_len).
struct OffsetAnchor {
  uint64_t norm;
  uint64_t orig;
  uint32_t orig_len;
};

// Punctuation dropped between folded bytes `norm - 1` and `norm`.
struct FoldBoundary {
  // kLetterJoin: the space between two one-letter words dropped here
  // (spelled-out letters joined: "c a s" -> "cas"). kSeparator: any other
  // dropped code point (/ . _ @ symbols, emoji, invisible characters; not
  // a hyphen, which joins a compound: sex-ed) right after a Latin letter or
  // digit: "go/casino" folds to "gocasino", and a whole-word match may
  // still start or end here.
  enum Kind : uint8_t { kSentence = 1, kApostrophe = 2, kLetterJoin = 4, kSeparator = 8 };
  uint64_t norm;
  uint8_t kind;

  // The boundary a dropped code point (FoldTable entry `entry`, kind kDrop)
  // makes after a Latin letter or digit (after_word) or after anything
  // else; 0 for none (combining marks belong to the character before).
  static uint8_t OfDrop(uint32_t entry, bool after_word) {
    if (entry & FoldTable::kDropMark) return 0;
    if (entry & FoldTable::kDropSentence) return kSentence;
    if (!after_word || (entry & FoldTable::kDropHyphen)) return 0;
    return (entry & FoldTable::kDropApostrophe) ? kApostrophe : kSeparator;
  }
  // Appends {norm, kind} unless kind is 0 or the last boundary is the same.
  static void Append(std::vector<FoldBoundary>* boundaries, uint64_t norm, uint8_t kind) {
    if (kind != 0 && (boundaries->empty() || boundaries->back().norm != norm || boundaries->back().kind != kind))
      boundaries->push_back({norm, kind});
  }
};

// Combining marks dropped right after the character whose folded bytes end
// at `norm`: a match ending there ends, in the original, at `orig_end`.
struct FoldTail {
  uint64_t norm;
  uint64_t orig_end;
};

// A byte buffer that grows without zero-filling: folding writes every byte
// it keeps, and zeroing a 4 MB block buffer for each block would cost ~8% of
// a scan. Bytes past what was written are indeterminate.
//
// A buffer of 1 MiB or more (a scanning thread's block buffer) is a mapping
// of whole 2 MiB-aligned huge pages with MADV_HUGEPAGE: where the kernel
// offers transparent huge pages (madvise mode, as on Debian) the block pass
// takes one page fault per 2 MiB instead of one per 4 KiB (~256 per thread
// for 1 MiB blocks: ~0.5-1 ms of CPU per scanning process and thread,
// bench/RESULTS.md, scan round 17); elsewhere its pages fault as touched,
// as new[]'s would. Smaller buffers come from new[].
// Thread safety: none (one owner). Errors: std::bad_alloc as new[].
class FoldBuffer {
 public:
  FoldBuffer() = default;
  FoldBuffer(const FoldBuffer& o) { *this = o; }
  FoldBuffer& operator=(const FoldBuffer& o) {
    if (this != &o) {
      resize(o.size_);
      if (o.size_) std::memcpy(buf_, o.buf_, o.size_);
    }
    return *this;
  }
  FoldBuffer(FoldBuffer&& o) noexcept
      : buf_(std::exchange(o.buf_, nullptr)), size_(std::exchange(o.size_, 0)),
        capacity_(std::exchange(o.capacity_, 0)), mapped_(std::exchange(o.mapped_, false)) {}
  FoldBuffer& operator=(FoldBuffer&& o) noexcept {
    if (this != &o) {
      Release(buf_, capacity_, mapped_);
      buf_ = std::exchange(o.buf_, nullptr);
      size_ = std::exchange(o.size_, 0);
      capacity_ = std::exchange(o.capacity_, 0);
      mapped_ = std::exchange(o.mapped_, false);
    }
    return *this;
  }
  ~FoldBuffer() { Release(buf_, capacity_, mapped_); }

  char* data() { return buf_; }
  const char* data() const { return buf_; }
  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  void clear() { size_ = 0; }
  // New bytes are uninitialized; amortized O(1) growth.
  void resize(size_t n) {
    if (n > capacity_) Grow(n);
    size_ = n;
  }
  void erase_front(size_t n) {
    std::memmove(buf_, buf_ + n, size_ - n);
    size_ -= n;
  }

  // Buffers of this many bytes or more are mapped in huge pages (above).
  static constexpr size_t kMappedFrom = size_t{1} << 20;

 private:
  // At least a quarter more than asked: a block pass sizes the buffer by its
  // first block, and a later block a few hundred bytes longer doubled it
  // (1 MiB blocks: a second, 2 MiB buffer, ~256 more page faults per
  // scanning thread). Then doubling.
  void Grow(size_t n) {
    size_t cap = std::max(n + n / 4, capacity_ * 2);
    bool mapped = false;
    char* grown = Allocate(&cap, &mapped);
    if (size_) std::memcpy(grown, buf_, size_);
    Release(buf_, capacity_, mapped_);
    buf_ = grown;
    capacity_ = cap;
    mapped_ = mapped;
  }
  // At least *cap bytes; *cap is set to what was allocated (rounded up to
  // 2 MiB when mapped) and *mapped to whether it is a mapping.
  LANJIE_EXPORT static char* Allocate(size_t* cap, bool* mapped);
  LANJIE_EXPORT static void Release(char* p, size_t cap, bool mapped);
  char* buf_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
  bool mapped_ = false;  // buf_ is a mapping of capacity_ bytes (else new[])
};

// Folded bytes plus the map back to the original text. Offsets are absolute
// positions in the (possibly streamed) text: folded bytes [base(), end()).
class LANJIE_EXPORT NormalizedText {
 public:
  const char* data() const { return bytes_.data(); }
  size_t size() const { return bytes_.size(); }
  std::string_view view() const { return std::string_view(bytes_.data(), bytes_.size()); }
  uint64_t base() const { return base_; }
  uint64_t end() const { return base_ + bytes_.size(); }
  const std::vector<OffsetAnchor>& anchors() const { return anchors_; }

  // Original byte offset where the folded byte at `norm_pos` starts.
  // Requires base() <= norm_pos < end(). O(log anchors).
  uint64_t OrigStart(uint64_t norm_pos) const;
  // Original byte offset just past the code point that produced the folded
  // byte `norm_end - 1`, and past the combining marks dropped after it.
  // Requires base() < norm_end <= end(). O(log anchors).
  uint64_t OrigEnd(uint64_t norm_end) const;

  // Dropped sentence punctuation, apostrophes and joins of spelled-out
  // letters (recorded only with offset recording), sorted by `norm`.
  const std::vector<FoldBoundary>& boundaries() const { return boundaries_; }
  // True when a boundary of `kind` lies right before folded offset `norm`.
  // O(log boundaries).
  LANJIE_EXPORT bool HasBoundary(uint64_t norm, FoldBoundary::Kind kind) const;

  // The first folded offset in [base(), end()] whose byte comes from an
  // original offset >= `orig` (end() when none does). O(log anchors).
  uint64_t NormAt(uint64_t orig) const;

  // Empties the text; the next folded byte gets offset `norm_base`.
  void Clear(uint64_t norm_base = 0);
  // Drops folded bytes (and anchors) before `norm_pos`, keeping the mapping
  // for everything after it exact. Used by streams to bound memory.
  void DiscardBefore(uint64_t norm_pos);

 private:
  friend class Normalizer;
  FoldBuffer bytes_;
  std::vector<OffsetAnchor> anchors_;
  std::vector<FoldBoundary> boundaries_;
  std::vector<FoldTail> tails_;
  uint64_t base_ = 0;
};

// Whether a match of folded bytes [start, end) of `text` may cross the
// boundaries inside it (FoldBoundary); callers drop matches for which it is
// false. Needs the folded byte at `end` to be known (or `end` to be the end
// of the text), and the text folded with offset recording. O(log boundaries).
//  - Sentence punctuation (，。？！；：、…) inside a match: the match
//    stands only if one of its pieces is a whole clause, i.e. the match
//    starts a clause (text or line start, or punctuation before it), ends
//    one (text or line end, or punctuation after it), or crosses two marks
//    (a middle piece). "冰。毒" and "六。合。彩" alone or ending a
//    sentence stand; "曹操？你怎么" (操你) and "肠断。水风凉" (断水) do not.
//  - An apostrophe between Latin letters: the match fails when what follows
//    the last apostrophe in it is a contraction suffix (s t d m ll re ve)
//    ending a word: "he'll" is not "hell", "c'a's'i'n'o" is casino.
LANJIE_EXPORT bool SpanRespectsBoundaries(const NormalizedText& text, uint64_t start, uint64_t end);

// Folds a text that may arrive in pieces. Cheap to create; one per thread or
// stream. Feeding a text in one piece or in any split produces the same bytes
// and the same offsets.
class LANJIE_EXPORT Normalizer {
 public:
  explicit Normalizer(const FoldTable* table) : table_(table) {}

  // With line barriers, '\n' is always emitted as '\n' and ends any pending
  // whitespace: folding never joins two lines. Used for line-oriented scans.
  void set_line_barrier(bool on) { line_barrier_ = on; }
  // Without offset recording (on by default) only the folded bytes are
  // produced and NormalizedText's anchors stay empty, so OrigStart/OrigEnd
  // must not be called. Cheaper where hits are rare: fold again with
  // recording for the few lines that have a match.
  void set_record_offsets(bool on) { record_offsets_ = on; }
  // Output in the dense code (FoldTable::EncodeDense) instead of UTF-8.
  // Requires set_record_offsets(false): offsets map UTF-8 folded bytes.
  void set_dense_output(bool on) { dense_ = on; }
  // Where line barriers are, when set (with set_line_barrier(true)): each
  // '\n' folded appends {original offset, folded offset} of that '\n'.
  struct LineBreak {
    uint64_t orig;
    uint64_t folded;
  };
  void set_line_breaks(std::vector<LineBreak>* out) { line_breaks_ = out; }

  // Starts a new text whose first original byte has offset `orig_base`.
  void Reset(uint64_t orig_base = 0);
  // Folds `chunk` (the next original bytes) and appends to `out`.
  // Amortized O(chunk.size()); allocates only when `out` must grow. What
  // folds depending on the next character is held back until it arrives
  // (a pending space, one character, a reference of at most 16 bytes).
  void Feed(std::string_view chunk, NormalizedText* out);
  // Flushes a UTF-8 sequence cut off at the end of the text (as noise),
  // an unterminated reference (literally) and a held character.
  void Finish(NormalizedText* out);
  // Original bytes consumed so far (absolute offset).
  uint64_t orig_pos() const { return orig_pos_; }
  // Original bytes since Reset that were not part of well-formed UTF-8
  // (DecodeUtf8's rule, the same as simdjson::validate_utf8's: overlong
  // forms, surrogates, code points above U+10FFFF, stray or missing
  // continuation bytes, a sequence cut by Finish): each folded as an invalid
  // byte. Zero exactly when every byte fed since Reset (and flushed by
  // Finish) is valid UTF-8. Free: counted where the general path meets such
  // a byte; the fast path takes only well-formed sequences.
  uint64_t invalid_bytes() const { return invalid_bytes_; }

  // The offset map of one line in the dense code, without folding it again
  // (Scanner::ScanLines' lines with a match). `line` is one line (no '\n')
  // whose first byte has original offset `orig_base`; `dense` is its dense
  // folding, as a line-barrier dense fold of its block wrote it; `marks`
  // (ascending, unique, at least one) are the code boundaries of `dense`
  // that will be asked about: match starts and ends and the start of each
  // match's last code. Writes into `out` (replaced, base 0) the dense bytes
  // (size() the whole line), anchors, and the boundaries (FoldBoundary)
  // and combining-mark tails as far as the last mark, in dense
  // offsets, as folding with set_record_offsets(true) records them in
  // UTF-8 offsets; and into `to_utf8` (room for dense.size() + 1 values),
  // at each mark, the same boundary's offset in folded UTF-8. Exact at the
  // marks: OrigStart at a mark where a code starts, OrigEnd at a mark after
  // a code whose start is a mark too, SpanRespectsBoundaries between marks,
  // the bytes before the last mark and at it; the byte before a mark that
  // ends a non-ASCII code is written as 0x7F (never a word byte, as the
  // continuation byte there in folded UTF-8 is not). Does not use or change
  // the Normalizer's state. Returns false, `out` unspecified, when before
  // the last mark the line has what only the general folding path handles
  // (whitespace, digits, character references, characters that fold to
  // another length, invalid UTF-8), when `dense` is not its dense folding
  // or a mark is not a code boundary: the caller then folds the line.
  // Cost: one pass over the original bytes up to the last mark (and the
  // noise after it), one table lookup and one compare per character;
  // allocates only when `out` must grow.
  bool MapDenseLine(std::string_view line, uint64_t orig_base, std::string_view dense, const uint32_t* marks,
                    size_t mark_count, NormalizedText* out, uint32_t* to_utf8) const;
  // First original byte not yet folded (a UTF-8 sequence, a character or a
  // reference may be held back).
  uint64_t unfolded_from() const {
    uint64_t from = orig_pos_ - partial_len_;
    if (held_) from = std::min(from, held_orig_);
    if (ref_len_ > 0) from = std::min(from, ref_orig_);
    return from;
  }

 private:
  struct Sink;
  void Process(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len, uint64_t orig, Sink& s);
  // Process after references and held characters are dealt with. `bytes`
  // are the code point's own bytes (what a kKeep entry emits); `aligned`
  // false when they are not the original bytes (a decoded reference).
  void ProcessCore(uint32_t entry, uint32_t cp, const char* bytes, uint32_t len, uint64_t orig, uint32_t orig_len,
                   bool aligned, Sink& s);
  // ProcessCore's steps for a dropped code point and for whitespace.
  void ProcessDrop(uint32_t entry, uint64_t orig, uint32_t orig_len, Sink& s);
  void ProcessSpace(uint32_t cp, uint64_t orig, uint32_t orig_len, Sink& s);
  // A code point decoded from a character reference spanning [orig, orig + orig_len).
  void ProcessDecoded(uint32_t cp, uint64_t orig, uint32_t orig_len, Sink& s);
  // Emits the held character; `single`: what follows it ends its word.
  void ReleaseHeld(bool single, Sink& s);
  // Drops held decoration, with the noise seen after it, as one separator.
  void DropHeldDecoration(Sink& s);
  bool FoldsToLetterFirst(uint32_t entry, uint32_t cp) const;
  // Adds the next byte of a pending reference; decodes or replays it when complete or invalid.
  void FeedReference(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len, uint64_t orig, Sink& s);
  // Holds a character while its folding depends on the next one, else ProcessCore.
  void Dispatch(uint32_t entry, uint32_t cp, const char* bytes, uint32_t len, uint64_t orig, uint32_t orig_len,
                bool aligned, Sink& s);
  void ReplayReference(Sink& s);
  bool BusyHolding() const { return pending_space_ || held_ || ref_len_ > 0; }
  template <bool kDense>
  const unsigned char* FoldPlainRuns(const unsigned char* p, const unsigned char* end, uint64_t orig_bias, Sink& s);
  // FoldPlainRuns' tables and its steps after a run and between runs.
  struct PlainTables;
  void EndPlainRun(const unsigned char* run, const unsigned char* p, size_t written, uint32_t last_entry,
                   bool last_dropped, uint64_t orig_bias, Sink& s);
  const unsigned char* SkipPlainNoise(const unsigned char* p, const unsigned char* end, const unsigned char* end4,
                                      const PlainTables& t, uint64_t orig_bias, Sink& s);
  void PutRun(Sink& s, uint64_t orig, uint32_t orig_len, const char* bytes, uint32_t len,
              bool byte_aligned);
  // Feed's steps: a sequence cut by the previous chunk, then the fast path
  // (FoldPlainRuns) and one code point of the general path in turn.
  const unsigned char* CompletePartial(const unsigned char* p, const unsigned char* end, Sink& s);
  const unsigned char* FoldOneGeneral(const unsigned char* p, const unsigned char* end, uint64_t orig, Sink& s);

  const FoldTable* table_;
  bool line_barrier_ = false;
  bool record_offsets_ = true;
  bool dense_ = false;
  std::vector<LineBreak>* line_breaks_ = nullptr;
  uint64_t invalid_bytes_ = 0;  // see invalid_bytes()
  uint64_t orig_pos_ = 0;
  // Identity-run bookkeeping: an anchor is needed when the next kept byte is
  // not the continuation of the current identity run.
  bool run_identity_ = false;
  uint64_t run_next_orig_ = 0;
  // What the last code point emitted folded to: its FoldTable entry or
  // kLastWord when it ended with an ASCII letter or digit (whitespace
  // between Latin words), kLastEmittedOther when it was a non-ASCII
  // character (a Chinese one, as a rule: decoration right after it may be
  // a separator), else 0 or an ASCII entry (FoldPlainRuns keeps the entry
  // it has). Read through last_word() and last_other().
  static constexpr uint32_t kLastEmittedOther = 1u << 25;  // no entry of an ASCII code point
  uint32_t last_emitted_ = 0;
  bool last_word() const { return (last_emitted_ & FoldTable::kLastWord) != 0; }
  bool last_other() const { return last_emitted_ == kLastEmittedOther; }
  bool pending_space_ = false;
  uint64_t pending_space_orig_ = 0;
  uint32_t pending_space_len_ = 0;
  // The pending space follows a one-character word (or a run of them).
  bool pending_single_ = false;
  // The pending space is one whitespace code point with no noise after it.
  bool pending_clean_ = false;
  // The last code point emitted was a one-character word resolved as such.
  bool last_single_ = false;
  // Combining marks after the last emitted code point extend its span.
  bool tail_ok_ = false;
  // A character held back until the next one is known: an ASCII digit that
  // may start a keycap emoji, a letter after a one-letter word and a space,
  // or decoration right after a character (dropped if a Chinese character
  // follows, or a Latin letter after a Chinese character: 冰①毒, 法①lun).
  bool held_ = false;
  bool held_join_ = false;     // a pending space precedes it, after a one-character word
  bool held_decoration_ = false;  // IsDecorationForm, right after a character
  bool held_after_other_ = false;  // held decoration follows a non-ASCII character
  bool held_keycap_ = false;   // an ASCII digit: a U+20E3 (after an optional U+FE0F) drops it
  bool held_fe0f_ = false;     // U+FE0F seen after it
  uint32_t held_entry_ = 0;
  uint32_t held_cp_ = 0;
  char held_bytes_[4] = {0, 0, 0, 0};
  uint32_t held_len_ = 0;
  uint64_t held_orig_ = 0;
  uint32_t held_orig_len_ = 0;
  bool held_aligned_ = true;
  // Noise dropped while a letter is held, applied after it on release.
  uint64_t held_tail_end_ = 0;  // combining marks right after it: their end
  uint8_t held_boundary_ = 0;   // FoldBoundary kinds
  bool held_noise_ = false;     // other noise
  // Noise was dropped since the last emitted code point (a separator of
  // more than one whitespace character does not join one-letter words).
  bool dropped_since_emit_ = false;
  // A character reference being read: its ASCII bytes so far.
  char ref_[16] = {};
  uint32_t ref_len_ = 0;
  uint64_t ref_orig_ = 0;
  // Original bytes ref_[0] stands for: 1, or 5 when the reference began as
  // "&amp;" (an escaped reference, &amp;#x51B0;, decodes in one step).
  uint32_t ref_lead_len_ = 1;
  // A UTF-8 sequence cut at the end of the previous chunk.
  char partial_[4] = {0, 0, 0, 0};
  uint32_t partial_len_ = 0;
};

// Folds a whole text; convenience for keywords and tests.
LANJIE_EXPORT std::string Fold(const FoldTable& table, std::string_view text);

}  // namespace lanjie

#endif  // LANJIE_NORMALIZE_H_
