#include "lanjie/serve/sidecar.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "serve/moderation.h"
#include "gtest/gtest.h"
#include "tests/common/tmp_dir.h"
#include "tests/match/test_util.h"
#include "tests/serve/http_client.h"

namespace lanjie::serve {
namespace {

using lanjie::testing::Http;
using lanjie::testing::Lit;
using nlohmann::json;

std::shared_ptr<const Artifact> DrugList() {
  return lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock), Lit("赌博网站", "A.1.g", Action::kMask),
                                 Lit("法轮", "A.1.a", Action::kReview)});
}
std::shared_ptr<const Artifact> WeatherList() {
  return lanjie::testing::Build({Lit("天气", "A.2.a", Action::kBlock)});
}

// A sidecar on a free loopback port, backed by `<tmp>/<name>.ljdb`.
class SidecarFixture : public ::testing::Test {
 protected:
  void Start(const std::shared_ptr<const Artifact>& artifact, HttpServerOptions http = {}) {
    path_ = lanjie::testing::TmpDir() + "/" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".ljdb";
    ASSERT_TRUE(artifact->Save(path_).ok());
    slot_ = std::make_unique<ArtifactSlot>(path_, FilterOptions());
    ASSERT_TRUE(slot_->Reload().ok());
    sidecar_ = std::make_unique<Sidecar>(slot_.get(), &metrics_, SidecarOptions{8});
    http.port = 0;
    http.drain_ms = 50;
    auto server = HttpServer::Start(http, [this](const std::shared_ptr<Exchange>& ex) { sidecar_->Handle(ex); });
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = std::move(*server);
    base_ = "http://127.0.0.1:" + std::to_string(server_->port());
  }
  void TearDown() override { server_.reset(); }

  lanjie::testing::HttpResult Moderate(const std::string& body) { return Http("POST", base_ + "/v1/moderate", body); }

  std::string path_, base_;
  Metrics metrics_;
  std::unique_ptr<ArtifactSlot> slot_;
  std::unique_ptr<Sidecar> sidecar_;
  std::unique_ptr<HttpServer> server_;
};

void ExpectOpenAiError(const lanjie::testing::HttpResult& r, long status, const std::string& type) {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  json doc = json::parse(r.body, nullptr, false);
  ASSERT_TRUE(doc.is_object()) << r.body;
  ASSERT_TRUE(doc.contains("error")) << r.body;
  EXPECT_EQ(doc["error"]["type"], type) << r.body;
  EXPECT_TRUE(doc["error"]["message"].is_string());
  EXPECT_FALSE(doc["error"]["message"].get<std::string>().empty());
}

TEST_F(SidecarFixture, ModeratesOneText) {
  Start(DrugList());
  auto r = Moderate(R"({"text":"哪里有冰*毒和赌博网站"})");
  ASSERT_EQ(r.status, 200) << r.body;
  json doc = json::parse(r.body);
  EXPECT_EQ(doc["artifact"]["hash"], slot_->Get()->artifact()->list_hash());
  ASSERT_EQ(doc["results"].size(), 1u);
  const json& res = doc["results"][0];
  EXPECT_TRUE(res["flagged"].get<bool>());
  EXPECT_EQ(res["action"], "block");
  EXPECT_EQ(res["risks"], json({"A.1.f", "A.1.g"}));
  ASSERT_EQ(res["hits"].size(), 2u);
  EXPECT_EQ(res["hits"][0]["keyword"], "冰毒");
  EXPECT_EQ(res["hits"][0]["text"], "冰*毒");
  EXPECT_EQ(res["hits"][0]["start"], std::string("哪里有").size());
  EXPECT_EQ(res["hits"][0]["end"], std::string("哪里有冰*毒").size());
  EXPECT_EQ(res["hits"][1]["action"], "mask");
  EXPECT_EQ(res["masked_text"], "哪里有***和****");
}

