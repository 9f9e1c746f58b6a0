#ifndef LANJIE_ENGINE_NORMALIZE_FOLD_CLASSES_H_
#define LANJIE_ENGINE_NORMALIZE_FOLD_CLASSES_H_

#include <cstdint>

namespace lanjie {

// Character classes the noise-removal step can drop. A code point may carry
// several (U+FE0F is ignorable and an emoji component).
namespace fold_class {
inline constexpr uint8_t kWhitespace = 1 << 0;  // White_Space
inline constexpr uint8_t kIgnorable = 1 << 1;   // Default_Ignorable_Code_Point
inline constexpr uint8_t kControl = 1 << 2;     // Cc/Cf that are neither of the above
inline constexpr uint8_t kPunct = 1 << 3;       // P*
inline constexpr uint8_t kSymbol = 1 << 4;      // S*
inline constexpr uint8_t kEmoji = 1 << 5;       // Extended_Pictographic, modifiers, components
inline constexpr uint8_t kMark = 1 << 6;        // Mn, Me
inline constexpr uint8_t kAll = 0x7f;
}  // namespace fold_class

// One generated record per code point that some folding step touches.
struct FoldRecord {
  uint32_t cp;
  uint8_t classes;
  uint32_t nfkc_offset;  // into kFoldPool
  uint8_t nfkc_length;   // may be 0: NFKC_Casefold deletes default ignorables
  uint8_t nfkc_mapped;   // 0: NFKC_Casefold leaves the code point alone
  uint32_t t2s;          // 0: no traditional->simplified mapping
  uint32_t lookalike;    // 0: no Latin look-alike
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_NORMALIZE_FOLD_CLASSES_H_
