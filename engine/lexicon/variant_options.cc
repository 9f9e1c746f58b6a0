#include "lanjie/lexicon/variant_options.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/sv.h"

namespace lanjie {

std::string VariantOptionsToString(const VariantOptions& o) {
  std::string out;
  auto add = [&out](bool on, const char* name) {
    if (on) absl::StrAppend(&out, out.empty() ? "" : ",", name);
  };
  add(o.pinyin, "pinyin");
  add(o.homophone, "homophone");
  add(o.homophone2, "homophone2");
  add(o.chaizi, "chaizi");
  add(o.initials, "initials");
  add(o.numeral, "numeral");
  return out.empty() ? "none" : out;
}

absl::StatusOr<VariantOptions> ParseVariantOptions(std::string_view text) {
  VariantOptions o;
  if (text.empty() || text == "on" || text == "default") return o;
  o = VariantOptions::None();
  if (text == "none" || text == "off") return o;
  for (absl::string_view w : absl::StrSplit(Av(text), absl::ByAnyChar(",+ "), absl::SkipEmpty())) {
    if (w == "pinyin") o.pinyin = true;
    else if (w == "homophone" || w == "homophones") o.homophone = true;
    else if (w == "homophone2") o.homophone = o.homophone2 = true;
    else if (w == "chaizi") o.chaizi = true;
    else if (w == "initials") o.initials = true;
    else if (w == "numeral" || w == "numerals") o.numeral = true;
    else if (w == "all") o = VariantOptions::All();
    else if (w == "default" || w == "on") o.pinyin = o.homophone = o.chaizi = o.numeral = true;
    else
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown variant class '", w,
          "' (expected on, off, all, or a list of pinyin, homophone, homophone2, chaizi, initials, numeral)"));
  }
  return o;
}

}  // namespace lanjie
