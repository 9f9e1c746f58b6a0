#ifndef LANJIE_COMMON_HAN_H_
#define LANJIE_COMMON_HAN_H_

#include <cstdint>

namespace lanjie {

// Whether `cp` is a CJK unified or compatibility ideograph: the URO and
// extension A, the compatibility block, and the supplementary planes'
// extensions B-H (U+20000-U+323AF). Radicals, strokes and enclosed forms
// are not. Constant time; thread-safe.
inline constexpr bool IsHanIdeograph(uint32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x323AF);
}

}  // namespace lanjie

#endif  // LANJIE_COMMON_HAN_H_
