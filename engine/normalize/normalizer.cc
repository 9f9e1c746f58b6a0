#include <cstring>

#include "absl/base/attributes.h"
#include "decoration.h"
#include "lanjie/common/han.h"
#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "fold3 entries are stored as little-endian byte triples");



// Output cursor of one Feed/Finish call. The buffer always keeps at least
// kSlack writable bytes past `w`, enough for one code point's replacement
// (<= 63 bytes; <= 189 in the dense code) plus a pending space, a held
// character and a replayed reference (<= 16 ASCII bytes).
struct Normalizer::Sink {
  static constexpr size_t kSlack = 640;
  NormalizedText* text;
  size_t w;

  explicit Sink(NormalizedText* t, size_t expected) : text(t), w(t->bytes_.size()) {
    t->bytes_.resize(w + expected + kSlack);
  }
  void Reserve() {
    if (text->bytes_.size() - w < kSlack) text->bytes_.resize(text->bytes_.size() * 2 + kSlack);
  }
  void Close() { text->bytes_.resize(w); }
};

void Normalizer::Reset(uint64_t orig_base) {
  orig_pos_ = orig_base;
  // No identity run, nothing emitted, pending, held or cut in two.
  run_identity_ = false;
  run_next_orig_ = 0;
  last_emitted_ = 0;
  last_single_ = tail_ok_ = dropped_since_emit_ = false;
  pending_space_ = pending_single_ = held_ = false;
  ref_len_ = partial_len_ = 0;
  ref_lead_len_ = 1;
  invalid_bytes_ = 0;
}

inline void Normalizer::PutRun(Sink& s, uint64_t orig, uint32_t orig_len, const char* bytes,
                               uint32_t len, bool byte_aligned) {
  std::vector<OffsetAnchor>& anchors = s.text->anchors_;
  const uint64_t norm = s.text->base_ + s.w;
  if (!record_offsets_) {
    // no map back to the original is kept
  } else if (byte_aligned) {
    if (!run_identity_ || orig != run_next_orig_ || anchors.empty()) {
      anchors.push_back({norm, orig, 0});
      run_identity_ = true;
    }
    run_next_orig_ = orig + orig_len;
  } else {
    anchors.push_back({norm, orig, orig_len});
    run_identity_ = false;
  }
  char* dst = s.text->bytes_.data() + s.w;
  if (len == 1 && static_cast<unsigned char>(*bytes) < 0x80) {
    *dst = *bytes;
    s.w += 1;
  } else if (dense_) {
    s.w += table_->EncodeDenseTo(bytes, len, dst);
  } else {
    std::memcpy(dst, bytes, len);
    s.w += len;
  }
}

namespace {

bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

uint32_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// One folded code point that is a whole ASCII letter or digit.
bool IsOneCharWord(uint32_t entry) {
  const uint32_t kind = entry >> 30;
  if (!(entry & FoldTable::kFirstWord)) return false;
  return kind == FoldTable::kKeep || (kind == FoldTable::kReplace && (entry & FoldTable::kSingleCodePoint));
}

}  // namespace

// ProcessCore of dropped noise: combining marks extend the last character
// (tails), sentence punctuation and apostrophes after a word are recorded
// as boundaries (offsets on); the word state is kept. A mark right after
// an emitted character is part of it and changes no state at all (ć in
// "ć a s i n o" is a one-letter word), with or without offsets. The fast
// path's noise goes through here too (SkipPlainNoise; the dense fast path
// leaves marks to it), so the folding never depends on the path, on the
// options that do not change it or on where a chunk cut the mark's bytes.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline void Normalizer::ProcessDrop(uint32_t entry, uint64_t orig, uint32_t orig_len,
                                                                 Sink& s) {
  NormalizedText& text = *s.text;
  const bool extends_last = (entry & FoldTable::kDropMark) && tail_ok_;
  if (record_offsets_) {
    const uint64_t norm = text.base_ + s.w;
    if (extends_last) {
      if (!text.tails_.empty() && text.tails_.back().norm == norm)
        text.tails_.back().orig_end = orig + orig_len;
      else
        text.tails_.push_back({norm, orig + orig_len});
    } else {
      FoldBoundary::Append(&text.boundaries_, norm, FoldBoundary::OfDrop(entry, last_word()));
    }
  }
  if (extends_last) return;
  if (!(entry & FoldTable::kDropMark)) tail_ok_ = false;
  dropped_since_emit_ = true;
  pending_clean_ = false;
}

