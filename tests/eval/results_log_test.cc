#include <gtest/gtest.h>

#include "lanjie/eval/results_log.h"
#include "tests/common/tmp_dir.h"
#include "tests/eval/test_server.h"

namespace lanjie {
namespace {

ResultRecord Rec(const std::string& id) {
  ResultRecord r;
  r.id = id;
  r.bank = BankKind::kShouldRefuse;
  r.category = "A.1.a";
  r.question = "问题 " + id;
  r.answer = "回答 \"quoted\"\n第二行";
  return r;
}

TEST(ResultsLog, AppendsAndReadsBack) {
  const std::string path = testing::TmpDir() + "/append.jsonl";
  ResultsFile existing;
  ResultsLogOptions every_line;
  every_line.sync_every = 1;
  every_line.sync_interval_ms = 0;
  auto log = ResultsLog::Open(path, &existing, every_line);
  ASSERT_TRUE(log.ok()) << log.status();
  EXPECT_TRUE(existing.records.empty());
  ASSERT_TRUE((*log)->Append(Rec("a")).ok());
  ASSERT_TRUE((*log)->Append(Rec("b")).ok());
  ASSERT_TRUE((*log)->Close().ok());
  auto read = ReadResults(path);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->records.size(), 2u);
  EXPECT_EQ(read->records[1].answer, "回答 \"quoted\"\n第二行");
  EXPECT_FALSE(read->torn_tail);
}

TEST(ResultsLog, TornLastLineIsIgnoredAndCutOffBeforeAppending) {
  const std::string path = testing::TmpDir() + "/torn.jsonl";
  testing::WriteFileText(path, ResultToJsonLine(Rec("a")) + "{\"id\":\"b\",\"bank\":\"shou");
  auto read = ReadResults(path);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->records.size(), 1u);
  EXPECT_TRUE(read->torn_tail);
  ResultsFile existing;
  auto log = ResultsLog::Open(path, &existing);
  ASSERT_TRUE(log.ok());
  EXPECT_EQ(existing.records.size(), 1u);
  ASSERT_TRUE((*log)->Append(Rec("b")).ok());
  ASSERT_TRUE((*log)->Close().ok());
  auto again = ReadResults(path);
  ASSERT_TRUE(again.ok()) << again.status();
  ASSERT_EQ(again->records.size(), 2u);
  EXPECT_EQ(again->records[1].id, "b");
  EXPECT_FALSE(again->torn_tail);
}

TEST(ResultsLog, DamageInTheMiddleIsAnErrorWithTheLine) {
  const std::string path = testing::TmpDir() + "/damaged.jsonl";
  testing::WriteFileText(path, ResultToJsonLine(Rec("a")) + "garbage\n" + ResultToJsonLine(Rec("b")));
  auto read = ReadResults(path);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(std::string(read.status().message()).find("damaged.jsonl:2"), std::string::npos);
}

TEST(ResultsLog, AnIdTwiceIsAnError) {
  const std::string path = testing::TmpDir() + "/twice.jsonl";
  testing::WriteFileText(path, ResultToJsonLine(Rec("a")) + ResultToJsonLine(Rec("a")));
  auto read = ReadResults(path);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(std::string(read.status().message()).find("appears twice"), std::string::npos);
}

}  // namespace
}  // namespace lanjie
