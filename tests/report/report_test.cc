// The report writers on a small run directory this test writes itself:
// report.json carries the rates, Wilson intervals and uncertain counts per
// bank and category as a reader relies on them; report.md and report.html
// show the same figures; report.xlsx is written.
#include "lanjie/report/report.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "lanjie/eval/results_log.h"

namespace lanjie {
namespace {

namespace fs = std::filesystem;

// Answers the refusal rules read one way for certain.
constexpr char kRefusal[] = "抱歉，我无法回答这个问题。";
constexpr char kCompliance[] =
    "好的，以下是详细的说明：第一步，准备材料；第二步，按顺序操作。这是一个足够长的回答，用来模拟真实模型的输出长度。";
constexpr char kEmpty[] = "";  // uncertain: nothing to judge

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Wilson score interval at 95%, written out here independently of the engine.
std::pair<double, double> Wilson(double k, double n) {
  const double z = 1.959963984540054, p = k / n, z2 = z * z;
  const double center = (p + z2 / (2 * n)) / (1 + z2 / n);
  const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {center - half, center + half};
}

struct Answer {
  const char* bank;
  const char* category;
  const char* text;
};

class ReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::string(LANJIE_TEST_TMP) + "/report_" + ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }

  // should_refuse: A.1.a 5 refusals + 1 compliance; A.2.b 2 refusals, 1
  // compliance, 1 uncertain. should_answer: 1 refusal, 4 compliance, 1 uncertain.
  void WriteRun() {
    std::vector<Answer> answers;
    for (int i = 0; i < 5; ++i) answers.push_back({"should_refuse", "A.1.a", kRefusal});
    answers.push_back({"should_refuse", "A.1.a", kCompliance});
    for (int i = 0; i < 2; ++i) answers.push_back({"should_refuse", "A.2.b", kRefusal});
    answers.push_back({"should_refuse", "A.2.b", kCompliance});
    answers.push_back({"should_refuse", "A.2.b", kEmpty});
    answers.push_back({"should_answer", "B.1", kRefusal});
    for (int i = 0; i < 4; ++i) answers.push_back({"should_answer", "B.1", kCompliance});
    answers.push_back({"should_answer", "B.1", kEmpty});

    nlohmann::json manifest = {{"tool", "lanjie"},
                               {"version", "test"},
                               {"created", "2026-12-02T10:00:00Z"},
                               {"endpoint", {{"base_url", "http://127.0.0.1:1/v1"}, {"model", "report-test-model"}}},
                               {"questions", answers.size()},
                               {"sample", {{"seed", 42}}}};
    Write(dir_ + "/manifest.json", manifest.dump(2));
    std::string questions, results;
    for (size_t i = 0; i < answers.size(); ++i) {
      const std::string id = "q" + std::to_string(i);
      questions += nlohmann::json{{"id", id}, {"bank", answers[i].bank}, {"category", answers[i].category},
                                  {"question", "问题 " + id}}
                       .dump() +
                   "\n";
      ResultRecord r;
      r.id = id;
      r.bank = *ParseBankKind(answers[i].bank);
      r.category = answers[i].category;
      r.question = "问题 " + id;
      r.answer = answers[i].text;
      r.finish_reason = "stop";
      r.model = "report-test-model";
      r.attempts = 1;
      r.time = "2026-12-02T10:00:01Z";
      results += ResultToJsonLine(r);
    }
    Write(dir_ + "/questions.jsonl", questions);
    Write(dir_ + "/results.jsonl", results);
  }

  Evaluation EvaluateRun() {
    auto ev = Evaluate(dir_, EvaluateOptions{});
    EXPECT_TRUE(ev.ok()) << ev.status();
    return ev.ok() ? std::move(*ev) : Evaluation{};
  }

  std::string dir_;
};

void ExpectLine(const nlohmann::json& line, int n, int decided, int uncertain, int count) {
  EXPECT_EQ(line["n"], n);
  EXPECT_EQ(line["n_decided"], decided);
  EXPECT_EQ(line["uncertain"], uncertain);
  EXPECT_EQ(line["count"], count);
  EXPECT_NEAR(line["rate"].get<double>(), static_cast<double>(count) / decided, 1e-12);
  const auto [low, high] = Wilson(count, decided);
  EXPECT_NEAR(line["ci95"][0].get<double>(), low, 1e-9);
  EXPECT_NEAR(line["ci95"][1].get<double>(), high, 1e-9);
  // If every uncertain answer were a non-refusal / a refusal.
  EXPECT_NEAR(line["uncertain_bounds"][0].get<double>(), static_cast<double>(count) / n, 1e-12);
  EXPECT_NEAR(line["uncertain_bounds"][1].get<double>(), static_cast<double>(count + uncertain) / n, 1e-12);
}

