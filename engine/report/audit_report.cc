// audit.md and audit.html of a corpus audit, and WriteAuditReports. Both
// render the same AuditView in the same order: header block, 结论 table,
// notes, per-risk table, inputs, unreadable records, sign-off.
#include "lanjie/report/audit_report.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "audit_view.h"
#include "text.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/text_io.h"

namespace lanjie {

namespace {

using report::AuditCheck;
using report::AuditView;
using report::HtmlEscape;
using report::RatePct;
using report::RateWithInterval;
using report::Thousands;

using report::kAuditTitle;
constexpr size_t kErrorsShown = 200;  // rows of listed errors in md/html; the workbook has all

std::string CheckResult(const AuditCheck& c) {
  return c.measured ? RateWithInterval(c.rate, c.ci_low, c.ci_high) : "-";
}

std::string MdCell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

std::string MarkdownOf(const AuditView& v) {
  std::string md = absl::StrCat("# ", kAuditTitle, "\n\n| 项目 | 内容 |\n|---|---|\n");
  for (const auto& [k, val] : report::AuditHeaderBlock(v)) absl::StrAppend(&md, "| ", k, " | ", MdCell(val), " |\n");
  absl::StrAppend(&md, "\n## 结论：", v.overall_zh, "\n\n",
                  "| 检查 | 要求 | 样本 | 合格 | 合格率 [95% 置信区间] | 判定 |\n|---|---|---|---:|---|---|\n");
  for (const AuditCheck* c : {&v.keyword, &v.manual})
    absl::StrAppend(&md, "| ", c->name, " | ", c->requirement, " | ", MdCell(c->sample), " | ",
                    c->measured ? Thousands(c->passed) : "-", " | ", CheckResult(*c), " | **", c->verdict_zh, "** |\n");
  md += "\n";
  for (const AuditCheck* c : {&v.keyword, &v.manual})
    for (const std::string& n : c->notes) absl::StrAppend(&md, "- ", c->name, "：", MdCell(n), "\n");
  if (v.agreement)
    absl::StrAppend(&md, "- 关键词抽检与人工审核一致率 ", RatePct(*v.agreement), "（关键词判不合格、人工判合格 ",
                    v.keyword_fail_reviewer_pass, " 条；关键词判合格、人工判不合格 ", v.keyword_pass_reviewer_fail,
                    " 条）\n");
  absl::StrAppend(&md, "- 记录总数 ", Thousands(v.records), "，抽检 ", Thousands(v.sampled), "，不合格 ",
                  Thousands(v.failed), "，待复核（review 条目命中）", Thousands(v.review_records), "，无法读取 ",
                  Thousands(v.unreadable), "\n");
  md += "\n## 按风险类别\n\n| 代码 | 风险类别 | 不合格记录 | 待复核记录 | 命中次数 | 合格率 [95% 置信区间] | 低于要求 |\n"
        "|---|---|---:|---:|---:|---|---|\n";
  if (v.risks.empty()) md += "| - | 无命中 | 0 | 0 | 0 | - | - |\n";
  for (const report::AuditRiskRow& r : v.risks)
    absl::StrAppend(&md, "| ", r.code, " | ", MdCell(r.name), " | ", Thousands(r.failed_records), " | ",
                    Thousands(r.review_records), " | ", Thousands(r.hits), " | ",
                    RateWithInterval(r.rate, r.ci_low, r.ci_high), " | ", r.below_line ? "是" : "否", " |\n");
  md += "\n## 输入文件\n\n| 文件 | 字节 | 记录 | 抽检 | 不合格 | 无法读取 | XXH3-128 |\n|---|---:|---:|---:|---:|---:|---|\n";
  for (const report::AuditInputRow& in : v.inputs)
    absl::StrAppend(&md, "| ", MdCell(in.path), " | ", Thousands(in.size), " | ", Thousands(in.records), " | ",
                    Thousands(in.sampled), " | ", Thousands(in.failed), " | ", Thousands(in.unreadable), " | `",
                    in.xxh3_128, "` |\n");
  absl::StrAppend(&md, "\n## 无法读取的记录（共 ", Thousands(v.errors_total), " 条）\n\n");
  if (v.errors_total == 0) md += "无。\n";
  for (const auto& [kind, n] : v.errors_by_kind)
    absl::StrAppend(&md, "- ", report::ErrorKindZh(kind), "：", Thousands(n), "\n");
  if (!v.errors.empty()) {
    md += "\n| 文件 | 行 | 字节偏移 | 类型 | 说明 |\n|---|---:|---:|---|---|\n";
    for (size_t i = 0; i < v.errors.size() && i < kErrorsShown; ++i) {
      const report::AuditErrorRow& e = v.errors[i];
      absl::StrAppend(&md, "| ", MdCell(e.path), " | ", e.line, " | ", e.offset, " | ", e.kind, " | ", MdCell(e.message),
                      " |\n");
    }
    const int64_t more = v.errors_unlisted + static_cast<int64_t>(v.errors.size() > kErrorsShown ? v.errors.size() - kErrorsShown : 0);
    if (more > 0) absl::StrAppend(&md, "\n另有 ", Thousands(more), " 条未列出（见 audit.json 与 audit.xlsx）。\n");
  }
  md += "\n## 签字\n\n| 编制 | 审核 | 日期 |\n|---|---|---|\n|  |  |  |\n";
  return md;
}

// The CSS class of a verdict: pass, warn (passed with a caveat), fail or pending.
const char* VerdictClass(bool pass, std::string_view zh) {
  return pass ? (zh == "符合" ? "pass" : "warn") : (zh == "不符合" ? "fail" : "pending");
}

// The page head (title, style) and the header block table.
std::string HtmlHead(const AuditView& v) {
  std::string h = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>", kAuditTitle,
      "</title><style>body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;"
      "margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
      "th{background:#f2f2f2}td.num{text-align:right}.pass{color:#2e7d32;font-weight:bold}.fail{color:#c62828;"
      "font-weight:bold}.warn{color:#e65100;font-weight:bold}.pending{color:#5e35b1;font-weight:bold}"
      "code{font-size:90%}@media print{body{margin:0}}</style></head><body>\n<h1>",
      kAuditTitle, "</h1>\n<table>");
  for (const auto& [k, val] : report::AuditHeaderBlock(v))
    absl::StrAppend(&h, "<tr><th>", HtmlEscape(k), "</th><td>", HtmlEscape(val), "</td></tr>");
  return h;
}

// The conclusion, the two checks' table, the notes and totals list; opens
// the per-risk table (its header row).
void AppendHtmlChecks(const AuditView& v, std::string* h) {
  absl::StrAppend(h, "</table>\n<h2>结论：<span class=\"", VerdictClass(v.overall_pass, v.overall_zh), "\">",
                 HtmlEscape(v.overall_zh), "</span></h2>\n<table><tr><th>检查</th><th>要求</th><th>样本</th>"
                 "<th>合格</th><th>合格率 [95% 置信区间]</th><th>判定</th></tr>");
  for (const AuditCheck* c : {&v.keyword, &v.manual})
    absl::StrAppend(h, "<tr><td>", c->name, "</td><td>", HtmlEscape(c->requirement), "</td><td>",
                   HtmlEscape(c->sample), "</td><td class=\"num\">", c->measured ? Thousands(c->passed) : "-",
                   "</td><td>", CheckResult(*c), "</td><td class=\"", VerdictClass(c->pass, c->verdict_zh), "\">",
                   HtmlEscape(c->verdict_zh), "</td></tr>");
  *h += "</table>\n<ul>";
  for (const AuditCheck* c : {&v.keyword, &v.manual})
    for (const std::string& n : c->notes) absl::StrAppend(h, "<li>", c->name, "：", HtmlEscape(n), "</li>");
  if (v.agreement)
    absl::StrAppend(h, "<li>关键词抽检与人工审核一致率 ", RatePct(*v.agreement), "（关键词判不合格、人工判合格 ",
                   v.keyword_fail_reviewer_pass, " 条；关键词判合格、人工判不合格 ", v.keyword_pass_reviewer_fail,
                   " 条）</li>");
  absl::StrAppend(h, "<li>记录总数 ", Thousands(v.records), "，抽检 ", Thousands(v.sampled), "，不合格 ",
                 Thousands(v.failed), "，待复核（review 条目命中）", Thousands(v.review_records), "，无法读取 ",
                 Thousands(v.unreadable), "</li></ul>\n<h2>按风险类别</h2>\n<table><tr><th>代码</th><th>风险类别</th>"
                 "<th>不合格记录</th><th>待复核记录</th><th>命中次数</th><th>合格率 [95% 置信区间]</th></tr>");
}

// The per-risk rows and the input files' table.
void AppendHtmlRiskAndInputRows(const AuditView& v, std::string* h) {
  if (v.risks.empty()) *h += "<tr><td colspan=\"6\">无命中</td></tr>";
  for (const report::AuditRiskRow& r : v.risks)
    absl::StrAppend(h, "<tr><td>", HtmlEscape(r.code), "</td><td>", HtmlEscape(r.name), "</td><td class=\"num\">",
                   Thousands(r.failed_records), "</td><td class=\"num\">", Thousands(r.review_records),
                   "</td><td class=\"num\">", Thousands(r.hits), "</td><td", r.below_line ? " class=\"fail\"" : "",
                   ">", RateWithInterval(r.rate, r.ci_low, r.ci_high), "</td></tr>");
  *h += "</table>\n<h2>输入文件</h2>\n<table><tr><th>文件</th><th>字节</th><th>记录</th><th>抽检</th><th>不合格</th>"
        "<th>无法读取</th><th>XXH3-128</th></tr>";
  for (const report::AuditInputRow& in : v.inputs)
    absl::StrAppend(h, "<tr><td>", HtmlEscape(in.path), "</td><td class=\"num\">", Thousands(in.size),
                   "</td><td class=\"num\">", Thousands(in.records), "</td><td class=\"num\">", Thousands(in.sampled),
                   "</td><td class=\"num\">", Thousands(in.failed), "</td><td class=\"num\">",
                   Thousands(in.unreadable), "</td><td><code>", HtmlEscape(in.xxh3_128), "</code></td></tr>");
}

// The unreadable records: count, per kind, the first kErrorsShown listed.
void AppendHtmlErrors(const AuditView& v, std::string* h) {
  absl::StrAppend(h, "</table>\n<h2>无法读取的记录（共 ", Thousands(v.errors_total), " 条）</h2>\n");
  if (v.errors_total == 0) *h += "<p>无。</p>\n";
  if (!v.errors_by_kind.empty()) {
    *h += "<ul>";
    for (const auto& [kind, n] : v.errors_by_kind)
      absl::StrAppend(h, "<li>", HtmlEscape(report::ErrorKindZh(kind)), "：", Thousands(n), "</li>");
    *h += "</ul>\n";
  }
  if (!v.errors.empty()) {
    *h += "<table><tr><th>文件</th><th>行</th><th>字节偏移</th><th>类型</th><th>说明</th></tr>";
    for (size_t i = 0; i < v.errors.size() && i < kErrorsShown; ++i) {
      const report::AuditErrorRow& e = v.errors[i];
      absl::StrAppend(h, "<tr><td>", HtmlEscape(e.path), "</td><td class=\"num\">", e.line, "</td><td class=\"num\">",
                     e.offset, "</td><td>", HtmlEscape(e.kind), "</td><td>", HtmlEscape(e.message), "</td></tr>");
    }
    *h += "</table>\n";
  }
}

std::string HtmlOf(const AuditView& v) {
  std::string h = HtmlHead(v);
  AppendHtmlChecks(v, &h);
  AppendHtmlRiskAndInputRows(v, &h);
  AppendHtmlErrors(v, &h);
  h += "<h2>签字</h2>\n<table><tr><th>编制</th><th>审核</th><th>日期</th></tr>"
       "<tr><td style=\"width:12em;height:3em\"></td><td style=\"width:12em\"></td><td style=\"width:12em\"></td></tr>"
       "</table>\n</body></html>\n";
  return h;
}

// audit.json (and manual.json, "" when absent) read into one view, rendered by `render`.
absl::StatusOr<std::string> Rendered(std::string_view audit_json, std::string_view manual_json,
                                     const AuditReportInfo& info, std::string_view audit_name,
                                     std::string_view manual_name, std::string (*render)(const AuditView&)) {
  auto view = report::ParseAuditView(audit_json, manual_json, info, audit_name, manual_name);
  if (!view.ok()) return view.status();
  return render(*view);
}

}  // namespace

