// LoadOptions::read_in_place: the entry table read from the loaded bytes,
// the UTF-8 stream databases checked at load but deserialized on first
// use; the same artifact, the same hits and the same errors as a load that
// copies and deserializes everything.
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "lanjie/match/hash.h"
#include "match/compiled.h"
#include "match/hs_crc.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/common/tmp_dir.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;
using testing::Allow;
using testing::Build;
using testing::Describe;
using testing::Lit;
using testing::Regex;
using testing::Reseal;
using testing::Rule;
using testing::SampleArtifact;
using testing::ScanText;
using testing::StreamText;

const char kText[] = "c.a.s.i.n.o 冰*毒 生日快乐 日 代开发票 加微信 1234567";

LoadOptions Deferred(int threads) {
  LoadOptions o;
  o.threads = threads;
  o.read_in_place = true;
  return o;
}

// What a load gives: the error, or the artifact's counts and (for
// undamaged files) its hits on kText by every scanner.
std::string Verdict(const std::string& bytes, const LoadOptions& options, bool scan = false) {
  auto r = Artifact::FromBytes(bytes, "v.ljdb", options);
  if (!r.ok()) return r.status().ToString();
  const Artifact::Info info = (*r)->info();
  std::string verdict = "ok " + (*r)->list_hash() + " " + std::to_string((*r)->entries().size()) + " " +
                        std::to_string(info.literal_patterns) + " " + std::to_string(info.regex_patterns);
  if (scan) {
    for (const std::string& hit : Describe(**r, ScanText(*r, kText))) verdict += " " + hit;
    for (const std::string& hit : Describe(**r, StreamText(*r, kText, {5, 17}))) verdict += " s:" + hit;
  }
  return verdict;
}

// ScanLines' hits on two lines of text ("line: keyword@start-end ...").
std::string LineHits(Scanner& scanner) {
  std::string out;
  const absl::Status st = scanner.ScanLines(std::string(kText) + "\n冰毒\n", true,
                                            [&](size_t index, uint64_t, const std::vector<Hit>& hits) {
                                              out += std::to_string(index) + ":";
                                              for (const std::string& h : Describe(scanner.artifact(), hits))
                                                out += " " + h;
                                              out += "\n";
                                            });
  EXPECT_TRUE(st.ok()) << st;
  return out;
}

// The raw CRC-32C, one bit at a time.
uint32_t SlowCrc(const unsigned char* p, size_t n) {
  uint32_t crc = 0;
  for (size_t i = 0; i < n; ++i) {
    crc ^= p[i];
    for (int b = 0; b < 8; ++b) crc = (crc & 1) ? (crc >> 1) ^ 0x82f63b78 : crc >> 1;
  }
  return crc;
}

TEST(DeferredLoad, CrcIsHyperscansForEveryDatabaseAndEveryLength) {
  ASSERT_TRUE(internal::HsBytecodeCrcAvailable()) << "this suite runs on x86-64 with SSE4.2";
  const std::string bytes = SampleArtifact()->Serialize();
  for (const char* tag : {"HSLS", "HSRB", "HSRS", "HSLD"}) {
    const size_t at = bytes.find(tag) + 12;  // tag, length, then Hyperscan's header
    uint32_t length = 0, crc = 0;
    std::memcpy(&length, bytes.data() + at + 8, 4);
    std::memcpy(&crc, bytes.data() + at + 20, 4);
    EXPECT_EQ(internal::HsBytecodeCrc(bytes.data() + at + 32, length), crc) << tag;
  }
  std::mt19937 rng(16);
  std::string data(20000, '\0');
  for (char& c : data) c = static_cast<char>(rng());
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  // Short lengths (one stream), around the three-stream threshold, and
  // every tail length, at odd and even starts.
  for (size_t n : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{9}, size_t{4095}, size_t{4096}, size_t{4097},
                   size_t{4119}, size_t{10001}, size_t{19990}})
    for (size_t start : {size_t{0}, size_t{1}, size_t{5}})
      ASSERT_EQ(internal::HsBytecodeCrc(p + start, n), SlowCrc(p + start, n)) << n << " at " << start;
}

