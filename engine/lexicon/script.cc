#include "lanjie/lexicon/script.h"

#include <unicode/uscript.h>

#include "lanjie/common/utf8.h"

namespace lanjie {

const char* KeywordScriptName(KeywordScript s) {
  switch (s) {
    case KeywordScript::kSimplified: return "simplified Chinese";
    case KeywordScript::kTraditional: return "traditional Chinese";
    case KeywordScript::kLatin: return "Latin";
    case KeywordScript::kMixed: return "Chinese + Latin";
    case KeywordScript::kOther: return "other scripts";
  }
  return "?";
}

const char* KeywordScriptLabel(KeywordScript s) {
  switch (s) {
    case KeywordScript::kSimplified: return "简体中文";
    case KeywordScript::kTraditional: return "繁体中文";
    case KeywordScript::kLatin: return "拉丁字母";
    case KeywordScript::kMixed: return "中英混合";
    case KeywordScript::kOther: return "其他文字";
  }
  return "?";
}

absl::StatusOr<ScriptClassifier> ScriptClassifier::Create() {
  NormalizerOptions o;
  o.fold_compat_case = false;
  o.traditional_to_simplified = true;
  o.fold_lookalikes = false;
  o.remove_noise = false;
  auto table = FoldTable::Create(o);
  if (!table.ok()) return table.status();
  ScriptClassifier c;
  c.t2s_ = *table;
  return c;
}

KeywordScript ScriptClassifier::Classify(std::string_view keyword) const {
  bool han = false, latin = false, other = false, digit = false;
  const auto* p = reinterpret_cast<const unsigned char*>(keyword.data());
  const auto* end = p + keyword.size();
  while (p < end) {
    uint32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) {
      ++p;
      continue;
    }
    p += n;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
    if (sc == USCRIPT_HAN) han = true;
    else if (sc == USCRIPT_LATIN) latin = true;
    else if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) {
      if (cp >= '0' && cp <= '9') digit = true;  // digits go with any script
    } else {
      other = true;
    }
  }
  if (other) return KeywordScript::kOther;
  if (han && latin) return KeywordScript::kMixed;
  if (han) return Fold(*t2s_, keyword) == keyword ? KeywordScript::kSimplified : KeywordScript::kTraditional;
  if (latin || digit) return KeywordScript::kLatin;
  return KeywordScript::kOther;
}

}  // namespace lanjie
