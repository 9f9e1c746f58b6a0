// The one atomic write (engine/common/atomic_file.h) and the writers that use
// it: a file that must survive a crash is written beside its target, fsynced,
// renamed over it and its directory fsynced; concurrent writers never see each
// other's half-written temporary file.
#include "lanjie/common/atomic_file.h"

#include <sys/stat.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "lanjie/match/artifact.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/evaluation.h"
#include "tests/common/fsync_spy.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string FreshDir(const std::string& name) {
  const std::string dir = testing::TmpDir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return fs::canonical(dir).string();
}

std::vector<std::string> Listing(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  return names;
}

// The file was fsynced under a temporary name beside it, then its directory.
void ExpectDurable(const std::vector<std::string>& synced, const std::string& dir, const std::string& file) {
  EXPECT_THAT(synced, Contains(StartsWith(dir + "/" + file + ".tmp"))) << file;
  EXPECT_THAT(synced, Contains(dir)) << file;
}

TEST(AtomicFile, WritesSyncsFileAndDirectoryAndLeavesNoTemporary) {
  const std::string dir = FreshDir("atomic_basic");
  testing::TakeFsyncedPaths();
  ASSERT_TRUE(WriteFileAtomically(dir + "/out.json", "old\n").ok());
  ASSERT_TRUE(WriteFileAtomically(dir + "/out.json", "new\n").ok());
  ExpectDurable(testing::TakeFsyncedPaths(), dir, "out.json");
  EXPECT_EQ(Read(dir + "/out.json"), "new\n");
  EXPECT_THAT(Listing(dir), ::testing::ElementsAre("out.json"));
}

TEST(AtomicFile, ErrorNamesThePathAndLeavesTargetUntouched) {
  const std::string dir = FreshDir("atomic_error");
  absl::Status s = WriteFileAtomically(dir + "/missing/out.json", "x");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr(dir + "/missing/out.json"));
  // A directory in the way of the rename: the old entry stays, no temporary is left.
  fs::create_directories(dir + "/taken");
  fs::create_directories(dir + "/taken/sub");
  s = WriteFileAtomically(dir + "/taken", "x");
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr(dir + "/taken"));
  EXPECT_TRUE(fs::is_directory(dir + "/taken"));
  EXPECT_THAT(Listing(dir), ::testing::ElementsAre("taken"));
}

TEST(AtomicFile, ConcurrentWritersOfOnePathAllSucceedWithAWholeFile) {
  // With one shared temporary name, one writer's rename moved another's
  // half-written file into place or failed for want of it.
  const std::string dir = FreshDir("atomic_concurrent");
  const std::string path = dir + "/state.json";
  std::vector<std::thread> threads;
  std::vector<absl::Status> errors(8);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      const std::string body(4096 + t, static_cast<char>('a' + t));
      for (int i = 0; i < 50 && errors[t].ok(); ++i) errors[t] = WriteFileAtomically(path, body);
    });
  for (auto& th : threads) th.join();
  for (const absl::Status& s : errors) EXPECT_TRUE(s.ok()) << s;
  const std::string got = Read(path);
  ASSERT_GE(got.size(), 4096u);
  const int t = static_cast<int>(got.size()) - 4096;
  EXPECT_EQ(got, std::string(4096 + t, static_cast<char>('a' + t)));
  EXPECT_THAT(Listing(dir), ::testing::ElementsAre("state.json"));
}

TEST(AtomicFile, TempPathBaseNamesWhatATemporaryNameStandsBeside) {
  // Every name TempPathFor gives, bare or with a folder, leads back to its path.
  for (const std::string path : {"audit.json", "out/flagged.jsonl", "a.tmp.b", "1.2", "x.tmp.3"}) {
    EXPECT_EQ(TempPathBase(TempPathFor(path)), path);
    EXPECT_EQ(TempPathBase(TempPathFor(path)), path);  // the counter moved on
  }
  // Names that are not temporary ones: the path itself, a cut or altered tail.
  for (std::string_view name : {"audit.json", "audit.json.tmp.", "audit.json.tmp.12", "audit.json.tmp.12.",
                                "audit.json.tmp..3", "audit.json.tmp.x.3", "audit.json.tmp.12.3a", ".tmp.12.3",
                                "audit.json.tmp.12.3.bak", "audit.jsontmp.12.3"})
    EXPECT_EQ(TempPathBase(name), "") << name;
}

TEST(AtomicFile, CommitOfAFileWrittenElsewhereSyncsAndRenames) {
  const std::string dir = FreshDir("atomic_commit");
  const std::string path = dir + "/book.xlsx";
  const std::string tmp = TempPathFor(path);
  { std::ofstream(tmp) << "bytes"; }
  testing::TakeFsyncedPaths();
  ASSERT_TRUE(CommitFileAtomically(tmp, path).ok());
  ExpectDurable(testing::TakeFsyncedPaths(), dir, "book.xlsx");
  EXPECT_EQ(Read(path), "bytes");
  EXPECT_FALSE(fs::exists(tmp));
}

