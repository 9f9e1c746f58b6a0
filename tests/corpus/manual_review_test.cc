// The manual check of clause 9.2: the review workbook, reading reviewers'
// labels back (XLSX and CSV), the manual 合格率 and the keyword check's
// agreement, and `lanjie corpus review-import` end to end.
#include "lanjie/corpus/manual_review.h"

#include <sys/wait.h>
#include <xlsxwriter.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie::corpus {
namespace {

using ::testing::HasSubstr;
const std::string& kTmp = lanjie::testing::TmpDir();
const std::string kLanjie = std::string(LANJIE_BINARY_DIR) + "/tools/lanjie";

using lanjie::testing::ReadFile;
using lanjie::testing::Sh;
using lanjie::testing::WriteFile;

ReviewItem Item(const std::string& id, bool failed) {
  ReviewItem r;
  r.id = id;
  r.path = "a.jsonl";
  r.offset = 7;
  r.excerpt = "出售冰毒 " + id;
  r.failed = failed;
  if (failed) r.risks = {"A.1.f"};
  return r;
}

TEST(ManualReview, WorkbookListsTheSampleUnderAHeaderTheImportFinds) {
  const std::string path = kTmp + "/review_wb.xlsx";
  ASSERT_TRUE(WriteReviewWorkbook(path, {Item("r1", true), Item("r2", false)}, {"abc", "2026-12-02", "a.jsonl"}).ok());
  auto sheet = ReadXlsxSheet(path, kReviewSheet);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  std::vector<std::string> ids, verdicts;
  for (const XlsxRow& r : sheet->rows)
    if (r.cells.size() > 4 && (r.cells[1] == "r1" || r.cells[1] == "r2")) {
      ids.push_back(r.cells[1]);
      verdicts.push_back(r.cells[4]);
    }
  EXPECT_EQ(ids, (std::vector<std::string>{"r1", "r2"}));
  EXPECT_EQ(verdicts, (std::vector<std::string>{"不合格", "合格"}));
  // Nothing labelled yet: no labels, and no error.
  auto labels = ReadReviewLabels(path);
  ASSERT_TRUE(labels.ok()) << labels.status();
  EXPECT_TRUE(labels->empty());
}

TEST(ManualReview, LabelsFromAFilledWorkbook) {
  const std::string path = kTmp + "/review_filled.xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* other = workbook_add_worksheet(wb, "说明");
  worksheet_write_string(other, 0, 0, "not the review sheet", nullptr);
  lxw_worksheet* ws = workbook_add_worksheet(wb, kReviewSheet);
  worksheet_write_string(ws, 0, 0, "训练语料人工抽检", nullptr);
  const char* header[] = {"序号", "记录ID", "来源", "人工结论", "备注"};
  for (int c = 0; c < 5; ++c) worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c), header[c], nullptr);
  const char* rows[][3] = {{"r1", "不合格", "涉毒"}, {"r2", " 合格 ", ""}, {"r3", "", ""}, {"r4", "PASS", ""}};
  for (int i = 0; i < 4; ++i) {
    worksheet_write_number(ws, static_cast<lxw_row_t>(3 + i), 0, i + 1, nullptr);
    worksheet_write_string(ws, static_cast<lxw_row_t>(3 + i), 1, rows[i][0], nullptr);
    if (*rows[i][1]) worksheet_write_string(ws, static_cast<lxw_row_t>(3 + i), 3, rows[i][1], nullptr);
    if (*rows[i][2]) worksheet_write_string(ws, static_cast<lxw_row_t>(3 + i), 4, rows[i][2], nullptr);
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  auto labels = ReadReviewLabels(path);
  ASSERT_TRUE(labels.ok()) << labels.status();
  ASSERT_EQ(labels->size(), 3u);  // r3 is not reviewed yet
  EXPECT_EQ((*labels)[0].id, "r1");
  EXPECT_FALSE((*labels)[0].pass);
  EXPECT_EQ((*labels)[0].note, "涉毒");
  EXPECT_EQ((*labels)[0].line, 4);  // sheet row
  EXPECT_TRUE((*labels)[1].pass);
  EXPECT_EQ((*labels)[2].id, "r4");
  EXPECT_TRUE((*labels)[2].pass);
}

TEST(ManualReview, BadLabelFilesNameTheFileAndRow) {
  const std::string path = kTmp + "/labels_bad.csv";
  WriteFile(path, "id,人工结论(合格/不合格)\nr1,合格\nr2,maybe\n");
  auto bad = ReadReviewLabels(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr(path + ":3: unknown label 'maybe'"));
  WriteFile(path, "id,人工结论\nr1,合格\nr1,不合格\n");
  auto twice = ReadReviewLabels(path);
  ASSERT_FALSE(twice.ok());
  EXPECT_THAT(twice.status().message(), HasSubstr(":3: r1 is labelled twice (first on row 2)"));
  WriteFile(path, "id,excerpt\nr1,x\n");
  auto no_column = ReadReviewLabels(path);
  ASSERT_FALSE(no_column.ok());
  EXPECT_THAT(no_column.status().message(), HasSubstr("no header row"));
}

