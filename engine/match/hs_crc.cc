#include "hs_crc.h"

#include <nmmintrin.h>

#include <cstring>

namespace lanjie::internal {
namespace {

constexpr uint32_t kPoly = 0x82f63b78;  // CRC-32C, bit-reflected

// a * b modulo the polynomial (bit-reflected: bit 31 is x^0).
uint32_t MultModP(uint32_t a, uint32_t b) {
  uint32_t m = uint32_t{1} << 31, p = 0;
  for (; m != 0; m >>= 1) {
    if (a & m) p ^= b;
    b = (b & 1) ? (b >> 1) ^ kPoly : b >> 1;
  }
  return p;
}

// x^(8 * bytes) modulo the polynomial: what appending `bytes` zero bytes
// multiplies a raw CRC by.
uint32_t ShiftFor(size_t bytes) {
  uint32_t power = uint32_t{1} << 30;  // x^1
  uint32_t result = uint32_t{1} << 31;  // x^0
  for (uint64_t bits = uint64_t{bytes} * 8; bits != 0; bits >>= 1) {
    if (bits & 1) result = MultModP(power, result);
    power = MultModP(power, power);
  }
  return result;
}

__attribute__((target("sse4.2"))) uint32_t CrcBytes(uint32_t crc, const unsigned char* p, size_t n) {
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    crc = static_cast<uint32_t>(_mm_crc32_u64(crc, v));
  }
  for (; n > 0; --n, ++p) crc = _mm_crc32_u8(crc, *p);
  return crc;
}

// Three streams over equal thirds (multiples of 8 bytes) in one loop: the
// crc32 instruction's latency is three times its throughput.
__attribute__((target("sse4.2"))) void CrcThirds(const unsigned char* p, size_t third, uint32_t crc[3]) {
  const unsigned char* q = p + third;
  const unsigned char* r = q + third;
  uint64_t c0 = 0, c1 = 0, c2 = 0;
  for (size_t i = 0; i < third; i += 8) {
    uint64_t a, b, c;
    std::memcpy(&a, p + i, 8);
    std::memcpy(&b, q + i, 8);
    std::memcpy(&c, r + i, 8);
    c0 = _mm_crc32_u64(c0, a);
    c1 = _mm_crc32_u64(c1, b);
    c2 = _mm_crc32_u64(c2, c);
  }
  crc[0] = static_cast<uint32_t>(c0);
  crc[1] = static_cast<uint32_t>(c1);
  crc[2] = static_cast<uint32_t>(c2);
}

}  // namespace

bool HsBytecodeCrcAvailable() {
  static const bool available = __builtin_cpu_supports("sse4.2");
  return available;
}

uint32_t HsBytecodeCrc(const void* data, size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  constexpr size_t kMinThreeWay = 4096;
  if (size < kMinThreeWay) return CrcBytes(0, p, size);
  const size_t third = size / 24 * 8;
  uint32_t crc[3];
  CrcThirds(p, third, crc);
  // A raw CRC (no initial value, no inversion) is linear: crc(A B) =
  // crc(A) * x^(8 |B|) + crc(B).
  const uint32_t shift = ShiftFor(third);
  uint32_t combined = MultModP(crc[0], shift) ^ crc[1];
  combined = MultModP(combined, shift) ^ crc[2];
  return CrcBytes(combined, p + 3 * third, size - 3 * third);
}

}  // namespace lanjie::internal
