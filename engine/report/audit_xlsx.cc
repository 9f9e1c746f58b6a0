// audit.xlsx: the corpus audit in the filing layout. Sheet 概要 (header
// block, 结论 table, notes, sign-off) prints on one A4 landscape page; 风险类别,
// 输入文件 and 无法读取 print one page wide with their header row repeated.
// Rates are numbers in percent format (two decimals), so a reviewer can
// recompute them.
#include <xlsxwriter.h>

#include "absl/strings/str_cat.h"
#include "audit_view.h"
#include "lanjie/lexicon/xlsx_layout.h"
#include "lanjie/report/audit_report.h"

namespace lanjie {

namespace {

using report::AuditCheck;
using report::AuditView;

// The corpus audit's style: grey header rows that wrap, rates to two decimals.
ReviewerFormats AuditFormats(lxw_workbook* wb) {
  ReviewerFormatOptions o;
  o.header_fill = 0xD9D9D9;
  o.header_wraps = true;
  o.percent = "0.00%";
  o.fail_color = 0xC00000;
  return AddReviewerFormats(wb, o);
}

// A sheet of rows under one header row, tracking column widths.
class Table {
 public:
  Table(lxw_workbook* wb, const ReviewerFormats& fm, const char* name, std::vector<const char*> headers)
      : ws_(workbook_add_worksheet(wb, name)), fm_(fm) {
    for (uint16_t c = 0; c < headers.size(); ++c) {
      worksheet_write_string(ws_, 0, c, headers[c], fm.header);
      widths_.See(c, headers[c]);
    }
  }
  void Text(uint16_t col, const std::string& s, lxw_format* f = nullptr) {
    worksheet_write_string(ws_, row_, col, s.c_str(), f);
    widths_.See(col, s);
  }
  void Number(uint16_t col, double x, lxw_format* f = nullptr) {
    worksheet_write_number(ws_, row_, col, x, f);
    widths_.See(col, "0,000,000");
  }
  void Next() { ++row_; }
  void Finish(const std::string& title) {
    widths_.Apply(ws_, 8, 60, fm_.wrap);
    worksheet_freeze_panes(ws_, 1, 0);
    PrintSetup(ws_, 0, 0, title);
  }

 private:
  lxw_worksheet* ws_;
  const ReviewerFormats& fm_;
  lxw_row_t row_ = 1;
  ColumnWidths widths_;
};

void SummarySheet(lxw_workbook* wb, const ReviewerFormats& fm, const AuditView& v, const std::string& title,
                  const std::vector<std::pair<std::string, std::string>>& header) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "概要");
  ColumnWidths w;
  lxw_row_t row = 0;
  worksheet_write_string(ws, row++, 0, title.c_str(), fm.title);
  for (const auto& [k, val] : header) {
    worksheet_write_string(ws, row, 0, k.c_str(), fm.bold);
    worksheet_write_string(ws, row, 1, val.c_str(), nullptr);
    w.See(0, k);
    ++row;
  }
  worksheet_write_string(ws, row, 0, "结论", fm.bold);
  worksheet_write_string(ws, row, 1, v.overall_zh.c_str(), v.overall_pass ? fm.pass : fm.fail);
  row += 2;
  const char* headers[] = {"检查", "要求", "样本", "合格", "合格率", "置信区间下限", "置信区间上限", "判定"};
  for (uint16_t c = 0; c < 8; ++c) {
    worksheet_write_string(ws, row, c, headers[c], fm.header);
    w.See(c, headers[c]);
  }
  ++row;
  for (const AuditCheck* c : {&v.keyword, &v.manual}) {
    worksheet_write_string(ws, row, 0, c->name.c_str(), nullptr);
    worksheet_write_string(ws, row, 1, c->requirement.c_str(), nullptr);
    worksheet_write_string(ws, row, 2, c->sample.c_str(), nullptr);
    w.See(1, c->requirement);
    w.See(2, c->sample);
    if (c->measured) {
      worksheet_write_number(ws, row, 3, static_cast<double>(c->passed), nullptr);
      worksheet_write_number(ws, row, 4, c->rate, fm.percent);
      worksheet_write_number(ws, row, 5, c->ci_low, fm.percent);
      worksheet_write_number(ws, row, 6, c->ci_high, fm.percent);
    }
    worksheet_write_string(ws, row, 7, c->verdict_zh.c_str(), c->pass ? fm.pass : fm.fail);
    w.See(7, c->verdict_zh);
    ++row;
  }
  ++row;
  auto note = [&](const std::string& text) {
    worksheet_write_string(ws, row, 0, "说明", fm.bold);
    worksheet_write_string(ws, row, 1, text.c_str(), nullptr);
    ++row;
  };
  for (const AuditCheck* c : {&v.keyword, &v.manual})
    for (const std::string& n : c->notes) note(absl::StrCat(c->name, "：", n));
  if (v.agreement)
    note(absl::StrCat("关键词抽检与人工审核一致率 ", report::RatePct(*v.agreement), "（关键词判不合格、人工判合格 ",
                      v.keyword_fail_reviewer_pass, " 条；关键词判合格、人工判不合格 ", v.keyword_pass_reviewer_fail,
                      " 条）"));
  note(absl::StrCat("记录总数 ", report::Thousands(v.records), "，抽检 ", report::Thousands(v.sampled), "，不合格 ",
                    report::Thousands(v.failed), "，无法读取 ", report::Thousands(v.unreadable)));
  row += 1;
  const char* sign[] = {"编制", "审核", "日期"};
  for (uint16_t c = 0; c < 3; ++c) worksheet_write_string(ws, row, static_cast<uint16_t>(2 * c), sign[c], fm.bold);
  w.Apply(ws, 10, 48, fm.wrap);
  PrintSetup(ws, 1, 0, title, /*pages_tall=*/1);  // no repeated rows: one page
}

