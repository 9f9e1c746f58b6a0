#include "lanjie/lexicon/xlsx_layout.h"

#include <xlsxwriter.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "lanjie/common/utf8.h"

namespace lanjie {

double DisplayWidth(std::string_view s) {
  double w = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    uint32_t cp = 0;
    int n = DecodeUtf8(p, end, &cp);
    p += n > 0 ? n : 1;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    w += wide ? 2.1 : 1.1;
  }
  return w;
}

void ColumnWidths::See(uint16_t col, std::string_view text) {
  if (col >= w_.size()) w_.resize(col + 1, 0);
  w_[col] = std::max(w_[col], DisplayWidth(text));
}

void ColumnWidths::Apply(lxw_worksheet* ws, double min_width, double max_width, lxw_format* wrap) const {
  for (lxw_col_t c = 0; c < w_.size(); ++c) {
    const double w = std::clamp(w_[c] + 2, min_width, max_width);
    worksheet_set_column(ws, c, c, w, w_[c] + 2 > max_width ? wrap : nullptr);
  }
}

void PrintSetup(lxw_worksheet* ws, uint32_t repeat_first, uint32_t repeat_last, const std::string& title,
                uint16_t pages_tall) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);
  worksheet_fit_to_pages(ws, 1, pages_tall);
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
  if (repeat_last >= repeat_first) worksheet_repeat_rows(ws, repeat_first, repeat_last);
  const std::string footer = absl::StrCat("&L", title, "&R第 &P 页，共 &N 页");
  worksheet_set_footer(ws, footer.c_str());
}

ReviewerFormats AddReviewerFormats(lxw_workbook* wb, const ReviewerFormatOptions& o) {
  ReviewerFormats f;
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.bold = workbook_add_format(wb);
  format_set_bold(f.bold);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  if (o.header_wraps) format_set_text_wrap(f.header);
  if (o.align_top) format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(f.header, o.header_fill);
  format_set_border(f.header, LXW_BORDER_THIN);
  f.percent = workbook_add_format(wb);
  format_set_num_format(f.percent, o.percent);
  f.fail = workbook_add_format(wb);
  format_set_bold(f.fail);
  format_set_font_color(f.fail, o.fail_color);
  f.pass = workbook_add_format(wb);
  format_set_bold(f.pass);
  format_set_font_color(f.pass, 0x2E7D32);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  if (o.align_top) format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.line = workbook_add_format(wb);
  format_set_bottom(f.line, LXW_BORDER_THIN);
  return f;
}

}  // namespace lanjie