// ProcessCore of whitespace (tail_ok_ already cleared): after a word, the
// first separator becomes the pending space (emitted only if a word
// follows), with whether it may join one-letter words (pending_clean_,
// pending_single_).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline void Normalizer::ProcessSpace(uint32_t cp, uint64_t orig, uint32_t orig_len,
                                                                  Sink& s) {
  NormalizedText& text = *s.text;
  pending_clean_ = false;  // a second separator: not a spelled-out word
  if (last_word() && !pending_space_) {
    pending_space_ = true;
    // Only a horizontal separator joins one-letter words: not across lines.
    pending_clean_ = !dropped_since_emit_ && cp != '\n' && cp != '\r' && cp != '\v' && cp != '\f' &&
                     cp != 0x85 && cp != 0x2028 && cp != 0x2029;
    pending_space_orig_ = orig;
    pending_space_len_ = orig_len;
    // Does the space follow a one-character word? The byte before the
    // last emitted one tells (a Latin word byte or not; dense codes end
    // in a byte that is never one), else the text start.
    bool single = last_single_;
    if (!single) {
      if (s.w >= 2)
        single = !IsWordByte(text.bytes_.data()[s.w - 2]);
      else
        single = s.w == 1 && text.base_ == 0;
    }
    pending_single_ = single;
  }
}

inline void Normalizer::ProcessCore(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len, uint64_t orig,
                                    uint32_t orig_len, bool aligned_src, Sink& s) {
  NormalizedText& text = *s.text;
  // A line barrier is '\n' whatever the options make of '\n' otherwise.
  if (line_barrier_ && cp == '\n') {
    pending_space_ = false;
    last_emitted_ = 0;
    last_single_ = false;
    tail_ok_ = false;
    if (line_breaks_) line_breaks_->push_back({orig, text.base_ + s.w});
    PutRun(s, orig, orig_len, "\n", 1, true);
    return;
  }
  const uint32_t kind = entry >> 30;
  if (kind == FoldTable::kDrop) {
    ProcessDrop(entry, orig, orig_len, s);
    return;
  }
  tail_ok_ = false;
  if (kind == FoldTable::kSpace) {
    ProcessSpace(cp, orig, orig_len, s);
    return;
  }
  const char* bytes = src;
  uint32_t len = src_len;
  bool aligned = aligned_src;
  if (kind == FoldTable::kReplace) {
    bytes = table_->pool() + ((entry >> 6) & 0x1FFFFF);
    len = entry & 63;
    aligned = aligned_src && len == orig_len && (entry & FoldTable::kSingleCodePoint);
  }
  if (pending_space_) {
    pending_space_ = false;
    if (entry & FoldTable::kFirstWord)
      PutRun(s, pending_space_orig_, pending_space_len_, " ", 1, pending_space_len_ == 1);
  }
  PutRun(s, orig, orig_len, bytes, len, aligned);
  last_emitted_ = (entry & FoldTable::kLastWord)                       ? FoldTable::kLastWord
                  : static_cast<unsigned char>(bytes[len - 1]) >= 0x80 ? kLastEmittedOther
                                                                       : 0;
  last_single_ = false;
  tail_ok_ = true;
  dropped_since_emit_ = false;
}

