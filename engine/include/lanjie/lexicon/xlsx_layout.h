// Print-ready layout for the workbooks reviewers print and sign (the filing
// list, the change record, the corpus manual-review sample): column widths
// that account for CJK characters, and A4 landscape pages one page wide with
// repeated header rows and page numbers.
//
// Thread safety: free functions and a value type; a worksheet must not be
// written from two threads at once (libxlsxwriter's rule). Cost: linear in
// the text seen.
#ifndef LANJIE_ENGINE_LEXICON_XLSX_LAYOUT_H_
#define LANJIE_ENGINE_LEXICON_XLSX_LAYOUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/export.h"

// libxlsxwriter's handles; their definitions stay in <xlsxwriter.h>.
struct lxw_worksheet;
struct lxw_format;

namespace lanjie {

// Display width in Excel character units: East Asian wide characters take two.
LANJIE_EXPORT double DisplayWidth(std::string_view s);

// Tracks the widest cell per column and sets the widths at the end.
class ColumnWidths {
 public:
  LANJIE_EXPORT void See(uint16_t col, std::string_view text);
  // Each seen column: its widest cell + 2, clamped to [min_width, max_width];
  // a column cut by max_width gets `wrap` (may be null).
  LANJIE_EXPORT void Apply(lxw_worksheet* ws, double min_width, double max_width, lxw_format* wrap) const;

 private:
  std::vector<double> w_;
};

// A4 landscape, one page wide, rows [repeat_first, repeat_last] repeated on
// every page (none when repeat_last < repeat_first), `title` and page numbers
// in the footer. pages_tall = 1: the whole sheet on one page; 0: as many
// pages as the rows need.
LANJIE_EXPORT void PrintSetup(lxw_worksheet* ws, uint32_t repeat_first, uint32_t repeat_last, const std::string& title,
                              uint16_t pages_tall = 0);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_XLSX_LAYOUT_H_
