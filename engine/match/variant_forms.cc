#include "lanjie/match/variant_forms.h"

#include "variants.h"

namespace lanjie {

std::vector<std::string> CharacterReadings(char32_t cp) {
  uint16_t ids[4];
  const int n = internal::VariantData::Readings(cp, ids);
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i)
    if (ids[i] != 0) out.emplace_back(internal::VariantData::Syllable(ids[i]));
  return out;
}

std::vector<char32_t> CharactersWithReading(std::string_view syllable) {
  const internal::VariantData& data = internal::VariantData::Get();
  const uint16_t id = data.SyllableId(syllable);
  std::vector<char32_t> out;
  if (id == 0) return out;
  for (char32_t cp = 0x4E00; cp <= 0x9FFF; ++cp)
    if (data.Accepts(data.TextId(cp), id)) out.push_back(cp);
  return out;
}

bool ReadAlikeInTone(char32_t keyword_char, char32_t text_char) {
  const internal::VariantData& data = internal::VariantData::Get();
  uint16_t syllables[4];
  const uint16_t id = data.TextId(text_char);
  if (id == 0) return false;
  const int n = data.Expand(id, syllables);
  for (int i = 0; i < n; ++i)
    if ((internal::VariantData::Tones(keyword_char, syllables[i]) &
         internal::VariantData::Tones(text_char, syllables[i])) != 0)
      return true;
  return false;
}

std::string CharacterComponents(char32_t cp) { return std::string(internal::VariantData::Get().Chaizi(cp)); }

bool IsCommonWord(std::u32string_view characters) {
  if (characters.size() < 2 || characters.size() > 4) return false;
  uint32_t cps[4];
  for (size_t i = 0; i < characters.size(); ++i) cps[i] = characters[i];
  return internal::VariantData::Get().IsCommonWord(cps, characters.size());
}

}  // namespace lanjie
