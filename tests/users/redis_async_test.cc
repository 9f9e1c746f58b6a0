// The Redis store's asynchronous sessions (store.h UserStore::AsyncSession):
// the same policy step as Apply, several users' requests pipelined on one
// event loop; failures reach the callback as Unavailable.
#include <event2/event.h>

#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lanjie/users/accounts.h"
#include "lanjie/users/policy.h"
#include "lanjie/users/store.h"
#include "gtest/gtest.h"
#include "tests/common/redis_server.h"
#include "tests/users/random_policy.h"

namespace lanjie::users {
namespace {

using lanjie::testing::RedisServer;

// An event loop the test runs by hand. Declared before the sessions that
// use it, so that they are destroyed first.
struct Loop {
  event_base* base = event_base_new();
  ~Loop() { event_base_free(base); }
  // Runs the loop until no callback is still to come (*left == 0), or
  // until nothing is registered on it any more.
  void RunUntilDone(const int* left) {
    while (*left > 0)
      if (event_base_loop(base, EVLOOP_ONCE) != 0) break;
  }
};

absl::StatusOr<UserStore::Applied> ApplyOne(Loop& loop, UserStore::AsyncSession& s, const std::string& user, Event e,
                                            const UserPolicy& p, absl::Time now) {
  std::optional<absl::StatusOr<UserStore::Applied>> got;
  int left = 1;
  s.Apply(user, e, p, now, [&](absl::StatusOr<UserStore::Applied> r) {
    got = std::move(r);
    --left;
  });
  loop.RunUntilDone(&left);
  if (!got) return absl::InternalError("no callback");
  return *std::move(got);
}

std::unique_ptr<UserStore> OpenOn(const RedisServer& server, StoreOptions o = {}) {
  auto s = OpenUserStore(server.url(), o);
  EXPECT_TRUE(s.ok()) << s.status();
  return s.ok() ? std::move(*s) : nullptr;
}

TEST(RedisAsyncTest, SqliteHasNoAsyncPath) {
  Loop loop;
  auto s = OpenUserStore(absl::StrCat("sqlite:", LANJIE_TEST_TMP, "/async-none.db"), {});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ((*s)->OpenAsync(loop.base), nullptr);
}

// As StoreTest.ApplyMatchesThePolicyFunctionStepForStep, through a session,
// with up to three users' requests in flight on the connection at once.
TEST(RedisAsyncTest, PipelinedApplyMatchesThePolicyFunctionStepForStep) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  auto store = OpenOn(RedisServer::Shared());
  ASSERT_TRUE(store);
  Loop loop;
  auto session = store->OpenAsync(loop.base);
  ASSERT_NE(session, nullptr);
  std::mt19937 rng(20261203);
  const std::vector<std::string> rungs = {"end_of_day", "90m", "2h", "until_cleared", "1500ms"};
  absl::Time now = absl::Now();  // keys expire forget_after past `now`: never in the past
  for (int round = 0; round < 5; ++round) {
    UserPolicy p = ::lanjie::testing::RandomUserPolicy(rng, rungs);
    std::map<std::string, UserState> model;
    for (int step = 0; step < 150; ++step) {
      now += absl::Milliseconds(rng() % 4 == 0 ? rng() % (20 * 3600000) : rng() % 600000);
      if (rng() % 40 == 0) {  // an operator's clear, blocking path, between batches
        const std::string user = absl::StrCat("user:a", round, "-", rng() % 3);
        ASSERT_TRUE(store->Modify(user, now, [&](UserState* s) { ApplyClear(now, s); return true; }).ok());
        ApplyClear(now, &model[user]);
        continue;
      }
      // One batch: distinct users (one user's requests stay in order), sent
      // before the loop runs, so they share writes and reads.
      struct Want {
        std::string user;
        Event event;
        Transition t;
        UserState state;
        std::optional<absl::StatusOr<UserStore::Applied>> got;
      };
      std::vector<Want> batch(1 + rng() % 3);
      for (size_t u = 0; u < batch.size(); ++u) {
        Want& w = batch[u];
        w.user = absl::StrCat("user:a", round, "-", u);
        w.event = rng() % 100 < 60 ? Event::kViolation : Event::kClean;
        w.t = ApplyEvent(p, w.event, now, &model[w.user]);
        w.state = model[w.user];
      }
      int left = static_cast<int>(batch.size());
      for (Want& w : batch)
        session->Apply(w.user, w.event, p, now, [&w, &left](absl::StatusOr<UserStore::Applied> r) {
          w.got = std::move(r);
          --left;
        });
      loop.RunUntilDone(&left);
      for (const Want& w : batch) {
        const std::string where = absl::StrCat("round ", round, " step ", step, " ", w.user);
        ASSERT_TRUE(w.got.has_value()) << where;
        ASSERT_TRUE(w.got->ok()) << where << ": " << w.got->status();
        const UserStore::Applied& got = **w.got;
        ASSERT_EQ(got.transition.was_suspended, w.t.was_suspended) << where;
        ASSERT_EQ(got.transition.suspended_now, w.t.suspended_now) << where;
        ASSERT_EQ(got.transition.changed, w.t.changed) << where;
        ASSERT_EQ(got.transition.rule, w.t.rule) << where;
        ASSERT_TRUE(got.state == w.state) << where << ": total " << got.state.total << " vs " << w.state.total;
      }
    }
    for (const auto& [user, want] : model) {
      auto stored = store->Get(user);
      ASSERT_TRUE(stored.ok()) << stored.status();
      if (want.updated != 0) {
        ASSERT_TRUE(stored->has_value()) << user;
        EXPECT_TRUE(**stored == want) << user;
      }
    }
  }
}

// Through UserAccounts: the same Decision, counters and audit as Record.
TEST(RedisAsyncTest, RecordAsyncCountsLikeRecord) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  auto store = OpenOn(RedisServer::Shared());
  ASSERT_TRUE(store);
  std::vector<AuditEvent> events;
  AccountsOptions o;
  o.audit = [&](const AuditEvent& e) { events.push_back(e); };
  UserAccounts a(std::move(store), o);
  Loop loop;
  auto session = a.store()->OpenAsync(loop.base);
  ASSERT_NE(session, nullptr);
  for (int i = 1; i <= 4; ++i) {
    std::optional<absl::StatusOr<UserAccounts::Decision>> d;
    int left = 1;
    a.RecordAsync(session.get(), Identity{"user:dave", "header"}, Event::kViolation, "r",
                  [&](absl::StatusOr<UserAccounts::Decision> r) {
                    d = std::move(r);
                    --left;
                  });
    loop.RunUntilDone(&left);
    ASSERT_TRUE(d && d->ok());
    EXPECT_EQ((*d)->suspended_now, i == 3) << i;
    EXPECT_EQ((*d)->suspended, i == 4) << i;
  }
  ASSERT_EQ(events.size(), 1u);
  EXPECT_STREQ(events[0].event, "user_suspended");
  const std::string m = a.RenderMetrics();
  EXPECT_NE(m.find("lanjie_user_requests_total{outcome=\"violation\"} 3"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_requests_total{outcome=\"suspended\"} 1"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_suspensions_total{rule=\"consecutive\"} 1"), std::string::npos) << m;
}

// A Redis restart closes the session's idle connection: the next request
// is counted on a new one (the restarted server has no script: EVAL).
TEST(RedisAsyncTest, FirstRequestAfterARestartIsCounted) {
  RedisServer server;  // its own, as this test restarts it
  std::string why;
  if (!server.Start(&why)) GTEST_SKIP() << why;
  auto store = OpenOn(server);
  ASSERT_TRUE(store);
  Loop loop;
  auto session = store->OpenAsync(loop.base);
  const UserPolicy p = DefaultUserPolicy();
  auto before = ApplyOne(loop, *session, "user:eve", Event::kViolation, p, absl::Now());
  ASSERT_TRUE(before.ok()) << before.status();
  ASSERT_TRUE(server.Restart(&why)) << why;
  auto after = ApplyOne(loop, *session, "user:eve", Event::kViolation, p, absl::Now());
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->state.total, 1);  // persistence off: only this one
}

// Failures reach the callback as Unavailable naming the server; the session
// recovers by itself once the server answers again.
TEST(RedisAsyncTest, StoppedOrSilentServerIsUnavailable) {
  RedisServer server;
  std::string why;
  if (!server.Start(&why)) GTEST_SKIP() << why;
  StoreOptions o;
  o.redis_timeout = absl::Milliseconds(100);
  auto store = OpenOn(server, o);
  ASSERT_TRUE(store);
  Loop loop;
  auto session = store->OpenAsync(loop.base);
  const UserPolicy p = DefaultUserPolicy();
  ASSERT_TRUE(ApplyOne(loop, *session, "user:f", Event::kViolation, p, absl::Now()).ok());
  // Silent: the server holds every client's commands for 5 s, 50 times the
  // timeout; the session gives up after the timeout, not after the pause.
  ASSERT_TRUE(server.Command("CLIENT PAUSE 5000 ALL"));
  auto silent = ApplyOne(loop, *session, "user:f", Event::kViolation, p, absl::Now());
  ASSERT_FALSE(silent.ok());
  EXPECT_TRUE(absl::IsUnavailable(silent.status())) << silent.status();
  EXPECT_NE(silent.status().message().find("no reply from Redis within 100ms"), std::string::npos) << silent.status();
  EXPECT_NE(silent.status().message().find(server.url().substr(8)), std::string::npos) << silent.status();
  server.Stop();
  auto stopped = ApplyOne(loop, *session, "user:f", Event::kViolation, p, absl::Now());
  ASSERT_FALSE(stopped.ok());
  EXPECT_TRUE(absl::IsUnavailable(stopped.status())) << stopped.status();
  ASSERT_TRUE(server.Restart(&why)) << why;
  auto back = ApplyOne(loop, *session, "user:f", Event::kViolation, p, absl::Now());
  ASSERT_TRUE(back.ok()) << back.status();
}

}  // namespace
}  // namespace lanjie::users