absl::StatusOr<std::string> AuditReportMarkdown(std::string_view audit_json, std::string_view manual_json,
                                                const AuditReportInfo& info, std::string_view audit_name,
                                                std::string_view manual_name) {
  return Rendered(audit_json, manual_json, info, audit_name, manual_name, MarkdownOf);
}

absl::StatusOr<std::string> AuditReportHtml(std::string_view audit_json, std::string_view manual_json,
                                            const AuditReportInfo& info, std::string_view audit_name,
                                            std::string_view manual_name) {
  return Rendered(audit_json, manual_json, info, audit_name, manual_name, HtmlOf);
}

absl::Status WriteAuditReports(const std::string& dir, const AuditReportInfo& info) {
  const std::string audit_path = dir + "/audit.json", manual_path = dir + "/manual.json";
  auto audit = ReadFile(audit_path);
  if (!audit.ok()) return audit.status();
  std::string manual;
  std::error_code ec;
  if (std::filesystem::exists(manual_path, ec)) {
    auto m = ReadFile(manual_path);
    if (!m.ok()) return m.status();
    manual = std::move(*m);
  }
  auto view = report::ParseAuditView(*audit, manual, info, audit_path, manual_path);
  if (!view.ok()) return view.status();
  if (absl::Status s = WriteFileAtomically(dir + "/audit.md", MarkdownOf(*view)); !s.ok()) return s;
  if (absl::Status s = WriteFileAtomically(dir + "/audit.html", HtmlOf(*view)); !s.ok()) return s;
  const std::string xlsx = dir + "/audit.xlsx", tmp = TempPathFor(xlsx);
  if (absl::Status s = WriteAuditReportXlsx(*audit, manual, info, tmp, audit_path, manual_path); !s.ok()) {
    std::filesystem::remove(tmp, ec);
    return s;
  }
  return CommitFileAtomically(tmp, xlsx);
}

}  // namespace lanjie
