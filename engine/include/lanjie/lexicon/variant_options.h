// The variant classes of a keyword (its `variants` column) and of a compiled
// artifact's default. Plain values, no state: thread-safe, O(length) to parse.
#ifndef LANJIE_LEXICON_VARIANT_OPTIONS_H_
#define LANJIE_LEXICON_VARIANT_OPTIONS_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

// Variant matching (拼音 / 谐音 / 拆字) for keywords of two or more CJK
// characters; single characters never get variants. Every variant hit
// carries Hit::via and the exact original span of the evasive text.
//   pinyin:    Latin pinyin, joined, spaced, tone marks or digits, mixed
//              with characters (bingdu, bing du, bīng dú, bing1 du2, 冰du);
//   homophone: characters replaced by others with the same toneless reading
//              (polyphonic keyword characters with all their readings), for
//              keywords of three or more characters;
//   homophone2: homophones of two-character keywords as well; off by
//              default (on ordinary text they fire about as often as the
//              keywords themselves: bench/RESULTS.md); an entry whose
//              variants column names homophone gets them too;
//   chaizi:    characters written as their two components (女干 for 奸);
//   initials:  pinyin initials as a whole Latin word (zf); off by default;
//   numeral:   Chinese numerals written in Arabic digits (6合彩, 64事件,
//              18禁: KeywordNumeralForms), never extended by another digit.
// A variant hit where the text is itself a common word (病毒 for 冰毒) is
// dropped (the real-word guard).
struct VariantOptions {
  bool pinyin = true;
  bool homophone = true;
  bool chaizi = true;
  bool initials = false;
  bool homophone2 = false;
  bool numeral = true;
  // Every class off (`--variants off`), and every class on (`all`).
  static VariantOptions None() { return {false, false, false, false, false, false}; }
  static VariantOptions All() { return {true, true, true, true, true, true}; }
  bool any() const { return pinyin || homophone || chaizi || initials || numeral; }
  bool operator==(const VariantOptions& o) const {
    return pinyin == o.pinyin && homophone == o.homophone && chaizi == o.chaizi && initials == o.initials &&
           homophone2 == o.homophone2 && numeral == o.numeral;
  }
};
// "pinyin,homophone,chaizi,numeral" (the default), "none", ... (canonical order).
LANJIE_EXPORT std::string VariantOptionsToString(const VariantOptions& options);
// Accepts on/default, off/none, all (every class, homophone2 and initials
// included), or a list of on/default, pinyin, homophone, homophone2 (implies
// homophone), chaizi, initials, numeral separated by ',' '+' or spaces.
// (Artifacts written before the numeral class list their classes without
// it, and read back without it.)
LANJIE_EXPORT absl::StatusOr<VariantOptions> ParseVariantOptions(std::string_view text);

}  // namespace lanjie

#endif  // LANJIE_LEXICON_VARIANT_OPTIONS_H_