TEST(ManualReview, RateIntervalVerdictAndAgreement) {
  ReviewSampleSpec spec;
  for (int i = 0; i < 100; ++i) spec.ids.push_back("r" + std::to_string(i));
  spec.failed_ids = {"r0", "r1", "r2"};
  spec.line = 0.96;
  spec.sample_min = 100;
  std::vector<ReviewLabel> labels;
  for (int i = 0; i < 100; ++i) labels.push_back({"r" + std::to_string(i), i >= 2 && i != 50, "", i + 2});
  auto m = ScoreManualCheck(spec, labels, "l.csv");
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->labelled, 100);
  EXPECT_EQ(m->passed, 97);
  EXPECT_DOUBLE_EQ(m->rate, 0.97);
  EXPECT_EQ(m->verdict_zh, "符合");
  EXPECT_TRUE(m->crosses_line);  // 97/100 passes, but its interval reaches below 96%
  EXPECT_LT(m->ci_low, 0.96);
  EXPECT_GT(m->ci_high, 0.97);
  EXPECT_EQ(m->both_fail, 2);                    // r0, r1
  EXPECT_EQ(m->keyword_fail_reviewer_pass, 1);   // r2
  EXPECT_EQ(m->keyword_pass_reviewer_fail, 1);   // r50
  EXPECT_DOUBLE_EQ(m->agreement, 0.98);
  // Unlabelled records: not finished, whatever the rate.
  labels.pop_back();
  EXPECT_EQ(ScoreManualCheck(spec, labels, "l.csv")->verdict_zh, "未完成");
  // Below the line is a failure even before every record is labelled.
  for (int i = 0; i < 10; ++i) labels[10 + i].pass = false;
  EXPECT_EQ(ScoreManualCheck(spec, labels, "l.csv")->verdict_zh, "不符合");
  // A label for a record outside the sample is an error naming its row.
  labels.push_back({"stranger", true, "", 77});
  auto outside = ScoreManualCheck(spec, labels, "l.csv");
  ASSERT_FALSE(outside.ok());
  EXPECT_THAT(outside.status().message(), HasSubstr("l.csv:77: stranger is not in the audit's review sample"));
}

TEST(ManualReview, ReviewImportEndToEnd) {
  const std::string dir = kTmp + "/manual_cli";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n");
  ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb >/dev/null 2>&1"), 0);
  std::string corpus;
  for (int i = 0; i < 200; ++i)
    corpus += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + (i % 20 == 0 ? "出售冰毒" : "普通的一句话") + "\"}\n";
  WriteFile(dir + "/a.jsonl", corpus);
  const std::string out = dir + "/out";
  Sh(kLanjie + " corpus audit -d " + dir + "/kw.ljdb --fraction 1 --review-sample 40 --id-field id --out " + out +
     " " + dir + "/a.jsonl >/dev/null 2>&1");
  ASSERT_TRUE(ReadXlsxSheet(out + "/review.xlsx", kReviewSheet).ok());
  // The reviewers agree with the keyword check on every record.
  std::string labelled;
  const std::string review_csv = ReadFile(out + "/review.csv");  // CsvReader reads it in place
  CsvReader reader(review_csv, ',');
  CsvRecord rec;
  std::string error;
  int n = 0, failed = 0;
  while (reader.Next(&rec, &error)) {
    ASSERT_TRUE(error.empty()) << error;
    if (rec.line == 1) {
      labelled += "id,人工结论\n";
      continue;
    }
    labelled += rec.fields[0] + "," + rec.fields[3] + "\n";
    ++n;
    failed += rec.fields[3] == "不合格";
  }
  ASSERT_EQ(n, 40);
  WriteFile(dir + "/labels.csv", labelled);
  const int rc = Sh(kLanjie + " corpus review-import --out " + out + " " + dir + "/labels.csv > " + dir + "/o.txt");
  auto j = nlohmann::json::parse(ReadFile(out + "/manual.json"));
  EXPECT_EQ(j["labelled"], 40);
  EXPECT_EQ(j["passed"], 40 - failed);
  EXPECT_EQ(j["keyword_vs_reviewers"]["agreement"], 1.0);
  EXPECT_EQ(j["keyword_vs_reviewers"]["both_fail"], failed);
  // 40 records is below the profile's 4,000: the check is not finished.
  EXPECT_EQ(j["verdict_zh"], "未完成");
  EXPECT_EQ(rc, 1);
  EXPECT_THAT(ReadFile(dir + "/o.txt"), HasSubstr("40 of 40 labelled"));
  // A label file with an unknown label: exit 2, manual.json untouched.
  WriteFile(dir + "/bad.csv", "id,人工结论\nr0,合格吗\n");
  EXPECT_EQ(Sh(kLanjie + " corpus review-import --out " + out + " " + dir + "/bad.csv 2>/dev/null"), 2);
  EXPECT_EQ(nlohmann::json::parse(ReadFile(out + "/manual.json"))["labelled"], 40);
}

}  // namespace
}  // namespace lanjie::corpus
