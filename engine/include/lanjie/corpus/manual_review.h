// The manual check of clause 9.2 on the audit's review sample: a workbook
// for the reviewers, reading their labels back, and the manual 合格率 with
// the keyword check's agreement with them.
//
//   lanjie corpus audit ... --out DIR      writes DIR/review.xlsx (and review.csv)
//   (reviewers fill 人工结论 with 合格 or 不合格)
//   lanjie corpus review-import --out DIR review.xlsx   writes DIR/manual.json
//
// Thread safety: free functions without shared state. Cost: linear in the
// sample (4,000 rows by default); the workbook is built in memory.
#ifndef LANJIE_ENGINE_CORPUS_MANUAL_REVIEW_H_
#define LANJIE_ENGINE_CORPUS_MANUAL_REVIEW_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/corpus/audit.h"

namespace lanjie::corpus {

// Sheet name of the review rows in review.xlsx.
inline constexpr char kReviewSheet[] = "人工抽检";

struct ReviewWorkbookInfo {
  std::string list_hash;     // the artifact's list hash
  std::string generated_at;  // shown in the header block
  std::string inputs;        // short description of the audited inputs
  std::string list_version = "unknown";  // the artifact's list version
};

// Writes the review sample as an XLSX workbook (sheet kReviewSheet): 序号,
// 记录ID, 来源, 偏移, 关键词判定, 风险类别, 文本摘录, then the reviewer's
// columns 人工结论 (a drop-down of 合格 / 不合格) and 备注; landscape, fitted
// to the page width, header repeated on every page. Written to a temporary
// file and renamed (atomic). Errors: Internal naming the path when libxlsxwriter
// fails.
absl::Status WriteReviewWorkbook(const std::string& path, const std::vector<ReviewItem>& items,
                                 const ReviewWorkbookInfo& info);

// One reviewer label.
struct ReviewLabel {
  std::string id;
  bool pass = false;  // 合格
  std::string note;
  int64_t line = 0;   // row in the sheet or line in the CSV, for messages
};

// Labels from a filled review.xlsx (sheet kReviewSheet, or the first sheet)
// or review.csv: the columns are found by their headers (记录ID or id;
// 人工结论...). Accepted labels: 合格 / 不合格, pass / fail, 1 / 0 (case and
// surrounding spaces ignored); an empty label is an unlabelled row (skipped).
// Errors (InvalidArgument, naming the file and row): a missing column, an
// unknown label, the same id labelled twice.
absl::StatusOr<std::vector<ReviewLabel>> ReadReviewLabels(const std::string& path);

// What the audit drew (from audit.json's manual_sample).
struct ReviewSampleSpec {
  std::vector<std::string> ids;         // the sample, in draw order
  std::vector<std::string> failed_ids;  // those the keyword check found 不合格
  int64_t sample_min = 0;               // the profile's minimum sample size (0: none)
  std::optional<double> line;           // the profile's minimum manual 合格率
};

// Reads the manual_sample section of an audit.json. Errors: NotFound /
// InvalidArgument naming the file and the field.
absl::StatusOr<ReviewSampleSpec> ReadReviewSampleSpec(const std::string& audit_json_path);

struct ManualCheck {
  int64_t sample = 0;      // records drawn
  int64_t labelled = 0;    // labelled by reviewers
  int64_t passed = 0;      // labelled 合格
  double rate = 0;         // passed / labelled
  double ci_low = 0, ci_high = 0;  // Wilson 95%
  std::optional<double> line;
  int64_t sample_min = 0;
  // "符合" when every record is labelled, the sample is at least sample_min
  // and rate >= line; "不符合" when rate < line; "未完成" while labels are missing.
  std::string verdict_zh;
  bool crosses_line = false;  // passes, but the interval reaches below the line
  // Keyword check vs reviewers on the labelled records.
  int64_t both_fail = 0, keyword_fail_reviewer_pass = 0, keyword_pass_reviewer_fail = 0, both_pass = 0;
  double agreement = 0;  // (both_fail + both_pass) / labelled
};

// Scores the labels against the sample. Errors (InvalidArgument): a label
// whose id is not in the sample (names its row).
absl::StatusOr<ManualCheck> ScoreManualCheck(const ReviewSampleSpec& spec, const std::vector<ReviewLabel>& labels,
                                             const std::string& labels_path);

// manual.json (pretty-printed, newline-terminated).
std::string RenderManualJson(const ManualCheck& check, const std::string& labels_path);

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_MANUAL_REVIEW_H_
