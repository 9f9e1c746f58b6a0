#include "lanjie/lexicon/validate.h"

#include <string>

#include "lanjie/lexicon/canonical_csv.h"
#include "lanjie/lexicon/diff.h"
#include "lanjie/lexicon/script.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

Entry E(std::string keyword, std::string risk, uint32_t line, EntryKind kind = EntryKind::kLiteral) {
  Entry e;
  e.keyword = std::move(keyword);
  e.risk = std::move(risk);
  e.kind = kind;
  e.source = "list.txt";
  e.line = line;
  return e;
}

std::string Find(const ValidatedList& v, uint32_t line) {
  std::string s;
  for (const Diagnostic& d : v.diagnostics)
    if (d.line == line) s += d.ToString() + "\n";
  return s;
}

TEST(Validate, ReportsEachProblemWithFileAndLine) {
  std::vector<Entry> in = {
      E("冰毒", "A.1.h", 1),
      E("冰毒", "A.1.h", 2),            // exact duplicate
      E("冰 毒", "A.1.h", 3),           // duplicate after folding
      E("冰毒", "A.1.f", 4),            // conflict
      E("坏\x01词", "A.1.h", 5),        // control character
      E("！？", "A.1.h", 6),            // folds to nothing
      E("毒", "A.1.h", 7),              // single CJK character
      E("冰毒贩子", "A.1.h", 8),        // covered by 冰毒
      E("ab", "A.1.h", 9),              // two Latin letters
      E("123", "A.1.h", 10),            // short number
      E("abc", "A.1.h", 11),            // whole word
      E("xabcx", "A.1.h", 12),          // not covered: abc is a whole word
      E("x abc x", "A.1.h", 13),        // covered, and has inner spaces
      E("坏\xEF\xBF\xBD", "A.1.h", 14),  // U+FFFD from a failed decode
  };
  auto v = ValidateAndMerge(in, {});
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_THAT(Find(*v, 2), HasSubstr("list.txt:2: warning: exact duplicate of '冰毒' at list.txt:1; merged"));
  EXPECT_THAT(Find(*v, 3), HasSubstr("duplicate after normalization"));
  EXPECT_THAT(Find(*v, 4), HasSubstr("conflict"));
  EXPECT_THAT(Find(*v, 5), HasSubstr("list.txt:5: error: keyword '坏\\u0001词': control character U+0001"));
  EXPECT_THAT(Find(*v, 6), HasSubstr("folds to nothing"));
  EXPECT_THAT(Find(*v, 7), HasSubstr("over-broad keyword '毒': a single Chinese character"));
  EXPECT_THAT(Find(*v, 8), HasSubstr("covered by the shorter keyword '冰毒'"));
  EXPECT_THAT(Find(*v, 9), HasSubstr("over-broad"));
  EXPECT_THAT(Find(*v, 10), HasSubstr("short number"));
  EXPECT_EQ(Find(*v, 12), "");
  EXPECT_THAT(Find(*v, 13), HasSubstr("covered by the shorter keyword 'abc'"));
  EXPECT_THAT(Find(*v, 13), HasSubstr("inner spaces"));
  EXPECT_THAT(Find(*v, 14), HasSubstr("undecodable"));
  const ValidationStats& st = v->stats;
  EXPECT_EQ(st.exact_duplicates, 1u);
  EXPECT_EQ(st.folded_duplicates, 1u);
  EXPECT_EQ(st.conflicts, 1u);
  EXPECT_EQ(st.garbage, 2u);
  EXPECT_EQ(st.folds_to_nothing, 1u);
  EXPECT_EQ(st.over_broad, 3u);
  EXPECT_EQ(st.covered, 4u);  // lines 1 and 4 (冰毒 contains 毒), 8 and 13
  EXPECT_THAT(Find(*v, 1), HasSubstr("covered by the shorter keyword '毒'"));
  // Merged: 14 in, 2 duplicates and 3 errors out; the conflict is kept.
  EXPECT_EQ(v->merged.size(), 9u);
  EXPECT_EQ(st.merged, 9u);
}