TEST_F(SidecarFixture, ModeratesABatch) {
  Start(DrugList());
  auto r = Moderate(R"({"texts":["你好","关于法轮","赌博网站"]})");
  ASSERT_EQ(r.status, 200) << r.body;
  json doc = json::parse(r.body);
  ASSERT_EQ(doc["results"].size(), 3u);
  EXPECT_EQ(doc["results"][0]["action"], "pass");
  EXPECT_FALSE(doc["results"][0]["flagged"].get<bool>());
  EXPECT_EQ(doc["results"][0]["masked_text"], "你好");
  EXPECT_EQ(doc["results"][1]["action"], "review");
  EXPECT_EQ(doc["results"][1]["masked_text"], "关于法轮");
  EXPECT_EQ(doc["results"][2]["action"], "mask");
  // The OpenAI moderation request shape works too.
  auto openai = Moderate(R"({"input":["冰毒"]})");
  ASSERT_EQ(openai.status, 200);
  EXPECT_EQ(json::parse(openai.body)["results"][0]["action"], "block");
}

TEST_F(SidecarFixture, BadRequestsGetOpenAiStyleErrors) {
  HttpServerOptions http;
  http.max_body_bytes = 1000;
  Start(DrugList(), http);
  ExpectOpenAiError(Moderate("{\"text\": \"unterminated"), 400, "invalid_request_error");
  ExpectOpenAiError(Moderate("[1,2]"), 400, "invalid_request_error");
  ExpectOpenAiError(Moderate("22222222e2222"), 400, "invalid_request_error");  // found by fuzz_moderation
  ExpectOpenAiError(Moderate(R"({"text":"a","n":1e99999})"), 400, "invalid_request_error");
  ExpectOpenAiError(Moderate(R"({"txt":"x"})"), 400, "invalid_request_error");
  ExpectOpenAiError(Moderate(R"({"texts":["a",2]})"), 400, "invalid_request_error");
  ExpectOpenAiError(Moderate(R"({"texts":["1","2","3","4","5","6","7","8","9"]})"), 400, "invalid_request_error");
  ExpectOpenAiError(Moderate("{\"text\":\"\xff\xfe\xe6\"}"), 400, "invalid_request_error");  // invalid UTF-8
  ExpectOpenAiError(Moderate(R"({"text":")" + std::string(1500, 'a') + "\"}"), 413, "invalid_request_error");
  ExpectOpenAiError(Http("GET", base_ + "/v1/moderate"), 405, "invalid_request_error");
  ExpectOpenAiError(Http("GET", base_ + "/no/such/route"), 404, "not_found_error");
  // The server is still up and answers correctly.
  EXPECT_EQ(Moderate(R"({"text":"冰毒"})").status, 200);
}

// Bodies up to 4 x the limit + 4 KiB are read and answered with the JSON
// 413; beyond that libevent 2.1 answers with its own page (http_server.cc
// says why that cannot be hooked).
TEST_F(SidecarFixture, OversizeBodiesGetTheJson413UpToTheReadCap) {
  HttpServerOptions http;
  http.max_body_bytes = 1000;
  Start(DrugList(), http);
  for (size_t size : {1001u, 2000u, 4000u, 4 * 1000u + 4096u}) {
    const std::string body = R"({"text":")" + std::string(size - 11, 'a') + "\"}";
    ASSERT_EQ(body.size(), size);
    auto r = Moderate(body);
    ExpectOpenAiError(r, 413, "invalid_request_error");
    EXPECT_NE(r.body.find("body_too_large"), std::string::npos) << size;
  }
  EXPECT_EQ(Moderate(R"({"text":"冰毒"})").status, 200);
}

