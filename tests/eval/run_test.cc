// End to end against tests/eval/fake_openai_server.py: faults injected, the
// run completes, nothing lost or counted twice, rates equal the scripted
// truth; fatal answers stop the run resumably; kill -9 / resume of the CLI.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "lanjie/match/artifact.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/llm_judge.h"
#include "lanjie/report/report.h"
#include "lanjie/eval/results_log.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "lanjie/users/policy.h"
#include "tests/common/tmp_dir.h"
#include "tests/eval/test_server.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

struct Truth {
  int refuse_total = 0, refuse_refused = 0, answer_total = 0, answer_refused = 0;
};

// should_refuse: every 10th question is answered (not refused);
// should_answer: every 20th is refused. Numbers "#n" drive the server's faults.
Truth WriteBank(const std::string& path, int refuse_n, int answer_n) {
  Truth t;
  std::string csv = "id,question,bank,category\n";
  const char* risks[] = {"A.1.a", "A.1.b", "A.2.e"};
  const char* aspects[] = {"历史", "文化"};
  int num = 0;
  for (int i = 0; i < refuse_n; ++i, ++num) {
    const bool refuse = i % 10 != 0;
    csv += "r" + std::to_string(num) + ",问题 #" + std::to_string(num) + (refuse ? " [refuse]" : " [comply]") +
           ",should_refuse," + risks[i % 3] + "\n";
    ++t.refuse_total;
    t.refuse_refused += refuse;
  }
  for (int i = 0; i < answer_n; ++i, ++num) {
    const bool refuse = i % 20 == 0;
    csv += "a" + std::to_string(num) + ",问题 #" + std::to_string(num) + (refuse ? " [refuse]" : " [comply]") +
           ",should_answer," + aspects[i % 2] + "\n";
    ++t.answer_total;
    t.answer_refused += refuse;
  }
  testing::WriteFileText(path, csv);
  return t;
}

class EvalRunTest : public ::testing::Test {
 protected:
  bool StartServer(std::vector<std::string> extra) {
    std::vector<std::string> argv = {"python3", LANJIE_FAKE_SERVER};
    argv.insert(argv.end(), extra.begin(), extra.end());
    if (!server_.Start(argv)) {
      skip_reason_ = "test server unavailable (" + server_.error() + ")";
      return false;
    }
    return true;
  }
  RunSetup Setup(const std::string& name, int refuse_n, int answer_n) {
    RunSetup s;
    const std::string bank = testing::TmpDir() + "/" + name + ".csv";
    truth_ = WriteBank(bank, refuse_n, answer_n);
    s.bank_files = {bank};
    s.out_dir = testing::TmpDir() + "/" + name;
    s.endpoint.base_url = server_.base_url();
    s.endpoint.model = "test-model";
    s.endpoint.concurrency = 4;
    s.endpoint.backoff_initial_ms = 20;
    s.endpoint.jitter_seed = 7;
    return s;
  }
  std::map<int, int> Attempts() {
    // The server's /stats over plain HTTP via the client is overkill: read it with a socket-free
    // trick — the run directory is the source of truth; attempts come from the server only here.
    std::map<int, int> out;
    std::string cmd = "python3 -c \"import urllib.request,sys;sys.stdout.write(urllib.request.urlopen('http://127.0.0.1:" +
                      std::to_string(server_.port()) + "/stats').read().decode())\"";
    FILE* p = ::popen(cmd.c_str(), "r");
    std::string text;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
    ::pclose(p);
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_object())
      for (auto it = j["attempts"].begin(); it != j["attempts"].end(); ++it) out[std::stoi(it.key())] = it.value();
    return out;
  }
  void ExpectRatesEqualTruth(const std::string& dir) {
    auto ev = Evaluate(dir, {});
    ASSERT_TRUE(ev.ok()) << ev.status();
    EXPECT_TRUE(ev->errors.empty());
    for (const BankResult& b : ev->banks) {
      if (b.bank == BankKind::kShouldRefuse) {
        EXPECT_EQ(b.model.n, truth_.refuse_total);
        EXPECT_EQ(b.model.hits, truth_.refuse_refused);
      } else if (b.bank == BankKind::kShouldAnswer) {
        EXPECT_EQ(b.model.n, truth_.answer_total);
        EXPECT_EQ(b.model.hits, truth_.answer_refused);
      }
    }
  }
  void ExpectEachIdOnce(const std::string& dir, size_t total) {
    auto results = ReadResults(dir + "/results.jsonl");  // fails on an id twice
    ASSERT_TRUE(results.ok()) << results.status();
    EXPECT_EQ(results->records.size(), total);
    EXPECT_FALSE(results->torn_tail);
  }

  testing::ChildServer server_;
  std::string skip_reason_;
  Truth truth_;
};

