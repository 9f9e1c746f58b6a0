// The filing spreadsheet of a keyword interception list (关键词拦截列表),
// written with libxlsxwriter, print-ready (A4 landscape, fitted to the page
// width, header rows repeated on every page, column widths from the text
// with CJK characters counted double, page numbers in the footer):
//   概要      header block (单位, 服务/模型名称, 列表版本, 内容哈希, 日期 in
//             Beijing time), counts (distinct keywords, rows per risk,
//             keywords with several risks: coverage.h's counting rule),
//             per-risk counts against the minimums with 达标率 as a
//             percentage, verdict, script/language breakdown, sign-off
//             block (编制 / 审核 / 日期)
//   关键词    序号, 关键词, 风险类别代码, 风险类别, 语种, 原始来源, 首次收录,
//             更新日期 (per keyword: Entry::first_seen / updated, the
//             export date when unknown)
//   变更记录  (when a previous version is given) 序号, 变更类型, 关键词,
//             原风险类别代码, 新风险类别代码, 原始来源, 更新日期
//   抗变体测试 (when rows are given) the robustness report's rows as
//             lanjie/eval/evasion_selftest.h's EvasionSheetRows writes them
#ifndef LANJIE_ENGINE_LEXICON_FILING_XLSX_H_
#define LANJIE_ENGINE_LEXICON_FILING_XLSX_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "lanjie/common/export.h"
#include "lanjie/lexicon/coverage.h"
#include "lanjie/lexicon/diff.h"
#include "lanjie/lexicon/lexicon.h"

namespace lanjie {

struct FilingInfo {
  std::string organisation;  // 单位 ("" prints a blank to fill in)
  std::string service;       // 服务/模型名称
  std::string list_version;  // e.g. "2026-W48"
  std::string date;          // YYYY-MM-DD (Beijing time), the 更新日期 of rows without one
  std::string generated_at;  // "YYYY-MM-DD HH:MM (北京时间)"; "" = not shown
  const KeywordCounts* counts = nullptr;     // optional: the 概要 count lines
  std::string content_hash;  // SHA-256 of the compiled list
  const CoverageReport* coverage = nullptr;  // required
  const ListDiff* changes = nullptr;         // optional: adds 变更记录
  std::string previous_version;              // names the previous list
  // Optional: adds 抗变体测试, header row first (EvasionSheetRows).
  const std::vector<std::vector<std::string>>* evasion_rows = nullptr;
};

// Writes the workbook to `path` (replaced; write to a temporary name and
// rename for atomicity). Errors name the file.
LANJIE_EXPORT
absl::Status WriteFilingXlsx(const std::string& path, const std::vector<Entry>& entries, const FilingInfo& info);
// A workbook with only the 变更记录 sheet (for `lanjie lexicon diff --xlsx`).
LANJIE_EXPORT
absl::Status WriteChangeRecordXlsx(const std::string& path, const ListDiff& changes, const std::string& date);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_FILING_XLSX_H_
