// The written forms of a Chinese character that variant matching knows
// (拼音 / 谐音 / 拆字), for tools that generate evasions to test a list
// with (`lanjie lexicon selftest --evasions`). Read from the same generated
// tables the matcher uses (Unihan readings, rime-essay's common words,
// data/variants/chaizi.tsv), so a generated form is one the matcher is meant
// to see through.
//
// Thread safety: free functions over immutable tables; any thread. Cost:
// the first call builds the variant tables once per process (about 6 M
// instructions, the same as loading an artifact with variants);
// CharactersWithReading scans the CJK Unified Ideographs block (~21k code
// points) per call. No errors: an unknown character has no forms.
#ifndef LANJIE_MATCH_VARIANT_FORMS_H_
#define LANJIE_MATCH_VARIANT_FORMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/export.h"

namespace lanjie {

// Toneless readings of `cp` as the keyword side of matching takes them
// (ASCII, ü written v; the character's primary reading first); empty when
// it has none.
LANJIE_EXPORT std::vector<std::string> CharacterReadings(char32_t cp);
// CJK Unified Ideographs read `syllable` in running text (as text is read:
// the primary reading, or another that kHanyuPinlu counts, 都 for dū), in
// code point order.
LANJIE_EXPORT std::vector<char32_t> CharactersWithReading(std::string_view syllable);
// True when `text_char`, read as text is read (CharactersWithReading),
// sounds like `keyword_char` in one of its readings with a tone in common:
// the rule a homophone of a two-character keyword keeps (兵 for 冰 yes, 跑
// for 炮 no). False for characters without readings.
LANJIE_EXPORT bool ReadAlikeInTone(char32_t keyword_char, char32_t text_char);
// The two components evaders write `cp` as (UTF-8, e.g. 女干 for 奸), or ""
// when the table has no split for it.
LANJIE_EXPORT std::string CharacterComponents(char32_t cp);
// True when the 2-4 characters form a common word (the real-word guard's
// list: a variant hit on such text is dropped by design).
LANJIE_EXPORT bool IsCommonWord(std::u32string_view characters);

// The forms of a keyword with its Chinese numerals written in Arabic digits,
// as evaders write them (六合彩: 6合彩; 六四事件: 64事件, 6四事件, 六4事件;
// 十八禁: 18禁; 一百零八式: 108式). A run of digit numerals (〇 零 一 二 两 三
// ... 九) gets every mix of numerals and digits over its first four; a run
// with units (十 百 千) its value. The keyword itself is not among them, nor
// are the forms of a keyword of numerals only (64 for 六四: such numbers are
// everywhere). At most kMaxNumeralForms; empty when the keyword has no
// numeral. The matcher adds them as literals that a digit may not extend
// (no 16合彩 for 六合彩). Pure: any thread, O(forms x keyword length).
inline constexpr size_t kMaxNumeralForms = 16;
LANJIE_EXPORT std::vector<std::string> KeywordNumeralForms(std::u32string_view keyword);

}  // namespace lanjie

#endif  // LANJIE_MATCH_VARIANT_FORMS_H_
