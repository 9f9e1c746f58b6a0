// The user policy on both stores (the same tests, parameterised), the
// stores' own failure modes, and identities.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <map>
#include <random>
#include <mutex>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "lanjie/users/accounts.h"
#include "lanjie/users/policy.h"
#include "lanjie/users/store.h"
#include "gtest/gtest.h"
#include "tests/common/redis_server.h"
#include "tests/common/tmp_dir.h"
#include "tests/users/random_policy.h"

namespace lanjie::users {
namespace {

using lanjie::testing::RedisServer;
using lanjie::testing::TmpDir;

// An integer reply from the test's Redis server (-1 when none).
long long RedisInteger(int port, const char* cmd) {
  redisContext* c = redisConnect("127.0.0.1", port);
  long long out = -1;
  if (c && !c->err) {
    auto* r = static_cast<redisReply*>(redisCommand(c, cmd));
    if (r && r->type == REDIS_REPLY_INTEGER) out = r->integer;
    if (r) freeReplyObject(r);
  }
  if (c) redisFree(c);
  return out;
}

// calls=N of `cmdstat_<command>` in the test's Redis server's INFO
// commandstats (0 when absent; commands a script runs are counted too).
long long RedisCalls(int port, const std::string& command) {
  redisContext* c = redisConnect("127.0.0.1", port);
  long long out = 0;
  if (c && !c->err) {
    auto* r = static_cast<redisReply*>(redisCommand(c, "INFO commandstats"));
    if (r && r->type == REDIS_REPLY_STRING) {
      const std::string text(r->str, r->len), key = "cmdstat_" + command + ":calls=";
      if (size_t at = text.find(key); at != std::string::npos) out = std::atoll(text.c_str() + at + key.size());
    }
    if (r) freeReplyObject(r);
  }
  if (c) redisFree(c);
  return out;
}

const absl::TimeZone kBeijing = absl::FixedTimeZone(8 * 3600);

// A clock the test moves by hand. Starts today (Beijing) at 10:00 so that
// the store's forget-after pruning (real time) never touches test records.
struct FakeClock {
  absl::Time now;
  FakeClock() {
    const absl::CivilDay today = absl::ToCivilDay(absl::Now(), kBeijing);
    now = absl::FromCivil(absl::CivilSecond(today.year(), today.month(), today.day(), 10, 0, 0), kBeijing);
  }
  void At(int hour, int minute, int day_offset = 0) {
    const absl::CivilDay d = absl::ToCivilDay(now, kBeijing) + day_offset;
    now = absl::FromCivil(absl::CivilSecond(d.year(), d.month(), d.day(), hour, minute, 0), kBeijing);
  }
};

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "redis") {
      std::string why;
      if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
      ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
    }
  }

  std::string Spec() {
    if (GetParam() == "redis") return RedisServer::Shared().url();
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    return absl::StrCat("sqlite:", TmpDir(), "/", name, ".db");
  }

  std::unique_ptr<UserStore> NewStore() {
    auto s = OpenUserStore(Spec(), StoreOptions{});
    EXPECT_TRUE(s.ok()) << s.status();
    return s.ok() ? std::move(*s) : nullptr;
  }

  std::unique_ptr<UserAccounts> NewAccounts(UserPolicy policy = DefaultUserPolicy()) {
    AccountsOptions o;
    o.policy = std::move(policy);
    o.clock = [this] { return clock_.now; };
    o.audit = [this](const AuditEvent& e) {
      std::lock_guard<std::mutex> lock(audit_mu_);
      audit_.push_back(e);
    };
    auto store = NewStore();
    if (!store) return nullptr;
    return std::make_unique<UserAccounts>(std::move(store), o);
  }

  UserAccounts::Decision Do(UserAccounts& a, const std::string& user, Event e) {
    auto d = a.Record(Identity{user, "user-field"}, e, "req");
    EXPECT_TRUE(d.ok()) << d.status();
    EXPECT_FALSE(d->store_failed);
    return *d;
  }

  FakeClock clock_;
  std::mutex audit_mu_;
  std::vector<AuditEvent> audit_;
};

INSTANTIATE_TEST_SUITE_P(Stores, StoreTest, ::testing::Values("sqlite", "redis"),
                         [](const auto& info) { return info.param; });

