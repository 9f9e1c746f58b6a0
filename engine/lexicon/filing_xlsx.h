// The filing spreadsheet of a keyword interception list (关键词拦截列表),
// written with libxlsxwriter:
//   概要      list version, date, content hash, profile, per-risk counts
//             against the minimums, verdict, script/language breakdown
//   关键词    序号, 关键词, 风险类别代码, 风险类别, 语种, 来源, 更新日期
//   变更记录  (when a previous version is given) 序号, 变更类型, 关键词,
//             原风险类别代码, 新风险类别代码, 更新日期
#ifndef LANJIE_ENGINE_LEXICON_FILING_XLSX_H_
#define LANJIE_ENGINE_LEXICON_FILING_XLSX_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "engine/lexicon/coverage.h"
#include "engine/lexicon/diff.h"
#include "lanjie/lexicon.h"

namespace lanjie {

struct FilingInfo {
  std::string list_version;  // e.g. "2026-W48"
  std::string date;          // YYYY-MM-DD, also the 更新日期 of every row
  std::string content_hash;  // SHA-256 of the compiled list
  const CoverageReport* coverage = nullptr;  // required
  const ListDiff* changes = nullptr;         // optional: adds 变更记录
  std::string previous_version;              // names the previous list
};

// Writes the workbook to `path` (replaced). Errors name the file.
absl::Status WriteFilingXlsx(const std::string& path, const std::vector<Entry>& entries, const FilingInfo& info);
// A workbook with only the 变更记录 sheet (for `lanjie lexicon diff --xlsx`).
absl::Status WriteChangeRecordXlsx(const std::string& path, const ListDiff& changes, const std::string& date);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_FILING_XLSX_H_