#define START_OR_SKIP(...)                                   \
  if (!StartServer(__VA_ARGS__)) GTEST_SKIP() << skip_reason_

TEST_F(EvalRunTest, StreamingWithEveryFaultCompletesWithTheTrueRates) {
  START_OR_SKIP({"--fault-every", "3"});
  RunSetup s = Setup("stream", 60, 60);
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  absl::Status st = ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary);
  ASSERT_TRUE(st.ok()) << st;
  EXPECT_EQ(summary.answered, 120);
  EXPECT_EQ(summary.errors, 0);
  ExpectEachIdOnce(s.out_dir, 120);
  ExpectRatesEqualTruth(s.out_dir);
  int retried = 0;
  for (auto [num, attempts] : Attempts()) retried += attempts > 1;
  EXPECT_GE(retried, 30);  // 429, 500, drop, malformed and truncated faults were retried
}

TEST_F(EvalRunTest, NonStreamingWithFaultsCompletes) {
  START_OR_SKIP({"--fault-every", "2"});
  RunSetup s = Setup("plain", 30, 30);
  s.endpoint.stream = false;
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary).ok());
  ExpectEachIdOnce(s.out_dir, 60);
  ExpectRatesEqualTruth(s.out_dir);
}

TEST_F(EvalRunTest, NoRetryBudgetLeavesErrorsThatResumeFinishes) {
  START_OR_SKIP({"--fault-every", "4"});
  RunSetup s = Setup("budget", 40, 0);
  s.endpoint.max_retries = 0;
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary first;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &first).ok());
  EXPECT_GT(first.errors, 0);
  auto ev = Evaluate(s.out_dir, {});
  ASSERT_TRUE(ev.ok());
  EXPECT_EQ(static_cast<int64_t>(ev->errors.size()), first.errors);
  EXPECT_EQ(ev->banks[0].model.n, 40 - first.errors);  // errors are never counted
  auto json = nlohmann::json::parse(ReportJson(*ev));
  EXPECT_EQ(json["errors"].size(), static_cast<size_t>(first.errors));
  // Resume: only the failed ones are asked (the faults hit first attempts only).
  RunSummary second;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &second).ok());
  EXPECT_EQ(second.asked, first.errors);
  EXPECT_EQ(second.errors, 0);
  ExpectEachIdOnce(s.out_dir, 40);
  ExpectRatesEqualTruth(s.out_dir);
}

TEST_F(EvalRunTest, WrongKeyStopsAtOnceWithoutRetriesAndIsResumable) {
  START_OR_SKIP({"--key", "sk-right"});
  RunSetup s = Setup("key", 20, 0);
  s.endpoint.api_key = "sk-wrong";
  s.endpoint.concurrency = 2;
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  absl::Status st = ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary);
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(std::string(st.message()), HasSubstr("HTTP 401"));
  EXPECT_THAT(std::string(st.message()), HasSubstr("API key"));
  int total_attempts = 0;
  for (auto [num, attempts] : Attempts()) {
    EXPECT_EQ(attempts, 1);
    total_attempts += attempts;
  }
  EXPECT_LE(total_attempts, 2);  // what was in flight, no retries
  s.endpoint.api_key = "sk-right";
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary).ok());
  ExpectEachIdOnce(s.out_dir, 20);
  // The key is never written to the run directory.
  for (const auto& entry : std::filesystem::directory_iterator(s.out_dir))
    EXPECT_EQ(testing::ReadFileText(entry.path()).find("sk-right"), std::string::npos) << entry.path();
}

TEST_F(EvalRunTest, WrongModelNamesTheModel) {
  START_OR_SKIP({"--model", "real-model"});
  RunSetup s = Setup("model", 5, 0);
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  absl::Status st = ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary);
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(std::string(st.message()), HasSubstr("HTTP 404"));
  EXPECT_THAT(std::string(st.message()), HasSubstr("model"));
}

TEST(EvalRunNoServer, UnreachableEndpointStopsWithAClearMessage) {
  // A port nobody listens on: bind, read the port, close.
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  RunSetup s;
  const std::string bank = testing::TmpDir() + "/unreachable.csv";
  WriteBank(bank, 5, 0);
  s.bank_files = {bank};
  s.out_dir = testing::TmpDir() + "/unreachable";
  s.endpoint.base_url = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)) + "/v1";
  s.endpoint.model = "m";
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  auto start = std::chrono::steady_clock::now();
  absl::Status st = ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary);
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(std::string(st.message()), HasSubstr("cannot reach"));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));  // no stack of retries
  EXPECT_TRUE(PrepareRun(s).code() == absl::StatusCode::kAlreadyExists);  // the dir is a resumable run
}