void Normalizer::ReleaseHeld(bool single, Sink& s) {
  held_ = false;
  if (held_join_ && single && pending_space_) {  // one-letter words join: "c a s" -> "cas"
    pending_space_ = false;
    NormalizedText& text = *s.text;
    if (record_offsets_) text.boundaries_.push_back({text.base_ + s.w, FoldBoundary::kLetterJoin});
  }
  ProcessCore(held_entry_, held_cp_, held_bytes_, held_len_, held_orig_, held_orig_len_, held_aligned_, s);
  // What was dropped while it was held, in order after it.
  NormalizedText& text = *s.text;
  const uint64_t norm = text.base_ + s.w;
  if (record_offsets_) {
    if (held_tail_end_ != 0) text.tails_.push_back({norm, held_tail_end_});
    for (uint8_t kind : {uint8_t{FoldBoundary::kSentence}, uint8_t{FoldBoundary::kApostrophe},
                         uint8_t{FoldBoundary::kSeparator}})
      if (held_boundary_ & kind) text.boundaries_.push_back({norm, kind});
  }
  if (held_noise_) {
    tail_ok_ = false;
    dropped_since_emit_ = true;
  }
  last_single_ = single && !held_noise_ && (held_entry_ & FoldTable::kFirstWord);
}

void Normalizer::DropHeldDecoration(Sink& s) {
  held_ = false;
  if (record_offsets_ && (held_boundary_ & FoldBoundary::kSentence))
    FoldBoundary::Append(&s.text->boundaries_, s.text->base_ + s.w, FoldBoundary::kSentence);
  tail_ok_ = false;
  dropped_since_emit_ = true;
  pending_clean_ = false;
}

// Whether a kept or replaced code point folds to something that starts
// with an ASCII letter (a Latin word or pinyin syllable, not a digit).
bool Normalizer::FoldsToLetterFirst(uint32_t entry, uint32_t cp) const {
  const uint32_t kind = entry >> 30;
  if (kind == FoldTable::kKeep) return cp >= 'a' && cp <= 'z';
  if (kind != FoldTable::kReplace || !(entry & FoldTable::kFirstWord)) return false;
  const char c = table_->pool()[(entry >> 6) & 0x1FFFFF];
  return c >= 'a' && c <= 'z';
}

// Holding: a character whose folding depends on the next one. An ASCII
// digit may start a keycap emoji (dropped whole); a one-character word after
// a space that follows another joins it when it is a one-character word too;
// decoration right after a character is dropped when a Chinese character
// follows, or a Latin letter after a Chinese character (法①lun①功; noise
// between them is dropped with it).
void Normalizer::Dispatch(uint32_t entry, uint32_t cp, const char* bytes, uint32_t len, uint64_t orig,
                          uint32_t orig_len, bool aligned, Sink& s) {
  const uint32_t kind = entry >> 30;
  if (held_) {
    if (line_barrier_ && cp == '\n') {
      ReleaseHeld(true, s);
    } else if (held_keycap_ && cp == 0xFE0F && !held_fe0f_) {
      held_fe0f_ = true;
      return;
    } else if (held_keycap_ && cp == 0x20E3) {
      held_ = false;  // the keycap is noise; a space pending before it stays pending
      tail_ok_ = false;
      return;
    } else if (kind == FoldTable::kDrop && (held_join_ || held_decoration_)) {
      // Noise glues letters ("a.s") or follows decoration: the decision
      // waits; what the noise means is applied after the held character.
      held_keycap_ = false;
      if ((entry & FoldTable::kDropMark) && !held_noise_) {
        held_tail_end_ = orig + orig_len;
      } else {
        held_noise_ = true;
        held_boundary_ |= FoldBoundary::OfDrop(entry, (held_entry_ & FoldTable::kLastWord) != 0);
      }
      return;
    } else if (held_decoration_ && kind != FoldTable::kDrop && kind != FoldTable::kSpace &&
               (IsHanIdeograph(cp) || (held_after_other_ && FoldsToLetterFirst(entry, cp)))) {
      DropHeldDecoration(s);
    } else if (kind == FoldTable::kDrop) {
      ReleaseHeld(false, s);
    } else {
      ReleaseHeld(!(entry & FoldTable::kFirstWord), s);
    }
  }
  if (kind == FoldTable::kKeep || kind == FoldTable::kReplace) {
    const bool keycap = kind == FoldTable::kKeep && (entry & FoldTable::kKeycapBase);
    const bool join = pending_space_ && pending_single_ && pending_clean_ && IsOneCharWord(entry);
    const bool decoration = (last_other() || last_word()) && tail_ok_ && IsDecorationForm(cp) &&
                            table_->options().remove_noise;
    if ((keycap || join || decoration) && len <= sizeof(held_bytes_)) {
      // Why it is held, then the character, then nothing seen after it yet.
      held_ = true;
      held_join_ = join;
      held_keycap_ = keycap;
      held_decoration_ = decoration;
      held_after_other_ = last_other();
      held_entry_ = entry;
      std::memcpy(held_bytes_, bytes, len);
      held_cp_ = cp;
      held_len_ = len;
      held_orig_ = orig;
      held_orig_len_ = orig_len;
      held_aligned_ = aligned;
      held_fe0f_ = held_noise_ = false;
      held_tail_end_ = held_boundary_ = 0;
      return;
    }
  }
  ProcessCore(entry, cp, bytes, len, orig, orig_len, aligned, s);
}