// Sheet 风险类别: one row per risk code (rates as percentages).
void RiskSheet(lxw_workbook* wb, const ReviewerFormats& fm, const AuditView& v, const std::string& title) {
  Table risks(wb, fm, "风险类别", {"代码", "风险类别", "抽检记录", "不合格记录", "待复核记录", "命中次数", "合格率",
                                    "置信区间下限", "置信区间上限", "低于要求"});
  for (const report::AuditRiskRow& r : v.risks) {
    risks.Text(0, r.code);
    risks.Text(1, r.name);
    risks.Number(2, static_cast<double>(r.n));
    risks.Number(3, static_cast<double>(r.failed_records));
    risks.Number(4, static_cast<double>(r.review_records));
    risks.Number(5, static_cast<double>(r.hits));
    risks.Number(6, r.rate, fm.percent);
    risks.Number(7, r.ci_low, fm.percent);
    risks.Number(8, r.ci_high, fm.percent);
    risks.Text(9, r.below_line ? "是" : "否", r.below_line ? fm.fail : nullptr);
    risks.Next();
  }
  risks.Finish(absl::StrCat(title, " 风险类别"));
}

// Sheet 输入文件: one row per audited input.
void InputSheet(lxw_workbook* wb, const ReviewerFormats& fm, const AuditView& v, const std::string& title) {
  Table inputs(wb, fm, "输入文件", {"文件", "字节", "记录", "抽检", "不合格", "无法读取", "XXH3-128"});
  for (const report::AuditInputRow& in : v.inputs) {
    inputs.Text(0, in.path);
    inputs.Number(1, static_cast<double>(in.size));
    inputs.Number(2, static_cast<double>(in.records));
    inputs.Number(3, static_cast<double>(in.sampled));
    inputs.Number(4, static_cast<double>(in.failed));
    inputs.Number(5, static_cast<double>(in.unreadable));
    inputs.Text(6, in.xxh3_128);
    inputs.Next();
  }
  inputs.Finish(absl::StrCat(title, " 输入文件"));
}

// Sheet 无法读取: every listed unreadable record, then how many were not listed.
void ErrorSheet(lxw_workbook* wb, const ReviewerFormats& fm, const AuditView& v, const std::string& title) {
  Table errors(wb, fm, "无法读取", {"文件", "行", "字节偏移", "类型", "说明"});
  for (const report::AuditErrorRow& e : v.errors) {
    errors.Text(0, e.path);
    errors.Number(1, static_cast<double>(e.line));
    errors.Number(2, static_cast<double>(e.offset));
    errors.Text(3, report::ErrorKindZh(e.kind));
    errors.Text(4, e.message);
    errors.Next();
  }
  if (v.errors_unlisted > 0) {
    errors.Text(0, absl::StrCat("另有 ", report::Thousands(v.errors_unlisted), " 条未列出（每个文件列出前若干条）"));
    errors.Next();
  }
  errors.Finish(absl::StrCat(title, " 无法读取的记录"));
}

}  // namespace

absl::Status WriteAuditReportXlsx(std::string_view audit_json, std::string_view manual_json,
                                  const AuditReportInfo& info, const std::string& path, std::string_view audit_name,
                                  std::string_view manual_name) {
  auto view = report::ParseAuditView(audit_json, manual_json, info, audit_name, manual_name);
  if (!view.ok()) return view.status();
  const AuditView& v = *view;
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) return absl::InternalError(absl::StrCat(path, ": cannot create the workbook"));
  const ReviewerFormats fm = AuditFormats(wb);
  const std::string title = report::kAuditTitle;
  SummarySheet(wb, fm, v, title, report::AuditHeaderBlock(v));

  RiskSheet(wb, fm, v, title);
  InputSheet(wb, fm, v, title);
  ErrorSheet(wb, fm, v, title);

  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    return absl::InternalError(absl::StrCat(path, ": writing the workbook failed: ", lxw_strerror(err)));
  return absl::OkStatus();
}

}  // namespace lanjie
