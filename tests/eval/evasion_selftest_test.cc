// The robustness report (lanjie lexicon selftest --evasions): what a
// provider files as the answer to "how does your filter cope with 谐音 /
// 拼音 / 拆字 and symbols". Each figure must be a measurement: a class the
// list cannot catch shows as missed, a sentence counts only with the exact
// span, and the same seed gives the same report.
#include "lanjie/eval/evasion_selftest.h"

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/common/utf8.h"
#include "lanjie/match/variant_forms.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using testing::Build;
using testing::Lit;

std::map<std::string, EvasionRate> ByName(const std::vector<EvasionRate>& rates) {
  std::map<std::string, EvasionRate> out;
  for (const EvasionRate& r : rates) out[r.name] = r;
  return out;
}

std::shared_ptr<const Artifact> List() {
  static const auto a = Build({Lit("赌博网站", "A.1.h"), Lit("法轮功", "A.1.a"), Lit("枪支弹药", "A.1.h"),
                               Lit("冰毒", "A.1.h"), Lit("casino", "A.1.h"), Lit("毒", "A.1.h"),
                               Lit("六合彩", "A.1.g")});
  return a;
}

TEST(EvasionSelfTest, EveryClassIsTestedAndTheListSeesThroughWhatItClaims) {
  auto r = SelfTestEvasions(List(), EvasionOptions{0, 7, 3});
  ASSERT_TRUE(r.ok()) << r.status();
  // Single characters are not eligible (no gap to hide a character in).
  EXPECT_EQ(r->keywords, 7u);
  EXPECT_EQ(r->eligible, 6u);
  EXPECT_EQ(r->sampled, 6u);
  const auto classes = ByName(r->classes);
  for (const std::string& name : EvasionClassNames()) EXPECT_TRUE(classes.count(name)) << name;
  // Classes of the folding and of pinyin: every sentence caught with its span.
  for (const char* name : {"symbols", "spaces", "zero_width", "emoji", "html_entity", "percent", "pinyin_joined",
                           "pinyin_spaced", "pinyin_tone_marks", "pinyin_tone_digits", "pinyin_mixed", "traditional",
                           "fullwidth", "lookalike", "numeral"}) {
    const EvasionRate& c = classes.at(name);
    EXPECT_EQ(c.intercepted, c.tested) << name << ": " << (c.misses.empty() ? "" : c.misses[0].text);
  }
  // Latin-only classes test casino alone; pinyin classes the five Chinese
  // keywords; numerals in digits 六合彩 alone.
  EXPECT_EQ(classes.at("fullwidth").tested, 1u);
  EXPECT_EQ(classes.at("pinyin_joined").tested, 5u);
  EXPECT_EQ(classes.at("numeral").tested, 1u);
  EXPECT_EQ(r->sentences, r->all.tested);
}

TEST(EvasionSelfTest, OptInHomophonesOfTwoCharacterKeywordsCountAsMissed) {
  // 冰毒's homophones are opt-in (its entry does not ask): the report must
  // say the list misses them, not leave them out.
  auto r = SelfTestEvasions(Build({Lit("冰毒", "A.1.h")}), EvasionOptions{0, 3, 3});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(ByName(r->classes).count("homophone"), 0u);  // three or more characters only
  const EvasionRate homophone = ByName(r->classes).at("homophone2");
  EXPECT_EQ(homophone.tested, 1u);
  EXPECT_EQ(homophone.intercepted, 0u);
  ASSERT_EQ(homophone.misses.size(), 1u);
  EXPECT_EQ(homophone.misses[0].keyword, "冰毒");
  EXPECT_THAT(homophone.misses[0].text, HasSubstr(homophone.misses[0].evasive));
  // Asked for per entry or for the whole list, the same class is caught.
  Entry asked = Lit("冰毒", "A.1.h");
  asked.variants = "pinyin,homophone,chaizi";
  auto on = SelfTestEvasions(Build({asked}), EvasionOptions{0, 3, 3});
  ASSERT_TRUE(on.ok()) << on.status();
  EXPECT_EQ(ByName(on->classes).at("homophone2").intercepted, 1u);
  CompileOptions list_wide;
  list_wide.variants = *ParseVariantOptions("on,homophone2");
  auto wide = SelfTestEvasions(Build({Lit("冰毒", "A.1.h")}, list_wide), EvasionOptions{0, 3, 3});
  ASSERT_TRUE(wide.ok()) << wide.status();
  EXPECT_EQ(ByName(wide->classes).at("homophone2").intercepted, 1u);
}

