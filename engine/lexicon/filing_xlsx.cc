#include "lanjie/lexicon/filing_xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "lanjie/lexicon/canonical_csv.h"
#include "lanjie/lexicon/script.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/taxonomy.h"
#include "lanjie/lexicon/xlsx_layout.h"

namespace lanjie {
namespace {

std::string RiskName(const std::string& code) {
  if (code.empty()) return "允许 (allow-list)";
  auto idx = Taxonomy::Default().Find(code);
  return idx.ok() ? Taxonomy::Default().risk(*idx).name : "";
}

// The original source for a reviewer: the carried origin, else the file
// name (without the directories of the machine that exported) and line.
std::string OriginLabel(const Entry& e) {
  if (!e.origin.empty()) return e.origin;
  std::string base = std::filesystem::path(e.source).filename().string();
  return e.line ? absl::StrCat(base, ":", e.line) : base;
}

void AddChangeSheet(lxw_workbook* wb, const ReviewerFormats& fm, const ListDiff& diff, const std::string& date) {
  lxw_worksheet* changes = workbook_add_worksheet(wb, "变更记录");
  const char* headers[] = {"序号", "变更类型", "关键词", "原风险类别代码", "新风险类别代码", "原始来源", "更新日期"};
  ColumnWidths widths;
  for (lxw_col_t c = 0; c < 7; ++c) {
    worksheet_write_string(changes, 0, c, headers[c], fm.header);
    widths.See(c, headers[c]);
  }
  lxw_row_t r = 1;
  auto put = [&](const char* kind, const DiffItem& it) {
    const std::string old_risks = absl::StrJoin(it.old_risks, ","), new_risks = absl::StrJoin(it.new_risks, ",");
    worksheet_write_number(changes, r, 0, static_cast<double>(r), nullptr);
    worksheet_write_string(changes, r, 1, kind, nullptr);
    worksheet_write_string(changes, r, 2, it.keyword.c_str(), nullptr);
    worksheet_write_string(changes, r, 3, old_risks.c_str(), nullptr);
    worksheet_write_string(changes, r, 4, new_risks.c_str(), nullptr);
    worksheet_write_string(changes, r, 5, it.origin.c_str(), nullptr);
    worksheet_write_string(changes, r, 6, date.c_str(), nullptr);
    widths.See(2, it.keyword);
    widths.See(5, it.origin);
    ++r;
  };
  for (const DiffItem& it : diff.added) put("新增", it);
  for (const DiffItem& it : diff.removed) put("删除", it);
  for (const DiffItem& it : diff.retagged) put("重新分类", it);
  widths.Apply(changes, 6, 40, fm.wrap);
  worksheet_freeze_panes(changes, 1, 0);
  PrintSetup(changes, 0, 0, "变更记录");
}

// A sheet of string rows, the first one the header (抗变体测试).
void AddRowsSheet(lxw_workbook* wb, const ReviewerFormats& fm, const char* name,
                  const std::vector<std::vector<std::string>>& rows) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name);
  ColumnWidths widths;
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < rows[r].size(); ++c) {
      worksheet_write_string(ws, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(),
                             r == 0 ? fm.header : nullptr);
      widths.See(static_cast<lxw_col_t>(c), rows[r][c]);
    }
  widths.Apply(ws, 6, 60, fm.wrap);
  worksheet_freeze_panes(ws, 1, 0);
  PrintSetup(ws, 0, 0, name);
}

}  // namespace

absl::Status WriteChangeRecordXlsx(const std::string& path, const ListDiff& changes, const std::string& date) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) return absl::InternalError(absl::StrCat(path, ": cannot create the workbook"));
  AddChangeSheet(wb, AddReviewerFormats(wb), changes, date);
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    return absl::InternalError(absl::StrCat(path, ": writing the workbook failed: ", lxw_strerror(err)));
  return absl::OkStatus();
}

