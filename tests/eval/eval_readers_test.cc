// Hand-edited run files: a field of the wrong type in manifest.json,
// results.jsonl or questions.jsonl is a Status naming the file (and line or
// field), never an exception out of `lanjie eval report`.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/results_log.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// A prepared run (no endpoint needed) whose files the tests then edit.
std::string PreparedRun(const std::string& name) {
  const std::string dir = testing::TmpDir() + "/" + name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Write(dir + "/bank.csv", "id,question,bank,category\nq1,问题一,should_refuse,A.1.a\nq2,问题二,should_answer,历史\n");
  RunSetup s;
  s.bank_files = {dir + "/bank.csv"};
  s.out_dir = dir + "/run";
  s.endpoint.base_url = "http://127.0.0.1:1";
  s.endpoint.model = "m";
  EXPECT_TRUE(PrepareRun(s).ok());
  return s.out_dir;
}

nlohmann::json Manifest(const std::string& dir) {
  std::ifstream in(dir + "/manifest.json");
  return nlohmann::json::parse(in);
}

TEST(EvalReaders, ManifestFieldOfTheWrongTypeIsAnErrorNamingTheField) {
  const std::string dir = PreparedRun("bad_manifest");
  ASSERT_TRUE(ReadManifest(dir).ok());
  ASSERT_TRUE(Evaluate(dir, {}).ok());
  struct Edit {
    const char* field;
    std::function<void(nlohmann::json&)> apply;
  };
  const std::vector<Edit> edits = {
      {"\"model\"", [](nlohmann::json& m) { m["endpoint"]["model"] = 5; }},
      {"\"base_url\"", [](nlohmann::json& m) { m["endpoint"]["base_url"] = nlohmann::json::array(); }},
      {"\"created\"", [](nlohmann::json& m) { m["created"] = 20260101; }},
      {"\"questions\"", [](nlohmann::json& m) { m["questions"] = "2"; }},
      {"\"arg\"", [](nlohmann::json& m) { m["profile"]["arg"] = true; }},
      {"\"filter\"", [](nlohmann::json& m) { m["filter"] = "list.ljdb"; }},
      {"\"concurrency\"", [](nlohmann::json& m) { m["endpoint"]["concurrency"] = 2.5; }},
  };
  const nlohmann::json good = Manifest(dir);
  for (const Edit& e : edits) {
    nlohmann::json m = good;
    e.apply(m);
    Write(dir + "/manifest.json", m.dump(2));
    auto read = ReadManifest(dir);
    ASSERT_FALSE(read.ok()) << e.field;
    EXPECT_THAT(std::string(read.status().message()), HasSubstr(dir + "/manifest.json")) << e.field;
    EXPECT_THAT(std::string(read.status().message()), HasSubstr(e.field));
    auto ev = Evaluate(dir, {});  // used to throw nlohmann::type_error for some of these
    EXPECT_FALSE(ev.ok()) << e.field;
  }
}

TEST(EvalReaders, ResultsLineOfTheWrongTypeNamesFileAndLine) {
  const std::string dir = PreparedRun("bad_results");
  const std::string path = dir + "/results.jsonl";
  Write(path,
        "{\"id\":\"q1\",\"bank\":\"should_refuse\",\"answer\":\"抱歉，我不能回答。\",\"attempts\":1}\n"
        "{\"id\":\"q2\",\"bank\":\"should_answer\",\"answer\":\"好的\",\"attempts\":\"1\"}\n");
  auto read = ReadResults(path);
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), HasSubstr(path + ":2: field \"attempts\""));
  auto ev = Evaluate(dir, {});  // used to throw out of j.value("attempts", 0)
  ASSERT_FALSE(ev.ok());
  EXPECT_THAT(std::string(ev.status().message()), HasSubstr(path + ":2"));
}

TEST(EvalReaders, QuestionsLineOfTheWrongTypeNamesFileAndLine) {
  const std::string dir = PreparedRun("bad_questions");
  Write(dir + "/questions.jsonl",
        "{\"id\":\"q1\",\"bank\":\"should_refuse\",\"question\":\"问\",\"line\":2}\n"
        "{\"id\":\"q2\",\"bank\":\"should_answer\",\"question\":\"问\",\"line\":\"3\"}\n");
  auto q = ReadSampledQuestions(dir);
  ASSERT_FALSE(q.ok());
  EXPECT_THAT(std::string(q.status().message()), HasSubstr("questions.jsonl:2: field \"line\""));
}

TEST(EvalReaders, ErrorsFileWithAWrongTypeIsAnErrorNotSilence) {
  const std::string dir = PreparedRun("bad_errors");
  Write(dir + "/errors.jsonl", "{\"id\":\"q1\",\"error\":503}\n");
  auto ev = Evaluate(dir, {});
  ASSERT_FALSE(ev.ok());
  EXPECT_THAT(std::string(ev.status().message()), HasSubstr("errors.jsonl:1"));
}

}  // namespace
}  // namespace lanjie
