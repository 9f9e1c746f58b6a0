#include "lanjie/filter/stream_filter.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using testing::Allow;
using testing::Build;
using testing::Lit;

constexpr char kRefusal[] = "[refused]";

std::shared_ptr<const Filter> MakeFilter(std::vector<Entry> entries,
                                         uint32_t pattern_hold_bytes = FilterOptions().pattern_hold_bytes) {
  auto artifact = Build(std::move(entries));
  FilterOptions options;
  options.refusal_text = kRefusal;
  options.pattern_hold_bytes = pattern_hold_bytes;
  auto f = Filter::Create(artifact, options);
  EXPECT_TRUE(f.ok()) << f.status();
  return *f;
}

std::shared_ptr<const Filter> DefaultFilter() {
  return MakeFilter({Lit("冰毒", "A.1.f", Action::kBlock), Lit("赌博网站", "A.1.g", Action::kMask),
                     Lit("法轮", "A.1.a", Action::kReview), Lit("casino", "A.1.g", Action::kMask),
                     Lit("毒品交易", "A.1.f", Action::kBlock), Allow("冰毒检测")});
}

struct Output {
  std::string text;
  size_t hits = 0;
  std::vector<Hit> all_hits;
  bool blocked = false;
};

// Feeds `pieces` and Finish; returns the concatenated output.
Output Filtered(const std::shared_ptr<const Filter>& filter, const std::vector<std::string>& pieces) {
  auto s = StreamFilter::Create(filter);
  EXPECT_TRUE(s.ok()) << s.status();
  Output run;
  FilterOutput out;
  for (const std::string& p : pieces) {
    EXPECT_TRUE((*s)->Feed(p, &out).ok());
    run.text += out.text;
    run.hits += out.hits.size();
    run.all_hits.insert(run.all_hits.end(), out.hits.begin(), out.hits.end());
    run.blocked = run.blocked || out.blocked;
  }
  EXPECT_TRUE((*s)->Finish(&out).ok());
  run.text += out.text;
  run.hits += out.hits.size();
  run.all_hits.insert(run.all_hits.end(), out.hits.begin(), out.hits.end());
  run.blocked = run.blocked || out.blocked;
  return run;
}

TEST(StreamFilterTest, CleanTextPassesUnchanged) {
  Output r = Filtered(DefaultFilter(), {"今天天气", "很好，", "我们去公园散步吧。"});
  EXPECT_EQ(r.text, "今天天气很好，我们去公园散步吧。");
  EXPECT_EQ(r.hits, 0u);
  EXPECT_FALSE(r.blocked);
}

TEST(StreamFilterTest, KeywordSplitAcrossChunksIsBlocked) {
  Output r = Filtered(DefaultFilter(), {"教你做冰", "毒的方法"});
  EXPECT_EQ(r.text, std::string("教你做") + kRefusal);
  EXPECT_TRUE(r.blocked);
  EXPECT_EQ(r.hits, 1u);
}

TEST(StreamFilterTest, KeywordSplitInsideUtf8SequenceIsBlocked) {
  std::string text = "教你做冰毒的方法";
  const size_t cut = std::string("教你做冰").size() + 1;  // inside 毒
  Output r = Filtered(DefaultFilter(), {text.substr(0, cut), text.substr(cut)});
  EXPECT_EQ(r.text, std::string("教你做") + kRefusal);
}

TEST(StreamFilterTest, EvasiveSpellingIsBlocked) {
  Output r = Filtered(DefaultFilter(), {"哪里有冰", " * ", "毒卖"});
  EXPECT_EQ(r.text, std::string("哪里有") + kRefusal);
}

TEST(StreamFilterTest, MaskReplacesEachCodePoint) {
  Output r = Filtered(DefaultFilter(), {"推荐一个赌博", "网站给你", " and a CASINO too"});
  EXPECT_EQ(r.text, "推荐一个****给你 and a ****** too");
  EXPECT_EQ(r.hits, 2u);
  EXPECT_FALSE(r.blocked);
}

