#include "lanjie/lexicon/category_map.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "lanjie/common/text_io.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {

std::string CategoryMap::Key(std::string_view category) {
  std::string s;
  for (char c : category)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') s.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  for (std::string_view ext : {".txt", ".csv", ".tsv", ".xlsx", ".text", ".dic"})
    if (absl::EndsWith(s, Av(ext)) && s.size() > ext.size()) s.resize(s.size() - ext.size());
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (std::string_view suffix : {"词库", "类型", "词表", "类"}) {
      if (s.size() > suffix.size() && absl::EndsWith(s, Av(suffix))) {
        s.resize(s.size() - suffix.size());
        stripped = true;
      }
    }
  }
  return s;
}

const CategoryMap& CategoryMap::Defaults() {
  static const CategoryMap* map = [] {
    auto* m = new CategoryMap();
    // The embedded file is part of the build; a parse error is a build bug
    // caught by the tests, so it is not reported here.
    (void)m->Merge(EmbeddedFile("category_map.tsv"), "data/category_map.tsv");
    return m;
  }();
  return *map;
}

absl::Status CategoryMap::Merge(std::string_view text, std::string_view name) {
  text = WithoutUtf8Bom(text);
  const Taxonomy& taxonomy = Taxonomy::Default();
  std::vector<std::string> errors;
  ForEachLine(text, [&](uint32_t line, std::string_view raw) {
    std::string_view s = Sv(absl::StripAsciiWhitespace(Av(raw)));
    if (s.empty() || s[0] == '#') return;
    size_t sep = s.find_last_of(" \t");
    if (sep == std::string_view::npos) {
      errors.push_back(absl::StrCat(Av(name), ":", line, ": expected 'category<TAB>risk'"));
      return;
    }
    std::string category(absl::StripAsciiWhitespace(Av(s.substr(0, sep))));
    std::string risk(absl::StripAsciiWhitespace(Av(s.substr(sep + 1))));
    if (risk != "-") {
      auto idx = taxonomy.Find(risk);
      if (!idx.ok()) {
        errors.push_back(absl::StrCat(Av(name), ":", line, ": category '", category, "': ", idx.status().message()));
        return;
      }
      risk = taxonomy.risk(*idx).code;
    }
    map_[Key(category)] = risk;
  });
  if (!errors.empty()) return absl::InvalidArgumentError(absl::StrJoin(errors, "\n"));
  return absl::OkStatus();
}

absl::Status CategoryMap::MergeFile(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Merge(*text, path);
}

std::optional<std::string> CategoryMap::Find(std::string_view category) const {
  auto it = map_.find(Key(category));
  if (it != map_.end()) return it->second;
  const Taxonomy& taxonomy = Taxonomy::Default();
  std::string_view trimmed = Sv(absl::StripAsciiWhitespace(Av(category)));
  if (!CanonicalRiskCode(trimmed).empty()) {
    if (auto idx = taxonomy.Find(trimmed); idx.ok()) return taxonomy.risk(*idx).code;
  }
  for (const Risk& r : taxonomy.risks())
    if (r.name == trimmed) return r.code;
  return std::nullopt;
}

}  // namespace lanjie