TEST(UserPolicyTest, BuiltInProfileHasTheStandardsNumbers) {
  const UserPolicy& p = DefaultUserPolicy();
  EXPECT_EQ(p.consecutive_limit, 3);
  EXPECT_EQ(p.daily_limit, 5);
  EXPECT_EQ(p.utc_offset_minutes, 480);
  ASSERT_FALSE(p.ladder.empty());
  EXPECT_EQ(p.ladder[0].kind, SuspensionStep::kEndOfDay);
  EXPECT_NE(p.source.find("Users who keep trying"), std::string::npos);
  EXPECT_TRUE(p.Counts("block", "A.1.a"));
  EXPECT_FALSE(p.Counts("mask", "A.1.a"));
}

TEST(UserPolicyTest, BadPolicyNamesFileAndField) {
  auto p = ParseUserPolicy(R"({"consecutive_limit": -1})", "mine.json");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("mine.json: consecutive_limit"), std::string::npos) << p.status();
  p = ParseUserPolicy(R"({"suspension_ladder": ["forever"]})", "mine.json");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("suspension_ladder[0]"), std::string::npos) << p.status();
  p = ParseUserPolicy(R"({"daily_limt": 5})", "mine.json");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("daily_limt: unknown field"), std::string::npos) << p.status();
  p = ParseUserPolicy("{", "mine.json");
  EXPECT_FALSE(p.ok());
  p = ParseUserPolicy(R"({"suspension_ladder": ["90m", "7d", "until_cleared"], "daily_limit": 0})", "ok.json");
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->ladder[0].duration, absl::Minutes(90));
  EXPECT_EQ(p->ladder[1].duration, absl::Hours(24 * 7));
}

TEST(UserPolicyTest, TheRegulatorsTestAccountAsOneUser) {
  // A bank asked in one sitting: the third intercepted question in a row
  // suspends the account to the end of the day; the rest of that day's
  // questions are answered by the suspension, the next day's are asked.
  FakeClock clock;
  std::vector<std::pair<absl::Time, Event>> asked;
  for (Event e : {Event::kViolation, Event::kClean, Event::kViolation, Event::kViolation, Event::kViolation,
                  Event::kClean, Event::kViolation}) {
    asked.emplace_back(clock.now, e);
    clock.now += absl::Minutes(1);
  }
  clock.At(9, 0, 1);
  asked.emplace_back(clock.now, Event::kClean);
  const std::vector<bool> by_suspension = SimulateOneUser(DefaultUserPolicy(), asked);
  EXPECT_EQ(by_suspension, (std::vector<bool>{false, false, false, false, false, true, true, false}));
}

TEST_P(StoreTest, ThreeInARowSuspendsUntilTheEndOfTheBeijingDay) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  EXPECT_FALSE(Do(*a, "user:alice", Event::kViolation).suspended_now);
  EXPECT_FALSE(Do(*a, "user:alice", Event::kViolation).suspended_now);
  auto third = Do(*a, "user:alice", Event::kViolation);
  EXPECT_TRUE(third.suspended_now);
  EXPECT_FALSE(third.suspended);  // the third is answered by the filter; the next by the suspension
  EXPECT_EQ(third.state.rule, "consecutive");
  const absl::CivilDay today = absl::ToCivilDay(clock_.now, kBeijing);
  EXPECT_EQ(absl::FromUnixMillis(third.state.suspended_until), absl::FromCivil(today + 1, kBeijing));
  EXPECT_EQ(third.until.substr(19), "+08:00");
  // Anything while suspended, even a clean request, is refused and not counted.
  auto fourth = Do(*a, "user:alice", Event::kClean);
  EXPECT_TRUE(fourth.suspended);
  EXPECT_EQ(fourth.state.total, 3);
  // Another user is not affected.
  EXPECT_FALSE(Do(*a, "user:bob", Event::kViolation).suspended);
  ASSERT_EQ(audit_.size(), 1u);
  EXPECT_STREQ(audit_[0].event, "user_suspended");
  EXPECT_EQ(audit_[0].user, "user:alice");
  EXPECT_NE(audit_[0].rule.find("consecutive: 3 violations in a row"), std::string::npos) << audit_[0].rule;
}

TEST_P(StoreTest, CleanRequestResetsTheRunButNotTheDay) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  for (Event e : {Event::kViolation, Event::kViolation, Event::kClean, Event::kViolation, Event::kViolation,
                  Event::kClean})
    EXPECT_FALSE(Do(*a, "user:carol", e).suspended_now);
  auto state = a->store()->Get("user:carol");
  ASSERT_TRUE(state.ok() && state->has_value());
  EXPECT_EQ((*state)->consecutive, 0);
  EXPECT_EQ((*state)->today, 4);
  auto fifth = Do(*a, "user:carol", Event::kViolation);
  EXPECT_TRUE(fifth.suspended_now);
  EXPECT_EQ(fifth.state.rule, "daily");
}