TEST(StreamFilterTest, ReviewPassesUnchangedButIsReported) {
  Output r = Filtered(DefaultFilter(), {"关于法", "轮的问题"});
  EXPECT_EQ(r.text, "关于法轮的问题");
  EXPECT_EQ(r.hits, 1u);
}

TEST(StreamFilterTest, AllowListedPhraseIsNotBlocked) {
  Output r = Filtered(DefaultFilter(), {"提供冰毒", "检测服务"});
  EXPECT_EQ(r.text, "提供冰毒检测服务");
  EXPECT_FALSE(r.blocked);
}

TEST(StreamFilterTest, InputAfterBlockIsIgnored) {
  auto s = StreamFilter::Create(DefaultFilter());
  ASSERT_TRUE(s.ok());
  FilterOutput out;
  ASSERT_TRUE((*s)->Feed("冰毒", &out).ok());
  EXPECT_FALSE(out.blocked);  // could still be the allow-listed 冰毒检测
  EXPECT_EQ(out.text, "");
  ASSERT_TRUE((*s)->Feed("的方法是", &out).ok());  // past the allow phrase's horizon
  EXPECT_TRUE(out.blocked);
  EXPECT_EQ(out.text, kRefusal);
  ASSERT_TRUE((*s)->Feed("更多内容", &out).ok());
  EXPECT_TRUE(out.text.empty());
  EXPECT_TRUE(out.blocked);
  ASSERT_TRUE((*s)->Finish(&out).ok());
  EXPECT_TRUE(out.text.empty());
}

// Every single split point and every split into 1-byte pieces gives the
// same output and hit count as the whole text.
TEST(StreamFilterTest, EverySplitGivesTheSameOutputAsTheWholeText) {
  auto filter = DefaultFilter();
  const std::vector<std::string> texts = {
      "今天天气很好，我们去公园散步吧。",
      "教你做冰毒的方法，还有毒品交易",
      "推荐一个赌博网站给你，赌博网站很多",
      "提供冰毒检测服务，不卖冰毒",
      "关于法轮的问题和casino游戏、CASINOS",
      "冰冰冰毒毒",
      "赌博网赌博网站站",
      "冰 * 毒",
      "\xff\xfe 坏字节 冰\xe6毒 赌博网站",
  };
  for (const std::string& text : texts) {
    const Output whole = Filtered(filter, {text});
    for (size_t cut = 0; cut <= text.size(); ++cut) {
      const Output split = Filtered(filter, {text.substr(0, cut), text.substr(cut)});
      EXPECT_EQ(split.text, whole.text) << text << " cut at " << cut;
      EXPECT_EQ(split.hits, whole.hits) << text << " cut at " << cut;
    }
    std::vector<std::string> bytes;
    for (char c : text) bytes.emplace_back(1, c);
    const Output by_byte = Filtered(filter, bytes);
    EXPECT_EQ(by_byte.text, whole.text) << text;
    EXPECT_EQ(by_byte.hits, whole.hits) << text;
  }
}

// A variant hit is decided later than a literal (the real-word guard reads
// past it): a mask hit found first must wait until no earlier-starting hit
// can appear, so that the block hit 兵毒 (a homophone of 冰毒) drops 毒品,
// which starts after the block point, in every split as on the whole text.
TEST(StreamFilterTest, AHitAfterALaterFoundEarlierBlockIsNeverReported) {
  Entry ice = Lit("冰毒", "A.1.f", Action::kBlock);
  ice.variants = "on,homophone2";
  auto filter = MakeFilter({ice, Lit("毒品", "A.1.f", Action::kMask)});
  const std::string text = "兵毒品来了，大家都看看这个吧";
  const Output whole = Filtered(filter, {text});
  ASSERT_TRUE(whole.blocked);
  ASSERT_EQ(whole.all_hits.size(), 1u);
  EXPECT_EQ(whole.all_hits[0].via, 2);  // homophone
  EXPECT_EQ(whole.text, kRefusal);
  for (size_t cut = 1; cut < text.size(); ++cut) {
    const Output split = Filtered(filter, {text.substr(0, cut), text.substr(cut)});
    EXPECT_EQ(split.text, whole.text) << "cut at " << cut;
    EXPECT_EQ(split.all_hits, whole.all_hits) << "cut at " << cut;
  }
}

