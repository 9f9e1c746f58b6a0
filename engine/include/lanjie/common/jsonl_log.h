// The one append-only JSONL log: one JSON object per line, each with a unique
// string id (field "id" unless told otherwise). Used for eval results
// (results.jsonl), LLM-judge verdicts (llm_judge.jsonl) and as the reader of
// human labels.
//
// Format and guarantees:
// - Every record is written with ONE write(2) of "<json>\n" on an O_APPEND
//   descriptor, and fdatasync'ed at most every `sync_every` records or
//   `sync_interval_ms` (whichever comes first) and on Close. A process killed
//   at any moment leaves at most a torn LAST line.
// - Open reads what is there, cuts a torn last line off (reported through
//   JsonlFile::torn_tail / torn_line) and appends after the last complete line.
// - Blank lines are skipped. A malformed line other than the last, or an id seen twice, is an error
//   naming the file and line: the file was edited or damaged. Nothing is
//   silently dropped or overwritten.
//
// Modelled on LevelDB's log_writer: the reader and the writer share this one
// header and its format.
#ifndef LANJIE_ENGINE_COMMON_JSONL_LOG_H_
#define LANJIE_ENGINE_COMMON_JSONL_LOG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "lanjie/common/export.h"

namespace lanjie {

struct JsonlOptions {
  // The field holding each record's unique string id.
  std::string id_field = "id";
  // false for files replaced whole by WriteFileAtomically (a bad last line
  // there was written by hand and is an error, not a crash remnant).
  bool allow_torn_tail = true;
  // Writer only: fdatasync after this many appends (>= 1) ...
  int sync_every = 64;
  // ... or when this long has passed since the last sync, and on Close.
  int64_t sync_interval_ms = 1000;
};

struct JsonlRecord {
  nlohmann::json value;  // an object; value[id_field] is a string
  std::string id;
  uint32_t line = 0;     // 1-based line in the file
};

struct LANJIE_EXPORT JsonlFile {
  std::string path;
  std::vector<JsonlRecord> records;  // in file order
  bool torn_tail = false;            // the last line was incomplete or damaged and is ignored
  uint32_t torn_line = 0;            // its line number, when torn_tail
  uint64_t valid_bytes = 0;          // length of the well-formed prefix
  uint32_t lines = 0;                // lines in that prefix (blank ones included)

  // "path:line" of a record, for error messages.
  std::string Where(const JsonlRecord& r) const;
};

// Reads a JSONL log. A missing file is an empty result. Errors:
// DataLossError naming path:line for a malformed line that is not the last
// (or any malformed line when !allow_torn_tail), FailedPreconditionError
// naming both lines for a repeated id, NotFoundError when the file exists but
// cannot be read. Cost: reads the whole file; O(size).
LANJIE_EXPORT
absl::StatusOr<JsonlFile> ReadJsonl(const std::string& path, const JsonlOptions& options = JsonlOptions());
// The same, over bytes already in memory (for fuzzing and tests); `path`
// only names the source in messages.
LANJIE_EXPORT
absl::StatusOr<JsonlFile> ParseJsonl(const std::string& path, std::string_view text,
                                     const JsonlOptions& options = JsonlOptions());

// The appending side. Thread safety: Append and Close may be called from any
// threads; each Append is one write. Call order: Open, Append*, Close (the
// destructor closes too, ignoring errors). Append after Close is
// FailedPreconditionError.
class LANJIE_EXPORT JsonlLog {
 public:
  // Reads the file (into *existing, may be null), cuts off a torn tail and
  // opens it for appending; creates it when missing. Errors: those of
  // ReadJsonl; PermissionDeniedError / InternalError naming the path when it
  // cannot be opened, truncated or synced.
  static absl::StatusOr<std::unique_ptr<JsonlLog>> Open(const std::string& path, const JsonlOptions& options,
                                                        JsonlFile* existing);
  ~JsonlLog();
  JsonlLog(const JsonlLog&) = delete;
  JsonlLog& operator=(const JsonlLog&) = delete;

  // Appends `record` (an object whose id field is a string) as one line.
  // Errors: InvalidArgumentError when it has no string id;
  // FailedPreconditionError when the id is already in the log (naming the
  // file and line of the first one) or after Close; InternalError naming the
  // path when write or fdatasync fails. Cost: one write(2), an fdatasync per
  // batch.
  absl::Status Append(const nlohmann::json& record);
  // Syncs and closes. Idempotent.
  absl::Status Close();

  const std::string& path() const { return path_; }
  // Records in the file now (existing + appended).
  int64_t size() const;

 private:
  JsonlLog() = default;
  absl::Status SyncLocked() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  std::string path_;
  JsonlOptions options_;
  mutable absl::Mutex mu_;
  int fd_ ABSL_GUARDED_BY(mu_) = -1;
  bool closed_ ABSL_GUARDED_BY(mu_) = false;
  uint32_t next_line_ ABSL_GUARDED_BY(mu_) = 1;
  absl::flat_hash_map<std::string, uint32_t> line_of_id_ ABSL_GUARDED_BY(mu_);
  int unsynced_ ABSL_GUARDED_BY(mu_) = 0;
  int64_t last_sync_ms_ ABSL_GUARDED_BY(mu_) = 0;
};

// One record as a log line: compact JSON (invalid UTF-8 replaced), '\n'.
LANJIE_EXPORT std::string JsonlLine(const nlohmann::json& record);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_JSONL_LOG_H_
