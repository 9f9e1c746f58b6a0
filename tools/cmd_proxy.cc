// lanjie proxy: the OpenAI-compatible guard proxy (engine/serve/proxy.h).
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "lanjie/serve/artifact_slot.h"
#include "lanjie/serve/audit_log.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/serve/metrics.h"
#include "lanjie/serve/proxy.h"
#include "args.h"
#include "secrets.h"
#include "commands.h"
#include "server_cli.h"
#include "user_cli.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie proxy -d LIST.ljdb --upstream URL [options]\n"
    "\n"
    "OpenAI-compatible chat-completions proxy that filters the user's messages\n"
    "and the model's answer (streamed or not) with the keyword list.\n"
    "  POST /v1/chat/completions, GET /v1/models (forwarded), GET /healthz, /readyz, /metrics\n"
    "SIGHUP reloads LIST.ljdb (a bad file keeps the old one); SIGINT/SIGTERM stop it.\n"
    "\n"
    "  -d, --db FILE          compiled list (lanjie compile)\n"
    "  --upstream URL         upstream base URL, e.g. http://127.0.0.1:8000/v1\n"
    "  --api-key-env NAME     environment variable with the upstream API key\n"
    "                         (default LANJIE_UPSTREAM_API_KEY; without a key the\n"
    "                         client's Authorization header is forwarded)\n"
    "  --api-key-file FILE    read the upstream API key from FILE instead\n"
    "  --audit-log FILE       append one JSON line per interception\n"
    "  --refusal TEXT         answer for blocked requests and answers\n"
    "  --workers N            concurrent upstream calls (default 16)\n"
    "  --upstream-timeout S   give up when the upstream sends nothing for S seconds (default 60)\n"
    "  --max-hold BYTES       lists with regex or rule entries: bytes of a streamed answer held back\n"
    "                         until no pattern can still match them (default 256; a longer regex or\n"
    "                         rule hit may have its start sent before it is found). Keyword-only\n"
    "                         lists hold just the tail that could still become a keyword.\n"
    "  --host, --port, --threads, --max-body, --timeout   as for 'lanjie serve' (default port 8090)\n"
    "\n"
    "A suspended user gets HTTP 403 {\"error\":{\"code\":\"user_suspended\",\"suspended_until\":...}}\n"
    "and the upstream is not called.\n";

}  // namespace

int RunProxy(int argc, char** argv) {
  std::set<std::string> flags = {"d", "db", "upstream", "api-key-env", "api-key-file", "audit-log", "refusal", "workers",
                                 "upstream-timeout", "max-hold", "host", "port", "threads", "max-body", "timeout"};
  flags.merge(UserFlagNames());
  Args args(argc, argv, 2, flags, {"help", "h"});
  std::string db;
  if (int rc = ParseServerCommand(args, "proxy", kHelp, &db); rc >= 0) return rc;
  if (!args.Has("upstream")) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  serve::HttpServerOptions http;
  http.port = 8090;
  long workers, idle, max_hold;
  if (!ParseServerFlags(args, &http) || !ParseIntFlag(args, "workers", 16, 1, 1024, &workers) ||
      !ParseIntFlag(args, "upstream-timeout", 60, 1, 3600, &idle) ||
      !ParseIntFlag(args, "max-hold", 256, 0, 1 << 20, &max_hold))
    return 2;
  if (!args.Has("port")) http.port = 8090;

  serve::ProxyOptions options;
  options.upstream_base = args.Get("upstream");
  options.workers = static_cast<int>(workers);
  options.idle_timeout_seconds = static_cast<int>(idle);
  if (args.Has("api-key-file")) {
    std::string error;
    if (!ReadSecretFile(args.Get("api-key-file"), "upstream API key", &options.api_key, &error)) {
      std::fprintf(stderr, "lanjie proxy: %s\n", error.c_str());
      return 2;
    }
  } else if (const char* key = std::getenv(args.Get("api-key-env", "LANJIE_UPSTREAM_API_KEY").c_str())) {
    options.api_key = key;
  }

  FilterOptions filter_options;
  if (args.Has("refusal")) filter_options.refusal_text = args.Get("refusal");
  filter_options.pattern_hold_bytes = static_cast<uint32_t>(max_hold);
  serve::ArtifactSlot slot(db, filter_options);
  std::unique_ptr<serve::AuditLog> audit;
  if (!OpenListAndAudit(args, "proxy", &slot, &audit)) return 2;
  UserSetup users;
  if (!SetUpUsers(args, "proxy", audit.get(), &users)) return 2;
  options.users = users.accounts.get();
  serve::Metrics metrics;
  BlockServerSignals();
  serve::Proxy proxy(&slot, &metrics, audit.get(), options);
  auto server = serve::HttpServer::Start(http, [&](const std::shared_ptr<serve::Exchange>& ex) { proxy.Handle(ex); });
  if (!server.ok()) {
    std::fprintf(stderr, "lanjie proxy: %s\n", std::string(server.status().message()).c_str());
    return 2;
  }
  std::fprintf(stderr, "lanjie proxy: listening on http://%s:%d, upstream %s (artifact %s)\n", http.host.c_str(),
               (*server)->port(), options.upstream_base.c_str(),
               slot.Get()->artifact()->list_hash().substr(0, 12).c_str());
  if (users.accounts)
    std::fprintf(stderr, "lanjie proxy: user accountability on, store %s\n", users.accounts->store()->Describe().c_str());
  if (!StartUserAdmin(args, "proxy", &users)) return 2;
  ServeUntilSignal(server->get(), [&] { ReloadAndReport("proxy", db, &slot); });
  return 0;
}

}  // namespace lanjie::cli
