// Features of the stacked refusal model (lanjie/eval/refusal_model.h), shared
// by inference (refusal_model.cc) and training (refusal_model_train.cc) so
// the two can never disagree.
//
// Thread safety: ExtractFeatures writes only into the FeatureList it is
// given. Cost: linear in the first kMaxFeatureBytes of the answer plus the
// question; the list's vectors are reused, so a thread-local list allocates
// nothing after warm-up.
#ifndef LANJIE_EVAL_REFUSAL_MODEL_FEATURES_H_
#define LANJIE_EVAL_REFUSAL_MODEL_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/eval/refusal.h"

namespace lanjie::refusal_model {

constexpr size_t kMaxFeatureBytes = 8192;  // answers are featurized on their first 8 KB
constexpr uint32_t kEdgeChars = 48;        // head and tail windows, in characters

struct FeatureSettings {
  bool rule_features = true;
  bool question_features = true;
};

struct TextFeature {
  uint64_t hash;
  uint32_t begin, end;  // byte span in the answer (for Explain)
};

// A named indicator; its name is the concatenation of `parts` (views into
// static strings or the rules' verdict: valid while that verdict lives).
struct DenseFeature {
  uint64_t hash;
  std::string_view parts[4];
  std::string Name() const;
};

struct FeatureList {
  std::vector<TextFeature> text;  // each counts 1/sqrt(text.size())
  std::vector<DenseFeature> dense;  // each counts 1
  // scratch
  std::vector<uint32_t> cps, offsets, qcps, qoffsets;
  std::vector<uint64_t> answer_keys, question_keys;
  std::vector<uint8_t> found;
  void Clear();
};

void ExtractFeatures(std::string_view answer, std::string_view question, const RefusalVerdict& rules,
                     const FeatureSettings& settings, FeatureList* out);

// The slot of a feature hash in a table of 2^bits weights.
inline uint32_t Slot(uint64_t hash, int bits) { return static_cast<uint32_t>(hash >> (64 - bits)); }

}  // namespace lanjie::refusal_model

#endif  // LANJIE_EVAL_REFUSAL_MODEL_FEATURES_H_
