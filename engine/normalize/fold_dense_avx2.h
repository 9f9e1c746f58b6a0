// The dense fold's run of 3-byte sequences, eight at a time with AVX2
// (private to normalize; used by Normalizer::FoldPlainRuns' dense fast path).
//
// The scalar loop (FoldSequences3 in normalizer.cc) folds one or two CJK
// characters per step: a lead-byte test, a table slot (FoldTable::Fold3Slot)
// and a table load each, and a 4-byte store advanced by the entry's length.
// This kernel does the tests, slots, loads and stores of eight characters
// with a handful of vector instructions: the eight sequences are spread to
// 32-bit lanes (one byte shuffle), tested and turned into slots in the
// lanes, their fold3_dense entries gathered, and each 128-bit half's four
// codes (2, 3 or 0 bytes each) packed together by one byte shuffle from a
// 256-entry table of shuffles indexed by the four lengths.
//
// It takes only whole groups of eight that the scalar loop would take
// entirely (every sequence a valid 3-byte lead with continuation bytes and a
// non-zero entry) and writes exactly the bytes the scalar loop would write
// for them, so the output does not depend on which path ran; the scalar
// loop continues where it stops.
//
// Thread safety: pure functions (the shuffle table is constant).
// Cost: about 1.7 instructions per input byte against ~4.5 for the scalar
// pair loop; one gather of 8 entries per group.
#ifndef LANJIE_NORMALIZE_FOLD_DENSE_AVX2_H_
#define LANJIE_NORMALIZE_FOLD_DENSE_AVX2_H_

#include <cstdint>

namespace lanjie {
namespace internal {

// True when the kernel may be called: an x86-64 build on a CPU with AVX2
// (asked once, cached).
bool FoldDenseAvx2Usable();

// Folds groups of eight 3-byte sequences from q while q < end28 (q + 28 <=
// the text's end: the loads read 28 bytes) and all eight fold on the fast
// path. Writes their dense codes at w and advances it; writes up to 16
// bytes past the new w (the caller's slack). Sets *last_len to the dense
// length of the last code point taken (0: dropped noise) when it takes
// any. Returns where it stopped (q itself when the first group is not
// taken). Only call when FoldDenseAvx2Usable().
const unsigned char* FoldDense3Avx2(const unsigned char* q, const unsigned char* end28, const uint32_t* fold3_dense,
                                    char*& w, uint32_t* last_len);

}  // namespace internal
}  // namespace lanjie

#endif  // LANJIE_NORMALIZE_FOLD_DENSE_AVX2_H_