TEST(DeferredLoad, StreamDatabasesWaitForTheirFirstUseAndScanTheSame) {
  const auto eager = SampleArtifact();
  const std::string bytes = eager->Serialize();
  for (int threads : {1, 2}) {
    auto a = Artifact::FromBytes(bytes, "mem", Deferred(threads));
    ASSERT_TRUE(a.ok()) << a.status();
    const internal::CompiledData& d = internal::DataOf(**a);
    EXPECT_TRUE(d.literal_stream.present());
    EXPECT_TRUE(d.regex_stream.present());
    EXPECT_EQ(d.literal_stream.loaded(), nullptr) << "deferred";
    EXPECT_EQ(d.regex_stream.loaded(), nullptr) << "deferred";
    EXPECT_EQ((*a)->Serialize(), bytes) << "the deferred bytes are written as they were read";
    // ScanLines needs neither stream database.
    auto scanner = Scanner::Create(*a);
    ASSERT_TRUE(scanner.ok()) << scanner.status();
    EXPECT_EQ(LineHits(**scanner), LineHits(**Scanner::Create(eager)));
    EXPECT_THAT(LineHits(**scanner), HasSubstr("冰毒@"));
    EXPECT_EQ(d.literal_stream.loaded(), nullptr) << "ScanLines did not need it";
    // A single text on the same scanner: the literal stream is deserialized now.
    std::vector<Hit> hits;
    ASSERT_TRUE((*scanner)->Scan(kText, &hits).ok());
    EXPECT_EQ(Describe(**a, hits), Describe(*eager, ScanText(eager, kText)));
    EXPECT_NE(d.literal_stream.loaded(), nullptr);
    EXPECT_EQ(Describe(**a, StreamText(*a, kText, {3, 20})), Describe(*eager, StreamText(eager, kText, {3, 20})));
    EXPECT_NE(d.regex_stream.loaded(), nullptr);
    EXPECT_EQ((*a)->Serialize(), bytes);
  }
}

TEST(DeferredLoad, ScannersOnManyThreadsDeserializeOnceAndAgree) {
  const auto eager = SampleArtifact();
  auto a = Artifact::FromBytes(eager->Serialize(), "mem", Deferred(1));
  ASSERT_TRUE(a.ok()) << a.status();
  // Scanners made before the first use (their scratch lacks the stream
  // databases) and threads racing to deserialize them.
  std::vector<std::unique_ptr<Scanner>> scanners;
  for (int i = 0; i < 4; ++i) scanners.push_back(*Scanner::Create(*a));
  std::vector<std::vector<std::string>> got(8);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      std::vector<Hit> hits;
      if (i < 4) {
        if (scanners[i]->Scan(kText, &hits).ok()) got[i] = Describe(**a, hits);
      } else {
        got[i] = Describe(**a, StreamText(*a, kText, {7}));
      }
    });
  for (std::thread& t : threads) t.join();
  const std::vector<std::string> want = Describe(*eager, ScanText(eager, kText));
  for (int i = 0; i < 8; ++i) EXPECT_EQ(got[i], want) << i;
}

TEST(DeferredLoad, EveryDamageGivesTheSameErrorAsAnEagerLoad) {
  const std::string bytes = SampleArtifact()->Serialize();
  const std::string eager = Verdict(bytes, LoadOptions(), true);
  ASSERT_THAT(eager, HasSubstr("冰毒"));
  ASSERT_EQ(Verdict(bytes, Deferred(1), true), eager);
  ASSERT_EQ(Verdict(bytes, Deferred(2), true), eager);
  // Every byte of the stream databases' headers and ~200 of their
  // bytecode, flipped with the trailer resealed (Hyperscan's header checks
  // and CRC-32C decide), and ~300 bytes elsewhere, trailer left and resealed.
  size_t refused = 0;
  std::vector<size_t> positions;
  for (const char* tag : {"HSLS", "HSRS"}) {
    const size_t at = bytes.find(tag) + 12;
    uint64_t len = 0;
    std::memcpy(&len, bytes.data() + at - 8, 8);
    for (size_t i = 0; i < 64; ++i) positions.push_back(at + i);
    for (size_t i = 64; i < len; i += std::max<size_t>(1, len / 100)) positions.push_back(at + i);
  }
  for (size_t pos = 0; pos < bytes.size(); pos += std::max<size_t>(1, bytes.size() / 300)) positions.push_back(pos);
  for (size_t pos : positions)
    for (bool reseal : {false, true}) {
      std::string bad = bytes;
      bad[pos] ^= 0x5a;
      if (reseal) Reseal(&bad);
      const std::string want = Verdict(bad, LoadOptions());
      ASSERT_EQ(Verdict(bad, Deferred(1)), want) << "byte " << pos << (reseal ? " resealed" : "");
      ASSERT_EQ(Verdict(bad, Deferred(2)), want) << "byte " << pos << (reseal ? " resealed" : "");
      refused += want.substr(0, 3) != "ok ";
    }
  EXPECT_GT(refused, 700u);
}

TEST(DeferredLoad, AStreamDatabaseForAnotherPlatformIsRefusedAtLoad) {
  std::string bytes = SampleArtifact()->Serialize();
  const uint64_t alien = ~uint64_t{0};
  std::memcpy(bytes.data() + bytes.find("HSRS") + 12 + 12, &alien, 8);
  Reseal(&bytes);
  auto r = Artifact::FromBytes(bytes, "other-cpu.ljdb", Deferred(1));
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("regex stream database was compiled for another platform"));
  EXPECT_EQ(Verdict(bytes, Deferred(2)), Verdict(bytes, LoadOptions()));
}

