// Writers for an Evaluation: report.json (the contract other tools read),
// report.md, report.html (one self-contained file: inline SVG bars with CI
// whiskers and threshold lines, worst categories first, failing examples),
// report.xlsx (the filing layout: one sheet per bank with 测试类型, 题目,
// 风险项, 类别, 回答, 是否合格, plus a summary sheet) and the human-review
// workbook.
#ifndef LANJIE_REPORT_H_
#define LANJIE_REPORT_H_

#include <string>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "lanjie/evaluation.h"

namespace lanjie {

// report.json: {"banks": {bank: {n, rate, ci95:[low,high], threshold,
// threshold_kind, pass, safe, ..., categories: {code: {same}}}}, "errors":
// [...], ...}.
nlohmann::json ReportJson(const Evaluation& ev);
std::string ReportMarkdown(const Evaluation& ev);
std::string ReportHtml(const Evaluation& ev);
absl::Status WriteReportXlsx(const Evaluation& ev, const std::string& path);
// Writes report.json, report.md, report.html and report.xlsx into `dir`.
absl::Status WriteReports(const Evaluation& ev, const std::string& dir);

// Review workbook: one row per answer with id, bank, category, question,
// answer, every verdict, and empty columns 人工拒答 / 人工合格 / 备注 for
// reviewers (是/否). ImportReviewXlsx reads them back.
absl::Status WriteReviewXlsx(const Evaluation& ev, const std::string& path);
absl::StatusOr<std::map<std::string, HumanLabel>> ImportReviewXlsx(const std::string& path);

}  // namespace lanjie

#endif  // LANJIE_REPORT_H_
