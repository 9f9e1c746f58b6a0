// lanjie users: operators' view of the user store (engine/users/).
#include <cstdio>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/time/clock.h"
#include "lanjie/serve/audit_log.h"
#include "lanjie/serve/user_gate.h"
#include "args.h"
#include "commands.h"
#include "server_cli.h"
#include "user_cli.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie users list|show|clear|suspend --user-store SPEC [options]\n"
    "\n"
    "  list                   users, suspended first (one JSON object a line)\n"
    "  show ID                one user (exit 1 when the store has no record of ID)\n"
    "  clear ID               lift the suspension and reset the counts (the escalation level stays)\n"
    "  suspend ID             suspend until an operator clears it, or --for DURATION / --until TIME\n"
    "ID is the id shown by list: user:NAME (a bare NAME means user:NAME), key:FINGERPRINT or addr:ADDRESS.\n"
    "\n"
    "  --user-store SPEC      sqlite:FILE or redis://HOST:PORT[/DB], as given to serve/proxy\n"
    "  --user-store-password-file FILE  Redis password (default: $LANJIE_REDIS_PASSWORD when set)\n"
    "  --user-policy FILE     the policy the servers use (for the day boundary; default built-in)\n"
    "  --limit N              list at most N users (default 1000)\n"
    "  --for DURATION         suspend for e.g. 30m, 24h\n"
    "  --until TIME           suspend until an RFC 3339 time, e.g. 2025-01-01T00:00:00+08:00\n"
    "  --reason TEXT          recorded with the suspension\n"
    "  --audit-log FILE       append the clearance or suspension, as the servers do\n";

// Prints `state` as one JSON line (exit 0), or its error (exit 2).
int PrintUserState(const absl::StatusOr<users::UserState>& state, const std::string& id,
                   const users::UserPolicy& policy, absl::Time now) {
  if (!state.ok()) {
    std::fprintf(stderr, "lanjie users: %s\n", std::string(state.status().message()).c_str());
    return 2;
  }
  std::printf("%s\n", serve::UserStateJson(id, *state, policy, now).c_str());
  return 0;
}

int ListUsers(const Args& args, users::UserAccounts& accounts, absl::Time now) {
  long limit;
  if (!ParseIntFlag(args, "limit", 1000, 1, 1000000000, &limit)) return 2;
  auto list = accounts.store()->List(static_cast<size_t>(limit), now);
  if (!list.ok()) {
    std::fprintf(stderr, "lanjie users: %s\n", std::string(list.status().message()).c_str());
    return 2;
  }
  const users::UserPolicy& policy = accounts.options().policy;
  for (const auto& [id, state] : *list) std::printf("%s\n", serve::UserStateJson(id, state, policy, now).c_str());
  return 0;
}

// Exit 1 when the store has no record of `id`.
int ShowUser(users::UserAccounts& accounts, const std::string& id, absl::Time now) {
  auto got = accounts.store()->Get(id);
  if (!got.ok()) {
    std::fprintf(stderr, "lanjie users: %s\n", std::string(got.status().message()).c_str());
    return 2;
  }
  if (!got->has_value()) {
    std::fprintf(stderr, "lanjie users: no record of %s\n", id.c_str());
    return 1;
  }
  return PrintUserState(**got, id, accounts.options().policy, now);
}

// The end of a suspension from --for or --until (default: until cleared);
// prints the reason and returns false on a bad flag.
bool ParseSuspendUntil(const Args& args, absl::Time now, int64_t* until) {
  *until = users::kForever;
  if (args.Has("for") && args.Has("until")) {
    std::fprintf(stderr, "lanjie users: give --for or --until, not both\n");
    return false;
  }
  if (args.Has("for")) {
    absl::Duration d;
    if (!absl::ParseDuration(args.Get("for"), &d) || d <= absl::ZeroDuration()) {
      std::fprintf(stderr, "lanjie users: --for must be a duration such as 30m or 24h\n");
      return false;
    }
    *until = users::ToMillis(now + d);
  } else if (args.Has("until")) {
    absl::Time t;
    std::string err;
    if (!absl::ParseTime(absl::RFC3339_full, args.Get("until"), &t, &err)) {
      std::fprintf(stderr, "lanjie users: --until: %s\n", err.c_str());
      return false;
    }
    *until = users::ToMillis(t);
  }
  return true;
}

}  // namespace

int RunUsers(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"user-store", "user-policy", "user-store-password-file", "limit", "for", "until", "reason", "audit-log"}, {"help", "h"});
  if (int rc = args.HelpOrError("users", kHelp); rc != Args::kGoOn) return rc;
  const auto& pos = args.positionals();
  if (pos.empty() || !args.Has("user-store")) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  const std::string verb = pos[0];
  const bool needs_id = verb == "show" || verb == "clear" || verb == "suspend";
  if ((verb != "list" && !needs_id) || pos.size() != (needs_id ? 2u : 1u)) {
    std::fprintf(stderr, "lanjie users: expected list, or show|clear|suspend with one ID\n\n%s", kHelp);
    return 2;
  }
  auto audit = serve::AuditLog::Open(args.Get("audit-log"));
  if (!audit.ok()) {
    std::fprintf(stderr, "lanjie users: %s\n", std::string(audit.status().message()).c_str());
    return 2;
  }
  UserSetup setup;
  if (!SetUpUsers(args, "users", audit->get(), &setup)) return 2;
  users::UserAccounts& accounts = *setup.accounts;
  const absl::Time now = absl::Now();
  if (verb == "list") return ListUsers(args, accounts, now);
  const std::string id = users::NormalizeUserId(pos[1]);
  if (verb == "show") return ShowUser(accounts, id, now);
  if (verb == "clear") return PrintUserState(accounts.Clear(id, "lanjie users clear"), id, accounts.options().policy, now);
  int64_t until;
  if (!ParseSuspendUntil(args, now, &until)) return 2;
  return PrintUserState(accounts.Suspend(id, until, args.Get("reason"), "lanjie users suspend"), id,
                        accounts.options().policy, now);
}

}  // namespace lanjie::cli
