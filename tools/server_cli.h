#ifndef LANJIE_TOOLS_SERVER_CLI_H_
#define LANJIE_TOOLS_SERVER_CLI_H_

#include <functional>

#include <string>

#include "lanjie/serve/http_server.h"
#include "args.h"

// Shared by `lanjie serve` and `lanjie proxy`.
namespace lanjie::cli {

// Reads an integer flag in [min, max] (or `fallback` when absent); prints
// the problem and returns false when it is not one.
bool ParseIntFlag(const Args& args, const std::string& name, long fallback, long min, long max, long* out);
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