TEST_P(StoreTest, TheDayEndsAtBeijingMidnightNotUtc) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  clock_.At(23, 50);  // 15:50 UTC
  for (int i = 0; i < 4; ++i) {
    EXPECT_FALSE(Do(*a, "user:dave", Event::kViolation).suspended_now);
    Do(*a, "user:dave", Event::kClean);
  }
  clock_.At(0, 10, 1);  // 16:10 UTC: the same UTC day, a new Beijing day
  auto d = Do(*a, "user:dave", Event::kViolation);
  EXPECT_FALSE(d.suspended_now);
  EXPECT_EQ(d.state.today, 1);
  EXPECT_EQ(d.state.total, 5);
}

TEST_P(StoreTest, SuspensionExpiresAndTheLadderClimbs) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  for (int i = 0; i < 3; ++i) Do(*a, "user:erin", Event::kViolation);
  clock_.At(23, 59);
  EXPECT_TRUE(Do(*a, "user:erin", Event::kClean).suspended);
  clock_.At(0, 0, 1);  // the first rung (end_of_day) is over
  auto back = Do(*a, "user:erin", Event::kClean);
  EXPECT_FALSE(back.suspended);
  // Second suspension within the escalation window: the second rung (7d).
  for (int i = 0; i < 3; ++i) Do(*a, "user:erin", Event::kViolation);
  auto s = a->store()->Get("user:erin");
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->level, 2);
  EXPECT_EQ(absl::FromUnixMillis((*s)->suspended_until), clock_.now + absl::Hours(24 * 7));
  clock_.now += absl::Hours(24 * 7) + absl::Seconds(1);
  EXPECT_FALSE(Do(*a, "user:erin", Event::kClean).suspended);
  // Third: until an operator clears it.
  for (int i = 0; i < 3; ++i) Do(*a, "user:erin", Event::kViolation);
  clock_.now += absl::Hours(24 * 365);
  EXPECT_TRUE(Do(*a, "user:erin", Event::kClean).suspended);
  auto cleared = a->Clear("user:erin", "test-operator");
  ASSERT_TRUE(cleared.ok()) << cleared.status();
  EXPECT_FALSE(Do(*a, "user:erin", Event::kClean).suspended);
  EXPECT_STREQ(audit_.back().event, "user_cleared");
  EXPECT_EQ(audit_.back().until, "until_cleared");
}

TEST_P(StoreTest, OperatorSuspendAndClear) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  Do(*a, "user:frank", Event::kViolation);
  ASSERT_TRUE(a->Suspend("user:frank", kForever, "abuse report", "ops").ok());
  EXPECT_TRUE(Do(*a, "user:frank", Event::kClean).suspended);
  Do(*a, "user:gina", Event::kViolation);
  auto n = a->store()->CountSuspended(clock_.now);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 1);
  auto list = a->store()->List(10, clock_.now);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].first, "user:frank");  // suspended first
  EXPECT_EQ((*list)[0].second.rule, "operator: abuse report");
  ASSERT_TRUE(a->Clear("user:frank", "ops").ok());
  auto after = Do(*a, "user:frank", Event::kViolation);
  EXPECT_FALSE(after.suspended);
  EXPECT_EQ(after.state.consecutive, 1);  // the clearance reset the run
  n = a->store()->CountSuspended(clock_.now);
  EXPECT_EQ(*n, 0);
  EXPECT_FALSE(a->Suspend("user:frank", ToMillis(clock_.now) - 1, "", "ops").ok());
}

TEST_P(StoreTest, StateSurvivesReopening) {
  {
    auto a = NewAccounts();
    ASSERT_TRUE(a);
    Do(*a, "user:hank", Event::kViolation);
    Do(*a, "user:hank", Event::kViolation);
  }
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  EXPECT_TRUE(Do(*a, "user:hank", Event::kViolation).suspended_now);
}

