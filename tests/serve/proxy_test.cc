#include "lanjie/serve/proxy.h"

#include <fstream>
#include <memory>
#include <mutex>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "lanjie/common/sse.h"
#include "gtest/gtest.h"
#include "tests/common/tmp_dir.h"
#include "tests/match/test_util.h"
#include "tests/serve/http_client.h"

namespace lanjie::serve {
namespace {

using lanjie::testing::Http;
using lanjie::testing::Lit;
using nlohmann::json;

constexpr char kRefusal[] = "[refused]";
constexpr char kApiKey[] = "sk-test-secret-4f9a";

// A scripted OpenAI-compatible upstream on a free port.
struct FakeUpstream {
  enum Mode { kAnswer, kStream, kError429, kGarbage, kStreamGarbage, kHang, kStreamDrop, kReasoning, kToolAnswer,
              kToolStream };
  Mode mode = kAnswer;
  std::string answer;                // kAnswer: the content; kToolAnswer: the tool call's arguments
  std::vector<std::string> pieces;   // kStream: delta contents, one chunk each
  std::vector<std::pair<int, std::string>> tool_pieces;  // kToolStream: (tool call index, arguments piece)
  std::mutex mu;
  int calls = 0;
  std::string last_authorization, last_body;
  std::vector<std::shared_ptr<Exchange>> hanging;
  std::unique_ptr<HttpServer> server;

  void Start() {
    HttpServerOptions o;
    o.port = 0;
    o.threads = 1;
    o.drain_ms = 20;
    auto s = HttpServer::Start(o, [this](const std::shared_ptr<Exchange>& ex) { Handle(ex); });
    ASSERT_TRUE(s.ok()) << s.status();
    server = std::move(*s);
  }
  ~FakeUpstream() {
    for (auto& ex : hanging) ex->Reply(500, "text/plain", "bye");
    server.reset();
  }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(server->port()) + "/v1"; }

  static std::string ChunkEvent(const json& delta, const char* finish) {
    json c = {{"id", "chatcmpl-up"},
              {"object", "chat.completion.chunk"},
              {"created", 1},
              {"model", "fake"},
              {"choices", json::array({{{"index", 0}, {"delta", delta}, {"finish_reason", finish ? json(finish) : json()}}})}};
    return SseEvent(c.dump());
  }

