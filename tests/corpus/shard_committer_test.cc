// ShardCommitter: what `lanjie corpus audit --resume` relies on. A run
// killed (SIGKILL, in a child process) while the committer works leaves,
// per shard, a whole record or none, and only for shards handed over: a
// resume takes exactly the committed shards; a resumed run's flagged.jsonl
// holds every shard's flagged lines once, in shard order, whatever order
// the shards finished in. An error (the state folder not ready) commits
// nothing, leaves no temporary file and is reported once.
#include "lanjie/corpus/shard_committer.h"

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <future>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/corpus/flagged_jsonl.h"
#include "lanjie/corpus/shard_state.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie::corpus {
namespace {

using lanjie::testing::ReadFile;
using lanjie::testing::WriteFile;

constexpr size_t kShards = 8;
const std::string kBlock = "block", kKeyword = "冰毒", kRisk = "A.1.f", kField = "text";

std::string Dir(const std::string& name) {
  const std::string d = lanjie::testing::TmpDir() + "/shard_committer_" + name;
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d + "/.state");
  return d;
}

std::string RecordPath(const std::string& dir, size_t i) { return dir + "/.state/s" + std::to_string(i) + ".shard"; }

std::string Summary(size_t i) { return "{\"shard\": " + std::to_string(i) + "}\n"; }

// Shard i's flagged records: i % 4 of them (shards 0 and 4 flag nothing),
// ids unique over the plan ("s<i>r<k>").
struct Closed {
  std::string tmp;
  int64_t hits_bytes = 0;
};
Closed CloseShard(const std::string& dir, size_t i) {
  FlaggedJsonlWriter w(RecordPath(dir, i));
  for (size_t k = 0; k < i % 4; ++k) {
    const std::string id = "s" + std::to_string(i) + "r" + std::to_string(k);
    FlaggedRecord r;
    r.id = id;
    r.path = "corpus.jsonl";
    r.offset = static_cast<int64_t>(1000 * i + k);
    r.failed = true;
    r.hits.push_back(RecordHit{kField, 0, 6, kKeyword, kRisk, kBlock, std::string_view(), kKeyword});
    if (!w.OnRecord(r).ok()) return {};
  }
  absl::StatusOr<std::string> tmp = CloseShardState(&w, Summary(i));
  if (!tmp.ok()) return {};
  return {*tmp, static_cast<int64_t>(w.bytes_written())};
}

// The flagged lines shard i writes (its record's first hits_bytes bytes).
std::string LinesOf(const std::string& scratch_dir, size_t i) {
  const Closed c = CloseShard(scratch_dir, i);
  std::string lines = ReadFile(c.tmp).substr(0, static_cast<size_t>(c.hits_bytes));
  std::filesystem::remove(c.tmp);
  return lines;
}

std::shared_future<absl::Status> Ready(absl::Status s) {
  std::promise<absl::Status> p;
  p.set_value(std::move(s));
  return p.get_future().share();
}

std::vector<CommitterShard> Plan(const std::string& dir, const std::vector<char>& resumed,
                                 const std::vector<int64_t>& hits) {
  std::vector<CommitterShard> plan(kShards);
  for (size_t i = 0; i < kShards; ++i) plan[i] = {RecordPath(dir, i), resumed[i] != 0, hits[i]};
  return plan;
}

// In a child process: a fresh run hands `handed` over (in that order) and
// is killed with SIGKILL, after Drain when `drain`, else at once.
void KilledRun(const std::string& dir, const std::vector<size_t>& handed, bool drain) {
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ShardCommitter c(Plan(dir, std::vector<char>(kShards, 0), std::vector<int64_t>(kShards, 0)),
                     Ready(absl::OkStatus()), dir + "/flagged.jsonl", nullptr);
    for (size_t i : handed) {
      const Closed closed = CloseShard(dir, i);
      if (closed.tmp.empty()) _exit(3);
      c.Finished(i, closed.tmp, closed.hits_bytes);
    }
    if (drain) (void)c.Drain();  // not every shard: an error, and flagged.jsonl is not committed
    raise(SIGKILL);
    _exit(4);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exit status " << WEXITSTATUS(status);
  ASSERT_EQ(WTERMSIG(status), SIGKILL);
}

// Resume as the CLI does: the shards whose record reads whole are done.
std::vector<char> Resumable(const std::string& dir, std::vector<int64_t>* hits) {
  std::vector<char> done(kShards, 0);
  hits->assign(kShards, 0);
  for (size_t i = 0; i < kShards; ++i) {
    absl::StatusOr<ShardState> s = ReadShardState(RecordPath(dir, i));
    if (!s.ok()) {
      EXPECT_EQ(s.status().code(), absl::StatusCode::kNotFound) << i << ": " << s.status();  // never a torn record
      continue;
    }
    EXPECT_EQ(s->summary, Summary(i));
    done[i] = 1;
    (*hits)[i] = s->hits_bytes;
  }
  return done;
}