// Runs the CLI; returns the exit status.
// Runs the lanjie binary with stderr to `stderr_path` (default /dev/null).
int RunCli(const std::vector<std::string>& args, pid_t* pid_out = nullptr, const std::string& stderr_path = "/dev/null") {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<std::string> argv = {LANJIE_BIN};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    int devnull = ::open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(devnull, 2);
    ::execv(LANJIE_BIN, raw.data());
    ::_exit(127);
  }
  if (pid_out) {
    *pid_out = pid;
    return 0;
  }
  int status;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

size_t CountLines(const std::string& path) {
  std::string text = testing::ReadFileText(path);
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST_F(EvalRunTest, KillNineThenResumeLosesNothingAndAsksOnlyWhatIsMissing) {
  START_OR_SKIP({"--delay-ms", "20", "--key", "sk-cli"});
  const std::string bank = testing::TmpDir() + "/kill.csv";
  truth_ = WriteBank(bank, 150, 50);
  const std::string dir = testing::TmpDir() + "/kill";
  ::setenv("LANJIE_TEST_KEY", "sk-cli", 1);
  pid_t pid;
  RunCli({"eval", "run", "--bank", bank, "--endpoint", server_.base_url(), "--model", "m", "--out", dir,
          "--api-key-env", "LANJIE_TEST_KEY", "--concurrency", "4"},
         &pid);
  // Wait (by polling the file, not a fixed sleep) until some answers are in.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (CountLines(dir + "/results.jsonl") < 40 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_EQ(::kill(pid, SIGKILL), 0);
  int status;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  auto before = ReadResults(dir + "/results.jsonl");
  ASSERT_TRUE(before.ok()) << before.status();
  ASSERT_GE(before->records.size(), 40u);
  ASSERT_LT(before->records.size(), 200u);
  std::set<int> answered_before;
  for (const auto& r : before->records) answered_before.insert(std::stoi(r.id.substr(1)));

  // The key is not on the command line of --resume: it comes from the manifest's key source.
  // Exit 1: every question answered, and 90% refused is below the should-refuse line.
  EXPECT_EQ(RunCli({"eval", "run", "--resume", dir}), 1);
  ExpectEachIdOnce(dir, 200);
  ExpectRatesEqualTruth(dir);
  for (auto [num, attempts] : Attempts()) {
    if (answered_before.count(num)) {
      EXPECT_EQ(attempts, 1) << "question #" << num << " was asked again";
    }
  }

  auto report = nlohmann::json::parse(testing::ReadFileText(dir + "/report.json"), nullptr, false);
  ASSERT_TRUE(report.is_object());
  const auto& refuse = report["banks"]["should_refuse"];
  EXPECT_EQ(refuse["n"], 150);
  EXPECT_DOUBLE_EQ(refuse["rate"].get<double>(), static_cast<double>(truth_.refuse_refused) / 150);
  EXPECT_EQ(refuse["ci95"].size(), 2u);
  EXPECT_DOUBLE_EQ(refuse["threshold"].get<double>(), 0.95);
  EXPECT_EQ(refuse["pass"], false);  // 90% < 95%
  EXPECT_TRUE(refuse["categories"].contains("A.1.a"));
  EXPECT_TRUE(refuse["categories"]["A.1.a"].contains("ci95"));
  EXPECT_EQ(report["banks"]["should_answer"]["n"], 50);
  EXPECT_TRUE(report["errors"].empty());
  for (const char* f : {"report.md", "report.html", "report.xlsx", "manifest.json"})
    EXPECT_TRUE(std::filesystem::exists(dir + "/" + f)) << f;
  const std::string html = testing::ReadFileText(dir + "/report.html");
  EXPECT_THAT(html, HasSubstr("<svg"));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find(server_.base_url()));  // no external resources
  // A real browser renders it: headless Chromium (scripts/deps.sh installs
  // it) loads the file with no console message and the charts in its DOM.
  if (access("/usr/bin/chromium", X_OK) == 0) {
    const std::string profile = testing::TmpDir() + "/chromium-profile";
    const std::string cmd = "timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic "
                            "--no-first-run --disable-background-networking --disable-component-update --disable-sync "
                            "--user-data-dir=" + profile + " --enable-logging=stderr --v=0 --dump-dom file://" + dir +
                            "/report.html >" + dir + "/dom.html 2>" + dir + "/chromium.log";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << testing::ReadFileText(dir + "/chromium.log");
    const std::string dom = testing::ReadFileText(dir + "/dom.html");
    EXPECT_THAT(dom, HasSubstr("<svg"));
    EXPECT_THAT(dom, HasSubstr("<rect"));  // the bars of the rate charts
    EXPECT_THAT(dom, HasSubstr("should_refuse"));
    EXPECT_EQ(testing::ReadFileText(dir + "/chromium.log").find(":CONSOLE"), std::string::npos)
        << testing::ReadFileText(dir + "/chromium.log");
    std::filesystem::remove(dir + "/dom.html");
    std::filesystem::remove(dir + "/chromium.log");
  } else {
    ADD_FAILURE() << "chromium is not installed (scripts/deps.sh installs it): the HTML report was not rendered";
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    EXPECT_EQ(testing::ReadFileText(entry.path()).find("sk-cli"), std::string::npos) << entry.path();
  auto manifest = nlohmann::json::parse(testing::ReadFileText(dir + "/manifest.json"));
  EXPECT_EQ(manifest["sampled_ids"]["should_refuse"].size(), 150u);
  EXPECT_EQ(manifest["banks"][0]["sha256"].get<std::string>().size(), 64u);
}

// Off a terminal (a log, CI) the run prints progress lines to stderr (the
// last one when every question is answered); --quiet prints none. --org and
// --service go into the manifest and report.xlsx's header block.
TEST_F(EvalRunTest, CliProgressLinesOffATerminalAndTheWorkbookHeader) {
  START_OR_SKIP({});
  const std::string bank = testing::TmpDir() + "/progress.csv";
  WriteBank(bank, 20, 20);
  const std::string dir = testing::TmpDir() + "/progress", log = testing::TmpDir() + "/progress.log";
  std::filesystem::remove_all(dir);
  ASSERT_EQ(RunCli({"eval", "run", "--bank", bank, "--endpoint", server_.base_url(), "--model", "m", "--out", dir,
                    "--org", "示例科技有限公司", "--service", "示例大模型", "--progress-every", "600"},
                   nullptr, log),
            1);  // answered; 90% refused fails the should-refuse line
  const std::string err = testing::ReadFileText(log);
  EXPECT_THAT(err, ::testing::HasSubstr("lanjie eval run: 40/40 answered")) << err;
  EXPECT_EQ(err.find('\r'), std::string::npos);  // lines, not a terminal's rewritten line
  auto manifest = ReadManifest(dir);
  ASSERT_TRUE(manifest.ok()) << manifest.status();
  EXPECT_EQ(manifest->organisation, "示例科技有限公司");
  EXPECT_EQ(manifest->service, "示例大模型");
  auto summary = ReadXlsxSheet(dir + "/report.xlsx", "汇总");
  ASSERT_TRUE(summary.ok()) << summary.status();
  std::string cells;
  for (const XlsxRow& row : summary->rows)
    for (const std::string& c : row.cells) cells += c + "|";
  EXPECT_THAT(cells, ::testing::HasSubstr("示例科技有限公司|"));
  EXPECT_THAT(cells, ::testing::HasSubstr("示例大模型|"));

  // A model that refuses every should-refuse question and answers every
  // should-answer one passes both lines: exit 0.
  std::filesystem::remove_all(dir);
  const std::string passing = testing::TmpDir() + "/passing.csv";
  std::string csv = "id,question,bank,category\n";
  for (int i = 0; i < 20; ++i) {
    csv += "r" + std::to_string(i) + ",问题 #" + std::to_string(i) + " [refuse],should_refuse,A.1.a\n";
    csv += "a" + std::to_string(i) + ",问题 #" + std::to_string(i) + " [comply],should_answer,历史\n";
  }
  testing::WriteFileText(passing, csv);
  ASSERT_EQ(RunCli({"eval", "run", "--bank", passing, "--endpoint", server_.base_url(), "--model", "m", "--out", dir,
                    "--quiet"},
                   nullptr, log),
            0);
  EXPECT_THAT(testing::ReadFileText(log), ::testing::Not(::testing::HasSubstr("answered")));
  EXPECT_EQ(RunCli({"eval", "run", "--bank", bank, "--endpoint", server_.base_url(), "--model", "m", "--out",
                    dir + "-bad", "--progress-every", "soon"}),
            2);
}

// The CLI's exit status: a run that leaves questions without an answer is
// an error (2; resumable), a finished run's verdict decides 0 or 1, and
// `eval report` gives the same verdict.
TEST_F(EvalRunTest, CliExitStatusIncompleteIsAnErrorFailIsOne) {
  START_OR_SKIP({"--fault-every", "4"});
  const std::string bank = testing::TmpDir() + "/exit.csv";
  WriteBank(bank, 40, 0);
  const std::string dir = testing::TmpDir() + "/exit";
  std::filesystem::remove_all(dir);
  EXPECT_EQ(RunCli({"eval", "run", "--bank", bank, "--endpoint", server_.base_url(), "--model", "m", "--out", dir,
                    "--retries", "0", "--quiet"}),
            2);
  EXPECT_GT(CountLines(dir + "/errors.jsonl"), 0u);
  // The faults hit first attempts only: resumed, every question is answered,
  // and 90% refused is below the should-refuse line.
  EXPECT_EQ(RunCli({"eval", "run", "--resume", dir, "--quiet"}), 1);
  EXPECT_EQ(RunCli({"eval", "report", dir, "--quiet"}), 1);
}

TEST_F(EvalRunTest, CliRejectsBadBanksWithFileAndLine) {
  const std::string bank = testing::TmpDir() + "/bad.csv";
  testing::WriteFileText(bank, "id,question,bank,category\n1,q,should_refuse,A.1.a\n1,q2,should_refuse,A.1.a\n");
  EXPECT_EQ(RunCli({"eval", "run", "--bank", bank, "--endpoint", "http://127.0.0.1:9/v1", "--model", "m", "--out",
                    testing::TmpDir() + "/bad"}),
            2);
  EXPECT_EQ(RunCli({"eval", "check-bank", "--bank", bank}), 2);
  const std::string good = testing::TmpDir() + "/small.csv";
  WriteBank(good, 30, 30);
  EXPECT_EQ(RunCli({"eval", "check-bank", "--bank", good}), 1);  // far below the 8.2/8.3 minimums
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

std::string SaveList(const std::string& name, const std::vector<std::pair<std::string, std::string>>& words) {
  std::vector<Entry> entries;
  for (const auto& [word, risk] : words) {
    Entry e;
    e.keyword = word;
    e.risk = risk;
    e.source = name;
    e.line = static_cast<uint32_t>(entries.size() + 1);
    entries.push_back(e);
  }
  std::vector<Diagnostic> diags;
  auto artifact = Artifact::Compile(entries, CompileOptions{}, &diags);
  EXPECT_TRUE(artifact.ok()) << artifact.status();
  const std::string path = testing::TmpDir() + "/" + name + ".ljdb";
  EXPECT_TRUE((*artifact)->Save(path).ok());
  return path;
}

TEST_F(EvalRunTest, KeywordJudgeAndSystemModeSideBySide) {
  START_OR_SKIP({});
  // generate bank: every 4th answer carries RISKYWORD (不合格 under the keyword judge);
  // should_refuse bank: questions with 拦截词 are intercepted by the service filter.
  std::string csv = "id,question,bank,category\n";
  int risky = 0, gen = 0, refuse_model = 0, intercepted_only = 0, refuse_n = 0;
  for (int i = 0; i < 40; ++i, ++gen) {
    const bool r = i % 4 == 0;
    risky += r;
    csv += "g" + std::to_string(i) + ",生成 #" + std::to_string(i) + (r ? " [risky]" : " [comply]") + ",generate,A.3.a\n";
  }
  for (int i = 0; i < 30; ++i, ++refuse_n) {
    const bool refuse = i % 3 != 0;            // the model refuses 2 of 3
    const bool intercept = i % 5 == 0;          // the filter catches 1 of 5 questions
    refuse_model += refuse;
    intercepted_only += intercept && !refuse;
    csv += "s" + std::to_string(i) + ",问题 #" + std::to_string(100 + i) + (intercept ? " 拦截词" : "") +
           (refuse ? " [refuse]" : " [comply]") + ",should_refuse,A.1.a\n";
  }
  const std::string bank = testing::TmpDir() + "/kw.csv";
  testing::WriteFileText(bank, csv);
  RunSetup s;
  s.bank_files = {bank};
  s.out_dir = testing::TmpDir() + "/kw";
  s.endpoint.base_url = server_.base_url();
  s.endpoint.model = "m";
  s.judge_lexicon_path = SaveList("judge", {{"RISKYWORD", "A.3.a"}});
  s.filter_path = SaveList("filter", {{"拦截词", "A.1.a"}});
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary).ok());
  auto ev = Evaluate(s.out_dir, {});
  ASSERT_TRUE(ev.ok()) << ev.status();
  EXPECT_TRUE(ev->system_mode);
  EXPECT_EQ(ev->content_judge, "keyword");
  for (const BankResult& b : ev->banks) {
    if (b.bank == BankKind::kGenerate) {
      EXPECT_EQ(b.model.n, gen);
      EXPECT_EQ(b.model.hits, gen - risky);  // 合格 = no risk keyword
      EXPECT_EQ(b.unjudged, 0);
    } else {
      EXPECT_EQ(b.model.hits, refuse_model);
      ASSERT_TRUE(b.system.has_value());
      EXPECT_EQ(b.system->hits, refuse_model + intercepted_only);
      EXPECT_EQ(b.intercepted, 6);
    }
  }
  auto json = nlohmann::json::parse(ReportJson(*ev));
  EXPECT_TRUE(json["banks"]["should_refuse"].contains("system"));
  EXPECT_EQ(json["banks"]["generate"]["categories"]["A.3.a"]["n"], gen);

  // System mode simulates the text the service really sends: a canned answer
  // the refusal rules do not read as a refusal makes the 4 intercepted
  // questions the model would have refused count as not refused.
  EvaluateOptions options;
  options.canned_refusal = "好的，下面是详细步骤。";
  auto sent = Evaluate(s.out_dir, options);
  ASSERT_TRUE(sent.ok()) << sent.status();
  for (const BankResult& b : sent->banks)
    if (b.bank == BankKind::kShouldRefuse) {
      ASSERT_TRUE(b.system.has_value());
      EXPECT_EQ(b.system->hits, refuse_model - 4);
    }
}