  void Handle(const std::shared_ptr<Exchange>& ex) {
    {
      std::lock_guard<std::mutex> lock(mu);
      ++calls;
      last_authorization = ex->Header("Authorization");
      last_body = ex->body();
    }
    switch (mode) {
      case kAnswer: {
        json doc = {{"id", "chatcmpl-up"},
                    {"object", "chat.completion"},
                    {"created", 1},
                    {"model", "fake"},
                    {"choices", json::array({{{"index", 0},
                                              {"message", {{"role", "assistant"}, {"content", answer}}},
                                              {"finish_reason", "stop"}}})}};
        ex->Reply(200, "application/json", doc.dump());
        return;
      }
      case kStream:
      case kStreamDrop:
      case kStreamGarbage: {
        ex->StartStream(200, "text/event-stream");
        ex->Send(ChunkEvent({{"role", "assistant"}, {"content", ""}}, nullptr));
        for (const std::string& p : pieces) ex->Send(ChunkEvent({{"content", p}}, nullptr));
        if (mode == kStreamGarbage) ex->Send("data: {this is not json\n\n");
        if (mode == kStream) {
          ex->Send(ChunkEvent(json::object(), "stop"));
          ex->Send("data: [DONE]\n\n");
        }
        ex->EndStream();
        return;
      }
      case kReasoning: {
        ex->StartStream(200, "text/event-stream");
        for (const std::string& p : pieces) ex->Send(ChunkEvent({{"reasoning_content", p}}, nullptr));
        ex->Send(ChunkEvent({{"content", "好的"}}, nullptr));
        ex->Send(ChunkEvent(json::object(), "stop"));
        ex->Send("data: [DONE]\n\n");
        ex->EndStream();
        return;
      }
      case kToolAnswer: {
        json call = {{"id", "call_0"}, {"type", "function"}, {"function", {{"name", "search"}, {"arguments", answer}}}};
        json doc = {{"id", "chatcmpl-up"},
                    {"object", "chat.completion"},
                    {"created", 1},
                    {"model", "fake"},
                    {"choices", json::array({{{"index", 0},
                                              {"message", {{"role", "assistant"}, {"content", nullptr},
                                                           {"tool_calls", json::array({call})}}},
                                              {"finish_reason", "tool_calls"}}})}};
        ex->Reply(200, "application/json", doc.dump());
        return;
      }
      case kToolStream: {
        ex->StartStream(200, "text/event-stream");
        ex->Send(ChunkEvent({{"role", "assistant"}, {"content", nullptr}}, nullptr));
        std::set<int> opened;
        for (const auto& [tool, piece] : tool_pieces) {
          json call = {{"index", tool}, {"function", {{"arguments", piece}}}};
          if (opened.insert(tool).second) {
            call["id"] = "call_" + std::to_string(tool);
            call["type"] = "function";
            call["function"]["name"] = "search";
          }
          ex->Send(ChunkEvent({{"tool_calls", json::array({call})}}, nullptr));
        }
        ex->Send(ChunkEvent(json::object(), "tool_calls"));
        ex->Send("data: [DONE]\n\n");
        ex->EndStream();
        return;
      }
      case kError429:
        ex->Reply(429, "application/json",
                  R"({"error":{"message":"Rate limit reached","type":"rate_limit_error","code":"rate_limited"}})",
                  {{"Retry-After", "7"}});
        return;
      case kGarbage:
        ex->Reply(200, "application/json", "<html>oops</html>");
        return;
      case kHang: {
        std::lock_guard<std::mutex> lock(mu);
        hanging.push_back(ex);
        return;
      }
    }
  }
};

class ProxyFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    upstream_.Start();
    const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    db_ = lanjie::testing::TmpDir() + "/" + name + ".ljdb";
    audit_path_ = lanjie::testing::TmpDir() + "/" + name + ".audit.jsonl";
    auto artifact = lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock), Lit("赌博网站", "A.1.g", Action::kMask)});
    ASSERT_TRUE(artifact->Save(db_).ok());
    FilterOptions fo;
    fo.refusal_text = kRefusal;
    slot_ = std::make_unique<ArtifactSlot>(db_, fo);
    ASSERT_TRUE(slot_->Reload().ok());
    auto audit = AuditLog::Open(audit_path_);
    ASSERT_TRUE(audit.ok());
    audit_ = std::move(*audit);
  }
  void StartProxy(int idle_timeout_seconds = 30, std::string upstream = "") {
    ProxyOptions po;
    po.upstream_base = upstream.empty() ? upstream_.base() : upstream;
    po.api_key = kApiKey;
    po.workers = 4;
    po.idle_timeout_seconds = idle_timeout_seconds;
    proxy_ = std::make_unique<Proxy>(slot_.get(), &metrics_, audit_.get(), po);
    HttpServerOptions o;
    o.port = 0;
    o.drain_ms = 20;
    auto s = HttpServer::Start(o, [this](const std::shared_ptr<Exchange>& ex) { proxy_->Handle(ex); });
    ASSERT_TRUE(s.ok());
    server_ = std::move(*s);
    url_ = "http://127.0.0.1:" + std::to_string(server_->port()) + "/v1/chat/completions";
  }
  void TearDown() override {
    server_.reset();
    proxy_.reset();
  }
  static std::string Request(const std::string& user, bool stream) {
    return json({{"model", "fake"}, {"stream", stream}, {"messages", json::array({{{"role", "user"}, {"content", user}}})}})
        .dump();
  }
  std::string AuditText() {
    std::ifstream in(audit_path_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  // Parses an SSE body: every event must be [DONE] or a valid chunk; returns
  // the concatenated content and the last finish_reason.
  struct Streamed {
    std::string content, finish_reason;
    std::map<int, std::string> tool_arguments;  // by tool call index, pieces joined
    bool done = false, error = false;
  };
  static Streamed ParseStream(const std::string& body) {
    Streamed s;
    SseParser parser;
    std::vector<std::string> events;
    EXPECT_TRUE(parser.Feed(body, &events).ok());
    for (const std::string& e : events) {
      EXPECT_FALSE(s.done) << "event after [DONE]: " << e;
      if (e == "[DONE]") {
        s.done = true;
        continue;
      }
      json c = json::parse(e, nullptr, false);
      EXPECT_TRUE(c.is_object()) << e;
      if (c.contains("error")) {
        s.error = true;
        continue;
      }
      EXPECT_EQ(c["object"], "chat.completion.chunk") << e;
      for (const json& ch : c["choices"]) {
        if (ch["delta"].contains("content") && !ch["delta"]["content"].is_null())
          s.content += ch["delta"]["content"].get<std::string>();
        if (ch["delta"].contains("tool_calls"))
          for (const json& call : ch["delta"]["tool_calls"])
            if (call.contains("function") && call["function"].contains("arguments"))
              s.tool_arguments[call["index"].get<int>()] += call["function"]["arguments"].get<std::string>();
        if (!ch["finish_reason"].is_null()) s.finish_reason = ch["finish_reason"];
      }
    }
    return s;
  }

  FakeUpstream upstream_;
  std::string db_, audit_path_, url_;
  Metrics metrics_;
  std::unique_ptr<ArtifactSlot> slot_;
  std::unique_ptr<AuditLog> audit_;
  std::unique_ptr<Proxy> proxy_;
  std::unique_ptr<HttpServer> server_;
};

TEST_F(ProxyFixture, CleanAnswerPassesAndTheKeyIsSentUpstreamOnly) {
  upstream_.answer = "今天天气很好。";
  StartProxy();
  auto r = Http("POST", url_, Request("天气如何", false), {"Authorization: Bearer client-key"});
  ASSERT_EQ(r.status, 200) << r.body;
  json doc = json::parse(r.body);
  EXPECT_EQ(doc["choices"][0]["message"]["content"], "今天天气很好。");
  EXPECT_EQ(upstream_.last_authorization, std::string("Bearer ") + kApiKey);
  EXPECT_EQ(r.body.find(kApiKey), std::string::npos);
}

TEST_F(ProxyFixture, BlockedAnswerBecomesTheRefusal) {
  upstream_.answer = "做冰毒的方法如下";
  StartProxy();
  auto r = Http("POST", url_, Request("你好", false));
  ASSERT_EQ(r.status, 200) << r.body;
  json doc = json::parse(r.body);
  EXPECT_EQ(doc["choices"][0]["message"]["content"], kRefusal);
  EXPECT_EQ(doc["choices"][0]["finish_reason"], "content_filter");
  const std::string audit = AuditText();
  EXPECT_NE(audit.find("\"direction\":\"output\""), std::string::npos) << audit;
  EXPECT_NE(audit.find("\"risk\":\"A.1.f\""), std::string::npos);
  EXPECT_NE(audit.find("\"request_id\":\"lanjie-"), std::string::npos);
  EXPECT_EQ(audit.find(kApiKey), std::string::npos);
}

// Every audit line names the list version and hash of the artifact that
// found the hit; after a hot reload, the new one. /readyz and /metrics too.
TEST_F(ProxyFixture, AuditLinesReadyzAndMetricsNameTheListVersion) {
  CompileOptions w48;
  w48.list_version = "2026-W48";
  auto v48 = lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock)}, w48);
  ASSERT_TRUE(v48->Save(db_).ok());
  ASSERT_TRUE(slot_->Reload().ok());
  StartProxy();
  const std::string base = url_.substr(0, url_.find("/v1/"));
  ASSERT_EQ(Http("POST", url_, Request("怎么做冰毒", false)).status, 200);
  json ready = json::parse(Http("GET", base + "/readyz").body);
  EXPECT_EQ(ready["list_version"], "2026-W48");
  EXPECT_EQ(ready["artifact_hash"], v48->list_hash());
  EXPECT_NE(Http("GET", base + "/metrics").body.find("list_version=\"2026-W48\",hash=\"" + v48->list_hash() + "\""),
            std::string::npos);

  CompileOptions w49;
  w49.list_version = "2026-W49";
  auto v49 = lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock), Lit("天气", "A.2.a", Action::kBlock)}, w49);
  ASSERT_TRUE(v49->Save(db_).ok());
  ASSERT_TRUE(slot_->Reload().ok());
  ASSERT_EQ(Http("POST", url_, Request("天气", false)).status, 200);
  EXPECT_EQ(json::parse(Http("GET", base + "/readyz").body)["list_version"], "2026-W49");

  std::vector<json> lines;
  std::istringstream in(AuditText());
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 2u) << AuditText();
  EXPECT_EQ(lines[0]["keyword"], "冰毒");
  EXPECT_EQ(lines[0]["list_version"], "2026-W48");
  EXPECT_EQ(lines[0]["list_hash"], v48->list_hash());
  EXPECT_EQ(lines[1]["keyword"], "天气");
  EXPECT_EQ(lines[1]["list_version"], "2026-W49");
  EXPECT_EQ(lines[1]["list_hash"], v49->list_hash());
}

