// The default options' tables are built in (composed at build time by
// gen/gen_fold_default.cc): they must fold exactly as the tables composed
// at run time, and other options must still be composed.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

std::string FoldAll(const FoldTable& table, std::string_view text, bool dense) {
  Normalizer n(&table);
  n.set_line_barrier(true);
  n.set_record_offsets(!dense);
  n.set_dense_output(dense);
  NormalizedText out;
  n.Feed(text, &out);
  n.Finish(&out);
  return std::string(out.view());
}

// Every code point of the plane, each on its own line (so that folds that
// depend on the neighbour see the same neighbours in both tables).
std::string EveryCodePoint(uint32_t from, uint32_t to) {
  std::string text;
  for (uint32_t cp = from; cp < to; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    AppendUtf8(static_cast<char32_t>(cp), &text);
    text += "\u51B0\n";
  }
  return text;
}

TEST(FoldBuiltIn, DefaultTablesEqualTheComposedOnes) {
  auto built_in = FoldTable::Create(NormalizerOptions());
  auto composed = FoldTable::Compose(NormalizerOptions());
  ASSERT_TRUE(built_in.ok() && composed.ok());
  const FoldTable& a = **built_in;
  const FoldTable& b = **composed;
  EXPECT_EQ(a.options(), b.options());
  EXPECT_EQ(a.invalid_byte_entry(), b.invalid_byte_entry());
  for (uint32_t cp = 0; cp < 0x110000; ++cp) {
    const uint32_t ea = a.Lookup(cp), eb = b.Lookup(cp);
    ASSERT_EQ(ea, eb) << std::hex << cp;
    if ((ea >> 30) == FoldTable::kReplace) {
      const uint32_t len = ea & 63, at = (ea >> 6) & 0x1FFFFF;
      ASSERT_EQ(std::string_view(a.pool() + at, len), std::string_view(b.pool() + at, len)) << std::hex << cp;
    }
    ASSERT_EQ(a.DenseValue(cp), b.DenseValue(cp)) << std::hex << cp;
  }
  // The fast paths' own tables (3-byte folds, UTF-8 and dense), through folding.
  const std::string bmp = EveryCodePoint(0x80, 0x10000);
  EXPECT_EQ(FoldAll(a, bmp, false), FoldAll(b, bmp, false));
  EXPECT_EQ(FoldAll(a, bmp, true), FoldAll(b, bmp, true));
}

TEST(FoldBuiltIn, OtherOptionsAreComposedAndFoldDifferently) {
  NormalizerOptions keep_traditional;
  keep_traditional.traditional_to_simplified = false;
  auto t = FoldTable::Create(keep_traditional);
  auto d = FoldTable::Create(NormalizerOptions());
  ASSERT_TRUE(t.ok() && d.ok());
  EXPECT_EQ(FoldAll(**t, "賭博", false), "賭博");
  EXPECT_EQ(FoldAll(**d, "賭博", false), "赌博");
  EXPECT_EQ(FoldAll(**t, "ＡＢ", false), "ab");
}

// The fast paths index their 3-byte tables by FoldTable::Fold3Slot of the
// sequence's bytes: every 16-bit payload (including overlong forms and
// surrogates, which must find an empty slot) gets a slot of its own, and
// the slot read off the UTF-8 bytes (whatever follows them) is the slot of
// the code point they encode. A collision would fold one character as another.
TEST(FoldBuiltIn, Fold3SlotsAreOnePerSequence) {
  std::vector<bool> taken(0x10000, false);
  for (uint32_t cp = 0; cp < 0x10000; ++cp) {
    const uint32_t slot = FoldTable::Fold3SlotOf(cp);
    ASSERT_LT(slot, 0x10000u);
    ASSERT_FALSE(taken[slot]) << std::hex << cp;
    taken[slot] = true;
    const uint32_t seq = (0xE0u | (cp >> 12)) | (0x80u | ((cp >> 6) & 0x3F)) << 8 | (0x80u | (cp & 0x3F)) << 16;
    ASSERT_EQ(FoldTable::Fold3Slot(seq), slot) << std::hex << cp;
    ASSERT_EQ(FoldTable::Fold3Slot(seq | 0xE4000000u), slot) << std::hex << cp;
  }
  // Overlong forms and surrogates are invalid bytes (noise, dropped by
  // default) on both fast paths, also inside a pair of sequences.
  auto table = FoldTable::Create(NormalizerOptions());
  ASSERT_TRUE(table.ok());
  const std::string clean = "\u51B0\u6BD2\u51B0\u6BD2\n";
  for (const char* bad : {"\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF"}) {
    const std::string text = std::string("\u51B0") + bad + "\u6BD2\u51B0\u6BD2\n";
    EXPECT_EQ(FoldAll(**table, text, false), clean) << bad;
    EXPECT_EQ(FoldAll(**table, text, true), FoldAll(**table, clean, true)) << bad;
  }
}

}  // namespace
}  // namespace lanjie
