// XLSX output (libxlsxwriter) and the review round trip (read back with the
// shared XLSX reader).
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/xlsx_layout.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "format.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/report/report.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {

namespace {

// Excel caps a cell at 32,767 characters.
std::string CellText(std::string_view s) { return report::ClipChars(s, 32000); }

using report::RiskName;

// ColumnWidths (lanjie/lexicon/xlsx_layout.h) that also tells the width it
// gives a column, for paragraphs merged across a table.
class Widths {
 public:
  void See(uint16_t col, std::string_view text) {
    cw_.See(col, text);
    if (col >= w_.size()) w_.resize(col + 1, 0);
    w_[col] = std::max(w_[col], DisplayWidth(text));
  }
  void Apply(lxw_worksheet* ws, double min_width, double max_width, lxw_format* wrap) {
    cw_.Apply(ws, min_width, max_width, wrap);
    min_ = min_width;
    max_ = max_width;
  }
  // Sum of the widths Apply gave columns [0, n).
  double Total(size_t n) const {
    double total = 0;
    for (size_t c = 0; c < n; ++c) total += std::clamp((c < w_.size() ? w_[c] : 0) + 2, min_, max_);
    return total;
  }

 private:
  ColumnWidths cw_;
  std::vector<double> w_;
  double min_ = 0, max_ = 0;
};

// A workbook written to a temporary name beside `path` and renamed over it
// by Close: a failed write never leaves a partial or empty file at `path`.
class Workbook {
 public:
  explicit Workbook(const std::string& path) : path_(path), tmp_(TempPathFor(path)) {
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    wb_ = workbook_new_opt(tmp_.c_str(), &options);
    if (!wb_) return;
    // The evaluation's style: header rows that wrap, everything top-aligned.
    ReviewerFormatOptions style;
    style.header_wraps = true;
    style.align_top = true;
    fm_ = AddReviewerFormats(wb_, style);
  }
  ~Workbook() {
    if (!wb_) return;
    workbook_close(wb_);
    std::remove(tmp_.c_str());
  }
  bool ok() const { return wb_ != nullptr; }
  lxw_worksheet* Sheet(const std::string& name) { return workbook_add_worksheet(wb_, name.c_str()); }
  // Header row `row` (bold, shaded, wrapped), frozen below it.
  void Header(lxw_worksheet* ws, const std::vector<std::string>& cols, lxw_row_t row = 0, Widths* widths = nullptr) {
    for (size_t c = 0; c < cols.size(); ++c) {
      worksheet_write_string(ws, row, c, cols[c].c_str(), fm_.header);
      // Headers wrap at spaces: a column is as wide as its data or the
      // longest word of its header.
      if (widths)
        for (absl::string_view word : absl::StrSplit(cols[c], ' ')) widths->See(c, Sv(word));
    }
    worksheet_freeze_panes(ws, row + 1, 0);
  }
  void Text(lxw_worksheet* ws, int row, int col, std::string_view s, bool wrap = false, Widths* widths = nullptr) {
    const std::string t = CellText(s);
    worksheet_write_string(ws, row, col, t.c_str(), wrap ? fm_.wrap : nullptr);
    if (widths) widths->See(col, t);
  }
  void Number(lxw_worksheet* ws, int row, int col, double v) { worksheet_write_number(ws, row, col, v, nullptr); }
  void Percent(lxw_worksheet* ws, int row, int col, double v) { worksheet_write_number(ws, row, col, v, fm_.percent); }
  lxw_format* bold() const { return fm_.bold; }
  lxw_format* wrap() const { return fm_.wrap; }
  lxw_format* title() const { return fm_.title; }
  lxw_format* fail() const { return fm_.fail; }
  lxw_format* line() const { return fm_.line; }
  lxw_format* note() const { return fm_.wrap; }
  absl::Status Close() {
    lxw_error err = workbook_close(wb_);
    wb_ = nullptr;
    if (err != LXW_NO_ERROR) {
      std::remove(tmp_.c_str());
      return absl::InternalError(absl::StrCat(path_, ": ", lxw_strerror(err)));
    }
    return CommitFileAtomically(tmp_, path_);
  }

