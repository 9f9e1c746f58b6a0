// Normalizer::MapDenseLine reads a line's offset map off its original bytes
// and its dense code (ScanLines' lines with a match) instead of folding it
// again: at every code boundary up to the requested one it must give what
// the UTF-8 folding with offsets gives at the same boundary (original
// start and end, sentence and apostrophe boundaries, combining-mark tails,
// the word test before a match, the folded UTF-8 offset).
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

constexpr uint64_t kBase = 100;  // the line's original offset in its block

NormalizedText FoldUtf8(const FoldTable& table, std::string_view line) {
  Normalizer n(&table);
  n.set_line_barrier(true);
  n.Reset(kBase);
  NormalizedText out;
  n.Feed(line, &out);
  n.Finish(&out);
  return out;
}

bool WordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }

// Code boundaries of the folded UTF-8 text: {dense offset, UTF-8 offset}.
std::vector<std::pair<uint64_t, uint64_t>> Boundaries(const FoldTable& table, std::string_view utf8) {
  std::vector<std::pair<uint64_t, uint64_t>> out = {{0, 0}};
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + utf8.size();
  uint64_t d = 0;
  while (p < end) {
    uint32_t cp = 0;
    const int n = DecodeUtf8(p, end, &cp);
    d += table.DenseLength(n > 0 ? cp : 0xFFFD);
    p += n > 0 ? n : 1;
    out.push_back({d, static_cast<uint64_t>(p - reinterpret_cast<const unsigned char*>(utf8.data()))});
  }
  return out;
}

// Checks one line at every `upto`, with every boundary before it as a
// mark or (`sparse`) a random few; returns how many calls mapped.
int CheckLine(const FoldTable& table, const Normalizer& mapper, const std::string& line, bool sparse,
              std::mt19937& rng) {
  const NormalizedText u = FoldUtf8(table, line);
  const std::string dense = table.EncodeDense(u.view());
  const auto bounds = Boundaries(table, u.view());
  EXPECT_EQ(bounds.back().first, dense.size());
  int mapped = 0;
  NormalizedText d;
  std::vector<uint32_t> to_utf8(dense.size() + 1, 0xFFFFFFFF);
  for (size_t k = 1; k < bounds.size(); ++k) {
    std::vector<size_t> chosen;  // indices into bounds
    for (size_t i = 0; i < k; ++i)
      if (!sparse || rng() % 3 == 0) chosen.push_back(i);
    chosen.push_back(k);
    std::vector<uint32_t> marks;
    for (size_t i : chosen) marks.push_back(static_cast<uint32_t>(bounds[i].first));
    if (!mapper.MapDenseLine(line, kBase, dense, marks.data(), marks.size(), &d, to_utf8.data())) continue;
    ++mapped;
    SCOPED_TRACE(::testing::PrintToString(line) + " upto " + std::to_string(bounds[k].first));
    EXPECT_EQ(d.size(), dense.size());
    for (size_t x = 0; x < chosen.size(); ++x) {
      const size_t i = chosen[x];
      const auto [db, ub] = bounds[i];
      EXPECT_EQ(to_utf8[db], ub) << "boundary " << i;
      if (i < k) {
        EXPECT_EQ(d.OrigStart(db), u.OrigStart(ub)) << "boundary " << i;
      }
      if (i > 0 && x > 0 && chosen[x - 1] == i - 1) {  // the code ending here starts at a mark
        EXPECT_EQ(d.OrigEnd(db), u.OrigEnd(ub)) << "boundary " << i;
        EXPECT_EQ(WordByte(d.data()[db - 1]), WordByte(u.data()[ub - 1])) << "boundary " << i;
      }
      for (size_t y = x + 1; y < chosen.size(); ++y)
        EXPECT_EQ(SpanRespectsBoundaries(d, db, bounds[chosen[y]].first),
                  SpanRespectsBoundaries(u, ub, bounds[chosen[y]].second))
            << "span " << i << "-" << chosen[y];
    }
  }
  return mapped;
}

TEST(DenseMap, EveryBoundaryMapsAsTheUtf8FoldingWithOffsets) {
  auto table = FoldTable::Create(NormalizerOptions());
  ASSERT_TRUE(table.ok()) << table.status();
  const Normalizer mapper(table->get());
  // What the walk handles: characters with 2-byte and 3-byte dense codes
  // (冰, and the rare 龘 and 䶵), traditional ones (賭), ASCII letters kept
  // and upper-cased, sentence punctuation in both widths, an apostrophe,
  // noise without meaning (*, 🎲, ZWSP) and combining marks (U+0301, U+20DD).
  const char* const fast[] = {"冰", "毒", "賭", "博", "龘", "䶵", "a", "s", "ll", "Z", "I", "，", "。",
                              "!", "'", "*", "🎲", "\u200b", "\u0301", "\u20dd"};
  // What it leaves to the folding: whitespace, digits, references, other
  // replacements and lengths, invalid UTF-8.
  const char* const other[] = {" ", "3", "&amp;", "Ｃ", "é", "\xff", "\u3000", "㈱"};
  std::mt19937 rng(20);
  int lines = 0, mapped = 0, fast_lines = 0;
  for (int round = 0; round < 400; ++round) {
    std::string line;
    bool only_fast = true;
    const int n = 1 + static_cast<int>(rng() % 14);
    for (int i = 0; i < n; ++i) {
      if (round % 2 == 1 && rng() % 8 == 0) {
        line += other[rng() % (sizeof(other) / sizeof(other[0]))];
        only_fast = false;
      } else {
        line += fast[rng() % (sizeof(fast) / sizeof(fast[0]))];
      }
    }
    const int m = CheckLine(**table, mapper, line, round % 4 >= 2, rng);
    const size_t codes = Boundaries(**table, FoldUtf8(**table, line).view()).size() - 1;
    if (only_fast) {
      EXPECT_EQ(static_cast<size_t>(m), codes) << "a line of handled characters maps at every boundary: "
                                               << ::testing::PrintToString(line);
      ++fast_lines;
    }
    ++lines;
    mapped += m;
  }
  EXPECT_GT(fast_lines, 150);
  EXPECT_GT(mapped, 1000);
}

TEST(DenseMap, RefusesADenseCodeThatIsNotTheLines) {
  auto table = FoldTable::Create(NormalizerOptions());
  ASSERT_TRUE(table.ok()) << table.status();
  const Normalizer mapper(table->get());
  const std::string line = "冰，毒Ab龘";
  const std::string dense = (*table)->EncodeDense(Fold(**table, line));
  NormalizedText d;
  std::vector<uint32_t> to_utf8(dense.size() + 2);
  const auto map = [&](const std::string& code, std::vector<uint32_t> marks) {
    return mapper.MapDenseLine(line, 0, code, marks.data(), marks.size(), &d, to_utf8.data());
  };
  const uint32_t size = static_cast<uint32_t>(dense.size());
  ASSERT_TRUE(map(dense, {0, size}));
  for (size_t i = 0; i < dense.size(); ++i) {
    std::string bad = dense;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    EXPECT_FALSE(map(bad, {0, size})) << "byte " << i;
  }
  EXPECT_FALSE(map(dense + "x", {0, size + 1}));
  EXPECT_FALSE(map(dense.substr(0, size - 1), {0, size - 1}));
  EXPECT_FALSE(map(dense, {1, size})) << "a mark inside the first code";
  EXPECT_FALSE(map(dense, {0, size - 1})) << "the last mark inside the last code";
}

}  // namespace
}  // namespace lanjie