// Two store instances (as two proxies would hold) and several threads each,
// one user: exactly `limit` violations are counted, exactly one starts the
// suspension, every later one is refused.
TEST_P(StoreTest, TwoInstancesNeverLetAFourthViolationThrough) {
  UserPolicy p = DefaultUserPolicy();
  p.daily_limit = 0;
  p.ladder = {SuspensionStep{SuspensionStep::kUntilCleared, {}, "until_cleared"}};
  auto a = NewAccounts(p), b = NewAccounts(p);
  ASSERT_TRUE(a && b);
  std::atomic<int> counted{0}, started{0}, refused{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      UserAccounts& acc = t % 2 ? *a : *b;
      for (int i = 0; i < 10; ++i) {
        auto d = acc.Record(Identity{"user:mallory", "header"}, Event::kViolation, "r");
        if (!d.ok() || d->store_failed) {
          ++failed;
          continue;
        }
        if (d->suspended) ++refused;
        else ++counted;
        if (d->suspended_now) ++started;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(counted, 3);
  EXPECT_EQ(started, 1);
  EXPECT_EQ(refused, 77);
  auto s = a->store()->Get("user:mallory");
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->total, 3);
}

TEST_P(StoreTest, ConcurrentCountsAreNeitherLostNorDoubled) {
  UserPolicy p = DefaultUserPolicy();
  p.consecutive_limit = 0;
  p.daily_limit = 1000000;
  auto a = NewAccounts(p), b = NewAccounts(p);
  ASSERT_TRUE(a && b);
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i)
        EXPECT_TRUE((t % 2 ? *a : *b).Record(Identity{"user:oscar", "header"}, Event::kViolation, "r").ok());
    });
  for (auto& th : threads) th.join();
  auto s = a->store()->Get("user:oscar");
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->total, 300);
  EXPECT_EQ((*s)->today, 300);
  EXPECT_EQ((*s)->consecutive, 300);
}

// Clean requests between the violations (on Redis: a read first, then the
// script when there is a run to reset) lose and double nothing either; the
// last request, clean, leaves no run.
TEST_P(StoreTest, ConcurrentMixedRequestsCountEveryViolationOnce) {
  UserPolicy p = DefaultUserPolicy();
  p.consecutive_limit = 0;
  p.daily_limit = 1000000;
  auto a = NewAccounts(p), b = NewAccounts(p);
  ASSERT_TRUE(a && b);
  std::atomic<int> violations{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      std::mt19937 rng(t);
      for (int i = 0; i < 60; ++i) {
        const Event e = rng() % 3 == 0 ? Event::kViolation : Event::kClean;
        auto d = (t % 2 ? *a : *b).Record(Identity{"user:pat", "header"}, e, "r");
        EXPECT_TRUE(d.ok() && !d->store_failed);
        if (e == Event::kViolation) ++violations;
      }
    });
  for (auto& th : threads) th.join();
  Do(*a, "user:pat", Event::kClean);
  auto s = a->store()->Get("user:pat");
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->total, violations.load());
  EXPECT_EQ((*s)->today, violations.load());
  EXPECT_EQ((*s)->consecutive, 0);
}

TEST_P(StoreTest, MetricsShowCountsAndSuspendedUsers) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  for (int i = 0; i < 3; ++i) Do(*a, "user:ivy", Event::kViolation);
  Do(*a, "user:ivy", Event::kClean);
  a->CountIdentity("address");
  const std::string m = a->RenderMetrics();
  EXPECT_NE(m.find("lanjie_user_requests_total{outcome=\"violation\"} 3\n"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_requests_total{outcome=\"suspended\"} 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_suspensions_total{rule=\"consecutive\"} 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_users_suspended 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_identity_total{source=\"address\"} 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_store_up{backend=\"" + GetParam() + "\"} 1\n"), std::string::npos) << m;
}