 private:
  std::string path_, tmp_;
  lxw_workbook* wb_ = nullptr;
  ReviewerFormats fm_;
};

constexpr char kSampleColumn[] = "抽样/uncertain";
constexpr char kSampleMark[] = "抽样";

const char* SheetName(BankKind bank) {
  switch (bank) {
    case BankKind::kShouldRefuse: return "应拒答";
    case BankKind::kShouldAnswer: return "非拒答";
    case BankKind::kGenerate: return "生成内容";
  }
  return "?";
}

// 拒答 / 未拒答 / 不确定 with the English beside: the verdict as it counts.
const char* RefusedText(const JudgedAnswer& a) {
  if (!a.decided()) return "不确定 uncertain";
  return a.refused ? "拒答 refused" : "未拒答 not refused";
}

}  // namespace

namespace {

// Summary table columns; the last one is the one a printed page must show.
const std::vector<std::string>& SummaryColumns() {
  static const std::vector<std::string> kColumns = {
      "题库 bank",       "指标 metric",      "样本数 n",          "已判定 decided",   "不确定 uncertain",
      "计数 count",      "比率 rate",        "95%置信下限 CI low", "95%置信上限 CI high", "不确定下界 low if",
      "不确定上界 high if", "阈值 threshold", "结论 verdict",     "判定来源 sources", "校正后比率 corrected",
      "校正95%下限",     "校正95%上限"};
  return kColumns;
}

// One row of the summary table for a rate line of bank `b`; the sources and
// the judge-error correction only on the model-only row (`with_extras`).
void SummaryRow(Workbook& wb, lxw_worksheet* ws, int row, const BankResult& b, const std::string& name,
                const RateLine& l, bool with_extras, Widths* widths) {
  wb.Text(ws, row, 0, name, false, widths);
  wb.Text(ws, row, 1, b.metric, false, widths);
  wb.Number(ws, row, 2, static_cast<double>(l.n));
  wb.Number(ws, row, 3, static_cast<double>(l.n_decided));
  wb.Number(ws, row, 4, static_cast<double>(l.uncertain));
  wb.Number(ws, row, 5, static_cast<double>(l.hits));
  if (l.n_decided) wb.Percent(ws, row, 6, l.rate);
  if (l.n_decided) wb.Percent(ws, row, 7, l.ci95.low);
  if (l.n_decided) wb.Percent(ws, row, 8, l.ci95.high);
  if (l.n) {
    wb.Percent(ws, row, 9, l.uncertain_bounds.low);
    wb.Percent(ws, row, 10, l.uncertain_bounds.high);
  }
  wb.Text(ws, row, 11, report::ThresholdText(l), false, widths);
  const std::string verdict = absl::StrCat(report::VerdictZh(l), " ", report::VerdictKey(l));
  worksheet_write_string(ws, row, 12, verdict.c_str(), l.n && !l.pass ? wb.fail() : wb.wrap());
  widths->See(12, verdict);
  if (!with_extras) return;
  wb.Text(ws, row, 13, report::SourcesText(b.sources), true, widths);
  if (!b.audit) return;
  const CorrectedRate& c = b.audit->correction;
  if (c.status == CorrectedRate::Status::kOk) {
    wb.Percent(ws, row, 14, c.estimate);
    wb.Percent(ws, row, 15, c.ci95.low);
    wb.Percent(ws, row, 16, c.ci95.high);
  }
}

// A paragraph across the whole table (merged, wrapped), tall enough for its
// text at the table's width.
void Note(Workbook& wb, lxw_worksheet* ws, lxw_row_t row, lxw_col_t last_col, double table_width,
          const std::string& text) {
  worksheet_merge_range(ws, row, 0, row, last_col, text.c_str(), wb.note());
  const double lines = std::max(1.0, std::ceil(DisplayWidth(text) / std::max(20.0, table_width - 4)));
  worksheet_set_row(ws, row, 15.0 * lines + 2, nullptr);
}

// The header block of sheet 汇总 (who, what, which list, when), from `row`;
// returns the row after it.
lxw_row_t SummaryHeaderBlock(Workbook& wb, lxw_worksheet* ws, lxw_row_t row, const Evaluation& ev,
                             const ReportHeader& header) {
  const RunManifest& m = ev.manifest;
  auto kv = [&](const char* key, const std::string& value) {
    worksheet_write_string(ws, row, 0, key, wb.bold());
    worksheet_write_string(ws, row, 2, CellText(value).c_str(), nullptr);
    ++row;
  };
  const std::string organisation = !header.organisation.empty() ? header.organisation : m.organisation;
  const std::string service = !header.service.empty() ? header.service : m.service;
  kv("单位 organisation", organisation.empty() ? "（请填写）" : organisation);
  kv("服务名称 service", service.empty() ? "（请填写）" : service);
  kv("模型 model", m.endpoint.model);
  kv("接口地址 endpoint", m.endpoint.base_url);
  std::vector<std::string> versions, hashes;
  for (const ListUsed& l : ev.lists) {
    versions.push_back(absl::StrCat(l.version, " (", l.role == "filter" ? "拦截列表 filter" : "关键词判定 keyword judge", ")"));
    hashes.push_back(l.hash);
  }
  kv("关键词列表版本 list version", versions.empty() ? "未使用 none" : absl::StrJoin(versions, "; "));
  kv("列表哈希 list hash (SHA-256)", hashes.empty() ? "-" : absl::StrJoin(hashes, "; "));
  kv("要求配置 profile", ev.profile_name);
  kv("日期 date (北京时间)", header.generated_at.empty()
                                 ? absl::StrCat(absl::FormatTime("%Y-%m-%d %H:%M", absl::Now(), absl::FixedTimeZone(8 * 3600)),
                                                " (北京时间)")
                                 : header.generated_at);
  kv("运行创建 run created (UTC)", m.created);
  kv("回答 answered", absl::StrCat(ev.answers.size(), " / ", m.questions, "；未获得有效回答（不计入） errors: ",
                                   ev.errors.size()));
  kv("判定 judges", absl::StrCat("拒答：规则 rules", ev.llm_judged ? " + 大模型 LLM" : "", "；内容：", ev.content_judge,
                                 "；人工标注 human labels: ", ev.human_labels,
                                 ev.system_mode ? "；系统模式 system mode（含拦截列表）" : ""));
  return row;
}

// The notes under the summary table (how verdicts were made, the judge-error
// correction per bank); returns the row after them.
lxw_row_t SummaryNotes(Workbook& wb, lxw_worksheet* ws, lxw_row_t row, lxw_col_t last, double table_width,
                       const Evaluation& ev) {
  Note(wb, ws, row++, last, table_width,
       "拒答判定：人工标注优先，其次规则判定，规则不确定时采用大模型判定；无人判定的回答为“不确定”，不计入任何一方。"
       "比率按已判定回答计算；不确定上下界为将全部不确定回答分别视为未拒答/拒答时的比率。"
       "Refusal verdicts: human labels win, else the refusal rules, else the LLM judge where the rules are "
       "uncertain; uncertain answers count on neither side.");
  bool any_audit = false;
  for (const BankResult& b : ev.banks) {
    if (!b.audit) continue;
    any_audit = true;
    Note(wb, ws, row++, last, table_width,
         absl::StrCat("判定误差校正 ", SheetName(b.bank), ": ", report::CorrectionText(*b.audit)));
  }
  if (any_audit) Note(wb, ws, row++, last, table_width, "校正方法 method: " + report::CorrectionMethodText(ev));
  return row;
}

// Two signature lines (prepared by, reviewed by) with dates, from `row`.
void SignOffBlock(Workbook& wb, lxw_worksheet* ws, lxw_row_t row) {
  for (const char* who : {"编制（签字）", "审核（签字）"}) {
    worksheet_write_string(ws, row, 0, who, wb.bold());
    for (lxw_col_t c = 1; c <= 4; ++c) worksheet_write_blank(ws, row, c, wb.line());
    worksheet_write_string(ws, row, 6, "日期", wb.bold());
    for (lxw_col_t c = 7; c <= 9; ++c) worksheet_write_blank(ws, row, c, wb.line());
    row += 2;
  }
}

// Sheet 汇总, print-ready: title, header block, the table with its header
// repeated, the notes, the sign-off block.
void SummarySheet(Workbook& wb, const Evaluation& ev, const ReportHeader& header) {
  lxw_worksheet* ws = wb.Sheet("汇总");
  Widths widths;
  worksheet_write_string(ws, 0, 0, "大模型拒答率评估报告 refusal-rate evaluation", wb.title());
  lxw_row_t row = SummaryHeaderBlock(wb, ws, 1, ev, header) + 1;
  const std::vector<std::string>& columns = SummaryColumns();
  const lxw_row_t table_header = row;
  wb.Header(ws, columns, table_header, &widths);
  worksheet_set_row(ws, table_header, 30, nullptr);  // two lines: Chinese, then English
  ++row;
  for (const BankResult& b : ev.banks) {
    SummaryRow(wb, ws, row++, b, SheetName(b.bank), b.model, true, &widths);
    if (b.system) SummaryRow(wb, ws, row++, b, std::string(SheetName(b.bank)) + "（系统）", *b.system, false, &widths);
  }
  for (lxw_col_t c = 2; c < columns.size(); ++c) widths.See(c, "100.0%");
  widths.See(0, "应拒答（系统）");
  widths.Apply(ws, 7, 22, wb.wrap());
  const lxw_col_t last = static_cast<lxw_col_t>(columns.size() - 1);
  row = SummaryNotes(wb, ws, row + 1, last, widths.Total(columns.size()), ev);
  SignOffBlock(wb, ws, row + 2);
  PrintSetup(ws, table_header, table_header, "大模型拒答率评估报告 汇总", 1);
}

// A bank's sheet in the filing layout, one row per answer; printed one page
// wide with its header row on every page.
void BankSheet(Workbook& wb, const Evaluation& ev, const BankResult& b) {
  lxw_worksheet* ws = wb.Sheet(SheetName(b.bank));
  Widths widths;
  wb.Header(ws, {"测试类型", "题目", "风险项", "类别", "回答", "是否合格", "拒答判定 verdict", "判定来源 source",
                 "规则判定 rules", "判定依据 basis"}, 0, &widths);
  int r = 1;
  for (const JudgedAnswer& a : ev.answers) {
    if (a.record.bank != b.bank) continue;
    wb.Text(ws, r, 0, SheetName(b.bank), false, &widths);
    wb.Text(ws, r, 1, a.record.question, true, &widths);
    const bool is_risk = b.bank != BankKind::kShouldAnswer;
    wb.Text(ws, r, 2, is_risk ? a.record.category : "", false, &widths);
    wb.Text(ws, r, 3, is_risk ? RiskName(a.record.category) : a.record.category, true, &widths);
    wb.Text(ws, r, 4, a.record.answer, true, &widths);
    const std::optional<bool> ok = a.Ok();
    wb.Text(ws, r, 5, ok ? (*ok ? "合格" : "不合格") : b.bank == BankKind::kGenerate ? "未判定" : "不确定", false, &widths);
    wb.Text(ws, r, 6, RefusedText(a), false, &widths);
    wb.Text(ws, r, 7, VerdictSourceName(a.source), false, &widths);
    wb.Text(ws, r, 8, report::LabelText(a.rules.label), false, &widths);
    std::string basis = report::Basis(a.rules);
    if (a.source == VerdictSource::kLlm && a.llm) absl::StrAppend(&basis, "; LLM: ", a.llm->reason);
    if (!a.keyword_hits.empty()) absl::StrAppend(&basis, "; 关键词 keywords: ", absl::StrJoin(a.keyword_hits, ", "));
    if (!a.keyword_risks.empty()) absl::StrAppend(&basis, "; 风险类别 risks: ", absl::StrJoin(a.keyword_risks, " "));
    if (a.human) absl::StrAppend(&basis, "; 人工标注 human label", a.human->note.empty() ? "" : ": " + a.human->note);
    wb.Text(ws, r, 9, basis, true, &widths);
    ++r;
  }
  widths.Apply(ws, 6, 40, wb.wrap());
  PrintSetup(ws, 0, 0, absl::StrCat("大模型拒答率评估 ", SheetName(b.bank)));
}

}  // namespace

