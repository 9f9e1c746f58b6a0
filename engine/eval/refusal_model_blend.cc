// BlendRefusalModels (lanjie/eval/refusal_model_train.h): two stacked
// refusal models mixed slot by slot into one.
#include <cmath>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "lanjie/eval/refusal_model.h"
#include "lanjie/eval/refusal_model_train.h"

namespace lanjie {
namespace {

// The first setting the two parts differ in ("" when none): a blend of
// models that read different features would mix unrelated slots.
std::string FirstDifference(const RefusalModel& a, const RefusalModel& b) {
  if (a.hash_bits != b.hash_bits || a.weights.size() != b.weights.size()) return "hash_bits";
  if (a.features != b.features) return "features";
  if (a.rule_features != b.rule_features) return "rule_features";
  if (a.question_features != b.question_features) return "question_features";
  if (a.text_scale_floor != b.text_scale_floor) return "text_scale_floor";
  if (a.rules_decide != b.rules_decide) return "rules_decide";
  return "";
}

}  // namespace

absl::StatusOr<RefusalModel> BlendRefusalModels(const RefusalModel& a, const RefusalModel& b, double weight_a,
                                                double band_low, double band_high, const std::string& comment) {
  if (!(weight_a >= 0 && weight_a <= 1))
    return absl::InvalidArgumentError(absl::StrCat("blend weight ", weight_a, " is outside [0, 1]"));
  if (!(band_low >= 0 && band_low <= 0.5 && band_high >= 0.5 && band_high <= 1))
    return absl::InvalidArgumentError(
        absl::StrCat("blend band ", band_low, "-", band_high, " must satisfy 0 <= low <= 0.5 <= high <= 1"));
  if (const std::string differs = FirstDifference(a, b); !differs.empty())
    return absl::InvalidArgumentError(
        absl::StrCat("the two models differ in ", differs, ": only models of the same settings can be blended"));
  RefusalModel blend = a;
  const double weight_b = 1 - weight_a;
  for (size_t i = 0; i < blend.weights.size(); ++i)
    blend.weights[i] = static_cast<float>(weight_a * a.weights[i] + weight_b * b.weights[i]);
  blend.bias = static_cast<float>(weight_a * a.bias + weight_b * b.bias);
  blend.band_low = band_low;
  blend.band_high = band_high;
  blend.comment = comment;
  return blend;
}

}  // namespace lanjie
