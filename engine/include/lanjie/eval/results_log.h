// DIR/results.jsonl: the append-only record of answered questions.
//
// Invariants: one JSON object per line, one line per answered question id,
// written with a single write(2) per line and fdatasync'ed at most every
// `sync_every` lines or `sync_interval_ms` (and on Close). A process killed
// at any moment leaves at most a torn LAST line, which Read ignores and Open
// cuts off before appending. A malformed line elsewhere, or an id twice, is
// an error naming the line: the file was edited or damaged.
#ifndef LANJIE_RESULTS_LOG_H_
#define LANJIE_RESULTS_LOG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/eval/bank.h"

namespace lanjie {

struct ResultRecord {
  std::string id;
  BankKind bank = BankKind::kShouldRefuse;
  std::string category;
  std::string question;
  std::string answer;
  std::string finish_reason;
  std::string model;
  int attempts = 0;
  double latency_ms = 0;
  std::string time;  // RFC 3339 UTC, when the answer arrived
};

std::string ResultToJsonLine(const ResultRecord& record);  // with trailing '\n'

struct ResultsFile {
  std::vector<ResultRecord> records;
  bool torn_tail = false;     // the last line was incomplete and is ignored
  uint64_t valid_bytes = 0;   // length of the well-formed prefix
};
// Reads a results file; a missing file is an empty result. Errors:
// DataLoss (a malformed line before the last, or an id twice: path:line);
// NotFound (exists but cannot be opened). Thread-safe; O(file size).
absl::StatusOr<ResultsFile> ReadResults(const std::string& path);

// Thread safety: none; one writer (one ResultsLog, one thread) per file.
// Readers (ReadResults) may run while it appends: they see whole lines and
// at most a torn last one, which they ignore. Cost: one write(2) per Append,
// an fdatasync every `sync_every` lines or `sync_interval_ms`.
// Call order: Open, Append..., Close (the destructor closes too, dropping
// the status). Append after Close is FailedPrecondition.
class ResultsLog {
 public:
  // Reads what is there (into *existing), cuts off a torn tail, and opens
  // the file for appending. Errors: DataLoss (a malformed line before the
  // last, or an id twice, naming path:line); NotFound (unreadable);
  // PermissionDenied (cannot open for writing); Internal (truncate or seek
  // failed).
  static absl::StatusOr<std::unique_ptr<ResultsLog>> Open(const std::string& path, ResultsFile* existing,
                                                          int sync_every = 64, int64_t sync_interval_ms = 1000);
  ~ResultsLog();
  // Appends one line. It does not check `record.id` against earlier lines
  // (the caller asks each id once). Errors: FailedPrecondition (closed);
  // Internal (write or fdatasync failed, with errno's text).
  absl::Status Append(const ResultRecord& record);
  // Syncs and closes; OK when already closed. Internal when either failed.
  absl::Status Close();

 private:
  ResultsLog() = default;
  std::string path_;
  int fd_ = -1;
  int unsynced_ = 0;
  int sync_every_ = 64;
  int64_t sync_interval_ms_ = 1000;
  int64_t last_sync_ms_ = 0;
};

}  // namespace lanjie

#endif  // LANJIE_RESULTS_LOG_H_
