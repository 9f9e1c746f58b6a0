// Features of the stacked refusal model (lanjie/eval/refusal_model.h), shared
// by inference (refusal_model.cc) and training (refusal_model_train.cc) so
// the two can never disagree.
//
// Thread safety: ExtractFeatures writes only into the FeatureList it is
// given. Cost: linear in the first kMaxFeatureBytes of the answer plus the
// question (one hash and, with keep_slots, one bit probe per text feature);
// the list's vectors are reused, so a thread-local list allocates nothing
// after warm-up. Feature ids must never change without retraining the
// model: tests/eval/refusal_model_features_test.cc pins them.
#ifndef LANJIE_EVAL_REFUSAL_MODEL_FEATURES_H_
#define LANJIE_EVAL_REFUSAL_MODEL_FEATURES_H_

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lanjie/eval/refusal.h"
#include "refusal_text.h"

namespace lanjie::refusal_model {

constexpr size_t kMaxFeatureBytes = 8192;  // answers are featurized on their first 8 KB
constexpr uint32_t kEdgeChars = 48;        // head and tail windows, in characters

// Feature families (RefusalModel::features is a mask of them; the names are
// those of kFamilyNames, as the model file's `features` line writes them).
enum Family : uint32_t {
  kFamUni = 1u << 0,     // Chinese character unigrams
  kFamBi = 1u << 1,      // Chinese character bigrams
  kFamTri = 1u << 2,     // Chinese character trigrams
  kFamWord = 1u << 3,    // English words
  kFamWordBi = 1u << 4,  // English word bigrams
  kFamEdges = 1u << 5,   // the text features again for the head and tail windows
  kFamLen = 1u << 6,     // the answer's length bucket (alone)
  kFamLines = 1u << 7,   // line count bucket
  kFamList = 1u << 8,    // list items bucket, code fence
  kFamFollow = 1u << 9,  // what follows the rules' deciding clause, by the rules' label
  kFamLenRules = 1u << 10,  // the length bucket with the rules' label
  kFamEdgeUni = 1u << 11,   // Chinese character unigrams in the head and tail windows only
  kFamQText = 1u << 12,     // the question's own Han bigrams and English words (what kind of request)
  kFamAgree = 1u << 13,     // question-answer agreement: does the answer's body deliver what is asked
  kFamQScale = 1u << 14,    // with qtext: the question's keys count 1/sqrt(their number) each, one unit together
};
// The families of format-1 model files (before the `features` line).
constexpr uint32_t kFamiliesV1 = kFamUni | kFamBi | kFamTri | kFamWord | kFamWordBi | kFamEdges | kFamLen |
                                 kFamLines | kFamList;
constexpr const char* kFamilyNames[] = {"uni", "bi", "tri", "word", "wordbi", "edges",
                                        "len", "lines", "list", "follow", "len_rules", "edge_uni", "qtext", "agree", "qscale"};

struct FeatureSettings {
  bool rule_features = true;
  bool question_features = true;
  uint32_t families = kFamiliesV1;
  // Text features count 1/sqrt(max(count, floor)): a floor keeps the few
  // n-grams of a short answer from weighing as much as a long answer's many.
  uint32_t text_scale_floor = 0;
};

inline double TextScale(size_t count, uint32_t floor) {
  const size_t c = count < floor ? floor : count;
  return c == 0 ? 0 : 1.0 / std::sqrt(static_cast<double>(c));
}

struct TextFeature {
  uint64_t hash;
  uint32_t begin, end;  // byte span in the answer (for Explain)
};

// A named indicator; its name is the concatenation of `parts` (views into
// static strings or the rules' verdict: valid while that verdict lives).
struct DenseFeature {
  uint64_t hash;
  std::string_view parts[4];
  float value = 1.0f;  // the feature's value (1; the question's keys under qscale: 1/sqrt(their count))
  std::string Name() const;
};

using CodePoints = std::vector<uint32_t, refusal::NoInitAllocator<uint32_t>>;  // code points or their byte offsets

struct FeatureList {
  // Set before ExtractFeatures to keep only the text features whose slot (of
  // 2^keep_bits) has its bit set in keep_slots (a model's nonzero weights):
  // the others weigh 0 and are only counted. Null (the default, as training
  // needs), or keep_bits over 29: every text feature is kept.
  const uint64_t* keep_slots = nullptr;
  int keep_bits = 0;
  // Set before ExtractFeatures to the rules' decoding of the same answer
  // (RefusalJudge keeps it for the stacked judge): its code points are read
  // instead of decoding the answer again when they are the same ones (no
  // preamble skipped, no byte dropped, the same bytes covered). Null: decode.
  const refusal::DecodedAnswer* decoded = nullptr;
  std::vector<TextFeature> text;  // the kept text features, in extraction order
  size_t text_count = 0;  // all text features, kept or not; each counts TextScale(text_count, floor)
  std::vector<DenseFeature> dense;  // each counts 1
  // scratch
  CodePoints cps, offsets, qcps, qoffsets;
  std::vector<uint64_t> question_keys;
  std::vector<uint8_t> found, body_found;
  std::string lower;  // the question's first bytes, ASCII lowercased (family agree)
  bool have_question_keys = false;  // question_keys holds the question's sorted keys
  void Clear();
};

void ExtractFeatures(std::string_view answer, std::string_view question, const RefusalVerdict& rules,
                     const FeatureSettings& settings, FeatureList* out);

// Appends `v` as absl::StrFormat("%.2f") writes it ("%+.2f" with `plus`),
// for the model's reasons: std::to_chars with a precision rounds the exact
// value as printf does, at a fraction of StrFormat's cost. Thread-safe;
// never fails (a conversion to_chars cannot make falls back to StrFormat).
void AppendFixed2(std::string* out, double v, bool plus = false);

// The slot of a feature hash in a table of 2^bits weights.
inline uint32_t Slot(uint64_t hash, int bits) { return static_cast<uint32_t>(hash >> (64 - bits)); }

}  // namespace lanjie::refusal_model

#endif  // LANJIE_EVAL_REFUSAL_MODEL_FEATURES_H_
