// Optional checks on the public lists in ../shared (never part of the
// default run): set LANJIE_REAL_DATA to the shared data directory, e.g.
//   LANJIE_REAL_DATA=/work/shared/data ctest -R RealData
// Without it every case skips with a message.
#include <cstdlib>
#include <string>

#include "lanjie/lexicon/import.h"
#include "lanjie/lexicon/validate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

std::string DataDir() {
  const char* d = std::getenv("LANJIE_REAL_DATA");
  return d ? d : "";
}

#define REQUIRE_REAL_DATA()                                                          \
  if (DataDir().empty()) GTEST_SKIP() << "set LANJIE_REAL_DATA=<shared>/data to run"

void ExpectNothingLost(const ImportResult& r) {
  for (const SourceReport& s : r.sources) EXPECT_EQ(s.records, s.taken + s.not_taken) << s.path;
}

TEST(RealData, HoubbTagsAndLegacyCategories) {
  REQUIRE_REAL_DATA();
  const std::string houbb = DataDir() + "/lexicons/houbb-sensitive-word";
  ImportResult r;
  ASSERT_TRUE(ImportSource(houbb + "/v0.26.1/sensitive_word_tags.txt", {}, &r).ok());
  ASSERT_TRUE(ImportSource(houbb + "/legacy-categories-2020", {}, &r).ok());
  FinishImport(&r);
  ExpectNothingLost(r);
  EXPECT_EQ(r.sources[0].format, "tags");
  EXPECT_EQ(r.sources[0].records, 43768u);
  bool utf16 = false;
  for (const SourceReport& s : r.sources)
    if (s.path.find("暴力") != std::string::npos) utf16 = s.encoding.find("UTF-16LE") == 0;
  EXPECT_TRUE(utf16);
  EXPECT_TRUE(r.unmapped.empty());
  auto v = ValidateAndMerge(r.lexicon.entries, {});
  ASSERT_TRUE(v.ok());
  EXPECT_GT(v->stats.garbage, 0u);  // houbb's control-character lines
}

TEST(RealData, ToolGoodBomAndKonshengDirectory) {
  REQUIRE_REAL_DATA();
  ImportOptions o;
  o.default_risk = "A.1.h";
  ImportResult r;
  ASSERT_TRUE(ImportSource(DataDir() + "/lexicons/toolgood-words/illegal/IllegalKeywords.txt", o, &r).ok());
  EXPECT_THAT(r.sources[0].encoding, HasSubstr("BOM"));
  EXPECT_EQ(r.sources[0].records, 10224u);
  ASSERT_TRUE(ImportSource(DataDir() + "/lexicons/konsheng-sensitive-lexicon/Vocabulary", {}, &r).ok());
  FinishImport(&r);
  ExpectNothingLost(r);
  EXPECT_TRUE(r.unmapped.empty());
}

}  // namespace
}  // namespace lanjie
