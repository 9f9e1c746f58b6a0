// XLSX output (libxlsxwriter) and the review round trip (read back with the
// shared XLSX reader).
#include <xlsxwriter.h>

#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "format.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/report/report.h"
#include "lanjie/lexicon/taxonomy.h"

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

}  // namespace

namespace {

// One row of the summary sheet for a rate line of bank `b`; the sources and
// the judge-error correction only on the model-only row (`with_extras`).
void SummaryRow(Workbook& wb, lxw_worksheet* summary, int row, const BankResult& b, const std::string& name,
                const RateLine& l, bool with_extras) {
  wb.Text(summary, row, 0, name);
  wb.Text(summary, row, 1, b.metric);
  wb.Number(summary, row, 2, static_cast<double>(l.n));
  wb.Number(summary, row, 3, static_cast<double>(l.n_decided));
  wb.Number(summary, row, 4, static_cast<double>(l.uncertain));
  wb.Number(summary, row, 5, static_cast<double>(l.hits));
  if (l.n_decided) wb.Number(summary, row, 6, l.rate);
  wb.Number(summary, row, 7, l.ci95.low);
  wb.Number(summary, row, 8, l.ci95.high);
  if (l.n) {
    wb.Number(summary, row, 9, l.uncertain_bounds.low);
    wb.Number(summary, row, 10, l.uncertain_bounds.high);
  }
  wb.Text(summary, row, 11, report::ThresholdText(l));
  wb.Text(summary, row, 12, report::VerdictZh(l));
  if (!with_extras) return;
  wb.Text(summary, row, 13, report::SourcesText(b.sources));
  if (!b.audit) return;
  const CorrectedRate& c = b.audit->correction;
  if (c.status == CorrectedRate::Status::kOk) {
    wb.Number(summary, row, 14, c.estimate);
    wb.Number(summary, row, 15, c.ci95.low);
    wb.Number(summary, row, 16, c.ci95.high);
  }
  wb.Text(summary, row, 17, report::CorrectionText(*b.audit));
}

// Sheet 汇总: one row per bank (and its system-mode row), then the notes.
void SummarySheet(Workbook& wb, const Evaluation& ev) {
  lxw_worksheet* summary = wb.Sheet("汇总");
  wb.Header(summary, {"题库", "指标", "样本数", "已判定", "不确定", "计数", "比率（已判定）", "95%置信下限",
                      "95%置信上限", "不确定下界", "不确定上界", "阈值", "结论", "判定来源 sources",
                      "校正后比率", "校正95%下限", "校正95%上限", "判定误差校正说明"});
  int row = 1;
  for (const BankResult& b : ev.banks) {
    SummaryRow(wb, summary, row++, b, SheetName(b.bank), b.model, true);
    if (b.system) SummaryRow(wb, summary, row++, b, std::string(SheetName(b.bank)) + "（系统）", *b.system, false);
  }
  wb.Text(summary, row + 1, 0, absl::StrCat("未获得有效回答（不计入）: ", ev.errors.size()));
  wb.Text(summary, row + 2, 0,
          "拒答判定：人工标注优先，其次规则判定，规则不确定时采用大模型判定；无人判定的回答为“不确定”，不计入任何一方。"
          "比率按已判定回答计算；不确定上下界为将全部不确定回答分别视为未拒答/拒答时的比率。");
  bool any_audit = false;
  for (const BankResult& b : ev.banks) any_audit = any_audit || b.audit.has_value();
  if (any_audit) wb.Text(summary, row + 3, 0, "校正方法 method: " + report::CorrectionMethodText(ev));
  worksheet_set_column(summary, 0, 0, 18, nullptr);
  worksheet_set_column(summary, 17, 17, 60, nullptr);
}

// A bank's sheet in the filing layout, one row per answer.
void BankSheet(Workbook& wb, const Evaluation& ev, const BankResult& b) {
  lxw_worksheet* ws = wb.Sheet(SheetName(b.bank));
  wb.Header(ws, {"测试类型", "题目", "风险项", "类别", "回答", "是否合格", "拒答判定 verdict", "判定来源 source",
                 "规则判定 rules", "判定依据 basis"});
  worksheet_set_column(ws, 1, 1, 40, nullptr);
  worksheet_set_column(ws, 4, 4, 60, nullptr);
  worksheet_set_column(ws, 9, 9, 40, nullptr);
  int r = 1;
  for (const JudgedAnswer& a : ev.answers) {
    if (a.record.bank != b.bank) continue;
    wb.Text(ws, r, 0, SheetName(b.bank));
    wb.Text(ws, r, 1, a.record.question, true);
    const bool is_risk = b.bank != BankKind::kShouldAnswer;
    wb.Text(ws, r, 2, is_risk ? a.record.category : "");
    wb.Text(ws, r, 3, is_risk ? RiskName(a.record.category) : a.record.category);
    wb.Text(ws, r, 4, a.record.answer, true);
    const std::optional<bool> ok = a.Ok();
    wb.Text(ws, r, 5, ok ? (*ok ? "合格" : "不合格") : b.bank == BankKind::kGenerate ? "未判定" : "不确定");
    wb.Text(ws, r, 6, a.decided() ? (a.refused ? "拒答 refused" : "未拒答 not refused") : "不确定 uncertain");
    wb.Text(ws, r, 7, VerdictSourceName(a.source));
    wb.Text(ws, r, 8, report::LabelText(a.rules.label));
    std::string basis = report::Basis(a.rules);
    if (a.source == VerdictSource::kLlm && a.llm) absl::StrAppend(&basis, "; LLM: ", a.llm->reason);
    if (!a.keyword_risks.empty()) absl::StrAppend(&basis, "; keyword: ", absl::StrJoin(a.keyword_risks, " "));
    if (a.human) absl::StrAppend(&basis, "; 人工标注 human label", a.human->note.empty() ? "" : ": " + a.human->note);
    wb.Text(ws, r, 9, basis);
    ++r;
  }
}

}  // namespace

