// The Redis user store (store.h). A user is one hash, lanjie:user:<id>;
// suspended users are also members of the sorted set lanjie:suspended
// (score: end of suspension, +inf until cleared).
//
// The request path (Apply) is one EVALSHA of the policy script
// (redis_policy_script.h), loaded with SCRIPT LOAD at Open; a server that
// forgot it (restart, SCRIPT FLUSH) answers NOSCRIPT and the call is sent
// once more as EVAL with the text, which caches it again. A clean request
// reads first (HMGET): when that shows nothing to change, as for most
// requests, the read is all. A clean request that ends a run of violations
// needs the script; when this process saw the run (the run hint below), it
// sends the script at once, so every request is one round trip; only a run
// another process counted (or a forgotten hint) costs a read, then the script.
//
// Operator changes (Modify) are optimistic: a plain read first (when the
// change is a no-op, that one round trip is all), then WATCH the user's
// key, read it again, apply the change, MULTI/EXEC the write; EXEC fails
// when another client changed the key in between, and the change is retried.
//
// Connections: hiredis contexts are not thread-safe; each call takes one
// from a pool (opening a new one when all are busy) and gives it back
// unless it broke. A pooled connection the server closed meanwhile (a Redis
// restart) is noticed before use and replaced, so the first request after
// a restart is counted, not failed open.
#include <hiredis/hiredis.h>
#include <openssl/rand.h>

#include <array>
#include <atomic>
#include <deque>
#include <functional>
#include <mutex>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/sv.h"
#include "lanjie/users/store.h"
#include "redis_async.h"
#include "redis_policy_script.h"
#include "redis_wire.h"

namespace lanjie::users {
namespace {

using redis_wire::kFields;
using redis_wire::kPrefix;
using redis_wire::kSuspended;
using redis_wire::LinkIsOpen;
constexpr char kEpoch[] = "lanjie:epoch";
constexpr int kMaxAttempts = 1000;  // conflicting writers of one user; each retry is one round trip

struct ReplyDeleter {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

struct ContextDeleter {
  void operator()(redisContext* c) const { redisFree(c); }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;

timeval TimevalOf(absl::Duration d) {
  timeval tv{};
  tv.tv_sec = absl::ToInt64Seconds(d);
  tv.tv_usec = absl::ToInt64Microseconds(d - absl::Seconds(tv.tv_sec));
  return tv;
}

class RedisStore final : public UserStore {
 public:
  static absl::StatusOr<std::unique_ptr<UserStore>> Open(const std::string& host, int port, int db,
                                                         const StoreOptions& options) {
    std::unique_ptr<RedisStore> s(new RedisStore());
    s->host_ = host;
    s->port_ = port;
    s->db_ = db;
    s->options_ = options;
    auto conn = s->Connect();
    if (!conn.ok()) return conn.status();
    // The epoch marker: set once per Redis data set. If it disappears or
    // changes, Redis lost lanjie's state (restart without persistence, flush).
    unsigned char bytes[8];
    RAND_bytes(bytes, sizeof bytes);
    std::string epoch;
    for (unsigned char b : bytes) absl::StrAppend(&epoch, absl::Hex(b, absl::kZeroPad2));
    auto set = s->Command(conn->get(), {"SET", kEpoch, epoch, "NX"});
    if (!set.ok()) return set.status();
    auto get = s->Command(conn->get(), {"GET", kEpoch});
    if (!get.ok()) return get.status();
    if ((*get)->type == REDIS_REPLY_STRING) s->epoch_.assign((*get)->str, (*get)->len);
    s->persistence_ = s->Persistence(conn->get());
    auto load = s->Command(conn->get(), {"SCRIPT", "LOAD", kPolicyScript});
    if (!load.ok()) return load.status();
    if ((*load)->type != REDIS_REPLY_STRING)
      return absl::UnavailableError(absl::StrCat(s->Describe(), ": SCRIPT LOAD did not return the script's SHA1"));
    s->script_sha_.assign((*load)->str, (*load)->len);
    s->Release(std::move(*conn));
    return std::unique_ptr<UserStore>(std::move(s));
  }

