// SplitMix64: a fixed, portable pseudo-random generator for everything that
// must be reproducible from a seed (sampling, bootstrap). std:: distributions
// differ between standard libraries, so they would break reproducibility.
// Not thread-safe (one object per thread); a few ns per draw.
#ifndef LANJIE_ENGINE_COMMON_SPLITMIX64_H_
#define LANJIE_ENGINE_COMMON_SPLITMIX64_H_

#include <cstdint>

namespace lanjie {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) by rejection (no modulo bias). n > 0.
  uint64_t Below(uint64_t n) {
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = Next(); while (x >= limit);
    return x % n;
  }
  // Uniform in [0, 1) with 53 random bits.
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_SPLITMIX64_H_
