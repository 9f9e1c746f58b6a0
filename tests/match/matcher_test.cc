// Block scanning: evasions, Latin words, allow-lists, rules, regexes, masking.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::Allow;
using testing::Build;
using testing::Describe;
using testing::Lit;
using testing::Regex;
using testing::Rule;
using testing::ScanText;

TEST(Scan, FindsEveryEvasionClassAndReportsTheOriginalSpan) {
  auto a = Build({Lit("冰毒"), Lit("六合彩", "A.1.h"), Lit("赌博", "A.1.h"), Lit("casino", "A.1.h"), Lit("火药")});
  struct Case {
    std::string text, span;
  } cases[] = {
      {"有人卖冰*毒吗", "冰*毒"},         {"冰 毒", "冰 毒"},
      {"冰\u200b毒", "冰\u200b毒"},       {"六🎲合彩开奖", "六🎲合彩"},
      {"賭博", "賭博"},                   {"ＣＡＳＩＮＯ", "ＣＡＳＩＮＯ"},
      {"c.a.s.i.n.o", "c.a.s.i.n.o"},     {"c\u0430sino!", "c\u0430sino"},
      {"𝐜𝐚𝐬𝐢𝐧𝐨", "𝐜𝐚𝐬𝐢𝐧𝐨"},             {"⽕药", "⽕药"},
      {"冰\xff毒", "冰\xff毒"},
  };
  for (const Case& c : cases) {
    std::vector<Hit> hits = ScanText(a, c.text);
    ASSERT_EQ(hits.size(), 1u) << c.text;
    EXPECT_EQ(c.text.substr(hits[0].start, hits[0].end - hits[0].start), c.span) << c.text;
  }
}

TEST(Scan, GreekChiIsTheLatinX) {
  auto a = Build({Lit("yx255")});
  EXPECT_THAT(Describe(*a, ScanText(a, "加yχ255好")), ElementsAre("yx255@3-9"));
  EXPECT_THAT(Describe(*a, ScanText(a, "YΧ255")), ElementsAre("yx255@0-6"));
}

TEST(Scan, ReportsEveryOverlappingHit) {
  auto a = Build({Lit("赌博"), Lit("赌博网站"), Lit("网站")});
  EXPECT_THAT(Describe(*a, ScanText(a, "赌博网站")), ElementsAre("赌博网站@0-12", "赌博@0-6", "网站@6-12"));
  EXPECT_THAT(Describe(*a, ScanText(a, "网站网站")), ElementsAre("网站@0-6", "网站@6-12"));
}

TEST(Scan, LatinKeywordsMatchWholeWordsOnly) {
  auto a = Build({Lit("ass", "A.2.i")});
  for (const char* clean : {"assistant", "class", "I was sick", "bass guitar", "passport", "was.sick"})
    EXPECT_THAT(ScanText(a, clean), IsEmpty()) << clean;
  for (const char* dirty : {"you ass", "ASS!", "an ass.", "ass", "冰ass毒", "a.s.s"})
    EXPECT_EQ(ScanText(a, dirty).size(), 1u) << dirty;
}

TEST(Scan, SubstringModeAndMultiWordLatinKeywords) {
  auto a = Build({Lit("ass", "A.2.i", Action::kBlock, WordMode::kSubstring), Lit("big deal", "A.1.h")});
  EXPECT_EQ(ScanText(a, "assistant").size(), 1u);
  EXPECT_EQ(ScanText(a, "a BIG   deal!").size(), 1u);  // "big deal"
  EXPECT_EQ(ScanText(a, "a big deal in class").size(), 2u);
  EXPECT_THAT(ScanText(a, "bigdeal"), IsEmpty());
}

TEST(Scan, AllowListSuppressesHitsInsideAllowedPhrases) {
  auto a = Build({Lit("日", "A.1.h"), Allow("生日快乐")});
  EXPECT_THAT(ScanText(a, "祝你生日快乐"), IsEmpty());
  EXPECT_THAT(Describe(*a, ScanText(a, "生日快乐，日")), ElementsAre("日@15-18"));
  EXPECT_THAT(ScanText(a, "生 日 快 乐"), IsEmpty());  // the allow phrase is folded too
  EXPECT_EQ(ScanText(a, "生日").size(), 1u);
}

