// The Redis store's asynchronous sessions (redis_async.h).
//
// A session owns at most one hiredis async connection, attached to its
// loop's event_base. Apply formats the same commands as the blocking path
// (HMGET for a clean request with no run to reset, else the policy script;
// NOSCRIPT: once more as EVAL) and hands them to hiredis, which writes
// everything queued in one loop iteration at once; each reply runs OnReply
// on the loop thread, in order. A failed connection is dropped (hiredis
// then calls every waiting callback with no reply: Unavailable) and the
// next Apply opens a new one.
//
// Timeout: hiredis 0.14 (Debian 12) has no timeouts for async contexts, so
// a timer watches the connection while commands wait: no reply for
// redis_timeout drops it.
#include "redis_async.h"

#include <event2/event.h>
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>

#include <chrono>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "redis_policy_script.h"

namespace lanjie::users {
namespace {

using Clock = std::chrono::steady_clock;
using redis_wire::RunHint;

class RedisAsyncSession final : public UserStore::AsyncSession {
 public:
  RedisAsyncSession(RedisTarget target, std::shared_ptr<RunHint> hint, event_base* loop)
      : t_(std::move(target)), hint_(std::move(hint)), loop_(loop), timer_(evtimer_new(loop, OnTimer, this)) {}

  ~RedisAsyncSession() override {
    closing_ = true;
    Drop("the event loop ended before Redis answered");
    if (timer_) event_free(timer_);
  }

  void Apply(std::string_view user, Event event, const UserPolicy& policy, absl::Time now, Done done) override {
    auto op = std::make_unique<Op>();
    op->session = this;
    op->key = absl::StrCat(redis_wire::kPrefix, Av(user));
    op->user = std::string(user);
    op->event = event;
    op->policy = &policy;
    op->now = now;
    op->done = std::move(done);
    op->hint = RunHint::Bit(user);
    if (event == Event::kClean && !hint_->HasRun(op->hint)) {
      // As the blocking path: a plain read decides most clean requests.
      op->stage = Op::kRead;
      redis_wire::FormatRead(op->key, &cmd_);
    } else {
      op->stage = Op::kScript;
      FormatScript(*op, false);
    }
    Send(std::move(op), /*check_idle=*/true);
  }

 private:
  struct Op {
    enum Stage { kRead, kScript } stage = kRead;
    RedisAsyncSession* session = nullptr;
    std::string key, user;
    Event event = Event::kClean;
    const UserPolicy* policy = nullptr;
    absl::Time now;
    Done done;
    size_t hint = 0;
    bool eval = false;  // sent as EVAL with the text after NOSCRIPT
  };

  std::string Describe() const { return absl::StrCat("redis://", t_.host, ":", t_.port, "/", t_.db); }

  void FormatScript(const Op& op, bool eval) {
    std::vector<std::string> args = PolicyScriptArgs(op.key, redis_wire::kSuspended, op.user, op.event, *op.policy,
                                                     op.now, t_.options.forget_after);
    if (eval) args.insert(args.begin(), {"EVAL", kPolicyScript});
    else args.insert(args.begin(), {"EVALSHA", t_.script_sha});
    redis_wire::FormatCommand(args, &cmd_);
  }

  static void Finish(std::unique_ptr<Op> op, absl::StatusOr<UserStore::Applied> result) {
    Done done = std::move(op->done);
    op.reset();
    done(std::move(result));
  }

  // Sends cmd_ for `op`. `check_idle`: a connection with nothing waiting is
  // first checked for a close by the server (LinkIsOpen); not from inside
  // a reply callback, where the connection just answered.
  void Send(std::unique_ptr<Op> op, bool check_idle) {
    std::string why;
    redisAsyncContext* ac = Connection(check_idle, &why);
    if (ac == nullptr) return Finish(std::move(op), absl::UnavailableError(absl::StrCat(Describe(), ": ", why)));
    if (redisAsyncFormattedCommand(ac, OnReply, op.get(), cmd_.data(), cmd_.size()) != REDIS_OK)
      return Finish(std::move(op), absl::UnavailableError(absl::StrCat(Describe(), ": Redis connection is closing")));
    op.release();  // OnReply owns it now
    if (pending_++ == 0) {
      last_progress_ = Clock::now();
      if (timer_ && !evtimer_pending(timer_, nullptr)) ArmTimer(t_.options.redis_timeout);
    }
  }

