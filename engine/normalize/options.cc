#include <string>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/sv.h"
#include "fold_classes.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

struct ClassName {
  uint8_t bit;
  const char* name;
};
constexpr ClassName kClassNames[] = {
    {fold_class::kWhitespace, "ws"},   {fold_class::kIgnorable, "ign"}, {fold_class::kControl, "ctrl"},
    {fold_class::kPunct, "punct"},     {fold_class::kSymbol, "sym"},    {fold_class::kEmoji, "emoji"},
    {fold_class::kMark, "mark"},
};

std::string CodePoints(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) absl::StrAppend(&out, out.empty() ? "" : "|", absl::Hex(static_cast<uint32_t>(c)));
  return out;
}

absl::Status ParseCodePoints(absl::string_view value, std::u32string* out) {
  for (absl::string_view tok : absl::StrSplit(value, '|', absl::SkipEmpty())) {
    uint32_t cp;
    if (!absl::SimpleHexAtoi(tok, &cp) || cp > 0x10FFFF)
      return absl::InvalidArgumentError(absl::StrCat("normalization option: '", tok, "' is not a hex code point"));
    out->push_back(static_cast<char32_t>(cp));
  }
  return absl::OkStatus();
}

}  // namespace

std::string OptionsToString(const NormalizerOptions& o) {
  std::string out;
  auto add = [&out](absl::string_view w) { absl::StrAppend(&out, out.empty() ? "" : ",", w); };
  if (o.fold_compat_case) add("nfkc");
  if (o.traditional_to_simplified) add("t2s");
  if (o.fold_lookalikes) add("lookalike");
  if (o.remove_noise) {
    std::string classes;
    for (const ClassName& c : kClassNames)
      if (o.noise_classes & c.bit) absl::StrAppend(&classes, classes.empty() ? "" : "+", c.name);
    add(absl::StrCat("noise=", classes.empty() ? "none" : classes));
    if (!o.extra_noise.empty()) add(absl::StrCat("extra=", CodePoints(o.extra_noise)));
    if (!o.keep.empty()) add(absl::StrCat("keep=", CodePoints(o.keep)));
  }
  return out.empty() ? "none" : out;
}

absl::StatusOr<NormalizerOptions> ParseOptions(std::string_view text_in) {
  const absl::string_view text = Av(text_in);
  NormalizerOptions o;
  o.fold_compat_case = o.traditional_to_simplified = o.fold_lookalikes = o.remove_noise = false;
  o.noise_classes = 0;
  if (text == "none") return o;
  for (absl::string_view word : absl::StrSplit(text, ',', absl::SkipWhitespace())) {
    std::pair<absl::string_view, absl::string_view> kv = absl::StrSplit(word, absl::MaxSplits('=', 1));
    if (kv.first == "nfkc" && kv.second.empty()) {
      o.fold_compat_case = true;
    } else if (kv.first == "t2s" && kv.second.empty()) {
      o.traditional_to_simplified = true;
    } else if (kv.first == "lookalike" && kv.second.empty()) {
      o.fold_lookalikes = true;
    } else if (kv.first == "noise") {
      o.remove_noise = true;
      if (kv.second.empty()) {
        o.noise_classes = fold_class::kAll;
        continue;
      }
      if (kv.second == "none") continue;
      for (absl::string_view name : absl::StrSplit(kv.second, '+')) {
        bool found = false;
        for (const ClassName& c : kClassNames) {
          if (name == c.name) {
            o.noise_classes |= c.bit;
            found = true;
          }
        }
        if (!found)
          return absl::InvalidArgumentError(absl::StrCat(
              "normalization option: unknown noise class '", name, "' (ws, ign, ctrl, punct, sym, emoji, mark)"));
      }
    } else if (kv.first == "extra") {
      if (auto st = ParseCodePoints(kv.second, &o.extra_noise); !st.ok()) return st;
    } else if (kv.first == "keep") {
      if (auto st = ParseCodePoints(kv.second, &o.keep); !st.ok()) return st;
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "normalization option: unknown step '", word, "' (nfkc, t2s, lookalike, noise[=classes], extra=, keep=)"));
    }
  }
  return o;
}

}  // namespace lanjie