TEST(Scan, RulesCombineKeywordsWithinOneText) {
  auto a = Build({Rule("代开 & 发票"), Rule("六合彩 & !新闻"), Rule("赌博|博彩 & 网址|网站")});
  EXPECT_THAT(Describe(*a, ScanText(a, "可以代开各种发票")), ElementsAre("代开 & 发票@6-24"));
  EXPECT_THAT(ScanText(a, "只有发票"), IsEmpty());
  EXPECT_EQ(ScanText(a, "六合彩开奖").size(), 1u);
  EXPECT_THAT(ScanText(a, "六合彩新闻"), IsEmpty());
  EXPECT_EQ(ScanText(a, "博彩网址").size(), 1u);
  EXPECT_EQ(ScanText(a, "赌博网站").size(), 1u);
  EXPECT_THAT(ScanText(a, "赌博博彩"), IsEmpty());
}

TEST(Scan, RegexEntriesSeeFoldedTextAndReportOneHitPerStart) {
  auto a = Build({Regex("加微信\\s*[0-9]{6,}")});
  std::vector<Hit> hits = ScanText(a, "请加微信 12345678");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].start, 3u);  // after 请
  EXPECT_THAT(ScanText(a, "加微信123"), IsEmpty());
}

// Hyperscan reports every end of a regex match; a hit covers the longest
// one for its start (leftmost-longest), once, so masking covers the number.
TEST(Scan, RegexHitsCoverTheLongestMatchForTheirStart) {
  auto a = Build({Regex("加微信\\d+"), Regex("[0-9]+")});
  const std::string text = "加微信 12345678 好";
  std::vector<Hit> hits = ScanText(a, text);
  EXPECT_THAT(Describe(*a, hits), ElementsAre("加微信\\d+@0-18", "[0-9]+@10-18"));
  EXPECT_EQ(Mask(text, hits), "************ 好");
  auto scanner = Scanner::Create(a);
  ASSERT_TRUE(scanner.ok());
  std::vector<std::string> lines;
  ASSERT_TRUE((*scanner)->ScanLines("x\n" + text + "\n12\n", true, [&](size_t, uint64_t, const std::vector<Hit>& h) {
    for (const std::string& d : Describe(*a, h)) lines.push_back(d);
  }).ok());
  EXPECT_THAT(lines, ElementsAre("加微信\\d+@0-18", "[0-9]+@10-18", "[0-9]+@0-2"));
}

TEST(Scan, ActionsAndRisksComeFromTheEntry) {
  auto a = Build({Lit("发票", "A.1.h", Action::kReview), Lit("冰毒", "A.1.f", Action::kMask)});
  std::vector<Hit> hits = ScanText(a, "冰毒发票");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(a->entries()[hits[0].entry].action, Action::kMask);
  EXPECT_EQ(a->entries()[hits[1].entry].risk, "A.1.h");
}

TEST(Scan, MaskUsesTheLeftmostLongestNonOverlappingHits) {
  auto a = Build({Lit("赌博"), Lit("赌博网站"), Lit("网站大全")});
  const std::string text = "去赌*博网站大全看看";
  std::vector<Hit> hits = ScanText(a, text);
  EXPECT_EQ(hits.size(), 3u);
  EXPECT_EQ(NonOverlapping(hits).size(), 1u);
  EXPECT_EQ(Mask(text, hits), "去*****大全看看");
}

TEST(Scan, LinesAreSeparateTextsAndMatchSingleScans) {
  auto a = Build({Lit("冰毒"), Rule("代开 & 发票"), Lit("casino"), Allow("生日快乐"), Lit("日")});
  const std::string block = "代开\n发票冰\n毒\n代开发票 casino\n\n生日快乐\r\nlast 冰毒";
  auto scanner = Scanner::Create(a);
  ASSERT_TRUE(scanner.ok());
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= block.size()) {
    size_t nl = block.find('\n', pos);
    if (nl == std::string::npos) nl = block.size();
    lines.push_back(block.substr(pos, nl - pos));
    pos = nl + 1;
  }
  size_t seen = 0;
  ASSERT_TRUE((*scanner)->ScanLines(block, false, [&](size_t index, uint64_t start, const std::vector<Hit>& hits) {
    ASSERT_LT(index, lines.size());
    EXPECT_EQ(block.substr(start, lines[index].size()), lines[index]);
    std::vector<Hit> single = ScanText(a, lines[index]);
    ASSERT_EQ(hits.size(), single.size()) << "line " << index;
    for (size_t i = 0; i < hits.size(); ++i) {
      EXPECT_EQ(hits[i].entry, single[i].entry);
      EXPECT_EQ(hits[i].start, single[i].start);
      EXPECT_EQ(hits[i].end, single[i].end);
    }
    ++seen;
  }).ok());
  EXPECT_EQ(seen, lines.size());
}