  absl::StatusOr<Applied> Apply(std::string_view user, Event event, const UserPolicy& policy,
                                absl::Time now) override {
    const std::string key = absl::StrCat(kPrefix, Av(user));
    auto conn = Acquire();
    if (!conn.ok()) return conn.status();
    redisContext* c = conn->get();
    const size_t hint = redis_wire::RunHint::Bit(user);
    if (event == Event::kClean && !hint_->HasRun(hint)) {
      // Most requests are clean and change nothing (no run to reset, or the
      // user is suspended): a plain HMGET (one round trip, and for Redis
      // far less work than a script call) decides that from one atomic
      // read. When there is a run to reset, the script below does it from a
      // fresh read.
      auto read = Command(c, {"HMGET", key, kFields[0], kFields[1], kFields[2], kFields[3], kFields[4], kFields[5],
                              kFields[6], kFields[7], kFields[8]});
      if (!read.ok()) return Broken(std::move(*conn), read.status());
      Applied out;
      out.state = Parse(read->get());
      UserState after = out.state;
      out.transition = ApplyEvent(policy, event, now, &after);
      if (!out.transition.changed) {
        Release(std::move(*conn));
        return out;
      }
    }
    std::vector<std::string> args =
        PolicyScriptArgs(key, kSuspended, user, event, policy, now, options_.forget_after);
    args.insert(args.begin(), {"EVALSHA", script_sha_});
    auto reply = Raw(c, args);
    if (reply.ok() && (*reply)->type == REDIS_REPLY_ERROR && absl::StartsWith((*reply)->str, "NOSCRIPT")) {
      args[0] = "EVAL";
      args[1] = kPolicyScript;
      reply = Raw(c, args);
    }
    if (!reply.ok()) return Broken(std::move(*conn), reply.status());
    Release(std::move(*conn));  // an error reply leaves the connection in step
    const redisReply* r = reply->get();
    if (r->type == REDIS_REPLY_ERROR)
      return absl::UnavailableError(absl::StrCat(Describe(), ": policy script failed: ", std::string(r->str, r->len)));
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 9)
      return absl::UnavailableError(absl::StrCat(Describe(), ": policy script returned an unexpected reply"));
    // The script returns the state it read; it wrote what ApplyEvent makes
    // of it (redis_policy_script.h), so the same call here gives the outcome.
    Applied out;
    out.state = ParseFields(r->element);
    out.transition = ApplyEvent(policy, event, now, &out.state);
    hint_->Note(hint, out.state.consecutive > 0 && !out.transition.was_suspended);
    return out;
  }

  std::unique_ptr<AsyncSession> OpenAsync(event_base* loop) override {
    RedisTarget target{host_, port_, db_, options_, script_sha_};
    return OpenRedisAsyncSession(std::move(target), hint_, loop);
  }

  absl::StatusOr<UserState> Modify(std::string_view user, absl::Time now,
                                   const std::function<bool(UserState*)>& mutate) override {
    const std::string key = absl::StrCat(kPrefix, Av(user));
    auto conn = Acquire();
    if (!conn.ok()) return conn.status();
    redisContext* c = conn->get();
    // Most requests change nothing: one plain read (one round trip) decides.
    {
      auto read = Command(c, {"HMGET", key, kFields[0], kFields[1], kFields[2], kFields[3], kFields[4], kFields[5],
                              kFields[6], kFields[7], kFields[8]});
      if (!read.ok()) return Broken(std::move(*conn), read.status());
      UserState state = Parse(read->get());
      if (!mutate(&state)) {
        Release(std::move(*conn));
        return state;
      }
    }
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
      Append(c, {"WATCH", key});
      Append(c, {"HMGET", key, kFields[0], kFields[1], kFields[2], kFields[3], kFields[4], kFields[5], kFields[6],
                 kFields[7], kFields[8]});
      auto watch = Next(c);
      auto read = Next(c);
      if (!watch.ok() || !read.ok()) return Broken(std::move(*conn), !watch.ok() ? watch.status() : read.status());
      UserState state = Parse(read->get());
      if (!mutate(&state)) {  // changed by another client meanwhile: nothing to write any more
        Append(c, {"UNWATCH"});
        auto unwatch = Next(c);
        if (!unwatch.ok()) return Broken(std::move(*conn), unwatch.status());
        Release(std::move(*conn));
        return state;
      }
      const int queued = QueueWrite(c, key, user, state, now);
      auto exec = ExecReply(c, queued);
      if (!exec.ok()) return Broken(std::move(*conn), exec.status());
      if ((*exec)->type == REDIS_REPLY_NIL) continue;  // another client changed the user: again
      const absl::Status written = ExecStatus(exec->get());
      Release(std::move(*conn));
      if (!written.ok()) return written;
      return state;
    }
    Release(std::move(*conn));
    return absl::UnavailableError(
        absl::StrCat(Describe(), ": user '", Av(user), "' changed by other clients ", kMaxAttempts, " times in a row"));
  }