TEST_F(ProxyFixture, MaskedAnswerIsMasked) {
  upstream_.answer = "推荐赌博网站";
  StartProxy();
  auto r = Http("POST", url_, Request("你好", false));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["choices"][0]["message"]["content"], "推荐****");
}

TEST_F(ProxyFixture, BlockedQuestionIsAnsweredWithoutCallingUpstream) {
  StartProxy();
  auto whole = Http("POST", url_, Request("怎么做冰毒", false));
  ASSERT_EQ(whole.status, 200) << whole.body;
  json doc = json::parse(whole.body);
  EXPECT_EQ(doc["object"], "chat.completion");
  EXPECT_EQ(doc["choices"][0]["message"]["content"], kRefusal);
  auto streamed = Http("POST", url_, Request("怎么做冰 毒", true));
  ASSERT_EQ(streamed.status, 200);
  EXPECT_EQ(streamed.content_type.rfind("text/event-stream", 0), 0u);
  Streamed s = ParseStream(streamed.body);
  EXPECT_EQ(s.content, kRefusal);
  EXPECT_TRUE(s.done);
  EXPECT_EQ(upstream_.calls, 0);
  EXPECT_NE(AuditText().find("\"direction\":\"input\""), std::string::npos);
}

TEST_F(ProxyFixture, MaskedQuestionIsForwardedMasked) {
  upstream_.answer = "好的";
  StartProxy();
  ASSERT_EQ(Http("POST", url_, Request("有什么赌博网站", false)).status, 200);
  EXPECT_NE(upstream_.last_body.find("有什么****"), std::string::npos) << upstream_.last_body;
}

