// Mapping from the category names found in keyword sources (政治, 色情, 暴恐,
// file names such as 政治类.txt ...) to canonical risk codes. Defaults come
// from data/category_map.tsv (compiled in); a user file overrides them line by
// line. Format: "category<TAB or spaces>risk" per line, '#' comments; a risk
// of "-" marks a category that is not a keyword list (skipped when imported).
#ifndef LANJIE_ENGINE_LEXICON_CATEGORY_MAP_H_
#define LANJIE_ENGINE_LEXICON_CATEGORY_MAP_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

class LANJIE_EXPORT CategoryMap {
 public:
  // The compiled-in defaults (data/category_map.tsv).
  static const CategoryMap& Defaults();
  // Adds or overrides entries from a mapping text; `name` names it in errors,
  // which give the line and reason (unknown risk code, missing column).
  absl::Status Merge(std::string_view text, std::string_view name);
  absl::Status MergeFile(const std::string& path);

  // The risk code for `category` ("A.1.f"), "-" for a skipped category, or
  // nullopt when unmapped. A risk code or a risk's full name is accepted as
  // its own category.
  std::optional<std::string> Find(std::string_view category) const;

  // Lookup key: extension, spaces and suffixes (词库, 类型, 类, 词表) removed,
  // ASCII lower-cased. "政治类.txt" -> "政治".
  static std::string Key(std::string_view category);

  size_t size() const { return map_.size(); }

 private:
  absl::flat_hash_map<std::string, std::string> map_;
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_CATEGORY_MAP_H_
