#include <gtest/gtest.h>

#include "lanjie/evaluation.h"
#include "lanjie/metrics.h"

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

}  // namespace
}  // namespace lanjie