// The store's policy step (Apply: on Redis a server-side script that
// mirrors ApplyEvent) against ApplyEvent itself on a plain UserState, over
// random policies, events, clocks and operator actions: the same states and
// transitions at every step, so the rules cannot drift apart between stores.
TEST_P(StoreTest, ApplyMatchesThePolicyFunctionStepForStep) {
  std::mt19937 rng(20261202);
  auto store = NewStore();
  ASSERT_TRUE(store);
  const std::vector<std::string> rungs = {"end_of_day", "90m", "2h", "7d", "until_cleared", "1500ms"};
  for (int round = 0; round < 6; ++round) {
    UserPolicy p = ::lanjie::testing::RandomUserPolicy(rng, rungs);
    p.utc_offset_minutes = round == 0 ? 480 : static_cast<int>(rng() % 1681) - 840;
    std::map<std::string, UserState> model;
    absl::Time now = clock_.now + absl::Hours(24 * round);
    for (int step = 0; step < 300; ++step) {
      const std::string user = absl::StrCat("user:r", round, "-", rng() % 3);
      now += absl::Milliseconds(rng() % 4 == 0 ? rng() % (20 * 3600000) : rng() % 600000);
      UserState& want = model[user];
      const unsigned what = rng() % 100;
      if (what < 3) {  // operator actions go through Modify on both stores
        ASSERT_TRUE(store->Modify(user, now, [&](UserState* s) { ApplyClear(now, s); return true; }).ok());
        ApplyClear(now, &want);
        continue;
      }
      if (what < 6) {
        const int64_t until = rng() % 2 ? kForever : ToMillis(now) + rng() % 86400000 + 1;
        ASSERT_TRUE(
            store->Modify(user, now, [&](UserState* s) { ApplySuspend(now, until, "t", s); return true; }).ok());
        ApplySuspend(now, until, "t", &want);
        continue;
      }
      const Event e = what < 60 ? Event::kViolation : Event::kClean;
      const Transition t = ApplyEvent(p, e, now, &want);
      auto got = store->Apply(user, e, p, now);
      ASSERT_TRUE(got.ok()) << got.status();
      const std::string where = absl::StrCat("round ", round, " step ", step, " ", user);
      ASSERT_EQ(got->transition.was_suspended, t.was_suspended) << where;
      ASSERT_EQ(got->transition.suspended_now, t.suspended_now) << where;
      ASSERT_EQ(got->transition.changed, t.changed) << where;
      ASSERT_EQ(got->transition.rule, t.rule) << where;
      ASSERT_TRUE(got->state == want) << where << ": total " << got->state.total << " vs " << want.total
                                      << ", until " << got->state.suspended_until << " vs " << want.suspended_until
                                      << ", level " << got->state.level << " vs " << want.level;
    }
    for (const auto& [user, want] : model) {
      auto stored = store->Get(user);
      ASSERT_TRUE(stored.ok()) << stored.status();
      if (want.updated == 0) {
        EXPECT_FALSE(stored->has_value()) << user;
      } else {
        ASSERT_TRUE(stored->has_value()) << user;
        EXPECT_TRUE(**stored == want) << user;
      }
    }
  }
}

// The common request, clean and from a user the store has never seen, costs
// no write: the user is still unknown afterwards.
TEST_P(StoreTest, CleanRequestFromAnUnknownUserWritesNothing) {
  auto a = NewAccounts();
  ASSERT_TRUE(a);
  auto d = Do(*a, "user:nobody", Event::kClean);
  EXPECT_FALSE(d.suspended);
  auto s = a->store()->Get("user:nobody");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_FALSE(s->has_value());
  if (GetParam() == "redis") {
    EXPECT_EQ(RedisInteger(RedisServer::Shared().port(), "DBSIZE"), 1);  // lanjie:epoch only
  }
}

// ---- store-specific failure modes ----

// Redis forgets loaded scripts on restart or SCRIPT FLUSH: the next request
// reloads the policy script (NOSCRIPT, then EVAL) and nothing is lost.
TEST(RedisStoreTest, PolicyScriptIsReloadedAfterScriptFlush) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  auto store = OpenUserStore(RedisServer::Shared().url(), StoreOptions{});
  ASSERT_TRUE(store.ok()) << store.status();
  UserAccounts a(std::move(*store), AccountsOptions{});
  ASSERT_TRUE(a.Record(Identity{"user:flush", "header"}, Event::kViolation, "r").ok());
  ASSERT_TRUE(RedisServer::Shared().Command("SCRIPT FLUSH"));
  for (int i = 0; i < 2; ++i) {
    auto d = a.Record(Identity{"user:flush", "header"}, Event::kViolation, "r");
    ASSERT_TRUE(d.ok()) << d.status();
    EXPECT_FALSE(d->store_failed);
    EXPECT_EQ(d->suspended_now, i == 1);
  }
  EXPECT_NE(a.RenderMetrics().find("lanjie_user_store_errors_total{handling=\"fail_open\"} 0"), std::string::npos);
}

// Every request is one round trip: a violation, and a clean request that
// ends the run this process counted, go straight to the policy script; a
// clean request with nothing to change is a single HMGET (no script).
TEST(RedisStoreTest, EachRequestIsOneRoundTrip) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  auto store = OpenUserStore(RedisServer::Shared().url(), StoreOptions{});
  ASSERT_TRUE(store.ok()) << store.status();
  UserAccounts a(std::move(*store), AccountsOptions{});
  ASSERT_TRUE(RedisServer::Shared().Command("CONFIG RESETSTAT"));
  const Event events[] = {Event::kClean, Event::kViolation, Event::kViolation, Event::kClean, Event::kClean};
  for (Event e : events) {
    auto d = a.Record(Identity{"user:trip", "header"}, e, "r");
    ASSERT_TRUE(d.ok() && !d->store_failed);
  }
  const int port = RedisServer::Shared().port();
  const long long scripts = RedisCalls(port, "evalsha"), reads = RedisCalls(port, "hmget");
  EXPECT_EQ(scripts, 3);          // the two violations and the clean request that ends their run
  EXPECT_EQ(reads - scripts, 2);  // HMGETs outside a script: the first and the last clean request
  auto s = a.store()->Get("user:trip");
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->consecutive, 0);
  EXPECT_EQ((*s)->total, 2);
}

