// The finished shards' completion records (lanjie/corpus/shard_state.h)
// committed on a thread of its own while later shards are audited, so that
// no audit worker waits for the disk; and flagged.jsonl built in shard order
// as the records land: as soon as a shard and every shard before it are
// committed (or were resumed), its flagged lines (the record's first
// hits_bytes bytes) are appended to flagged.jsonl's temporary file
// (FileConcatenation, which starts their write-back at once), so that little
// is left to write when flagged.jsonl is committed after the last shard.
//
// What a caller relies on after kill -9 at any point: a shard's record is
// either whole at its path (committed: one fsync and a rename, by
// CommitFileDataAtomically) or absent, so a --resume that takes the shards
// whose ReadShardState succeeds takes exactly the committed ones and audits
// the others again; flagged.jsonl itself is replaced only by the caller's
// Commit of TakeFlagged() after an OK Drain, and then holds every shard's
// lines once, in shard order, whichever shards were resumed.
//
// Call order: construct (starts the thread); Finished(i, ...) once for each
// shard that was not resumed, from any thread, in any order; Drain() once
// the workers are done (waits for the thread); then TakeFlagged() and its
// Commit(). The destructor drains when Drain was not called (a worker's
// error): records handed over are still committed; nothing is appended to a
// committed flagged.jsonl.
//
// Thread safety: Finished from any thread; everything else from the thread
// that constructed it. `on_error` runs on the committer's thread.
// Cost: one thread; per shard one fsync and rename, and one copy_file_range
// of its flagged lines (a read/write loop where that call is missing).
// Errors: the first failure (the state folder not ready, a commit or an
// append that failed) is passed to `on_error` once with the shard's index,
// stops further commits and appends (later records handed over are
// removed), and is returned by Drain; Drain also returns Internal when a
// shard was neither resumed nor handed over.
#ifndef LANJIE_CORPUS_SHARD_COMMITTER_H_
#define LANJIE_CORPUS_SHARD_COMMITTER_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/export.h"

namespace lanjie::corpus {

// One shard of the plan, as the committer sees it.
struct CommitterShard {
  std::string record_path;  // where its completion record is committed (DIR/.state/KEY.shard)
  bool resumed = false;     // an earlier run committed its record (ReadShardState succeeded)
  int64_t hits_bytes = 0;   // for a resumed shard: its record's flagged lines' length
};

class LANJIE_EXPORT ShardCommitter {
 public:
  // `ready`: OK once records may be committed (the previous run's records
  // are gone), else why not; waited for before the first commit.
  // `flagged_path`: flagged.jsonl (its temporary file grows beside it).
  // `on_error(i, status)`: the first error, met with shard i.
  ShardCommitter(std::vector<CommitterShard> shards, std::shared_future<absl::Status> ready,
                 const std::string& flagged_path, std::function<void(size_t, const absl::Status&)> on_error);
  ~ShardCommitter();
  ShardCommitter(const ShardCommitter&) = delete;
  ShardCommitter& operator=(const ShardCommitter&) = delete;

  // Shard i's record is whole in the closed temporary file `tmp`
  // (CloseShardState), its first `hits_bytes` bytes the flagged lines; the
  // committer renames it to shards[i].record_path (or removes it after an
  // error).
  void Finished(size_t i, std::string tmp, int64_t hits_bytes);
  // Commits what was handed over and waits for the thread; then the flagged
  // lines of every shard are appended unless an error was met.
  absl::Status Drain();
  // flagged.jsonl with every shard's lines appended, not committed yet
  // (after an OK Drain; null after an earlier call).
  std::unique_ptr<FileConcatenation> TakeFlagged();

 private:
  void Run();
  void AppendReady();
  void Fail(size_t i, const absl::Status& s);

  std::vector<CommitterShard> shards_;  // hits_bytes of a handed-over shard: set on the thread from its Job
  std::shared_future<absl::Status> ready_;
  std::function<void(size_t, const absl::Status&)> on_error_;
  std::mutex mu_;
  std::condition_variable cv_;
  struct Job {
    size_t shard = 0;
    std::string tmp;
    int64_t hits_bytes = 0;
  };
  std::deque<Job> queue_;  // guarded by mu_
  bool closing_ = false;   // guarded by mu_
  // The committer thread's own (Drain reads them after the join):
  std::vector<char> committed_;  // per shard: its record is committed (or resumed)
  size_t appended_ = 0;          // shards [0, appended_) are in flagged_
  absl::Status error_;
  std::unique_ptr<FileConcatenation> flagged_;
  std::thread thread_;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_CORPUS_SHARD_COMMITTER_H_
