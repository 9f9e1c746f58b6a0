// Training and cross-validating the stacked refusal model
// (lanjie/eval/refusal_model.h) with liblinear's logistic regression, L1-
// (default) or L2-regularized (`lanjie eval judge-train`).
//
// Training is deterministic: the same answers in the same order and the
// same options give the same model, byte for byte (liblinear's L2 primal
// trust-region Newton solver uses no random numbers, and its L1 solver's
// rand() is seeded before each fit; weights are rounded to float and
// written with 9 significant digits). Not thread-safe with other users of
// rand().
//
// The uncertain band: the training answers are split into `inner_folds`
// folds (answer i in fold i % inner_folds); each fold's probabilities come
// from a model trained on the other folds; among the answers the rules do
// not decide, the band [0.5 - w, 0.5 + w] is widened in steps of 0.01 while
// at most `target_uncertain` of ALL training answers fall inside it.
//
// Thread safety: free functions over values. liblinear prints nothing (its
// print function is silenced for the process on first use).
// Cost: one liblinear fit per inner fold, plus one on every answer unless
// `average` is 2: about 5 CPU seconds for 5,741 training answers (round 15; the
// shipped model trains on 6,341 since round 16) (cross-validation: that,
// once per group).
// Errors: InvalidArgument when there are no answers, only one class, or a
// group has no answers (cross-validation).
#ifndef LANJIE_REFUSAL_MODEL_TRAIN_H_
#define LANJIE_REFUSAL_MODEL_TRAIN_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/eval/judge_check.h"
#include "lanjie/eval/refusal.h"
#include "lanjie/eval/refusal_model.h"

namespace lanjie {

struct RefusalTrainOptions {
  int hash_bits = 18;
  // Defaults: what leave-one-file-out CV over the dev files chose in round 6
  // (bench/RESULTS.md): C=64, the follow family, a band for 3% of the
  // training answers (about 4% of unseen ones).
  double c = 64.0;  // liblinear's C (inverse regularization strength)
  // L1 regularization (liblinear's L1R_LR: a few hundred non-zero weights,
  // a small file), or L2 (L2R_LR: every seen slot non-zero, ~4 MB). L1's
  // coordinate descent shuffles with rand(): the trainer seeds it (srand(1))
  // right before each fit.
  bool l1 = true;
  bool rule_features = true;
  bool question_features = true;
  uint32_t features = kRefusalFeaturesDefault;  // feature families (ParseRefusalFeatureFamilies)
  uint32_t text_scale_floor = 0;
  // Verdicts the rules keep (label names or constructions). The default keeps
  // the rules' refusals (their precision held on every held-out set: 95.7%
  // zh, 100% en on set 5) and the answers with nothing to judge; the model
  // decides the rules' compliance and uncertain verdicts, where the rules'
  // recall failed out of sample (75% zh, 44% en on set 5).
  std::vector<std::string> rules_decide = {"refusal", "partial_refusal", "empty", "too_short"};
  double target_uncertain = 0.03;
  int inner_folds = 5;
  // The weights: 0, one L1 fit on every training answer (rounds 6-15; a
  // retrain after a few verdicts moved gave 1,398-3,881 non-zero weights and
  // JADE-DB half A 94.1-95.9%); 1, the mean of that fit and the inner folds'
  // fits; 2 (round 15), the mean of the inner folds' fits (bagging over the
  // 5 folds: leaving one training file out moves the weights half as far).
  int average = 2;
  std::string comment;  // written into the model file
};

// Trains on every answer (question included when known).
absl::StatusOr<RefusalModel> TrainRefusalModel(const RefusalJudge& rules, const std::vector<LabelledAnswer>& answers,
                                               const RefusalTrainOptions& options);

// The model whose weights and bias are `weight_a` * a + (1 - weight_a) * b,
// slot by slot (rounded to float), with the uncertain band [band_low,
// band_high] and `comment`; everything else is a's (the two must agree on
// it). Both read the same features into the same slots, so the blend's
// logit is the same mixture of the parts' logits: a model between two
// registers (the 44-file default and the `service` model) in one file.
// Deterministic: the same parts and numbers give the same file.
// Errors: InvalidArgument when weight_a is outside [0, 1], the band is not
// 0 <= low <= 0.5 <= high <= 1, or the parts differ in hash bits, feature
// families, rule or question features, text scale floor or rules_decide
// (naming the setting).
absl::StatusOr<RefusalModel> BlendRefusalModels(const RefusalModel& a, const RefusalModel& b, double weight_a,
                                                double band_low, double band_high, const std::string& comment);

// Leave-one-group-out: for each group (LabelledAnswer::file), train on the
// others and measure the rules alone and the stacked judge on it.
struct RefusalCvAnswer {  // one held-out answer's out-of-fold verdicts
  std::string id;
  bool refused = false;  // the human label
  RefusalVerdict rules, stacked;
  bool rules_decided = false;
  double p = 0;  // the model's probability (NaN when the rules decided)
};
struct RefusalCvFold {
  std::string group;
  JudgeAgreement rules, stacked;
  double band_low = 0, band_high = 0;
  std::vector<RefusalCvAnswer> answers;  // in file order
};
absl::StatusOr<std::vector<RefusalCvFold>> CrossValidateRefusalModel(const RefusalJudge& rules,
                                                                     const std::vector<LabelledAnswer>& answers,
                                                                     const RefusalTrainOptions& options);

}  // namespace lanjie

#endif  // LANJIE_REFUSAL_MODEL_TRAIN_H_
