#ifndef LANJIE_TOOLS_SERVER_CLI_H_
#define LANJIE_TOOLS_SERVER_CLI_H_

#include <functional>
#include <memory>
#include <string>

#include "lanjie/serve/artifact_slot.h"
#include "lanjie/serve/audit_log.h"
#include "lanjie/serve/http_server.h"
#include "args.h"

// Shared by `lanjie serve` and `lanjie proxy`.
namespace lanjie::cli {

// Reads an integer flag in [min, max] (or `fallback` when absent); prints
// the problem and returns false when it is not one.
bool ParseIntFlag(const Args& args, const std::string& name, long fallback, long min, long max, long* out);
// The start of `lanjie serve` and `lanjie proxy`: --help prints `help` and
// the user flags to stdout (returns 0); a flag error prints it and `help`
// (returns 2); a missing -d/--db or a positional argument prints `help` to
// stderr (returns 2). Returns -1 to go on, with *db set.
int ParseServerCommand(const Args& args, const char* command, const char* help, std::string* db);
// Loads the list into `slot` and opens --audit-log; prints the problem and
// returns false when either fails.
bool OpenListAndAudit(const Args& args, const char* command, serve::ArtifactSlot* slot,
                      std::unique_ptr<serve::AuditLog>* audit);
// Reloads `slot` from `db` (SIGHUP), saying on stderr what happened; a bad
// file keeps the previous list.
void ReloadAndReport(const char* command, const std::string& db, serve::ArtifactSlot* slot);
// --host --port --threads --max-body --timeout.
bool ParseServerFlags(const Args& args, serve::HttpServerOptions* options);

// Blocks SIGHUP, SIGINT, SIGTERM (and ignores SIGPIPE) in the calling
// thread; call before starting server threads so they inherit the mask.
void BlockServerSignals();
// Waits for signals: SIGHUP calls `on_reload`; SIGINT/SIGTERM stop the
// server gracefully (stop accepting, finish responses) and return.
void ServeUntilSignal(serve::HttpServer* server, const std::function<void()>& on_reload);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_SERVER_CLI_H_
