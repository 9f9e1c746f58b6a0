// ChatClient against a scripted loopback server (tests/eval/loopback_server.h):
// what a caller relies on — answers, retries, Retry-After, timeouts,
// malformed JSON, SSE streaming, fatal statuses, and a key that never shows.
#include "lanjie/eval/chat_client.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/eval/loopback_server.h"

namespace lanjie {
namespace {

using testing::LoopbackServer;

constexpr char kKey[] = "sk-test-SECRET-0123456789";

std::string Completion(const std::string& content) {
  return R"({"choices":[{"index":0,"message":{"role":"assistant","content":")" + content +
         R"("},"finish_reason":"stop"}]})";
}

std::string Event(const std::string& content, const char* finish = nullptr) {
  return std::string("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"") + content +
         "\"},\"finish_reason\":" + (finish ? std::string("\"") + finish + "\"" : "null") + "}]}\n\n";
}

EndpointConfig Config(const LoopbackServer& server, bool stream) {
  EndpointConfig c;
  c.base_url = server.base_url();
  c.model = "m";
  c.api_key = kKey;
  c.stream = stream;
  c.concurrency = 1;
  c.max_retries = 3;
  c.backoff_initial_ms = 1;
  c.backoff_max_ms = 2;
  c.jitter_seed = 7;
  return c;
}

struct Result {
  absl::Status status;
  std::vector<ChatOutcome> outcomes;
};

Result RunOne(const EndpointConfig& config, const std::string& prompt = "你好") {
  Result r;
  ChatClient client(config);
  r.status = client.Run({{"q1", prompt}}, [&](ChatOutcome&& o) { r.outcomes.push_back(std::move(o)); });
  return r;
}

TEST(ChatClient, NonStreamedAnswerAndWhatIsSent) {
  LoopbackServer server([](int, const std::string&) { return LoopbackServer::Json(200, Completion("答案")); });
  Result r = RunOne(Config(server, false), "问题");
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_TRUE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].id, "q1");
  EXPECT_EQ(r.outcomes[0].answer, "答案");
  EXPECT_EQ(r.outcomes[0].finish_reason, "stop");
  EXPECT_EQ(r.outcomes[0].attempts, 1);
  const std::vector<std::string> requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].rfind("POST /v1/chat/completions ", 0), 0u) << requests[0];
  EXPECT_NE(requests[0].find(std::string("Authorization: Bearer ") + kKey), std::string::npos);
  EXPECT_NE(requests[0].find("\"问题\""), std::string::npos);
  EXPECT_NE(requests[0].find("\"stream\":false"), std::string::npos);
}

TEST(ChatClient, StreamedAnswerIsJoinedFromItsEvents) {
  LoopbackServer server([](int, const std::string&) {
    return LoopbackServer::Sse(": keep-alive\n\n" + Event("你好") + Event("，世界") + Event("", "stop") +
                               "data: [DONE]\n\n");
  });
  Result r = RunOne(Config(server, true));
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_TRUE(r.outcomes[0].ok) << r.outcomes[0].error;
  EXPECT_EQ(r.outcomes[0].answer, "你好，世界");
  EXPECT_NE(server.requests()[0].find("Accept: text/event-stream"), std::string::npos);
}

TEST(ChatClient, RetriesOn429And5xxThenAnswers) {
  LoopbackServer server([](int n, const std::string&) {
    if (n == 0) return LoopbackServer::Json(429, R"({"error":"slow down"})");
    if (n == 1) return LoopbackServer::Json(503, R"({"error":"busy"})");
    if (n == 2) return LoopbackServer::Json(500, R"({"error":"oops"})");
    return LoopbackServer::Json(200, Completion("ok"));
  });
  Result r = RunOne(Config(server, false));
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_TRUE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].attempts, 4);
  EXPECT_EQ(server.requests().size(), 4u);
}

TEST(ChatClient, RetryAfterOverridesTheBackoff) {
  // The computed backoff would be up to ten minutes; Retry-After: 0 says
  // "now". The run completes only if the server's value is used.
  LoopbackServer server([](int n, const std::string&) {
    if (n == 0) return LoopbackServer::Json(429, R"({"error":"slow down"})", "Retry-After: 0\r\n");
    return LoopbackServer::Json(200, Completion("ok"));
  });
  EndpointConfig c = Config(server, false);
  c.backoff_initial_ms = 600000;
  c.backoff_max_ms = 600000;
  Result r = RunOne(c);
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_TRUE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].attempts, 2);
}

TEST(ChatClient, GivesUpAfterMaxRetriesWithTheLastError) {
  LoopbackServer server([](int, const std::string&) { return LoopbackServer::Json(502, R"({"error":"bad gateway"})"); });
  EndpointConfig c = Config(server, false);
  c.max_retries = 2;
  Result r = RunOne(c);
  ASSERT_TRUE(r.status.ok()) << r.status;  // a failed question is an outcome, not an error of Run
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_FALSE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].attempts, 3);
  EXPECT_EQ(r.outcomes[0].http_status, 502);
  EXPECT_NE(r.outcomes[0].error.find("HTTP 502"), std::string::npos) << r.outcomes[0].error;
  EXPECT_NE(r.outcomes[0].error.find("gave up after 3 attempts"), std::string::npos) << r.outcomes[0].error;
}

TEST(ChatClient, TimeoutIsRetriedThenAFailedOutcome) {
  LoopbackServer server([](int, const std::string&) { return std::string(); });  // never answers
  EndpointConfig c = Config(server, false);
  c.timeout_ms = 300;
  c.max_retries = 1;
  Result r = RunOne(c);
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_FALSE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].attempts, 2);
  EXPECT_NE(r.outcomes[0].error.find("transport error"), std::string::npos) << r.outcomes[0].error;
  EXPECT_NE(r.outcomes[0].error.find("imeout"), std::string::npos) << r.outcomes[0].error;
}