TEST_F(ProxyFixture, StreamedCleanAnswerIsReemittedAsValidChunks) {
  upstream_.mode = FakeUpstream::kStream;
  upstream_.pieces = {"今天", "天气", "很好。"};
  StartProxy();
  auto r = Http("POST", url_, Request("天气", true));
  ASSERT_EQ(r.status, 200) << r.body;
  Streamed s = ParseStream(r.body);
  EXPECT_EQ(s.content, "今天天气很好。");
  EXPECT_EQ(s.finish_reason, "stop");
  EXPECT_TRUE(s.done);
}

TEST_F(ProxyFixture, KeywordSplitAcrossStreamChunksIsBlocked) {
  upstream_.mode = FakeUpstream::kStream;
  upstream_.pieces = {"教你做冰", "毒的", "方法：第一步"};
  StartProxy();
  auto r = Http("POST", url_, Request("你好", true));
  ASSERT_EQ(r.status, 200) << r.body;
  Streamed s = ParseStream(r.body);
  EXPECT_EQ(s.content, std::string("教你做") + kRefusal);
  EXPECT_EQ(s.finish_reason, "content_filter");
  EXPECT_TRUE(s.done);
  EXPECT_EQ(r.body.find("冰"), std::string::npos);
}

TEST_F(ProxyFixture, ReasoningContentIsFilteredToo) {
  upstream_.mode = FakeUpstream::kReasoning;
  upstream_.pieces = {"用户想要冰", "毒的做法"};
  StartProxy();
  auto r = Http("POST", url_, Request("你好", true));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("冰"), std::string::npos) << r.body;
  Streamed s = ParseStream(r.body);
  EXPECT_EQ(s.content, kRefusal);
  EXPECT_EQ(s.finish_reason, "content_filter");
}

