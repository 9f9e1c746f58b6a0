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
#include "lanjie/eval/evaluation.h"

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

// Review workbook (sheet "review"): id, bank, category, 抽样/uncertain,
// question, answer, the rules' verdict (拒答 / 部分拒答 / 未拒答 / 不确定 with
// the English beside) and 判定依据 (construction: clause), the verdict as it
// counts and its source, the LLM verdict, keyword risks, system-mode flags,
// and columns 人工拒答 / 人工合格 / 备注 for reviewers (是/否; existing human
// labels prefilled).
// Rows: every answer the rules leave uncertain first (marked "uncertain"),
// then, when `sample` is given, the sample's answers bank by bank (marked
// "抽样"); without a sample, every other answer follows.
absl::Status WriteReviewXlsx(const Evaluation& ev, const std::string& path, const ReviewSample* sample = nullptr);
// Reads the reviewers' labels back; rows with neither label are skipped.
// With `sample`, a label's `audit` is set when its id is in the sample, and
// a row marked 抽样 whose id is not in the sample is an error naming the
// file and row (a workbook from another export). Errors name file and row.
absl::StatusOr<std::map<std::string, HumanLabel>> ImportReviewXlsx(const std::string& path,
                                                                   const ReviewSample* sample = nullptr);

struct ReviewExportSummary {
  int64_t rows = 0, uncertain = 0, sampled = 0;
};
// `lanjie eval review-export`: with per_bank > 0, draws the audit sample
// (DrawReviewSample) and writes DIR/review_sample.json atomically before the
// workbook; with per_bank == 0, writes every answer and marks the ids of an
// existing DIR/review_sample.json as 抽样.
absl::StatusOr<ReviewExportSummary> ExportReview(const Evaluation& ev, const std::string& dir, const std::string& path,
                                                 int64_t per_bank, uint64_t seed);

struct ReviewImportSummary {
  int64_t imported = 0, audit = 0, total = 0;
};
// `lanjie eval review-import`: reads the workbook, checks every id is a
// question of DIR, merges into DIR/human_labels.jsonl (new labels replace old
// ones; the audit flag is kept once set) and writes it atomically.
absl::StatusOr<ReviewImportSummary> ImportReview(const std::string& dir, const std::string& path);

}  // namespace lanjie

#endif  // LANJIE_REPORT_H_
