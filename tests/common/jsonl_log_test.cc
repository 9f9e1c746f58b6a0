// The one append-only JSONL log (engine/common/jsonl_log.h) and its users:
// results.jsonl, llm_judge.jsonl, human_labels.jsonl.
#include "lanjie/common/jsonl_log.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/llm_judge.h"
#include "lanjie/eval/results_log.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

std::string PathFor(const std::string& name) {
  const std::string path = testing::TmpDir() + "/" + name;
  std::filesystem::remove(path);
  return path;
}
void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}
std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
nlohmann::json Rec(const std::string& id, int n = 0) { return {{"id", id}, {"n", n}}; }

TEST(JsonlLog, AppendsAndReadsBackWithLineNumbers) {
  const std::string path = PathFor("basic.jsonl");
  auto log = JsonlLog::Open(path, JsonlOptions(), nullptr);
  ASSERT_TRUE(log.ok()) << log.status();
  ASSERT_TRUE((*log)->Append(Rec("a", 1)).ok());
  ASSERT_TRUE((*log)->Append(Rec("b", 2)).ok());
  ASSERT_TRUE((*log)->Close().ok());
  auto read = ReadJsonl(path);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->records.size(), 2u);
  EXPECT_EQ(read->records[1].id, "b");
  EXPECT_EQ(read->records[1].value["n"], 2);
  EXPECT_EQ(read->Where(read->records[1]), path + ":2");
}

TEST(JsonlLog, TornLastLineIsReportedCutOffAndAppendedAfter) {
  const std::string path = PathFor("torn.jsonl");
  WriteText(path, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"n\":");
  JsonlFile existing;
  auto log = JsonlLog::Open(path, JsonlOptions(), &existing);
  ASSERT_TRUE(log.ok()) << log.status();
  EXPECT_EQ(existing.records.size(), 2u);
  EXPECT_TRUE(existing.torn_tail);
  EXPECT_EQ(existing.torn_line, 3u);
  EXPECT_EQ(ReadText(path), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");  // cut off on open, before any append
  ASSERT_TRUE((*log)->Append(Rec("c")).ok());
  ASSERT_TRUE((*log)->Close().ok());
  auto read = ReadJsonl(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_FALSE(read->torn_tail);
  ASSERT_EQ(read->records.size(), 3u);
  EXPECT_EQ(read->records[2].line, 3u);
}

TEST(JsonlLog, DamageInTheMiddleNamesFileAndLine) {
  const std::string path = PathFor("damaged.jsonl");
  WriteText(path, "{\"id\":\"a\"}\n{\"id\":7}\n{\"id\":\"b\"}\n");
  auto read = ReadJsonl(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":2"));
  // And Open refuses it without touching the file.
  EXPECT_FALSE(JsonlLog::Open(path, JsonlOptions(), nullptr).ok());
  EXPECT_EQ(ReadText(path), "{\"id\":\"a\"}\n{\"id\":7}\n{\"id\":\"b\"}\n");
}

TEST(JsonlLog, ABadLastLineOfAWholeFileIsAnErrorNotATornTail) {
  const std::string path = PathFor("whole.jsonl");
  WriteText(path, "{\"id\":\"a\"}\n{\"id\":\"b\"");
  JsonlOptions options;
  options.allow_torn_tail = false;
  auto read = ReadJsonl(path, options);
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":2"));
}

TEST(JsonlLog, ARepeatedIdInTheFileIsAnErrorNamingBothLines) {
  const std::string path = PathFor("twice_file.jsonl");
  WriteText(path, "{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n{\"id\":\"a\"}\n");
  auto read = ReadJsonl(path);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":4"));
  EXPECT_THAT(std::string(read.status().message()), HasSubstr("first at line 1"));
}

TEST(JsonlLog, AppendingARepeatedIdIsAnErrorNamingTheFirstLine) {
  const std::string path = PathFor("twice_append.jsonl");
  WriteText(path, "{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n");  // a blank line counts as a line
  auto log = JsonlLog::Open(path, JsonlOptions(), nullptr);
  ASSERT_TRUE(log.ok()) << log.status();
  ASSERT_TRUE((*log)->Append(Rec("c")).ok());
  absl::Status again = (*log)->Append(Rec("b"));
  EXPECT_EQ(again.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(again.message()), HasSubstr(path + ":3"));
  again = (*log)->Append(Rec("c"));
  EXPECT_THAT(std::string(again.message()), HasSubstr(path + ":4"));
  ASSERT_TRUE((*log)->Close().ok());
  auto read = ReadJsonl(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->records.size(), 3u);
}