// Text not near a keyword is released by the Feed that brought it.
TEST(StreamFilterTest, CleanTokensAreReleasedImmediately) {
  auto s = StreamFilter::Create(DefaultFilter());
  ASSERT_TRUE(s.ok());
  FilterOutput out;
  for (const char* token : {"今天", "天气", "很好", "，", "hello", " world", "。"}) {
    ASSERT_TRUE((*s)->Feed(token, &out).ok());
    EXPECT_EQ(out.text, token) << token;
  }
}

// A token that may start a keyword is held only until the next token
// decides it, and only that tail is held.
TEST(StreamFilterTest, OnlyAKeywordPrefixIsHeld) {
  auto s = StreamFilter::Create(DefaultFilter());
  ASSERT_TRUE(s.ok());
  FilterOutput out;
  ASSERT_TRUE((*s)->Feed("我说冰", &out).ok());
  EXPECT_EQ(out.text, "我说");  // "冰" could begin 冰毒
  ASSERT_TRUE((*s)->Feed("淇淋", &out).ok());
  EXPECT_EQ(out.text, "冰淇淋");
  ASSERT_TRUE((*s)->Feed("赌博", &out).ok());
  EXPECT_EQ(out.text, "");  // could begin 赌博网站
  ASSERT_TRUE((*s)->Feed("很坏", &out).ok());
  EXPECT_EQ(out.text, "赌博很坏");
  ASSERT_TRUE((*s)->Feed(" cas", &out).ok());
  EXPECT_EQ(out.text, " ");
  ASSERT_TRUE((*s)->Feed("ual", &out).ok());
  EXPECT_EQ(out.text, "casual");
}

TEST(StreamFilterTest, IncompleteUtf8IsHeldUntilComplete) {
  auto s = StreamFilter::Create(DefaultFilter());
  ASSERT_TRUE(s.ok());
  const std::string word = "好";
  FilterOutput out;
  ASSERT_TRUE((*s)->Feed(word.substr(0, 1), &out).ok());
  EXPECT_EQ(out.text, "");
  ASSERT_TRUE((*s)->Feed(word.substr(1), &out).ok());
  EXPECT_EQ(out.text, word);
}

TEST(StreamFilterTest, ResetStartsANewAnswer) {
  auto s = StreamFilter::Create(DefaultFilter());
  ASSERT_TRUE(s.ok());
  FilterOutput out;
  ASSERT_TRUE((*s)->Feed("冰毒的方法是", &out).ok());
  EXPECT_TRUE((*s)->blocked());
  (*s)->Reset();
  ASSERT_TRUE((*s)->Feed("你好", &out).ok());
  EXPECT_EQ(out.text, "你好");
  EXPECT_FALSE(out.blocked);
}

TEST(StreamFilterTest, HeldTextIsBoundedByTheLongestKeyword) {
  auto filter = DefaultFilter();
  auto s = StreamFilter::Create(filter);
  ASSERT_TRUE(s.ok());
  FilterOutput out;
  for (int i = 0; i < 2000; ++i) {
    ASSERT_TRUE((*s)->Feed("毒品交", &out).ok());  // a prefix of 毒品交易 every time
    EXPECT_LE((*s)->bytes_fed() - (*s)->bytes_released(), filter->artifact()->max_literal_length());
  }
}

TEST(StreamFilterTest, RegexListsFallBackToTheLongestKeywordWindow) {
  auto filter = MakeFilter({Lit("冰毒"), testing::Regex("毒品[0-9]+号")});
  EXPECT_TRUE(filter->CouldBeginHit("你"));
  Output r = Filtered(filter, {"买毒品", "4号和冰", "毒"});
  EXPECT_EQ(r.text, std::string("买") + kRefusal);
}