// ScanLines' on_count, which the search numbers lines across blocks with
// (and which now comes right after the fold, before the Hyperscan pass):
// called exactly once per block, before the first on_line, with the number
// of lines (the last one counted without its '\n', an empty block none),
// whichever passes the list needs: the dense pass, the regex pass, or both
// (counted by the first only). Fails if a pass counted twice or not at all.
TEST(Scan, LineCountComesOnceBeforeTheFirstLine) {
  const std::shared_ptr<const Artifact> lists[] = {Build({Lit("冰毒")}), Build({Regex("代开[0-9]+")}),
                                                   Build({Lit("冰毒"), Regex("代开[0-9]+")})};
  const struct {
    std::string text;
    size_t lines;
  } blocks[] = {{"", 0}, {"冰毒", 1}, {"a\n冰毒\n", 2}, {"\n\n代开12\n冰毒", 4}, {"x\ny\n", 2}};
  for (size_t l = 0; l < 3; ++l) {
    auto scanner = Scanner::Create(lists[l]);
    ASSERT_TRUE(scanner.ok());
    for (const bool only_hits : {true, false}) {
      for (const auto& b : blocks) {
        int calls = 0;
        size_t count = 0;
        bool line_first = false;
        ASSERT_TRUE((*scanner)
                        ->ScanLines(
                            b.text, only_hits,
                            [&](size_t, uint64_t, const std::vector<Hit>&) { line_first = line_first || calls == 0; },
                            [&](size_t n) {
                              ++calls;
                              count = n;
                            })
                        .ok());
        EXPECT_EQ(calls, 1) << "list " << l << " block " << ::testing::PrintToString(b.text);
        EXPECT_EQ(count, b.lines) << "list " << l << " block " << ::testing::PrintToString(b.text);
        EXPECT_FALSE(line_first) << "list " << l << " block " << ::testing::PrintToString(b.text);
      }
    }
  }
}

// ScanLines folds a block without an offset map and maps only the lines that
// have a match; its hits must equal those of scanning each line alone.
void RandomBlocksMatchLineScans(const std::shared_ptr<const Artifact>& a);

// The line prefilter (dense code, FoldTable::EncodeDense) may select too
// many lines but never too few: keywords in every script and code length,
// with and without noise removal, and lists with and without regexes.
TEST(Scan, RandomBlocksGiveTheSameHitsAsLineByLineScans) {
  CompileOptions keep_noise;
  keep_noise.normalizer.remove_noise = false;
  const std::vector<Entry> entries = {Lit("冰毒"),     Lit("赌博网站"), Lit("casino"),   Lit("ass"),
                                      Rule("代开 & 发票 & !正规"), Allow("生日快乐"), Lit("日"),
                                      Lit("한국"),     Lit("カジノ"),   Lit("αβγ"),      Lit("𝐜𝐚𝐬"),
                                      Lit("a片"),      Lit("3p")};
  // (A keyword with invalid UTF-8 is a kGarbage error of the one validation
  // pass now: Compile refuses it, so it is no longer part of this list.)
  std::vector<Entry> with_regex = entries;
  with_regex.push_back(Regex("加微信[0-9]{3,}"));
  CompileOptions no_folding;
  no_folding.normalizer = ParseOptions("none").value();
  for (const auto& a :
       {Build(with_regex), Build(entries), Build(entries, keep_noise), Build(with_regex, no_folding)}) {
    SCOPED_TRACE(OptionsToString(a->normalizer_options()));
    RandomBlocksMatchLineScans(a);
  }
}