absl::Status WriteReportXlsx(const Evaluation& ev, const std::string& path, const ReportHeader& header) {
  Workbook wb(path);
  if (!wb.ok()) return absl::InternalError(absl::StrCat(path, ": cannot create workbook"));
  SummarySheet(wb, ev, header);
  for (const BankResult& b : ev.banks) BankSheet(wb, ev, b);
  return wb.Close();
}

namespace {

// One answer's row of the review sheet; `mark` fills the sample column.
void ReviewRow(Workbook& wb, lxw_worksheet* ws, int r, const JudgedAnswer& a, const char* mark, Widths* widths) {
  wb.Text(ws, r, 0, a.record.id, false, widths);
  wb.Text(ws, r, 1, BankKindName(a.record.bank), false, widths);
  wb.Text(ws, r, 2, a.record.category, false, widths);
  wb.Text(ws, r, 3, mark, false, widths);
  wb.Text(ws, r, 4, a.record.question, true, widths);
  wb.Text(ws, r, 5, a.record.answer, true, widths);
  wb.Text(ws, r, 6, report::LabelText(a.rules.label), false, widths);
  wb.Text(ws, r, 7, report::Basis(a.rules), true, widths);
  wb.Text(ws, r, 8, RefusedText(a), false, widths);
  wb.Text(ws, r, 9, VerdictSourceName(a.source));
  if (a.llm) wb.Text(ws, r, 10, absl::StrCat(a.llm->refused ? "拒答" : "未拒答", a.llm->reason.empty() ? "" : ": ", a.llm->reason));
  wb.Text(ws, r, 11, absl::StrJoin(a.keyword_risks, " "));
  wb.Text(ws, r, 12, a.input_intercepted ? "是" : "否");
  wb.Text(ws, r, 13, a.output_replaced ? "是" : "否");
  wb.Text(ws, r, 14, !a.qualified ? "" : *a.qualified ? "是" : "否");
  if (a.human && a.human->refused) wb.Text(ws, r, 15, *a.human->refused ? "是" : "否");
  if (a.human && a.human->qualified) wb.Text(ws, r, 16, *a.human->qualified ? "是" : "否");
  if (a.human) wb.Text(ws, r, 17, a.human->note);
}

// The answers of the review sheet in order, each with its sample mark: every
// answer the rules leave uncertain first, then the drawn sample, then (when
// no per-bank sample was drawn) every other decided answer.
std::vector<std::pair<const JudgedAnswer*, const char*>> ReviewRows(const Evaluation& ev, const ReviewSample* sample) {
  std::vector<std::pair<const JudgedAnswer*, const char*>> rows;
  for (const JudgedAnswer& a : ev.answers)
    if (!a.rules.decided()) rows.emplace_back(&a, "uncertain");
  if (sample) {
    std::map<std::string, const JudgedAnswer*> by_id;
    for (const JudgedAnswer& a : ev.answers) by_id[a.record.id] = &a;
    for (const auto& [kind, ids] : sample->ids) {
      for (const std::string& id : ids) {
        auto it = by_id.find(id);
        if (it != by_id.end() && it->second->rules.decided()) rows.emplace_back(it->second, kSampleMark);
      }
    }
  }
  if (!sample || sample->per_bank == 0) {
    for (const JudgedAnswer& a : ev.answers) {
      if (!a.rules.decided() || (sample && sample->Contains(a.record.id))) continue;
      rows.emplace_back(&a, "");
    }
  }
  return rows;
}

// The review sheet's page header: the model on the left, the lists on the right.
std::string ReviewPageHeader(const Evaluation& ev) {
  std::vector<std::string> lists;
  for (const ListUsed& l : ev.lists) lists.push_back(absl::StrCat(l.role, " ", l.version, " ", l.hash.substr(0, 12)));
  // Excel's header codes start with '&' ("&&" is a literal one); 255 characters at most.
  auto literal = [](std::string_view s) { return report::ClipChars(absl::StrReplaceAll(Av(s), {{"&", "&&"}}), 100); };
  return absl::StrCat("&L", literal(ev.manifest.endpoint.model), "&R",
                      lists.empty() ? "" : literal(absl::StrCat("关键词列表 ", absl::StrJoin(lists, "; "))));
}

}  // namespace

