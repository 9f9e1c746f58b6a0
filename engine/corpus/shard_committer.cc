// ShardCommitter: see lanjie/corpus/shard_committer.h.
#include "lanjie/corpus/shard_committer.h"

#include <filesystem>
#include <system_error>
#include <utility>

namespace lanjie::corpus {

ShardCommitter::ShardCommitter(std::vector<CommitterShard> shards, std::shared_future<absl::Status> ready,
                               const std::string& flagged_path,
                               std::function<void(size_t, const absl::Status&)> on_error)
    : shards_(std::move(shards)), ready_(std::move(ready)), on_error_(std::move(on_error)),
      flagged_(std::make_unique<FileConcatenation>(flagged_path)) {
  committed_.resize(shards_.size());
  for (size_t i = 0; i < shards_.size(); ++i) committed_[i] = shards_[i].resumed ? 1 : 0;
  thread_ = std::thread([this] { Run(); });
}

ShardCommitter::~ShardCommitter() {
  if (thread_.joinable()) (void)Drain();
}

void ShardCommitter::Finished(size_t i, std::string tmp, int64_t hits_bytes) {
  std::lock_guard<std::mutex> l(mu_);
  queue_.push_back(Job{i, std::move(tmp), hits_bytes});
  cv_.notify_one();
}

absl::Status ShardCommitter::Drain() {
  {
    std::lock_guard<std::mutex> l(mu_);
    closing_ = true;
    cv_.notify_one();
  }
  if (thread_.joinable()) thread_.join();
  if (error_.ok() && appended_ < shards_.size())
    error_ = absl::InternalError("flagged.jsonl: not every shard was audited");
  return error_;
}

std::unique_ptr<FileConcatenation> ShardCommitter::TakeFlagged() { return std::move(flagged_); }

void ShardCommitter::Run() {
  AppendReady();  // shards resumed at the start of the plan
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> l(mu_);
      cv_.wait(l, [&] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    absl::Status s = error_;
    if (s.ok() && job.shard >= shards_.size())
      s = absl::InvalidArgumentError("ShardCommitter: shard index out of the plan");
    if (s.ok()) s = ready_.get();
    if (s.ok()) {
      s = CommitFileDataAtomically(job.tmp, shards_[job.shard].record_path);  // removes tmp on failure
    } else {
      std::error_code ec;
      std::filesystem::remove(job.tmp, ec);
    }
    if (!s.ok()) {
      Fail(job.shard < shards_.size() ? job.shard : 0, s);
      continue;
    }
    shards_[job.shard].hits_bytes = job.hits_bytes;
    committed_[job.shard] = 1;
    AppendReady();
  }
}

void ShardCommitter::AppendReady() {
  while (error_.ok() && appended_ < shards_.size() && committed_[appended_]) {
    const size_t i = appended_;
    const absl::Status s = flagged_->Append({shards_[i].record_path, shards_[i].hits_bytes});
    if (!s.ok()) return Fail(i, s);
    ++appended_;
  }
}

void ShardCommitter::Fail(size_t i, const absl::Status& s) {
  if (!error_.ok()) return;
  error_ = s;
  if (on_error_) on_error_(i, s);
}

}  // namespace lanjie::corpus