  absl::StatusOr<std::optional<UserState>> Get(std::string_view user) override {
    auto conn = Acquire();
    if (!conn.ok()) return conn.status();
    const std::string key = absl::StrCat(kPrefix, Av(user));
    auto r = Command(conn->get(), {"HMGET", key, kFields[0], kFields[1], kFields[2], kFields[3], kFields[4],
                                   kFields[5], kFields[6], kFields[7], kFields[8]});
    if (!r.ok()) return Broken(std::move(*conn), r.status());
    Release(std::move(*conn));
    if ((*r)->type != REDIS_REPLY_ARRAY || (*r)->elements == 0 || (*r)->element[8]->type == REDIS_REPLY_NIL)
      return std::optional<UserState>();
    return std::optional<UserState>(Parse(r->get()));
  }

  absl::StatusOr<std::vector<std::pair<std::string, UserState>>> List(size_t limit, absl::Time now) override {
    auto conn = Acquire();
    if (!conn.ok()) return conn.status();
    std::vector<std::string> ids;
    std::string cursor = "0";
    do {
      auto r = Command(conn->get(), {"SCAN", cursor, "MATCH", absl::StrCat(kPrefix, "*"), "COUNT", "1000"});
      if (!r.ok()) return Broken(std::move(*conn), r.status());
      if ((*r)->type != REDIS_REPLY_ARRAY || (*r)->elements != 2) break;
      cursor.assign((*r)->element[0]->str, (*r)->element[0]->len);
      const redisReply* keys = (*r)->element[1];
      for (size_t i = 0; i < keys->elements; ++i)
        ids.emplace_back(keys->element[i]->str + sizeof(kPrefix) - 1, keys->element[i]->len - (sizeof(kPrefix) - 1));
    } while (cursor != "0");
    Release(std::move(*conn));
    std::vector<std::pair<std::string, UserState>> out;
    for (const std::string& id : ids) {
      auto s = Get(id);
      if (!s.ok()) return s.status();
      if (*s) out.emplace_back(id, **s);
    }
    const int64_t now_ms = ToMillis(now);
    std::sort(out.begin(), out.end(), [now_ms](const auto& a, const auto& b) {
      const bool sa = a.second.SuspendedAt(now_ms), sb = b.second.SuspendedAt(now_ms);
      if (sa != sb) return sa;
      return a.second.updated > b.second.updated;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
  }

  absl::StatusOr<int64_t> CountSuspended(absl::Time now) override {
    auto conn = Acquire();
    if (!conn.ok()) return conn.status();
    auto r = Command(conn->get(), {"ZCOUNT", kSuspended, absl::StrCat("(", ToMillis(now)), "+inf"});
    if (!r.ok()) return Broken(std::move(*conn), r.status());
    Release(std::move(*conn));
    return (*r)->type == REDIS_REPLY_INTEGER ? (*r)->integer : 0;
  }

  StoreHealth Health() override {
    StoreHealth h;
    h.backend = "redis";
    h.persistence = persistence_;
    auto conn = Acquire();
    absl::StatusOr<Reply> r = conn.ok() ? Command(conn->get(), {"GET", kEpoch}) : absl::StatusOr<Reply>(conn.status());
    if (!r.ok()) {
      if (conn.ok()) Broken(std::move(*conn), r.status()).IgnoreError();
      h.ok = false;
      h.detail = std::string(r.status().message());
    } else {
      const std::string now_epoch = (*r)->type == REDIS_REPLY_STRING ? std::string((*r)->str, (*r)->len) : "";
      std::lock_guard<std::mutex> lock(state_mu_);
      if (now_epoch != epoch_) {
        state_lost_ = true;
        // Re-arm the marker so that a second loss is seen too.
        auto set = Command(conn->get(), {"SET", kEpoch, epoch_, "NX"});
        if (set.ok() && (*set)->type == REDIS_REPLY_NIL) {
          auto again = Command(conn->get(), {"GET", kEpoch});
          if (again.ok() && (*again)->type == REDIS_REPLY_STRING) epoch_.assign((*again)->str, (*again)->len);
        }
        persistence_ = Persistence(conn->get());
      }
      h.persistence = persistence_;
      Release(std::move(*conn));
    }
    {
      std::lock_guard<std::mutex> lock(state_mu_);
      h.state_lost = state_lost_;
    }
    if (h.state_lost)
      h.detail = absl::StrCat("Redis lost lanjie's user state since this process started (restarted with persistence ",
                              h.persistence, ", or flushed): counts and suspensions from before are gone");
    else if (h.ok && h.persistence == "off")
      h.detail = "Redis persistence is off: a Redis restart loses every count and suspension";
    return h;
  }

  std::string Describe() const override { return absl::StrCat("redis://", host_, ":", port_, "/", db_); }

 private:
  RedisStore() = default;

  absl::StatusOr<Context> Connect() {
    Context c(redisConnectWithTimeout(host_.c_str(), port_, TimevalOf(options_.redis_timeout)));
    if (!c) return absl::UnavailableError(absl::StrCat(Describe(), ": cannot allocate a Redis connection"));
    if (c->err) return absl::UnavailableError(absl::StrCat(Describe(), ": cannot connect to Redis: ", c->errstr));
    redisSetTimeout(c.get(), TimevalOf(options_.redis_timeout));
    if (!options_.redis_password.empty()) {
      // The server's answer to a wrong password (WRONGPASS ...) never
      // contains the password, so quoting it in the error is safe.
      std::vector<std::string> auth = {"AUTH"};
      if (!options_.redis_user.empty()) auth.push_back(options_.redis_user);
      auth.push_back(options_.redis_password);
      auto reply = Command(c.get(), auth);
      if (!reply.ok()) return reply.status();
    }
    auto ping = Command(c.get(), {"PING"});
    if (!ping.ok()) {
      if (options_.redis_password.empty() && absl::StrContains(ping.status().message(), "NOAUTH"))
        return absl::UnauthenticatedError(absl::StrCat(ping.status().message(),
                                                       " (give the password with --user-store-password-file or "
                                                       "the LANJIE_REDIS_PASSWORD environment variable)"));
      return ping.status();
    }
    if (db_ != 0) {
      auto select = Command(c.get(), {"SELECT", absl::StrCat(db_)});
      if (!select.ok()) return select.status();
    }
    return c;
  }

  // A pooled connection when one is open and still good, else a new one.
  // Good: the server has not closed it while it sat in the pool (after a
  // Redis restart every pooled connection has; using one would fail the
  // request), checked with one non-blocking peek (LinkIsOpen).
  absl::StatusOr<Context> Acquire() {
    for (;;) {
      Context c;
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (pool_.empty()) break;
        c = std::move(pool_.back());
        pool_.pop_back();
      }
      if (LinkIsOpen(c->fd)) return c;
    }
    return Connect();
  }

  void Release(Context c) {
    std::lock_guard<std::mutex> lock(mu_);
    if (static_cast<int>(pool_.size()) < options_.redis_pool) pool_.push_back(std::move(c));
  }

  // A connection that failed mid-exchange is closed, not reused (its
  // replies would be out of step).
  absl::Status Broken(Context c, absl::Status why) {
    c.reset();
    return why;
  }

  // Queues one command. The RESP text is written here in one buffer
  // (hiredis's own formatting, redisAppendCommandArgv, costs several
  // thousand instructions a call in sdscatfmt) and handed over as is.
  template <typename Range>
  static void AppendRange(redisContext* c, const Range& args) {
    thread_local std::string cmd;
    redis_wire::FormatCommand(args, &cmd);
    redisAppendFormattedCommand(c, cmd.data(), cmd.size());
  }
  void Append(redisContext* c, std::initializer_list<std::string_view> args) { AppendRange(c, args); }
  void Append(redisContext* c, const std::vector<std::string>& args) { AppendRange(c, args); }

  absl::StatusOr<Reply> Next(redisContext* c) {
    void* raw = nullptr;
    if (redisGetReply(c, &raw) != REDIS_OK || raw == nullptr)
      return absl::UnavailableError(absl::StrCat(Describe(), ": Redis connection failed: ",
                                                 c->errstr[0] ? c->errstr : "no reply"));
    Reply r(static_cast<redisReply*>(raw));
    if (r->type == REDIS_REPLY_ERROR)
      return absl::UnavailableError(absl::StrCat(Describe(), ": Redis error: ", std::string(r->str, r->len)));
    return r;
  }

  // Queues the MULTI/EXEC write of `state` for `user` (its hash, its expiry,
  // its place in the suspended set); returns how many commands are queued
  // between MULTI and EXEC.
  int QueueWrite(redisContext* c, const std::string& key, std::string_view user, const UserState& state,
                 absl::Time now) {
    int queued = 0;
    Append(c, {"MULTI"});
    std::vector<std::string> hset = {"HSET", key};
    const int64_t values[] = {state.consecutive, state.today, state.day, state.total, state.suspended_until,
                              state.suspended_at, state.level};
    for (int i = 0; i < 7; ++i) {
      hset.push_back(kFields[i]);
      hset.push_back(absl::StrCat(values[i]));
    }
    hset.insert(hset.end(), {"rule", state.rule, "updated", absl::StrCat(state.updated)});
    Append(c, hset), ++queued;
    // Expiry: forget_after past the last change, or past the suspension's end.
    const int64_t forget = absl::ToInt64Milliseconds(options_.forget_after);
    if (state.suspended_until == kForever) {
      Append(c, {"PERSIST", key}), ++queued;
    } else {
      const int64_t base = std::max(ToMillis(now), state.suspended_until);
      Append(c, {"PEXPIREAT", key, absl::StrCat(base + forget)}), ++queued;
    }
    if (state.SuspendedAt(ToMillis(now))) {
      Append(c, {"ZADD", kSuspended,
                 state.suspended_until == kForever ? "+inf" : absl::StrCat(state.suspended_until),
                 std::string(user)}),
          ++queued;
    } else {
      Append(c, {"ZREM", kSuspended, std::string(user)}), ++queued;
    }
    Append(c, {"EXEC"});
    return queued;
  }

  // Reads the replies of MULTI and the queued commands, then EXEC's reply
  // (a nil one when a watched key changed); the first failure is returned.
  absl::StatusOr<Reply> ExecReply(redisContext* c, int queued) {
    absl::Status failed;
    for (int i = 0; i < queued + 1 && failed.ok(); ++i) {
      auto r = Next(c);  // +OK for MULTI, +QUEUED for each command
      if (!r.ok()) failed = r.status();
    }
    return failed.ok() ? Next(c) : absl::StatusOr<Reply>(failed);
  }

  // Whether an EXEC reply (not nil) wrote every command.
  absl::Status ExecStatus(const redisReply* exec) const {
    if (exec->type != REDIS_REPLY_ARRAY) return absl::UnavailableError(absl::StrCat(Describe(), ": EXEC failed"));
    for (size_t i = 0; i < exec->elements; ++i) {
      if (exec->element[i]->type == REDIS_REPLY_ERROR) {
        std::string why(exec->element[i]->str, exec->element[i]->len);
        return absl::UnavailableError(absl::StrCat(Describe(), ": write failed: ", why));
      }
    }
    return absl::OkStatus();
  }

  // One command's reply, error replies included (they leave the
  // connection in step); not ok only when the connection failed.
  absl::StatusOr<Reply> Raw(redisContext* c, const std::vector<std::string>& args) {
    Append(c, args);
    void* raw = nullptr;
    if (redisGetReply(c, &raw) != REDIS_OK || raw == nullptr)
      return absl::UnavailableError(absl::StrCat(Describe(), ": Redis connection failed: ",
                                                 c->errstr[0] ? c->errstr : "no reply"));
    return Reply(static_cast<redisReply*>(raw));
  }

  absl::StatusOr<Reply> Command(redisContext* c, std::initializer_list<std::string_view> args) {
    Append(c, args);
    return Next(c);
  }
  absl::StatusOr<Reply> Command(redisContext* c, const std::vector<std::string>& args) {
    Append(c, args);
    return Next(c);
  }

  std::string Persistence(redisContext* c) {
    auto aof = Command(c, {"CONFIG", "GET", "appendonly"});
    auto save = Command(c, {"CONFIG", "GET", "save"});
    if (!aof.ok() || !save.ok() || (*aof)->elements != 2 || (*save)->elements != 2) return "unknown";
    const bool aof_on = std::string((*aof)->element[1]->str, (*aof)->element[1]->len) == "yes";
    const bool rdb_on = (*save)->element[1]->len > 0;
    if (aof_on && rdb_on) return "rdb+aof";
    if (aof_on) return "aof";
    if (rdb_on) return "rdb";
    return "off";
  }

  static UserState Parse(const redisReply* r) { return redis_wire::ParseRead(r); }
  static UserState ParseFields(redisReply* const* e) { return redis_wire::ParseFields(e); }

  // Shared with the asynchronous sessions (redis_wire.h).
  std::shared_ptr<redis_wire::RunHint> hint_ = std::make_shared<redis_wire::RunHint>();

  std::string host_;
  int port_ = 0, db_ = 0;
  StoreOptions options_;
  std::mutex mu_;  // pool_
  std::vector<Context> pool_;
  std::string script_sha_;  // the policy script's SHA1 (set in Open)
  std::mutex state_mu_;  // epoch_, persistence_, state_lost_ (after Open)
  std::string epoch_;
  std::string persistence_ = "unknown";
  bool state_lost_ = false;
};

bool ConsumePrefix(std::string_view* s, std::string_view prefix) {
  if (s->substr(0, prefix.size()) != prefix) return false;
  s->remove_prefix(prefix.size());
  return true;
}

}  // namespace

absl::StatusOr<std::unique_ptr<UserStore>> OpenRedisStore(const std::string& host, int port, int db,
                                                          const StoreOptions& options) {
  return RedisStore::Open(host, port, db, options);
}

absl::StatusOr<std::unique_ptr<UserStore>> OpenUserStore(std::string_view spec, const StoreOptions& options) {
  if (ConsumePrefix(&spec, "sqlite:")) {
    if (spec.empty()) return absl::InvalidArgumentError("--user-store sqlite:FILE needs a file name");
    return OpenSqliteStore(std::string(spec), options);
  }
  if (ConsumePrefix(&spec, "redis://")) {
    StoreOptions with_user = options;
    if (size_t at = spec.rfind('@'); at != std::string_view::npos) {
      const std::string_view userinfo = spec.substr(0, at);
      if (userinfo.find(':') != std::string_view::npos)
        return absl::InvalidArgumentError(
            "--user-store: a Redis password does not go in the URL (flags are visible in process lists); "
            "use --user-store-password-file FILE or the LANJIE_REDIS_PASSWORD environment variable");
      with_user.redis_user = std::string(userinfo);
      spec = spec.substr(at + 1);
    }
    std::string_view hostport = spec, db_text;
    if (size_t slash = spec.find('/'); slash != std::string_view::npos) {
      hostport = spec.substr(0, slash);
      db_text = spec.substr(slash + 1);
    }
    const size_t colon = hostport.rfind(':');
    int port = 6379, db = 0;
    std::string host(hostport.substr(0, colon));
    if (colon != std::string_view::npos &&
        (!absl::SimpleAtoi(Av(hostport.substr(colon + 1)), &port) || port <= 0 || port > 65535))
      return absl::InvalidArgumentError(absl::StrCat("redis://", Av(spec), ": the port must be a number from 1 to 65535"));
    if (!db_text.empty() && (!absl::SimpleAtoi(Av(db_text), &db) || db < 0))
      return absl::InvalidArgumentError(absl::StrCat("redis://", Av(spec), ": the database must be a number"));
    if (host.empty()) return absl::InvalidArgumentError(absl::StrCat("redis://", Av(spec), ": no host"));
    return OpenRedisStore(host, port, db, with_user);
  }
  return absl::InvalidArgumentError(
      absl::StrCat("--user-store '", Av(spec), "': use sqlite:FILE or redis://HOST:PORT[/DB]"));
}

}  // namespace lanjie::users
