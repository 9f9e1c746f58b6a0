// Which script/language a keyword is written in, for the coverage breakdown
// (the filing guidance asks for several languages and expressions).
#ifndef LANJIE_ENGINE_LEXICON_SCRIPT_H_
#define LANJIE_ENGINE_LEXICON_SCRIPT_H_

#include <memory>
#include <string_view>

#include "lanjie/common/export.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {

enum class KeywordScript { kSimplified, kTraditional, kLatin, kMixed, kOther };
LANJIE_EXPORT
const char* KeywordScriptName(KeywordScript s);  // "simplified Chinese" ...
LANJIE_EXPORT
const char* KeywordScriptLabel(KeywordScript s); // "简体中文", "繁体中文", "拉丁字母", "中英混合", "其他文字"

// Classifies keywords. Han text is traditional when OpenCC's t2s folding
// changes any of its characters; Latin means ASCII/Latin letters and digits
// only; Han plus Latin is mixed; anything else (Cyrillic, Tibetan, Arabic,
// Uyghur ...) is other. Cheap: one fold per keyword.
class LANJIE_EXPORT ScriptClassifier {
 public:
  static absl::StatusOr<ScriptClassifier> Create();
  KeywordScript Classify(std::string_view keyword) const;

 private:
  std::shared_ptr<const FoldTable> t2s_;
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_SCRIPT_H_
