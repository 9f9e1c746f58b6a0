// User accountability through the proxy and the sidecar over HTTP: 403
// user_suspended without calling the upstream, the sidecar's "user" state,
// two proxies sharing Redis, bad identities, the admin routes, fail-closed.
#include <atomic>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lanjie/serve/artifact_slot.h"
#include "lanjie/serve/audit_log.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/serve/metrics.h"
#include "lanjie/serve/proxy.h"
#include "lanjie/serve/sidecar.h"
#include "lanjie/serve/user_gate.h"
#include "lanjie/users/accounts.h"
#include "gtest/gtest.h"
#include "tests/common/redis_server.h"
#include "tests/common/tmp_dir.h"
#include "tests/match/test_util.h"
#include "tests/serve/http_client.h"

namespace lanjie::serve {
namespace {

using lanjie::testing::Http;
using lanjie::testing::Lit;
using lanjie::testing::RedisServer;
using lanjie::testing::TmpDir;
using nlohmann::json;

// An upstream that answers every chat request "好的" and counts the calls.
struct CountingUpstream {
  std::atomic<int> calls{0};
  std::unique_ptr<HttpServer> server;
  void Start() {
    HttpServerOptions o;
    o.port = 0;
    o.threads = 1;
    o.drain_ms = 20;
    auto s = HttpServer::Start(o, [this](const std::shared_ptr<Exchange>& ex) {
      ++calls;
      json doc = {{"id", "chatcmpl-up"}, {"object", "chat.completion"}, {"created", 1}, {"model", "fake"},
                  {"choices", json::array({{{"index", 0}, {"message", {{"role", "assistant"}, {"content", "好的"}}},
                                            {"finish_reason", "stop"}}})}};
      ex->Reply(200, "application/json", doc.dump());
    });
    ASSERT_TRUE(s.ok()) << s.status();
    server = std::move(*s);
  }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(server->port()) + "/v1"; }
};

// One proxy (or sidecar) with its own accounts over a given store.
struct Instance {
  std::unique_ptr<users::UserAccounts> accounts;
  std::unique_ptr<Proxy> proxy;
  std::unique_ptr<Sidecar> sidecar;
  std::unique_ptr<HttpServer> server;
  Metrics metrics;
  std::string url;
  ~Instance() {
    server.reset();
    proxy.reset();
    sidecar.reset();
  }
};

class UserAccountabilityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    name_ = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    const std::string db = TmpDir() + "/" + name_ + ".ljdb";
    auto artifact = lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock), Lit("赌博网站", "A.1.g", Action::kMask)});
    ASSERT_TRUE(artifact->Save(db).ok());
    FilterOptions fo;
    fo.refusal_text = "[refused]";
    slot_ = std::make_unique<ArtifactSlot>(db, fo);
    ASSERT_TRUE(slot_->Reload().ok());
    audit_path_ = TmpDir() + "/" + name_ + ".audit.jsonl";
    auto audit = AuditLog::Open(audit_path_);
    ASSERT_TRUE(audit.ok());
    audit_ = std::move(*audit);
    upstream_.Start();
  }

  std::unique_ptr<Instance> Start(const std::string& store_spec, bool sidecar,
                                  users::AccountsOptions options = users::AccountsOptions{}) {
    auto inst = std::make_unique<Instance>();
    auto store = users::OpenUserStore(store_spec, users::StoreOptions{});
    EXPECT_TRUE(store.ok()) << store.status();
    if (!store.ok()) return nullptr;
    AuditLog* audit = audit_.get();
    options.audit = [audit](const users::AuditEvent& e) { audit->RecordUserEvent(e); };
    inst->accounts = std::make_unique<users::UserAccounts>(std::move(*store), options);
    HttpServerOptions o;
    o.port = 0;
    o.drain_ms = 20;
    if (sidecar) {
      SidecarOptions so;
      so.users = inst->accounts.get();
      inst->sidecar = std::make_unique<Sidecar>(slot_.get(), &inst->metrics, so);
      Sidecar* s = inst->sidecar.get();
      auto server = HttpServer::Start(o, [s](const std::shared_ptr<Exchange>& ex) { s->Handle(ex); });
      EXPECT_TRUE(server.ok());
      inst->server = std::move(*server);
    } else {
      ProxyOptions po;
      po.upstream_base = upstream_.base();
      po.api_key = "sk-upstream";
      po.workers = 4;
      po.users = inst->accounts.get();
      inst->proxy = std::make_unique<Proxy>(slot_.get(), &inst->metrics, audit_.get(), po);
      Proxy* p = inst->proxy.get();
      auto server = HttpServer::Start(o, [p](const std::shared_ptr<Exchange>& ex) { p->Handle(ex); });
      EXPECT_TRUE(server.ok());
      inst->server = std::move(*server);
    }
    inst->url = "http://127.0.0.1:" + std::to_string(inst->server->port());
    return inst;
  }

  void CheckSidecarReportsTheUsersState(const std::string& spec);

  std::string SqliteSpec() { return "sqlite:" + TmpDir() + "/" + name_ + ".users.db"; }

  static std::string Chat(const std::string& text, const std::string& user = "alice") {
    json req = {{"model", "fake"}, {"messages", json::array({{{"role", "user"}, {"content", text}}})}};
    if (!user.empty()) req["user"] = user;
    return req.dump();
  }

  std::string AuditText() {
    std::ifstream in(audit_path_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  std::string name_, audit_path_;
  std::unique_ptr<ArtifactSlot> slot_;
  std::unique_ptr<AuditLog> audit_;
  CountingUpstream upstream_;
};

TEST_F(UserAccountabilityTest, ProxyAnswersSuspendedUsers403WithoutCallingTheUpstream) {
  auto p = Start(SqliteSpec(), /*sidecar=*/false);
  ASSERT_TRUE(p);
  const std::string url = p->url + "/v1/chat/completions";
  EXPECT_EQ(Http("POST", url, Chat("你好")).status, 200);
  EXPECT_EQ(upstream_.calls, 1);
  for (int i = 0; i < 3; ++i) {
    auto r = Http("POST", url, Chat("哪里买冰毒"));
    EXPECT_EQ(r.status, 200);  // the filter's refusal
    EXPECT_NE(r.body.find("[refused]"), std::string::npos) << r.body;
  }
  auto r = Http("POST", url, Chat("你好"));
  ASSERT_EQ(r.status, 403) << r.body;
  json body = json::parse(r.body);
  EXPECT_EQ(body["error"]["code"], "user_suspended");
  EXPECT_EQ(body["error"]["type"], "permission_error");
  EXPECT_EQ(body["error"]["rule"], "consecutive");
  EXPECT_EQ(body["error"]["suspended_until"].get<std::string>().substr(19), "+08:00");
  EXPECT_EQ(upstream_.calls, 1);  // never called for the blocked nor the suspended requests
  // Another user is served; a user that is not a string is refused.
  EXPECT_EQ(Http("POST", url, Chat("你好", "bob")).status, 200);
  auto bad = Http("POST", url, R"({"model":"fake","user":7,"messages":[{"role":"user","content":"你好"}]})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("invalid_user_id"), std::string::npos) << bad.body;
  // The suspension is in the audit log with the rule that fired.
  const std::string audit = AuditText();
  EXPECT_NE(audit.find("\"event\":\"user_suspended\""), std::string::npos) << audit;
  EXPECT_NE(audit.find("consecutive: 3 violations in a row (clause 7)"), std::string::npos) << audit;
  EXPECT_NE(audit.find("\"user\":\"user:alice\""), std::string::npos) << audit;
  // Metrics and readiness.
  const std::string m = Http("GET", p->url + "/metrics").body;
  EXPECT_NE(m.find("lanjie_user_suspensions_total{rule=\"consecutive\"} 1"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_users_suspended 1"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_requests_total{route=\"chat_completions\",code=\"403\"} 1"), std::string::npos) << m;
  auto ready = Http("GET", p->url + "/readyz");
  EXPECT_EQ(ready.status, 200);
  json rj = json::parse(ready.body);
  EXPECT_EQ(rj["user_store"]["backend"], "sqlite");
  EXPECT_EQ(rj["user_store"]["on_failure"], "fail_open");
}

TEST_F(UserAccountabilityTest, IdentityFromHeaderKeyAndAddress) {
  users::AccountsOptions o;
  o.identity = *users::ParseIdentitySource("header:X-User-Id");
  auto p = Start(SqliteSpec(), false, o);
  ASSERT_TRUE(p);
  const std::string url = p->url + "/v1/chat/completions";
  auto r = Http("POST", url, Chat("你好", ""), {"X-User-Id: " + std::string(300, 'u')});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("invalid_user_id"), std::string::npos) << r.body;
  r = Http("POST", url, Chat("你好", ""), {"X-User-Id: \xff\xfe"});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("not valid UTF-8"), std::string::npos) << r.body;
  // No identity (empty header): counted under the client address.
  for (int i = 0; i < 3; ++i) Http("POST", url, Chat("冰毒", ""), {"X-User-Id:"});
  r = Http("POST", url, Chat("你好", ""));
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(r.body.find("addr:127.0.0.1"), std::string::npos) << r.body;
  const std::string m = Http("GET", p->url + "/metrics").body;
  EXPECT_NE(m.find("lanjie_user_identity_rejected_total 2"), std::string::npos) << m;
  EXPECT_NE(m.find("lanjie_user_identity_total{source=\"address\"} 4"), std::string::npos) << m;
}