void RandomBlocksMatchLineScans(const std::shared_ptr<const Artifact>& a) {
  const std::vector<std::string> pieces = {
      "冰", "毒", "賭", "博", "網站", "网站", "casino", "CASINO", "c.a", ".s", "ass", "class", " ", "*", "\u200b",
      "🎲", "代开", "发票", "正规", "生日", "快乐", "日", "加微信", "123", "\n", "\r\n", "\xff", "\xe5\x86", "Ａ", "ｓｓ", "ok",
      "한", "국", "カ", "ジノ", "α", "βγ", "𝐜𝐚", "𝐬", "a", "片", "3", "p", "，", "。", "é", "䶵", "\xf0\x9f"};
  std::mt19937 rng(2024);
  auto scanner = Scanner::Create(a);
  ASSERT_TRUE(scanner.ok());
  for (int round = 0; round < 300; ++round) {
    std::string block;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) block += pieces[rng() % pieces.size()];
    std::vector<std::pair<size_t, std::vector<Hit>>> got;
    size_t counted = 0, count_calls = 0;
    ASSERT_TRUE((*scanner)->ScanLines(
        block, true,
        [&](size_t, uint64_t start, const std::vector<Hit>& hits) {
          EXPECT_EQ(count_calls, 1u) << "the line count comes before the first line";
          got.emplace_back(start, hits);
        },
        [&](size_t lines) {
          counted = lines;
          ++count_calls;
        }).ok());
    // The searcher numbers lines across blocks with this count.
    const size_t newlines = static_cast<size_t>(std::count(block.begin(), block.end(), '\n'));
    EXPECT_EQ(count_calls, 1u);
    EXPECT_EQ(counted, newlines + (!block.empty() && block.back() != '\n')) << "block: " << block;
    std::vector<std::pair<size_t, std::vector<Hit>>> want;
    for (size_t pos = 0; pos <= block.size();) {
      size_t nl = block.find('\n', pos);
      if (nl == std::string::npos) nl = block.size();
      std::vector<Hit> single = ScanText(a, std::string_view(block).substr(pos, nl - pos));
      if (!single.empty()) want.emplace_back(pos, single);
      pos = nl + 1;
    }
    ASSERT_EQ(got, want) << "block: " << block;
  }
}

TEST(Scan, HandlesEmptyAndHostileText) {
  auto a = Build({Lit("冰毒")});
  EXPECT_THAT(ScanText(a, ""), IsEmpty());
  std::string nul("\0\0冰\0毒\0", 11);
  std::vector<Hit> hits = ScanText(a, nul);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].start, 2u);
  EXPECT_EQ(hits[0].end, 9u);
  std::string garbage(1 << 16, '\xff');
  EXPECT_THAT(ScanText(a, garbage), IsEmpty());
}


// Scanner::last_block_valid_utf8, which the corpus audit reads instead of
// checking a batch's UTF-8 itself: true only when the block just scanned is
// valid UTF-8 (for literal lists, for lists with regexes, and whether or not
// the block has hits), false once a byte of it is not, and false again
// until a block is scanned whole.
TEST(Scan, LastBlockValidUtf8SaysWhetherTheFoldMetAnInvalidByte) {
  for (const auto& a : {Build({Lit("冰毒")}), Build({Lit("冰毒"), Regex("加微信\\d+")})}) {
    auto scanner = Scanner::Create(a);
    ASSERT_TRUE(scanner.ok());
    EXPECT_FALSE((*scanner)->last_block_valid_utf8());  // nothing scanned yet
    auto scan = [&](const std::string& block) {
      size_t hits = 0;
      EXPECT_TRUE((*scanner)->ScanLines(block, true, [&](size_t, uint64_t, const std::vector<Hit>& h) {
        hits += h.size();
      }).ok());
      return std::make_pair((*scanner)->last_block_valid_utf8(), hits);
    };
    EXPECT_EQ(scan("今天天气很好\n出售冰毒\nabc\n"), std::make_pair(true, size_t{1}));
    EXPECT_EQ(scan("今天天气很好\n出售冰\xff毒\nabc\n"), std::make_pair(false, size_t{1}));  // noise between: still a hit
    EXPECT_EQ(scan("今天\n"), std::make_pair(true, size_t{0}));
    for (const char* bad : {"\x80", "\xc0\xaf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe5\x86"})
      EXPECT_FALSE(scan(std::string("冰毒") + bad + "\n好").first) << bad;
    EXPECT_FALSE(scan("好\n冰毒\xe5\x86").first);  // a sequence cut by the block's end
    EXPECT_TRUE(scan("好\n冰毒😀é\n").first);
  }
}

}  // namespace
}  // namespace lanjie
