#include "server_cli.h"

#include <signal.h>

#include <cstdio>

#include "absl/strings/numbers.h"
#include "user_cli.h"

namespace lanjie::cli {
namespace {

sigset_t ServerSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

int ParseServerCommand(const Args& args, const char* command, const char* help, std::string* db) {
  if (int rc = args.HelpOrError(command, help, kUserFlagsHelp); rc != Args::kGoOn) return rc;
  *db = args.Has("db") ? args.Get("db") : args.Get("d");
  if (db->empty() || !args.positionals().empty()) {
    std::fputs(help, stderr);
    return 2;
  }
  return -1;
}

bool OpenListAndAudit(const Args& args, const char* command, serve::ArtifactSlot* slot,
                      std::unique_ptr<serve::AuditLog>* audit) {
  if (auto st = slot->Reload(); !st.ok()) {
    std::fprintf(stderr, "lanjie %s: %s\n", command, std::string(st.message()).c_str());
    return false;
  }
  auto opened = serve::AuditLog::Open(args.Get("audit-log"));
  if (!opened.ok()) {
    std::fprintf(stderr, "lanjie %s: %s\n", command, std::string(opened.status().message()).c_str());
    return false;
  }
  *audit = std::move(*opened);
  return true;
}

void ReloadAndReport(const char* command, const std::string& db, serve::ArtifactSlot* slot) {
  if (auto st = slot->Reload(); st.ok())
    std::fprintf(stderr, "lanjie %s: reloaded %s (artifact %s)\n", command, db.c_str(),
                 slot->Get()->artifact()->list_hash().substr(0, 12).c_str());
  else
    std::fprintf(stderr, "lanjie %s: reload failed, still serving the previous artifact: %s\n", command,
                 std::string(st.message()).c_str());
}

bool ParseIntFlag(const Args& args, const std::string& name, long fallback, long min, long max, long* out) {
  *out = fallback;
  if (!args.Has(name)) return true;
  if (!absl::SimpleAtoi(args.Get(name), out) || *out < min || *out > max) {
    std::fprintf(stderr, "lanjie: --%s must be a number from %ld to %ld\n", name.c_str(), min, max);
    return false;
  }
  return true;
}

bool ParseServerFlags(const Args& args, serve::HttpServerOptions* options) {
  long port, threads, max_body, timeout;
  if (!ParseIntFlag(args, "port", 8080, 0, 65535, &port) || !ParseIntFlag(args, "threads", 2, 1, 256, &threads) ||
      !ParseIntFlag(args, "max-body", 1 << 20, 1, 1L << 30, &max_body) ||
      !ParseIntFlag(args, "timeout", 30, 1, 3600, &timeout))
    return false;
  options->host = args.Get("host", "127.0.0.1");
  options->port = static_cast<int>(port);
  options->threads = static_cast<int>(threads);
  options->max_body_bytes = static_cast<size_t>(max_body);
  options->timeout_seconds = static_cast<int>(timeout);
  return true;
}

void BlockServerSignals() {
  signal(SIGPIPE, SIG_IGN);
  sigset_t set = ServerSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void ServeUntilSignal(serve::HttpServer* server, const std::function<void()>& on_reload) {
  sigset_t set = ServerSignals();
  for (;;) {
    int sig = 0;
    if (sigwait(&set, &sig) != 0) continue;
    if (sig == SIGHUP) {
      on_reload();
      continue;
    }
    std::fprintf(stderr, "lanjie: signal %d, shutting down\n", sig);
    server->Stop();
    server->Wait();
    return;
  }
}

}  // namespace lanjie::cli
