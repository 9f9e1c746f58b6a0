// User accountability flags shared by `lanjie serve`, `lanjie proxy` and
// `lanjie users` (engine/users/, lanjie/serve/user_gate.h).
#ifndef LANJIE_TOOLS_USER_CLI_H_
#define LANJIE_TOOLS_USER_CLI_H_

#include <memory>
#include <set>
#include <string>

#include "lanjie/serve/audit_log.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/serve/user_gate.h"
#include "lanjie/users/accounts.h"
#include "args.h"

namespace lanjie::cli {

// The valued flags below, for Args.
std::set<std::string> UserFlagNames();

extern const char kUserFlagsHelp[];

struct UserSetup {
  std::unique_ptr<users::UserAccounts> accounts;  // null without --user-store
  std::unique_ptr<serve::UserAdmin> admin;
  std::unique_ptr<serve::HttpServer> admin_server;
};

// --user-store, --user-id, --user-policy, --user-store-failure, and (when
// `with_admin`) --admin-port, --admin-host, --admin-token-file. Prints the
// problem (prefixed by `cmd`) and returns false on error. `audit` may be
// null. The admin listener is started by StartUserAdmin, after the main one.
bool SetUpUsers(const Args& args, const char* cmd, serve::AuditLog* audit, UserSetup* out);
bool StartUserAdmin(const Args& args, const char* cmd, UserSetup* setup);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_USER_CLI_H_
