// Normalizer::MapDenseLine: the offset map of one line in the dense code,
// read off the line's original bytes and the dense folding a block pass
// already wrote, instead of folding the line a second time.
//
// The walk follows what the folding's fast path (Normalizer::FoldPlainRuns,
// UTF-8 output with offsets) does for the characters it handles alone:
// ASCII kept or replaced by one byte, 3-byte characters that fold to one
// 3-byte character (FoldTable::fold3_dense_ gives their dense code), and
// dropped noise without a keycap or reference flag (combining marks become
// tails, the rest boundaries: FoldBoundary::OfDrop). Anything else
// (whitespace, digits, '&' and '%', other replacements, invalid UTF-8) needs
// the general path's state machine: the walk gives up and the caller folds.
#include <cstring>

#include "absl/base/attributes.h"
#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

// One MapDenseLine walk over the line's original bytes [p, end) and its
// dense code w (code_size bytes, then 4 bytes 0xFF): the folding's state
// (last_word, tail_ok), the dense offset d of the next code and its offset
// u in folded UTF-8, the next mark. Invariant: [start, p) maps onto [0, d).
// Each step says whether to go on, whether everything at or before the
// last mark (`upto`) is known (kDone), or that the dense code is not the
// line's (kFail: the caller folds).
struct DenseLineWalk {
  enum Step { kNext, kDone, kFail };
  const FoldTable& table;
  const uint32_t* fold3;
  const char* pool;
  const char* w;
  uint64_t code_size;
  std::vector<OffsetAnchor>& anchors;
  std::vector<FoldBoundary>& boundaries;
  std::vector<FoldTail>& tails;
  uint64_t orig_base;
  uint32_t* to_utf8;
  const unsigned char* start;
  const unsigned char* end;
  const unsigned char* end4;  // p < end4: 4 bytes readable at p
  const uint32_t* mark;
  uint64_t upto;
  const unsigned char* p = start;
  uint64_t d = 0;  // dense offset of the next code
  uint32_t u = 0;  // its offset in folded UTF-8
  // The folding's state at line start (Reset): no word, no character that
  // combining marks could extend.
  bool last_word = false, tail_ok = false;

  // At a code start `d` (code of `orig_len` original bytes at p): an anchor
  // and the UTF-8 offset where a mark asks for them.
  ABSL_ATTRIBUTE_ALWAYS_INLINE void AtMark(uint32_t orig_len) {
    anchors.push_back({d, orig_base + static_cast<uint64_t>(p - start), orig_len});
    to_utf8[d] = u;
    ++mark;
  }
  // Whether the dense code at d is f's (f: a fold3_dense_ entry of length len).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool SameCode(uint32_t f, uint32_t len) const {
    uint32_t have;
    std::memcpy(&have, w + d, 4);
    return ((have ^ f) & (len == 2 ? 0xFFFFu : 0xFFFFFFu)) == 0;
  }
  // Runs of 3-byte characters that fold to one 3-byte character: one
  // load, one table lookup and one compare each.
  ABSL_ATTRIBUTE_ALWAYS_INLINE Step Run3() {
    const unsigned char* const run = p;
    while (p < end4) {
      uint32_t seq;
      std::memcpy(&seq, p, 4);
      if ((seq & 0xC0C0F0u) != 0x8080E0u) break;
      const uint32_t f = fold3[FoldTable::Fold3Slot(seq)];
      const uint32_t len = f >> 24;
      if (len == 0) break;  // noise, or not a character of this path
      if (d >= upto) return kDone;
      if (d == *mark) AtMark(3);
      if (!SameCode(f, len)) return kFail;
      p += 3;
      d += len;
      u += 3;
    }
    if (p != run) {
      last_word = false;
      tail_ok = true;
    }
    return kNext;
  }
  // One character at p (p < end) that Run3 did not take.
  ABSL_ATTRIBUTE_ALWAYS_INLINE Step Char() {
    const unsigned b0 = *p;
    uint32_t cp = b0;
    int n = 1;
    uint32_t e;
    if (b0 < 0x80) {
      e = table.Lookup(b0);
      const bool keep = (e & (0xC0000000u | FoldTable::kKeycapBase)) == 0;  // kept, and no keycap can follow
      if (keep || ((e >> 30) == FoldTable::kReplace && (e & 63) == 1)) return AsciiByte(b0, e, keep);
    } else if ((b0 & 0xF0) == 0xE0 && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      cp = ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
      const uint32_t f = fold3[FoldTable::Fold3SlotOf(cp)];  // 0 for overlong forms and surrogates
      const uint32_t len = f >> 24;
      if (len != 0) {  // one character (the last 3 bytes of the line): its dense code, 2 or 3 bytes
        if (d >= upto) return kDone;
        if (!SameCode(f, len)) return kFail;
        if (d == *mark) AtMark(3);
        d += len;
        u += 3;
        p += 3;
        last_word = false;
        tail_ok = true;
        return kNext;
      }
      n = 3;
      e = table.Lookup(cp);
      // f == 1: dropped noise (，。、…). f == 0: a combining mark (which the
      // fast path leaves to SkipPlainNoise), a replacement of another
      // length, or not a valid sequence (overlong, surrogate).
      const bool mark = (e >> 30) == FoldTable::kDrop && (e & FoldTable::kDropMark) && cp >= 0x800 &&
                        (cp < 0xD800 || cp > 0xDFFF);
      if (f == 0 && !mark) return kFail;
    } else {
      n = DecodeUtf8(p, end, &cp);
      if (n <= 0) return kFail;
      e = table.Lookup(cp);
    }
    return Noise(e, n);
  }
  // An ASCII byte kept (keep) or replaced by one byte (table entry e).
  ABSL_ATTRIBUTE_ALWAYS_INLINE Step AsciiByte(unsigned b0, uint32_t e, bool keep) {
    if (d >= upto) return kDone;  // everything at or before `upto` is known
    const unsigned char c = keep ? static_cast<unsigned char>(b0)
                                 : static_cast<unsigned char>(pool[(e >> 6) & 0x1FFFFF]);
    if (d >= code_size || static_cast<unsigned char>(w[d]) != c) return kFail;
    if (d == *mark) AtMark(1);
    ++d;
    ++p;
    ++u;
    last_word = (e & FoldTable::kLastWord) != 0;
    tail_ok = true;
    return kNext;
  }
  // Dropped noise of n bytes at p (table entry e), as FoldPlainRuns records
  // it with offsets on.
  ABSL_ATTRIBUTE_ALWAYS_INLINE Step Noise(uint32_t e, int n) {
    if ((e >> 30) != FoldTable::kDrop || (e & (FoldTable::kDropKeycap | FoldTable::kDropReference))) return kFail;
    const uint64_t noise_end = orig_base + static_cast<uint64_t>(p - start) + static_cast<uint64_t>(n);
    p += n;
    if (e & FoldTable::kDropMark) {  // part of the previous character
      if (tail_ok) {
        if (!tails.empty() && tails.back().norm == d)
          tails.back().orig_end = noise_end;
        else
          tails.push_back({d, noise_end});
      }
      return kNext;
    }
    FoldBoundary::Append(&boundaries, d, FoldBoundary::OfDrop(e, last_word));
    tail_ok = false;
    return kNext;
  }
};

}  // namespace