TEST(ChatClient, MalformedJsonIsRetriedNeverAShortAnswer) {
  LoopbackServer server([](int n, const std::string&) {
    if (n == 0) return LoopbackServer::Sse(Event("半") + "data: {\"choices\": [\n\n");
    return LoopbackServer::Sse(Event("完整", "stop") + "data: [DONE]\n\n");
  });
  Result r = RunOne(Config(server, true));
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_TRUE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].answer, "完整");
  EXPECT_EQ(r.outcomes[0].attempts, 2);
}

TEST(ChatClient, MalformedJsonEveryTimeNamesTheProblem) {
  LoopbackServer server([](int, const std::string&) { return LoopbackServer::Json(200, "{\"choices\": [oops"); });
  EndpointConfig c = Config(server, false);
  c.max_retries = 1;
  Result r = RunOne(c);
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_FALSE(r.outcomes[0].ok);
  EXPECT_TRUE(r.outcomes[0].answer.empty());
  EXPECT_NE(r.outcomes[0].error.find("malformed JSON"), std::string::npos) << r.outcomes[0].error;
}

TEST(ChatClient, TruncatedStreamIsRetried) {
  LoopbackServer server([](int n, const std::string&) {
    if (n == 0) return LoopbackServer::Sse(Event("只有一半"));  // no finish_reason, no [DONE]
    return LoopbackServer::Sse(Event("全部", "stop") + "data: [DONE]\n\n");
  });
  Result r = RunOne(Config(server, true));
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_EQ(r.outcomes[0].answer, "全部");
  EXPECT_EQ(r.outcomes[0].attempts, 2);
}

TEST(ChatClient, WrongKeyStopsTheRunAtOnceWithoutTheKey) {
  // Servers echo the key they were given; the error must not carry it on.
  LoopbackServer server([](int, const std::string&) {
    return LoopbackServer::Json(401, std::string(R"({"error":"Incorrect API key provided: )") + kKey + "\"}");
  });
  Result r = RunOne(Config(server, false));
  EXPECT_EQ(r.status.code(), absl::StatusCode::kFailedPrecondition) << r.status;
  EXPECT_NE(r.status.message().find("401"), std::string::npos) << r.status;
  EXPECT_NE(r.status.message().find("check the API key"), std::string::npos) << r.status;
  EXPECT_EQ(r.status.message().find(kKey), std::string::npos) << r.status;
  EXPECT_TRUE(r.outcomes.empty());
  EXPECT_EQ(server.requests().size(), 1u);  // no retries
}

TEST(ChatClient, KeyEchoedInARetriedErrorNeverReachesTheOutcome) {
  LoopbackServer server([](int, const std::string&) {
    return LoopbackServer::Json(500, std::string(R"({"error":"internal, request had key )") + kKey + "\"}");
  });
  EndpointConfig c = Config(server, false);
  c.max_retries = 0;
  Result r = RunOne(c);
  ASSERT_TRUE(r.status.ok()) << r.status;
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_FALSE(r.outcomes[0].ok);
  EXPECT_EQ(r.outcomes[0].error.find(kKey), std::string::npos) << r.outcomes[0].error;
}

TEST(ChatClient, NotFoundNamesTheUrlAndModelHint) {
  LoopbackServer server([](int, const std::string&) { return LoopbackServer::Json(404, R"({"error":"no"})"); });
  Result r = RunOne(Config(server, true));
  EXPECT_EQ(r.status.code(), absl::StatusCode::kFailedPrecondition) << r.status;
  EXPECT_NE(r.status.message().find("/v1/chat/completions"), std::string::npos) << r.status;
  EXPECT_NE(r.status.message().find("model name"), std::string::npos) << r.status;
}

TEST(ChatClient, ExtraBodyMustBeAnObject) {
  EndpointConfig c;
  c.base_url = "http://127.0.0.1:9/v1";
  c.extra_body_json = "[1]";
  ChatClient client(c);
  absl::Status s = client.Run({{"q1", "x"}}, [](ChatOutcome&&) {});
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
}

TEST(ChatClient, ManyRequestsEachGetExactlyOneOutcome) {
  LoopbackServer server([](int n, const std::string&) {
    if (n < 5) return LoopbackServer::Json(503, "{}");
    return LoopbackServer::Json(200, Completion("ok"));
  });
  EndpointConfig c = Config(server, false);
  c.concurrency = 4;
  c.max_retries = 10;
  std::vector<ChatRequest> requests;
  for (int i = 0; i < 20; ++i) requests.push_back({"q" + std::to_string(i), "x"});
  std::vector<std::string> ids;
  ChatClient client(c);
  absl::Status s = client.Run(requests, [&](ChatOutcome&& o) {
    EXPECT_TRUE(o.ok) << o.error;
    ids.push_back(o.id);
  });
  ASSERT_TRUE(s.ok()) << s;
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(ids.size(), 20u);
}

TEST(ParseRetryAfter, SecondsAndHttpDates) {
  EXPECT_EQ(ParseRetryAfterMs("2", 0), 2000);
  EXPECT_EQ(ParseRetryAfterMs(" 0.5 ", 0), 500);
  EXPECT_EQ(ParseRetryAfterMs("-1", 0), std::nullopt);
  EXPECT_EQ(ParseRetryAfterMs("soon", 0), std::nullopt);
  // Wed, 21 Oct 2015 07:28:00 GMT = 1445412480 s.
  EXPECT_EQ(ParseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470000), 10000);
  EXPECT_EQ(ParseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", 1445412490000), 0);  // in the past: now
}

}  // namespace
}  // namespace lanjie