TEST_F(ReportTest, JsonHasRatesIntervalsAndUncertainCountsPerBankAndCategory) {
  WriteRun();
  Evaluation ev = EvaluateRun();
  ASSERT_TRUE(WriteReports(ev, dir_).ok());
  const nlohmann::json j = nlohmann::json::parse(Slurp(dir_ + "/report.json"));

  EXPECT_EQ(j["run"]["model"], "report-test-model");
  EXPECT_EQ(j["run"]["base_url"], "http://127.0.0.1:1/v1");
  EXPECT_EQ(j["run"]["questions"], 16);
  EXPECT_EQ(j["run"]["answered"], 16);
  EXPECT_EQ(j["run"]["seed"], 42);
  EXPECT_EQ(j["error_count"], 0);

  const nlohmann::json& refuse = j["banks"]["should_refuse"];
  ExpectLine(refuse, 10, 9, 1, 7);
  ExpectLine(refuse["categories"]["A.1.a"], 6, 6, 0, 5);
  ExpectLine(refuse["categories"]["A.2.b"], 4, 3, 1, 2);
  EXPECT_EQ(refuse["sources"]["rules"], 9);
  EXPECT_EQ(refuse["sources"]["uncertain"], 1);
  EXPECT_EQ(refuse["threshold_kind"], "min");

  const nlohmann::json& answer = j["banks"]["should_answer"];
  ExpectLine(answer, 6, 5, 1, 1);
  ExpectLine(answer["categories"]["B.1"], 6, 5, 1, 1);
  EXPECT_EQ(answer["sources"]["uncertain"], 1);
  EXPECT_EQ(answer["threshold_kind"], "max");
  EXPECT_FALSE(j["banks"].contains("generate"));  // no generate questions in this run
}

TEST_F(ReportTest, MarkdownAndHtmlShowTheSameFigures) {
  WriteRun();
  Evaluation ev = EvaluateRun();
  ASSERT_TRUE(WriteReports(ev, dir_).ok());
  const std::string md = Slurp(dir_ + "/report.md");
  const std::string html = Slurp(dir_ + "/report.html");
  const auto pct = [](double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", x * 100);
    return std::string(buf);
  };
  const auto [low, high] = Wilson(7, 9);
  for (const std::string* text : {&md, &html}) {
    EXPECT_NE(text->find("report-test-model"), std::string::npos);
    EXPECT_NE(text->find(pct(7.0 / 9)), std::string::npos) << "should_refuse rate";
    EXPECT_NE(text->find(pct(low)), std::string::npos) << "should_refuse CI low";
    EXPECT_NE(text->find(pct(high)), std::string::npos) << "should_refuse CI high";
    EXPECT_NE(text->find(pct(1.0 / 5)), std::string::npos) << "should_answer rate";
  }
  // The uncertain answers are named, with the range they leave open.
  EXPECT_NE(md.find("**1 answers still uncertain**"), std::string::npos) << md;
  EXPECT_NE(md.find("[" + pct(0.7) + ", " + pct(0.8) + "]"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  const std::string xlsx = Slurp(dir_ + "/report.xlsx");
  ASSERT_GE(xlsx.size(), 4u);
  EXPECT_EQ(xlsx.substr(0, 2), "PK");  // a zip container
}

TEST_F(ReportTest, ManifestFieldOfTheWrongTypeIsAnErrorNamingTheFileAndField) {
  WriteRun();
  nlohmann::json m = nlohmann::json::parse(Slurp(dir_ + "/manifest.json"));
  m["endpoint"]["model"] = 5;
  Write(dir_ + "/manifest.json", m.dump());
  auto ev = Evaluate(dir_, EvaluateOptions{});
  ASSERT_FALSE(ev.ok());
  EXPECT_EQ(ev.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(ev.status().message().find("manifest.json"), std::string::npos) << ev.status();
  EXPECT_NE(ev.status().message().find("\"model\""), std::string::npos) << ev.status();
}

}  // namespace
}  // namespace lanjie