void Normalizer::ProcessDecoded(uint32_t cp, uint64_t orig, uint32_t orig_len, Sink& s) {
  if (cp == '\n' || cp == '\r') cp = ' ';  // never a line barrier: lines are original '\n's
  char utf8[4];
  const uint32_t n = EncodeUtf8(cp, utf8);
  Dispatch(table_->Lookup(cp), cp, utf8, n, orig, orig_len, false, s);
}

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct NamedReference {
  const char* name;
  uint32_t cp;
};
constexpr NamedReference kNamedReferences[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
};

enum class RefState { kMore, kDone, kInvalid };

// Reads the reference in `r` (r[0] is '&' or '%'), its last byte just added.
RefState ParseReference(const char* r, uint32_t n, uint32_t* cp) {
  const char c = r[n - 1];
  if (r[0] == '%') {
    const uint32_t i = n - 1;  // "%XX%XX...": '%' at i % 3 == 0, hex digits elsewhere
    if (i % 3 == 0) return c == '%' ? RefState::kMore : RefState::kInvalid;
    if (HexValue(c) < 0) return RefState::kInvalid;
    if (i % 3 == 1) return RefState::kMore;
    unsigned char bytes[4];
    const uint32_t count = n / 3;
    for (uint32_t k = 0; k < count; ++k)
      bytes[k] = static_cast<unsigned char>(HexValue(r[3 * k + 1]) * 16 + HexValue(r[3 * k + 2]));
    const unsigned char lead = bytes[0];
    const uint32_t need = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                          : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (need == 0) return RefState::kInvalid;
    if (count < need) return count > 1 && (bytes[count - 1] & 0xC0) != 0x80 ? RefState::kInvalid : RefState::kMore;
    uint32_t value = 0;
    if (DecodeUtf8(bytes, bytes + count, &value) != static_cast<int>(need)) return RefState::kInvalid;
    *cp = value;
    return RefState::kDone;
  }
  if (n == 2) return c == '#' || IsAsciiAlpha(c) ? RefState::kMore : RefState::kInvalid;
  if (r[1] == '#') {
    const bool hex = n >= 3 && (r[2] == 'x' || r[2] == 'X');
    const uint32_t digits_from = hex ? 3 : 2;
    if (n == 3 && hex) return RefState::kMore;
    if (c == ';') {
      if (n - 1 <= digits_from) return RefState::kInvalid;
      uint32_t value = 0;
      for (uint32_t k = digits_from; k < n - 1; ++k) value = value * (hex ? 16 : 10) + HexValue(r[k]);
      if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return RefState::kInvalid;
      *cp = value;
      return RefState::kDone;
    }
    const bool digit = hex ? HexValue(c) >= 0 : (c >= '0' && c <= '9');
    if (!digit || n - digits_from > (hex ? 6u : 7u)) return RefState::kInvalid;
    return RefState::kMore;
  }
  if (c == ';') {
    for (const NamedReference& e : kNamedReferences)
      if (std::strlen(e.name) == n - 2 && std::memcmp(e.name, r + 1, n - 2) == 0) {
        *cp = e.cp;
        return RefState::kDone;
      }
    return RefState::kInvalid;
  }
  return IsAsciiAlpha(c) && n <= 6 ? RefState::kMore : RefState::kInvalid;
}

}  // namespace

