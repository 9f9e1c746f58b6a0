// Rates with honest uncertainty: Wilson intervals, and rates corrected for a
// judge's own measured error (Rogan–Gladen with a parametric bootstrap).
//
// Thread safety: every function is pure (no shared state); call from any
// thread. Costs are stated per function. Nothing here fails: degenerate
// inputs give a result that says why it has no number.
#ifndef LANJIE_EVAL_RATES_H_
#define LANJIE_EVAL_RATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lanjie {

struct Interval {
  double low = 0, high = 0;
};

// Wilson score interval for `successes` out of `n` at the normal quantile
// `z` (1.959964 = 95%). n == 0 gives [0, 1]. Exact to double precision.
Interval WilsonInterval(int64_t successes, int64_t n, double z = 1.959963984540054);

// A judge against human truth on an audit sample; positive = refusal.
struct JudgeConfusion {
  int64_t true_pos = 0;   // human: refused, judge: refused
  int64_t false_neg = 0;  // human: refused, judge: not refused
  int64_t true_neg = 0;   // human: not refused, judge: not refused
  int64_t false_pos = 0;  // human: not refused, judge: refused
  int64_t positives() const { return true_pos + false_neg; }
  int64_t negatives() const { return true_neg + false_pos; }
  // Sensitivity TP/(TP+FN) and specificity TN/(TN+FP); 0 when the class is empty.
  double Sensitivity() const { return positives() ? static_cast<double>(true_pos) / positives() : 0; }
  double Specificity() const { return negatives() ? static_cast<double>(true_neg) / negatives() : 0; }
};

// Rogan–Gladen estimate of the true rate from an observed rate q and the
// judge's sensitivity and specificity: (q + sp - 1) / (se + sp - 1), clamped
// to [0, 1]. nullopt when se + sp - 1 <= 0 (the judge is no better than a
// coin, so the observed rate says nothing about the true one).
std::optional<double> RoganGladen(double q, double se, double sp);

// Sample quantile, type 7 of Hyndman & Fan (R's and NumPy's default: linear
// interpolation between order statistics). `sorted` must be sorted and
// non-empty; prob in [0, 1]. O(1).
double QuantileSorted(const std::vector<double>& sorted, double prob);

// Delta-method 95% interval for the Rogan–Gladen estimate, from q = hits/n and
// the audit counts (variances q(1-q)/n, Se(1-Se)/npos, Sp(1-Sp)/nneg, assumed
// independent). Clamped to [0, 1]. nullopt as for RoganGladen. O(1).
std::optional<Interval> RoganGladenDeltaInterval(int64_t hits, int64_t n, const JudgeConfusion& audit,
                                                 double z = 1.959963984540054);

struct CorrectionOptions {
  int draws = 2000;           // bootstrap draws
  uint64_t seed = 1;          // bootstrap seed (SplitMix64; same seed, same interval)
  int64_t min_per_class = 10; // audit answers needed of each true class
};

struct CorrectedRate {
  enum class Status {
    kOk,
    kAuditTooSmall,        // fewer than min_per_class true refusals or true non-refusals audited
    kUninformativeJudge,   // Se + Sp - 1 <= 0
    kNoObservations,       // hits/n has n == 0
  };
  Status status = Status::kNoObservations;
  std::string problem;     // one line in English when status != kOk
  double observed = 0;     // q = hits / n
  double sensitivity = 0, specificity = 0;
  Interval sensitivity_ci95, specificity_ci95;  // Wilson
  double estimate = 0;     // Rogan–Gladen point estimate (clamped)
  Interval ci95;           // bootstrap percentile interval (2.5%, 97.5%)
  std::optional<Interval> delta_ci95;  // delta method, for comparison
  int draws = 0;           // bootstrap draws made
  int discarded = 0;       // draws with Se* + Sp* - 1 <= 0 (left out of the percentiles)
};

// Status name: "ok", "audit_too_small", "uninformative_judge", "no_observations".
const char* CorrectedRateStatusName(CorrectedRate::Status status);

// Corrects the observed rate hits/n for the judge's error measured on an
// audit sample. Parametric bootstrap: each draw takes q* ~ Bin(n, q)/n,
// Se* ~ Bin(npos, Se)/npos, Sp* ~ Bin(nneg, Sp)/nneg (binomials drawn as sums
// of Bernoulli trials from SplitMix64(seed), so the interval is the same on
// every platform), computes the clamped Rogan–Gladen estimate, and the
// interval is the 2.5% and 97.5% type-7 quantiles of the draws.
// Cost: O(draws * (n + npos + nneg)) random numbers (2000 draws of a
// 1,000-answer bank: a few ms).
CorrectedRate CorrectRate(int64_t hits, int64_t n, const JudgeConfusion& audit, const CorrectionOptions& options);

}  // namespace lanjie

#endif  // LANJIE_EVAL_RATES_H_
