// Compilation of a larger list: the literal databases are built in parallel
// (block, stream and dense code, compile.cc); every scanning path must find
// the same hits, so no database can stand in for another.
#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/utf8.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using testing::Build;
using testing::Describe;
using testing::Lit;
using testing::Regex;
using testing::ScanText;
using testing::StreamText;

// `n` distinct keywords of 2-4 CJK characters from a small alphabet (so the
// texts below hit many of them), seeded; a few Latin words.
std::vector<Entry> GeneratedList(size_t n, std::vector<std::string>* keywords) {
  std::mt19937 rng(16);
  std::set<std::string> seen;
  std::vector<Entry> entries;
  while (entries.size() < n) {
    std::string kw;
    const int len = 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < len; ++i) AppendUtf8(0x4E00 + rng() % 60, &kw);
    if (!seen.insert(kw).second) continue;
    keywords->push_back(kw);
    entries.push_back(Lit(kw, entries.size() % 2 ? "A.1.f" : "A.1.h"));
  }
  entries.push_back(Lit("casino", "A.1.h"));
  entries.push_back(Lit("lottery", "A.1.h"));
  entries.push_back(Regex("加微信\\s*[0-9]{6,}"));
  return entries;
}

TEST(Compile, EveryScanningPathFindsTheSameHitsOnALargerList) {
  std::vector<std::string> keywords;
  CompileOptions options;
  options.variants = VariantOptions::None();  // the Hyperscan databases only
  auto a = Build(GeneratedList(3000, &keywords), options);
  ASSERT_NE(a, nullptr);
  EXPECT_GT(a->entries().size(), 2900u);  // a few generated keywords fold together (丟 -> 丢)

  std::mt19937 rng(7);
  std::vector<std::string> texts = {"去 casino 玩 lottery，加微信 12345678", ""};
  for (int t = 0; t < 40; ++t) {
    std::string text;
    for (int i = 0; i < 30; ++i) {
      if (rng() % 4 == 0) text += "*";  // noise inside keywords
      AppendUtf8(0x4E00 + rng() % 70, &text);
    }
    text += keywords[rng() % keywords.size()];
    texts.push_back(text);
  }
  auto scanner = Scanner::Create(a);
  ASSERT_TRUE(scanner.ok()) << scanner.status();
  size_t total = 0;
  for (const std::string& text : texts) {
    const std::vector<Hit> block = ScanText(a, text);  // literal_stream, one text (UTF-8) + regex_block
    total += block.size();
    EXPECT_EQ(Describe(*a, StreamText(a, text, {text.size() / 2})), Describe(*a, block)) << text;  // *_stream
    std::vector<Hit> lines;
    ASSERT_TRUE((*scanner)->ScanLines(text + "\n", true, [&](size_t, uint64_t, const std::vector<Hit>& h) {
      lines.insert(lines.end(), h.begin(), h.end());
    }).ok());  // literal_dense
    std::sort(lines.begin(), lines.end(), HitLess);
    EXPECT_EQ(Describe(*a, lines), Describe(*a, block)) << text;
  }
  EXPECT_GE(total, texts.size());  // every generated text holds a keyword
  const std::vector<Hit> first = ScanText(a, texts[0]);
  EXPECT_EQ(Describe(*a, first).size(), 3u);  // casino, lottery and the regex
}

}  // namespace
}  // namespace lanjie