void Normalizer::ReplayReference(Sink& s) {
  char bytes[sizeof(ref_)];
  const uint32_t n = ref_len_;
  const uint64_t orig = ref_orig_;
  const uint32_t lead = ref_lead_len_;
  std::memcpy(bytes, ref_, n);
  ref_len_ = 0;
  ref_lead_len_ = 1;
  // The '&' or '%' is plain noise; what follows it is read again (it may start a reference).
  Dispatch(table_->Lookup(static_cast<unsigned char>(bytes[0])), static_cast<unsigned char>(bytes[0]), bytes, 1,
           orig, lead, true, s);
  for (uint32_t i = 1; i < n; ++i) {
    const uint32_t b = static_cast<unsigned char>(bytes[i]);
    Process(table_->Lookup(b), b, bytes + i, 1, orig + lead - 1 + i, s);
  }
}

void Normalizer::FeedReference(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len, uint64_t orig,
                               Sink& s) {
  if (cp < 0x80 && ref_len_ < sizeof(ref_)) {
    ref_[ref_len_++] = static_cast<char>(cp);
    uint32_t decoded = 0;
    const RefState state = ParseReference(ref_, ref_len_, &decoded);
    if (state == RefState::kMore) return;
    if (state == RefState::kDone) {
      const uint32_t n = ref_len_ + ref_lead_len_ - 1;
      if (decoded == '&' && ref_lead_len_ == 1 && n == 5) {
        // "&amp;" may escape the '&' of a reference: read on as one.
        ref_[0] = '&';
        ref_len_ = 1;
        ref_lead_len_ = 5;
        return;
      }
      ref_len_ = 0;
      ref_lead_len_ = 1;
      ProcessDecoded(decoded, ref_orig_, n, s);
      return;
    }
    --ref_len_;  // `cp` ends the reference and is read after it
  }
  ReplayReference(s);
  Process(entry, cp, src, src_len, orig, s);
}

inline void Normalizer::Process(uint32_t entry, uint32_t cp, const char* src, uint32_t src_len,
                                uint64_t orig, Sink& s) {
  if (ref_len_ > 0) {
    FeedReference(entry, cp, src, src_len, orig, s);
    return;
  }
  if ((entry >> 30) == FoldTable::kDrop && (entry & FoldTable::kDropReference)) {
    ref_[0] = *src;
    ref_len_ = 1;
    ref_lead_len_ = 1;
    ref_orig_ = orig;
    return;
  }
  Dispatch(entry, cp, src, src_len, orig, src_len, true, s);
}

// The tables of FoldPlainRuns' loops, copied to locals: the output writes
// through char* and would otherwise force the compiler to reload them for
// every code point.
struct Normalizer::PlainTables {
  const uint16_t* stage1;
  const uint32_t* blocks;
  const uint32_t* fold3;  // fold3_dense_ for dense output, else fold3_
  const char* pool;

  uint32_t Lookup(uint32_t cp) const { return blocks[(static_cast<size_t>(stage1[cp >> 8]) << 8) | (cp & 0xff)]; }
  // The fold3 entry of the 3-byte sequence in the low bytes of `seq`
  // (overlong forms and surrogates have none: 0).
  uint32_t Fold3(uint64_t seq) const { return fold3[FoldTable::Fold3Slot(static_cast<uint32_t>(seq))]; }
};

