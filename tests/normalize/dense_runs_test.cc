// The dense fold's fast path over runs of 3-byte sequences (two at a time
// while 8 bytes are left, then one at a time) gives the dense code of the
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

}  // namespace
}  // namespace lanjie
