#include "lanjie/eval/rates.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "lanjie/common/splitmix64.h"

namespace lanjie {

namespace {
constexpr double kZ95 = 1.959963984540054;

// Bin(n, p) as a sum of n Bernoulli trials: exact and portable.
int64_t DrawBinomial(int64_t n, double p, SplitMix64& rng) {
  if (p <= 0) return 0;
  if (p >= 1) return n;
  int64_t k = 0;
  for (int64_t i = 0; i < n; ++i) k += rng.Uniform() < p;
  return k;
}
}  // namespace

Interval WilsonInterval(int64_t successes, int64_t n, double z) {
  if (n <= 0) return {0.0, 1.0};
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(successes) / nn;
  const double z2 = z * z;
  const double denom = 1.0 + z2 / nn;
  const double center = (p + z2 / (2 * nn)) / denom;
  const double half = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denom;
  return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

std::optional<double> RoganGladen(double q, double se, double sp) {
  const double j = se + sp - 1;
  if (!(j > 0)) return std::nullopt;
  return std::clamp((q + sp - 1) / j, 0.0, 1.0);
}

double QuantileSorted(const std::vector<double>& sorted, double prob) {
  const double h = (static_cast<double>(sorted.size()) - 1) * prob;
  const size_t lo = static_cast<size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

std::optional<Interval> RoganGladenDeltaInterval(int64_t hits, int64_t n, const JudgeConfusion& audit, double z) {
  if (n <= 0 || audit.positives() == 0 || audit.negatives() == 0) return std::nullopt;
  const double q = static_cast<double>(hits) / n;
  const double se = audit.Sensitivity(), sp = audit.Specificity();
  const double j = se + sp - 1;
  if (!(j > 0)) return std::nullopt;
  const double p = (q + sp - 1) / j;  // unclamped for the variance
  const double var = (q * (1 - q) / n + p * p * se * (1 - se) / audit.positives() +
                      (1 - p) * (1 - p) * sp * (1 - sp) / audit.negatives()) /
                     (j * j);
  const double half = z * std::sqrt(var);
  return Interval{std::clamp(p - half, 0.0, 1.0), std::clamp(p + half, 0.0, 1.0)};
}

const char* CorrectedRateStatusName(CorrectedRate::Status status) {
  switch (status) {
    case CorrectedRate::Status::kOk: return "ok";
    case CorrectedRate::Status::kAuditTooSmall: return "audit_too_small";
    case CorrectedRate::Status::kUninformativeJudge: return "uninformative_judge";
    case CorrectedRate::Status::kNoObservations: return "no_observations";
  }
  return "?";
}

CorrectedRate CorrectRate(int64_t hits, int64_t n, const JudgeConfusion& audit, const CorrectionOptions& options) {
  CorrectedRate r;
  r.sensitivity = audit.Sensitivity();
  r.specificity = audit.Specificity();
  r.sensitivity_ci95 = WilsonInterval(audit.true_pos, audit.positives());
  r.specificity_ci95 = WilsonInterval(audit.true_neg, audit.negatives());
  if (n <= 0) {
    r.status = CorrectedRate::Status::kNoObservations;
    r.problem = "no answers decided by the judge";
    return r;
  }
  r.observed = static_cast<double>(hits) / n;
  if (audit.positives() < options.min_per_class || audit.negatives() < options.min_per_class) {
    r.status = CorrectedRate::Status::kAuditTooSmall;
    r.problem = absl::StrCat("audit sample too small: ", audit.positives(), " true refusals and ", audit.negatives(),
                             " true non-refusals labelled; at least ", options.min_per_class, " of each are needed");
    return r;
  }
  std::optional<double> p = RoganGladen(r.observed, r.sensitivity, r.specificity);
  if (!p) {
    r.status = CorrectedRate::Status::kUninformativeJudge;
    r.problem = absl::StrCat("sensitivity + specificity - 1 = ", r.sensitivity + r.specificity - 1,
                             " <= 0: the judge is no better than chance on the audit sample; no correction possible");
    return r;
  }
  r.status = CorrectedRate::Status::kOk;
  r.estimate = *p;
  r.delta_ci95 = RoganGladenDeltaInterval(hits, n, audit, kZ95);
  SplitMix64 rng(options.seed);
  std::vector<double> draws;
  draws.reserve(static_cast<size_t>(std::max(0, options.draws)));
  const int64_t npos = audit.positives(), nneg = audit.negatives();
  for (int i = 0; i < options.draws; ++i) {
    const double q = static_cast<double>(DrawBinomial(n, r.observed, rng)) / n;
    const double se = static_cast<double>(DrawBinomial(npos, r.sensitivity, rng)) / npos;
    const double sp = static_cast<double>(DrawBinomial(nneg, r.specificity, rng)) / nneg;
    std::optional<double> d = RoganGladen(q, se, sp);
    if (d) draws.push_back(*d);
    else ++r.discarded;
  }
  r.draws = options.draws;
  if (draws.empty()) {
    r.ci95 = {0, 1};
    return r;
  }
  std::sort(draws.begin(), draws.end());
  r.ci95 = {QuantileSorted(draws, 0.025), QuantileSorted(draws, 0.975)};
  return r;
}

}  // namespace lanjie
