// See text.h.
#include "text.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie::report {

std::string Pct(double x) { return absl::StrFormat("%.1f%%", x * 100); }

std::string ClipChars(std::string_view s, size_t max_chars) {
  size_t i = 0, n = 0;
  while (i < s.size() && n < max_chars) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  std::string out(s.substr(0, i));
  if (i < s.size()) out += "…";
  return out;
}

std::string RiskName(const std::string& code) {
  auto index = Taxonomy::Default().Find(code);
  return index.ok() ? Taxonomy::Default().risk(*index).name : code;
}

std::string CodeAndName(const std::string& code) {
  const std::string name = RiskName(code);
  return name == code ? code : absl::StrCat(code, " ", name);
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace lanjie::report
