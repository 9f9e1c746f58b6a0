#include "fold_dense_avx2.h"

#include <array>

#include "lanjie/normalize/normalize.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define LANJIE_FOLD_AVX2 1
#else
#define LANJIE_FOLD_AVX2 0
#endif

namespace lanjie {
namespace internal {

#if LANJIE_FOLD_AVX2

namespace {

// Packing shuffles for four 32-bit lanes whose codes are 0-3 bytes long:
// index bits 0-3 are bit 0 of lanes 0-3's lengths, bits 4-7 their bit 1.
struct Compact {
  alignas(16) std::array<std::array<uint8_t, 16>, 256> shuffle{};
  std::array<uint8_t, 256> length{};
};

constexpr Compact MakeCompact() {
  Compact c;
  for (unsigned idx = 0; idx < 256; ++idx) {
    unsigned pos = 0;
    for (unsigned lane = 0; lane < 4; ++lane) {
      const unsigned len = ((idx >> lane) & 1) | (((idx >> (4 + lane)) & 1) << 1);
      for (unsigned k = 0; k < len; ++k) c.shuffle[idx][pos++] = static_cast<uint8_t>(4 * lane + k);
    }
    c.length[idx] = static_cast<uint8_t>(pos);
    for (unsigned k = pos; k < 16; ++k) c.shuffle[idx][k] = 0x80;  // zero (written into the slack)
  }
  return c;
}

constexpr Compact kCompact = MakeCompact();

// The codes of one 128-bit half (4 lanes, index as above) stored at w.
__attribute__((target("avx2"))) inline void StoreCodes(__m128i codes, unsigned idx, char*& w) {
  const __m128i mask = _mm_load_si128(reinterpret_cast<const __m128i*>(kCompact.shuffle[idx].data()));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(w), _mm_shuffle_epi8(codes, mask));
  w += kCompact.length[idx];
}

}  // namespace

bool FoldDenseAvx2Usable() {
  static const bool usable = __builtin_cpu_supports("avx2");
  return usable;
}

__attribute__((target("avx2"))) const unsigned char* FoldDense3Avx2(const unsigned char* q,
                                                                  const unsigned char* end28,
                                                                  const uint32_t* fold3_dense, char*& w,
                                                                  uint32_t* last_len) {
  // Bytes 3i..3i+2 of each 12-byte half to lane i (its 4th byte zero).
  const __m256i spread = _mm256_setr_epi8(0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1,  //
                                          0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1);
  const __m256i lead_mask = _mm256_set1_epi32(0xC0C0F0), lead_want = _mm256_set1_epi32(0x8080E0);
  const __m256i payload = _mm256_set1_epi32(0x3F3F0F);
  const __m256i multiplier = _mm256_set1_epi32(static_cast<int>(FoldTable::kFold3Multiplier));
  __m256i last = _mm256_setzero_si256();
  const unsigned char* const start = q;
  char* out = w;  // a local: stores through char* could alias w itself and force it to memory
  while (q < end28) {
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 12));
    const __m256i seq = _mm256_shuffle_epi8(_mm256_inserti128_si256(_mm256_castsi128_si256(lo), hi, 1), spread);
    const __m256i leads = _mm256_cmpeq_epi32(_mm256_and_si256(seq, lead_mask), lead_want);
    if (_mm256_movemask_epi8(leads) != -1) break;
    // FoldTable::Fold3Slot in each lane: ((seq & 0x3F3F0F) * multiplier) >> 16, 32-bit product.
    const __m256i slot = _mm256_srli_epi32(_mm256_mullo_epi32(_mm256_and_si256(seq, payload), multiplier), 16);
    // Eight scalar loads: a gather costs more on Zen 2.
    const __m128i slot_lo = _mm256_castsi256_si128(slot), slot_hi = _mm256_extracti128_si256(slot, 1);
    const uint64_t s01 = static_cast<uint64_t>(_mm_cvtsi128_si64(slot_lo));
    const uint64_t s23 = static_cast<uint64_t>(_mm_extract_epi64(slot_lo, 1));
    const uint64_t s45 = static_cast<uint64_t>(_mm_cvtsi128_si64(slot_hi));
    const uint64_t s67 = static_cast<uint64_t>(_mm_extract_epi64(slot_hi, 1));
    const auto at = [fold3_dense](uint64_t s) { return static_cast<int>(fold3_dense[static_cast<uint32_t>(s)]); };
    const __m256i entry = _mm256_setr_epi32(at(s01), at(s01 >> 32), at(s23), at(s23 >> 32), at(s45), at(s45 >> 32),
                                            at(s67), at(s67 >> 32));
    if (_mm256_movemask_epi8(_mm256_cmpeq_epi32(entry, _mm256_setzero_si256())) != 0) break;
    // Lengths are bits 24-25 of each entry: bit 24 -> bit 31 for index bits 0-7's
    // low halves, bit 25 -> bit 31 for their high halves.
    const unsigned len0 = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32(entry, 7))));
    const unsigned len1 = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32(entry, 6))));
    StoreCodes(_mm256_castsi256_si128(entry), (len0 & 15) | ((len1 & 15) << 4), out);
    StoreCodes(_mm256_extracti128_si256(entry, 1), (len0 >> 4) | (len1 & 0xF0), out);
    last = entry;
    q += 24;
  }
  w = out;
  if (q != start) *last_len = static_cast<uint32_t>(_mm256_extract_epi32(last, 7)) >> 24;
  return q;
}

#else  // no AVX2 kernel on this platform: the scalar loop does everything

bool FoldDenseAvx2Usable() { return false; }

const unsigned char* FoldDense3Avx2(const unsigned char* q, const unsigned char*, const uint32_t*, char*&,
                                    uint32_t*) {
  return q;
}

#endif

}  // namespace internal
}  // namespace lanjie
