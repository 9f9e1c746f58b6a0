#include "lanjie/corpus/manual_review.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/json_access.h"
#include "lanjie/common/text_io.h"
#include "lanjie/eval/rates.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/lexicon/xlsx_layout.h"
#include "lanjie/lexicon/xlsx_reader.h"

namespace lanjie::corpus {
namespace {

using Json = nlohmann::json;
using json_access::GetArrayOrNull;
using json_access::GetIntOr;
using json_access::GetNumberOr;
using json_access::GetObject;

const char* const kHeaders[] = {"序号", "记录ID", "来源", "偏移", "关键词判定", "风险类别", "文本摘录", "人工结论", "备注"};
constexpr int kLabelColumn = 7;

// The cell formats of the review sheet (added to the workbook in this order).
struct ReviewFormats {
  lxw_format* bold;
  lxw_format* header;
  lxw_format* cell;
  lxw_format* wrap;
  lxw_format* fail;
  lxw_format* input;
};

// Adds the review sheet's formats to wb, in ReviewFormats' order.
ReviewFormats AddReviewFormats(lxw_workbook* wb) {
  ReviewFormats f;
  f.bold = workbook_add_format(wb);
  format_set_bold(f.bold);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xDDEBF7);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_text_wrap(f.header);
  f.cell = workbook_add_format(wb);
  format_set_border(f.cell, LXW_BORDER_THIN);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
  f.wrap = workbook_add_format(wb);
  format_set_border(f.wrap, LXW_BORDER_THIN);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.fail = workbook_add_format(wb);
  format_set_border(f.fail, LXW_BORDER_THIN);
  format_set_font_color(f.fail, 0xC00000);
  format_set_bold(f.fail);
  format_set_align(f.fail, LXW_ALIGN_VERTICAL_TOP);
  f.input = workbook_add_format(wb);
  format_set_border(f.input, LXW_BORDER_THIN);
  format_set_bg_color(f.input, 0xFFF2CC);
  format_set_align(f.input, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

// Header block (rows 0-3): what was audited and how to fill the sheet.
void WriteReviewIntro(lxw_worksheet* ws, size_t n_items, const ReviewWorkbookInfo& info, lxw_format* bold) {
  worksheet_write_string(ws, 0, 0, "训练语料人工抽检（第9.2条）", bold);
  worksheet_write_string(ws, 1, 0, absl::StrCat("关键词列表版本：", info.list_version, "    哈希：", info.list_hash).c_str(), nullptr);
  worksheet_write_string(ws, 2, 0, absl::StrCat("生成时间：", info.generated_at, "    语料：", info.inputs).c_str(), nullptr);
  worksheet_write_string(ws, 3, 0,
                         absl::StrCat("抽样 ", n_items,
                                      " 条；请在“人工结论”列逐条填写 合格 或 不合格，然后运行 lanjie corpus review-import")
                             .c_str(),
                         nullptr);
}

// One row per item from row `first` (label and note cells left blank for the
// reviewer); returns the row after the last.
lxw_row_t WriteReviewRows(lxw_worksheet* ws, lxw_row_t first, const std::vector<ReviewItem>& items,
                          const ReviewFormats& f, ColumnWidths* widths) {
  lxw_row_t row = first;
  for (size_t i = 0; i < items.size(); ++i, ++row) {
    const ReviewItem& r = items[i];
    const std::string risks = absl::StrJoin(r.risks, " ");
    worksheet_write_number(ws, row, 0, static_cast<double>(i + 1), f.cell);
    worksheet_write_string(ws, row, 1, r.id.c_str(), f.cell);
    worksheet_write_string(ws, row, 2, r.path.c_str(), f.cell);
    worksheet_write_number(ws, row, 3, static_cast<double>(r.offset), f.cell);
    worksheet_write_string(ws, row, 4, r.failed ? "不合格" : "合格", r.failed ? f.fail : f.cell);
    worksheet_write_string(ws, row, 5, risks.c_str(), f.cell);
    worksheet_write_string(ws, row, 6, r.excerpt.c_str(), f.wrap);
    worksheet_write_blank(ws, row, 7, f.input);
    worksheet_write_blank(ws, row, 8, f.input);
    widths->See(1, r.id);
    widths->See(2, r.path);
    widths->See(5, risks);
  }
  return row;
}

// The label column of rows [first, last] accepts only 合格 / 不合格.
void AddLabelValidation(lxw_worksheet* ws, lxw_row_t first, lxw_row_t last) {
  lxw_data_validation dv = {};
  dv.validate = LXW_VALIDATION_TYPE_LIST;
  char pass[] = "合格", fail_label[] = "不合格";
  char* choices[] = {pass, fail_label, nullptr};
  dv.value_list = choices;
  dv.error_title = const_cast<char*>("人工结论");
  dv.error_message = const_cast<char*>("请填写 合格 或 不合格");
  worksheet_data_validation_range(ws, first, kLabelColumn, last, kLabelColumn, &dv);
}

}  // namespace

absl::Status WriteReviewWorkbook(const std::string& path, const std::vector<ReviewItem>& items,
                                 const ReviewWorkbookInfo& info) {
  const std::string tmp = TempPathFor(path);
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (!wb) return absl::InternalError(absl::StrCat(path, ": cannot create the workbook"));
  const ReviewFormats f = AddReviewFormats(wb);

  lxw_worksheet* ws = workbook_add_worksheet(wb, kReviewSheet);
  WriteReviewIntro(ws, items.size(), info, f.bold);
  const lxw_row_t head = 5;
  ColumnWidths widths;
  for (int c = 0; c < 9; ++c) {
    worksheet_write_string(ws, head, static_cast<lxw_col_t>(c), kHeaders[c], f.header);
    widths.See(static_cast<uint16_t>(c), kHeaders[c]);
  }
  const lxw_row_t row = WriteReviewRows(ws, head + 1, items, f, &widths);
  widths.Apply(ws, 8, 40, nullptr);
  worksheet_set_column(ws, 6, 6, 60, nullptr);  // the excerpt wraps in a wide column
  worksheet_set_column(ws, 8, 8, 20, nullptr);  // room for a reviewer's note
  if (!items.empty()) AddLabelValidation(ws, head + 1, row - 1);
  worksheet_freeze_panes(ws, head + 1, 0);
  worksheet_autofilter(ws, head, 0, row > head + 1 ? row - 1 : head, 8);
  PrintSetup(ws, head, head, kReviewSheet);
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    std::remove(tmp.c_str());
    return absl::InternalError(absl::StrCat(path, ": writing the workbook failed: ", lxw_strerror(err)));
  }
  return CommitFileAtomically(tmp, path);
}

namespace {

// Column index of the first header that begins with one of `names`, or -1.
int FindColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string h(absl::StripAsciiWhitespace(header[i]));
    for (const char* n : names)
      if (absl::StartsWithIgnoreCase(h, n)) return static_cast<int>(i);
  }
  return -1;
}

