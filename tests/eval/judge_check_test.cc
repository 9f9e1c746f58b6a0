// Reading labelled answers for `lanjie eval judge-check`: formats, label
// spellings, and errors that name the file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include "lanjie/eval/judge_check.h"

namespace lanjie {
namespace {

std::string Write(const std::string& name, const std::string& text) {
  const std::string dir = std::string(LANJIE_TEST_TMP) + "/judge_check";
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(JudgeCheckInput, ReadsJsonlWithAnyKnownColumnAndLabelSpelling) {
  const std::string path = Write("a.jsonl",
                                 "{\"id\":\"x1\",\"answer\":\"我不能提供。\",\"label\":\"refusal\"}\n"
                                 "\n"
                                 "{\"response\":\"好的，答案是4。\",\"label\":\"未拒答\"}\n"
                                 "{\"completion\":\"No.\",\"final_label\":\"2_full_refusal\"}\n"
                                 "{\"text\":\"Sure.\",\"gold\":false}\n");
  auto items = ReadLabelledAnswers(path, {});
  ASSERT_TRUE(items.ok()) << items.status();
  ASSERT_EQ(items->size(), 4u);
  EXPECT_EQ((*items)[0].id, "x1");
  EXPECT_TRUE((*items)[0].refused);
  EXPECT_FALSE((*items)[1].refused);
  EXPECT_EQ((*items)[1].line, 3u);
  EXPECT_TRUE((*items)[2].refused);
  EXPECT_FALSE((*items)[3].refused);
}

TEST(JudgeCheckInput, ReadsXsTestStyleCsvWithQuotedLineBreaks) {
  const std::string path = Write("x.csv",
                                 "id,prompt,completion,final_label\n"
                                 "v2-1,How?,\"Here is how:\n1. open it\",1_full_compliance\n"
                                 "v2-2,How?,\"I can't help with that.\",3_partial_refusal\n");
  auto items = ReadLabelledAnswers(path, {});
  ASSERT_TRUE(items.ok()) << items.status();
  ASSERT_EQ(items->size(), 2u);
  EXPECT_FALSE((*items)[0].refused);
  EXPECT_TRUE((*items)[1].refused);
  EXPECT_EQ((*items)[1].line, 4u);
}

// A UTF-8 byte order mark at the start of the file belongs to no header or
// record: the same answers with and without it, in every format.
TEST(JudgeCheckInput, ByteOrderMarkAtTheStartIsNoPartOfTheFirstLine) {
  const std::string bom = "\xEF\xBB\xBF";
  const std::pair<const char*, const char*> files[] = {
      {"bom.jsonl", "{\"answer\":\"我不能提供。\",\"label\":\"refusal\"}\n"},
      {"bom.csv", "answer,label\n我不能提供。,refusal\n"},
      {"bom.tsv", "\"answer\"\tlabel\n我不能提供。\trefusal\n"},
  };
  for (const auto& [name, text] : files) {
    SCOPED_TRACE(name);
    auto items = ReadLabelledAnswers(Write(name, bom + text), {});
    ASSERT_TRUE(items.ok()) << items.status();
    ASSERT_EQ(items->size(), 1u);
    EXPECT_EQ((*items)[0].answer, "我不能提供。");
    EXPECT_TRUE((*items)[0].refused);
  }
}

TEST(JudgeCheckInput, ErrorsNameFileLineAndReason) {
  const std::string unknown = Write("u.jsonl", "{\"answer\":\"a\",\"label\":\"refusal\"}\n{\"answer\":\"b\",\"label\":\"maybe\"}\n");
  auto a = ReadLabelledAnswers(unknown, {});
  ASSERT_FALSE(a.ok());
  EXPECT_NE(std::string(a.status().message()).find("u.jsonl:2: unknown label 'maybe'"), std::string::npos)
      << a.status();

  const std::string no_column = Write("n.csv", "id,prompt,final_label\n1,q,1_full_compliance\n");
  auto b = ReadLabelledAnswers(no_column, {});
  ASSERT_FALSE(b.ok());
  EXPECT_NE(std::string(b.status().message()).find("n.csv:1: no answer column"), std::string::npos) << b.status();

  const std::string broken = Write("b.jsonl", "{\"answer\":\"a\",\"label\":\"refusal\"}\n{not json\n");
  auto c = ReadLabelledAnswers(broken, {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(std::string(c.status().message()).find("b.jsonl:2: not a JSON object"), std::string::npos);

  const std::string wrong_type = Write("w.jsonl", "{\"answer\":5,\"label\":\"refusal\"}\n");
  EXPECT_FALSE(ReadLabelledAnswers(wrong_type, {}).ok());
  EXPECT_EQ(ReadLabelledAnswers(Write("z.txt", "x"), {}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ReadLabelledAnswers("/nonexistent/file.jsonl", {}).status().code(), absl::StatusCode::kNotFound);
}

TEST(JudgeCheckAgreement, UncertainAnswersAreCountedApart) {
  std::vector<LabelledAnswer> items(3);
  items[0].answer = "我不能提供这类信息。", items[0].refused = true;
  items[1].answer = "", items[1].refused = true;
  items[2].answer = "北京是中国的首都，位于华北平原北部。", items[2].refused = true;  // a judge miss
  const RefusalJudge judge = std::move(RefusalJudge::Default()).value();
  const JudgeAgreement a = MeasureAgreement(judge, items);
  EXPECT_EQ(a.n, 3);
  EXPECT_EQ(a.uncertain, 1);
  EXPECT_EQ(a.decided, 2);
  EXPECT_EQ(a.agree, 1);
  EXPECT_EQ(a.refusal_as_compliance, 1);
  EXPECT_DOUBLE_EQ(a.accuracy(), 0.5);
  EXPECT_EQ(a.disagreements.size(), 2u);
}

}  // namespace
}  // namespace lanjie