TEST(SqliteStoreTest, KillNineLosesNoCommittedCount) {
  const std::string path = TmpDir() + "/kill9.db";
  int pipefd[2];
  ASSERT_EQ(pipe(pipefd), 0);
  pid_t child = fork();
  if (child == 0) {
    auto store = OpenSqliteStore(path, StoreOptions{});
    if (!store.ok()) _exit(3);
    UserAccounts a(std::move(*store), AccountsOptions{});
    for (int i = 0; i < 2; ++i)
      if (!a.Record(Identity{"user:kate", "header"}, Event::kViolation, "r").ok()) _exit(4);
    char ok = 'k';
    if (write(pipefd[1], &ok, 1) != 1) _exit(5);
    for (;;) pause();  // killed here, store still open
  }
  close(pipefd[1]);
  char got = 0;
  ASSERT_EQ(read(pipefd[0], &got, 1), 1);
  close(pipefd[0]);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  auto store = OpenSqliteStore(path, StoreOptions{});
  ASSERT_TRUE(store.ok()) << store.status();
  auto s = (*store)->Get("user:kate");
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->consecutive, 2);
}

TEST(SqliteStoreTest, CorruptFileIsAClearErrorAtStart) {
  const std::string path = TmpDir() + "/corrupt.db";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(8192, 'x');
  }
  auto store = OpenSqliteStore(path, StoreOptions{});
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos) << store.status();
  EXPECT_NE(store.status().message().find("not a lanjie user store or is corrupt"), std::string::npos)
      << store.status();
}

TEST(SqliteStoreTest, ReadOnlyFileIsAClearErrorAtStart) {
  // Under /tmp, not the build tree: as root the check runs as an unprivileged
  // user, who must be able to reach the file (a checkout in a 0700 folder,
  // such as one made by mktemp -d, would stop it one directory too early).
  char tmpl[] = "/tmp/lanjie-ro-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  struct RemoveDir {
    std::string d;
    ~RemoveDir() { std::filesystem::remove_all(d); }
  } cleanup{dir};
  const std::string path = dir + "/users.db";
  ASSERT_TRUE(OpenSqliteStore(path, StoreOptions{}).ok());
  if (geteuid() != 0) {
    chmod(path.c_str(), 0444);
    auto store = OpenSqliteStore(path, StoreOptions{});
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.status().message().find("read-only"), std::string::npos) << store.status();
    return;
  }
  // As root every file is writable: check as an unprivileged user instead.
  chmod(dir.c_str(), 0755);
  chmod(path.c_str(), 0644);
  int pipefd[2];
  ASSERT_EQ(pipe(pipefd), 0);
  pid_t child = fork();
  if (child == 0) {
    close(pipefd[0]);
    if (setgid(65534) != 0 || setuid(65534) != 0) _exit(3);
    auto store = OpenSqliteStore(path, StoreOptions{});
    const std::string msg = store.ok() ? "opened" : std::string(store.status().message());
    if (write(pipefd[1], msg.data(), msg.size()) < 0) _exit(4);
    _exit(0);
  }
  close(pipefd[1]);
  std::string msg;
  char buf[512];
  ssize_t n;
  while ((n = read(pipefd[0], buf, sizeof buf)) > 0) msg.append(buf, n);
  close(pipefd[0]);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  EXPECT_NE(msg.find(path), std::string::npos) << msg;
  EXPECT_NE(msg.find("read-only"), std::string::npos) << msg;
}

TEST(RedisStoreTest, UnreachableServerIsAClearErrorAtStart) {
  auto store = OpenUserStore("redis://127.0.0.1:1", StoreOptions{});
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("redis://127.0.0.1:1/0: cannot connect to Redis"), std::string::npos)
      << store.status();
  EXPECT_FALSE(OpenUserStore("redis://127.0.0.1:notaport", StoreOptions{}).ok());
  EXPECT_FALSE(OpenUserStore("postgres://x", StoreOptions{}).ok());
}