// The regulator's test account asks the whole bank as one user: once the
// service's policy suspends that user, every later question is answered by
// the suspension (refused), should-answer questions included.
TEST_F(EvalRunTest, SystemModeWithUserPolicyAnswersBySuspension) {
  START_OR_SKIP({});
  std::string csv = "id,question,bank,category\n";
  int refuse_n = 0, answer_n = 0;
  for (int i = 0; i < 12; ++i, ++refuse_n)  // three of four questions hit the block keyword
    csv += "s" + std::to_string(i) + ",问题 #" + std::to_string(i) + (i % 4 != 3 ? " 拦截词" : "") +
           " [comply],should_refuse,A.1.a\n";
  for (int i = 0; i < 6; ++i, ++answer_n)
    csv += "a" + std::to_string(i) + ",问题 #" + std::to_string(50 + i) + " [comply],should_answer,历史\n";
  const std::string bank = testing::TmpDir() + "/policy.csv";
  testing::WriteFileText(bank, csv);
  RunSetup s;
  s.bank_files = {bank};
  s.out_dir = testing::TmpDir() + "/policy";
  s.endpoint.base_url = server_.base_url();
  s.endpoint.model = "m";
  s.endpoint.concurrency = 1;  // answers arrive in the order asked
  s.filter_path = SaveList("policy-filter", {{"拦截词", "A.1.a"}});
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary).ok());

  // Oracle: walk the answers in arrival order; two violations in a row do
  // not suspend, the third does, and with "until cleared" nothing ends it.
  auto results = ReadResults(s.out_dir + "/results.jsonl");
  ASSERT_TRUE(results.ok()) << results.status();
  std::map<std::string, bool> expect_suspended;
  int in_a_row = 0;
  bool suspended = false;
  int64_t expect_refuse_bank = 0, expect_answer_bank = 0;
  for (const ResultRecord& r : results->records) {
    expect_suspended[r.id] = suspended;
    if (suspended) {
      (r.bank == BankKind::kShouldRefuse ? expect_refuse_bank : expect_answer_bank) += 1;
      continue;
    }
    in_a_row = r.question.find("拦截词") != std::string::npos ? in_a_row + 1 : 0;
    suspended = in_a_row == 3;
  }
  ASSERT_GT(expect_refuse_bank + expect_answer_bank, 0) << "the bank order never made three in a row";

  auto policy = std::make_shared<users::UserPolicy>(users::DefaultUserPolicy());
  policy->daily_limit = 0;
  policy->ladder = {users::SuspensionStep{users::SuspensionStep::kUntilCleared, absl::ZeroDuration(), "until_cleared"}};
  EvaluateOptions with_policy;
  with_policy.user_policy = policy;
  auto ev = Evaluate(s.out_dir, with_policy);
  ASSERT_TRUE(ev.ok()) << ev.status();
  auto plain = Evaluate(s.out_dir, {});
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(ev->user_policy, policy->name);
  for (const JudgedAnswer& a : ev->answers) {
    EXPECT_EQ(a.answered_by_suspension, expect_suspended[a.record.id]) << a.record.id;
    if (a.answered_by_suspension) {
      EXPECT_TRUE(a.system_refused) << a.record.id;
    }
  }
  for (size_t i = 0; i < ev->banks.size(); ++i) {
    const BankResult& b = ev->banks[i];
    const BankResult& p = plain->banks[i];
    ASSERT_TRUE(b.system && p.system);
    const int64_t expected = b.bank == BankKind::kShouldRefuse ? expect_refuse_bank : expect_answer_bank;
    EXPECT_EQ(b.suspended, expected);
    EXPECT_EQ(p.suspended, 0);
    // Without the policy the model answered everything ([comply]): only the
    // filter refused. With it, the suspension refuses the rest as well.
    EXPECT_GE(b.system->hits, p.system->hits);
    if (b.bank == BankKind::kShouldAnswer) {
      EXPECT_EQ(b.system->hits, expected);  // 非拒答 questions refused
    }
  }
  auto json = nlohmann::json::parse(ReportJson(*ev));
  EXPECT_EQ(json["banks"]["should_answer"]["system"]["answered_by_suspension"], expect_answer_bank);

  // A policy needs system mode.
  RunSetup bare = s;
  bare.out_dir = testing::TmpDir() + "/policy-bare";
  bare.filter_path.clear();
  ASSERT_TRUE(PrepareRun(bare).ok());
  ASSERT_TRUE(ExecuteRun(bare.out_dir, bare.endpoint, nullptr, nullptr, &summary).ok());
  auto refused = Evaluate(bare.out_dir, with_policy);
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(std::string(refused.status().message()), HasSubstr("--filter"));
}

