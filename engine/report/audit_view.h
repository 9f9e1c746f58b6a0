// What the corpus-audit reports show, read from audit.json (+ manual.json):
// one parse, checked field by field, shared by the Markdown, HTML and XLSX
// writers so the three can never disagree.
#ifndef LANJIE_ENGINE_REPORT_AUDIT_VIEW_H_
#define LANJIE_ENGINE_REPORT_AUDIT_VIEW_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/report/audit_report.h"

namespace lanjie::report {

// One check of clause 9.2 (keyword or manual): a 合格率 against a line.
struct AuditCheck {
  std::string name;         // 关键词抽检 / 人工抽检
  std::string requirement;  // "抽检比例 ≥ 10%，合格率 ≥ 98%"
  std::string sample;       // "3,000 条（占 100.0%）"
  bool measured = false;    // false: not done yet (no rate to show)
  int64_t n = 0, passed = 0;
  double rate = 0, ci_low = 0, ci_high = 0;
  std::optional<double> line;
  std::string verdict_zh;       // 符合 / 符合（置信区间跨越阈值） / 不符合 / 未完成 / 不适用
  bool pass = false;            // 符合 with or without the crossing flag
  std::vector<std::string> notes;  // why not 符合 / what is missing
};

struct AuditRiskRow {
  std::string code, name;
  int64_t n = 0, passed = 0, failed_records = 0, review_records = 0, hits = 0;
  double rate = 0, ci_low = 0, ci_high = 0;
  bool below_line = false;
};

struct AuditInputRow {
  std::string path, xxh3_128;
  int64_t size = 0, records = 0, sampled = 0, failed = 0, unreadable = 0;
};

struct AuditErrorRow {
  std::string path, kind, message;
  int64_t line = 0, offset = 0;
};

struct AuditView {
  AuditReportInfo info;      // report_date filled in
  std::string generated_at;  // audit.json's, UTC
  std::string tool_version, profile, list_hash, list_version;
  double fraction = 0;
  uint64_t seed = 0;
  std::string field_desc;  // "JSONL 字段 text" / "CSV 列 text" / "文本（每行一条）"
  int64_t records = 0, sampled = 0, failed = 0, unreadable = 0, review_records = 0;
  AuditCheck keyword, manual;
  bool manual_imported = false;
  std::optional<double> agreement;  // keyword check vs reviewers, when imported
  int64_t keyword_fail_reviewer_pass = 0, keyword_pass_reviewer_fail = 0;
  std::string overall_zh;  // 符合 / 不符合 / 待定（人工抽检未完成）
  bool overall_pass = false;
  std::vector<AuditRiskRow> risks;
  std::vector<AuditInputRow> inputs;
  std::map<std::string, int64_t> errors_by_kind;
  std::vector<AuditErrorRow> errors;  // as listed in audit.json (capped per file)
  int64_t errors_total = 0, errors_unlisted = 0;
};

absl::StatusOr<AuditView> ParseAuditView(std::string_view audit_json, std::string_view manual_json,
                                         const AuditReportInfo& info, std::string_view audit_name,
                                         std::string_view manual_name);

inline constexpr char kAuditTitle[] = "训练语料安全评估报告（TC260-003 第 9.2 条）";

// The header block every report starts with: 单位, 语料名称, 报告日期, list
// version and hash, profile, sampling, how records were read, tool.
std::vector<std::pair<std::string, std::string>> AuditHeaderBlock(const AuditView& v);

// 12,345
std::string Thousands(int64_t n);
// A 合格率 with two decimals ("97.95%"): one decimal would round 97.95% up
// to the 98% line.
std::string RatePct(double x);
// "97.95% [97.80%, 98.09%]"
std::string RateWithInterval(double rate, double low, double high);
// Chinese names of the kinds of unreadable records ("invalid_json" -> 无效 JSON).
std::string ErrorKindZh(std::string_view kind);

}  // namespace lanjie::report

#endif  // LANJIE_ENGINE_REPORT_AUDIT_VIEW_H_