namespace {

// The coverage table from row `row`: its header row (*table_header), one row
// per risk category with a minimum, then the other categories. Returns the
// next free row.
lxw_row_t CoverageTable(lxw_worksheet* summary, const ReviewerFormats& fm, const CoverageReport& cov, ColumnWidths* sw,
                        lxw_row_t row, lxw_row_t* table_header) {
  *table_header = row;
  const char* headers[] = {"风险类别代码", "风险类别", "数量", "最低要求", "缺口", "达标率", "结果"};
  for (lxw_col_t c = 0; c < 7; ++c) {
    worksheet_write_string(summary, row, c, headers[c], fm.header);
    sw->See(c, headers[c]);
  }
  ++row;
  for (const CoverageRow& r : cov.rows) {
    worksheet_write_string(summary, row, 0, r.category.c_str(), nullptr);
    worksheet_write_string(summary, row, 1, r.name.c_str(), nullptr);
    worksheet_write_number(summary, row, 2, static_cast<double>(r.count), nullptr);
    worksheet_write_number(summary, row, 3, static_cast<double>(r.minimum), nullptr);
    worksheet_write_number(summary, row, 4, static_cast<double>(r.shortfall), nullptr);
    if (r.minimum > 0)
      worksheet_write_number(summary, row, 5, static_cast<double>(r.count) / static_cast<double>(r.minimum),
                             fm.percent);
    worksheet_write_string(summary, row, 6, r.pass ? "符合" : "不符合", r.pass ? nullptr : fm.fail);
    sw->See(0, r.category);
    sw->See(1, r.name);
    ++row;
  }
  for (const auto& [category, n] : cov.other) {
    const std::string name = RiskName(category);
    worksheet_write_string(summary, row, 0, category.c_str(), nullptr);
    worksheet_write_string(summary, row, 1, name.c_str(), nullptr);
    worksheet_write_number(summary, row, 2, static_cast<double>(n), nullptr);
    worksheet_write_string(summary, row, 6, "无最低要求", nullptr);
    sw->See(1, name);
    ++row;
  }
  return row;
}

// 概要, top: the header block and the coverage table. Returns the next free
// row; *table_header is the table's header row (repeated when printed).
lxw_row_t SummaryTop(lxw_worksheet* summary, const ReviewerFormats& fm, const FilingInfo& info, ColumnWidths* sw,
                     lxw_row_t* table_header) {
  const CoverageReport& cov = *info.coverage;
  lxw_row_t row = 0;
  worksheet_write_string(summary, row++, 0, "关键词拦截列表 概要", fm.title);
  auto kv = [&](const char* key, const std::string& value, lxw_format* f = nullptr) {
    worksheet_write_string(summary, row, 0, key, fm.bold);
    worksheet_write_string(summary, row, 1, value.c_str(), f);
    sw->See(0, key);
    ++row;
  };
  kv("单位", info.organisation.empty() ? "（请填写）" : info.organisation);
  kv("服务/模型名称", info.service.empty() ? "（请填写）" : info.service);
  kv("列表版本", info.list_version);
  kv("日期 (北京时间)", info.generated_at.empty() ? info.date : info.generated_at);
  kv("内容哈希 (SHA-256)", info.content_hash);
  kv("要求配置", absl::StrCat(cov.profile, cov.clause.empty() ? "" : absl::StrCat(" (条款 ", cov.clause, ")")));
  if (info.counts) {
    kv("关键词总数 (去重)", absl::StrCat(info.counts->keywords));
    kv("风险类别条目数", absl::StrCat(info.counts->rows, " (一个关键词对应多个风险类别时按类别各计一条；",
                                       info.counts->multi_risk, " 个关键词对应多个风险类别)"));
  } else {
    kv("关键词总数", absl::StrCat(cov.total));
  }
  kv("总数最低要求", absl::StrCat(cov.total_min));
  kv("结论", cov.pass ? "符合" : absl::StrCat("不符合 (", cov.failed_categories, " 个风险类别未达最低要求",
                                              cov.total_pass ? "" : "，总数未达最低要求", ")"),
     cov.pass ? fm.bold : fm.fail);
  if (info.changes) kv("上一版本", info.previous_version);
  ++row;
  return CoverageTable(summary, fm, cov, sw, row, table_header);
}

// 关键词: one row per entry, printed one page wide with its header row on
// every page. Returns the entries per script for the summary.
std::map<KeywordScript, int64_t> KeywordSheet(lxw_workbook* wb, const ReviewerFormats& fm,
                                              const std::vector<Entry>& entries, const FilingInfo& info,
                                              const ScriptClassifier& scripts) {
  lxw_worksheet* words = workbook_add_worksheet(wb, "关键词");
  const char* word_headers[] = {"序号", "关键词", "风险类别代码", "风险类别", "语种", "原始来源", "首次收录", "更新日期"};
  ColumnWidths ww;
  for (lxw_col_t c = 0; c < 8; ++c) {
    worksheet_write_string(words, 0, c, word_headers[c], fm.header);
    ww.See(c, word_headers[c]);
  }
  std::map<KeywordScript, int64_t> by_script;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const lxw_row_t r = static_cast<lxw_row_t>(i + 1);
    const KeywordScript script = scripts.Classify(e.keyword);
    ++by_script[script];
    const std::string name = RiskName(e.risk), origin = OriginLabel(e);
    const std::string& updated = e.updated.empty() ? info.date : e.updated;
    const std::string first_seen = e.first_seen.empty() ? "早于上一版本" : e.first_seen;
    worksheet_write_number(words, r, 0, static_cast<double>(i + 1), nullptr);
    worksheet_write_string(words, r, 1, e.keyword.c_str(), nullptr);
    worksheet_write_string(words, r, 2, e.risk.c_str(), nullptr);
    worksheet_write_string(words, r, 3, name.c_str(), nullptr);
    worksheet_write_string(words, r, 4, KeywordScriptLabel(script), nullptr);
    worksheet_write_string(words, r, 5, origin.c_str(), nullptr);
    worksheet_write_string(words, r, 6, first_seen.c_str(), nullptr);
    worksheet_write_string(words, r, 7, updated.c_str(), nullptr);
    ww.See(1, e.keyword);
    ww.See(3, name);
    ww.See(5, origin);
  }
  ww.See(6, "2026-01-01");
  ww.See(7, "2026-01-01");
  ww.Apply(words, 6, 40, fm.wrap);
  worksheet_freeze_panes(words, 1, 0);
  PrintSetup(words, 0, 0, absl::StrCat("关键词拦截列表 ", info.list_version));
  return by_script;
}