namespace {

// FoldPlainRuns' run of 3-byte sequences (CJK) from q, each tested with
// one load (the last 3 bytes of the text take the general path; q < end4
// exactly when 4 bytes are left, q < end8 when 8 are). Keeps only what it
// must per code point: writes the folded bytes at w (advanced), sets
// *last_len to the dense length of the last code point taken (0: dropped
// noise, such as ，。、, which changes no state) and returns where it
// stopped (q itself when the first sequence is not one of the fast path).
// Dense output tests two sequences with one 8-byte load while 8 bytes are
// left, then one at a time. (UTF-8 output, which breaks its runs at every
// dropped punctuation mark, takes them one at a time: pairs cost it more
// than they save.)
template <bool kDense, typename Tables>
ABSL_ATTRIBUTE_ALWAYS_INLINE inline const unsigned char* FoldSequences3(const unsigned char* q,
                                                                        const unsigned char* end4,
                                                                        const unsigned char* end8, const Tables& t,
                                                                        char*& w, uint32_t* last_len) {
  while (kDense && q < end8) {
    uint64_t seq;
    std::memcpy(&seq, q, 8);
    if ((seq & 0xC0C0F0C0C0F0ull) != 0x8080E08080E0ull) break;
    const uint32_t first = t.Fold3(seq), second = t.Fold3(seq >> 24);
    if (first == 0 || second == 0) break;
    std::memcpy(w, &first, 4);  // the 4th byte lands in the slack and is overwritten
    w += first >> 24;
    std::memcpy(w, &second, 4);
    w += second >> 24;
    *last_len = second >> 24;
    q += 6;
  }
  while (q < end4) {
    uint32_t seq;
    std::memcpy(&seq, q, 4);
    if ((seq & 0xC0C0F0u) != 0x8080E0u) break;
    const uint32_t folded = t.Fold3(seq);
    if (folded == 0) break;
    std::memcpy(w, &folded, 4);
    q += 3;
    *last_len = folded >> 24;
    w += kDense ? *last_len : 3;
  }
  return q;
}

}  // namespace

// FoldPlainRuns' step after a run [run, p) was folded into `written` bytes:
// one anchor unless it continues the identity run, then the word state of
// its last code point (last_entry, last_dropped).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline void Normalizer::EndPlainRun(const unsigned char* run, const unsigned char* p,
                                                                 size_t written, uint32_t last_entry,
                                                                 bool last_dropped, uint64_t orig_bias, Sink& s) {
  const uint64_t orig = orig_bias + reinterpret_cast<uintptr_t>(run);
  std::vector<OffsetAnchor>& anchors = s.text->anchors_;
  if (record_offsets_ && (!run_identity_ || orig != run_next_orig_ || anchors.empty())) {
    anchors.push_back({s.text->base_ + s.w, orig, 0});
    run_identity_ = true;
  }
  run_next_orig_ = orig_bias + reinterpret_cast<uintptr_t>(p);
  s.w += written;
  last_emitted_ = last_entry;
  last_single_ = false;
  tail_ok_ = !last_dropped;
  dropped_since_emit_ = last_dropped;
}

// FoldPlainRuns' step between runs: dropped noise (punctuation, symbols,
// invisible characters, combining marks) is ProcessDrop's, as on the
// general path. Returns past the code point at p when it was such noise,
// else p (keycaps, references and everything not dropped are the general
// path's).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline const unsigned char* Normalizer::SkipPlainNoise(const unsigned char* p,
                                                                                    const unsigned char* end,
                                                                                    const unsigned char* end4,
                                                                                    const PlainTables& t,
                                                                                    uint64_t orig_bias, Sink& s) {
  uint32_t cp = *p;
  int n = 1;
  uint32_t seq;
  if (cp < 0x80) {
  } else if (p < end4 && (std::memcpy(&seq, p, 4), (seq & 0xC0C0F0u) == 0x8080E0u) && cp != 0xE0 && cp != 0xED) {
    // A valid 3-byte sequence (no overlong or surrogate lead): the common
    // noise (，。、) decoded without DecodeUtf8.
    cp = ((seq & 0x0Fu) << 12) | ((seq & 0x3F00u) >> 2) | ((seq >> 16) & 0x3Fu);
    n = 3;
  } else {
    n = DecodeUtf8(p, end, &cp);
    if (n <= 0) return p;
  }
  const uint32_t e = t.Lookup(cp);
  if ((e >> 30) != FoldTable::kDrop || (e & (FoldTable::kDropKeycap | FoldTable::kDropReference))) return p;
  // The general path's drop: a mark after a character extends it, other
  // noise records its boundary and the word state (no space is pending here).
  ProcessDrop(e, orig_bias + reinterpret_cast<uintptr_t>(p), static_cast<uint32_t>(n), s);
  return p + n;
}