TEST(JsonlLog, AppendAfterCloseIsAnError) {
  const std::string path = PathFor("closed.jsonl");
  auto log = JsonlLog::Open(path, JsonlOptions(), nullptr);
  ASSERT_TRUE(log.ok());
  ASSERT_TRUE((*log)->Close().ok());
  EXPECT_EQ((*log)->Append(Rec("a")).code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE((*log)->Close().ok());  // idempotent
  EXPECT_EQ((*log)->Append(nlohmann::json{{"no_id", 1}}).code(), absl::StatusCode::kInvalidArgument);
}

// A writer killed (SIGKILL) in the middle of a record: reopening keeps every
// complete record, cuts the torn one, and resuming writes each id once.
TEST(JsonlLog, ResumeAfterKillLosesNothingAndRepeatsNothing) {
  const std::string path = PathFor("killed.jsonl");
  constexpr int kFirst = 200, kTotal = 500;
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    JsonlOptions options;
    options.sync_every = 1000;  // most records not yet synced: the kill must not lose them
    auto log = JsonlLog::Open(path, options, nullptr);
    if (!log.ok()) ::_exit(3);
    for (int i = 0; i < kFirst; ++i)
      if (!(*log)->Append(Rec("q" + std::to_string(i), i)).ok()) ::_exit(4);
    // Half a record, as a write cut short by the kill leaves it.
    std::ofstream(path, std::ios::binary | std::ios::app) << "{\"id\":\"q" << kFirst << "\",\"n\":";
    ::kill(::getpid(), SIGKILL);
    ::_exit(5);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;

  JsonlFile existing;
  auto log = JsonlLog::Open(path, JsonlOptions(), &existing);
  ASSERT_TRUE(log.ok()) << log.status();
  EXPECT_TRUE(existing.torn_tail);
  ASSERT_EQ(existing.records.size(), static_cast<size_t>(kFirst));
  std::set<std::string> done;
  for (const JsonlRecord& r : existing.records) done.insert(r.id);
  for (int i = 0; i < kTotal; ++i) {
    const std::string id = "q" + std::to_string(i);
    if (!done.count(id)) {
      ASSERT_TRUE((*log)->Append(Rec(id, i)).ok());
    }
  }
  ASSERT_TRUE((*log)->Close().ok());
  auto read = ReadJsonl(path);  // fails on an id twice
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->records.size(), static_cast<size_t>(kTotal));
  for (int i = 0; i < kTotal; ++i) EXPECT_EQ(read->records[i].value["n"], i);
}

TEST(JsonlLog, ResultsLogRefusesToAppendAnIdTwice) {
  const std::string path = PathFor("results.jsonl");
  ResultsFile existing;
  auto log = ResultsLog::Open(path, &existing);
  ASSERT_TRUE(log.ok()) << log.status();
  ResultRecord r;
  r.id = "q1";
  r.answer = "不能回答";
  ASSERT_TRUE((*log)->Append(r).ok());
  absl::Status again = (*log)->Append(r);
  EXPECT_EQ(again.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(again.message()), HasSubstr(path + ":1"));
  ASSERT_TRUE((*log)->Close().ok());
  EXPECT_EQ((*log)->Append(r).code(), absl::StatusCode::kFailedPrecondition);
  auto read = ReadResults(path);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->records.size(), 1u);
  EXPECT_EQ(read->records[0].line, 1u);
}

TEST(JsonlLog, LlmVerdictsWithAnIdTwiceAreAnErrorNotASilentOverwrite) {
  const std::string path = PathFor("llm_judge.jsonl");
  WriteText(path,
            "{\"id\":\"q1\",\"refused\":true,\"qualified\":true,\"reason\":\"\"}\n"
            "{\"id\":\"q1\",\"refused\":false,\"qualified\":true,\"reason\":\"\"}\n");
  auto read = ReadLlmVerdicts(path);
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":2"));
}

TEST(JsonlLog, LlmVerdictOfTheWrongTypeIsAnErrorWithTheLine) {
  const std::string path = PathFor("llm_judge_types.jsonl");
  WriteText(path,
            "{\"id\":\"q1\",\"refused\":true,\"qualified\":true}\n"
            "{\"id\":\"q2\",\"refused\":\"yes\",\"qualified\":true}\n"
            "{\"id\":\"q3\",\"refused\":true,\"qualified\":true}\n");
  auto read = ReadLlmVerdicts(path);
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":2"));
}

TEST(JsonlLog, HumanLabelsNameTheBadLine) {
  const std::string path = PathFor("human_labels.jsonl");
  WriteText(path, "{\"id\":\"q1\",\"refused\":true}\n{\"id\":\"q2\",\"note\":5}\n");
  auto read = ReadHumanLabels(path);
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":2"));
  std::map<std::string, HumanLabel> labels;
  labels["q1"].refused = true;
  labels["q2"].note = "备注";
  ASSERT_TRUE(WriteHumanLabels(path, labels).ok());
  auto again = ReadHumanLabels(path);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->at("q2").note, "备注");
  EXPECT_EQ(again->at("q1").refused, std::optional<bool>(true));
}

}  // namespace
}  // namespace lanjie
