// ScanLines, StreamScanner and Scan agree on generated evasive text
// (scan_paths.h), seeded so that a failure repeats.
#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/match/scan_paths.h"

namespace lanjie::testing {
namespace {

// Bytes for ScanPathsText: mostly pieces (the first bytes), some raw bytes.
std::vector<uint8_t> RandomPieces(std::mt19937& rng) {
  const bool long_text = std::uniform_int_distribution<int>(0, 4)(rng) == 0;
  std::vector<uint8_t> bytes(std::uniform_int_distribution<int>(1, long_text ? 400 : 48)(rng));
  std::uniform_int_distribution<int> piece(0, static_cast<int>(ScanPathsPieces().size()) - 1), raw(0, 255),
      coin(0, 9);
  for (uint8_t& b : bytes) b = static_cast<uint8_t>(coin(rng) == 0 ? raw(rng) : piece(rng));
  return bytes;
}

TEST(ScanPaths, LinesStreamAndSingleTextsReportTheSameHitsOnEvasiveText) {
  const auto artifacts = ScanPathsArtifacts();
  ASSERT_EQ(artifacts.size(), 4u);
  std::mt19937 rng(20261207);
  size_t variant_hits = 0, hits = 0;
  for (const auto& artifact : artifacts) {
    ScanPathsChecker checker(artifact);
    auto counter = Scanner::Create(artifact);
    ASSERT_TRUE(counter.ok());
    for (int i = 0; i < 2000; ++i) {
      const std::vector<uint8_t> bytes = RandomPieces(rng);
      const std::string text = ScanPathsText(bytes.data(), bytes.size());
      std::vector<size_t> cuts;
      for (int c = std::uniform_int_distribution<int>(0, 4)(rng); c > 0; --c)
        cuts.push_back(std::uniform_int_distribution<size_t>(0, text.size())(rng));
      std::sort(cuts.begin(), cuts.end());
      const std::string problem = checker.Check(text, cuts);
      ASSERT_EQ(problem, "") << "text \"" << text << "\"";
      std::vector<Hit> found;
      ASSERT_TRUE((*counter)->Scan(text, &found).ok());
      hits += found.size();
      for (const Hit& h : found) variant_hits += h.via != 0;
    }
  }
  // The generated text exercised the variant walk, not only the literals.
  EXPECT_GT(hits, 1000u);
  EXPECT_GT(variant_hits, 100u);
}

// What `lanjie scan` runs is a saved artifact (the variant index read back
// from its VIDX section, the databases deserialized): it finds what the
// artifact found when just compiled.
TEST(ScanPaths, ASavedAndLoadedListFindsWhatTheCompiledOneFound) {
  std::mt19937 rng(7);
  size_t hits = 0;
  for (const auto& compiled : ScanPathsArtifacts()) {
    auto loaded = Artifact::FromBytes(compiled->Serialize(), "scan_paths.ljdb");
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    auto a = Scanner::Create(compiled), b = Scanner::Create(*loaded);
    ASSERT_TRUE(a.ok() && b.ok());
    for (int i = 0; i < 500; ++i) {
      const std::vector<uint8_t> bytes = RandomPieces(rng);
      const std::string text = ScanPathsText(bytes.data(), bytes.size());
      std::vector<Hit> from_compiled, from_loaded;
      ASSERT_TRUE((*a)->Scan(text, &from_compiled).ok());
      ASSERT_TRUE((*b)->Scan(text, &from_loaded).ok());
      ASSERT_EQ(DescribeHits(from_loaded), DescribeHits(from_compiled)) << "text \"" << text << "\"";
      hits += from_compiled.size();
    }
  }
  EXPECT_GT(hits, 500u);
}

TEST(ScanPaths, TheListsCatchEveryVariantClassOnWhichThePathsAgree) {
  const auto artifacts = ScanPathsArtifacts();
  ASSERT_FALSE(artifacts.empty());
  ScanPathsChecker checker(artifacts[0]);
  const std::string text = "兵毒 bing du 木仓支\n女干 casino 买6合彩";
  EXPECT_EQ(checker.Check(text, {3, 7}), "");
  std::vector<Hit> hits;
  auto scanner = Scanner::Create(artifacts[0]);
  ASSERT_TRUE(scanner.ok());
  ASSERT_TRUE((*scanner)->Scan(text, &hits).ok());
  std::map<std::string, size_t> vias;
  for (const Hit& h : hits) ++vias[ViaName(h.via)];
  EXPECT_GT(vias["pinyin"], 0u);
  EXPECT_GT(vias["homophone"], 0u);  // 兵毒, opted in
  EXPECT_GT(vias["chaizi"], 0u);
  EXPECT_GT(vias["numeral"], 0u);
}

}  // namespace
}  // namespace lanjie::testing