// 概要, bottom (from `row`): entries per script and the sign-off block; then
// the sheet's widths and one printed page.
void SummaryBottom(lxw_worksheet* summary, const ReviewerFormats& fm, lxw_row_t row,
                   const std::map<KeywordScript, int64_t>& by_script, lxw_row_t table_header, ColumnWidths* sw) {
  ++row;
  worksheet_write_string(summary, row, 0, "语种", fm.header);
  worksheet_write_string(summary, row, 1, "条目数", fm.header);
  ++row;
  for (const auto& [script, n] : by_script) {
    worksheet_write_string(summary, row, 0, KeywordScriptLabel(script), nullptr);
    worksheet_write_number(summary, row, 1, static_cast<double>(n), nullptr);
    ++row;
  }
  row += 2;
  for (const char* who : {"编制", "审核"}) {
    worksheet_write_string(summary, row, 0, absl::StrCat(who, "（签字）").c_str(), fm.bold);
    worksheet_write_blank(summary, row, 1, fm.line);
    worksheet_write_string(summary, row, 2, "日期", fm.bold);
    worksheet_write_blank(summary, row, 3, fm.line);
    worksheet_write_blank(summary, row, 4, fm.line);
    row += 2;
  }
  sw->See(1, "宣扬暴力、淫秽色情");
  sw->Apply(summary, 8, 44, fm.wrap);
  // The hash and the long values of the header block run across the empty
  // cells to their right; column B is only as wide as the table needs.
  PrintSetup(summary, table_header, table_header, "关键词拦截列表 概要", 1);
}

}  // namespace

absl::Status WriteFilingXlsx(const std::string& path, const std::vector<Entry>& entries, const FilingInfo& info) {
  if (!info.coverage) return absl::InvalidArgumentError("filing spreadsheet needs a coverage report");
  auto scripts = ScriptClassifier::Create();
  if (!scripts.ok()) return scripts.status();
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  options.use_zip64 = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return absl::InternalError(absl::StrCat(path, ": cannot create the workbook"));
  const ReviewerFormats fm = AddReviewerFormats(wb);
  // The cells are written in this order (it fixes the shared-string table):
  // the summary's top, the keywords, the summary's bottom, the changes.
  lxw_worksheet* summary = workbook_add_worksheet(wb, "概要");
  ColumnWidths sw;
  lxw_row_t table_header = 0;
  const lxw_row_t row = SummaryTop(summary, fm, info, &sw, &table_header);
  const auto by_script = KeywordSheet(wb, fm, entries, info, *scripts);
  SummaryBottom(summary, fm, row, by_script, table_header, &sw);
  if (info.changes) AddChangeSheet(wb, fm, *info.changes, info.date);
  if (info.evasion_rows && !info.evasion_rows->empty()) AddRowsSheet(wb, fm, "抗变体测试", *info.evasion_rows);
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    return absl::InternalError(absl::StrCat(path, ": writing the workbook failed: ", lxw_strerror(err)));
  return absl::OkStatus();
}

}  // namespace lanjie