// The report tests two-character homophones the way the matcher claims to
// catch them (the replaced character keeps a tone: 娼 chāng / 昌 chāng,
// not 炮 pào / 跑 pǎo): over many seeds, a list that opts in misses none
// for its tone, only where the real-word guard speaks (冰读在: 读在).
std::u32string Utf32(std::string_view s) {
  std::u32string out;
  lanjie::ForEachCodePoint(s, [&](uint32_t cp, size_t) { out.push_back(cp); });
  return out;
}

TEST(EvasionSelfTest, TwoCharacterHomophonesAreGeneratedInTone) {
  EXPECT_TRUE(ReadAlikeInTone(U'娼', U'昌'));
  EXPECT_FALSE(ReadAlikeInTone(U'炮', U'跑'));
  EXPECT_FALSE(ReadAlikeInTone(U'炮', U'A'));
  CompileOptions list_wide;
  list_wide.variants = *ParseVariantOptions("on,homophone2");
  auto data = Build({Lit("冰毒", "A.1.h"), Lit("嫖娼", "A.1.h"), Lit("约炮", "A.1.h"), Lit("赌博", "A.1.h"),
                     Lit("枪支", "A.1.h"), Lit("洗钱", "A.1.h")},
                    list_wide);
  size_t tested = 0, intercepted = 0;
  for (uint64_t seed = 1; seed <= 12; ++seed) {
    auto r = SelfTestEvasions(data, EvasionOptions{0, seed, 10});
    ASSERT_TRUE(r.ok()) << r.status();
    const EvasionRate homophone = ByName(r->classes).at("homophone2");
    tested += homophone.tested;
    intercepted += homophone.intercepted;
    ASSERT_EQ(homophone.misses.size(), homophone.tested - homophone.intercepted);
    for (const EvasionMiss& miss : homophone.misses) {
      const std::u32string keyword = Utf32(miss.keyword), evasive = Utf32(miss.evasive);
      ASSERT_EQ(keyword.size(), 2u);
      ASSERT_EQ(evasive.size(), 2u) << miss.evasive;
      for (size_t i = 0; i < 2; ++i) {
        if (keyword[i] != evasive[i]) {
          EXPECT_TRUE(ReadAlikeInTone(keyword[i], evasive[i])) << miss.text;
        }
      }
    }
  }
  EXPECT_GE(tested, 60u);
  EXPECT_GT(intercepted, tested / 2);
}

// A keyword with a character that has no reading (桛, U+685B) gets no
// pinyin sentences, and every class that needs no reading still tests it.
TEST(EvasionSelfTest, AKeywordWithoutReadingsStillGetsTheOtherClasses) {
  ASSERT_TRUE(CharacterReadings(U'桛').empty());
  auto r = SelfTestEvasions(Build({Lit("赌桛网站", "A.1.h")}), EvasionOptions{0, 2, 3});
  ASSERT_TRUE(r.ok()) << r.status();
  const auto classes = ByName(r->classes);
  EXPECT_EQ(classes.count("pinyin_joined"), 0u);
  for (const char* name : {"symbols", "spaces", "zero_width", "emoji", "html_entity", "percent"})
    EXPECT_EQ(classes.at(name).tested, 1u) << name;
}

TEST(EvasionSelfTest, ClassesTheListSwitchesOffShowAsMissed) {
  // With variants off, 赌-博-网-站 still folds (symbols) but the pinyin
  // sentences get no hit of the keyword at all.
  CompileOptions off;
  off.variants = VariantOptions::None();
  auto r = SelfTestEvasions(Build({Lit("赌博网站", "A.1.h")}, off), EvasionOptions{0, 1, 3});
  ASSERT_TRUE(r.ok()) << r.status();
  const auto classes = ByName(r->classes);
  EXPECT_EQ(classes.at("symbols").intercepted, 1u);
  EXPECT_EQ(classes.at("pinyin_joined").intercepted, 0u);
  EXPECT_EQ(r->per_risk.size(), 1u);
  EXPECT_EQ(r->per_risk[0].name, "A.1.h");
  EXPECT_EQ(r->per_risk[0].tested, r->all.tested);
  EXPECT_LT(r->all.rate, 1.0);
}

