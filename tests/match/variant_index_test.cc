// The variant index stored in artifacts (the VIDX section): what Load reads
// back is what Build makes, files without it still scan the same, and a
// damaged one is refused or scans inside the text.
#include <cstring>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "match/compiled.h"
#include "lanjie/common/utf8.h"
#include "lanjie/match/variant_forms.h"
#include "match/variants.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;
using testing::Build;
using testing::Describe;
using testing::Lit;
using testing::Reseal;
using testing::ScanText;

constexpr size_t kHeaderSize = 24;   // magic, format, endian mark, payload size
constexpr size_t kPayloadSizeAt = 16;

// Every variant class, 拆字 and a two-character homophone (opt-in) among them.
std::shared_ptr<const Artifact> VariantList() {
  Entry bing = Lit("冰毒");
  bing.variants = "pinyin,homophone,chaizi";
  static const auto a =
      Build({bing, Lit("强奸", "A.1.h"), Lit("枪支"), Lit("法轮功", "A.1.a"), Lit("银行卡", "A.1.h"), Lit("毒")});
  return a;
}

// Texts that hide the keywords with every class: pinyin, homophones, 拆字.
const char kEvasions[] =
    "bingdu 兵毒 女干 木仓支 法仑功 fa lun gong 银航卡 yin hang ka 冰du 女干的 正常的句子";

// Where the VIDX section's body starts and how long it is (npos: none).
std::pair<size_t, uint64_t> FindIndexSection(const std::string& bytes) {
  size_t at = kHeaderSize;
  while (at + 12 <= bytes.size() - 16) {
    uint64_t len = 0;
    std::memcpy(&len, bytes.data() + at + 4, 8);
    if (std::memcmp(bytes.data() + at, "VIDX", 4) == 0) return {at + 12, len};
    at += 12 + len;
  }
  return {std::string::npos, 0};
}

// The same artifact written without the index, as before it was stored.
std::string WithoutIndex(const std::string& bytes) {
  const auto [body, len] = FindIndexSection(bytes);
  std::string out = bytes;
  out.erase(body - 12, 12 + len);
  uint64_t payload = 0;
  std::memcpy(&payload, out.data() + kPayloadSizeAt, 8);
  payload -= 12 + len;
  std::memcpy(out.data() + kPayloadSizeAt, &payload, 8);
  Reseal(&out);
  return out;
}

TEST(VariantIndex, TheStoredIndexIsTheOneBuildMakes) {
  const std::string bytes = VariantList()->Serialize();
  const auto [body, len] = FindIndexSection(bytes);
  ASSERT_NE(body, std::string::npos);
  auto loaded = Artifact::FromBytes(bytes, "v.ljdb");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  const internal::CompiledData& d = internal::DataOf(**loaded);
  internal::VariantIndex built;
  built.Build(d.variant_patterns, d.variant_syllables, d.variant_chars);
  EXPECT_EQ(d.variant_index.Serialize(), built.Serialize());
  EXPECT_EQ(bytes.substr(body, len), built.Serialize());
  // Every pattern is in the range of its last two syllables, found by rank.
  const uint32_t stride = built.stride();
  for (uint32_t i = 0; i < d.variant_patterns.size(); ++i) {
    const internal::VariantPattern& p = d.variant_patterns[i];
    const uint32_t bigram = d.variant_syllables[p.offset + p.length - 2] * stride +
                            d.variant_syllables[p.offset + p.length - 1];
    ASSERT_TRUE(d.variant_index.MayEnd(bigram)) << i;
    ASSERT_TRUE(d.variant_index.HasRange(bigram)) << i;
    const auto [first, end] = d.variant_index.Range(bigram);
    EXPECT_LE(first, i) << i;
    EXPECT_GT(end, i) << i;
    // The range holds this bigram's patterns only.
    for (uint32_t j = first; j < end; ++j) {
      const internal::VariantPattern& q = d.variant_patterns[j];
      EXPECT_EQ(d.variant_syllables[q.offset + q.length - 2] * stride + d.variant_syllables[q.offset + q.length - 1],
                bigram);
    }
  }
  EXPECT_FALSE(d.variant_index.MayEnd(0));  // syllable 0 ends no pattern
}

// The bitmaps are over text ids, the last ones sets of readings: a
// keyword whose last two syllables belong to the last set sets bits in
// the bitmaps' last words, where the pattern ranges' count is checked.
TEST(VariantIndex, KeywordsEndingInTheLastSetOfReadingsLoad) {
  const internal::VariantData& data = internal::VariantData::Get();
  uint16_t syl[4];
  const int n = data.Expand(static_cast<uint16_t>(internal::VariantData::text_id_count() - 1), syl);
  ASSERT_GE(n, 2);
  std::vector<Entry> entries;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      const std::vector<char32_t> a = CharactersWithReading(internal::VariantData::Syllable(syl[i]));
      const std::vector<char32_t> b = CharactersWithReading(internal::VariantData::Syllable(syl[j]));
      if (a.empty() || b.empty()) continue;
      std::string keyword = "测试";
      AppendUtf8(a[0], &keyword);
      AppendUtf8(b[0], &keyword);
      entries.push_back(Lit(keyword));
    }
  ASSERT_FALSE(entries.empty());
  const std::string bytes = Build(entries)->Serialize();
  auto loaded = Artifact::FromBytes(bytes, "last.ljdb");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
}