TEST_F(UserAccountabilityTest, SidecarReportsTheUsersState) { CheckSidecarReportsTheUsersState(SqliteSpec()); }

// With Redis the sidecar answers from the store's reply callback (its loop
// thread is not blocked): the same answers.
TEST_F(UserAccountabilityTest, SidecarOnRedisReportsTheUsersState) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  CheckSidecarReportsTheUsersState(RedisServer::Shared().url());
  auto s = Start(RedisServer::Shared().url(), /*sidecar=*/true);
  ASSERT_TRUE(s);
  const std::string m = Http("GET", s->url + "/metrics").body;
  EXPECT_NE(m.find("lanjie_user_store_up{backend=\"redis\"} 1"), std::string::npos) << m;
}

TEST_F(UserAccountabilityTest, TwoSidecarsSharingRedisNeverLetAFourthViolationThrough) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  auto a = Start(RedisServer::Shared().url(), true);
  auto b = Start(RedisServer::Shared().url(), true);
  ASSERT_TRUE(a && b);
  std::atomic<int> counted{0}, suspended{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      const std::string url = (t % 2 ? a : b)->url + "/v1/moderate";
      for (int i = 0; i < 5; ++i) {
        auto r = Http("POST", url, R"({"text":"冰毒","user":"mallory"})");
        if (r.status != 200) {
          ++other;
          continue;
        }
        json u = json::parse(r.body)["user"];
        if (u["counted"] == "violation") ++counted;
        else if (u["counted"] == "none" && u["state"] == "suspended") ++suspended;
        else ++other;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(other, 0);
  EXPECT_EQ(counted, 3);
  EXPECT_EQ(suspended, 37);
  auto state = a->accounts->store()->Get("user:mallory");
  ASSERT_TRUE(state.ok() && state->has_value());
  EXPECT_EQ((*state)->total, 3);
}

TEST_F(UserAccountabilityTest, SidecarOnRedisFailsOpenOrClosedAndSurvivesARestart) {
  RedisServer redis;  // its own: stopped and restarted here
  std::string why;
  if (!redis.Start(&why)) GTEST_SKIP() << why;
  users::AccountsOptions o;
  o.fail_closed = true;
  auto closed = Start(redis.url(), true, o);
  auto open = Start(redis.url(), true);
  ASSERT_TRUE(closed && open);
  const std::string body = R"({"text":"冰毒","user":"oscar"})";
  auto r = Http("POST", open->url + "/v1/moderate", body);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["counted"], "violation");
  // A restart: the first request after it is counted, not failed open.
  ASSERT_TRUE(redis.Restart(&why)) << why;
  r = Http("POST", open->url + "/v1/moderate", body);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["counted"], "violation") << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["consecutive"], 1) << r.body;  // persistence off: the first is gone
  EXPECT_NE(Http("GET", open->url + "/metrics").body.find("lanjie_user_store_errors_total{handling=\"fail_open\"} 0"),
            std::string::npos);
  redis.Stop();
  r = Http("POST", closed->url + "/v1/moderate", body);
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(r.body.find("user_store_unavailable"), std::string::npos) << r.body;
  EXPECT_EQ(Http("GET", closed->url + "/readyz").status, 503);
  r = Http("POST", open->url + "/v1/moderate", body);
  ASSERT_EQ(r.status, 200) << r.body;  // served: the scan result, the user's state unknown
  json doc = json::parse(r.body);
  EXPECT_TRUE(doc["results"][0]["flagged"]);
  EXPECT_EQ(doc["user"]["state"], "unknown");
  EXPECT_EQ(doc["user"]["counted"], "none");
  EXPECT_NE(Http("GET", open->url + "/metrics").body.find("lanjie_user_store_errors_total{handling=\"fail_open\"} 1"),
            std::string::npos);
  EXPECT_NE(AuditText().find("\"event\":\"user_store_error\""), std::string::npos);
}

