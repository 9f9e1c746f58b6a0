// The risk taxonomy of TC260-003 / GB/T 45654-2025 Appendix A: 5 categories,
// 31 risks. Loaded from data/taxonomy.json (compiled in as the default).
#ifndef LANJIE_TAXONOMY_H_
#define LANJIE_TAXONOMY_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

struct LANJIE_EXPORT Risk {
  std::string code;           // canonical, e.g. "A.1.f"
  std::string name;           // e.g. "宣扬暴力、淫秽色情"
  std::string category_code;  // e.g. "A.1"
  std::string category_name;
};

class LANJIE_EXPORT Taxonomy {
 public:
  // The taxonomy compiled into the library from data/taxonomy.json.
  static const Taxonomy& Default();
  static absl::StatusOr<Taxonomy> FromJson(std::string_view json);

  // Accepts "A.1.f", "A.1 f)", "A.1f", "A1f", "a.1.F", full-width letters and
  // brackets; returns the index of the risk. Unknown codes are errors.
  absl::StatusOr<int> Find(std::string_view code) const;
  const Risk& risk(int index) const { return risks_[index]; }
  const std::vector<Risk>& risks() const { return risks_; }

 private:
  std::vector<Risk> risks_;
};

// Canonical spelling ("A.1.f") of a code in any accepted form, or "" if the
// text does not look like a risk code at all.
LANJIE_EXPORT std::string CanonicalRiskCode(std::string_view code);

}  // namespace lanjie

#endif  // LANJIE_TAXONOMY_H_