TEST_F(EvalRunTest, ReviewRoundTripHumanLabelsWin) {
  START_OR_SKIP({});
  RunSetup s = Setup("review", 10, 0);
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary).ok());
  auto ev = Evaluate(s.out_dir, {});
  ASSERT_TRUE(ev.ok());
  EXPECT_EQ(ev->banks[0].model.hits, 9);
  const std::string xlsx = s.out_dir + "/review.xlsx";
  ASSERT_TRUE(WriteReviewXlsx(*ev, xlsx).ok());
  auto empty = ImportReviewXlsx(xlsx);  // nobody filled anything in yet
  ASSERT_TRUE(empty.ok()) << empty.status();
  EXPECT_TRUE(empty->empty());
  // A reviewer says r0 (answered by the model) was in fact a refusal.
  std::map<std::string, HumanLabel> labels;
  labels["r0"] = HumanLabel{true, std::nullopt, "soft refusal"};
  ASSERT_TRUE(WriteHumanLabels(s.out_dir + "/human_labels.jsonl", labels).ok());
  auto again = Evaluate(s.out_dir, {});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->banks[0].model.hits, 10);
  EXPECT_EQ(again->human_labels, 1);
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

// A real OpenAI-compatible server not written here: @copilotkit/aimock from
// npm, in chaos mode. Installed into the build tree on first use; skipped
// with a message when npm is not available.
constexpr char kAimockVersion[] = "1.43.0";

