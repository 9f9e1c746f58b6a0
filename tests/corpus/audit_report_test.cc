// The corpus audit's filing reports (audit.md, audit.html, audit.xlsx):
// what a reviewer reads, from the audit through the manual check; bad
// audit.json named by file and field; the summary prints on one page.
#include "lanjie/report/audit_report.h"

#include <string>

#include <nlohmann/json.hpp>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/lexicon/taxonomy.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using lanjie::testing::ReadFile;
using lanjie::testing::Sh;
using lanjie::testing::WriteFile;

const std::string kLanjie = std::string(LANJIE_BINARY_DIR) + "/tools/lanjie";

// 2,000 readable records, 41 of them with a block hit (合格率 1959/2000 =
// 97.95%: one decimal would print the 98% line itself), 3 with a review
// hit, and 2 lines that are not JSON.
std::string Audit(const std::string& dir, const std::string& extra = "") {
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n发票,A.1.h,review\n");
  EXPECT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb >/dev/null 2>&1"), 0);
  std::string corpus;
  for (int i = 0; i < 2000; ++i) {
    const char* text = i < 41 ? "出售冰毒" : i < 44 ? "代开发票" : "普通的一句话";
    corpus += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
    if (i == 500 || i == 1500) corpus += "{not json\n";
  }
  WriteFile(dir + "/a.jsonl", corpus);
  const std::string out = dir + "/out";
  EXPECT_EQ(Sh(kLanjie + " corpus audit -d " + dir + "/kw.ljdb --fraction 1 --review-sample 20 --id-field id --out " +
               out + " " + extra + " " + dir + "/a.jsonl >/dev/null 2>&1"),
            1);  // 不符合
  return out;
}

TEST(AuditReport, ReviewerSeesVerdictRatesRisksInputsAndUnreadableRecords) {
  const std::string out = Audit(lanjie::testing::TmpDir() + "/audit_report", "--org 示例科技有限公司 --corpus-name 预训练语料V1");
  const std::string md = ReadFile(out + "/audit.md");
  for (const char* s : {"示例科技有限公司", "预训练语料V1", "(北京时间)", "## 结论：不符合", "关键词抽检", "抽检比例 ≥ 10%",
                        "合格率 ≥ 98%", "97.95% [", "人工抽检", "未完成", "review-import", "A.1.f", "A.1.h", "JSON 无效",
                        "| 编制 | 审核 | 日期 |"})
    EXPECT_THAT(md, HasSubstr(s)) << s;
  EXPECT_THAT(md, Not(HasSubstr("98.0%")));
  const Taxonomy& tax = Taxonomy::Default();
  EXPECT_THAT(md, HasSubstr(tax.risk(*tax.Find("A.1.f")).name));
  // The listed unreadable records name their lines (502 and 1503 of the file).
  EXPECT_THAT(md, HasSubstr("| 502 |"));
  EXPECT_THAT(md, HasSubstr("| 1503 |"));
  // The HTML has the same verdict and escapes what it shows.
  const std::string html = ReadFile(out + "/audit.html");
  EXPECT_THAT(html, HasSubstr("不符合"));
  EXPECT_THAT(html, HasSubstr("97.95% ["));
  EXPECT_THAT(html, HasSubstr("预训练语料V1"));
  // The workbook: rates are numbers a reviewer can recompute, the verdict is in Chinese.
  auto summary = ReadXlsxSheet(out + "/audit.xlsx", "概要");
  ASSERT_TRUE(summary.ok()) << summary.status();
  bool saw_conclusion = false, saw_rate = false;
  for (const XlsxRow& row : summary->rows) {
    if (row.cells.size() >= 2 && row.cells[0] == "结论") saw_conclusion = row.cells[1] == "不符合";
    if (row.cells.size() >= 8 && row.cells[0] == "关键词抽检") {
      saw_rate = std::abs(std::stod(row.cells[4]) - 0.9795) < 1e-9;
      EXPECT_EQ(row.cells[7], "不符合");
    }
  }
  EXPECT_TRUE(saw_conclusion);
  EXPECT_TRUE(saw_rate);
  auto risks = ReadXlsxSheet(out + "/audit.xlsx", "风险类别");
  ASSERT_TRUE(risks.ok()) << risks.status();
  ASSERT_GE(risks->rows.size(), 3u);  // header, A.1.f, A.1.h
  auto errors = ReadXlsxSheet(out + "/audit.xlsx", "无法读取");
  ASSERT_TRUE(errors.ok()) << errors.status();
  EXPECT_EQ(errors->rows.size(), 3u);  // header and both bad lines
}

