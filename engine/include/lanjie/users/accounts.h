// User accountability on the request path: who the user is, what their
// request did to their record, and whether to serve them.
//
//   auto store = OpenUserStore("sqlite:users.db", {});
//   UserAccounts accounts(std::move(*store), options);
//   auto id = ResolveIdentity(options.identity, facts);   // 400 when bad
//   auto d = accounts.Record(*id, Event::kViolation, request_id);
//   if (d.ok() && d->suspended) -> 403 user_suspended until d->until
//
// Store failures at run time: fail open (the default; the request is
// served as if the user were not suspended, the count is lost and that is
// counted in lanjie_user_store_errors_total, sent to the audit callback and
// shown by Health()) or fail closed (Record returns Unavailable and the
// caller answers 503). Open is the default because the keyword filter still
// blocks every violating message while the store is down; closed is for
// deployments where an unaccountable request must not be served at all.
//
// Thread safety: all methods may be called from any thread at once; the
// audit callback may be called from several threads at once.
// Cost: one UserStore::Apply per Record (store.h: Redis, one round trip)
// plus a few relaxed atomic adds; RecordAsync does not block the caller's
// thread during the round trip.
#ifndef LANJIE_ENGINE_USERS_ACCOUNTS_H_
#define LANJIE_ENGINE_USERS_ACCOUNTS_H_

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "lanjie/users/policy.h"
#include "lanjie/users/store.h"

namespace lanjie::users {

// Where the user's identity comes from (--user-id).
struct IdentityConfig {
  enum Source { kUserField, kHeader, kKey } source = kUserField;
  std::string header = "X-User-Id";  // kHeader
  size_t max_bytes = 256;            // longer identities are rejected
};
// "user-field", "header:NAME" or "key".
absl::StatusOr<IdentityConfig> ParseIdentitySource(std::string_view flag);

// What one request offers.
struct RequestFacts {
  const std::string* user_field = nullptr;  // the body's "user" string, if any
  std::function<std::string(const std::string&)> header;  // request header by name, "" when absent
  std::string peer;                                        // client address
};

struct Identity {
  std::string id;      // "user:NAME", "key:FINGERPRINT" or "addr:ADDRESS"
  const char* source;  // "user-field", "header", "key" or "address"
};

// The identity under `config`; a request that offers none (absent or empty)
// is counted under its client address. Errors (InvalidArgument, the message
// names the field or header): longer than max_bytes, not UTF-8, control
// characters. The key fingerprint is "key:" + the first 16 hex digits of
// SHA-256 of the bearer token: the key itself is never stored or logged.
absl::StatusOr<Identity> ResolveIdentity(const IdentityConfig& config, const RequestFacts& facts);
// "user:NAME" for a bare NAME; ids with a known prefix unchanged.
std::string NormalizeUserId(std::string_view id);

struct AuditEvent {
  const char* event = "";  // "user_suspended", "user_cleared", "user_operator_suspended", "user_store_error"
  std::string user, rule, until, request_id, detail;
  int64_t consecutive = 0, today = 0, level = 0;
};

struct AccountsOptions {
  UserPolicy policy = DefaultUserPolicy();
  IdentityConfig identity;
  bool fail_closed = false;
  std::function<absl::Time()> clock = [] { return absl::Now(); };
  std::function<void(const AuditEvent&)> audit;  // may be empty
};

class UserAccounts {
 public:
  UserAccounts(std::unique_ptr<UserStore> store, AccountsOptions options);
  UserAccounts(const UserAccounts&) = delete;
  UserAccounts& operator=(const UserAccounts&) = delete;

  struct Decision {
    bool suspended = false;      // refuse the request: the user is suspended
    bool suspended_now = false;  // this request started the suspension
    bool store_failed = false;   // fail-open: the store could not be asked
    UserState state;
    std::string until;           // FormatUntil of the suspension's end, "" when none
  };
  // Counts one request (its input had a counting hit or not) and says
  // whether to serve it. Errors: Unavailable only when failing closed.
  absl::StatusOr<Decision> Record(const Identity& who, Event event, std::string_view request_id);
  // Record on an asynchronous session of this store (UserStore::OpenAsync,
  // on the calling loop's thread): `done` gets what Record would return,
  // on that thread, once the store answered (or inline when it cannot be
  // asked). Same counting, metrics, audit and fail-open/closed handling.
  // The UserAccounts must outlive the call's completion.
  using RecordDone = std::function<void(absl::StatusOr<Decision>)>;
  void RecordAsync(UserStore::AsyncSession* session, const Identity& who, Event event, std::string request_id,
                   RecordDone done);

  // Operator actions (CLI, admin route): they never fail open.
  absl::StatusOr<UserState> Clear(const std::string& id, std::string_view actor);
  // `until_ms`: Unix ms or kForever.
  absl::StatusOr<UserState> Suspend(const std::string& id, int64_t until_ms, const std::string& reason,
                                    std::string_view actor);

  // Counters kept by callers.
  void CountIdentity(const char* source);
  void CountRejectedIdentity() { rejected_identities_.fetch_add(1, std::memory_order_relaxed); }
  void CountOutputViolation() { output_violations_.fetch_add(1, std::memory_order_relaxed); }

  // Prometheus text for the lanjie_user_* metrics (asks the store for the
  // number of suspended users and its health).
  std::string RenderMetrics();
  StoreHealth Health();

  const AccountsOptions& options() const { return options_; }
  UserStore* store() { return store_.get(); }
  absl::Time Now() const { return options_.clock(); }

 private:
  void StoreError(const absl::Status& st, std::string_view user, std::string_view request_id);
  // What Record makes of the store's answer (counters, audit, fail open/closed).
  absl::StatusOr<Decision> Decide(const std::string& user, Event event, std::string_view request_id,
                                  absl::StatusOr<UserStore::Applied> applied);

  std::unique_ptr<UserStore> store_;
  AccountsOptions options_;
  std::atomic<uint64_t> violations_{0}, clean_{0}, refused_{0}, output_violations_{0};
  std::atomic<uint64_t> suspensions_consecutive_{0}, suspensions_daily_{0}, suspensions_operator_{0}, clears_{0};
  std::atomic<uint64_t> store_errors_{0}, failed_open_{0}, failed_closed_{0}, rejected_identities_{0};
  std::array<std::atomic<uint64_t>, 4> identities_{};  // user-field, header, key, address
  std::mutex error_mu_;
  std::string last_error_;
  absl::Time last_error_time_ = absl::InfinitePast();
};

}  // namespace lanjie::users

#endif  // LANJIE_ENGINE_USERS_ACCOUNTS_H_
