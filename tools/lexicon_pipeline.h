// Shared steps of the `lanjie lexicon` sub-commands: import sources with the
// common flags, validate and merge, check regexes/rules with the matcher and
// (optionally) compile; print the problem report.
#ifndef LANJIE_TOOLS_LEXICON_PIPELINE_H_
#define LANJIE_TOOLS_LEXICON_PIPELINE_H_

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "lanjie/lexicon/hygiene.h"
#include "lanjie/lexicon/import.h"
#include "lanjie/lexicon/validate.h"
#include "lanjie/match/artifact.h"
#include "args.h"

namespace lanjie::cli {

// Progress lines on stderr for the long phases (import, validation,
// compilation), also when stderr is not a terminal (CI logs, nohup): while a
// phase runs, one line every `every` ("lanjie lexicon export: compiling
// 103241 entries ... 6 s"). A phase shorter than `every` prints nothing;
// every = 0 prints each phase as it starts. Quiet: nothing at all.
// Thread safety: one owner thread calls Phase/Stop; a ticker thread prints.
class Progress {
 public:
  Progress(std::string prefix, bool quiet, double every_seconds);
  ~Progress();  // Stop()
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void Phase(std::string what);
  void Stop();

 private:
  void Run();
  std::string prefix_;
  bool quiet_;
  double every_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::string phase_;
  std::chrono::steady_clock::time_point phase_start_, last_print_;
  bool stop_ = false;
  std::thread ticker_;
};

// The Progress a sub-command's flags ask for: -q/--quiet silences it,
// --progress-every SECONDS sets the interval (default 3).
std::unique_ptr<Progress> MakeProgress(const Args& args, const std::string& prefix);

// Options every list-reading sub-command accepts (values / switches).
std::set<std::string> ListValuedOptions();
std::set<std::string> ListSwitches();
extern const char kListOptionsHelp[];

struct ListBuild {
  ImportResult imported;                // per-source reports; its entries are released once validated
  ValidatedList validated;              // merged list (matcher-rejected and quarantined entries removed)
  HygieneResult hygiene;                // over-broad entries kept out (hygiene.h)
  std::vector<Diagnostic> diagnostics;  // import, validation, matcher, in that order
  uint64_t matcher_errors = 0;          // entries rejected by the matcher (bad regex/rule)
  std::shared_ptr<const Artifact> artifact;  // when compiled
  double import_s = 0, validate_s = 0, compile_s = 0;
};

// Imports args.positionals() (or `sources`), validates, checks with the
// matcher and compiles when `compile`. Prints flag errors to stderr and
// returns false on fatal problems (unreadable path, bad flags).
bool BuildList(const Args& args, const char* cmd, const std::vector<std::string>& sources, bool compile,
               ListBuild* out, Progress* progress = nullptr);

// Loads a list for diff/selftest: a .ljdb artifact, or sources as above.
// *errors (when given) is increased by the problems of error severity found.
bool LoadEntries(const Args& args, const char* cmd, const std::string& path, std::vector<Entry>* entries,
                 std::shared_ptr<const Artifact>* artifact, bool compile, uint64_t* errors = nullptr);

// Prints diagnostics (errors and warnings; infos with -v; at most
// --max-problems of each severity, the rest summarised) to stderr, writes
// all of them to --problems FILE (CSV) when given, and prints the summary.
void PrintReport(const Args& args, const char* cmd, const ListBuild& build, bool json);
nlohmann::json ReportJson(const ListBuild& build);
uint64_t CountErrors(const ListBuild& build);

// Writes `bytes` to a temporary file beside `path`, fsyncs it and renames it
// over `path` (then fsyncs the directory): `path` is never left empty or
// half-written. Prints the error and returns false on failure.
bool WriteFile(const std::string& path, std::string_view bytes, const char* cmd);
// fsyncs `tmp`, renames it over `path` and fsyncs the directory; removes
// `tmp` and prints the error on failure.
bool CommitFile(const std::string& tmp, const std::string& path, const char* cmd);

// Writes the quarantine review list (hygiene.h) to `path` when entries were
// quarantined, and prints one line naming it; removes a stale file at `path`
// otherwise. Returns false (error printed) when it cannot be written.
bool WriteQuarantine(const ListBuild& build, const std::string& path, const char* cmd);
// The quarantine file beside an output: "merged.csv" -> "merged.quarantine.csv",
// "PREFIX" -> "PREFIX.quarantine.csv".
std::string QuarantinePathFor(const std::string& output);

// Exit status of a list sub-command: 2 when problems of error severity
// were found (lines not taken), else 1 when `verdict_failed`, else 0.
int ListExitCode(const ListBuild& build, bool verdict_failed);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_LEXICON_PIPELINE_H_
