// The filing reports of a training-corpus audit (TC260-003 clause 9.2):
// audit.md, audit.html (one self-contained file, same style as the eval
// report) and audit.xlsx (print-ready: A4 landscape, one page wide, header
// rows repeated, a header block and a sign-off block 编制 / 审核 / 日期).
//
// They are rendered from the audit's own outputs, never from in-memory
// state, so the CLI, the Dask package (which writes the same audit.json) and
// a later `lanjie corpus report DIR` give the same reports:
//   * audit.json (required): `lanjie corpus audit` / lanjie.corpus;
//   * manual.json (optional): `lanjie corpus review-import`; without it the
//     manual check shows as 未完成 (not yet imported).
// Each report shows the keyword check (sample share against the clause's
// 10%, 合格率 with its Wilson 95% interval against 98%), the manual check
// (sample size against 4,000, 合格率 against 96%, agreement of the keyword
// check with the reviewers), the per-risk table with risk names, the inputs
// with sizes and hashes, and the unreadable records by kind.
//
// Thread safety: free functions without shared state.
// Cost: linear in audit.json (a few KB to a few MB: listed errors are capped
// per file by the audit).
// Errors: a missing or malformed audit.json / manual.json is an error naming
// the file and what is wrong (InvalidArgument or NotFound); a report that
// cannot be written names its path. Files are written atomically (temporary
// name, fsync, rename), so a crash leaves the previous report or none.
#ifndef LANJIE_REPORT_AUDIT_REPORT_H_
#define LANJIE_REPORT_AUDIT_REPORT_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

// What the audit's JSON does not know: who files and what corpus it is.
struct AuditReportInfo {
  std::string organisation;  // 单位; empty shows （请填写）
  std::string corpus_name;   // 语料名称; empty shows （请填写）
  // "YYYY-MM-DD HH:MM (北京时间)" shown as the report's date; empty: the
  // audit's generated_at converted to Beijing time.
  std::string report_date;
};

// Renders from the texts of audit.json and manual.json (`manual_json` may be
// empty: no manual check imported yet). `audit_name`/`manual_name` name the
// sources in errors.
LANJIE_EXPORT absl::StatusOr<std::string> AuditReportMarkdown(std::string_view audit_json,
                                                               std::string_view manual_json,
                                                               const AuditReportInfo& info,
                                                               std::string_view audit_name = "audit.json",
                                                               std::string_view manual_name = "manual.json");
LANJIE_EXPORT absl::StatusOr<std::string> AuditReportHtml(std::string_view audit_json, std::string_view manual_json,
                                                           const AuditReportInfo& info,
                                                           std::string_view audit_name = "audit.json",
                                                           std::string_view manual_name = "manual.json");
LANJIE_EXPORT absl::Status WriteAuditReportXlsx(std::string_view audit_json, std::string_view manual_json,
                                                const AuditReportInfo& info, const std::string& path,
                                                std::string_view audit_name = "audit.json",
                                                std::string_view manual_name = "manual.json");

// Reads DIR/audit.json and, when present, DIR/manual.json, and writes
// DIR/audit.md, DIR/audit.html and DIR/audit.xlsx.
LANJIE_EXPORT absl::Status WriteAuditReports(const std::string& dir, const AuditReportInfo& info);

}  // namespace lanjie

#endif  // LANJIE_REPORT_AUDIT_REPORT_H_