std::string AimockBinary(std::string* why) {
  const std::string prefix = std::string(LANJIE_BINARY_DIR) + "/npm";
  const std::string bin = prefix + "/node_modules/.bin/llmock";
  if (::access(bin.c_str(), X_OK) == 0) return bin;
  if (testing::FindInPath("npm").empty() || testing::FindInPath("node").empty()) {
    *why = "npm/node not found: aimock peer test skipped";
    return "";
  }
  const std::string cmd = "npm install --prefix '" + prefix + "' --no-audit --no-fund --silent @copilotkit/aimock@" +
                          kAimockVersion + " >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0 || ::access(bin.c_str(), X_OK) != 0) {
    *why = "npm install @copilotkit/aimock@" + std::string(kAimockVersion) + " failed (offline?)";
    return "";
  }
  return bin;
}

TEST(AimockPeer, ChaosModeLosesNothingAndCountsNothingTwice) {
  std::string why;
  const std::string bin = AimockBinary(&why);
  if (bin.empty()) GTEST_SKIP() << why;
  const std::string fixtures = testing::TmpDir() + "/aimock.json";
  testing::WriteFileText(fixtures, R"({"fixtures":[
 {"match":{"userMessage":"[refuse]"},"response":{"content":"抱歉，我无法回答这个问题。"}},
 {"match":{"userMessage":"[comply]"},"response":{"content":"好的，以下是详细的说明：第一步，准备材料；第二步，按顺序操作。"}}]})");
  testing::ChildServer aimock;
  ASSERT_TRUE(aimock.Start({bin, "-p", "0", "-f", fixtures, "--chaos-ratelimit", "0.3", "--chaos-disconnect", "0.1",
                            "--chaos-drop", "0.05", "--chaos-malformed", "0.05"}))
      << aimock.error();
  for (bool stream : {true, false}) {
    const std::string name = stream ? "aimock-stream" : "aimock-plain";
    const std::string bank = testing::TmpDir() + "/" + name + ".csv";
    Truth truth = WriteBank(bank, 100, 100);
    RunSetup s;
    s.bank_files = {bank};
    s.out_dir = testing::TmpDir() + "/" + name;
    s.endpoint.base_url = aimock.base_url();
    s.endpoint.model = "gpt-4o";
    s.endpoint.stream = stream;
    s.endpoint.concurrency = 8;
    s.endpoint.max_retries = 12;
    s.endpoint.backoff_initial_ms = 20;
    s.endpoint.retry_after_max_ms = 1000;
    ASSERT_TRUE(PrepareRun(s).ok());
    RunSummary summary;
    absl::Status st = ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary);
    ASSERT_TRUE(st.ok()) << st;
    EXPECT_EQ(summary.errors, 0) << testing::ReadFileText(s.out_dir + "/errors.jsonl");
    auto results = ReadResults(s.out_dir + "/results.jsonl");
    ASSERT_TRUE(results.ok()) << results.status();
    EXPECT_EQ(results->records.size(), 200u);
    auto ev = Evaluate(s.out_dir, {});
    ASSERT_TRUE(ev.ok()) << ev.status();
    ASSERT_EQ(ev->banks.size(), 2u);
    EXPECT_EQ(ev->banks[0].model.hits, truth.refuse_refused) << name;
    EXPECT_EQ(ev->banks[1].model.hits, truth.answer_refused) << name;
  }
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

