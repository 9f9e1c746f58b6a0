#ifndef LANJIE_ENGINE_NORMALIZE_DECORATION_H_
#define LANJIE_ENGINE_NORMALIZE_DECORATION_H_

#include <cstdint>

namespace lanjie {

// Characters that fold to content (a digit, a letter, an ideograph) but,
// written between two Chinese characters with nothing else between (or
// between a Chinese character and a Latin letter or digit, either way
// round: 法①lun①功), are decoration: evaders put them inside a keyword
// as separators (冰①毒,
// 冰㊙毒, 冰²毒, 冰ノ毒, 冰ˇ毒). Enclosed, parenthesized and squared numbers,
// letters and ideographs; dingbat circled digits; superscripts, subscripts,
// fractions, roman numerals, letterlike symbols and mathematical
// alphanumerics (𝐚 𝟏); CJK compatibility squares; spacing modifier letters
// (ˇ ˉ ˊ ˋ, bopomofo tones); and the letters that look like a bar, a
// stroke or a dash: ǀ ǁ ǂ ǃ, kana ノ ー ヽ ヾ ゝ ゞ 〆 (half-width ｰ ﾉ),
// bopomofo ㄧ, Hangul ㅡ ㅣ. The Normalizer drops such a character there
// (the folding rules' version 3) and folds it as usual anywhere else, so
// ⑥合彩 after a comma keeps its 6. The folding's fast path never takes
// them (FoldTable's fold3 leaves them out). Constant time.
inline constexpr bool IsDecorationForm(uint32_t cp) {
  if (cp < 0x2070)
    return cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x1C0 && cp <= 0x1C3) ||
           (cp >= 0x2B0 && cp <= 0x2FF);
  if (cp < 0x3000)
    return (cp <= 0x209F) || (cp >= 0x2100 && cp <= 0x218F) || (cp >= 0x2460 && cp <= 0x24FF) ||
           (cp >= 0x2776 && cp <= 0x2793);
  if (cp < 0x10000)
    return (cp >= 0x3200 && cp <= 0x33FF) || cp == 0x30CE || cp == 0x30FC || cp == 0x30FD || cp == 0x30FE ||
           cp == 0x309D || cp == 0x309E || cp == 0x3006 || cp == 0x3127 || cp == 0x3161 || cp == 0x3163 ||
           cp == 0xFF70 || cp == 0xFF89;
  return (cp >= 0x1D400 && cp <= 0x1D7FF) || (cp >= 0x1F100 && cp <= 0x1F2FF);
}

}  // namespace lanjie

#endif  // LANJIE_ENGINE_NORMALIZE_DECORATION_H_