std::optional<bool> ParseLabel(const std::string& s) {
  const std::string v = absl::AsciiStrToLower(absl::StripAsciiWhitespace(s));
  if (v == "合格" || v == "pass" || v == "1" || v == "是") return true;
  if (v == "不合格" || v == "fail" || v == "0" || v == "否") return false;
  return std::nullopt;
}

}  // namespace

absl::StatusOr<std::vector<ReviewLabel>> ReadReviewLabels(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  // Rows as (line, cells), whatever the file type.
  std::vector<std::pair<int64_t, std::vector<std::string>>> rows;
  if (LooksLikeZip(*bytes)) {
    auto sheets = ListXlsxSheets(path);
    if (!sheets.ok()) return sheets.status();
    const bool named = std::find(sheets->begin(), sheets->end(), kReviewSheet) != sheets->end();
    auto sheet = ReadXlsxSheetFromBytes(*bytes, path, named ? kReviewSheet : "");
    if (!sheet.ok()) return sheet.status();
    for (XlsxRow& r : sheet->rows) rows.emplace_back(r.row, std::move(r.cells));
  } else {
    CsvReader reader(*bytes, ',');
    CsvRecord rec;
    std::string error;
    while (reader.Next(&rec, &error)) {
      if (!error.empty()) return absl::InvalidArgumentError(absl::StrCat(path, ":", rec.line, ": ", error));
      rows.emplace_back(rec.line, std::move(rec.fields));
    }
  }
  // The header row is the first row that names both an id and a label column.
  size_t h = 0;
  int id_col = -1, label_col = -1, note_col = -1;
  for (; h < rows.size(); ++h) {
    id_col = FindColumn(rows[h].second, {"记录ID", "id"});
    label_col = FindColumn(rows[h].second, {"人工结论", "label", "manual"});
    if (id_col >= 0 && label_col >= 0) break;
  }
  if (h == rows.size())
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": no header row with a 记录ID (or id) column and a 人工结论 (or label) column"));
  note_col = FindColumn(rows[h].second, {"备注", "note"});
  std::vector<ReviewLabel> out;
  absl::flat_hash_map<std::string, int64_t> seen;
  for (size_t i = h + 1; i < rows.size(); ++i) {
    const auto& [line, row_cells] = rows[i];
    const auto& cells = row_cells;  // a lambda may not capture a structured binding before C++20 (clang)
    auto at = [&cells](int c) { return c >= 0 && c < static_cast<int>(cells.size()) ? cells[c] : std::string(); };
    const std::string id(absl::StripAsciiWhitespace(at(id_col)));
    const std::string label = at(label_col);
    if (id.empty() && absl::StripAsciiWhitespace(label).empty()) continue;
    if (id.empty()) return absl::InvalidArgumentError(absl::StrCat(path, ":", line, ": a label without a record id"));
    if (absl::StripAsciiWhitespace(label).empty()) continue;  // not reviewed yet
    const std::optional<bool> pass = ParseLabel(label);
    if (!pass)
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line, ": unknown label '", label, "' for ", id, " (expected 合格 or 不合格)"));
    if (auto [it, inserted] = seen.emplace(id, line); !inserted)
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line, ": ", id, " is labelled twice (first on row ", it->second, ")"));
    out.push_back({id, *pass, at(note_col), line});
  }
  return out;
}