  redisAsyncContext* Connection(bool check_idle, std::string* why) {
    if (closing_) {
      *why = "the event loop is ending";
      return nullptr;
    }
    if (ac_ && check_idle && pending_ == 0 && (ac_->c.flags & REDIS_CONNECTED) && !redis_wire::LinkIsOpen(ac_->c.fd))
      Drop("Redis closed the connection");  // nothing waits on it: replaced below, no request fails
    if (ac_) return ac_;
    redisAsyncContext* ac = redisAsyncConnect(t_.host.c_str(), t_.port);
    if (ac == nullptr) {
      *why = "cannot allocate a Redis connection";
      return nullptr;
    }
    if (ac->err) {
      *why = absl::StrCat("cannot connect to Redis: ", ac->errstr);
      redisAsyncFree(ac);
      return nullptr;
    }
    ac->data = this;
    redisLibeventAttach(ac, loop_);
    redisAsyncSetConnectCallback(ac, OnConnect);
    redisAsyncSetDisconnectCallback(ac, OnDisconnect);
    ac_ = ac;
    pending_ = 0;
    // Sent first, answered before the request's command; a refused AUTH
    // shows as the request's NOAUTH error.
    std::string setup;
    if (!t_.options.redis_password.empty()) {
      std::vector<std::string> auth = {"AUTH"};
      if (!t_.options.redis_user.empty()) auth.push_back(t_.options.redis_user);
      auth.push_back(t_.options.redis_password);
      redis_wire::FormatCommand(auth, &setup);
      redisAsyncFormattedCommand(ac, nullptr, nullptr, setup.data(), setup.size());
    }
    if (t_.db != 0) {
      std::vector<std::string> select = {"SELECT", absl::StrCat(t_.db)};
      redis_wire::FormatCommand(select, &setup);
      redisAsyncFormattedCommand(ac, nullptr, nullptr, setup.data(), setup.size());
    }
    return ac_;
  }

  // Closes the connection; every command still waiting gets Unavailable(why).
  void Drop(std::string why) {
    redisAsyncContext* ac = ac_;
    if (ac == nullptr) return;
    ac_ = nullptr;
    pending_ = 0;
    why_ = std::move(why);
    redisAsyncFree(ac);  // runs the waiting callbacks with no reply
  }

  void ArmTimer(absl::Duration after) {
    timeval tv{};
    tv.tv_sec = absl::ToInt64Seconds(after);
    tv.tv_usec = absl::ToInt64Microseconds(after - absl::Seconds(tv.tv_sec));
    evtimer_add(timer_, &tv);
  }

  static void OnTimer(evutil_socket_t, short, void* arg) {
    auto* s = static_cast<RedisAsyncSession*>(arg);
    if (s->ac_ == nullptr || s->pending_ == 0) return;
    const absl::Duration timeout = s->t_.options.redis_timeout;
    const absl::Duration quiet = absl::FromChrono(Clock::now() - s->last_progress_);
    if (quiet >= timeout) {
      s->Drop(absl::StrCat("no reply from Redis within ", absl::FormatDuration(timeout)));
      return;
    }
    s->ArmTimer(timeout - quiet);
  }

  static void OnConnect(const redisAsyncContext* ac, int status) {
    if (status == REDIS_OK) return;
    auto* s = static_cast<RedisAsyncSession*>(ac->data);
    if (s && s->ac_ == ac) {  // hiredis frees it next and fails what waits
      s->ac_ = nullptr;
      s->pending_ = 0;
      s->why_ = absl::StrCat("cannot connect to Redis: ", ac->errstr);
    }
  }