// The symbols class puts, between Chinese characters, the separators
// evaders use there (丨 ① ㊙ │ → ★ ノ ※) as well as ASCII ones: the
// folding alone must see through every one of them.
TEST(EvasionSelfTest, SeparatorsBetweenChineseCharactersAreSeenThroughByTheFolding) {
  CompileOptions off;
  off.variants = VariantOptions::None();
  const auto list = Build({Lit("赌博网站", "A.1.h"), Lit("冰毒", "A.1.h"), Lit("枪支弹药", "A.1.h"),
                           Lit("法轮功", "A.1.a")},
                          off);
  size_t tested = 0;
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    auto r = SelfTestEvasions(list, EvasionOptions{0, seed, 3});
    ASSERT_TRUE(r.ok()) << r.status();
    const EvasionRate c = ByName(r->classes).at("symbols");
    EXPECT_EQ(c.intercepted, c.tested) << "seed " << seed << ": " << (c.misses.empty() ? "" : c.misses[0].text);
    tested += c.tested;
  }
  EXPECT_EQ(tested, 160u);
}

TEST(EvasionSelfTest, TheSeedFixesTheReportAndTheSample) {
  std::vector<Entry> entries;
  for (const char* k : {"赌博网站", "法轮功", "枪支弹药", "六合彩", "银行卡套现", "代开发票", "假证件", "迷药"})
    entries.push_back(Lit(k, "A.1.h"));
  const auto list = Build(entries);
  auto a = SelfTestEvasions(list, EvasionOptions{3, 11, 3});
  auto b = SelfTestEvasions(list, EvasionOptions{3, 11, 3});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->sampled, 3u);
  EXPECT_EQ(EvasionSelfTestJson(*a), EvasionSelfTestJson(*b));
  bool other_sample = false;
  for (uint64_t seed = 12; seed < 20 && !other_sample; ++seed) {
    auto c = SelfTestEvasions(list, EvasionOptions{3, seed, 3});
    ASSERT_TRUE(c.ok());
    other_sample = EvasionSelfTestJson(*c) != EvasionSelfTestJson(*a);
  }
  EXPECT_TRUE(other_sample);
}

TEST(EvasionSelfTest, BenignHitsPerClassOnAndOff) {
  Entry asked = Lit("冰毒", "A.1.h");
  asked.variants = "pinyin,homophone,chaizi";
  const auto list = Build({asked, Lit("赌博网站", "A.1.h")});
  auto r = SelfTestEvasions(list, EvasionOptions{0, 1, 3});
  ASSERT_TRUE(r.ok());
  // One keyword hit, one homophone hit (兵毒), one pinyin hit, in 4 lines.
  const std::string corpus = "今天天气不错\n这里有赌博网站\n兵毒不是好东西\n说说bingdu的事\n";
  ASSERT_TRUE(SelfTestEvasionBenign(list, corpus, "c.txt", &*r).ok());
  ASSERT_EQ(r->benign.size(), 1u);
  const EvasionBenign& b = r->benign[0];
  EXPECT_EQ(b.hits, 3u);
  EXPECT_DOUBLE_EQ(b.hits_per_mb, 3 * 1e6 / corpus.size());
  std::map<std::string, EvasionBenign::Class> by;
  for (const auto& c : b.classes) by[c.name] = c;
  EXPECT_EQ(by.at("homophone").hits, 1u);
  EXPECT_EQ(by.at("pinyin").hits, 1u);
  EXPECT_EQ(by.at("chaizi").hits, 0u);
  EXPECT_DOUBLE_EQ(by.at("homophone").on_off, 1.5);
  EXPECT_DOUBLE_EQ(by.at("chaizi").on_off, 1.0);
}

TEST(EvasionSelfTest, TableJsonAndSheetCarryTheSameFigures) {
  auto r = SelfTestEvasions(Build({Lit("冰毒", "A.1.h"), Lit("赌博网站", "A.1.h")}), EvasionOptions{0, 5, 2});
  ASSERT_TRUE(r.ok());
  const nlohmann::json j = nlohmann::json::parse(EvasionSelfTestJson(*r));
  EXPECT_EQ(j["sampled"], 2);
  EXPECT_EQ(j["all"]["tested"], r->all.tested);
  EXPECT_EQ(j["classes"].size(), r->classes.size());
  const std::string table = EvasionSelfTestTable(*r);
  EXPECT_THAT(table, HasSubstr("homophone"));
  EXPECT_THAT(table, HasSubstr("first misses per class"));
  const auto rows = EvasionSheetRows(*r);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0][0], "项目");
  // One row per class, the total, one per risk.
  EXPECT_EQ(rows.size(), 1 + r->classes.size() + 1 + r->per_risk.size());
  EXPECT_THAT(rows, Contains(::testing::ElementsAre("合计", "all", std::to_string(r->all.tested),
                                                    std::to_string(r->all.intercepted), ::testing::_, ::testing::_)));
}

}  // namespace
}  // namespace lanjie
