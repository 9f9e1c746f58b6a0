// DIR/results.jsonl: the append-only record of answered questions.
//
// Invariants (those of the engine's one JSONL log, engine/common/jsonl_log.h):
// one JSON object per line, one line per answered question id, written with a
// single write(2) per line and fdatasync'ed at most every `sync_every` lines
// or `sync_interval_ms` (and on Close). A process killed at any moment leaves
// at most a torn LAST line, which Read ignores and Open cuts off before
// appending. A malformed line elsewhere, or an id twice, is an error naming
// the file and line: the file was edited or damaged.
#ifndef LANJIE_RESULTS_LOG_H_
#define LANJIE_RESULTS_LOG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
  uint32_t line = 0;  // line in results.jsonl when read from it (not written)
};

std::string ResultToJsonLine(const ResultRecord& record);  // with trailing '\n'

struct ResultsFile {
  std::vector<ResultRecord> records;
  bool torn_tail = false;     // the last line was incomplete and is ignored
  uint32_t torn_line = 0;     // its line number
  uint64_t valid_bytes = 0;   // length of the well-formed prefix
};
// Reads a results file; a missing file is an empty result. Errors:
// DataLossError naming path:line for a line that is not a result record
// (other than a torn last line), FailedPreconditionError naming both lines
// for an id twice. Never throws. Cost: reads and parses the whole file.
absl::StatusOr<ResultsFile> ReadResults(const std::string& path);
// The same over bytes in memory; `path` names them in messages.
absl::StatusOr<ResultsFile> ParseResults(const std::string& path, std::string_view text);

class JsonlLog;

// When appended lines reach the disk (fdatasync). A crash loses at most the
// lines appended since the last sync; the file is never torn elsewhere.
struct ResultsLogOptions {
  int sync_every = 64;             // sync after this many lines (1: every line)
  int64_t sync_interval_ms = 1000;  // or when this long has passed since the last sync (0: every line)
};

// Thread safety: Append and Close may be called from any thread; each
// Append is one write(2) of a whole line.
// Call order: Open, Append*, Close; Append after Close is
// FailedPreconditionError. Appending an id already in the file is
// FailedPreconditionError naming the line where it is; an I/O error is
// InternalError naming the path. The destructor closes (and syncs) a log
// not closed yet, ignoring errors: call Close to see them.
// Cost: Append is one write(2) of one line plus, every sync_every lines or
// sync_interval_ms, one fdatasync; memory holds the ids already written.
class ResultsLog {
 public:
  // Reads what is there (into *existing), cuts off a torn tail, and opens
  // the file for appending. Errors: those of ReadResults, or naming the path
  // when it cannot be opened for appending.
  static absl::StatusOr<std::unique_ptr<ResultsLog>> Open(const std::string& path, ResultsFile* existing,
                                                          const ResultsLogOptions& options = {});
  ~ResultsLog();
  ResultsLog(const ResultsLog&) = delete;
  ResultsLog& operator=(const ResultsLog&) = delete;
  absl::Status Append(const ResultRecord& record);
  // Syncs and closes; OK when already closed. Internal when either failed.
  absl::Status Close();

 private:
  ResultsLog() = default;
  std::unique_ptr<JsonlLog> log_;
};

}  // namespace lanjie

#endif  // LANJIE_RESULTS_LOG_H_
