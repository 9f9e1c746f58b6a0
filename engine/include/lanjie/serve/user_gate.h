// User accountability in the proxy and the sidecar (engine/users/): the
// glue between an Exchange and UserAccounts, the JSON they answer with, and
// the operators' admin routes.
//
//   403 while suspended (proxy):
//     {"error":{"message","type":"permission_error","param":null,
//               "code":"user_suspended","suspended_until":"…+08:00"|"until_cleared"}}
//   "user" in /v1/moderate answers (sidecar):
//     {"id","source","state":"active"|"suspended"|"unknown","counted":"violation"|"clean"|"none",
//      "consecutive","today","suspended_until","rule"}
//
// Admin routes (UserAdmin, on their own listener; every request needs
// "Authorization: Bearer TOKEN"):
//   GET  /admin/users[?limit=N]           suspended users first
//   GET  /admin/users/ID                  one user (ID: "alice" means "user:alice")
//   POST /admin/users/ID/clear            lift the suspension, reset the counts
//   POST /admin/users/ID/suspend          {"until":"RFC3339"}|{"for":"24h"}|{} (until cleared), "reason"
// Thread safety: all functions may be called from any thread.
#ifndef LANJIE_ENGINE_SERVE_USER_GATE_H_
#define LANJIE_ENGINE_SERVE_USER_GATE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/users/accounts.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace lanjie::serve {

// The request's identity (counted in the metrics by source). InvalidArgument
// for a bad one (counted as rejected): answer 400 code "invalid_user_id".
absl::StatusOr<users::Identity> IdentifyUser(users::UserAccounts* accounts, const Exchange& ex,
                                             const std::string* user_field);

// True when one of `hits` counts against the user under the policy.
bool CountsAgainstUser(const users::UserPolicy& policy, const Artifact& artifact, const std::vector<Hit>& hits);

// The 403 body for a suspended user.
std::string SuspendedBody(const users::Identity& who, const users::UserAccounts::Decision& d,
                          const users::UserPolicy& policy);

// Appends ,"user":{...} (see above) to `out`.
void AppendUserJson(const users::Identity& who, const users::UserAccounts::Decision* d, users::Event event,
                    const users::UserPolicy& policy, std::string* out);

// The user store's part of /readyz: {"backend",...}; `*ready` false when
// the store is down and failing closed.
std::string UserStoreReadyz(users::UserAccounts* accounts, bool* ready);

// One user's state as JSON (admin route, `lanjie users show`).
std::string UserStateJson(const std::string& id, const users::UserState& s, const users::UserPolicy& policy,
                          absl::Time now);

// The admin routes above. Thread safety: Handle may be called from any
// thread (the store serializes what it must). Cost: one store read or
// write per request (List: up to 1,000 records). Answers: 401 without the
// token (compared in constant time), 404 for an unknown route or user, 405
// for the wrong method, 400 for a bad body, 503 when the store fails.
class UserAdmin {
 public:
  // `accounts` (not owned) must outlive the UserAdmin. `token`: the bearer
  // token every request must carry; an empty token refuses every request.
  UserAdmin(users::UserAccounts* accounts, std::string token);
  void Handle(const std::shared_ptr<Exchange>& ex);

 private:
  users::UserAccounts* accounts_;
  std::string token_;
};

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_USER_GATE_H_
