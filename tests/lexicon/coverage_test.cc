#include "lanjie/lexicon/coverage.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

CollectionMinimums Small() {
  CollectionMinimums m;
  m.clause = "8.1";
  m.total_min = 10;
  m.per_category_min = {{"A.1.a", 3}, {"A.2.b", 2}};
  return m;
}

TEST(Coverage, CountsShortfallsAndVerdict) {
  CoverageReport r = CheckCoverage({{"A.1 a)", 2}, {"A.1.a", 2}, {"A.2.b", 1}, {"A.3.a", 7}}, Small(), "p", "keywords");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].category, "A.1.a");
  EXPECT_EQ(r.rows[0].count, 4);  // "A.1 a)" and "A.1.a" are one risk
  EXPECT_TRUE(r.rows[0].pass);
  EXPECT_EQ(r.rows[0].name, "煽动颠覆国家政权、推翻社会主义制度");
  EXPECT_EQ(r.rows[1].count, 1);
  EXPECT_EQ(r.rows[1].shortfall, 1);
  EXPECT_FALSE(r.rows[1].pass);
  EXPECT_EQ(r.total, 12);
  EXPECT_TRUE(r.total_pass);
  ASSERT_EQ(r.other.size(), 1u);
  EXPECT_EQ(r.other[0].first, "A.3.a");
  EXPECT_EQ(r.failed_categories, 1);
  EXPECT_FALSE(r.pass);
  const std::string table = CoverageTable(r);
  EXPECT_THAT(table, HasSubstr("FAIL"));
  EXPECT_THAT(table, HasSubstr("verdict: FAIL (1 category below minimum)"));
  nlohmann::json j = CoverageJson(r);
  EXPECT_EQ(j["categories"][1]["shortfall"], 1);
  EXPECT_EQ(j["pass"], false);
  EXPECT_EQ(j["other"]["A.3.a"], 7);
}

TEST(Coverage, TotalBelowMinimumFailsEvenWhenCategoriesPass) {
  CoverageReport r = CheckCoverage({{"A.1.a", 3}, {"A.2.b", 2}}, Small(), "p", "keywords");
  EXPECT_EQ(r.failed_categories, 0);
  EXPECT_FALSE(r.total_pass);
  EXPECT_EQ(r.total_shortfall, 5);
  EXPECT_FALSE(r.pass);
  EXPECT_THAT(CoverageTable(r), HasSubstr("total below minimum"));
}

TEST(Coverage, MissingCategoryCountsAsZeroAndNonRiskNamesWork) {
  CollectionMinimums m;
  m.total_min = 1;
  m.per_category_min = {{"制度", 20}, {"信仰", 20}};
  CoverageReport r = CheckCoverage({{"制度", 25}}, m, "tc260-003", "should-answer bank");
  EXPECT_TRUE(r.rows[0].pass);
  EXPECT_EQ(r.rows[1].count, 0);
  EXPECT_EQ(r.rows[1].shortfall, 20);
  EXPECT_FALSE(r.pass);
}

TEST(Coverage, BuiltinProfileHasSeventeenRisks) {
  auto p = LoadProfile("tc260-003");
  ASSERT_TRUE(p.ok()) << p.status();
  CoverageReport r = CheckCoverage({}, p->keyword_library, p->name, "keyword library");
  EXPECT_EQ(r.rows.size(), 17u);
  EXPECT_EQ(r.failed_categories, 17);
  EXPECT_EQ(r.total_shortfall, p->keyword_library.total_min);
}

}  // namespace
}  // namespace lanjie