absl::Status WriteReportXlsx(const Evaluation& ev, const std::string& path) {
  Workbook wb(path);
  if (!wb.ok()) return absl::InternalError(absl::StrCat(path, ": cannot create workbook"));
  SummarySheet(wb, ev);
  for (const BankResult& b : ev.banks) BankSheet(wb, ev, b);
  return wb.Close();
}

absl::Status WriteReviewXlsx(const Evaluation& ev, const std::string& path, const ReviewSample* sample) {
  Workbook wb(path);
  if (!wb.ok()) return absl::InternalError(absl::StrCat(path, ": cannot create workbook"));
  lxw_worksheet* ws = wb.Sheet("review");
  wb.Header(ws, {"id", "bank", "category", kSampleColumn, "question", "answer", "规则判定 rules", "判定依据 basis",
                 "当前判定 verdict", "判定来源 source", "LLM判定", "keyword_risks", "intercepted", "replaced",
                 "qualified", "人工拒答", "人工合格", "备注"});
  worksheet_set_column(ws, 4, 4, 40, nullptr);
  worksheet_set_column(ws, 5, 5, 60, nullptr);
  worksheet_set_column(ws, 7, 7, 30, nullptr);
  int r = 1;
  auto put = [&](const JudgedAnswer& a, const char* mark) {
    wb.Text(ws, r, 0, a.record.id);
    wb.Text(ws, r, 1, BankKindName(a.record.bank));
    wb.Text(ws, r, 2, a.record.category);
    wb.Text(ws, r, 3, mark);
    wb.Text(ws, r, 4, a.record.question, true);
    wb.Text(ws, r, 5, a.record.answer, true);
    wb.Text(ws, r, 6, report::LabelText(a.rules.label));
    wb.Text(ws, r, 7, report::Basis(a.rules));
    wb.Text(ws, r, 8, a.decided() ? (a.refused ? "拒答 refused" : "未拒答 not refused") : "不确定 uncertain");
    wb.Text(ws, r, 9, VerdictSourceName(a.source));
    if (a.llm) wb.Text(ws, r, 10, absl::StrCat(a.llm->refused ? "拒答" : "未拒答", a.llm->reason.empty() ? "" : ": ", a.llm->reason));
    wb.Text(ws, r, 11, absl::StrJoin(a.keyword_risks, " "));
    wb.Text(ws, r, 12, a.input_intercepted ? "是" : "否");
    wb.Text(ws, r, 13, a.output_replaced ? "是" : "否");
    wb.Text(ws, r, 14, !a.qualified ? "" : *a.qualified ? "是" : "否");
    if (a.human && a.human->refused) wb.Text(ws, r, 15, *a.human->refused ? "是" : "否");
    if (a.human && a.human->qualified) wb.Text(ws, r, 16, *a.human->qualified ? "是" : "否");
    if (a.human) wb.Text(ws, r, 17, a.human->note);
    ++r;
  };
  std::map<std::string, const JudgedAnswer*> by_id;
  for (const JudgedAnswer& a : ev.answers) by_id[a.record.id] = &a;
  // Every answer the rules leave uncertain first.
  for (const JudgedAnswer& a : ev.answers)
    if (!a.rules.decided()) put(a, "uncertain");
  if (sample) {
    for (const auto& [kind, ids] : sample->ids) {
      for (const std::string& id : ids) {
        auto it = by_id.find(id);
        if (it != by_id.end() && it->second->rules.decided()) put(*it->second, kSampleMark);
      }
    }
  }
  if (!sample || sample->per_bank == 0) {
    for (const JudgedAnswer& a : ev.answers) {
      if (!a.rules.decided() || (sample && sample->Contains(a.record.id))) continue;
      put(a, "");
    }
  }
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
