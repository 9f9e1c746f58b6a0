// The .ljdb artifact: round trip, and every way a file can be bad.
#include <cstring>
#include <string>
#include <vector>

#include "lanjie/common/version.h"
#include "lanjie/match/hash.h"
#include "match/compiled.h"
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

std::string Message(const absl::Status& st) { return std::string(st.message()); }

TEST(Artifact, RoundTripScansIdentically) {
  auto a = SampleArtifact();
  auto b = Artifact::FromBytes(a->Serialize(), "mem");
  ASSERT_TRUE(b.ok()) << b.status();
  const std::string text = "c.a.s.i.n.o 冰*毒 生日快乐 日 代开发票 加微信 1234567";
  EXPECT_EQ(Describe(*a, ScanText(a, text)), Describe(**b, ScanText(*b, text)));
  EXPECT_EQ(a->list_hash(), (*b)->list_hash());
  EXPECT_EQ(a->entries().size(), (*b)->entries().size());
  EXPECT_EQ((*b)->entries()[0].source, "test.csv");
  EXPECT_EQ((*b)->entries()[0].line, 2u);
  // The header names the lanjie that compiled it: CMake's project(VERSION).
  EXPECT_EQ(a->info().lanjie_version, Version());
  EXPECT_EQ((*b)->info().lanjie_version, Version());
}

TEST(Artifact, SaveIsAtomicAndLoadReadsTheFile) {
  auto a = SampleArtifact();
  const std::string path = lanjie::testing::TmpDir() + "/artifact_test.ljdb";
  ASSERT_TRUE(a->Save(path).ok());
  auto b = Artifact::Load(path);
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ((*b)->list_hash(), a->list_hash());
  EXPECT_FALSE(Artifact::Load(path + ".missing").ok());
}

TEST(Artifact, ListHashDependsOnContentNotOnCompileTime) {
  auto a = SampleArtifact();
  auto b = SampleArtifact();
  EXPECT_EQ(a->list_hash(), b->list_hash());
  auto c = Build({Lit("冰毒", "A.1.g")});
  auto d = Build({Lit("冰毒", "A.1.f")});
  EXPECT_NE(c->list_hash(), d->list_hash());
}

// The list version is metadata: stored and read back, shown as "unknown"
// when none was given or the file predates the field (it still loads), and
// not part of the content hash.
TEST(Artifact, ListVersionRoundTripsAndOlderFilesSayUnknown) {
  CompileOptions o;
  o.list_version = "2026-W48";
  auto a = Build({Lit("冰毒")}, o);
  auto b = Artifact::FromBytes(a->Serialize(), "mem");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ((*b)->list_version(), "2026-W48");
  EXPECT_EQ((*b)->info().list_version, "2026-W48");
  auto plain = Build({Lit("冰毒")});
  EXPECT_EQ(plain->list_version(), "unknown");
  EXPECT_EQ(plain->list_hash(), a->list_hash());
  // A file written before the field existed: the key is absent.
  std::string bytes = plain->Serialize();
  const size_t key = bytes.find("\"list_version\":\"\"");
  ASSERT_NE(key, std::string::npos);
  bytes.replace(key, 14, "\"list_versioX\"");  // same length, a key nobody reads
  Reseal(&bytes);
  auto old = Artifact::FromBytes(bytes, "old.ljdb");
  ASSERT_TRUE(old.ok()) << old.status();
  EXPECT_EQ((*old)->list_version(), "unknown");
  EXPECT_EQ((*old)->info().list_version, "unknown");
}