void UserAccountabilityTest::CheckSidecarReportsTheUsersState(const std::string& spec) {
  auto s = Start(spec, /*sidecar=*/true);
  ASSERT_TRUE(s);
  const std::string url = s->url + "/v1/moderate";
  auto r = Http("POST", url, R"({"text":"你好"})");
  ASSERT_EQ(r.status, 200);
  EXPECT_FALSE(json::parse(r.body).contains("user"));  // no user named: nothing counted
  for (int i = 1; i <= 3; ++i) {
    r = Http("POST", url, R"({"text":"冰毒","user":"carol"})");
    ASSERT_EQ(r.status, 200) << r.body;
    json u = json::parse(r.body)["user"];
    EXPECT_EQ(u["id"], "user:carol");
    EXPECT_EQ(u["counted"], "violation");
    EXPECT_EQ(u["state"], i < 3 ? "active" : "suspended") << r.body;
  }
  r = Http("POST", url, R"({"texts":["你好"],"user":"carol"})");
  json doc = json::parse(r.body);
  EXPECT_EQ(doc["user"]["state"], "suspended");
  EXPECT_EQ(doc["user"]["counted"], "none");
  EXPECT_EQ(doc["user"]["rule"], "consecutive");
  EXPECT_FALSE(doc["results"][0]["flagged"]);  // the scan result is still there
  EXPECT_EQ(Http("POST", url, R"({"text":"x","user":7})").status, 400);
  auto ready = json::parse(Http("GET", s->url + "/readyz").body);
  EXPECT_EQ(ready["user_store"]["ok"], true);
}