TEST(Validate, CoveredCheckHandlesManyKeywordsQuickly) {
  std::vector<Entry> in;
  for (int i = 0; i < 20000; ++i) in.push_back(E("词" + std::to_string(i) + "条目", "A.1.a", i + 1));
  in.push_back(E("条目", "A.1.a", 20001));
  auto v = ValidateAndMerge(in, {});
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->stats.covered, 20000u);
}

TEST(CanonicalCsv, QuotesFieldsAndHasTheHeader) {
  Entry e = E("a,\"b\"", "A.1.a", 3);
  e.note = "line\nbreak";
  EXPECT_EQ(CanonicalCsv({e}),
            "keyword,risk,kind,action,match,note,source,line,accept,first_seen,updated,origin,variants\n"
            "\"a,\"\"b\"\"\",A.1.a,literal,block,auto,\"line\nbreak\",list.txt,3,,,,list.txt:3,\n");
  e.accept_broad = true;
  e.first_seen = "2026-01-05";
  e.updated = "2026-02-02";
  e.origin = "houbb.txt:9";
  EXPECT_THAT(CanonicalCsv({e}), HasSubstr(",list.txt,3,1,2026-01-05,2026-02-02,houbb.txt:9,\n"));
}

TEST(Diff, AddedRemovedRetaggedAndPerRiskCounts) {
  std::vector<Entry> old_list = {E("冰毒", "A.1.h", 1), E("赌场", "A.1.h", 2), E("颠覆", "A.1.a", 3)};
  std::vector<Entry> new_list = {E("冰毒", "A.1.h", 1), E("赌场", "A.1.f", 2), E("分裂", "A.1.c", 3)};
  ListDiff d = DiffLists(old_list, new_list);
  ASSERT_EQ(d.added.size(), 1u);
  EXPECT_EQ(d.added[0].keyword, "分裂");
  ASSERT_EQ(d.removed.size(), 1u);
  EXPECT_EQ(d.removed[0].keyword, "颠覆");
  ASSERT_EQ(d.retagged.size(), 1u);
  EXPECT_EQ(d.retagged[0].old_risks, std::vector<std::string>{"A.1.h"});
  EXPECT_EQ(d.retagged[0].new_risks, std::vector<std::string>{"A.1.f"});
  EXPECT_EQ(d.unchanged, 1);
  std::map<std::string, RiskDelta> by;
  for (const RiskDelta& r : d.per_risk) by[r.risk] = r;
  EXPECT_EQ(by["A.1.h"].old_count, 2);
  EXPECT_EQ(by["A.1.h"].new_count, 1);
  EXPECT_EQ(by["A.1.h"].removed, 1);
  EXPECT_EQ(by["A.1.f"].added, 1);
  EXPECT_THAT(DiffText(d, 10), HasSubstr("~ 赌场  [A.1.h] -> [A.1.f]"));
  EXPECT_EQ(DiffJson(d)["added"][0]["keyword"], "分裂");
  EXPECT_TRUE(DiffLists(new_list, new_list).added.empty());
}

TEST(Script, ClassifiesKeywords) {
  auto c = ScriptClassifier::Create();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->Classify("冰毒"), KeywordScript::kSimplified);
  EXPECT_EQ(c->Classify("國家"), KeywordScript::kTraditional);
  EXPECT_EQ(c->Classify("casino"), KeywordScript::kLatin);
  EXPECT_EQ(c->Classify("k粉"), KeywordScript::kMixed);
  EXPECT_EQ(c->Classify("казино"), KeywordScript::kOther);
  EXPECT_EQ(c->Classify("04式军牌"), KeywordScript::kSimplified);
}

}  // namespace
}  // namespace lanjie