TEST(ShardCommitter, AKilledRunResumesTheCommittedShardsAndFlaggedHoldsEachRecordOnce) {
  const std::string scratch = Dir("scratch");
  std::string want;  // every shard's lines, in shard order
  for (size_t i = 0; i < kShards; ++i) want += LinesOf(scratch, i);
  ASSERT_FALSE(want.empty());
  const std::vector<size_t> handed = {5, 0, 2, 6, 3};  // shards 1, 4, 7 still being audited when killed
  for (const bool drain : {true, false}) {
    for (int trial = 0; trial < (drain ? 1 : 3); ++trial) {
      SCOPED_TRACE(::testing::Message() << "drain " << drain << " trial " << trial);
      const std::string dir = Dir("killed");
      WriteFile(dir + "/flagged.jsonl", "an older run's flagged.jsonl\n");
      KilledRun(dir, handed, drain);
      std::vector<int64_t> hits;
      std::vector<char> done = Resumable(dir, &hits);
      for (size_t i = 0; i < kShards; ++i) {
        const bool was_handed = std::find(handed.begin(), handed.end(), i) != handed.end();
        if (!was_handed) {
          EXPECT_FALSE(done[i]) << "shard " << i << " was never finished";
        } else if (drain) {
          EXPECT_TRUE(done[i]) << "shard " << i << " was committed before the kill";
        }
      }
      // The killed run never replaced flagged.jsonl.
      EXPECT_EQ(ReadFile(dir + "/flagged.jsonl"), "an older run's flagged.jsonl\n");

      // --resume: the rest is audited (in another order) and committed.
      std::vector<size_t> todo;
      for (size_t i = kShards; i-- > 0;)
        if (!done[i]) todo.push_back(i);
      int errors = 0;
      ShardCommitter c(Plan(dir, done, hits), Ready(absl::OkStatus()), dir + "/flagged.jsonl",
                       [&](size_t, const absl::Status&) { ++errors; });
      for (size_t i : todo) {
        const Closed closed = CloseShard(dir, i);
        ASSERT_FALSE(closed.tmp.empty());
        c.Finished(i, closed.tmp, closed.hits_bytes);
      }
      ASSERT_TRUE(c.Drain().ok());
      EXPECT_EQ(errors, 0);
      std::unique_ptr<FileConcatenation> flagged = c.TakeFlagged();
      ASSERT_NE(flagged, nullptr);
      ASSERT_TRUE(flagged->Commit().ok());
      const std::string got = ReadFile(dir + "/flagged.jsonl");
      EXPECT_EQ(got, want);
      // Each flagged record once (ids are unique over the plan).
      std::map<std::string, int> ids;
      for (size_t at = got.find("\"id\":\""); at != std::string::npos; at = got.find("\"id\":\"", at + 1))
        ++ids[got.substr(at + 6, got.find('"', at + 6) - at - 6)];
      EXPECT_EQ(ids.size(), 12u);  // 0+1+2+3 + 0+1+2+3 records
      for (const auto& [id, n] : ids) EXPECT_EQ(n, 1) << id;
      std::vector<int64_t> after;
      EXPECT_EQ(Resumable(dir, &after), std::vector<char>(kShards, 1));
    }
  }
}

// The state folder not ready (the previous run's records could not be
// removed): nothing committed, the records handed over removed, the error
// reported once and returned; flagged.jsonl untouched.
TEST(ShardCommitter, AnUnreadyStateFolderCommitsNothingAndLeavesNoTemporaryFile) {
  const std::string dir = Dir("unready");
  WriteFile(dir + "/flagged.jsonl", "kept\n");
  std::vector<size_t> failed_shards;
  {
    ShardCommitter c(Plan(dir, std::vector<char>(kShards, 0), std::vector<int64_t>(kShards, 0)),
                     Ready(absl::PermissionDeniedError("cannot remove the old records")), dir + "/flagged.jsonl",
                     [&](size_t i, const absl::Status& s) {
                       failed_shards.push_back(i);
                       EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied);
                     });
    for (size_t i : {2, 1, 3}) {
      const Closed closed = CloseShard(dir, i);
      ASSERT_FALSE(closed.tmp.empty());
      c.Finished(i, closed.tmp, closed.hits_bytes);
    }
    const absl::Status s = c.Drain();
    EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied) << s;
  }
  EXPECT_EQ(failed_shards, std::vector<size_t>{2});
  std::vector<std::string> left;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) left.push_back(e.path().lexically_relative(dir).string());
  EXPECT_EQ(left, std::vector<std::string>{"flagged.jsonl"});
  EXPECT_EQ(ReadFile(dir + "/flagged.jsonl"), "kept\n");
}

}  // namespace
}  // namespace lanjie::corpus
