// Where user states live: one interface, two stores.
//
//   sqlite:FILE            one SQLite file in WAL mode (default). Several
//                          processes on one machine may share it; every
//                          change is one IMMEDIATE transaction, so a count
//                          is never lost or doubled, and a committed count
//                          survives kill -9 of the process (synchronous=NORMAL:
//                          an OS crash or power loss may lose the last commits).
//   redis://HOST:PORT[/DB] a Redis server shared by several instances. A
//                          request's policy step (Apply) that writes is one
//                          server-side Lua script (EVALSHA): read, apply the
//                          policy, write back, in one round trip and atomic
//                          by construction, so two instances never lose a
//                          count or let a 4th violation in a row through. A
//                          clean request reads first (HMGET) and needs the
//                          script only when it ends a run (sent at once when
//                          this process counted the run). Operator
//                          changes (Modify) are WATCH + read + MULTI/EXEC,
//                          retried on conflict. Keys expire `forget_after`
//                          after their last change (or after the suspension
//                          ends).
//
// Thread safety: every method may be called from any thread at once.
// Cost of Apply (the request path): SQLite, one indexed read for a request
// that changes nothing and one short write transaction otherwise; Redis,
// one round trip: a plain HMGET for a clean request that changes nothing
// (no state, or no run to reset, or suspended), the script for a violation
// and for a clean request that ends a run this process counted; two
// (HMGET, then the script) for one that ends a run another process counted.
// Errors: Open() fails with a message naming the file or address (read-only
// file, not a database, corrupt, unreachable server); at run time calls
// return Unavailable (server gone, disk full, lock timeout) and the caller
// decides to fail open or closed (accounts.h).
#ifndef LANJIE_ENGINE_USERS_STORE_H_
#define LANJIE_ENGINE_USERS_STORE_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "lanjie/users/policy.h"

struct event_base;  // libevent

namespace lanjie::users {

struct StoreHealth {
  bool ok = true;
  std::string backend;      // "sqlite" or "redis"
  std::string detail;       // why not ok, or a note (persistence off)
  // Redis only: the server lost lanjie's state since this process started
  // (restarted without persistence, or flushed). Stays set.
  bool state_lost = false;
  std::string persistence;  // redis: "rdb", "aof", "rdb+aof", "off" or "unknown"; sqlite: "wal"
};

class UserStore {
 public:
  virtual ~UserStore() = default;
  UserStore(const UserStore&) = delete;
  UserStore& operator=(const UserStore&) = delete;

  // Atomically reads `user`'s state (a default UserState when unknown),
  // calls `mutate` on a copy and, when it returns true, writes the copy.
  // `mutate` may run more than once (after a conflict) and must depend on
  // nothing but its argument. Returns the state as written (or as read).
  virtual absl::StatusOr<UserState> Modify(std::string_view user, absl::Time now,
                                           const std::function<bool(UserState*)>& mutate) = 0;
  // One request's event for `user`, applied atomically under `policy` at
  // `now` (policy.h ApplyEvent: the one definition of the rules). Returns
  // the state as written (or as read when nothing changed) and the
  // transition. The default is Modify + ApplyEvent; Redis overrides it with
  // a server-side script that mirrors ApplyEvent step for step (the same
  // policy tests, and a randomised comparison with ApplyEvent, run on both).
  struct Applied {
    UserState state;
    Transition transition;
  };
  virtual absl::StatusOr<Applied> Apply(std::string_view user, Event event, const UserPolicy& policy, absl::Time now);
  // The request path without blocking a thread (Redis): a session on one
  // event loop (libevent's event_base) sends each Apply's commands on that
  // loop's own connection and returns at once; `done` runs on the loop
  // thread when the reply is in (or inline, before Apply returns, when the
  // connection cannot even be opened). Requests of one loop iteration go
  // out in one write and their replies come back in one read: one
  // connection, pipelined, per loop. Same policy step, same atomicity, same
  // errors as Apply (Unavailable: no connection, no reply within
  // redis_timeout, server error); a connection the server closed while idle
  // (a restart) is noticed before use and replaced.
  // Thread safety: a session is used only on its loop's thread, and must be
  // destroyed there, before the event_base is freed (calls still waiting
  // then get Unavailable). It may outlive the store. `policy` must stay
  // alive until `done` ran.
  class AsyncSession {
   public:
    virtual ~AsyncSession() = default;
    using Done = std::function<void(absl::StatusOr<Applied>)>;
    virtual void Apply(std::string_view user, Event event, const UserPolicy& policy, absl::Time now, Done done) = 0;
  };
  // A session on `loop`, or nullptr when the store has no asynchronous path
  // (SQLite: its calls are short local transactions; use Apply).
  virtual std::unique_ptr<AsyncSession> OpenAsync(event_base* loop);
  // The user's state, or nullopt when the store has none.
  virtual absl::StatusOr<std::optional<UserState>> Get(std::string_view user) = 0;
  // Up to `limit` users, suspended ones first, then by last change (newest first).
  virtual absl::StatusOr<std::vector<std::pair<std::string, UserState>>> List(size_t limit, absl::Time now) = 0;
  // Users suspended at `now`.
  virtual absl::StatusOr<int64_t> CountSuspended(absl::Time now) = 0;
  // A cheap check for /readyz (one query or round trip).
  virtual StoreHealth Health() = 0;
  virtual std::string Describe() const = 0;  // "sqlite:FILE" or "redis://HOST:PORT/DB"

 protected:
  UserStore() = default;
};

struct StoreOptions {
  // Records not changed for this long and not suspended are removed (SQLite:
  // at open; Redis: key expiry).
  absl::Duration forget_after = absl::Hours(24 * 30);
  // SQLite: how long a write waits for another process's lock.
  absl::Duration busy_timeout = absl::Seconds(5);
  // Redis: connect and command timeouts.
  absl::Duration redis_timeout = absl::Seconds(1);
  // Redis: connections kept open for reuse (more are opened when all are busy).
  int redis_pool = 16;
  // Redis ACL user and password sent with AUTH on every new connection
  // (empty password: no AUTH; empty user: the `default` user, as
  // `requirepass`). Secrets: never part of Describe(), errors or logs, and
  // never taken from the spec: a password in redis://user:pass@host is
  // refused, because specs are flags and flags end up in process lists.
  std::string redis_user;
  std::string redis_password;
};

// `spec`: "sqlite:FILE" or "redis://HOST:PORT[/DB]" (a user name but no
// password may appear as redis://USER@HOST:PORT; the password comes from
// `options.redis_password`). The store is checked
// before it is returned (SQLite: opened, WAL on, schema, quick_check;
// Redis: connected and PINGed).
absl::StatusOr<std::unique_ptr<UserStore>> OpenUserStore(std::string_view spec, const StoreOptions& options);
absl::StatusOr<std::unique_ptr<UserStore>> OpenSqliteStore(const std::string& path, const StoreOptions& options);
absl::StatusOr<std::unique_ptr<UserStore>> OpenRedisStore(const std::string& host, int port, int db,
                                                          const StoreOptions& options);

}  // namespace lanjie::users

#endif  // LANJIE_ENGINE_USERS_STORE_H_