// The fast path: runs of code points that each fold to one code point of
// the same byte length (kept, upper case, traditional -> simplified), with
// dropped noise and line breaks between them. Such a run maps byte for byte
// to the original, so it costs at most one anchor; nearly all time on
// ordinary text is spent here. Returns where the general path must take
// over (a replacement of another length, whitespace, invalid or 4-byte
// UTF-8, a cut sequence, a digit, flagged noise) or `end`. Requires
// !BusyHolding().
//
// `orig_bias` + address of a byte = its original offset. Noise dropped
// inside a run (dense output) leaves the word state as it was, so a run of
// nothing but noise must not reset it.
template <bool kDense>
const unsigned char* Normalizer::FoldPlainRuns(const unsigned char* p, const unsigned char* end, uint64_t orig_bias,
                                               Sink& s) {
  const FoldTable& table = *table_;
  const PlainTables t{table.stage1_, table.blocks_, kDense ? table.fold3_dense_ : table.fold3_, table.pool_};
  const bool newline_passes = line_barrier_;
  FoldBuffer& buf = s.text->bytes_;
  // Output never outgrows input here: every step writes at most what it reads.
  if (buf.size() - s.w < static_cast<size_t>(end - p) + Sink::kSlack) buf.resize(s.w + (end - p) + Sink::kSlack);
  const unsigned char* const end4 = end - p >= 4 ? end - 3 : p;  // p < end4: at least 4 bytes left from p
  const unsigned char* const end8 = end - p >= 8 ? end - 7 : p;  // p < end8: at least 8
  for (;;) {
    char* const w0 = buf.data() + s.w;
    char* w = w0;
    const unsigned char* const run = p;
    uint32_t last_entry = last_emitted_;
    bool last_dropped = dropped_since_emit_;
    while (p < end) {
      const unsigned b0 = *p;
      if (b0 < 0x80) {
        const uint32_t e = t.Lookup(b0);
        if (b0 == '\n' && newline_passes) {  // a line barrier is emitted as itself and ends any word
          if (line_breaks_)
            line_breaks_->push_back(
                {orig_bias + reinterpret_cast<uintptr_t>(p), s.text->base_ + s.w + static_cast<uint64_t>(w - w0)});
          *w++ = '\n';
          last_entry = 0;
          ++p;
          continue;
        }
        if ((e & (0xC0000000u | FoldTable::kKeycapBase)) == 0) {  // kept, and no keycap can follow
          *w++ = static_cast<char>(b0);
        } else if ((e >> 30) == FoldTable::kReplace && (e & 63) == 1) {
          *w++ = t.pool[(e >> 6) & 0x1FFFFF];
        } else {
          break;
        }
        last_entry = e;
        last_dropped = false;
        ++p;
        continue;
      }
      // The word state is settled once after the sequences: any emitted code ends
      // a word, and the last code point alone says whether noise was dropped last.
      char* const w_run = w;
      uint32_t last_len = 0;
      const unsigned char* const q = FoldSequences3<kDense>(p, end4, end8, t, w, &last_len);
      if (q == p) break;  // not a sequence of the fast path: the general path's
      p = q;
      if (w != w_run || !kDense) last_entry = kLastEmittedOther;
      last_dropped = kDense && last_len == 0;
    }
    if (p > run) EndPlainRun(run, p, static_cast<size_t>(w - w0), last_entry, last_dropped, orig_bias, s);
    if (p >= end) return p;
    const unsigned char* const next = SkipPlainNoise(p, end, end4, t, orig_bias, s);
    if (next == p || next >= end) return next;
    p = next;
  }
}