TEST_F(ProxyFixture, ToolCallArgumentsAreFilteredLikeContent) {
  upstream_.mode = FakeUpstream::kToolAnswer;
  upstream_.answer = R"({"query":"冰毒的做法"})";
  StartProxy();
  auto r = Http("POST", url_, Request("你好", false));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.find("冰"), std::string::npos) << r.body;
  json doc = json::parse(r.body);
  EXPECT_EQ(doc["choices"][0]["message"]["content"], kRefusal);
  EXPECT_FALSE(doc["choices"][0]["message"].contains("tool_calls"));
  EXPECT_EQ(doc["choices"][0]["finish_reason"], "content_filter");

  upstream_.answer = R"({"query":"推荐赌博网站"})";
  doc = json::parse(Http("POST", url_, Request("你好", false)).body);
  EXPECT_EQ(doc["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"], R"({"query":"推荐****"})");
  EXPECT_EQ(doc["choices"][0]["message"]["tool_calls"][0]["function"]["name"], "search");
  EXPECT_EQ(doc["choices"][0]["finish_reason"], "tool_calls");
}

TEST_F(ProxyFixture, StreamedToolCallArgumentsAreFilteredPerToolCall) {
  upstream_.mode = FakeUpstream::kToolStream;
  // Two tool calls interleaved; the masked keyword of call 1 is split across chunks.
  upstream_.tool_pieces = {{0, R"({"q":"天)"}, {1, R"({"q":"去赌)"}, {0, R"(气"})"}, {1, R"(博网)"}, {1, R"(站"})"}};
  StartProxy();
  auto r = Http("POST", url_, Request("你好", true));
  ASSERT_EQ(r.status, 200) << r.body;
  Streamed s = ParseStream(r.body);
  EXPECT_EQ(s.tool_arguments[0], R"({"q":"天气"})");
  EXPECT_EQ(s.tool_arguments[1], R"({"q":"去****"})");
  EXPECT_EQ(s.finish_reason, "tool_calls");
  EXPECT_TRUE(s.done);
  EXPECT_NE(r.body.find("\"name\":\"search\""), std::string::npos) << "the rest of the tool call passes";

  // A block keyword split across chunks of one tool call ends the answer.
  upstream_.tool_pieces = {{0, R"({"q":"冰)"}, {0, R"(毒"})"}};
  r = Http("POST", url_, Request("你好", true));
  EXPECT_EQ(r.body.find("冰"), std::string::npos) << r.body;
  s = ParseStream(r.body);
  EXPECT_EQ(s.content, kRefusal);
  EXPECT_EQ(s.finish_reason, "content_filter");
  EXPECT_TRUE(s.done);

  // Each tool call is its own text: a keyword is not made of two calls' pieces.
  upstream_.tool_pieces = {{0, "冰"}, {1, "毒"}};
  s = ParseStream(Http("POST", url_, Request("你好", true)).body);
  EXPECT_EQ(s.tool_arguments[0], "冰");
  EXPECT_EQ(s.tool_arguments[1], "毒");
  EXPECT_EQ(s.finish_reason, "tool_calls");
}