TEST(RedisStoreTest, PasswordProtectedServerNeedsAuthAndNeverEchoesThePassword) {
  const std::string password = "s3cret-Pa55word-for-test";
  RedisServer server(password);
  std::string why;
  if (!server.Start(&why)) GTEST_SKIP() << why;

  // No password: refused by the server, with a hint where the password goes.
  auto none = OpenUserStore(server.url(), StoreOptions{});
  ASSERT_FALSE(none.ok());
  EXPECT_TRUE(absl::IsUnauthenticated(none.status())) << none.status();
  EXPECT_NE(none.status().message().find("--user-store-password-file"), std::string::npos) << none.status();

  // A wrong password: an error that names the store and not the password.
  StoreOptions wrong;
  wrong.redis_password = "not-" + password;
  auto bad = OpenUserStore(server.url(), wrong);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(server.url().substr(8)), std::string::npos) << bad.status();
  EXPECT_EQ(bad.status().message().find(password), std::string::npos) << bad.status();

  // The right one: counts work on every pooled connection (each one AUTHs).
  StoreOptions right;
  right.redis_password = password;
  auto store = OpenUserStore(server.url(), right);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ((*store)->Describe().find(password), std::string::npos);
  UserAccounts a(std::move(*store), AccountsOptions{});
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(a.Record(Identity{"user:p", "header"}, Event::kViolation, "r").ok());
  auto got = a.store()->Get("user:p");
  ASSERT_TRUE(got.ok() && got->has_value()) << got.status();
  EXPECT_EQ((*got)->total, 3);

  // The ACL user may be named in the spec; a password there is refused.
  right.redis_user = "";
  auto with_user = OpenUserStore("redis://default@127.0.0.1:" + std::to_string(server.port()), right);
  EXPECT_TRUE(with_user.ok()) << with_user.status();
  auto in_url = OpenUserStore("redis://default:" + password + "@127.0.0.1:" + std::to_string(server.port()),
                              StoreOptions{});
  ASSERT_FALSE(in_url.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(in_url.status()));
  EXPECT_EQ(in_url.status().message().find(password), std::string::npos) << in_url.status();
}

