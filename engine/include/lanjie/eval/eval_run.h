// One evaluation run in a directory DIR:
//   DIR/manifest.json   configuration (never the API key), tool version,
//                       bank file hashes, seed, sampled ids, lexicon hashes
//   DIR/questions.jsonl the sampled questions (what the run asks)
//   DIR/results.jsonl   one line per answered question (see results_log.h)
//   DIR/errors.jsonl    questions of the latest session that got no valid
//                       answer, with the last error (rewritten each session)
// A run is resumable at any point: ExecuteRun asks exactly the sampled ids
// that have no line in results.jsonl.
//
// Call order: PrepareRun once per DIR, then ExecuteRun as often as needed
// (each call resumes), then Evaluate (evaluation.h) and the report writers.
// Thread safety: the functions share no state; at most one ExecuteRun per
// DIR at a time (results.jsonl has one writer), any number of readers.
// Cost: PrepareRun reads and hashes the banks (O(bank size)); ExecuteRun is
// bounded by the endpoint (EndpointConfig::concurrency requests in flight).
#ifndef LANJIE_EVAL_RUN_H_
#define LANJIE_EVAL_RUN_H_

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/eval/bank.h"
#include "lanjie/eval/chat_client.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie {

struct RunSetup {
  std::vector<std::string> bank_files;
  BankImportOptions import;
  SampleOptions sample;
  EndpointConfig endpoint;      // endpoint.api_key is never written anywhere
  std::string api_key_source;   // "env:VAR" or "file:PATH" (recorded; not the key)
  std::string profile = kDefaultProfileName;
  std::string filter_path;      // system mode: the service's .ljdb interception list
  std::string judge_lexicon_path;  // keyword judge .ljdb
  std::string out_dir;
  // Shown in report.xlsx's header block (recorded in the manifest).
  std::string organisation, service;
};

struct RunProgress {
  int64_t total = 0;      // questions in this session
  int64_t answered = 0;   // answered in this session
  int64_t failed = 0;
  int64_t retries = 0;
  int64_t in_flight = 0;
  double elapsed_s = 0;
};

struct RunSummary {
  int64_t sampled = 0;
  int64_t previously_answered = 0;
  int64_t asked = 0;
  int64_t answered = 0;
  int64_t errors = 0;
  bool torn_tail_ignored = false;
};

// A compiled list (.ljdb) recorded in the manifest: the system-mode filter
// or the keyword judge.
struct ManifestList {
  std::string path;       // absolute path when the run was prepared
  std::string list_hash;  // the list's hash then; Evaluate refuses a list whose hash differs
};

// The profile recorded in the manifest.
struct ManifestProfile {
  std::string name;    // the profile's own name (e.g. "tc260-003")
  std::string origin;  // where it was loaded from ("built-in" or a path)
  std::string arg;     // what was given to --profile; equals `name` when the file has no "arg"
};

// DIR/manifest.json as the engine reads it back. The file holds more for
// people to read (bank paths and SHA-256, import options, per-bank sample
// sizes, the sampled ids); those are written by PrepareRun and not read back.
// Fields absent from the file keep the defaults below.
struct RunManifest {
  std::string tool;            // "tool": "lanjie"
  std::string version;         // "version": the lanjie version that prepared the run
  std::string created;         // "created": RFC 3339 UTC
  EndpointConfig endpoint;     // "endpoint" (required); api_key is always empty
  std::string api_key_source;  // "api_key_source": "env:VAR", "file:PATH" or ""
  std::string organisation;    // "organisation": who runs the service (--org), or ""
  std::string service;         // "service": the service's name (--service), or ""
  int64_t questions = 0;       // "questions": how many were sampled
  uint64_t seed = 0;           // "sample.seed": the sampling seed
  std::optional<ManifestProfile> profile;     // "profile"; nullopt when absent
  std::optional<ManifestList> filter;         // "filter"; nullopt: not system mode
  std::optional<ManifestList> judge_lexicon;  // "judge_lexicon"; nullopt: no keyword judge
};

// Loads and samples the banks, writes manifest.json and questions.jsonl into
// a new (or empty) out_dir. Errors: AlreadyExists (out_dir holds a run);
// InvalidArgument (no out_dir, no bank files); PermissionDenied
// (out_dir cannot be created); a bank's own error (file and line).
absl::Status PrepareRun(const RunSetup& setup);

// Reads DIR/manifest.json into a RunManifest, checking the type of every
// field it reads, so a hand-edited manifest is an error naming the file and
// the field, never an exception. Errors: NotFoundError (no file),
// DataLossError (not a manifest, or a field of the wrong type). Cost: reads
// and parses the file (a few KB plus the sampled ids).
absl::StatusOr<RunManifest> ReadManifest(const std::string& dir);
// The same over bytes in memory; `path` names them in messages.
absl::StatusOr<RunManifest> ParseManifest(const std::string& path, std::string_view text);
// Reads DIR/questions.jsonl. Errors: DataLossError naming path:line and the
// field for a line that is not a question record.
absl::StatusOr<std::vector<Question>> ReadSampledQuestions(const std::string& dir);
absl::StatusOr<std::vector<Question>> ParseSampledQuestions(const std::string& path, std::string_view text);
// Asks every sampled question without a result, appending answers as they
// arrive. `endpoint` comes from RunManifest::endpoint (plus the key and any
// overrides). Fills *summary as far as the session got and returns OK, or
// the error that stopped it (fatal HTTP status, unreachable endpoint,
// cancellation, I/O); everything answered before that stays in results.jsonl.
// Status codes: those of ChatClient::Run (Unavailable, FailedPrecondition,
// InvalidArgument, Cancelled, Internal); those of ReadSampledQuestions and
// ResultsLog::Open (DataLoss, FailedPrecondition naming file:line); an I/O
// error naming results.jsonl or errors.jsonl. `progress` (may be null) is
// called on the calling thread about every 200 ms; `cancel` (may be null) is
// polled as often. Requests in flight when it stops are not written.
using ProgressFn = std::function<void(const RunProgress&)>;
absl::Status ExecuteRun(const std::string& dir, const EndpointConfig& endpoint, const ProgressFn& progress,
                        const std::atomic<bool>* cancel, RunSummary* summary);

}  // namespace lanjie

#endif  // LANJIE_EVAL_RUN_H_