TEST(Artifact, TruncatedFilesAreRefusedAtEveryLength) {
  const std::string bytes = SampleArtifact()->Serialize();
  for (size_t len : {size_t{0}, size_t{4}, size_t{8}, size_t{30}, size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = Artifact::FromBytes(bytes.substr(0, len), "cut.ljdb");
    ASSERT_FALSE(r.ok()) << len;
    EXPECT_THAT(Message(r.status()), HasSubstr("cut.ljdb")) << len;
  }
}

TEST(Artifact, AnyFlippedByteIsDetected) {
  const std::string bytes = SampleArtifact()->Serialize();
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

TEST(Artifact, DamageInsideADatabaseIsACorruptionEvenWithAResealedTrailer) {
  // The trailer leaves Hyperscan bytecode to Hyperscan's CRC-32C; a file
  // whose trailer was recomputed after the damage is still refused, and
  // every byte of every database (header, bytecode, padding) is checked.
  const std::string bytes = SampleArtifact()->Serialize();
  for (const char* tag : {"HSLS", "HSRB", "HSRS", "HSLD"}) {
    const size_t section = bytes.find(tag);
    ASSERT_NE(section, std::string::npos) << tag;
    uint64_t len = 0;
    std::memcpy(&len, bytes.data() + section + 4, 8);
    ASSERT_GT(len, 64u) << tag;
    uint32_t bytecode = 0;  // Hyperscan's header: magic, version, bytecode length ...
    std::memcpy(&bytecode, bytes.data() + section + 12 + 8, 4);
    for (size_t at : {size_t{0}, size_t{8}, size_t{20}, size_t{32}, size_t{33}, len / 2, len - 1}) {
      std::string bad = bytes;
      bad[section + 12 + at] ^= 0x21;
      auto r = Artifact::FromBytes(bad, "db.ljdb");
      ASSERT_FALSE(r.ok()) << tag << " +" << at;
      EXPECT_THAT(Message(r.status()), HasSubstr("checksum")) << tag << " +" << at;
      if (at < 32 || at >= 32 + bytecode) continue;  // header and padding: the trailer catches them
      Reseal(&bad);
      r = Artifact::FromBytes(bad, "db.ljdb");
      ASSERT_FALSE(r.ok()) << tag << " +" << at;
      EXPECT_THAT(Message(r.status()), HasSubstr("db.ljdb")) << tag << " +" << at;
      EXPECT_THAT(Message(r.status()), HasSubstr("CRC-32C")) << tag << " +" << at;
    }
  }
}

// LoadOptions::threads >= 2 reads on two threads; a file must give the
// same artifact or the same error (code and message) as on one thread.
// `scan`: also scan with it (only for undamaged files: a file damaged and
// resealed can pass every check of the load and still not be scannable).
std::string LoadVerdict(const std::string& bytes, int threads, bool scan = false) {
  LoadOptions o;
  o.threads = threads;
  auto r = Artifact::FromBytes(bytes, "v.ljdb", o);
  if (!r.ok()) return r.status().ToString();
  const Artifact::Info info = (*r)->info();
  std::string verdict = "ok " + (*r)->list_hash() + " " + std::to_string((*r)->entries().size()) + " " +
                        std::to_string(info.literal_patterns) + " " + std::to_string(info.regex_patterns) + " " +
                        std::to_string(info.rules) + " " + std::to_string((*r)->max_literal_length());
  if (scan)
    for (const std::string& hit : Describe(**r, ScanText(*r, "c.a.s.i.n.o 冰*毒 生日快乐 日 代开发票 加微信 1234567")))
      verdict += " " + hit;
  return verdict;
}

TEST(Artifact, TwoThreadLoadGivesTheSameResultOrErrorForEveryDamage) {
  const std::string bytes = SampleArtifact()->Serialize();
  ASSERT_EQ(LoadVerdict(bytes, 2, true), LoadVerdict(bytes, 1, true));
  ASSERT_THAT(LoadVerdict(bytes, 1, true), HasSubstr("冰毒"));
  size_t checked = 0;
  // Every byte of the first 1 KiB (header, section table, metadata) and
  // ~1,000 more spread over the rest flipped, with the trailer left
  // (checksum mismatch) and resealed (whatever check comes next: the
  // section table, metadata, pattern tables, Hyperscan's CRC-32C, ...).
  const size_t stride = std::max<size_t>(1, bytes.size() / 1000);
  for (size_t pos = 0; pos < bytes.size(); pos += pos < 1024 ? 1 : stride) {
    for (bool reseal : {false, true}) {
      std::string bad = bytes;
      bad[pos] ^= 0x5a;
      if (reseal && bad.size() >= 16) Reseal(&bad);
      const std::string one = LoadVerdict(bad, 1);
      ASSERT_EQ(LoadVerdict(bad, 2), one) << "byte " << pos << (reseal ? " resealed" : "");
      checked += one.substr(0, 3) != "ok ";
    }
  }
  EXPECT_GT(checked, 1500u);  // nearly every damage is refused
  for (size_t len = 0; len < bytes.size(); len += std::max<size_t>(1, bytes.size() / 61))
    ASSERT_EQ(LoadVerdict(bytes.substr(0, len), 2), LoadVerdict(bytes.substr(0, len), 1)) << "cut at " << len;
}

TEST(Artifact, TwoThreadLoadMakesTheScratchPrototypeAndScansAsOneThread) {
  const std::string bytes = SampleArtifact()->Serialize();
  LoadOptions two;
  two.threads = 2;
  auto a = Artifact::FromBytes(bytes, "mem", two);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_NE(internal::DataOf(**a).scratch_prototype.state().scratch, nullptr) << "made during the load";
  auto b = Artifact::FromBytes(bytes, "mem");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(internal::DataOf(**b).scratch_prototype.state().scratch, nullptr) << "one thread: on first use";
  const std::string text = "c.a.s.i.n.o 冰*毒 生日快乐 日 代开发票 加微信 1234567";
  EXPECT_EQ(Describe(**a, ScanText(*a, text)), Describe(**b, ScanText(*b, text)));
  // A list without regexes (two databases) and one without literals.
  for (auto list : {Build({Lit("冰毒"), Lit("casino", "A.1.h")}), Build({Regex("加微信\\s*[0-9]{6,}")})}) {
    auto c = Artifact::FromBytes(list->Serialize(), "mem", two);
    ASSERT_TRUE(c.ok()) << c.status();
    EXPECT_EQ(Describe(**c, ScanText(*c, text)), Describe(*list, ScanText(list, text)));
  }
  // Load from a file as well.
  const std::string path = lanjie::testing::TmpDir() + "/artifact_two.ljdb";
  ASSERT_TRUE((*b)->Save(path).ok());
  auto f = Artifact::Load(path, two);
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ((*f)->list_hash(), (*b)->list_hash());
  EXPECT_THAT(Artifact::Load(path + ".missing", two).status().message(), HasSubstr("cannot open"));
}

TEST(Artifact, NotAnArtifactAndNewerFormatsSaySo) {
  EXPECT_THAT(Message(Artifact::FromBytes("keyword,risk\n冰毒,A.1.f\n", "list.csv").status()),
              HasSubstr("not a lanjie artifact"));
  std::string bytes = SampleArtifact()->Serialize();
  const uint32_t newer = kArtifactFormatVersion + 1;
  std::memcpy(bytes.data() + 8, &newer, 4);
  Reseal(&bytes);
  auto r = Artifact::FromBytes(bytes, "new.ljdb");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(Message(r.status()), HasSubstr("newer"));
}

TEST(Artifact, OlderFormatsAskForARecompile) {
  std::string bytes = SampleArtifact()->Serialize();
  const uint32_t older = kOldestArtifactFormatVersion - 1;
  std::memcpy(bytes.data() + 8, &older, 4);
  Reseal(&bytes);
  auto r = Artifact::FromBytes(bytes, "old.ljdb");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(Message(r.status()), HasSubstr("older"));
  EXPECT_THAT(Message(r.status()), HasSubstr("lanjie compile"));
}

TEST(Artifact, HoldsOneUtf8LiteralDatabaseInStreamModeOnly) {
  // Format 5: single texts scan the stream database; no block-mode copy
  // ("HSLB") is compiled, written or needed to scan.
  const std::string bytes = SampleArtifact()->Serialize();
  EXPECT_EQ(bytes.find("HSLB"), std::string::npos);
  EXPECT_NE(bytes.find("HSLS"), std::string::npos);
  EXPECT_EQ(kOldestArtifactFormatVersion, 5u);
  uint32_t version = 0;
  std::memcpy(&version, bytes.data() + 8, 4);
  EXPECT_EQ(version, 5u) << "a list without a side matcher (dense_side_test.cc) is still format 5";
  auto a = Artifact::FromBytes(bytes, "v5.ljdb");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(ScanText(*a, "賭博冰毒").size(), 1u);
}

TEST(Artifact, EntryTableKeepsEveryFieldOfEveryEntry) {
  Entry note = Lit("赌场", "A.1.h", Action::kMask);
  note.note = "来自2026-W47";
  note.source = "other.tsv";
  Entry review = Lit("Casino", "A.3.e", Action::kReview, WordMode::kWord);
  auto a = Build({Lit("冰毒"), note, review, Rule("代开 & 发票"), Regex("加微信\\s*[0-9]{6,}"), Allow("生日快乐")});
  auto b = Artifact::FromBytes(a->Serialize(), "mem");
  ASSERT_TRUE(b.ok()) << b.status();
  const EntryTable& t = (*b)->entries();
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[1].keyword, "赌场");
  EXPECT_EQ(t[1].note, "来自2026-W47");
  EXPECT_EQ(t[1].source, "other.tsv");
  EXPECT_EQ(t[1].action, Action::kMask);
  EXPECT_EQ(t[1].line, 3u);
  EXPECT_EQ(t[2].normalized, "casino");
  EXPECT_EQ(t[2].risk, "A.3.e");
  EXPECT_EQ(t[2].action, Action::kReview);
  EXPECT_TRUE(t[2].whole_word);
  EXPECT_EQ(t[3].kind, EntryKind::kRule);
  EXPECT_EQ(t[4].kind, EntryKind::kRegex);
  EXPECT_EQ(t[5].action, Action::kAllow);
  size_t n = 0;
  for (const CompiledEntry e : t) {
    EXPECT_EQ(e.source, n == 1 ? "other.tsv" : "test.csv") << n;
    // Every view is a C string: the C API hands keyword and risk out as such.
    EXPECT_EQ(e.keyword.data()[e.keyword.size()], '\0');
    EXPECT_EQ(e.risk.data()[e.risk.size()], '\0');
    EXPECT_EQ(e.source.data()[e.source.size()], '\0');
    ++n;
  }
  EXPECT_EQ(n, 6u);
}

TEST(Artifact, SourceEntriesRecompileToAListThatMatchesTheSame) {
  // "casino" as a substring and "sex" as a word (its kAuto default) must keep
  // their whole-word choice through the round trip.
  Entry substring = Lit("casino", "A.1.h", Action::kBlock, WordMode::kSubstring);
  Entry note = Lit("赌场", "A.1.h", Action::kMask);
  note.note = "来自2026-W47";
  auto a = Build({Lit("冰毒"), substring, Lit("sex"), note, Rule("代开 & 发票"), Regex("加微信\\s*[0-9]{6,}"),
                  Allow("生日快乐")});
  std::vector<Entry> back;
  for (const CompiledEntry ce : a->entries()) back.push_back(ToSourceEntry(ce));
  ASSERT_EQ(back.size(), 7u);
  EXPECT_EQ(back[1].match, WordMode::kSubstring);
  EXPECT_EQ(back[2].match, WordMode::kAuto);
  EXPECT_EQ(back[3].note, "来自2026-W47");
  EXPECT_EQ(back[3].action, Action::kMask);
  EXPECT_EQ(back[4].kind, EntryKind::kRule);
  EXPECT_EQ(back[5].match, WordMode::kAuto);
  auto again = Build(back);
  const std::string text = "onlinecasinos里有冰毒, no sex-ed, 赌场代开了发票, 加微信 1234567, 生日快乐";
  const std::vector<std::string> hits = Describe(*a, ScanText(a, text));
  EXPECT_EQ(Describe(*again, ScanText(again, text)), hits);
  EXPECT_THAT(hits, ::testing::Contains(HasSubstr("casino@")));
  EXPECT_THAT(hits, ::testing::Not(::testing::Contains(HasSubstr("sex@"))));
}

TEST(Artifact, DamagedPatternTablesThatStillLoadNeverScanOutsideTheText) {
  // A file written by a buggy or hostile tool passes the checksum: every
  // byte of the literal pattern table damaged and resealed must be refused
  // or scan with every hit inside the text (a length larger than the
  // literal once made a match start before the text).
  const std::shared_ptr<const Artifact> sample = SampleArtifact();
  const std::string bytes = sample->Serialize();
  const internal::PodTable<internal::PatternInfo>& patterns = internal::DataOf(*sample).literal_patterns;
  ASSERT_FALSE(patterns.empty());
  const std::string table(reinterpret_cast<const char*>(patterns.data()),
                          patterns.size() * sizeof(internal::PatternInfo));
  const size_t at = bytes.find(table);
  ASSERT_NE(at, std::string::npos);
  ASSERT_EQ(bytes.find(table, at + 1), std::string::npos);
  const std::string text = "冰毒 c.a.s.i.n.o 冰*毒 生日快乐 日 代开发票 加微信 1234567 日日";
  size_t refused = 0, loaded = 0;
  for (size_t pos = at; pos < at + table.size(); ++pos) {
    for (unsigned char flip : {0x01, 0x04, 0x10, 0x80, 0xff}) {
      std::string bad = bytes;
      bad[pos] = static_cast<char>(bad[pos] ^ flip);
      Reseal(&bad);
      auto damaged = Artifact::FromBytes(bad, "d.ljdb");
      if (!damaged.ok()) {
        ++refused;
        continue;
      }
      ++loaded;
      for (const Hit& h : ScanText(*damaged, text)) {
        ASSERT_LE(h.start, h.end) << "byte " << pos << " ^ " << int{flip};
        ASSERT_LE(h.end, text.size()) << "byte " << pos << " ^ " << int{flip};
      }
    }
  }
  EXPECT_GT(refused, 0u);
  EXPECT_GT(loaded, 0u);  // some damage (a whole-word or via flag) is not detectable: it must still scan safely
}

TEST(Artifact, EntryTableDamageIsReportedEvenWithAValidChecksum) {
  // Damage that a checksum cannot see (a file written by a buggy or hostile
  // tool) must still never be read out of bounds.
  const std::string bytes(SampleArtifact()->entries().bytes());
  ASSERT_TRUE(EntryTable::FromBytes(bytes).ok());
  for (size_t pos = 0; pos < bytes.size(); ++pos) {
    for (unsigned char flip : {0x01, 0x80, 0xff}) {
      std::string bad = bytes;
      bad[pos] = static_cast<char>(bad[pos] ^ flip);
      auto t = EntryTable::FromBytes(bad);
      if (!t.ok()) continue;
      for (const CompiledEntry e : *t) {  // whatever decodes lies inside the buffer
        EXPECT_GE(e.keyword.data(), t->bytes().data());
        EXPECT_LE(e.note.data() + e.note.size(), t->bytes().data() + t->bytes().size());
      }
    }
  }
  EXPECT_FALSE(EntryTable::FromBytes(bytes.substr(0, bytes.size() - 1)).ok());
  EXPECT_FALSE(EntryTable::FromBytes(bytes + "x").ok());
}

TEST(Artifact, FoldTablesAreSharedBetweenArtifactsWithTheSameOptions) {
  auto a = SampleArtifact();
  auto b = Artifact::FromBytes(a->Serialize(), "mem");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(&a->fold_table(), &(*b)->fold_table());
  CompileOptions other;
  other.normalizer.traditional_to_simplified = false;
  auto c = Build({Lit("冰毒")}, other);
  EXPECT_NE(&a->fold_table(), &c->fold_table());
  EXPECT_EQ(ScanText(c, "賭博冰毒").size(), 1u);
}

TEST(Artifact, ADatabaseForAnotherPlatformAsksForARecompile) {
  std::string bytes = SampleArtifact()->Serialize();
  // Hyperscan's serialized header: magic, version, length (u32 each), then a
  // u64 platform word. Claim a platform this host cannot be.
  const size_t section = bytes.find("HSLS");
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
  std::string bytes = SampleArtifact()->Serialize();
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
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:16: warning: duplicate after normalization: '赌博' folds to '赌博' like '賭博' at test.csv:15; merged")));
  EXPECT_THAT(text, ::testing::Contains(HasSubstr("test.csv:17: warning: conflict")));
}

// One validation pass with typed verdicts: callers filter on kind and entry
// index, and CompileValidated builds exactly the list Validate kept.
TEST(Validate, TypedVerdictsNameKindEntryAndLine) {
  std::vector<Entry> entries = {Lit("冰毒"), Lit("冰毒"), Lit("氷毒"), Lit("冰毒", "A.1.h"), Lit("日"),
                                Regex("(unclosed"), Rule("& 发票"), Lit("***"), Rule("代开 & 发票")};
  for (size_t i = 0; i < entries.size(); ++i) entries[i].line = static_cast<uint32_t>(i + 2);
  auto list = Artifact::Validate(entries, CompileOptions());
  ASSERT_TRUE(list.ok()) << list.status();
  auto find = [&](Finding kind) -> const Diagnostic* {
    for (const Diagnostic& d : list->diagnostics)
      if (d.kind == kind) return &d;
    return nullptr;
  };
  struct Want {
    Finding kind;
    Diagnostic::Severity severity;
    size_t entry;
  };
  for (const Want& w : {Want{Finding::kExactDuplicate, Diagnostic::kWarning, 1},
                        Want{Finding::kConflict, Diagnostic::kWarning, 3},
                        Want{Finding::kOverBroad, Diagnostic::kWarning, 4},
                        Want{Finding::kInvalidRegex, Diagnostic::kError, 5},
                        Want{Finding::kInvalidRule, Diagnostic::kError, 6},
                        Want{Finding::kFoldsToNothing, Diagnostic::kError, 7}}) {
    const Diagnostic* d = find(w.kind);
    ASSERT_NE(d, nullptr) << FindingName(w.kind);
    EXPECT_EQ(d->severity, w.severity) << FindingName(w.kind);
    EXPECT_EQ(d->entry, w.entry) << FindingName(w.kind);
    EXPECT_EQ(d->line, w.entry + 2) << FindingName(w.kind);
    EXPECT_EQ(d->file, "test.csv");
  }
  EXPECT_EQ(list->CountErrors(), 3u);
  EXPECT_EQ(list->stats.matcher_rejected, 2u);
  // Kept: 冰毒, 氷毒 (a folded duplicate only if the fold maps it), 冰毒/A.1.h, 日, the good rule.
  ASSERT_EQ(list->merged.size(), list->folded.size());
  ASSERT_EQ(list->merged.size(), list->input_index.size());
  EXPECT_EQ(list->input_index.back(), 8u);
  EXPECT_EQ(list->folded.back(), "代开 & 发票");
  // Compile consumes the list as it is: no second validation, no findings again.
  std::vector<Diagnostic> notes;
  auto a = Artifact::CompileValidated(*list, CompileOptions(), &notes);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ((*a)->entries().size(), list->merged.size());
  for (const Diagnostic& d : notes) EXPECT_EQ(d.kind, Finding::kVariants) << d.ToString();
  // The all-in-one Compile refuses a list with errors, after reporting them all.
  std::vector<Diagnostic> all;
  EXPECT_FALSE(Artifact::Compile(entries, CompileOptions(), &all).ok());
  EXPECT_GE(all.size(), list->diagnostics.size());
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
