// FoldBuffer: the block buffer of every scanning thread. Buffers of 1 MiB
// and more are mappings of 2 MiB pages (normalize.h); what a user relies on
// is that growing, copying and moving keep the bytes, across the change
// from new[] to a mapping, and that a block folded into such a buffer is
// folded as in pieces.
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

std::string Pattern(size_t n, unsigned seed) {
  std::string s(n, '\0');
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < n; ++i) {
    x = x * 1664525u + 1013904223u;
    s[i] = static_cast<char>(x >> 24);
  }
  return s;
}

void Fill(FoldBuffer& b, const std::string& s) {
  b.resize(s.size());
  std::memcpy(b.data(), s.data(), s.size());
}

std::string Bytes(const FoldBuffer& b) { return std::string(b.data(), b.size()); }

TEST(FoldBuffer, GrowingPastTheMappedSizeKeepsTheBytes) {
  FoldBuffer b;
  const std::string small = Pattern(1000, 1);
  Fill(b, small);
  // Grow in steps across kMappedFrom: every step keeps what was written.
  for (size_t n : {size_t{4096}, FoldBuffer::kMappedFrom - 1, FoldBuffer::kMappedFrom + 7, size_t{5} << 20}) {
    b.resize(n);
    ASSERT_EQ(b.size(), n);
    ASSERT_GE(b.capacity(), n);
    EXPECT_EQ(std::string(b.data(), small.size()), small) << n;
    b.data()[n - 1] = 'z';  // the whole size is writable
  }
  // A block a few hundred bytes longer than the first does not grow it again.
  FoldBuffer c;
  c.resize((1 << 20) + 640);
  const char* first = c.data();
  const size_t cap = c.capacity();
  c.clear();
  c.resize((1 << 20) + 1280);
  EXPECT_EQ(c.data(), first);
  EXPECT_EQ(c.capacity(), cap);
}

TEST(FoldBuffer, CopyAndMoveOfLargeAndSmallBuffers) {
  for (size_t n : {size_t{100}, (size_t{3} << 20) + 11}) {
    const std::string want = Pattern(n, static_cast<unsigned>(n));
    FoldBuffer a;
    Fill(a, want);
    FoldBuffer copy(a);
    EXPECT_EQ(Bytes(copy), want);
    EXPECT_NE(copy.data(), a.data());
    FoldBuffer assigned;
    Fill(assigned, Pattern(50, 9));
    assigned = a;
    EXPECT_EQ(Bytes(assigned), want);
    const char* p = a.data();
    FoldBuffer moved(std::move(a));
    EXPECT_EQ(moved.data(), p);
    EXPECT_EQ(Bytes(moved), want);
    FoldBuffer target;
    Fill(target, Pattern((size_t{2} << 20) + 5, 3));  // a mapped buffer is released on assignment
    target = std::move(moved);
    EXPECT_EQ(target.data(), p);
    EXPECT_EQ(Bytes(target), want);
    a = std::move(target);  // a moved-from buffer takes another
    EXPECT_EQ(Bytes(a), want);
  }
}

TEST(FoldBuffer, BlockOverAMebibyteFoldsAsInPieces) {
  // ~3 MB of mixed text (full-width, traditional, noise, lines), folded as
  // the block pass folds (dense code, line barriers) and in UTF-8: one Feed
  // into one buffer against many small Feeds.
  const std::string unit = "ＡＢＣ冰。毒 abc 發財 x.y.z\n";
  std::string text;
  while (text.size() < (size_t{3} << 20)) text += unit;
  auto table = FoldTable::Shared(NormalizerOptions());
  ASSERT_TRUE(table.ok()) << table.status();
  for (bool dense : {false, true}) {
    Normalizer one(table->get());
    one.set_line_barrier(true);
    one.set_dense_output(dense);
    NormalizedText whole;
    one.Feed(text, &whole);
    one.Finish(&whole);
    Normalizer many(table->get());
    many.set_line_barrier(true);
    many.set_dense_output(dense);
    NormalizedText pieces;
    for (size_t i = 0; i < text.size(); i += 997) many.Feed(std::string_view(text).substr(i, 997), &pieces);
    many.Finish(&pieces);
    ASSERT_GT(whole.size(), FoldBuffer::kMappedFrom) << dense;
    EXPECT_EQ(whole.view(), pieces.view()) << dense;
    if (!dense) {
      const std::string line = Fold(**table, unit);
      ASSERT_FALSE(line.empty());
      EXPECT_EQ(whole.view().substr(0, line.size()), line);
    }
  }
}

}  // namespace
}  // namespace lanjie