  static void OnDisconnect(const redisAsyncContext* ac, int) {
    auto* s = static_cast<RedisAsyncSession*>(ac->data);
    if (s && s->ac_ == ac) {
      s->ac_ = nullptr;
      s->pending_ = 0;
    }
  }

  static void OnReply(redisAsyncContext* ac, void* raw, void* privdata) {
    std::unique_ptr<Op> op(static_cast<Op*>(privdata));
    RedisAsyncSession* s = op->session;
    const auto* r = static_cast<const redisReply*>(raw);
    if (ac == s->ac_ && s->pending_ > 0) {
      --s->pending_;
      s->last_progress_ = Clock::now();
    }
    if (r == nullptr) {  // the connection is being freed
      std::string why = ac->err ? absl::StrCat("Redis connection failed: ", ac->errstr)
                                : (s->why_.empty() ? std::string("Redis connection closed") : s->why_);
      if (ac == s->ac_) {
        s->ac_ = nullptr;
        s->pending_ = 0;
      }
      return Finish(std::move(op), absl::UnavailableError(absl::StrCat(s->Describe(), ": ", why)));
    }
    if (op->stage == Op::kRead) {
      if (r->type == REDIS_REPLY_ERROR)
        return Finish(std::move(op), absl::UnavailableError(absl::StrCat(s->Describe(), ": Redis error: ",
                                                                         absl::string_view(r->str, r->len))));
      UserStore::Applied out;
      out.state = redis_wire::ParseRead(r);
      UserState after = out.state;
      out.transition = ApplyEvent(*op->policy, op->event, op->now, &after);
      if (!out.transition.changed) return Finish(std::move(op), std::move(out));
      op->stage = Op::kScript;  // a run to reset: the script, from a fresh read
      s->FormatScript(*op, false);
      return s->Send(std::move(op), /*check_idle=*/false);
    }
    if (r->type == REDIS_REPLY_ERROR && !op->eval && absl::StartsWith(absl::string_view(r->str, r->len), "NOSCRIPT")) {
      op->eval = true;  // the server forgot the script (restart, SCRIPT FLUSH): EVAL caches it again
      s->FormatScript(*op, true);
      return s->Send(std::move(op), /*check_idle=*/false);
    }
    if (r->type == REDIS_REPLY_ERROR)
      return Finish(std::move(op), absl::UnavailableError(absl::StrCat(s->Describe(), ": policy script failed: ",
                                                                       absl::string_view(r->str, r->len))));
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 9)
      return Finish(std::move(op),
                    absl::UnavailableError(absl::StrCat(s->Describe(), ": policy script returned an unexpected reply")));
    // The script returns the state it read and wrote what ApplyEvent makes
    // of it (redis_policy_script.h): the same call here gives the outcome.
    UserStore::Applied out;
    out.state = redis_wire::ParseFields(r->element);
    out.transition = ApplyEvent(*op->policy, op->event, op->now, &out.state);
    s->hint_->Note(op->hint, out.state.consecutive > 0 && !out.transition.was_suspended);
    Finish(std::move(op), std::move(out));
  }

  RedisTarget t_;
  std::shared_ptr<RunHint> hint_;
  event_base* loop_;
  event* timer_;
  redisAsyncContext* ac_ = nullptr;
  int pending_ = 0;  // our commands on ac_ not yet answered
  Clock::time_point last_progress_;
  std::string why_;  // why the last connection was dropped
  std::string cmd_;  // the command being sent
  bool closing_ = false;
};

}  // namespace

std::unique_ptr<UserStore::AsyncSession> OpenRedisAsyncSession(RedisTarget target, std::shared_ptr<RunHint> hint,
                                                               event_base* loop) {
  return std::make_unique<RedisAsyncSession>(std::move(target), std::move(hint), loop);
}

}  // namespace lanjie::users