TEST(AtomicFile, ConcatenationStreamsEveryPartInOrderDurably) {
  const std::string dir = FreshDir("atomic_concat");
  // Parts larger than the copy buffer, an empty part, and bytes of every value.
  std::string big(3 * (1 << 20) + 17, '\0');
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 131 + (i >> 11));
  { std::ofstream(dir + "/a", std::ios::binary) << big; }
  { std::ofstream(dir + "/b", std::ios::binary); }
  { std::ofstream(dir + "/c", std::ios::binary) << "tail\n"; }
  testing::TakeFsyncedPaths();
  ASSERT_TRUE(ConcatenateFilesAtomically({dir + "/a", dir + "/b", dir + "/c"}, dir + "/out").ok());
  ExpectDurable(testing::TakeFsyncedPaths(), dir, "out");
  EXPECT_EQ(Read(dir + "/out"), big + "tail\n");
}

// A part copy_file_range does not take (a pipe: EINVAL) goes through the
// read/write fallback, between parts it does take, in order.
TEST(AtomicFile, ConcatenationFallsBackToReadWriteForAPipe) {
  const std::string dir = FreshDir("atomic_concat_pipe");
  std::string piped(2 * (1 << 20) + 5, '\0');
  for (size_t i = 0; i < piped.size(); ++i) piped[i] = static_cast<char>(i * 7 + (i >> 9));
  { std::ofstream(dir + "/a", std::ios::binary) << "head\n"; }
  { std::ofstream(dir + "/c", std::ios::binary) << "tail\n"; }
  ASSERT_EQ(::mkfifo((dir + "/pipe").c_str(), 0600), 0);
  // The writer's open waits for the concatenation to open the pipe for
  // reading (no sleeps: the pipe itself orders the two threads).
  std::thread writer([&] { std::ofstream(dir + "/pipe", std::ios::binary) << piped; });
  const absl::Status s = ConcatenateFilesAtomically({dir + "/a", dir + "/pipe", dir + "/c"}, dir + "/out");
  writer.join();
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(Read(dir + "/out"), "head\n" + piped + "tail\n");
}

// Ranges: the first `length` bytes of each part (-1: all); a part shorter
// than its range is an error naming it and the target is kept.
TEST(AtomicFile, ConcatenationOfRangesCopiesPrefixesAndRefusesShortParts) {
  const std::string dir = FreshDir("atomic_concat_ranges");
  std::string big(3 * (1 << 20) + 9, '\0');
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 31 + (i >> 13));
  { std::ofstream(dir + "/a", std::ios::binary) << big; }
  { std::ofstream(dir + "/b", std::ios::binary) << "0123456789"; }
  testing::TakeFsyncedPaths();
  ASSERT_TRUE(ConcatenateFileRangesAtomically({{dir + "/a", (1 << 20) + 5}, {dir + "/b", 0}, {dir + "/b", -1},
                                               {dir + "/b", 4}},
                                              dir + "/out")
                  .ok());
  ExpectDurable(testing::TakeFsyncedPaths(), dir, "out");
  EXPECT_EQ(Read(dir + "/out"), big.substr(0, (1 << 20) + 5) + "0123456789" + "0123");
  const absl::Status s = ConcatenateFileRangesAtomically({{dir + "/a", 5}, {dir + "/b", 11}}, dir + "/out");
  EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr(dir + "/b"));
  EXPECT_EQ(Read(dir + "/out"), big.substr(0, (1 << 20) + 5) + "0123456789" + "0123");
}

