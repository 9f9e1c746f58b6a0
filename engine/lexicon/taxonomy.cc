#include "lanjie/lexicon/taxonomy.h"

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/sv.h"

namespace lanjie {

std::string CanonicalRiskCode(std::string_view code) {
  // Keep letters and digits only (ASCII, or full-width folded to ASCII).
  std::string t;
  for (size_t i = 0; i < code.size();) {
    unsigned char b = static_cast<unsigned char>(code[i]);
    if (b == 0xEF && i + 2 < code.size()) {  // U+FF01..U+FF5E full-width ASCII
      unsigned c = ((b & 0x0F) << 12) | ((code[i + 1] & 0x3F) << 6) | (code[i + 2] & 0x3F);
      if (c >= 0xFF01 && c <= 0xFF5E) b = static_cast<unsigned char>(c - 0xFF01 + 0x21);
      i += 3;
    } else {
      ++i;
    }
    if (absl::ascii_isalnum(b)) t.push_back(static_cast<char>(b));
  }
  // Expect: letter, digits, letter.
  if (t.size() < 3 || !absl::ascii_isalpha(t[0]) || !absl::ascii_isalpha(t.back())) return "";
  for (size_t i = 1; i + 1 < t.size(); ++i)
    if (!absl::ascii_isdigit(t[i])) return "";
  return absl::StrCat(std::string(1, absl::ascii_toupper(t[0])), ".", t.substr(1, t.size() - 2), ".",
                      std::string(1, absl::ascii_tolower(t.back())));
}

absl::StatusOr<Taxonomy> Taxonomy::FromJson(std::string_view text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.contains("categories"))
    return absl::InvalidArgumentError("taxonomy: not a JSON object with \"categories\"");
  Taxonomy t;
  for (const auto& cat : j["categories"]) {
    for (const auto& r : cat.value("risks", nlohmann::json::array())) {
      Risk risk{CanonicalRiskCode(r.value("code", "")), r.value("name", ""), cat.value("code", ""),
                cat.value("name", "")};
      if (risk.code.empty())
        return absl::InvalidArgumentError(absl::StrCat("taxonomy: bad risk code ", r.dump()));
      t.risks_.push_back(std::move(risk));
    }
  }
  if (t.risks_.empty()) return absl::InvalidArgumentError("taxonomy: no risks");
  return t;
}

const Taxonomy& Taxonomy::Default() {
  static const Taxonomy* t = [] {
    auto parsed = FromJson(EmbeddedFile("taxonomy.json"));
    return new Taxonomy(parsed.ok() ? *std::move(parsed) : Taxonomy());
  }();
  return *t;
}

absl::StatusOr<int> Taxonomy::Find(std::string_view code) const {
  const std::string canon = CanonicalRiskCode(code);
  for (size_t i = 0; i < risks_.size(); ++i)
    if (!canon.empty() && risks_[i].code == canon) return static_cast<int>(i);
  return absl::NotFoundError(absl::StrCat("unknown risk code '", Av(code), "' (expected one of A.1.a … A.5.b)"));
}

}  // namespace lanjie
