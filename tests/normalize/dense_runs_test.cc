// The dense fold's fast path over runs of 3-byte sequences (eight at a time
// with AVX2 while 28 bytes are left, two at a time while 8 are, then one at
// a time) gives the dense code of the
// UTF-8 folding whatever the run's length, its alignment to the end of the
// input, and where a run is broken (dropped punctuation, a character of
// another length, an invalid or cut sequence, a Latin word).
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

std::string FoldOnce(const FoldTable& table, std::string_view input, bool dense, size_t cut) {
  Normalizer n(&table);
  n.set_line_barrier(true);
  n.set_record_offsets(false);
  n.set_dense_output(dense);
  NormalizedText out;
  n.Feed(input.substr(0, cut), &out);
  n.Feed(input.substr(cut), &out);
  n.Finish(&out);
  return std::string(out.view());
}

TEST(DenseRuns, EveryRunLengthAndBreakGivesTheDenseCodeOfTheUtf8Folding) {
  auto table = FoldTable::Create(NormalizerOptions());
  ASSERT_TRUE(table.ok()) << table.status();
  // 3-byte characters kept, replaced (traditional, full width) or dropped
  // (punctuation), and what breaks a run: other lengths, invalid or
  // surrogate sequences, a Latin word with its spaces, a line break.
  const char* const run_tokens[] = {"冰", "毒", "賭", "博", "网", "Ｃ", "，", "。", "、", "㈱"};
  const char* const breakers[] = {"a", " b ", "\n", "é", "😀", "\xED\xA0\x80", "\xE5\x86", "\xFF", "1", "&amp;"};
  std::mt19937 rng(16);
  std::vector<std::string> texts;
  for (int run = 0; run <= 12; ++run) {
    for (const char* b : breakers) {
      std::string t;
      for (int i = 0; i < run; ++i) t += run_tokens[i % 5];  // kept and replaced only
      t += b;
      for (int i = 0; i < run; ++i) t += run_tokens[rng() % (sizeof(run_tokens) / sizeof(run_tokens[0]))];
      texts.push_back(t);
      texts.push_back(t + b);  // the run ends 0-7 bytes before the end, or at it
    }
  }
  for (int i = 0; i < 300; ++i) {
    std::string t;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int j = 0; j < n; ++j) {
      if (rng() % 6 == 0) t += breakers[rng() % (sizeof(breakers) / sizeof(breakers[0]))];
      else t += run_tokens[rng() % (sizeof(run_tokens) / sizeof(run_tokens[0]))];
    }
    texts.push_back(t);
  }
  for (const std::string& s : texts) {
    const std::string want = (*table)->EncodeDense(FoldOnce(**table, s, false, s.size()));
    for (size_t cut = 0; cut <= s.size(); ++cut)
      ASSERT_EQ(FoldOnce(**table, s, true, cut), want) << ::testing::PrintToString(s) << " cut " << cut;
  }
}

// The AVX2 kernel takes whole groups of eight sequences: a run of 0-40
// characters (groups of noise alone among them) broken at each of a
// group's positions by what stops it (a sequence with no table entry, a
// lead byte of another length, a continuation byte out of place, ASCII)
// still gives the dense code of the UTF-8 folding, whole and cut anywhere.
// Fails if the kernel wrote a code of the wrong length, took a group the
// scalar loop would not, or left the wrong word state (its last length).
TEST(DenseRuns, GroupsOfEightBrokenAtEveryPosition) {
  auto table = FoldTable::Create(NormalizerOptions());
  ASSERT_TRUE(table.ok()) << table.status();
  const char* const kept[] = {"冰", "毒", "賭", "博", "网", "Ｃ", "㈱", "龍"};
  const char* const noise[] = {"，", "。", "、"};
  const char* const stops[] = {"\xED\xA0\x80", "\xE0\x80\x80", "é", "😀", "\xE5\x86" "a", "a", "\n", "1"};
  std::mt19937 rng(1604);
  std::vector<std::string> texts;
  for (int run = 0; run <= 40; ++run) {
    for (const char* stop : stops) {
      std::string t, quiet;
      for (int i = 0; i < run; ++i) {
        const bool n = rng() % 4 == 0;
        t += n ? noise[rng() % 3] : kept[rng() % 8];
        quiet += noise[i % 3];
      }
      texts.push_back(t + stop + t);
      texts.push_back(quiet + stop + t + quiet);  // whole groups of dropped noise (no bytes written)
      texts.push_back(t);
    }
  }
  for (const std::string& s : texts) {
    const std::string want = (*table)->EncodeDense(FoldOnce(**table, s, false, s.size()));
    for (size_t cut = 0; cut <= s.size(); cut += 1 + s.size() / 16)
      ASSERT_EQ(FoldOnce(**table, s, true, cut), want) << ::testing::PrintToString(s) << " cut " << cut;
  }
}

}  // namespace
}  // namespace lanjie