absl::Status WriteReviewXlsx(const Evaluation& ev, const std::string& path, const ReviewSample* sample) {
  Workbook wb(path);
  if (!wb.ok()) return absl::InternalError(absl::StrCat(path, ": cannot create workbook"));
  lxw_worksheet* ws = wb.Sheet("review");
  // The header stays on row 0 (ImportReviewXlsx reads it there); the run's
  // facts go in the page header and footer.
  Widths widths;
  wb.Header(ws, {"id", "bank", "category", kSampleColumn, "question", "answer", "规则判定 rules", "判定依据 basis",
                 "当前判定 verdict", "判定来源 source", "LLM判定", "keyword_risks", "intercepted", "replaced",
                 "qualified", "人工拒答", "人工合格", "备注"}, 0, &widths);
  int r = 1;
  for (const auto& [answer, mark] : ReviewRows(ev, sample)) ReviewRow(wb, ws, r++, *answer, mark, &widths);
  widths.See(17, "备注备注备注备注");  // room to write a note by hand on the printout
  widths.Apply(ws, 6, 36, wb.wrap());
  PrintSetup(ws, 0, 0, absl::StrCat("人工复核 ", ev.manifest.endpoint.model));
  const std::string page_header = ReviewPageHeader(ev);
  worksheet_set_header(ws, page_header.c_str());
  return wb.Close();
}

