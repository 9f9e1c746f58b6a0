#include "lanjie/lexicon/hygiene.h"

#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

Entry E(std::string keyword, std::string risk = "A.1.h", uint32_t line = 1) {
  Entry e;
  e.keyword = std::move(keyword);
  e.risk = std::move(risk);
  e.source = "list.txt";
  e.line = line;
  return e;
}

ListHygiene Rules() {
  ListHygiene h;
  h.present = true;
  h.min_latin_letters = 3;
  h.min_digits = 3;
  h.max_benign_line_rate = 0.25;  // more than 1 of the 4 sample lines
  return h;
}

const std::vector<std::string> kSample = {"我有一个问题想问你", "明天我们一个人去北京", "北京的秋天很美",
                                          "一个苹果"};

ValidatedList Validated(const std::vector<Entry>& entries) {
  auto v = ValidateAndMerge(entries, {});
  EXPECT_TRUE(v.ok());
  return *v;
}

std::map<std::string, std::string> Reasons(const HygieneResult& r) {
  std::map<std::string, std::string> m;
  for (const QuarantinedEntry& q : r.quarantined) m[q.entry.keyword] = q.reason;
  return m;
}

TEST(Hygiene, QuarantinesEachKindOfOverBroadEntryAndKeepsTheRest) {
  ValidatedList v = Validated({E("日"), E("㈠"), E("★★"), E("ab"), E("12"), E("一个"), E("北京"), E("冰毒"),
                               E("abc"), E("123"), E("私人侦探")});
  auto r = QuarantineOverBroad(&v, Rules(), {}, kSample, {});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Reasons(*r), (std::map<std::string, std::string>{{"日", "single_char"},
                                                             {"㈠", "symbol_only"},
                                                             {"ab", "short_latin"},
                                                             {"12", "short_number"},
                                                             {"一个", "benign_hits"},
                                                             {"北京", "benign_hits"}}));
  // ★★ folds to nothing: validation already rejected it as an error.
  std::vector<std::string> kept;
  for (const Entry& e : v.merged) kept.push_back(e.keyword);
  EXPECT_EQ(kept, (std::vector<std::string>{"冰毒", "abc", "123", "私人侦探"}));
  EXPECT_EQ(v.stats.merged, 4u);
  EXPECT_EQ(v.folded.size(), 4u);
  for (const QuarantinedEntry& q : r->quarantined) {
    if (q.entry.keyword != "一个") continue;
    EXPECT_EQ(q.benign_lines, 3u);
    EXPECT_DOUBLE_EQ(q.benign_rate, 0.75);
    EXPECT_EQ(q.example, "我有一个问题想问你");
    EXPECT_THAT(q.explanation, HasSubstr("hits 3 of 4 lines of the benign sample (75.0% > 25.0%)"));
  }
}