TEST(DeferredLoad, AnEntryTableReadInPlaceKeepsItsBytes) {
  const auto eager = SampleArtifact();
  auto bytes = std::make_shared<std::string>(eager->entries().bytes());
  const char* data = bytes->data();
  auto t = EntryTable::FromKeptBytes(*bytes, bytes);
  ASSERT_TRUE(t.ok()) << t.status();
  bytes.reset();  // the table holds them now
  EXPECT_EQ(t->bytes().data(), data) << "no copy";
  const EntryTable copy = *t;
  ASSERT_EQ(copy.size(), eager->entries().size());
  for (size_t i = 0; i < copy.size(); ++i) {
    EXPECT_EQ(copy[i].keyword, eager->entries()[i].keyword);
    EXPECT_EQ(copy[i].source, eager->entries()[i].source);
  }
  std::string bad(eager->entries().bytes());
  bad.resize(bad.size() - 1);
  EXPECT_FALSE(EntryTable::FromKeptBytes(bad, nullptr).ok()) << "the same checks as FromBytes";
}

TEST(DeferredLoad, LoadKeepsTheFileForTheDeferredDatabases) {
  const auto eager = SampleArtifact();
  const std::string path = lanjie::testing::TmpDir() + "/deferred_load.ljdb";
  ASSERT_TRUE(eager->Save(path).ok());
  auto a = Artifact::Load(path, Deferred(2));
  ASSERT_TRUE(a.ok()) << a.status();
  // Replaced by rename (as compile and Save do) before the first use: the
  // artifact still reads the file it loaded.
  ASSERT_TRUE(Build({Lit("别的")})->Save(path).ok());
  EXPECT_EQ(internal::DataOf(**a).literal_stream.loaded(), nullptr);
  EXPECT_EQ(Describe(**a, ScanText(*a, kText)), Describe(*eager, ScanText(eager, kText)));
  // Lists with only literals and only regexes.
  for (auto list : {Build({Lit("冰毒"), Lit("casino", "A.1.h")}), Build({Regex("加微信\\s*[0-9]{6,}")})}) {
    auto c = Artifact::FromBytes(list->Serialize(), "mem", Deferred(1));
    ASSERT_TRUE(c.ok()) << c.status();
    EXPECT_EQ(Describe(**c, ScanText(*c, kText)), Describe(*list, ScanText(list, kText)));
  }
}

// The pattern, rule and variant tables of an artifact read in place are
// views of the file (no copy, no fresh pages: a 250k list loaded in half the
// time, bench/RESULTS.md); compile writes them aligned for that (PADD
// sections). A load that copies, and bytes that are not aligned, copy them;
// every way scans the same.
TEST(DeferredLoad, TablesReadInPlaceAreViewsOfTheFile) {
  const auto eager = Build({Lit("冰毒"), Lit("法轮功"), Lit("casino", "A.1.h"), Allow("生日快乐"), Rule("代开 & 发票"),
                            Regex("加微信\\s*[0-9]{6,}")});
  const auto viewed = [](const Artifact& a) {
    const internal::CompiledData& d = internal::DataOf(a);
    EXPECT_FALSE(d.variant_patterns.empty()) << "the list has variant patterns";
    EXPECT_FALSE(d.clauses.empty() || d.rules.empty() || d.regex_patterns.empty());
    return std::vector<bool>{d.literal_patterns.viewed(), d.regex_patterns.viewed(),    d.clauses.viewed(),
                             d.rules.viewed(),            d.dense_lengths.viewed(),     d.variant_patterns.viewed(),
                             d.variant_syllables.viewed(), d.variant_chars.viewed(), d.variant_prefix_order.viewed()};
  };
  const std::vector<bool> all(9, true), none(9, false);
  EXPECT_EQ(viewed(*eager), none) << "a compile owns its tables";
  const auto hits = [](const std::shared_ptr<const Artifact>& a) { return Describe(*a, ScanText(a, kText)); };
  ASSERT_FALSE(hits(eager).empty());

  const std::string path = lanjie::testing::TmpDir() + "/in_place_tables.ljdb";
  ASSERT_TRUE(eager->Save(path).ok());
  for (int threads : {1, 2}) {
    auto a = Artifact::Load(path, Deferred(threads));
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(viewed(**a), all) << threads << " threads";
    EXPECT_EQ(hits(*a), hits(eager));
    EXPECT_EQ(internal::PodBytes(internal::DataOf(**a).variant_patterns),
              internal::PodBytes(internal::DataOf(*eager).variant_patterns));
  }
  auto copied = Artifact::Load(path, LoadOptions());
  ASSERT_TRUE(copied.ok()) << copied.status();
  EXPECT_EQ(viewed(**copied), none) << "a load that copies";
  EXPECT_EQ(hits(*copied), hits(eager));

  // The same bytes one byte off alignment: copied, and the same hits.
  auto shifted = std::make_shared<std::string>("x" + eager->Serialize());
  auto off = internal::ArtifactAccess::FromKeptBytes(std::string_view(*shifted).substr(1), "off.ljdb", Deferred(1),
                                                     shifted);
  ASSERT_TRUE(off.ok()) << off.status();
  EXPECT_EQ(viewed(**off), none) << "records that are not aligned are copied";
  EXPECT_EQ(hits(*off), hits(eager));
}

}  // namespace
}  // namespace lanjie
