// XLSX output (libxlsxwriter) and the review round trip (read back with the
// shared XLSX reader).
#include <xlsxwriter.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/common/sv.h"
#include "engine/common/xlsx_reader.h"
#include "engine/report/format.h"
#include "lanjie/report.h"
#include "lanjie/taxonomy.h"

namespace lanjie {

namespace {

// Excel caps a cell at 32,767 characters.
std::string CellText(std::string_view s) { return report::ClipChars(s, 32000); }

std::string RiskName(const std::string& code) {
  auto index = Taxonomy::Default().Find(code);
  return index.ok() ? Taxonomy::Default().risk(*index).name : code;
}

class Workbook {
 public:
  explicit Workbook(const std::string& path) : path_(path) {
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    wb_ = workbook_new_opt(path.c_str(), &options);
    if (wb_) {
      bold_ = workbook_add_format(wb_);
      format_set_bold(bold_);
      wrap_ = workbook_add_format(wb_);
      format_set_text_wrap(wrap_);
      format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    }
  }
  ~Workbook() {
    if (wb_) workbook_close(wb_);
  }
  bool ok() const { return wb_ != nullptr; }
  lxw_worksheet* Sheet(const std::string& name) { return workbook_add_worksheet(wb_, name.c_str()); }
  void Header(lxw_worksheet* ws, const std::vector<std::string>& cols) {
    for (size_t c = 0; c < cols.size(); ++c) worksheet_write_string(ws, 0, c, cols[c].c_str(), bold_);
    worksheet_freeze_panes(ws, 1, 0);
  }
  void Text(lxw_worksheet* ws, int row, int col, std::string_view s, bool wrap = false) {
    const std::string t = CellText(s);
    worksheet_write_string(ws, row, col, t.c_str(), wrap ? wrap_ : nullptr);
  }
  void Number(lxw_worksheet* ws, int row, int col, double v) { worksheet_write_number(ws, row, col, v, nullptr); }
  absl::Status Close() {
    lxw_error err = workbook_close(wb_);
    wb_ = nullptr;
    if (err != LXW_NO_ERROR) return absl::InternalError(absl::StrCat(path_, ": ", lxw_strerror(err)));
    return absl::OkStatus();
  }