TEST(Hygiene, RateIsStrictlyAboveTheThresholdAndLatinNeedsWholeWords) {
  // 北京 hits 2 of 4 lines: above 0.25, at 0.5 not above.
  ListHygiene rules = Rules();
  rules.max_benign_line_rate = 0.5;
  ValidatedList v = Validated({E("北京"), E("我们一个人去")});
  auto r = QuarantineOverBroad(&v, rules, {}, kSample, {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->quarantined.empty());
  // "cat" is inside "concatenate" but never a whole word there.
  ValidatedList latin = Validated({E("cat"), E("the")});
  auto lr = QuarantineOverBroad(&latin, Rules(), {}, {"concatenate strings", "the end", "the cat", "in the box"}, {});
  ASSERT_TRUE(lr.ok());
  ASSERT_EQ(lr->quarantined.size(), 1u);
  EXPECT_EQ(lr->quarantined[0].entry.keyword, "the");
  EXPECT_EQ(lr->quarantined[0].benign_lines, 3u);
}

TEST(Hygiene, LongKeywordsAreCountedExactly) {
  // Longer than the substring index (8 characters): found by a scan.
  ValidatedList v = Validated({E("想问你明天我们一个人")});
  auto r = QuarantineOverBroad(&v, Rules(), {}, {"我想问你明天我们一个人去", "想问你明天我们一个", "想问你明天我们一个人"}, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->quarantined.size(), 1u);
  EXPECT_EQ(r->quarantined[0].benign_lines, 2u);
}

TEST(Hygiene, AcceptedEntriesStayByListOrByColumn) {
  Entry flagged = E("日", "A.1.a", 2);
  flagged.accept_broad = true;
  ValidatedList v = Validated({E("一个"), flagged, E("ab", "A.1.h", 3), E("北京", "A.1.h", 4)});
  auto accept = FoldAcceptList("accept.txt", "# reviewed 2026-11-24\nＡＢ\n", {});
  ASSERT_TRUE(accept.ok());
  auto r = QuarantineOverBroad(&v, Rules(), *accept, kSample, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->accepted, 2u);  // 日 (column) and ab (list, after folding ＡＢ)
  EXPECT_EQ(Reasons(*r), (std::map<std::string, std::string>{{"一个", "benign_hits"}, {"北京", "benign_hits"}}));
}

TEST(Hygiene, QuarantineCsvEditedIsAnAcceptList) {
  ValidatedList v = Validated({E("一个"), E("北京", "A.1.a", 7)});
  auto r = QuarantineOverBroad(&v, Rules(), {}, kSample, {});
  ASSERT_TRUE(r.ok());
  std::string csv = QuarantineCsv(*r);
  EXPECT_THAT(csv, HasSubstr("keyword,risk,reason,explanation,benign_lines,benign_rate,example,source,line,accept\n"));
  EXPECT_THAT(csv, HasSubstr("北京,A.1.a,benign_hits,"));
  EXPECT_THAT(csv, HasSubstr(",list.txt,7,\n"));
  // The reviewer accepts 北京 only.
  const size_t at = csv.find(",list.txt,7,\n");
  csv.replace(at, 13, ",list.txt,7,1\n");
  auto accept = FoldAcceptList("q.quarantine.csv", csv, {});
  ASSERT_TRUE(accept.ok()) << accept.status();
  EXPECT_EQ(*accept, (absl::flat_hash_set<std::string>{"北京"}));
  auto bad = FoldAcceptList("bad.csv", "word,x\n北京,1\n", {});
  EXPECT_THAT(bad.status().message(), HasSubstr("bad.csv:1: header has no keyword column"));
}

// An accept list saved with a byte order mark reads as without it: as lines
// and as CSV (its header's first name is "keyword", not "\xEF\xBB\xBFkeyword").
TEST(Hygiene, AcceptListWithAByteOrderMark) {
  for (const char* name : {"accept.txt", "accept.csv"}) {
    SCOPED_TRACE(name);
    const std::string body = absl::EndsWith(name, ".csv") ? "keyword,accept\n北京,1\n" : "北京\n";
    auto accept = FoldAcceptList(name, "\xEF\xBB\xBF" + body, {});
    ASSERT_TRUE(accept.ok()) << accept.status();
    EXPECT_EQ(*accept, (absl::flat_hash_set<std::string>{"北京"}));
  }
}

TEST(Hygiene, BuiltinSampleIsEverydayTextAndTheProfilesSetTheRules) {
  const std::vector<std::string> sample = BuiltinBenignSample();
  EXPECT_GE(sample.size(), 300u);
  for (const std::string& line : sample) EXPECT_NE(line[0], '#');
  for (const char* name : {"tc260-003", "strict-200"}) {
    auto p = LoadProfile(name);
    ASSERT_TRUE(p.ok()) << p.status();
    EXPECT_TRUE(p->list_hygiene.present);
    EXPECT_GT(p->list_hygiene.max_benign_line_rate, 0);
    EXPECT_GT(p->list_hygiene.min_latin_letters, 0);
  }
  // Common words of ordinary text are caught by the built-in sample.
  ValidatedList v = Validated({E("一个"), E("时间"), E("冰毒"), E("赌场")});
  auto r = QuarantineOverBroad(&v, LoadProfile("tc260-003")->list_hygiene, {}, sample, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Reasons(*r), (std::map<std::string, std::string>{{"一个", "benign_hits"}, {"时间", "benign_hits"}}));
  std::ifstream in(std::string(LANJIE_SOURCE_DIR) + "/data/profiles/tc260-003.json");
  auto j = nlohmann::json::parse(in);
  j["list_hygiene"]["max_benign_line_rate"] = 2;
  auto bad = ParseProfile(j.dump(), "x.json");
  EXPECT_THAT(bad.status().message(), HasSubstr("x.json: list_hygiene: max_benign_line_rate is a fraction"));
  // A user profile without the section gets the built-in numbers.
  j.erase("list_hygiene");
  const std::string path = std::string(LANJIE_TEST_TMP) + "/no_hygiene_profile.json";
  std::ofstream(path) << j.dump();
  auto loaded = LoadProfile(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(loaded->list_hygiene.max_benign_line_rate, LoadProfile("tc260-003")->list_hygiene.max_benign_line_rate);
}

}  // namespace
}  // namespace lanjie
