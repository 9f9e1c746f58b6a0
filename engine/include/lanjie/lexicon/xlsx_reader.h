// Reading cell values from an XLSX workbook (Office Open XML spreadsheet):
// shared strings, inline strings, formula results, numbers and booleans, as
// text. Enough to import keyword lists and question banks written in Excel,
// WPS or LibreOffice; no styles, dates are returned as their serial numbers.
//
// Cost: the whole sheet is parsed into memory (libzip + expat), roughly the
// size of its text. Truncated or corrupt files are errors naming the file and
// the part at fault; nothing is read partially without an error.
#ifndef LANJIE_ENGINE_COMMON_XLSX_READER_H_
#define LANJIE_ENGINE_COMMON_XLSX_READER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

struct XlsxRow {
  uint32_t row = 0;                // 1-based row number as in the sheet
  std::vector<std::string> cells;  // column A = cells[0]; missing cells are ""
};

struct XlsxSheet {
  std::string name;             // sheet name as shown on its tab
  std::vector<XlsxRow> rows;    // non-empty rows only, in row order
};

// Reads the sheet named `sheet` ("" = the first sheet in tab order).
// `name` names the file in error messages.
LANJIE_EXPORT
absl::StatusOr<XlsxSheet> ReadXlsxSheetFromBytes(std::string_view bytes, std::string_view name,
                                                std::string_view sheet = "");
LANJIE_EXPORT absl::StatusOr<XlsxSheet> ReadXlsxSheet(const std::string& path, std::string_view sheet = "");
// Sheet names in tab order.
LANJIE_EXPORT absl::StatusOr<std::vector<std::string>> ListXlsxSheets(const std::string& path);

// True when `bytes` start like a ZIP archive (an XLSX file).
LANJIE_EXPORT bool LooksLikeZip(std::string_view bytes);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_XLSX_READER_H_