TEST(AuditReport, ManualCheckAppearsAfterReviewImportAndGoesStaleWithANewAudit) {
  const std::string dir = lanjie::testing::TmpDir() + "/audit_report_manual";
  const std::string out = Audit(dir, "--org 示例科技有限公司");
  // Every sampled record labelled as the keyword check says.
  const nlohmann::json audit = nlohmann::json::parse(ReadFile(out + "/audit.json"));
  std::string labels = "id,人工结论\n";
  int failed = 0;
  for (const auto& id : audit["manual_sample"]["ids"]) {
    bool f = false;
    for (const auto& fid : audit["manual_sample"]["failed_ids"]) f = f || fid == id;
    failed += f;
    labels += id.get<std::string>() + "," + (f ? "不合格" : "合格") + "\n";
  }
  WriteFile(dir + "/labels.csv", labels);
  Sh(kLanjie + " corpus review-import --out " + out + " " + dir + "/labels.csv >/dev/null 2>&1");
  const std::string md = ReadFile(out + "/audit.md");
  EXPECT_THAT(md, HasSubstr("20 / 20 条已审核"));
  EXPECT_THAT(md, HasSubstr("抽检数 20 低于要求的 4,000 条"));
  EXPECT_THAT(md, HasSubstr("一致率 100.00%"));
  EXPECT_THAT(md, HasSubstr("示例科技有限公司"));  // kept from the audit run
  EXPECT_THAT(md, Not(HasSubstr("尚未导入")));
  // `corpus report` rewrites the header block; the manual check stays.
  // Exit 1: the keyword check says 不符合 (the reports are rewritten all the same).
  ASSERT_EQ(Sh(kLanjie + " corpus report --out " + out + " --org 另一家公司 >/dev/null"), 1);
  EXPECT_THAT(ReadFile(out + "/audit.md"), HasSubstr("另一家公司"));
  EXPECT_THAT(ReadFile(out + "/audit.md"), HasSubstr("20 / 20 条已审核"));
  // A new audit into the same folder: the old labels no longer apply.
  Sh(kLanjie + " corpus audit -d " + dir + "/kw.ljdb --fraction 1 --seed 9 --review-sample 20 --id-field id --out " +
     out + " " + dir + "/a.jsonl >/dev/null 2>&1");
  EXPECT_THAT(ReadFile(out + "/audit.md"), HasSubstr("尚未导入"));
  EXPECT_EQ(Sh("test -e " + out + "/manual.json"), 1);
}

TEST(AuditReport, BadAuditJsonIsNamedByFileAndField) {
  auto r = AuditReportMarkdown("{not json", "", {}, "x/audit.json");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("x/audit.json: not valid JSON"));
  r = AuditReportMarkdown("{\"generated_at\": \"2026-12-02T00:00:00Z\"}", "", {}, "x/audit.json");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("x/audit.json: "));
  EXPECT_THAT(r.status().message(), HasSubstr(": missing"));
  // A real audit.json with a manual.json whose rate is a string.
  const std::string out = Audit(lanjie::testing::TmpDir() + "/audit_report_bad");
  const std::string audit = ReadFile(out + "/audit.json");
  r = AuditReportHtml(audit, "{\"labelled\": 1, \"sample\": 1, \"passed\": 1, \"rate\": \"1\"}", {}, "a.json",
                      "m/manual.json");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("m/manual.json: rate: expected a number, found string"));
  EXPECT_FALSE(WriteAuditReportXlsx(audit, "[]", {}, out + "/x.xlsx", "a.json", "m.json").ok());
  EXPECT_EQ(Sh("test -e " + out + "/x.xlsx"), 1);
  // The CLI: exit 2 and the message names the file.
  WriteFile(out + "/audit.json", "{}");
  EXPECT_EQ(Sh(kLanjie + " corpus report --out " + out + " 2> " + out + "/err.txt"), 2);
  EXPECT_THAT(ReadFile(out + "/err.txt"), HasSubstr(out + "/audit.json: "));
}

// Converted to PDF by LibreOffice, page 1 holds the whole summary: header
// block, the 结论 table to its last column, and the sign-off block.
TEST(AuditReport, SummaryPrintsOnPageOne) {
  if (Sh("command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "needs soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils)";
  const std::string out = Audit(lanjie::testing::TmpDir() + "/audit_report_pdf", "--org 示例科技有限公司");
  ASSERT_EQ(Sh("cd " + out + " && timeout 120 soffice --headless -env:UserInstallation=file://" + out +
               "/lo-profile --convert-to pdf --outdir " + out + " audit.xlsx >/dev/null 2>&1"),
            0);
  ASSERT_EQ(Sh("pdftotext -layout -f 1 -l 1 " + out + "/audit.pdf " + out + "/p1.txt"), 0);
  const std::string page1 = ReadFile(out + "/p1.txt");
  for (const char* s : {"单位", "示例科技有限公司", "关键词抽检", "置信区间上限", "判定", "97.95%", "编制", "审核", "第 1 页"})
    EXPECT_THAT(page1, HasSubstr(s)) << s;
}

}  // namespace
}  // namespace lanjie
