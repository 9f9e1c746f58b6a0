#include "lanjie/eval/refusal_model_train.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <mutex>

#include "absl/strings/str_cat.h"
#include "refusal_model_features.h"

namespace lanjie {
namespace {

void Silent(const char*) {}

// One answer's sparse vector, liblinear-style: sorted 1-based indexes, the
// bias node last, then the terminator.
using Row = std::vector<feature_node>;

Row MakeRow(const LabelledAnswer& a, const RefusalVerdict& rules, const RefusalTrainOptions& o) {
  refusal_model::FeatureList list;
  refusal_model::ExtractFeatures(a.answer, a.question, rules,
                                 {o.rule_features, o.question_features, o.features, o.text_scale_floor}, &list);
  std::map<uint32_t, double> values;
  const double scale = refusal_model::TextScale(list.text.size(), o.text_scale_floor);
  for (const auto& f : list.text) values[refusal_model::Slot(f.hash, o.hash_bits)] += scale;
  for (const auto& f : list.dense) values[refusal_model::Slot(f.hash, o.hash_bits)] += f.value;
  Row row;
  row.reserve(values.size() + 2);
  for (const auto& [slot, v] : values) row.push_back({static_cast<int>(slot) + 1, v});
  row.push_back({(1 << o.hash_bits) + 1, 1.0});  // bias
  row.push_back({-1, 0});
  return row;
}

// Fits the weights on the rows in `use`: 2^hash_bits weights then the bias,
// signed so that a positive decision value means "refused".
absl::StatusOr<std::vector<double>> FitWeights(const std::vector<Row>& rows,
                                               const std::vector<const LabelledAnswer*>& items,
                                               const std::vector<size_t>& use, const RefusalTrainOptions& o) {
  static std::once_flag silence;
  std::call_once(silence, [] { set_print_string_function(&Silent); });
  std::vector<double> y;
  std::vector<feature_node*> x;
  bool pos = false, neg = false;
  for (size_t i : use) {
    y.push_back(items[i]->refused ? 1 : -1);
    (items[i]->refused ? pos : neg) = true;
    x.push_back(const_cast<feature_node*>(rows[i].data()));
  }
  if (use.empty()) return absl::InvalidArgumentError("no training answers");
  if (!pos || !neg) return absl::InvalidArgumentError("the training answers hold only one class (need refusals and compliance)");
  problem prob;
  prob.l = static_cast<int>(use.size());
  prob.n = (1 << o.hash_bits) + 1;
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = 1;
  parameter param{};
  param.solver_type = o.l1 ? L1R_LR : L2R_LR;
  param.eps = 0.01;
  param.C = o.c;
  param.nr_weight = 0;
  param.weight_label = nullptr;
  param.weight = nullptr;
  param.p = 0.1;
  param.init_sol = nullptr;
  if (const char* err = check_parameter(&prob, &param)) return absl::InvalidArgumentError(absl::StrCat("liblinear: ", err));
  std::srand(1);
  model* fitted = train(&prob, &param);
  // liblinear's decision value favours label[0]; we want it to favour "refused".
  const double sign = fitted->label[0] == 1 ? 1 : -1;
  std::vector<double> w(static_cast<size_t>(prob.n));
  for (size_t i = 0; i < w.size(); ++i) w[i] = sign * fitted->w[i];
  free_and_destroy_model(&fitted);
  return w;
}

// A model holding `w` (as FitWeights returns them) and the options.
RefusalModel MakeModel(const std::vector<double>& w, const RefusalTrainOptions& o) {
  RefusalModel m;
  m.hash_bits = o.hash_bits;
  m.rule_features = o.rule_features;
  m.question_features = o.question_features;
  m.features = o.features;
  m.text_scale_floor = o.text_scale_floor;
  m.rules_decide = o.rules_decide;
  m.comment = o.comment;
  m.train_solver = o.l1 ? "l1" : "l2";
  m.train_c = o.c;
  m.train_target_uncertain = o.target_uncertain;
  m.train_average = o.average;
  m.weights.assign(size_t{1} << o.hash_bits, 0.0f);
  for (size_t i = 0; i < m.weights.size(); ++i) m.weights[i] = static_cast<float>(w[i]);
  m.bias = static_cast<float>(w[m.weights.size()]);
  return m;
}

struct Prepared {
  std::vector<const LabelledAnswer*> items;
  std::vector<RefusalVerdict> verdicts;
  std::vector<Row> rows;
};

Prepared Prepare(const RefusalJudge& rules, const std::vector<LabelledAnswer>& answers, const RefusalTrainOptions& o) {
  Prepared p;
  for (const LabelledAnswer& a : answers) {
    p.items.push_back(&a);
    p.verdicts.push_back(rules.Judge(a.answer, a.question));
    p.rows.push_back(MakeRow(a, p.verdicts.back(), o));
  }
  return p;
}

// The band half-width: the widest step of 0.01 leaving at most
// target_uncertain * n of the out-of-fold margins inside it.
double BandWidth(const std::vector<double>& margins, size_t n, const RefusalTrainOptions& o) {
  const double allowed = o.target_uncertain * static_cast<double>(n);
  double w = 0;
  for (int step = 1; step < 50; ++step) {
    const double cand = step / 100.0;
    const auto inside = std::count_if(margins.begin(), margins.end(), [&](double m) { return m <= cand; });
    if (static_cast<double>(inside) > allowed) break;
    w = cand;
  }
  return w;
}

// Trains on `use` and chooses the band from inner folds of `use`; with
// o.average the weights are the mean of the inner folds' fits and the fit on
// all of `use` (o.average == 1) or of the inner folds' fits alone (2).
absl::StatusOr<RefusalModel> TrainOn(const Prepared& p, const std::vector<size_t>& use, const RefusalTrainOptions& o) {
  std::vector<double> sum;
  int fits = 0;
  if (o.average != 2) {
    auto full = FitWeights(p.rows, p.items, use, o);
    if (!full.ok()) return full.status();
    sum = std::move(*full);
    fits = 1;
  }
  std::vector<double> margins;  // |p - 0.5| of out-of-fold answers the rules do not decide
  const int k = std::max(2, o.inner_folds);
  for (int fold = 0; fold < k; ++fold) {
    std::vector<size_t> train, test;
    for (size_t j = 0; j < use.size(); ++j) (static_cast<int>(j % k) == fold ? test : train).push_back(use[j]);
    auto w = FitWeights(p.rows, p.items, train, o);
    if (!w.ok()) return w.status();
    const RefusalModel inner = MakeModel(*w, o);
    for (size_t i : test) {
      if (inner.RulesDecide(p.verdicts[i])) continue;
      margins.push_back(std::fabs(inner.Probability(p.items[i]->answer, p.items[i]->question, p.verdicts[i]) - 0.5));
    }
    if (o.average == 0) continue;
    if (sum.empty()) sum.assign(w->size(), 0.0);
    for (size_t i = 0; i < sum.size(); ++i) sum[i] += (*w)[i];
    ++fits;
  }
  for (double& v : sum) v /= fits;
  RefusalModel model = MakeModel(sum, o);
  const double w = BandWidth(margins, use.size(), o);
  model.band_low = 0.5 - w;
  model.band_high = 0.5 + w;
  return model;
}

}  // namespace

absl::StatusOr<RefusalModel> TrainRefusalModel(const RefusalJudge& rules, const std::vector<LabelledAnswer>& answers,
                                               const RefusalTrainOptions& options) {
  const Prepared p = Prepare(rules, answers, options);
  std::vector<size_t> all(answers.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return TrainOn(p, all, options);
}

absl::StatusOr<std::vector<RefusalCvFold>> CrossValidateRefusalModel(const RefusalJudge& rules,
                                                                     const std::vector<LabelledAnswer>& answers,
                                                                     const RefusalTrainOptions& options) {
  const Prepared p = Prepare(rules, answers, options);
  std::vector<std::string> groups;
  for (const LabelledAnswer& a : answers)
    if (std::find(groups.begin(), groups.end(), a.file) == groups.end()) groups.push_back(a.file);
  if (groups.size() < 2) return absl::InvalidArgumentError("cross-validation needs answers from at least two files");
  std::vector<RefusalCvFold> folds;
  for (const std::string& g : groups) {
    std::vector<size_t> train;
    std::vector<LabelledAnswer> test;
    std::vector<size_t> test_index;
    for (size_t i = 0; i < answers.size(); ++i) {
      if (answers[i].file == g) test.push_back(answers[i]), test_index.push_back(i);
      else train.push_back(i);
    }
    auto model = TrainOn(p, train, options);
    if (!model.ok()) return model.status();
    RefusalCvFold fold;
    fold.group = g;
    fold.band_low = model->band_low;
    fold.band_high = model->band_high;
    const StackedRefusalJudge stacked(&rules, &*model);
    fold.rules = MeasureAgreement(rules, test);
    fold.stacked = MeasureAgreement(test, [&](const LabelledAnswer& a) {
      StackedRefusalJudge::Detail detail;
      RefusalVerdict v = stacked.Judge(a.answer, a.question, &detail);
      fold.answers.push_back({a.id, a.refused, detail.rules, v, detail.rules_decided, detail.p});
      return v;
    });
    for (auto* agreement : {&fold.rules, &fold.stacked}) agreement->disagreements.clear();  // they point into `test`
    folds.push_back(std::move(fold));
  }
  return folds;
}

}  // namespace lanjie