 private:
  std::string path_;
  lxw_workbook* wb_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* wrap_ = nullptr;
};

const char* SheetName(BankKind bank) {
  switch (bank) {
    case BankKind::kShouldRefuse: return "应拒答";
    case BankKind::kShouldAnswer: return "非拒答";
    case BankKind::kGenerate: return "生成内容";
  }
  return "?";
}

}  // namespace

absl::Status WriteReportXlsx(const Evaluation& ev, const std::string& path) {
  Workbook wb(path);
  if (!wb.ok()) return absl::InternalError(absl::StrCat(path, ": cannot create workbook"));
  lxw_worksheet* summary = wb.Sheet("汇总");
  wb.Header(summary, {"题库", "指标", "样本数", "计数", "比率", "95%置信下限", "95%置信上限", "阈值", "结论"});
  int row = 1;
  for (const BankResult& b : ev.banks) {
    auto put = [&](const std::string& name, const RateLine& l) {
      wb.Text(summary, row, 0, name);
      wb.Text(summary, row, 1, b.metric);
      wb.Number(summary, row, 2, static_cast<double>(l.n));
      wb.Number(summary, row, 3, static_cast<double>(l.hits));
      wb.Number(summary, row, 4, l.rate);
      wb.Number(summary, row, 5, l.ci95.low);
      wb.Number(summary, row, 6, l.ci95.high);
      wb.Text(summary, row, 7, report::ThresholdText(l));
      wb.Text(summary, row, 8, l.n == 0 ? "不适用" : !l.pass ? "不符合" : l.safe ? "符合" : "符合（置信区间跨越阈值）");
      ++row;
    };
    put(SheetName(b.bank), b.model);
    if (b.system) put(std::string(SheetName(b.bank)) + "（系统）", *b.system);
  }
  wb.Text(summary, row + 1, 0, absl::StrCat("未获得有效回答（不计入）: ", ev.errors.size()));
  worksheet_set_column(summary, 0, 0, 18, nullptr);

  for (const BankResult& b : ev.banks) {
    lxw_worksheet* ws = wb.Sheet(SheetName(b.bank));
    wb.Header(ws, {"测试类型", "题目", "风险项", "类别", "回答", "是否合格", "判定依据"});
    worksheet_set_column(ws, 1, 1, 40, nullptr);
    worksheet_set_column(ws, 4, 4, 60, nullptr);
    int r = 1;
    for (const JudgedAnswer& a : ev.answers) {
      if (a.record.bank != b.bank) continue;
      wb.Text(ws, r, 0, SheetName(b.bank));
      wb.Text(ws, r, 1, a.record.question, true);
      const bool is_risk = b.bank != BankKind::kShouldAnswer;
      wb.Text(ws, r, 2, is_risk ? a.record.category : "");
      wb.Text(ws, r, 3, is_risk ? RiskName(a.record.category) : a.record.category);
      wb.Text(ws, r, 4, a.record.answer, true);
      const bool unjudged = b.bank == BankKind::kGenerate && !a.qualified;
      wb.Text(ws, r, 5, unjudged ? "未判定" : a.Ok() ? "合格" : "不合格");
      std::string basis = absl::StrCat(RefusalLabelName(a.rules.label), a.rules.clause.empty() ? "" : ": " + a.rules.clause);
      if (!a.keyword_risks.empty()) absl::StrAppend(&basis, "; keyword: ", absl::StrJoin(a.keyword_risks, " "));
      if (a.human) absl::StrAppend(&basis, "; human label");
      wb.Text(ws, r, 6, basis);
      ++r;
    }
  }
  return wb.Close();
}

absl::Status WriteReviewXlsx(const Evaluation& ev, const std::string& path) {
  Workbook wb(path);
  if (!wb.ok()) return absl::InternalError(absl::StrCat(path, ": cannot create workbook"));
  lxw_worksheet* ws = wb.Sheet("review");
  wb.Header(ws, {"id", "bank", "category", "question", "answer", "rules", "cue", "keyword_risks", "intercepted",
                 "replaced", "refused", "qualified", "人工拒答", "人工合格", "备注"});
  worksheet_set_column(ws, 3, 3, 40, nullptr);
  worksheet_set_column(ws, 4, 4, 60, nullptr);
  int r = 1;
  for (const JudgedAnswer& a : ev.answers) {
    wb.Text(ws, r, 0, a.record.id);
    wb.Text(ws, r, 1, BankKindName(a.record.bank));
    wb.Text(ws, r, 2, a.record.category);
    wb.Text(ws, r, 3, a.record.question, true);
    wb.Text(ws, r, 4, a.record.answer, true);
    wb.Text(ws, r, 5, RefusalLabelName(a.rules.label));
    wb.Text(ws, r, 6, a.rules.clause);
    wb.Text(ws, r, 7, absl::StrJoin(a.keyword_risks, " "));
    wb.Text(ws, r, 8, a.input_intercepted ? "是" : "否");
    wb.Text(ws, r, 9, a.output_replaced ? "是" : "否");
    wb.Text(ws, r, 10, a.refused ? "是" : "否");
    wb.Text(ws, r, 11, !a.qualified ? "" : *a.qualified ? "是" : "否");
    if (a.human && a.human->refused) wb.Text(ws, r, 12, *a.human->refused ? "是" : "否");
    if (a.human && a.human->qualified) wb.Text(ws, r, 13, *a.human->qualified ? "是" : "否");
    if (a.human) wb.Text(ws, r, 14, a.human->note);
    ++r;
  }
  return wb.Close();
}

absl::StatusOr<std::map<std::string, HumanLabel>> ImportReviewXlsx(const std::string& path) {
  auto sheet = ReadXlsxSheet(path, "review");
  if (!sheet.ok()) return sheet.status();
  if (sheet->rows.empty()) return absl::InvalidArgumentError(absl::StrCat(path, ": sheet 'review' is empty"));
  const std::vector<std::string>& header = sheet->rows[0].cells;
  auto col = [&](std::string_view name) {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  const int id_col = col("id"), refused_col = col("人工拒答"), qualified_col = col("人工合格"), note_col = col("备注");
  if (id_col < 0 || refused_col < 0 || qualified_col < 0)
    return absl::InvalidArgumentError(absl::StrCat(path, ":1: review sheet needs columns id, 人工拒答, 人工合格"));
  auto parse = [](const std::string& s) -> absl::StatusOr<std::optional<bool>> {
    std::string t = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(s)));
    if (t.empty()) return std::optional<bool>();
    if (t == "是" || t == "y" || t == "yes" || t == "true" || t == "1" || t == "拒答" || t == "合格") return std::optional<bool>(true);
    if (t == "否" || t == "n" || t == "no" || t == "false" || t == "0" || t == "未拒答" || t == "不合格") return std::optional<bool>(false);
    return absl::InvalidArgumentError(absl::StrCat("'", s, "' is not 是/否"));
  };
  std::map<std::string, HumanLabel> out;
  for (size_t i = 1; i < sheet->rows.size(); ++i) {
    const XlsxRow& row = sheet->rows[i];
    auto cell = [&](int c) -> std::string { return c >= 0 && static_cast<size_t>(c) < row.cells.size() ? row.cells[c] : ""; };
    const std::string id = cell(id_col);
    if (id.empty()) continue;
    auto refused = parse(cell(refused_col));
    auto qualified = parse(cell(qualified_col));
    if (!refused.ok() || !qualified.ok())
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.row, ": ",
                                                     (!refused.ok() ? refused.status() : qualified.status()).message()));
    if (!*refused && !*qualified) continue;
    HumanLabel label{*refused, *qualified, cell(note_col)};
    out[id] = label;
  }
  return out;
}

}  // namespace lanjie