// Feed, step 1: completes a UTF-8 sequence cut at the end of the previous
// chunk with the first bytes of this one (or, when still incomplete, holds
// them too). Returns where the chunk's own code points start; orig_pos_ is
// advanced past the bytes taken.
const unsigned char* Normalizer::CompletePartial(const unsigned char* p, const unsigned char* end, Sink& s) {
  while (partial_len_ > 0 && p < end) {
    unsigned char tmp[8];
    std::memcpy(tmp, partial_, partial_len_);
    const uint32_t take = static_cast<uint32_t>(std::min<ptrdiff_t>(4 - partial_len_, end - p));
    std::memcpy(tmp + partial_len_, p, take);
    const uint64_t partial_orig = orig_pos_ - partial_len_;
    uint32_t cp = 0;
    const int n = DecodeUtf8(tmp, tmp + partial_len_ + take, &cp);
    if (n == 0) {  // still incomplete: the whole chunk joins the partial sequence
      std::memcpy(partial_ + partial_len_, p, take);
      partial_len_ += take;
      p += take;
      orig_pos_ += take;
      break;
    }
    if (n < 0) {  // the first held byte is invalid; retry with the rest
      ++invalid_bytes_;
      Process(table_->invalid_byte_entry(), 0xFFFD, reinterpret_cast<const char*>(tmp), 1, partial_orig, s);
      s.Reserve();
      std::memmove(partial_, partial_ + 1, --partial_len_);
      continue;
    }
    const uint32_t from_chunk = static_cast<uint32_t>(n) - partial_len_;
    Process(table_->Lookup(cp), cp, reinterpret_cast<const char*>(tmp), static_cast<uint32_t>(n), partial_orig, s);
    s.Reserve();
    p += from_chunk;
    orig_pos_ += from_chunk;
    partial_len_ = 0;
  }
  return p;
}

// Feed, step 3: one code point the fast path left, through the general path
// (references, held characters, whitespace, other replacements). A sequence
// cut by the end of the chunk is kept in partial_ for the next one. Returns
// the position after what was consumed.
inline const unsigned char* Normalizer::FoldOneGeneral(const unsigned char* p, const unsigned char* end,
                                                       uint64_t orig, Sink& s) {
  s.Reserve();
  uint32_t cp = *p;
  int n = 1;
  uint32_t entry;
  if (cp < 0x80) {
    entry = table_->Lookup(cp);
  } else {
    n = DecodeUtf8(p, end, &cp);
    if (n == 0) {
      partial_len_ = static_cast<uint32_t>(end - p);
      std::memcpy(partial_, p, partial_len_);
      return end;
    }
    if (n < 0) {
      ++invalid_bytes_;
      n = 1;
      cp = 0xFFFD;
      entry = table_->invalid_byte_entry();
    } else {
      entry = table_->Lookup(cp);
    }
  }
  Process(entry, cp, reinterpret_cast<const char*>(p), static_cast<uint32_t>(n), orig, s);
  return p + n;
}

void Normalizer::Feed(std::string_view chunk, NormalizedText* out) {
  const auto* start = reinterpret_cast<const unsigned char*>(chunk.data());
  const auto* end = start + chunk.size();
  Sink s(out, chunk.size());
  const auto* p = CompletePartial(start, end, s);  // step 1
  const uint64_t orig_base = orig_pos_ - static_cast<uint64_t>(p - start);
  const uint64_t bias = orig_base - reinterpret_cast<uintptr_t>(start);
  while (p < end) {
    if (!BusyHolding()) {  // step 2: the fast path, as far as it goes
      p = dense_ ? FoldPlainRuns<true>(p, end, bias, s) : FoldPlainRuns<false>(p, end, bias, s);
      if (p >= end) break;
    }
    p = FoldOneGeneral(p, end, orig_base + static_cast<uint64_t>(p - start), s);  // step 3
  }
  orig_pos_ = orig_base + static_cast<uint64_t>(end - start);
  s.Close();
}

void Normalizer::Finish(NormalizedText* out) {
  Sink s(out, partial_len_);
  const uint64_t first = orig_pos_ - partial_len_;
  invalid_bytes_ += partial_len_;  // a sequence cut by the text's end
  for (uint32_t i = 0; i < partial_len_; ++i) {
    Process(table_->invalid_byte_entry(), 0xFFFD, partial_ + i, 1, first + i, s);
  }
  partial_len_ = 0;
  while (ref_len_ > 0) {  // an unterminated reference stays literal
    s.Reserve();
    ReplayReference(s);
  }
  s.Reserve();
  if (held_) ReleaseHeld(true, s);
  pending_space_ = false;
  s.Close();
}

std::string Fold(const FoldTable& table, std::string_view text) {
  Normalizer n(&table);
  NormalizedText out;
  n.Feed(text, &out);
  n.Finish(&out);
  return std::string(out.view());
}

}  // namespace lanjie