TEST_F(ProxyFixture, ToolResultsAndToolCallArgumentsInTheRequestAreScanned) {
  upstream_.answer = "好的";
  StartProxy();
  auto with = [](json extra) {
    json messages = json::array({{{"role", "user"}, {"content", "查一下"}}});
    for (json& m : extra) messages.push_back(m);
    return json({{"model", "fake"}, {"stream", false}, {"messages", messages}}).dump();
  };
  const json call = {{"id", "call_0"}, {"type", "function"}, {"function", {{"name", "search"}, {"arguments", R"({"q":"冰毒"})"}}}};
  auto r = Http("POST", url_, with({{{"role", "assistant"}, {"content", nullptr}, {"tool_calls", json::array({call})}}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["choices"][0]["message"]["content"], kRefusal);
  r = Http("POST", url_, with({{{"role", "tool"}, {"tool_call_id", "call_0"}, {"content", "结果：冰毒价格"}}}));
  EXPECT_EQ(json::parse(r.body)["choices"][0]["message"]["content"], kRefusal);
  EXPECT_EQ(upstream_.calls, 0);

  json masked = call;
  masked["function"]["arguments"] = R"({"q":"赌博网站"})";
  ASSERT_EQ(Http("POST", url_, with({{{"role", "assistant"}, {"tool_calls", json::array({masked})}},
                                      {{"role", "tool"}, {"tool_call_id", "call_0"}, {"content", "赌博网站列表"}}}))
                .status,
            200);
  json forwarded = json::parse(upstream_.last_body);
  EXPECT_EQ(forwarded["messages"][1]["tool_calls"][0]["function"]["arguments"], R"({"q":"****"})");
  EXPECT_EQ(forwarded["messages"][2]["content"], "****列表");
}

TEST_F(ProxyFixture, OddJsonShapesDoNotCrashTheProxy) {
  StartProxy();
  auto r = Http("POST", url_, R"({"messages":[{"role":"user","content":[{"type":5,"text":"x"},{"type":"text","text":7}]}],"stream":false})");
  EXPECT_NE(r.status, 0);
  EXPECT_EQ(Http("GET", "http://127.0.0.1:" + std::to_string(server_->port()) + "/healthz").status, 200);
}

TEST_F(ProxyFixture, StreamedMaskSpansChunks) {
  upstream_.mode = FakeUpstream::kStream;
  upstream_.pieces = {"去赌", "博网", "站玩"};
  StartProxy();
  Streamed s = ParseStream(Http("POST", url_, Request("你好", true)).body);
  EXPECT_EQ(s.content, "去****玩");
}

// The hold-back for regex and rule entries is the filter's
// pattern_hold_bytes (`lanjie proxy --max-hold BYTES`): a 600-digit regex hit
// streamed a few bytes at a time is masked whole with a hold of 1024 bytes;
// with the default 256 its end leaves the window first and reaches the client.
TEST_F(ProxyFixture, RegexHoldBackFollowsMaxHold) {
  auto artifact = lanjie::testing::Build({[] {
    Entry re = lanjie::testing::Regex("加微信\\d+");
    re.action = Action::kMask;
    return re;
  }()});
  ASSERT_TRUE(artifact->Save(db_).ok());
  const std::string digits(600, '7');
  upstream_.mode = FakeUpstream::kStream;
  upstream_.pieces = {"请加微信"};
  for (size_t i = 0; i < digits.size(); i += 5) upstream_.pieces.push_back(digits.substr(i, 5));
  upstream_.pieces.push_back("，谢谢");
  for (uint32_t hold : {1024u, 256u}) {
    FilterOptions fo;
    fo.refusal_text = kRefusal;
    fo.pattern_hold_bytes = hold;
    slot_ = std::make_unique<ArtifactSlot>(db_, fo);
    ASSERT_TRUE(slot_->Reload().ok());
    StartProxy();
    Streamed s = ParseStream(Http("POST", url_, Request("你好", true)).body);
    if (hold == 1024) EXPECT_EQ(s.content, "请***" + std::string(600, '*') + "，谢谢");
    else EXPECT_NE(s.content.find("7，谢谢"), std::string::npos) << s.content;
    server_.reset();
    proxy_.reset();
  }
}

TEST_F(ProxyFixture, UpstreamErrorsReachTheClientAsOpenAiErrors) {
  upstream_.mode = FakeUpstream::kError429;
  StartProxy();
  auto r = Http("POST", url_, Request("你好", false));
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(json::parse(r.body)["error"]["type"], "rate_limit_error");
  EXPECT_EQ(r.retry_after, "7");  // the upstream's back-off reaches the client
  auto rs = Http("POST", url_, Request("你好", true));
  EXPECT_EQ(rs.status, 429);
  EXPECT_EQ(rs.retry_after, "7");
  upstream_.mode = FakeUpstream::kGarbage;
  auto g = Http("POST", url_, Request("你好", false));
  EXPECT_EQ(g.status, 502);
  EXPECT_EQ(json::parse(g.body)["error"]["type"], "upstream_error");
}

TEST_F(ProxyFixture, GarbageMidStreamEndsWithAnErrorAndLeaksNothing) {
  upstream_.mode = FakeUpstream::kStreamGarbage;
  upstream_.pieces = {"你好，冰"};  // "冰" is held: it could begin 冰毒
  StartProxy();
  auto r = Http("POST", url_, Request("你好", true));
  ASSERT_EQ(r.status, 200);
  Streamed s = ParseStream(r.body);
  EXPECT_TRUE(s.error);
  EXPECT_EQ(s.content, "你好，");
}

TEST_F(ProxyFixture, DroppedStreamEndsWithAnError) {
  upstream_.mode = FakeUpstream::kStreamDrop;
  upstream_.pieces = {"你好"};
  StartProxy();
  Streamed s = ParseStream(Http("POST", url_, Request("你好", true)).body);
  EXPECT_TRUE(s.error);
  EXPECT_FALSE(s.done);
}

TEST_F(ProxyFixture, HangingUpstreamTimesOut) {
  upstream_.mode = FakeUpstream::kHang;
  StartProxy(/*idle_timeout_seconds=*/1);
  auto r = Http("POST", url_, Request("你好", false));
  EXPECT_EQ(r.status, 504) << r.body;
  EXPECT_EQ(json::parse(r.body)["error"]["type"], "timeout_error");
}

TEST_F(ProxyFixture, UnreachableUpstreamIs502) {
  StartProxy(30, "http://127.0.0.1:1/v1");
  auto r = Http("POST", url_, Request("你好", false));
  EXPECT_EQ(r.status, 502);
  EXPECT_EQ(json::parse(r.body)["error"]["type"], "upstream_error");
}

TEST_F(ProxyFixture, BadRequestsAreRejected) {
  StartProxy();
  EXPECT_EQ(Http("POST", url_, "{nope").status, 400);
  EXPECT_EQ(Http("POST", url_, R"({"messages":"x"})").status, 400);
  EXPECT_EQ(Http("POST", url_, R"({"messages":[],"max_tokens":1e99999})").status, 400);
  EXPECT_EQ(Http("POST", url_, "{\"messages\":[{\"role\":\"user\",\"content\":\"\xff\"}]}").status, 400);
  EXPECT_EQ(Http("GET", url_).status, 405);
  EXPECT_EQ(Http("GET", "http://127.0.0.1:" + std::to_string(server_->port()) + "/v2/x").status, 404);
  EXPECT_EQ(upstream_.calls, 0);
}

}  // namespace
}  // namespace lanjie::serve
