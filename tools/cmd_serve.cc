// lanjie serve: the HTTP moderation sidecar (lanjie/serve/sidecar.h).
#include <cstdio>
#include <string>

#include "lanjie/serve/artifact_slot.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/serve/metrics.h"
#include "lanjie/serve/sidecar.h"
#include "args.h"
#include "commands.h"
#include "server_cli.h"
#include "user_cli.h"
#include "lanjie/serve/audit_log.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie serve -d LIST.ljdb [options]\n"
    "\n"
    "HTTP moderation sidecar:\n"
    "  POST /v1/moderate   {\"text\":\"...\"} or {\"texts\":[...]} -> hits, risks, action, offsets, masked text\n"
    "  GET  /healthz, /readyz, /metrics (Prometheus)\n"
    "  POST /v1/reload     reload LIST.ljdb (also on SIGHUP); a bad file keeps the old one serving\n"
    "SIGINT/SIGTERM stop it gracefully.\n"
    "\n"
    "  -d, --db FILE        compiled list (lanjie compile)\n"
    "  --host ADDR          listen address (default 127.0.0.1; loopback unless you say otherwise)\n"
    "  --port N             listen port (default 8080; 0 picks a free one, printed on stderr)\n"
    "  --threads N          event loop threads (default 2)\n"
    "  --max-body BYTES     request body limit (default 1048576)\n"
    "  --max-texts N        texts per batch request (default 256)\n"
    "  --timeout SECONDS    idle/read/write timeout per connection (default 30)\n"
    "  --audit-log FILE     append user suspensions and clearances, one JSON line each\n"
    "\n"
    "With --user-store, /v1/moderate requests that name a user (\"user\" field or --user-id) are\n"
    "counted and answered with \"user\":{\"state\":\"active\"|\"suspended\",\"suspended_until\",...}.\n";

}  // namespace

int RunServe(int argc, char** argv) {
  std::set<std::string> flags = {"d", "db", "host", "port", "threads", "max-body", "max-texts", "timeout", "audit-log"};
  flags.merge(UserFlagNames());
  Args args(argc, argv, 2, flags, {"help", "h"});
  std::string db;
  if (int rc = ParseServerCommand(args, "serve", kHelp, &db); rc >= 0) return rc;
  serve::HttpServerOptions http;
  long max_texts;
  if (!ParseServerFlags(args, &http) || !ParseIntFlag(args, "max-texts", 256, 1, 100000, &max_texts)) return 2;

  serve::ArtifactSlot slot(db, FilterOptions());
  std::unique_ptr<serve::AuditLog> audit;
  if (!OpenListAndAudit(args, "serve", &slot, &audit)) return 2;
  UserSetup users;
  if (!SetUpUsers(args, "serve", audit.get(), &users)) return 2;
  serve::Metrics metrics;
  serve::SidecarOptions sidecar_options;
  sidecar_options.max_texts = static_cast<size_t>(max_texts);
  sidecar_options.users = users.accounts.get();
  serve::Sidecar sidecar(&slot, &metrics, sidecar_options);

  BlockServerSignals();
  auto server = serve::HttpServer::Start(http, [&](const std::shared_ptr<serve::Exchange>& ex) { sidecar.Handle(ex); });
  if (!server.ok()) {
    std::fprintf(stderr, "lanjie serve: %s\n", std::string(server.status().message()).c_str());
    return 2;
  }
  std::fprintf(stderr, "lanjie serve: listening on http://%s:%d (artifact %s, %d threads)\n", http.host.c_str(),
               (*server)->port(), slot.Get()->artifact()->list_hash().substr(0, 12).c_str(), http.threads);
  if (users.accounts)
    std::fprintf(stderr, "lanjie serve: user accountability on, store %s\n", users.accounts->store()->Describe().c_str());
  if (!StartUserAdmin(args, "serve", &users)) return 2;
  ServeUntilSignal(server->get(), [&] { ReloadAndReport("serve", db, &slot); });
  return 0;
}

}  // namespace lanjie::cli