absl::StatusOr<ReviewSampleSpec> ReadReviewSampleSpec(const std::string& audit_json_path) {
  auto text = ReadFile(audit_json_path);
  if (!text.ok()) return text.status();
  Json doc = Json::parse(*text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return absl::InvalidArgumentError(absl::StrCat(audit_json_path, ": not a JSON object"));
  auto manual = GetObject(doc, "manual_sample", audit_json_path);
  if (!manual.ok()) return manual.status();
  ReviewSampleSpec spec;
  auto read_ids = [&](const char* key, std::vector<std::string>* out) -> absl::Status {
    auto arr = GetArrayOrNull(**manual, key, audit_json_path);
    if (!arr.ok()) return arr.status();
    if (*arr == nullptr) return absl::OkStatus();
    for (const Json& v : **arr) {
      if (!v.is_string())
        return absl::InvalidArgumentError(absl::StrCat(audit_json_path, ": manual_sample.", key, " holds a non-string"));
      out->push_back(v.get<std::string>());
    }
    return absl::OkStatus();
  };
  if (absl::Status s = read_ids("ids", &spec.ids); !s.ok()) return s;
  if (absl::Status s = read_ids("failed_ids", &spec.failed_ids); !s.ok()) return s;
  auto sample_min = GetIntOr(**manual, "sample_min", 0, audit_json_path);
  if (!sample_min.ok()) return sample_min.status();
  spec.sample_min = *sample_min;
  if ((*manual)->contains("line")) {
    auto line = GetNumberOr(**manual, "line", 0, audit_json_path);
    if (!line.ok()) return line.status();
    spec.line = *line;
  }
  return spec;
}

absl::StatusOr<ManualCheck> ScoreManualCheck(const ReviewSampleSpec& spec, const std::vector<ReviewLabel>& labels,
                                             const std::string& labels_path) {
  const absl::flat_hash_set<std::string> sample(spec.ids.begin(), spec.ids.end());
  const absl::flat_hash_set<std::string> keyword_failed(spec.failed_ids.begin(), spec.failed_ids.end());
  ManualCheck m;
  m.sample = static_cast<int64_t>(spec.ids.size());
  m.line = spec.line;
  m.sample_min = spec.sample_min;
  for (const ReviewLabel& l : labels) {
    if (!sample.contains(l.id))
      return absl::InvalidArgumentError(
          absl::StrCat(labels_path, ":", l.line, ": ", l.id, " is not in the audit's review sample"));
    ++m.labelled;
    m.passed += l.pass;
    const bool kw_fail = keyword_failed.contains(l.id);
    if (kw_fail && !l.pass) ++m.both_fail;
    else if (kw_fail) ++m.keyword_fail_reviewer_pass;
    else if (!l.pass) ++m.keyword_pass_reviewer_fail;
    else ++m.both_pass;
  }
  if (m.labelled > 0) {
    m.rate = static_cast<double>(m.passed) / static_cast<double>(m.labelled);
    const Interval ci = WilsonInterval(m.passed, m.labelled);
    m.ci_low = ci.low;
    m.ci_high = ci.high;
    m.agreement = static_cast<double>(m.both_fail + m.both_pass) / static_cast<double>(m.labelled);
  }
  const bool below = m.line && m.labelled > 0 && m.rate < *m.line;
  if (below) {
    m.verdict_zh = "不符合";
  } else if (m.labelled < m.sample || m.labelled == 0 || m.sample < m.sample_min || !m.line) {
    m.verdict_zh = "未完成";
  } else {
    m.verdict_zh = "符合";
    m.crosses_line = m.ci_low < *m.line;
  }
  return m;
}

std::string RenderManualJson(const ManualCheck& m, const std::string& labels_path) {
  Json out = {
      {"labels", labels_path},
      {"sample", m.sample},
      {"sample_min", m.sample_min},
      {"labelled", m.labelled},
      {"unlabelled", m.sample - m.labelled},
      {"passed", m.passed},
      {"rate", m.rate},
      {"ci95", {m.ci_low, m.ci_high}},
      {"line", m.line ? Json(*m.line) : Json(nullptr)},
      {"verdict_zh", m.verdict_zh},
      {"crosses_line", m.crosses_line},
      {"keyword_vs_reviewers",
       {{"both_fail", m.both_fail},
        {"keyword_fail_reviewer_pass", m.keyword_fail_reviewer_pass},
        {"keyword_pass_reviewer_fail", m.keyword_pass_reviewer_fail},
        {"both_pass", m.both_pass},
        {"agreement", m.agreement}}},
  };
  return out.dump(1) + "\n";
}

}  // namespace lanjie::corpus
