// Print-ready layout for the workbooks reviewers print and sign (the filing
// list, the change record, the corpus manual-review sample): column widths
// that account for CJK characters, and A4 landscape pages one page wide with
// repeated header rows and page numbers; and the cell formats all of them
// (and the evaluation report and corpus audit workbooks) share.
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
struct lxw_workbook;
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

// The cell formats every reviewer workbook uses (the filing list and change
// record, the evaluation report and review workbook, the corpus audit).
// Formats belong to their workbook and live until it is closed; one that no
// cell uses is not written to the file.
struct ReviewerFormats {
  lxw_format* title = nullptr;    // bold, 14 pt: the sheet's title line
  lxw_format* bold = nullptr;     // labels of the header and sign-off blocks
  lxw_format* header = nullptr;   // a table's header row: bold, shaded, thin border
  lxw_format* percent = nullptr;  // rates stored as numbers, shown as percentages
  lxw_format* fail = nullptr;     // a failing verdict: bold, red
  lxw_format* pass = nullptr;     // a passing verdict: bold, green
  lxw_format* wrap = nullptr;     // long text that wraps
  lxw_format* line = nullptr;     // a signature line: thin bottom border
};

// What differs between the workbooks; the defaults are the filing list's.
struct ReviewerFormatOptions {
  uint32_t header_fill = 0xD9E1F2;     // RGB of the header row's shading
  bool header_wraps = false;           // header cells wrap (long bilingual headers)
  bool align_top = false;              // wrapped cells and the header align to the top
  const char* percent = "0.0%";        // number format of `percent`
  uint32_t fail_color = 0xFF0000;      // RGB of `fail`
};

// Adds the formats to `wb`. Cost: eight small allocations; no errors
// (libxlsxwriter reports allocation failure when the workbook is closed).
LANJIE_EXPORT ReviewerFormats AddReviewerFormats(lxw_workbook* wb, const ReviewerFormatOptions& options = {});

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_XLSX_LAYOUT_H_