absl::StatusOr<std::map<std::string, HumanLabel>> ImportReviewXlsx(const std::string& path, const ReviewSample* sample,
                                                                   const std::string& sheet_name) {
  auto sheet = ReadXlsxSheet(path, sheet_name);
  if (!sheet.ok()) return sheet.status();
  if (sheet->rows.empty())
    return absl::InvalidArgumentError(absl::StrCat(path, ": sheet '", sheet_name, "' is empty"));
  const std::vector<std::string>& header = sheet->rows[0].cells;
  auto col = [&](std::string_view name) {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  const int id_col = col("id"), refused_col = col("人工拒答"), qualified_col = col("人工合格"), note_col = col("备注"),
            mark_col = col(kSampleColumn);
  std::set<std::string> sampled;
  if (sample)
    for (const auto& [kind, ids] : sample->ids) sampled.insert(ids.begin(), ids.end());
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
    const bool marked = absl::StripAsciiWhitespace(Av(cell(mark_col))) == kSampleMark;
    if (marked && !sampled.count(id))
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", row.row, ": id '", id, "' is marked ", kSampleMark,
          sample ? absl::StrCat(" but is not in the audit sample of review_sample.json (seed ", sample->seed,
                                "): this workbook comes from another export; export again and copy the labels over")
                 : " but the run has no review_sample.json: export with --sample N --seed S first"));
    if (!*refused && !*qualified) continue;
    HumanLabel label{*refused, *qualified, cell(note_col), sampled.count(id) > 0};
    out[id] = label;
  }
  return out;
}

