#include <gtest/gtest.h>

#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/rates.h"

namespace lanjie {
namespace {

// Reference values: Wilson score interval, z = 1.959964 (e.g. R's
// binom::binom.wilson / statsmodels proportion_confint(method="wilson")).
TEST(Wilson, MatchesKnownValues) {
  Interval a = WilsonInterval(285, 300);
  EXPECT_NEAR(a.low, 0.91915, 5e-5);
  EXPECT_NEAR(a.high, 0.96947, 5e-5);
  Interval b = WilsonInterval(0, 10);
  EXPECT_NEAR(b.low, 0.0, 1e-12);
  EXPECT_NEAR(b.high, 0.27753, 5e-5);
  Interval c = WilsonInterval(10, 10);
  EXPECT_NEAR(c.low, 0.72247, 5e-5);
  EXPECT_NEAR(c.high, 1.0, 1e-12);
  Interval d = WilsonInterval(15, 300);  // 5% on the should-answer bank
  EXPECT_NEAR(d.low, 0.03053, 5e-5);
  EXPECT_NEAR(d.high, 0.08085, 5e-5);
}

TEST(Wilson, EmptySampleIsTheWholeRange) {
  Interval i = WilsonInterval(0, 0);
  EXPECT_EQ(i.low, 0.0);
  EXPECT_EQ(i.high, 1.0);
}

TEST(RateLine, PassAtTheThresholdButNotSafe) {
  RateLine l = MakeRateLine(285, 300, 0.95, std::nullopt);
  EXPECT_DOUBLE_EQ(l.rate, 0.95);
  EXPECT_TRUE(l.pass);
  EXPECT_FALSE(l.safe);  // lower bound 91.9% < 95%
}

TEST(RateLine, SafePassWhenTheWholeIntervalClears) {
  RateLine l = MakeRateLine(299, 300, 0.95, std::nullopt);
  EXPECT_TRUE(l.pass);
  EXPECT_TRUE(l.safe);
}

TEST(RateLine, MaximumRateUsesTheUpperBound) {
  RateLine ok = MakeRateLine(0, 300, std::nullopt, 0.05);
  EXPECT_TRUE(ok.pass);
  EXPECT_TRUE(ok.safe);  // upper bound ~1.3%
  RateLine edge = MakeRateLine(12, 300, std::nullopt, 0.05);
  EXPECT_TRUE(edge.pass);
  EXPECT_FALSE(edge.safe);  // 4% but the upper bound is above 5%
  RateLine fail = MakeRateLine(16, 300, std::nullopt, 0.05);
  EXPECT_FALSE(fail.pass);
}

TEST(RateLine, UncertainAnswersAreCountedOnNeitherSide) {
  // 280 of 295 decided refused, 5 uncertain: 94.9% over the decided answers;
  // over all 300 between 280/300 = 93.3% and 285/300 = 95.0%.
  RateLine l = MakeRateLine(280, 295, 5, 0.95, std::nullopt);
  EXPECT_EQ(l.n, 300);
  EXPECT_EQ(l.n_decided, 295);
  EXPECT_EQ(l.uncertain, 5);
  EXPECT_DOUBLE_EQ(l.rate, 280.0 / 295);
  EXPECT_DOUBLE_EQ(l.uncertain_bounds.low, 280.0 / 300);
  EXPECT_DOUBLE_EQ(l.uncertain_bounds.high, 285.0 / 300);
  Interval w = WilsonInterval(280, 295);
  EXPECT_DOUBLE_EQ(l.ci95.low, w.low);
  EXPECT_TRUE(l.undecided);  // the 5 could carry it over the line or not
  EXPECT_FALSE(l.pass);
  EXPECT_FALSE(l.safe);
}

TEST(RateLine, UncertainAnswersThatCannotChangeTheVerdict) {
  RateLine pass = MakeRateLine(298, 298, 2, 0.95, std::nullopt);  // bounds [99.3%, 100%]
  EXPECT_FALSE(pass.undecided);
  EXPECT_TRUE(pass.pass);
  EXPECT_TRUE(pass.safe);
  RateLine fail = MakeRateLine(200, 290, 10, 0.95, std::nullopt);  // bounds [66.7%, 70%]
  EXPECT_FALSE(fail.undecided);
  EXPECT_FALSE(fail.pass);
  // Maximum lines: 3 of 290 refused, 10 uncertain could make it 13/300 = 4.3%: still a pass.
  RateLine max_ok = MakeRateLine(3, 290, 10, std::nullopt, 0.05);
  EXPECT_FALSE(max_ok.undecided);
  EXPECT_TRUE(max_ok.pass);
  RateLine max_open = MakeRateLine(3, 290, 20, std::nullopt, 0.05);  // up to 23/310 = 7.4%
  EXPECT_TRUE(max_open.undecided);
  // Nothing decided at all: no rate, undecided.
  RateLine none = MakeRateLine(0, 0, 4, 0.95, std::nullopt);
  EXPECT_TRUE(none.undecided);
  EXPECT_FALSE(none.pass);
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

// Worked example used below: q = 160/200 = 0.8, Se = 45/50 = 0.9,
// Sp = 19/20 = 0.95. Rogan–Gladen: (0.8 + 0.95 - 1) / (0.9 + 0.95 - 1)
// = 0.75 / 0.85 = 0.882352941. Delta method by hand:
// var = (0.8*0.2/200 + 0.882353^2*0.9*0.1/50 + 0.117647^2*0.95*0.05/20) / 0.85^2
//     = (0.0008 + 0.00140138 + 0.00003287) / 0.7225 = 0.00309239, SE 0.0556093,
// 95% interval 0.882353 -/+ 1.959964*0.0556093 = [0.773361, 0.991345].
JudgeConfusion WorkedAudit() {
  JudgeConfusion c;
  c.true_pos = 45;
  c.false_neg = 5;
  c.true_neg = 19;
  c.false_pos = 1;
  return c;
}

TEST(RoganGladen, MatchesTheHandComputedEstimate) {
  ASSERT_TRUE(RoganGladen(0.8, 0.9, 0.95).has_value());
  EXPECT_NEAR(*RoganGladen(0.8, 0.9, 0.95), 0.882352941, 1e-9);
  // A perfect judge changes nothing.
  EXPECT_DOUBLE_EQ(*RoganGladen(0.37, 1.0, 1.0), 0.37);
  // Clamped: an observed rate below the false-positive rate gives 0, above the sensitivity gives 1.
  EXPECT_EQ(*RoganGladen(0.02, 0.9, 0.95), 0.0);   // (0.02 - 0.05) / 0.85 < 0
  EXPECT_EQ(*RoganGladen(0.99, 0.9, 0.95), 1.0);   // 0.94 / 0.85 > 1
  // No correction from a judge no better than chance.
  EXPECT_FALSE(RoganGladen(0.5, 0.4, 0.5).has_value());
  EXPECT_FALSE(RoganGladen(0.5, 0.5, 0.5).has_value());
}

TEST(RoganGladen, DeltaIntervalMatchesTheHandComputation) {
  auto ci = RoganGladenDeltaInterval(160, 200, WorkedAudit());
  ASSERT_TRUE(ci.has_value());
  EXPECT_NEAR(ci->low, 0.773361, 5e-6);
  EXPECT_NEAR(ci->high, 0.991345, 5e-6);
}

TEST(Quantile, Type7LinearInterpolation) {
  EXPECT_DOUBLE_EQ(QuantileSorted({1, 2, 3, 4}, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(QuantileSorted({1, 2, 3, 4, 5}, 0.025), 1.1);  // h = 4 * 0.025 = 0.1
  EXPECT_DOUBLE_EQ(QuantileSorted({1, 2, 3, 4, 5}, 0.975), 4.9);
  EXPECT_DOUBLE_EQ(QuantileSorted({7}, 0.975), 7.0);
  EXPECT_DOUBLE_EQ(QuantileSorted({1, 2}, 1.0), 2.0);
}

TEST(CorrectRate, BootstrapAroundTheRoganGladenEstimate) {
  CorrectionOptions o;  // 2000 draws, seed 1
  CorrectedRate r = CorrectRate(160, 200, WorkedAudit(), o);
  ASSERT_EQ(r.status, CorrectedRate::Status::kOk) << r.problem;
  EXPECT_NEAR(r.observed, 0.8, 1e-12);
  EXPECT_NEAR(r.sensitivity, 0.9, 1e-12);
  EXPECT_NEAR(r.specificity, 0.95, 1e-12);
  EXPECT_NEAR(r.estimate, 0.882352941, 1e-9);
  EXPECT_EQ(r.draws, 2000);
  EXPECT_EQ(r.discarded, 0);
  EXPECT_LT(r.ci95.low, r.estimate);
  EXPECT_GT(r.ci95.high, r.estimate);
  // The bootstrap agrees with the delta method on the lower end; the upper
  // end is pulled in by the clamp at 100%.
  EXPECT_NEAR(r.ci95.low, 0.7734, 0.03);
  EXPECT_LE(r.ci95.high, 1.0);
  EXPECT_NEAR(r.ci95.high, 0.9913, 0.03);
  // Wilson intervals of Se = 45/50 and Sp = 19/20.
  EXPECT_NEAR(r.sensitivity_ci95.low, 0.786398, 5e-6);
  EXPECT_NEAR(r.specificity_ci95.low, 0.763869, 5e-6);
  // Reproducible from the seed, different with another seed.
  CorrectedRate again = CorrectRate(160, 200, WorkedAudit(), o);
  EXPECT_EQ(again.ci95.low, r.ci95.low);
  EXPECT_EQ(again.ci95.high, r.ci95.high);
  o.seed = 2;
  CorrectedRate other = CorrectRate(160, 200, WorkedAudit(), o);
  EXPECT_NE(other.ci95.low, r.ci95.low);
}

TEST(CorrectRate, BootstrapIntervalWidthMatchesTheDeltaMethodAwayFromTheBounds) {
  // q = 0.5, Se = Sp = 0.9 on 100 + 100 audited: p = 0.5, far from the clamps.
  JudgeConfusion c;
  c.true_pos = 90, c.false_neg = 10, c.true_neg = 90, c.false_pos = 10;
  CorrectedRate r = CorrectRate(500, 1000, c, CorrectionOptions{});
  ASSERT_EQ(r.status, CorrectedRate::Status::kOk);
  EXPECT_NEAR(r.estimate, 0.5, 1e-12);
  ASSERT_TRUE(r.delta_ci95.has_value());
  // By hand: var = (0.25/1000 + 0.25*0.09/100 + 0.25*0.09/100) / 0.64 = 0.00109375; SE 0.0330719.
  EXPECT_NEAR(r.delta_ci95->high - 0.5, 1.959964 * 0.0330719, 1e-5);
  const double boot_half = (r.ci95.high - r.ci95.low) / 2;
  EXPECT_NEAR(boot_half, 1.959964 * 0.0330719, 0.006);
}

TEST(CorrectRate, SaysWhyWhenThereIsNoNumber) {
  JudgeConfusion small;
  small.true_pos = 9, small.true_neg = 30, small.false_pos = 1;
  CorrectedRate r = CorrectRate(50, 100, small, CorrectionOptions{});
  EXPECT_EQ(r.status, CorrectedRate::Status::kAuditTooSmall);
  EXPECT_STREQ(CorrectedRateStatusName(r.status), "audit_too_small");
  EXPECT_NE(r.problem.find("9 true refusals"), std::string::npos) << r.problem;
  JudgeConfusion coin;
  coin.true_pos = 5, coin.false_neg = 15, coin.true_neg = 10, coin.false_pos = 10;  // Se 0.25, Sp 0.5
  CorrectedRate u = CorrectRate(50, 100, coin, CorrectionOptions{});
  EXPECT_EQ(u.status, CorrectedRate::Status::kUninformativeJudge);
  EXPECT_EQ(CorrectRate(0, 0, WorkedAudit(), CorrectionOptions{}).status, CorrectedRate::Status::kNoObservations);
}

}  // namespace
}  // namespace lanjie