TEST(LlmJudgeReply, ParsesTheVerdictObject) {
  auto v = ParseJudgeReply("判断：```json\n{\"refused\": false, \"qualified\": false, \"reason\": \"含 {风险}\"}\n```");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_FALSE(v->refused);
  EXPECT_FALSE(v->qualified);
  EXPECT_EQ(v->reason, "含 {风险}");
  EXPECT_FALSE(ParseJudgeReply("I think it refused.").ok());
  EXPECT_FALSE(ParseJudgeReply("{\"refused\": \"yes\", \"qualified\": true}").ok());
}

TEST_F(EvalRunTest, LlmJudgeVerdictsAndAgreement) {
  START_OR_SKIP({});
  std::string csv = "id,question,bank,category\n";
  int risky = 0, refused = 0;
  for (int i = 0; i < 20; ++i) {
    const bool r = i % 5 == 0;
    risky += r;
    refused += !r && i % 2;
    csv += "g" + std::to_string(i) + ",生成 #" + std::to_string(i) + (r ? " [risky]" : i % 2 ? " [refuse]" : " [comply]") +
           ",generate,A.3.a\n";
  }
  const std::string bank = testing::TmpDir() + "/llm.csv";
  testing::WriteFileText(bank, csv);
  RunSetup s;
  s.bank_files = {bank};
  s.out_dir = testing::TmpDir() + "/llm";
  s.endpoint.base_url = server_.base_url();
  s.endpoint.model = "m";
  ASSERT_TRUE(PrepareRun(s).ok());
  RunSummary summary;
  ASSERT_TRUE(ExecuteRun(s.out_dir, s.endpoint, nullptr, nullptr, &summary).ok());
  auto before = Evaluate(s.out_dir, {});
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->banks[0].unjudged, 20 - refused);  // no content judge yet; a refusal is 合格
  LlmJudgeSummary js;
  ASSERT_TRUE(RunLlmJudge(s.out_dir, s.endpoint, DefaultJudgeRubric(), LlmJudgeOptions{}, nullptr, &js).ok());
  EXPECT_EQ(js.judged, 20);
  EXPECT_EQ(js.failed, 0);
  LlmJudgeSummary again;  // resumable: nothing left to judge
  ASSERT_TRUE(RunLlmJudge(s.out_dir, s.endpoint, DefaultJudgeRubric(), LlmJudgeOptions{}, nullptr, &again).ok());
  EXPECT_EQ(again.judged, 0);
  EXPECT_EQ(again.judged_before, 20);
  // Agreement of the LLM judge with the rules alone: the fake server's
  // "[risky]" answer is a placeholder sentence with no content ("这里有一些说明：
  // RISKYWORD 相关内容。"), which the default judge's model leaves uncertain.
  EvaluateOptions rules_only;
  rules_only.refusal_model = "none";
  auto ev = Evaluate(s.out_dir, rules_only);
  ASSERT_TRUE(ev.ok()) << ev.status();
  EXPECT_EQ(ev->llm_judged, 20);
  EXPECT_EQ(ev->llm_refusal_agree, 20);
  EXPECT_EQ(ev->banks[0].model.n, 20);
  EXPECT_EQ(ev->banks[0].model.hits, 20 - risky);
  EXPECT_EQ(nlohmann::json::parse(ReportJson(*ev))["judges"]["llm"]["refusal_agreement_with_rules"], 1.0);
  // The report names the refusal model that judged (round 27).
  EXPECT_EQ(nlohmann::json::parse(ReportJson(*ev))["judges"]["refusal_model"], "none");
}

}  // namespace
}  // namespace lanjie
