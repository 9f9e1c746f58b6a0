#include "engine/lexicon/filing_xlsx.h"

#include <xlsxwriter.h>

#include <filesystem>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/lexicon/script.h"
#include "lanjie/taxonomy.h"

namespace lanjie {
namespace {

std::string RiskName(const std::string& code) {
  if (code.empty()) return "允许 (allow-list)";
  auto idx = Taxonomy::Default().Find(code);
  return idx.ok() ? Taxonomy::Default().risk(*idx).name : "";
}

std::string SourceLabel(const Entry& e) {
  std::string base = std::filesystem::path(e.source).filename().string();
  return e.line ? absl::StrCat(base, ":", e.line) : base;
}

void AddChangeSheet(lxw_workbook* wb, lxw_format* bold, const ListDiff& diff, const std::string& date) {
  lxw_worksheet* changes = workbook_add_worksheet(wb, "变更记录");
  const char* change_headers[] = {"序号", "变更类型", "关键词", "原风险类别代码", "新风险类别代码", "更新日期"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(changes, 0, c, change_headers[c], bold);
  worksheet_set_column(changes, 2, 2, 24, nullptr);
  lxw_row_t r = 1;
  auto put = [&](const char* kind, const DiffItem& it) {
    worksheet_write_number(changes, r, 0, static_cast<double>(r), nullptr);
    worksheet_write_string(changes, r, 1, kind, nullptr);
    worksheet_write_string(changes, r, 2, it.keyword.c_str(), nullptr);
    worksheet_write_string(changes, r, 3, absl::StrJoin(it.old_risks, ",").c_str(), nullptr);
    worksheet_write_string(changes, r, 4, absl::StrJoin(it.new_risks, ",").c_str(), nullptr);
    worksheet_write_string(changes, r, 5, date.c_str(), nullptr);
    ++r;
  };
  for (const DiffItem& it : diff.added) put("新增", it);
  for (const DiffItem& it : diff.removed) put("删除", it);
  for (const DiffItem& it : diff.retagged) put("重新分类", it);
}

}  // namespace

absl::Status WriteChangeRecordXlsx(const std::string& path, const ListDiff& changes, const std::string& date) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) return absl::InternalError(absl::StrCat(path, ": cannot create the workbook"));
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  AddChangeSheet(wb, bold, changes, date);
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    return absl::InternalError(absl::StrCat(path, ": writing the workbook failed: ", lxw_strerror(err)));
  return absl::OkStatus();
}

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
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* fail = workbook_add_format(wb);
  format_set_bold(fail);
  format_set_font_color(fail, LXW_COLOR_RED);

  // Summary sheet.
  const CoverageReport& cov = *info.coverage;
  lxw_worksheet* summary = workbook_add_worksheet(wb, "概要");
  worksheet_set_column(summary, 0, 0, 18, nullptr);
  worksheet_set_column(summary, 1, 1, 40, nullptr);
  lxw_row_t row = 0;
  auto kv = [&](const char* key, const std::string& value, lxw_format* f = nullptr) {
    worksheet_write_string(summary, row, 0, key, bold);
    worksheet_write_string(summary, row, 1, value.c_str(), f);
    ++row;
  };
  kv("文件", "关键词拦截列表");
  kv("列表版本", info.list_version);
  kv("日期", info.date);
  kv("内容哈希 (SHA-256)", info.content_hash);
  kv("要求配置", absl::StrCat(cov.profile, cov.clause.empty() ? "" : absl::StrCat(" (条款 ", cov.clause, ")")));
  kv("关键词总数", absl::StrCat(cov.total));
  kv("总数最低要求", absl::StrCat(cov.total_min));
  kv("结论", cov.pass ? "符合" : absl::StrCat("不符合 (", cov.failed_categories, " 个风险类别未达最低要求",
                                              cov.total_pass ? "" : "，总数未达最低要求", ")"),
     cov.pass ? bold : fail);
  if (info.changes) kv("上一版本", info.previous_version);
  ++row;
  const char* headers[] = {"风险类别代码", "风险类别", "数量", "最低要求", "缺口", "结果"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(summary, row, c, headers[c], bold);
  ++row;
  for (const CoverageRow& r : cov.rows) {
    worksheet_write_string(summary, row, 0, r.category.c_str(), nullptr);
    worksheet_write_string(summary, row, 1, r.name.c_str(), nullptr);
    worksheet_write_number(summary, row, 2, static_cast<double>(r.count), nullptr);
    worksheet_write_number(summary, row, 3, static_cast<double>(r.minimum), nullptr);
    worksheet_write_number(summary, row, 4, static_cast<double>(r.shortfall), nullptr);
    worksheet_write_string(summary, row, 5, r.pass ? "符合" : "不符合", r.pass ? nullptr : fail);
    ++row;
  }
  for (const auto& [category, n] : cov.other) {
    worksheet_write_string(summary, row, 0, category.c_str(), nullptr);
    worksheet_write_string(summary, row, 1, RiskName(category).c_str(), nullptr);
    worksheet_write_number(summary, row, 2, static_cast<double>(n), nullptr);
    worksheet_write_string(summary, row, 5, "无最低要求", nullptr);
    ++row;
  }

  // Keyword sheet (and the script breakdown for the summary).
  lxw_worksheet* words = workbook_add_worksheet(wb, "关键词");
  const char* word_headers[] = {"序号", "关键词", "风险类别代码", "风险类别", "语种", "来源", "更新日期"};
  for (int c = 0; c < 7; ++c) worksheet_write_string(words, 0, c, word_headers[c], bold);
  worksheet_set_column(words, 1, 1, 24, nullptr);
  worksheet_set_column(words, 3, 3, 36, nullptr);
  worksheet_set_column(words, 5, 5, 24, nullptr);
  worksheet_freeze_panes(words, 1, 0);
  std::map<KeywordScript, int64_t> by_script;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const lxw_row_t r = static_cast<lxw_row_t>(i + 1);
    const KeywordScript script = scripts->Classify(e.keyword);
    ++by_script[script];
    worksheet_write_number(words, r, 0, static_cast<double>(i + 1), nullptr);
    worksheet_write_string(words, r, 1, e.keyword.c_str(), nullptr);
    worksheet_write_string(words, r, 2, e.risk.c_str(), nullptr);
    worksheet_write_string(words, r, 3, RiskName(e.risk).c_str(), nullptr);
    worksheet_write_string(words, r, 4, KeywordScriptLabel(script), nullptr);
    worksheet_write_string(words, r, 5, SourceLabel(e).c_str(), nullptr);
    worksheet_write_string(words, r, 6, info.date.c_str(), nullptr);
  }
  ++row;
  worksheet_write_string(summary, row, 0, "语种", bold);
  worksheet_write_string(summary, row, 1, "数量", bold);
  ++row;
  for (const auto& [script, n] : by_script) {
    worksheet_write_string(summary, row, 0, KeywordScriptLabel(script), nullptr);
    worksheet_write_number(summary, row, 1, static_cast<double>(n), nullptr);
    ++row;
  }

  if (info.changes) AddChangeSheet(wb, bold, *info.changes, info.date);
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR)
    return absl::InternalError(absl::StrCat(path, ": writing the workbook failed: ", lxw_strerror(err)));
  return absl::OkStatus();
}

}  // namespace lanjie