TEST_F(UserAccountabilityTest, TwoProxiesSharingRedisNeverLetAFourthViolationThrough) {
  std::string why;
  if (!RedisServer::Shared().Start(&why)) GTEST_SKIP() << why;
  ASSERT_TRUE(RedisServer::Shared().Command("FLUSHALL"));
  auto a = Start(RedisServer::Shared().url(), false);
  auto b = Start(RedisServer::Shared().url(), false);
  ASSERT_TRUE(a && b);
  std::atomic<int> refused_by_filter{0}, suspended{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      const std::string url = (t % 2 ? a : b)->url + "/v1/chat/completions";
      for (int i = 0; i < 5; ++i) {
        auto r = Http("POST", url, Chat("冰毒", "mallory"));
        if (r.status == 200) ++refused_by_filter;
        else if (r.status == 403) ++suspended;
        else ++other;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(other, 0);
  EXPECT_EQ(refused_by_filter, 3);
  EXPECT_EQ(suspended, 37);
  EXPECT_EQ(upstream_.calls, 0);
  auto state = a->accounts->store()->Get("user:mallory");
  ASSERT_TRUE(state.ok() && state->has_value());
  EXPECT_EQ((*state)->total, 3);
}

TEST_F(UserAccountabilityTest, FailClosedAnswers503AndReadyzSaysSo) {
  RedisServer redis;
  std::string why;
  if (!redis.Start(&why)) GTEST_SKIP() << why;
  users::AccountsOptions o;
  o.fail_closed = true;
  auto closed = Start(redis.url(), false, o);
  auto open = Start(redis.url(), false);
  ASSERT_TRUE(closed && open);
  redis.Stop();
  auto r = Http("POST", closed->url + "/v1/chat/completions", Chat("你好"));
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(r.body.find("user_store_unavailable"), std::string::npos) << r.body;
  EXPECT_EQ(Http("GET", closed->url + "/readyz").status, 503);
  r = Http("POST", open->url + "/v1/chat/completions", Chat("你好"));
  EXPECT_EQ(r.status, 200);  // served, and the lost count is visible
  auto ready = Http("GET", open->url + "/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(json::parse(ready.body)["user_store"]["ok"], false);
  EXPECT_NE(Http("GET", open->url + "/metrics").body.find("lanjie_user_store_errors_total{handling=\"fail_open\"} 1"),
            std::string::npos);
  EXPECT_EQ(upstream_.calls, 1);
  EXPECT_NE(AuditText().find("\"event\":\"user_store_error\""), std::string::npos);
}

TEST_F(UserAccountabilityTest, AdminRoutesNeedTheTokenAndClearUsers) {
  auto p = Start(SqliteSpec(), false);
  ASSERT_TRUE(p);
  UserAdmin admin(p->accounts.get(), "0123456789abcdef-token");
  HttpServerOptions o;
  o.port = 0;
  o.threads = 1;
  o.drain_ms = 20;
  auto server = HttpServer::Start(o, [&](const std::shared_ptr<Exchange>& ex) { admin.Handle(ex); });
  ASSERT_TRUE(server.ok());
  const std::string base = "http://127.0.0.1:" + std::to_string((*server)->port()) + "/admin/users";
  const std::string auth = "Authorization: Bearer 0123456789abcdef-token";
  EXPECT_EQ(Http("GET", base).status, 401);
  EXPECT_EQ(Http("GET", base, "", {"Authorization: Bearer wrong"}).status, 401);
  for (int i = 0; i < 3; ++i) Http("POST", p->url + "/v1/chat/completions", Chat("冰毒"));
  auto list = Http("GET", base, "", {auth});
  ASSERT_EQ(list.status, 200) << list.body;
  json users = json::parse(list.body)["users"];
  ASSERT_EQ(users.size(), 1u);
  EXPECT_EQ(users[0]["id"], "user:alice");
  EXPECT_EQ(users[0]["state"], "suspended");
  EXPECT_EQ(Http("GET", base + "/nobody", "", {auth}).status, 404);
  EXPECT_EQ(Http("GET", base + "/alice/clear", "", {auth}).status, 405);
  auto cleared = Http("POST", base + "/alice/clear", "", {auth});
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(json::parse(cleared.body)["state"], "active");
  EXPECT_EQ(Http("POST", p->url + "/v1/chat/completions", Chat("你好")).status, 200);
  auto suspended = Http("POST", base + "/bob/suspend", R"({"for":"2h","reason":"probing"})", {auth});
  ASSERT_EQ(suspended.status, 200) << suspended.body;
  EXPECT_EQ(json::parse(suspended.body)["rule"], "operator: probing");
  EXPECT_EQ(Http("POST", p->url + "/v1/chat/completions", Chat("你好", "bob")).status, 403);
  EXPECT_EQ(Http("POST", base + "/bob/suspend", R"({"for":"soon"})", {auth}).status, 400);
  const std::string audit = AuditText();
  EXPECT_NE(audit.find("\"event\":\"user_cleared\""), std::string::npos) << audit;
  EXPECT_NE(audit.find("\"event\":\"user_operator_suspended\""), std::string::npos) << audit;
}

}  // namespace
}  // namespace lanjie::serve