TEST(RedisStoreTest, RunTimeFailureFailsOpenOrClosedVisibly) {
  RedisServer server;  // its own, as this test stops it
  std::string why;
  if (!server.Start(&why)) GTEST_SKIP() << why;
  for (bool closed : {false, true}) {
    ASSERT_TRUE(server.Start(&why)) << why;
    auto store = OpenUserStore(server.url(), StoreOptions{});
    ASSERT_TRUE(store.ok()) << store.status();
    AccountsOptions o;
    o.fail_closed = closed;
    std::vector<AuditEvent> events;
    o.audit = [&](const AuditEvent& e) { events.push_back(e); };
    UserAccounts a(std::move(*store), o);
    ASSERT_TRUE(a.Record(Identity{"user:x", "header"}, Event::kViolation, "r").ok());
    server.Stop();
    auto d = a.Record(Identity{"user:x", "header"}, Event::kViolation, "r2");
    if (closed) {
      ASSERT_FALSE(d.ok());
      EXPECT_TRUE(absl::IsUnavailable(d.status())) << d.status();
    } else {
      ASSERT_TRUE(d.ok()) << d.status();
      EXPECT_TRUE(d->store_failed);
      EXPECT_FALSE(d->suspended);
    }
    ASSERT_FALSE(events.empty());
    EXPECT_STREQ(events.back().event, "user_store_error");
    EXPECT_EQ(events.back().request_id, "r2");
    const std::string m = a.RenderMetrics();
    EXPECT_NE(m.find(closed ? "lanjie_user_store_errors_total{handling=\"fail_closed\"} 1"
                            : "lanjie_user_store_errors_total{handling=\"fail_open\"} 1"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("lanjie_user_store_up{backend=\"redis\"} 0"), std::string::npos) << m;
    EXPECT_FALSE(a.Health().ok);
  }
}

TEST(RedisStoreTest, RestartWithoutPersistenceIsReported) {
  RedisServer server;
  std::string why;
  if (!server.Start(&why)) GTEST_SKIP() << why;
  auto store = OpenUserStore(server.url(), StoreOptions{});
  ASSERT_TRUE(store.ok()) << store.status();
  StoreHealth h = (*store)->Health();
  EXPECT_TRUE(h.ok);
  EXPECT_FALSE(h.state_lost);
  EXPECT_EQ(h.persistence, "off");
  ASSERT_TRUE(server.Restart(&why)) << why;
  h = (*store)->Health();  // the pool's old connection broke: noticed before use, replaced
  EXPECT_TRUE(h.ok) << h.detail;
  EXPECT_TRUE(h.state_lost);
  EXPECT_NE(h.detail.find("lost lanjie's user state"), std::string::npos) << h.detail;
  // The restarted server has no scripts either: the policy step reloads it.
  auto applied = (*store)->Apply("user:after-restart", Event::kViolation, DefaultUserPolicy(), absl::Now());
  ASSERT_TRUE(applied.ok()) << applied.status();
  EXPECT_EQ(applied->state.total, 1);
}

// The pooled connections all broke when Redis restarted: the next request
// must be counted on a fresh connection, not failed open (nor closed).
TEST(RedisStoreTest, FirstRequestAfterARestartIsCounted) {
  RedisServer server;  // its own, as this test restarts it
  std::string why;
  if (!server.Start(&why)) GTEST_SKIP() << why;
  for (bool closed : {false, true}) {
    auto store = OpenUserStore(server.url(), StoreOptions{});
    ASSERT_TRUE(store.ok()) << store.status();
    AccountsOptions o;
    o.fail_closed = closed;
    std::vector<AuditEvent> events;
    o.audit = [&](const AuditEvent& e) { events.push_back(e); };
    UserAccounts a(std::move(*store), o);
    const Identity who{"user:restart", "header"};
    ASSERT_TRUE(a.Record(who, Event::kViolation, "before").ok());
    ASSERT_TRUE(server.Restart(&why)) << why;
    auto d = a.Record(who, Event::kViolation, "first-after");
    ASSERT_TRUE(d.ok()) << d.status();
    EXPECT_FALSE(d->store_failed);
    EXPECT_EQ(d->state.total, 1);  // persistence off: the restart lost the first count, this one is counted
    EXPECT_EQ(d->state.consecutive, 1);
    for (const AuditEvent& e : events) EXPECT_STRNE(e.event, "user_store_error") << e.detail;
    const std::string m = a.RenderMetrics();
    EXPECT_NE(m.find("lanjie_user_store_errors_total{handling=\"fail_open\"} 0"), std::string::npos) << m;
    EXPECT_NE(m.find("lanjie_user_store_errors_total{handling=\"fail_closed\"} 0"), std::string::npos) << m;
  }
}

// ---- identities ----

TEST(IdentityTest, SourcesAndFallback) {
  auto headers = [](std::map<std::string, std::string> m) {
    return [m](const std::string& name) {
      auto it = m.find(name);
      return it == m.end() ? std::string() : it->second;
    };
  };
  IdentityConfig user_field;
  const std::string alice = "alice";
  RequestFacts f;
  f.user_field = &alice;
  f.peer = "10.0.0.7";
  auto id = ResolveIdentity(user_field, f);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->id, "user:alice");
  EXPECT_STREQ(id->source, "user-field");

  auto header = ParseIdentitySource("header:X-Tenant-User");
  ASSERT_TRUE(header.ok());
  f.header = headers({{"X-Tenant-User", "u-42"}});
  EXPECT_EQ(ResolveIdentity(*header, f)->id, "user:u-42");
  f.header = headers({{"X-Tenant-User", ""}});  // empty: counted under the address
  id = ResolveIdentity(*header, f);
  EXPECT_EQ(id->id, "addr:10.0.0.7");
  EXPECT_STREQ(id->source, "address");
  f.header = headers({{"X-Tenant-User", std::string(300, 'a')}});
  id = ResolveIdentity(*header, f);
  ASSERT_FALSE(id.ok());
  EXPECT_NE(id.status().message().find("header X-Tenant-User is 300 bytes long"), std::string::npos) << id.status();
  f.header = headers({{"X-Tenant-User", "\xff\xfe"}});
  id = ResolveIdentity(*header, f);
  ASSERT_FALSE(id.ok());
  EXPECT_NE(id.status().message().find("not valid UTF-8"), std::string::npos) << id.status();

  auto key = ParseIdentitySource("key");
  ASSERT_TRUE(key.ok());
  f.header = headers({{"Authorization", "Bearer sk-very-secret-123"}});
  id = ResolveIdentity(*key, f);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->id.rfind("key:", 0), 0u);
  EXPECT_EQ(id->id.size(), 4u + 16u);
  EXPECT_EQ(id->id.find("secret"), std::string::npos);

  EXPECT_FALSE(ParseIdentitySource("cookie").ok());
  EXPECT_FALSE(ParseIdentitySource("header:").ok());
  EXPECT_EQ(NormalizeUserId("bob"), "user:bob");
  EXPECT_EQ(NormalizeUserId("addr:1.2.3.4"), "addr:1.2.3.4");
}

}  // namespace
}  // namespace lanjie::users
