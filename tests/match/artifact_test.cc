// The .ljdb artifact: round trip, and every way a file can be bad.
#include <cstring>
#include <string>
#include <vector>

#include "engine/match/hash.h"
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
using testing::Rule;
using testing::ScanText;

std::shared_ptr<const Artifact> Sample() {
  return Build({Lit("冰毒"), Lit("casino", "A.1.h"), Allow("生日快乐"), Lit("日", "A.1.h"), Rule("代开 & 发票"),
                Regex("加微信\\s*[0-9]{6,}")});
}

// Replaces the trailing SHA-256 so that only the intended damage remains.
void Reseal(std::string* bytes) {
  const std::string digest = internal::Sha256(std::string_view(*bytes).substr(0, bytes->size() - 32));
  bytes->replace(bytes->size() - 32, 32, digest);
}

std::string Message(const absl::Status& st) { return std::string(st.message()); }

TEST(Artifact, RoundTripScansIdentically) {
  auto a = Sample();
  auto b = Artifact::FromBytes(a->Serialize(), "mem");
  ASSERT_TRUE(b.ok()) << b.status();
  const std::string text = "c.a.s.i.n.o 冰*毒 生日快乐 日 代开发票 加微信 1234567";
  EXPECT_EQ(Describe(*a, ScanText(a, text)), Describe(**b, ScanText(*b, text)));
  EXPECT_EQ(a->list_hash(), (*b)->list_hash());
  EXPECT_EQ(a->entries().size(), (*b)->entries().size());
  EXPECT_EQ((*b)->entries()[0].source, "test.csv");
  EXPECT_EQ((*b)->entries()[0].line, 2u);
}

TEST(Artifact, SaveIsAtomicAndLoadReadsTheFile) {
  auto a = Sample();
  const std::string path = lanjie::testing::TmpDir() + "/artifact_test.ljdb";
  ASSERT_TRUE(a->Save(path).ok());
  auto b = Artifact::Load(path);
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ((*b)->list_hash(), a->list_hash());
  EXPECT_FALSE(Artifact::Load(path + ".missing").ok());
}

TEST(Artifact, ListHashDependsOnContentNotOnCompileTime) {
  auto a = Sample();
  auto b = Sample();
  EXPECT_EQ(a->list_hash(), b->list_hash());
  auto c = Build({Lit("冰毒", "A.1.g")});
  auto d = Build({Lit("冰毒", "A.1.f")});
  EXPECT_NE(c->list_hash(), d->list_hash());
}

TEST(Artifact, TruncatedFilesAreRefusedAtEveryLength) {
  const std::string bytes = Sample()->Serialize();
  for (size_t len : {size_t{0}, size_t{4}, size_t{8}, size_t{30}, size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = Artifact::FromBytes(bytes.substr(0, len), "cut.ljdb");
    ASSERT_FALSE(r.ok()) << len;
    EXPECT_THAT(Message(r.status()), HasSubstr("cut.ljdb")) << len;
  }
}

TEST(Artifact, AnyFlippedByteIsDetected) {
  const std::string bytes = Sample()->Serialize();
  for (size_t pos = 8; pos < bytes.size(); pos += std::max<size_t>(1, bytes.size() / 97)) {
    std::string bad = bytes;
    bad[pos] ^= 0x5a;
    auto r = Artifact::FromBytes(bad, "flip.ljdb");
    ASSERT_FALSE(r.ok()) << pos;
  }
  std::string bad = bytes;
  bad[bytes.size() / 2] ^= 1;
  EXPECT_THAT(Message(Artifact::FromBytes(bad, "x").status()), HasSubstr("checksum"));
}

TEST(Artifact, NotAnArtifactAndNewerFormatsSaySo) {
  EXPECT_THAT(Message(Artifact::FromBytes("keyword,risk\n冰毒,A.1.f\n", "list.csv").status()),
              HasSubstr("not a lanjie artifact"));
  std::string bytes = Sample()->Serialize();
  const uint32_t newer = kArtifactFormatVersion + 1;
  std::memcpy(bytes.data() + 8, &newer, 4);
  Reseal(&bytes);
  auto r = Artifact::FromBytes(bytes, "new.ljdb");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(Message(r.status()), HasSubstr("newer"));
}

TEST(Artifact, ADatabaseForAnotherPlatformAsksForARecompile) {
  std::string bytes = Sample()->Serialize();
  // Hyperscan's serialized header: magic, version, length (u32 each), then a
  // u64 platform word. Claim a platform this host cannot be.
  const size_t section = bytes.find("HSLB");
  ASSERT_NE(section, std::string::npos);
  const size_t db = section + 4 + 8;
  const uint64_t alien = ~uint64_t{0};
  std::memcpy(bytes.data() + db + 12, &alien, 8);
  Reseal(&bytes);
  auto r = Artifact::FromBytes(bytes, "other-cpu.ljdb");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(Message(r.status()), HasSubstr("another platform"));
  EXPECT_THAT(Message(r.status()), HasSubstr("lanjie compile"));
}

TEST(Artifact, OtherFoldingTablesAreRefused) {
  std::string bytes = Sample()->Serialize();
  const size_t fp = bytes.find("\"fingerprint\":\"");
  ASSERT_NE(fp, std::string::npos);
  bytes[fp + 15] = bytes[fp + 15] == '0' ? '1' : '0';
  Reseal(&bytes);
  auto r = Artifact::FromBytes(bytes, "tables.ljdb");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(Message(r.status()), HasSubstr("folding tables"));
}

TEST(Artifact, PortableDatabasesLoadAndScan) {
  CompileOptions o;
  o.portable = true;
  auto a = Build({Lit("冰毒")}, o);
  auto b = Artifact::FromBytes(a->Serialize(), "portable");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_TRUE((*b)->info().portable);
  EXPECT_EQ(ScanText(*b, "冰*毒").size(), 1u);
}

TEST(Compile, ReportsEveryBadEntryWithFileAndLine) {
  std::vector<Entry> entries = {Lit("冰毒"), Lit("***"), Regex("(unclosed"), Rule("& 发票"), Rule("!新闻"),
                                Lit("賭博"), Lit("赌博"), Lit("赌*博", "A.1.h")};
  for (size_t i = 0; i < entries.size(); ++i) entries[i].line = static_cast<uint32_t>(i + 10);
  std::vector<Diagnostic> diags;
  auto a = Artifact::Compile(entries, CompileOptions(), &diags);
  ASSERT_FALSE(a.ok());
  std::vector<std::string> text;
  for (const Diagnostic& d : diags) text.push_back(d.ToString());
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:11: error: keyword '***' folds to nothing")));
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:12: error: regex '(unclosed' rejected by Hyperscan")));
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:13: error: rule '& 发票': empty clause")));
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:14: error:")));
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:16: warning: duplicate: '赌博' folds to '赌博' like '賭博' at test.csv:15; merged")));
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:17: warning: conflict")));
}

TEST(Compile, DuplicatesAreMergedAndConflictsKeepBothRisks) {
  std::vector<Diagnostic> diags;
  auto a = Artifact::Compile({Lit("賭博"), Lit("赌博"), Lit("赌-博", "A.1.h")}, CompileOptions(), &diags);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ((*a)->entries().size(), 2u);
  EXPECT_EQ(ScanText(*a, "赌博").size(), 2u);
}

}  // namespace
}  // namespace lanjie
