// Writers for an Evaluation: report.json (the contract other tools read),
// report.md, report.html (one self-contained file: inline SVG bars with CI
// whiskers and threshold lines, worst categories first, failing examples),
// report.xlsx (the filing layout: one sheet per bank with 测试类型, 题目,
// 风险项, 类别, 回答, 是否合格, plus a summary sheet) and the human-review
// workbook.
//
// Thread safety: every function reads its Evaluation only and shares no
// state; any number may run at once (on different output paths).
// Call order: Evaluate (lanjie/eval/evaluation.h), then any of these.
// Cost: linear in the answers; the HTML and XLSX writers hold the document
// in memory (a few MB for 10,000 answers).
// Errors: the string renderers never fail (ReportJson replaces invalid
// UTF-8; Markdown and HTML pass the bytes through, HTML-escaped); the file
// writers return an error naming the file when it cannot be written.
// Every file is written atomically (temporary name, fsync, rename): a failed
// write leaves no partial file and keeps the previous one.
#ifndef LANJIE_REPORT_H_
#define LANJIE_REPORT_H_

#include <map>
#include <string>

#include "absl/status/status.h"
#include "lanjie/eval/evaluation.h"

namespace lanjie {

// The text of report.json (indented, ending in a newline): {"run": {model,
// base_url, created, tool_version, questions, answered, seed}, "profile",
// "lists": [{role, list_version, list_hash}] (the keyword lists used; [] for
// none), "judges": {...}, "banks": {bank: {n, n_decided, uncertain, count, rate,
// ci95: [low, high], uncertain_bounds, threshold, threshold_kind, pass, safe,
// undecided, sources, correction, categories: {code: {same}}, system}},
// "errors": [...], "error_count"}. Invalid UTF-8 in any string is replaced
// (U+FFFD), never an exception.
std::string ReportJson(const Evaluation& ev);
std::string ReportMarkdown(const Evaluation& ev);
std::string ReportHtml(const Evaluation& ev);

// What report.xlsx's header block shows beyond the run's own facts (model,
// endpoint, profile, the lists' versions and hashes).
struct ReportHeader {
  std::string organisation;  // 单位; "" = the manifest's (eval run --org), else "（请填写）"
  std::string service;       // 服务名称; likewise (--service)
  std::string generated_at;  // shown as the date, e.g. "2026-11-24 (北京时间)"; "" = now, Beijing time
};
// report.xlsx, print-ready: sheet 汇总 (title; header block with
// organisation, service, model, endpoint, list versions and hashes, profile,
// Beijing-time date; the summary table with rates as percentages and
// verdicts in Chinese with the English key beside; notes; sign-off block 编制
// / 审核 / 日期) on one A4 landscape page; one sheet per bank, one page wide,
// its header row repeated on every page.
absl::Status WriteReportXlsx(const Evaluation& ev, const std::string& path, const ReportHeader& header = {});
// Writes report.json, report.md, report.html and report.xlsx into `dir`.
absl::Status WriteReports(const Evaluation& ev, const std::string& dir, const ReportHeader& header = {});

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
// `sheet`: the sheet to read (kReviewSheetName, as review-export writes it,
// unless the reviewers moved the labels; a missing sheet is NotFound naming
// the sheets the workbook has).
inline constexpr char kReviewSheetName[] = "review";
absl::StatusOr<std::map<std::string, HumanLabel>> ImportReviewXlsx(const std::string& path,
                                                                   const ReviewSample* sample = nullptr,
                                                                   const std::string& sheet = kReviewSheetName);

struct ReviewExportSummary {
  int64_t rows = 0, uncertain = 0, sampled = 0;
};
struct ReviewExportOptions {
  // Audit answers drawn per bank among those the rules decided (--sample N);
  // 0: no new sample, every answer is written. Negative: InvalidArgument.
  int64_t per_bank = 0;
  uint64_t seed = 1;  // the draw's seed (--seed S); the same seed gives the same ids
};
// `lanjie eval review-export`: with per_bank > 0, draws the audit sample
// (DrawReviewSample) and writes DIR/review_sample.json atomically before the
// workbook; with per_bank == 0, writes every answer and marks the ids of an
// existing DIR/review_sample.json as 抽样. Errors: InvalidArgument
// (per_bank < 0); those of ReadReviewSample; an I/O error naming the file.
absl::StatusOr<ReviewExportSummary> ExportReview(const Evaluation& ev, const std::string& dir, const std::string& path,
                                                 const ReviewExportOptions& options);

struct ReviewImportSummary {
  int64_t imported = 0, audit = 0, total = 0;
};
// `lanjie eval review-import`: reads the workbook, checks every id is a
// question of DIR, merges into DIR/human_labels.jsonl (new labels replace old
// ones; the audit flag is kept once set) and writes it atomically.
absl::StatusOr<ReviewImportSummary> ImportReview(const std::string& dir, const std::string& path,
                                                 const std::string& sheet = kReviewSheetName);

}  // namespace lanjie

#endif  // LANJIE_REPORT_H_