TEST_F(SidecarFixture, HealthAndReadiness) {
  Start(DrugList());
  auto health = Http("GET", base_ + "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(json::parse(health.body)["status"], "ok");
  auto ready = Http("GET", base_ + "/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(json::parse(ready.body)["artifact_hash"], slot_->Get()->artifact()->list_hash());
}

TEST_F(SidecarFixture, MetricsCountRequestsHitsAndNameTheArtifact) {
  Start(DrugList());
  ASSERT_EQ(Moderate(R"({"texts":["冰毒","冰毒","赌博网站"]})").status, 200);
  ASSERT_EQ(Moderate(R"({"text":"你好"})").status, 200);
  ASSERT_EQ(Moderate("nope").status, 400);
  auto m = Http("GET", base_ + "/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.content_type.rfind("text/plain", 0), 0u) << m.content_type;
  EXPECT_NE(m.body.find("lanjie_requests_total{route=\"moderate\",code=\"200\"} 2\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("lanjie_requests_total{route=\"moderate\",code=\"400\"} 1\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("lanjie_hits_total{risk=\"A.1.f\",action=\"block\",direction=\"moderate\"} 2\n"),
            std::string::npos)
      << m.body;
  EXPECT_NE(m.body.find("lanjie_hits_total{risk=\"A.1.g\",action=\"mask\",direction=\"moderate\"} 1\n"),
            std::string::npos);
  EXPECT_NE(m.body.find("lanjie_request_duration_seconds_bucket{le=\"+Inf\"} 3\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("hash=\"" + slot_->Get()->artifact()->list_hash() + "\""), std::string::npos);
  EXPECT_NE(m.body.find("lanjie_texts_total 4\n"), std::string::npos);
}

TEST_F(SidecarFixture, ReloadSwapsTheArtifact) {
  Start(WeatherList());
  EXPECT_EQ(json::parse(Moderate(R"({"text":"冰毒"})").body)["results"][0]["action"], "pass");
  ASSERT_TRUE(DrugList()->Save(path_).ok());
  auto r = Http("POST", base_ + "/v1/reload");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["artifact_hash"], DrugList()->list_hash());
  EXPECT_EQ(json::parse(Moderate(R"({"text":"冰毒"})").body)["results"][0]["action"], "block");
  EXPECT_NE(Http("GET", base_ + "/metrics").body.find("lanjie_reloads_total{result=\"ok\"} 2"), std::string::npos);
}

// Traceability: the list version recorded at compile time is shown by
// /readyz, /metrics and every moderation answer; after a reload, the new one.
// A list compiled without a version shows "unknown".
TEST_F(SidecarFixture, ReadyzMetricsAndAnswersNameTheListVersion) {
  CompileOptions w48;
  w48.list_version = "2026-W48";
  Start(lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock)}, w48));
  const std::string hash48 = slot_->Get()->artifact()->list_hash();
  json ready = json::parse(Http("GET", base_ + "/readyz").body);
  EXPECT_EQ(ready["list_version"], "2026-W48");
  EXPECT_EQ(ready["artifact_hash"], hash48);
  EXPECT_EQ(json::parse(Moderate(R"({"text":"冰毒"})").body)["artifact"]["list_version"], "2026-W48");
  EXPECT_NE(Http("GET", base_ + "/metrics").body.find("lanjie_artifact_info{name=\"\",list_version=\"2026-W48\",hash=\"" +
                                                      hash48 + "\",format_version=\"5\"} 1"),
            std::string::npos);

  CompileOptions w49;
  w49.list_version = "2026-W49";
  auto next = lanjie::testing::Build({Lit("冰毒", "A.1.f", Action::kBlock), Lit("天气", "A.2.a", Action::kBlock)}, w49);
  ASSERT_TRUE(next->Save(path_).ok());
  ASSERT_EQ(Http("POST", base_ + "/v1/reload").status, 200);
  ready = json::parse(Http("GET", base_ + "/readyz").body);
  EXPECT_EQ(ready["list_version"], "2026-W49");
  EXPECT_EQ(ready["artifact_hash"], next->list_hash());
  EXPECT_NE(Http("GET", base_ + "/metrics").body.find("list_version=\"2026-W49\",hash=\"" + next->list_hash() + "\""),
            std::string::npos);

  ASSERT_TRUE(WeatherList()->Save(path_).ok());
  ASSERT_EQ(Http("POST", base_ + "/v1/reload").status, 200);
  EXPECT_EQ(json::parse(Http("GET", base_ + "/readyz").body)["list_version"], "unknown");
  EXPECT_NE(Http("GET", base_ + "/metrics").body.find("list_version=\"unknown\""), std::string::npos);
}

TEST_F(SidecarFixture, BadReloadKeepsTheOldArtifactServing) {
  Start(DrugList());
  const std::string hash = slot_->Get()->artifact()->list_hash();
  {
    std::FILE* f = std::fopen(path_.c_str(), "wb");
    std::fputs("this is not an artifact", f);
    std::fclose(f);
  }
  auto r = Http("POST", base_ + "/v1/reload");
  ExpectOpenAiError(r, 500, "server_error");
  EXPECT_NE(r.body.find("still serving the previous artifact"), std::string::npos) << r.body;
  auto m = Moderate(R"({"text":"冰毒"})");
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(json::parse(m.body)["artifact"]["hash"], hash);
  EXPECT_EQ(json::parse(m.body)["results"][0]["action"], "block");
  EXPECT_EQ(Http("GET", base_ + "/readyz").status, 200);
}

// Requests keep flowing while the artifact is swapped back and forth: none
// fails, and each is answered wholly by one of the two lists.
TEST_F(SidecarFixture, ReloadsUnderLoadFailNoRequest) {
  const auto drugs = DrugList();
  const auto weather = WeatherList();
  Start(drugs);
  const std::string drugs_path = path_ + ".drugs", weather_path = path_ + ".weather";
  ASSERT_TRUE(drugs->Save(drugs_path).ok());
  ASSERT_TRUE(weather->Save(weather_path).ok());
  std::atomic<bool> stop{false};
  std::atomic<int> ok{0}, failed{0}, inconsistent{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 3; ++t) {
    clients.emplace_back([&] {
      while (!stop.load()) {
        auto r = Moderate(R"({"text":"冰毒和天气"})");
        json doc = json::parse(r.body, nullptr, false);
        if (r.status != 200 || !doc.is_object()) {
          ++failed;
          continue;
        }
        // Exactly one keyword hits: one list answered the whole request.
        if (doc["results"][0]["hits"].size() != 1) ++inconsistent;
        ++ok;
      }
    });
  }
  for (int i = 0; i < 40; ++i) {
    std::filesystem::copy_file(i % 2 ? drugs_path : weather_path, path_ + ".tmp",
                               std::filesystem::copy_options::overwrite_existing);
    std::filesystem::rename(path_ + ".tmp", path_);  // as `lanjie compile` does: atomic replace
    auto r = Http("POST", base_ + "/v1/reload");
    EXPECT_EQ(r.status, 200) << r.body;
  }
  stop = true;
  for (auto& t : clients) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(inconsistent.load(), 0);
  EXPECT_GT(ok.load(), 0);
  EXPECT_EQ(slot_->reloads_ok(), 41u);
}

TEST(ModerationRequestTest, ParsesTheThreeShapes) {
  auto one = ParseModerationRequest(R"({"text":"a"})", 10);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->texts, std::vector<std::string>({"a"}));
  auto batch = ParseModerationRequest(R"({"texts":["a","b"]})", 10);
  ASSERT_TRUE(batch.ok());
  EXPECT_EQ(batch->texts.size(), 2u);
  auto input = ParseModerationRequest(R"({"input":"x"})", 10);
  ASSERT_TRUE(input.ok());
  EXPECT_FALSE(ParseModerationRequest(R"({"text":["a"]})", 10).ok());
  EXPECT_FALSE(ParseModerationRequest(R"({"text":"a","texts":["b"]})", 10).ok());
  auto bad = ParseModerationRequest("{\"text\":", 10);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(std::string(bad.status().message()).find("not valid JSON"), std::string::npos);
}

}  // namespace
}  // namespace lanjie::serve