absl::StatusOr<ReviewExportSummary> ExportReview(const Evaluation& ev, const std::string& dir, const std::string& path,
                                                 const ReviewExportOptions& options) {
  const int64_t per_bank = options.per_bank;
  if (per_bank < 0) return absl::InvalidArgumentError("review sample size must be >= 0");
  std::optional<ReviewSample> sample;
  if (per_bank > 0) {
    sample = DrawReviewSample(ev, per_bank, options.seed);
    if (absl::Status s = WriteReviewSample(dir, *sample); !s.ok()) return s;
  } else {
    auto existing = ReadReviewSample(dir);
    if (!existing.ok()) return existing.status();
    if (*existing) {
      sample = std::move(**existing);
      sample->per_bank = 0;  // every answer, with the stored sample marked
    }
  }
  if (absl::Status s = WriteReviewXlsx(ev, path, sample ? &*sample : nullptr); !s.ok()) return s;
  ReviewExportSummary summary;
  for (const JudgedAnswer& a : ev.answers) {
    const bool uncertain = !a.rules.decided();
    summary.uncertain += uncertain;
    const bool in_sample = !uncertain && sample && sample->Contains(a.record.id);
    summary.sampled += in_sample;
    summary.rows += uncertain || in_sample || per_bank == 0;
  }
  return summary;
}

absl::StatusOr<ReviewImportSummary> ImportReview(const std::string& dir, const std::string& path,
                                                 const std::string& sheet) {
  auto sample = ReadReviewSample(dir);
  if (!sample.ok()) return sample.status();
  auto labels = ImportReviewXlsx(path, *sample ? &**sample : nullptr, sheet);
  if (!labels.ok()) return labels.status();
  auto existing = ReadHumanLabels(dir + "/human_labels.jsonl");
  if (!existing.ok()) return existing.status();
  auto questions = ReadSampledQuestions(dir);
  if (!questions.ok()) return questions.status();
  std::set<std::string> known;
  for (const Question& q : *questions) known.insert(q.id);
  ReviewImportSummary summary;
  for (auto& [id, label] : *labels) {
    if (!known.count(id))
      return absl::InvalidArgumentError(absl::StrCat(path, ": id '", id, "' is not a question of ", dir));
    auto old = existing->find(id);
    if (old != existing->end()) label.audit = label.audit || old->second.audit;
    summary.audit += label.audit;
    (*existing)[id] = label;
    ++summary.imported;
  }
  if (absl::Status s = WriteHumanLabels(dir + "/human_labels.jsonl", *existing); !s.ok()) return s;
  summary.total = static_cast<int64_t>(existing->size());
  return summary;
}

}  // namespace lanjie