TEST(VariantIndex, AnIndexOfAnotherLayoutIsRebuiltAndScansTheSame) {
  const std::string bytes = VariantList()->Serialize();
  const auto [body, len] = FindIndexSection(bytes);
  ASSERT_NE(body, std::string::npos);
  auto stored = Artifact::FromBytes(bytes, "v.ljdb");
  ASSERT_TRUE(stored.ok()) << stored.status();
  // The header's first field: the layout (high half) and the text ids
  // (low half) it was built for. An older lanjie wrote layout 0, over
  // syllables only; another alphabet has another count.
  const uint32_t text_ids = internal::VariantData::text_id_count();
  for (const uint32_t field : {internal::VariantData::syllable_count(), (2u << 16) | (text_ids + 1), 0u}) {
    std::string other = bytes;
    std::memcpy(other.data() + body, &field, 4);
    Reseal(&other);
    auto rebuilt = Artifact::FromBytes(other, "old.ljdb");
    ASSERT_TRUE(rebuilt.ok()) << rebuilt.status();
    EXPECT_EQ(Describe(**rebuilt, ScanText(*rebuilt, kEvasions)), Describe(**stored, ScanText(*stored, kEvasions)));
    EXPECT_EQ(internal::DataOf(**rebuilt).variant_index.Serialize(), bytes.substr(body, len));
  }
}

TEST(VariantIndex, AnArtifactWithoutTheIndexBuildsItAndScansTheSame) {
  const std::string bytes = VariantList()->Serialize();
  auto stored = Artifact::FromBytes(bytes, "v.ljdb");
  auto built = Artifact::FromBytes(WithoutIndex(bytes), "old.ljdb");
  ASSERT_TRUE(stored.ok()) << stored.status();
  ASSERT_TRUE(built.ok()) << built.status();
  const std::vector<std::string> hits = Describe(**stored, ScanText(*stored, kEvasions));
  EXPECT_GE(hits.size(), 8u);  // the evasions are caught at all
  EXPECT_EQ(Describe(**built, ScanText(*built, kEvasions)), hits);
  EXPECT_EQ(internal::DataOf(**built).variant_index.Serialize(), internal::DataOf(**stored).variant_index.Serialize());
}

TEST(VariantIndex, ListsWithoutVariantsStoreNone) {
  CompileOptions off;
  off.variants.pinyin = off.variants.homophone = off.variants.chaizi = false;
  const auto a = Build({Lit("冰毒"), Lit("赌博")}, off);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(FindIndexSection(a->Serialize()).first, std::string::npos);
}

TEST(VariantIndex, ADamagedIndexIsRefusedByNameOrScansInsideTheText) {
  const std::string bytes = VariantList()->Serialize();
  const auto [body, len] = FindIndexSection(bytes);
  ASSERT_NE(body, std::string::npos);
  // Sizes, ranges and their order: refused, naming the index.
  // (Field 0, the layout, is AnIndexOfAnotherLayoutIsRebuiltAndScansTheSame's.)
  for (size_t field = 1; field < 8; ++field) {
    std::string bad = bytes;
    bad[body + 4 * field] ^= 0x40;
    Reseal(&bad);
    auto r = Artifact::FromBytes(bad, "d.ljdb");
    ASSERT_FALSE(r.ok()) << "header field " << field;
    EXPECT_THAT(std::string(r.status().message()), HasSubstr("d.ljdb")) << field;
    EXPECT_THAT(std::string(r.status().message()), HasSubstr("variant index")) << field;
  }
  // A body cut short, or one byte too long, is refused too.
  for (int64_t delta : {-1, 1}) {
    std::string bad = bytes;
    if (delta < 0) {
      bad.erase(body + len - 1, 1);
    } else {
      bad.insert(body + len, 1, '\0');
    }
    uint64_t section = len + delta, payload = 0;
    std::memcpy(bad.data() + body - 8, &section, 8);
    std::memcpy(&payload, bad.data() + kPayloadSizeAt, 8);
    payload += delta;
    std::memcpy(bad.data() + kPayloadSizeAt, &payload, 8);
    Reseal(&bad);
    auto r = Artifact::FromBytes(bad, "d.ljdb");
    ASSERT_FALSE(r.ok()) << delta;
    EXPECT_THAT(std::string(r.status().message()), HasSubstr("variant index")) << delta;
  }
  // Any byte of the pattern ranges (the tail before the word table):
  // refused, or every hit lies inside the text.
  const size_t word_table = 2u << 16;
  const size_t ranges_end = body + len - word_table;
  size_t refused = 0;
  for (size_t pos = ranges_end - 64; pos < ranges_end; ++pos) {
    std::string bad = bytes;
    bad[pos] ^= 0x11;
    Reseal(&bad);
    auto r = Artifact::FromBytes(bad, "d.ljdb");
    if (!r.ok()) {
      ++refused;
      continue;
    }
    for (const Hit& h : ScanText(*r, kEvasions)) ASSERT_LE(h.end, sizeof(kEvasions) - 1) << pos;
  }
  EXPECT_GT(refused, 0u);
  // A word-table entry whose text id is past the text ids (the walk
  // indexes the bigram bitmaps with it): refused.
  for (size_t entry : {size_t{0}, size_t{0x4E2D}, size_t{0xFFFF}}) {
    std::string bad = bytes;
    bad[ranges_end + 2 * entry] = '\xFF';
    bad[ranges_end + 2 * entry + 1] = '\xFF';
    Reseal(&bad);
    auto r = Artifact::FromBytes(bad, "d.ljdb");
    ASSERT_FALSE(r.ok()) << entry;
    EXPECT_THAT(std::string(r.status().message()), HasSubstr("word table")) << entry;
  }
}

}  // namespace
}  // namespace lanjie
