// The report writers on a small run directory this test writes itself:
// report.json carries the rates, Wilson intervals and uncertain counts per
// bank and category as a reader relies on them; report.md and report.html
// show the same figures; report.xlsx is written.
#include "lanjie/report/report.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "lanjie/eval/results_log.h"
#include "lanjie/lexicon/taxonomy.h"
#include "tests/common/files.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

namespace fs = std::filesystem;

// Answers the refusal rules read one way for certain.
constexpr char kRefusal[] = "抱歉，我无法回答这个问题。";
constexpr char kCompliance[] =
    "好的，以下是详细的说明：第一步，准备材料；第二步，按顺序操作。这是一个足够长的回答，用来模拟真实模型的输出长度。";
constexpr char kEmpty[] = "";  // uncertain: nothing to judge

using ::lanjie::testing::ReadFileText;

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
  const nlohmann::json j = nlohmann::json::parse(ReadFileText(dir_ + "/report.json"));

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
  const std::string md = ReadFileText(dir_ + "/report.md");
  const std::string html = ReadFileText(dir_ + "/report.html");
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
  const std::string xlsx = ReadFileText(dir_ + "/report.xlsx");
  ASSERT_GE(xlsx.size(), 4u);
  EXPECT_EQ(xlsx.substr(0, 2), "PK");  // a zip container
}

// Traceability: every report that used a keyword list names its version and
// hash; a run without one says so ("lists": []).
TEST_F(ReportTest, ReportsNameTheListVersionAndHashOfTheListsUsed) {
  WriteRun();
  EXPECT_TRUE(nlohmann::json::parse(ReportJson(EvaluateRun()))["lists"].empty());
  CompileOptions co;
  co.list_version = "2026-W48";
  EvaluateOptions options;
  options.filter = lanjie::testing::Build({lanjie::testing::Lit("冰毒", "A.1.f", Action::kBlock)}, co);
  options.keyword_lexicon = lanjie::testing::Build({lanjie::testing::Lit("准备材料", "A.1.f", Action::kBlock)});
  auto ev = Evaluate(dir_, options);
  ASSERT_TRUE(ev.ok()) << ev.status();
  ASSERT_TRUE(WriteReports(*ev, dir_).ok());
  const nlohmann::json j = nlohmann::json::parse(ReadFileText(dir_ + "/report.json"));
  ASSERT_EQ(j["lists"].size(), 2u) << j["lists"];
  EXPECT_EQ(j["lists"][0]["role"], "filter");
  EXPECT_EQ(j["lists"][0]["list_version"], "2026-W48");
  EXPECT_EQ(j["lists"][0]["list_hash"], options.filter->list_hash());
  EXPECT_EQ(j["lists"][1]["role"], "keyword judge");
  EXPECT_EQ(j["lists"][1]["list_version"], "unknown");
  EXPECT_EQ(j["lists"][1]["list_hash"], options.keyword_lexicon->list_hash());
  for (const char* file : {"/report.md", "/report.html"}) {
    const std::string text = ReadFileText(dir_ + file);
    EXPECT_NE(text.find("version 2026-W48"), std::string::npos) << file;
    EXPECT_NE(text.find(options.filter->list_hash()), std::string::npos) << file;
    EXPECT_NE(text.find(options.keyword_lexicon->list_hash()), std::string::npos) << file;
  }
  // The HTML report names the risks beside their codes and the keyword that fired.
  const std::string html = ReadFileText(dir_ + "/report.html");
  const Taxonomy& t = Taxonomy::Default();
  EXPECT_NE(html.find("A.1.a " + t.risk(*t.Find("A.1.a")).name), std::string::npos);
  EXPECT_NE(html.find("关键词 keywords: 准备材料"), std::string::npos);
  EXPECT_NE(html.find("A.1.f " + t.risk(*t.Find("A.1.f")).name), std::string::npos);
}

