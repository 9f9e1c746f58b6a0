// Streams: any split gives the hits of the whole text; memory stays bounded.
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using testing::Allow;
using testing::Build;
using testing::Describe;
using testing::Lit;
using testing::Regex;
using testing::Rule;
using testing::ScanText;
using testing::StreamText;

std::shared_ptr<const Artifact> StreamArtifact() {
  return Build({Lit("冰毒"), Lit("六合彩", "A.1.h"), Lit("casino", "A.1.h"), Lit("ass", "A.2.i"), Lit("日", "A.1.h"),
                Lit("赌博网站", "A.1.h"), Lit("网站", "A.1.h"), Allow("生日快乐"), Rule("代开 & 发票"),
                Rule("六合彩 & !新闻"), Regex("加微信\\s*[0-9]{6,}")});
}

std::vector<std::string> Texts() {
  return {
      "有人卖冰*毒，冰 毒，冰\u200b毒",
      "六🎲合彩 and ＣＡＳＩＮＯ, c.a.s.i.n.o; I was sick; you ass",
      "祝你生日快乐！日日夜夜",
      "可以代开\xff发票 加微信 12345678",
      "六合彩新闻 賭博網站",
      "ass",
      "",
  };
}

TEST(Stream, EverySplitPointGivesTheHitsOfTheWholeText) {
  auto a = StreamArtifact();
  for (const std::string& text : Texts()) {
    const std::vector<Hit> whole = ScanText(a, text);
    for (size_t cut = 0; cut <= text.size(); ++cut) {
      std::vector<Hit> split = StreamText(a, text, {cut});
      ASSERT_EQ(Describe(*a, split), Describe(*a, whole)) << text << " cut at " << cut;
      ASSERT_EQ(split, whole) << text << " cut at " << cut;
    }
  }
}

TEST(Stream, RandomChunkingGivesTheHitsOfTheWholeText) {
  auto a = StreamArtifact();
  std::mt19937 rng(20261122);
  for (const std::string& text : Texts()) {
    const std::vector<Hit> whole = ScanText(a, text);
    for (int round = 0; round < 200; ++round) {
      std::vector<size_t> cuts;
      for (size_t pos = 0; pos < text.size();) {
        pos += rng() % 5;  // includes empty pieces
        if (pos < text.size()) cuts.push_back(pos);
      }
      ASSERT_EQ(StreamText(a, text, cuts), whole) << text;
    }
  }
}

// A regex hit in a stream waits for its longest end (within the regex
// window) and is reported once, whatever the split.
TEST(Stream, RegexHitsCoverTheLongestMatchWhateverTheSplit) {
  auto a = Build({Regex("加微信\\d+")});
  const std::string text = "加微信 12345678 好";
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    std::vector<Hit> hits = StreamText(a, text, {cut});
    ASSERT_EQ(Describe(*a, hits), std::vector<std::string>{"加微信\\d+@0-18"}) << "cut at " << cut;
  }
  // One piece per byte, no Finish yet: the hit is still open while digits may follow.
  auto s = StreamScanner::Create(a);
  ASSERT_TRUE(s.ok());
  std::vector<Hit> hits;
  for (char c : std::string("加微信 12345678")) ASSERT_TRUE((*s)->Feed(std::string_view(&c, 1), &hits).ok());
  EXPECT_TRUE(hits.empty());
  EXPECT_EQ((*s)->StableBefore(), 0u) << "the text of an open regex hit is not stable";
  ASSERT_TRUE((*s)->Feed("9 好", &hits).ok());
  ASSERT_TRUE((*s)->Finish(&hits).ok());
  EXPECT_EQ(Describe(*a, hits), std::vector<std::string>{"加微信\\d+@0-19"});
}

// Past the regex window the hit is decided with the longest end seen so
// far: still one hit for the start, never one per end.
TEST(Stream, RegexHitLongerThanTheWindowIsReportedOnce) {
  auto a = Build({Regex("加微信\\d+")});
  auto s = StreamScanner::Create(a);
  ASSERT_TRUE(s.ok());
  std::vector<Hit> hits;
  ASSERT_TRUE((*s)->Feed("加微信", &hits).ok());
  for (int i = 0; i < 5000; ++i) ASSERT_TRUE((*s)->Feed("7", &hits).ok());
  ASSERT_TRUE((*s)->Finish(&hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].start, 0u);
  EXPECT_GE(hits[0].end, 256u);
}

TEST(Stream, OffsetsAreRelativeToTheWholeStream) {
  auto a = StreamArtifact();
  std::string text(10000, 'x');
  text += "冰*毒";
  std::vector<Hit> hits = StreamText(a, text, {3, 5000, 9999, 10001});
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].start, 10000u);
  EXPECT_EQ(hits[0].end, 10007u);
}

TEST(Stream, MemoryStaysBoundedOnALongStream) {
  auto a = StreamArtifact();
  auto s = StreamScanner::Create(a);
  ASSERT_TRUE(s.ok());
  std::vector<Hit> hits;
  const std::string piece = "这是一段很长的模型输出，没有关键词。冰毒 ";
  size_t max_retained = 0;
  for (int i = 0; i < 200000; ++i) {
    ASSERT_TRUE((*s)->Feed(piece, &hits).ok());
    max_retained = std::max(max_retained, (*s)->retained_bytes());
  }
  ASSERT_TRUE((*s)->Finish(&hits).ok());
  EXPECT_EQ(hits.size(), 200000u);
  EXPECT_LT(max_retained, 70000u) << "folded bytes held back must not grow with the stream";
  EXPECT_EQ(hits.back().end, 200000 * piece.size() - 1);
}

TEST(Stream, StableBeforeNeverPassesAPossibleHit) {
  auto a = StreamArtifact();
  auto s = StreamScanner::Create(a);
  ASSERT_TRUE(s.ok());
  std::vector<Hit> hits;
  ASSERT_TRUE((*s)->Feed("今天天气很好冰", &hits).ok());
  const uint64_t stable = (*s)->StableBefore();
  EXPECT_LE(stable, std::string("今天天气很好").size()) << "冰 may start 冰毒";
  const std::string head = "今天天气很好冰";
  EXPECT_GE(stable, head.size() - a->max_literal_length()) << "text farther back than the longest keyword is released";
  EXPECT_EQ(stable % 3, 0u) << "on a character boundary";
  ASSERT_TRUE((*s)->Feed("*毒", &hits).ok());
  ASSERT_TRUE((*s)->Finish(&hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_GE(hits[0].start, stable);
}

TEST(Stream, ResetStartsANewStream) {
  auto a = StreamArtifact();
  auto s = StreamScanner::Create(a);
  ASSERT_TRUE(s.ok());
  std::vector<Hit> hits;
  ASSERT_TRUE((*s)->Feed("冰", &hits).ok());
  (*s)->Reset();
  ASSERT_TRUE((*s)->Feed("毒", &hits).ok());
  ASSERT_TRUE((*s)->Finish(&hits).ok());
  EXPECT_TRUE(hits.empty());
  EXPECT_FALSE((*s)->Feed("x", &hits).ok()) << "feeding a finished stream is an error";
}

}  // namespace
}  // namespace lanjie