// FileConcatenation, the appending form the corpus audit writes
// flagged.jsonl with while its shards run: the target keeps its old bytes
// while parts are appended (one temporary file beside it), Commit makes it
// the parts' bytes, durably (file and directory fsynced), exactly what
// ConcatenateFileRangesAtomically writes from the same ranges; no part at
// all gives an empty file; an object destroyed without Commit, or after a
// short part (DataLoss naming it, and every later call fails), leaves the
// target and no temporary file.
TEST(AtomicFile, AppendingConcatenationKeepsTheTargetUntilCommit) {
  const std::string dir = FreshDir("atomic_concat_appending");
  std::string big(2 * (1 << 20) + 77, '\0');
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 17 + (i >> 11));
  { std::ofstream(dir + "/a", std::ios::binary) << big; }
  { std::ofstream(dir + "/b", std::ios::binary) << "0123456789"; }
  { std::ofstream(dir + "/out", std::ios::binary) << "old"; }
  const std::vector<FileRange> parts = {{dir + "/a", (1 << 20) + 3}, {dir + "/b", 0}, {dir + "/b", -1},
                                        {dir + "/a", -1}, {dir + "/b", 4}};
  ASSERT_TRUE(ConcatenateFileRangesAtomically(parts, dir + "/whole").ok());
  {
    FileConcatenation out(dir + "/out");
    for (const FileRange& part : parts) {
      ASSERT_TRUE(out.Append(part).ok()) << part.path;
      EXPECT_EQ(Read(dir + "/out"), "old");
      EXPECT_EQ(Listing(dir).size(), 5u);  // a, b, out, whole and the temporary file
    }
    testing::TakeFsyncedPaths();
    ASSERT_TRUE(out.Commit().ok());
    ExpectDurable(testing::TakeFsyncedPaths(), dir, "out");
    EXPECT_EQ(out.Commit().code(), absl::StatusCode::kFailedPrecondition);
  }
  EXPECT_EQ(Read(dir + "/out"), Read(dir + "/whole"));
  EXPECT_EQ(Read(dir + "/out"), big.substr(0, (1 << 20) + 3) + "0123456789" + big + "0123");
  EXPECT_THAT(Listing(dir), ::testing::UnorderedElementsAre("a", "b", "out", "whole"));
  {
    FileConcatenation none(dir + "/empty");
    ASSERT_TRUE(none.Commit().ok());
  }
  EXPECT_EQ(Read(dir + "/empty"), "");
  fs::remove(dir + "/empty");
  {
    FileConcatenation dropped(dir + "/out");
    ASSERT_TRUE(dropped.Append({dir + "/b", -1}).ok());
  }
  EXPECT_THAT(Listing(dir), ::testing::UnorderedElementsAre("a", "b", "out", "whole"));
  {
    FileConcatenation cut(dir + "/out");
    ASSERT_TRUE(cut.Append({dir + "/b", 3}).ok());
    const absl::Status s = cut.Append({dir + "/b", 11});
    EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss) << s;
    EXPECT_THAT(std::string(s.message()), HasSubstr(dir + "/b"));
    EXPECT_EQ(cut.Append({dir + "/b", 1}).code(), absl::StatusCode::kDataLoss);
    EXPECT_EQ(cut.Commit().code(), absl::StatusCode::kDataLoss);
  }
  EXPECT_EQ(Read(dir + "/out"), Read(dir + "/whole"));
  EXPECT_THAT(Listing(dir), ::testing::UnorderedElementsAre("a", "b", "out", "whole"));
}

TEST(AtomicFile, ConcatenationWithAMissingPartNamesItAndKeepsTheTarget) {
  const std::string dir = FreshDir("atomic_concat_missing");
  { std::ofstream(dir + "/out") << "old"; }
  { std::ofstream(dir + "/a") << "part"; }
  const absl::Status s = ConcatenateFilesAtomically({dir + "/a", dir + "/gone"}, dir + "/out");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound) << s;
  EXPECT_THAT(std::string(s.message()), HasSubstr(dir + "/gone"));
  EXPECT_EQ(Read(dir + "/out"), "old");
  EXPECT_THAT(Listing(dir), ::testing::UnorderedElementsAre("a", "out"));
}

TEST(AtomicFile, ArtifactSaveIsDurable) {
  const std::string dir = FreshDir("atomic_artifact");
  Entry e;
  e.keyword = "违禁词";
  e.risk = "A.1.f";
  e.source = "t.csv";
  e.line = 2;
  std::vector<Diagnostic> diags;
  auto a = Artifact::Compile({e}, CompileOptions(), &diags);
  ASSERT_TRUE(a.ok()) << a.status();
  testing::TakeFsyncedPaths();
  ASSERT_TRUE((*a)->Save(dir + "/list.ljdb").ok());
  ExpectDurable(testing::TakeFsyncedPaths(), dir, "list.ljdb");
  EXPECT_TRUE(Artifact::Load(dir + "/list.ljdb").ok());
  EXPECT_THAT(Listing(dir), ::testing::ElementsAre("list.ljdb"));
}

TEST(AtomicFile, EvalRunManifestAndQuestionsAreDurable) {
  const std::string dir = FreshDir("atomic_run");
  { std::ofstream(dir + "/bank.csv") << "id,question,bank,category\nq1,问题一,should_refuse,A.1.a\nq2,问题二,should_answer,历史\n"; }
  RunSetup s;
  s.bank_files = {dir + "/bank.csv"};
  s.out_dir = dir + "/run";
  s.endpoint.base_url = "http://127.0.0.1:9";
  s.endpoint.model = "m";
  testing::TakeFsyncedPaths();
  absl::Status st = PrepareRun(s);
  ASSERT_TRUE(st.ok()) << st;
  const auto synced = testing::TakeFsyncedPaths();
  ExpectDurable(synced, dir + "/run", "manifest.json");
  ExpectDurable(synced, dir + "/run", "questions.jsonl");
}

TEST(AtomicFile, HumanLabelsAreDurable) {
  const std::string dir = FreshDir("atomic_labels");
  std::map<std::string, HumanLabel> labels;
  labels["q1"].refused = true;
  testing::TakeFsyncedPaths();
  ASSERT_TRUE(WriteHumanLabels(dir + "/human_labels.jsonl", labels).ok());
  ExpectDurable(testing::TakeFsyncedPaths(), dir, "human_labels.jsonl");
}

}  // namespace
}  // namespace lanjie