// A regex hit is held while it may still grow, so the mask covers the whole
// number however the digits arrive.
TEST(StreamFilterTest, RegexMaskCoversTheWholeMatch) {
  Entry re = testing::Regex("加微信\\d+");
  re.action = Action::kMask;
  auto filter = MakeFilter({re});
  EXPECT_EQ(Filtered(filter, {"请加微信 1234", "5678", " 好"}).text, "请************ 好");
  EXPECT_EQ(Filtered(filter, {"请加微信 12345678 好"}).text, "请************ 好");
}

// `text` in pieces of `n` bytes (UTF-8 sequences are cut too).
std::vector<std::string> Pieces(const std::string& text, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size(); i += n) out.push_back(text.substr(i, n));
  return out;
}

// A regex hit longer than 256 bytes but within pattern_hold_bytes is held
// while it grows and masked whole: the scanner's regex window follows the
// filter's hold.
TEST(StreamFilterTest, RegexHitWithinTheHoldIsMaskedWhole) {
  Entry re = testing::Regex("加微信\\d+");
  re.action = Action::kMask;
  auto filter = MakeFilter({re}, /*pattern_hold_bytes=*/1024);
  const std::string text = "请加微信" + std::string(600, '7') + "，谢谢";
  const std::string want = "请***" + std::string(600, '*') + "，谢谢";
  EXPECT_EQ(MaskForOutput(*filter->artifact(), text, testing::ScanText(filter->artifact(), text)), want);
  for (size_t n : {1, 5, 64, 700}) {
    Output r = Filtered(filter, Pieces(text, n));
    EXPECT_EQ(r.text, want) << "pieces of " << n;
    EXPECT_EQ(r.hits, 1u);
  }
}

// The documented bound for hits longer than pattern_hold_bytes (256 here).
TEST(StreamFilterTest, PatternHitsLongerThanTheHoldFollowTheDocumentedBound) {
  Entry re = testing::Regex("加微信\\d+");
  re.action = Action::kMask;
  Entry rule = testing::Rule("代开 & 发票");
  rule.action = Action::kMask;
  Entry negated = testing::Rule("六合彩 & !新闻");
  negated.action = Action::kMask;
  auto filter = MakeFilter({re, rule, negated});
  const Artifact& a = *filter->artifact();

  // A regex still growing when its start leaves the window is decided with
  // the end it has then; nothing of the reported hit is released unmasked.
  const std::string digits = "加微信" + std::string(600, '7');
  Output r = Filtered(filter, Pieces(digits, 1));
  ASSERT_EQ(r.all_hits.size(), 1u);
  EXPECT_EQ(r.all_hits[0].start, 0u);
  EXPECT_GE(r.all_hits[0].end, 256u);
  EXPECT_LT(r.all_hits[0].end, digits.size());
  EXPECT_EQ(r.text, MaskForOutput(a, digits, r.all_hits));

  // An AND rule spanning more than the hold: its beginning is released
  // before the rule is found; the hit is still reported. Within the hold it
  // is masked whole.
  const std::string far = "代开" + std::string(400, 'x') + "发票";
  r = Filtered(filter, Pieces(far, 3));
  EXPECT_EQ(r.hits, 1u);
  EXPECT_EQ(r.text.substr(0, 6), "代开");
  const std::string near = "代开" + std::string(100, 'x') + "发票";
  EXPECT_EQ(Filtered(filter, Pieces(near, 3)).text, std::string(104, '*'));

  // A rule with '!' is decided at Finish: masked only if still held then.
  EXPECT_EQ(Filtered(filter, Pieces("六合彩" + std::string(100, 'x'), 3)).text, "***" + std::string(100, 'x'));
  r = Filtered(filter, Pieces("六合彩" + std::string(400, 'x'), 3));
  EXPECT_EQ(r.hits, 1u);
  EXPECT_EQ(r.text, "六合彩" + std::string(400, 'x'));
}

}  // namespace
}  // namespace lanjie
