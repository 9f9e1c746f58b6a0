#include "user_cli.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "absl/time/clock.h"

#include "secrets.h"
#include "server_cli.h"

namespace lanjie::cli {

constexpr char kRedisPasswordEnv[] = "LANJIE_REDIS_PASSWORD";

const char kUserFlagsHelp[] =
    "user accountability (off without --user-store):\n"
    "  --user-store SPEC       sqlite:FILE (WAL, one machine) or redis://HOST:PORT[/DB] (shared)\n"
    "  --user-id SOURCE        user-field (the request's \"user\", default), header:NAME, or key\n"
    "                          (a fingerprint of the API key); none given: the client address\n"
    "  --user-policy FILE      limits and suspensions (default: built-in data/profiles/user-policy.json)\n"
    "  --user-store-password-file FILE  Redis password (AUTH; ACL user as redis://USER@HOST:PORT);\n"
    "                          default: the LANJIE_REDIS_PASSWORD environment variable when set\n"
    "  --user-store-failure M  open (default: serve, count lost, visible in metrics/readyz/audit)\n"
    "                          or closed (answer 503 user_store_unavailable)\n"
    "  --admin-port N          operator routes /admin/users... on their own listener (0: any port)\n"
    "  --admin-host ADDR       (default 127.0.0.1)\n"
    "  --admin-token-file FILE bearer token for the admin routes (required with --admin-port)\n";

std::set<std::string> UserFlagNames() {
  return {"user-store", "user-id", "user-policy", "user-store-failure", "user-store-password-file", "admin-port", "admin-host",
          "admin-token-file"};
}

namespace {

// The Redis password: --user-store-password-file, else LANJIE_REDIS_PASSWORD
// when set, else none.
bool ReadStorePassword(const Args& args, const char* cmd, std::string* password) {
  std::string error;
  if (args.Has("user-store-password-file")) {
    if (ReadSecretFile(args.Get("user-store-password-file"), "Redis password", password, &error)) return true;
  } else if (std::getenv(kRedisPasswordEnv) == nullptr ||
             ReadSecretEnv(kRedisPasswordEnv, "Redis password", password, &error)) {
    return true;
  }
  std::fprintf(stderr, "lanjie %s: %s\n", cmd, error.c_str());
  return false;
}

}  // namespace

namespace {

// The accounts' policy, identity source, failure mode and audit hook from
// the flags; false (after a message) on a bad flag.
bool AccountsOptionsFromFlags(const Args& args, const char* cmd, serve::AuditLog* audit,
                              users::AccountsOptions* options) {
  if (args.Has("user-policy")) {
    auto policy = users::LoadUserPolicy(args.Get("user-policy"));
    if (!policy.ok()) {
      std::fprintf(stderr, "lanjie %s: %s\n", cmd, std::string(policy.status().message()).c_str());
      return false;
    }
    options->policy = std::move(*policy);
  }
  auto identity = users::ParseIdentitySource(args.Get("user-id", "user-field"));
  if (!identity.ok()) {
    std::fprintf(stderr, "lanjie %s: %s\n", cmd, std::string(identity.status().message()).c_str());
    return false;
  }
  options->identity = *identity;
  const std::string failure = args.Get("user-store-failure", "open");
  if (failure != "open" && failure != "closed") {
    std::fprintf(stderr, "lanjie %s: --user-store-failure must be open or closed\n", cmd);
    return false;
  }
  options->fail_closed = failure == "closed";
  options->audit = [audit, cmd](const users::AuditEvent& e) {
    if (audit) audit->RecordUserEvent(e);
    if (std::string_view(e.event) != "user_store_error") return;
    // Store errors also go to the log (stderr), at most one line a second.
    static std::atomic<int64_t> last_logged{0};
    const int64_t now = absl::ToUnixSeconds(absl::Now());
    int64_t last = last_logged.load();
    if (now != last && last_logged.compare_exchange_strong(last, now))
      std::fprintf(stderr, "lanjie %s: user store error for %s: %s\n", cmd, e.user.c_str(), e.detail.c_str());
  };
  return true;
}

// The admin routes' token (--admin-token-file, at least 16 characters);
// false (after a message) when it cannot be read or is too short.
bool ReadAdminToken(const Args& args, const char* cmd, std::string* token) {
  std::string error;
  if (!ReadSecretFile(args.Get("admin-token-file"), "admin token", token, &error)) {
    std::fprintf(stderr, "lanjie %s: %s\n", cmd, error.c_str());
    return false;
  }
  if (token->size() < 16) {
    std::fprintf(stderr, "lanjie %s: %s: the admin token must be at least 16 characters\n", cmd,
                 args.Get("admin-token-file").c_str());
    return false;
  }
  return true;
}

}  // namespace

bool SetUpUsers(const Args& args, const char* cmd, serve::AuditLog* audit, UserSetup* out) {
  if (!args.Has("user-store")) {
    for (const char* f : {"user-id", "user-policy", "user-store-failure", "user-store-password-file", "admin-port",
                          "admin-token-file"}) {
      if (args.Has(f)) {
        std::fprintf(stderr, "lanjie %s: --%s needs --user-store\n", cmd, f);
        return false;
      }
    }
    return true;
  }
  if (args.Has("admin-port") != args.Has("admin-token-file")) {
    std::fprintf(stderr, "lanjie %s: --admin-port and --admin-token-file go together\n", cmd);
    return false;
  }
  users::AccountsOptions options;
  if (!AccountsOptionsFromFlags(args, cmd, audit, &options)) return false;
  std::string admin_token;
  if (args.Has("admin-token-file") && !ReadAdminToken(args, cmd, &admin_token)) return false;
  users::StoreOptions store_options;
  store_options.forget_after = options.policy.forget_after;
  if (!ReadStorePassword(args, cmd, &store_options.redis_password)) return false;
  auto store = users::OpenUserStore(args.Get("user-store"), store_options);
  if (!store.ok()) {
    std::fprintf(stderr, "lanjie %s: %s\n", cmd, std::string(store.status().message()).c_str());
    return false;
  }
  const users::StoreHealth health = (*store)->Health();
  if (!health.detail.empty()) std::fprintf(stderr, "lanjie %s: note: %s\n", cmd, health.detail.c_str());
  out->accounts = std::make_unique<users::UserAccounts>(std::move(*store), std::move(options));
  if (!admin_token.empty()) out->admin = std::make_unique<serve::UserAdmin>(out->accounts.get(), admin_token);
  return true;
}

bool StartUserAdmin(const Args& args, const char* cmd, UserSetup* setup) {
  if (!setup->admin) return true;
  long port;
  if (!ParseIntFlag(args, "admin-port", 0, 0, 65535, &port)) return false;
  serve::HttpServerOptions http;
  http.host = args.Get("admin-host", "127.0.0.1");
  http.port = static_cast<int>(port);
  http.threads = 1;
  serve::UserAdmin* admin = setup->admin.get();
  auto server = serve::HttpServer::Start(http, [admin](const std::shared_ptr<serve::Exchange>& ex) { admin->Handle(ex); });
  if (!server.ok()) {
    std::fprintf(stderr, "lanjie %s: admin listener: %s\n", cmd, std::string(server.status().message()).c_str());
    return false;
  }
  setup->admin_server = std::move(*server);
  std::fprintf(stderr, "lanjie %s: admin routes on http://%s:%d/admin/users\n", cmd, http.host.c_str(),
               setup->admin_server->port());
  return true;
}

}  // namespace lanjie::cli