bool Normalizer::MapDenseLine(std::string_view line, uint64_t orig_base, std::string_view dense,
                              const uint32_t* marks, size_t mark_count, NormalizedText* out,
                              uint32_t* to_utf8) const {
  const FoldTable& table = *table_;
  const uint64_t code_size = dense.size();
  out->Clear(0);
  // The dense bytes, then 4 bytes 0xFF: a code compared there (4-byte
  // loads) never matches them, since a code's last byte is < 0x80.
  out->bytes_.resize(code_size + 4);
  char* const w = out->bytes_.data();
  if (code_size) std::memcpy(w, dense.data(), code_size);
  std::memset(w + code_size, 0xFF, 4);
  out->bytes_.resize(code_size);
  const auto* const start = reinterpret_cast<const unsigned char*>(line.data());
  const auto* const end = start + line.size();
  const uint32_t* const marks_end = marks + mark_count;
  DenseLineWalk walk{table, table.fold3_dense_, table.pool_, w, code_size, out->anchors_, out->boundaries_,
                     out->tails_, orig_base, to_utf8, start, end, line.size() >= 4 ? end - 3 : start, marks,
                     mark_count ? marks_end[-1] : 0};
  DenseLineWalk::Step step = DenseLineWalk::kNext;
  while (walk.p < end) {
    step = walk.Run3();
    if (step != DenseLineWalk::kNext) break;
    if (walk.p >= end) break;
    step = walk.Char();
    if (step != DenseLineWalk::kNext) break;
  }
  if (step == DenseLineWalk::kFail) return false;
  if (step == DenseLineWalk::kNext && walk.d != code_size) return false;
  const uint64_t d = walk.d;
  if (d != walk.upto || walk.mark + 1 != marks_end) return false;  // a mark not on a code boundary
  to_utf8[d] = walk.u;
  // The byte before a mark that ends a non-ASCII code (its final byte,
  // which may be 'A'-'Z'): never a word byte, as a continuation byte in
  // folded UTF-8 is not.
  for (const uint32_t* m = marks; m != marks_end; ++m)
    if (*m >= 2 && static_cast<unsigned char>(w[*m - 2]) >= 0x80) w[*m - 1] = 0x7F;
  return true;
}

}  // namespace lanjie