// report.xlsx prints: converted to PDF by LibreOffice, page 1 holds the whole
// summary (header block, every column of the table with rates as
// percentages, sign-off block); each bank sheet repeats its header row on
// every page. Skipped without LibreOffice and poppler (scripts/deps.sh
// installs both).
TEST_F(ReportTest, WorkbookSummaryFitsOnPageOneWithHeaderAndSignOff) {
  if (std::system("command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "needs soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils)";
  WriteRun();
  CompileOptions co;
  co.list_version = "2026-W48";
  EvaluateOptions options;
  options.filter = lanjie::testing::Build({lanjie::testing::Lit("冰毒", "A.1.f", Action::kBlock)}, co);
  auto ev = Evaluate(dir_, options);
  ASSERT_TRUE(ev.ok()) << ev.status();
  // Enough answers for the bank sheet to need several pages.
  std::vector<JudgedAnswer> more;
  for (int i = 0; i < 12; ++i)
    for (const JudgedAnswer& a : ev->answers)
      if (a.record.bank == BankKind::kShouldRefuse) more.push_back(a);
  ev->answers.insert(ev->answers.end(), more.begin(), more.end());
  ReportHeader header;
  header.organisation = "示例科技有限公司";
  header.service = "示例大模型";
  header.generated_at = "2026-11-24 (北京时间)";
  ASSERT_TRUE(WriteReportXlsx(*ev, dir_ + "/out.xlsx", header).ok());
  const std::string convert = "cd " + dir_ + " && timeout 120 soffice --headless -env:UserInstallation=file://" + dir_ +
                              "/lo-profile --convert-to pdf --outdir " + dir_ + " out.xlsx >/dev/null 2>&1";
  ASSERT_EQ(WEXITSTATUS(std::system(convert.c_str())), 0);
  ASSERT_EQ(WEXITSTATUS(std::system(("pdftotext -layout -f 1 -l 1 " + dir_ + "/out.pdf " + dir_ + "/p1.txt").c_str())), 0);
  const std::string page1 = ReadFileText(dir_ + "/p1.txt");
  for (const char* s : {"示例科技有限公司", "示例大模型", "report-test-model", "http://127.0.0.1:1/v1", "2026-W48",
                        options.filter->list_hash().c_str(), "2026-11-24 (北京时间)", "题库", "比率", "结论",
                        "校正95%上限", "应拒答", "非拒答", "编制（签字）", "审核（签字）", "日期", "第 1 页"})
    EXPECT_NE(page1.find(s), std::string::npos) << s << "\n" << page1;
  const auto pct = [](double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", x * 100);
    return std::string(buf);
  };
  EXPECT_NE(page1.find(pct(7.0 / 9)), std::string::npos) << page1;  // a percentage, not 0.777…
  EXPECT_EQ(page1.find("0.7777"), std::string::npos);
  EXPECT_NE(page1.find("不符合"), std::string::npos);  // the verdict in Chinese
  EXPECT_EQ(page1.find("问题 q0"), std::string::npos);  // answers start on their own page
  // Bank pages: each starts with the header row; the last column is there.
  ASSERT_EQ(WEXITSTATUS(std::system(("pdftotext -layout -f 2 " + dir_ + "/out.pdf " + dir_ + "/rest.txt").c_str())), 0);
  const std::string rest = ReadFileText(dir_ + "/rest.txt");
  size_t pages = 0, headers = 0;
  for (size_t at = rest.find('\f'); at != std::string::npos; at = rest.find('\f', at + 1)) ++pages;
  for (size_t at = rest.find("判定依据"); at != std::string::npos; at = rest.find("判定依据", at + 1)) ++headers;
  EXPECT_GE(pages, 3u);
  EXPECT_GE(headers, pages);
  EXPECT_NE(rest.find("未拒答 not refused"), std::string::npos);
  EXPECT_EQ(rest.find("compliance"), std::string::npos);
}

// A workbook that cannot be written is an error naming it, and leaves no
// file (nor a temporary) behind.
TEST_F(ReportTest, UnwritableWorkbookIsAnErrorAndLeavesNothing) {
  WriteRun();
  Evaluation ev = EvaluateRun();
  const std::string path = dir_ + "/no-such-dir/report.xlsx";
  absl::Status st = WriteReportXlsx(ev, path);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find(path), std::string::npos) << st;
  EXPECT_FALSE(fs::exists(dir_ + "/no-such-dir"));
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().find(".tmp."), std::string::npos) << e.path();
}

TEST_F(ReportTest, ManifestFieldOfTheWrongTypeIsAnErrorNamingTheFileAndField) {
  WriteRun();
  nlohmann::json m = nlohmann::json::parse(ReadFileText(dir_ + "/manifest.json"));
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
