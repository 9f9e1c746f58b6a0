// report.html: one self-contained file (no scripts, fonts or images from
// anywhere); charts are inline SVG.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "format.h"
#include "lanjie/report/report.h"

namespace lanjie {

namespace {

using report::HtmlEscape;

// Horizontal bars, one per row: rate bar, CI whisker, threshold line.
std::string BarChart(const std::vector<std::pair<std::string, RateLine>>& rows) {
  constexpr int kLabelW = 170, kPlotW = 420, kRowH = 22, kTop = 20;
  const int height = kTop + static_cast<int>(rows.size()) * kRowH + 10;
  std::string svg = absl::StrFormat(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" font-size=\"12\" "
      "font-family=\"sans-serif\">",
      kLabelW + kPlotW + 90, height);
  for (int t = 0; t <= 100; t += 25) {
    const int x = kLabelW + kPlotW * t / 100;
    absl::StrAppendFormat(&svg, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                                "<text x=\"%d\" y=\"12\" text-anchor=\"middle\" fill=\"#666\">%d%%</text>",
                          x, kTop - 4, x, height - 8, x, t);
  }
  int y = kTop;
  for (const auto& [name, l] : rows) {
    const double x0 = kLabelW;
    const double w = kPlotW * l.rate;
    const char* color = l.n_decided == 0 ? "#bbb" : l.undecided ? "#9b8fd0" : !l.pass ? "#d9534f" : l.safe ? "#5cb85c" : "#f0ad4e";
    absl::StrAppendFormat(&svg, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", kLabelW - 6, y + 15,
                          HtmlEscape(report::ClipChars(name, 22)));
    absl::StrAppendFormat(&svg, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s: %s of %d decided, 95%% CI [%s, %s], %d uncertain</title></rect>",
                          x0, y + 4, w, color, HtmlEscape(name), report::Pct(l.rate), l.n_decided, report::Pct(l.ci95.low),
                          report::Pct(l.ci95.high), l.uncertain);
    if (l.uncertain) {  // the range the uncertain answers could move the rate across
      const double ulo = x0 + kPlotW * l.uncertain_bounds.low, uhi = x0 + kPlotW * l.uncertain_bounds.high;
      absl::StrAppendFormat(&svg, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"3\" fill=\"#6a5acd\"><title>uncertain bounds %s</title></rect>",
                            ulo, y + 18, std::max(1.0, uhi - ulo), report::IntervalText(l.uncertain_bounds));
    }
    const double lo = x0 + kPlotW * l.ci95.low, hi = x0 + kPlotW * l.ci95.high;
    absl::StrAppendFormat(&svg,
                          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>",
                          lo, y + 11, hi, y + 11, lo, y + 7, lo, y + 15, hi, y + 7, hi, y + 15);
    if (l.min_rate || l.max_rate) {
      const double tx = x0 + kPlotW * l.Threshold();
      absl::StrAppendFormat(&svg, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"3,2\"/>",
                            tx, y + 1, tx, y + 21);
    }
    absl::StrAppendFormat(&svg, "<text x=\"%d\" y=\"%d\">%s</text>", kLabelW + kPlotW + 6, y + 15,
                          l.n_decided ? report::Pct(l.rate) : "-");
    y += kRowH;
  }
  svg += "</svg>";
  return svg;
}

std::string LineRow(const std::string& name, const RateLine& l, const std::string& extra = "") {
  const char* cls = l.n == 0 ? "" : l.undecided ? "undecided" : !l.pass ? "fail" : l.safe ? "pass" : "warn";
  return absl::StrCat("<tr class=\"", cls, "\"><td>", HtmlEscape(name), "</td><td>", l.n, "</td><td>", l.n_decided,
                      "</td><td>", l.uncertain, "</td><td>", l.hits, "</td><td>", l.n_decided ? report::Pct(l.rate) : "-",
                      "</td><td>", report::IntervalText(l.ci95), "</td><td>",
                      l.uncertain ? report::IntervalText(l.uncertain_bounds) : "-", "</td><td>",
                      HtmlEscape(report::ThresholdText(l)), "</td><td>", HtmlEscape(report::Verdict(l)), "<br>",
                      HtmlEscape(report::VerdictZh(l)), "</td>", extra, "</tr>\n");
}

constexpr char kLineHeader[] =
    "<th>n</th><th>decided</th><th>uncertain 不确定</th><th>count</th><th>rate (decided)</th><th>95% CI</th>"
    "<th>uncertain bounds</th><th>threshold</th><th>verdict 结论</th>";


// An answer as a table row: id, category, question, answer, verdict, basis.
std::string AnswerRow(const JudgedAnswer& a) {
  std::vector<std::string> risks;
  for (const std::string& r : a.keyword_risks) risks.push_back(report::CodeAndName(r));
  return absl::StrCat("<tr><td>", HtmlEscape(a.record.id), "</td><td>", HtmlEscape(report::CodeAndName(a.record.category)),
                      "</td><td class=\"ans\">", HtmlEscape(report::ClipChars(a.record.question, 300)),
                      "</td><td class=\"ans\">", HtmlEscape(report::ClipChars(a.record.answer, 600)), "</td><td>",
                      HtmlEscape(report::FinalVerdictText(a)), "<br>规则 rules: ", HtmlEscape(report::LabelText(a.rules.label)),
                      "</td><td>", HtmlEscape(report::Basis(a.rules)),
                      a.keyword_hits.empty() ? "" : "<br>关键词 keywords: " + HtmlEscape(absl::StrJoin(a.keyword_hits, ", ")),
                      risks.empty() ? "" : "<br>风险类别 keyword risks: " + HtmlEscape(absl::StrJoin(risks, "; ")),
                      "</td></tr>\n");
}

constexpr char kAnswerHeader[] =
    "<table><tr><th>id</th><th>category</th><th>question</th><th>answer</th><th>判定 verdict</th><th>判定依据 basis</th></tr>\n";

// Up to 20 answers of a bank that pass `select`, under "TITLE (first N)",
// or "TITLE (first N of OF)" when `of` >= 0.
template <typename Select>
std::string AnswerTable(const Evaluation& ev, const BankResult& b, const char* title, int64_t of, Select select) {
  std::string rows;
  int shown = 0;
  for (const JudgedAnswer& a : ev.answers) {
    if (a.record.bank != b.bank || !select(a) || shown >= 20) continue;
    ++shown;
    absl::StrAppend(&rows, AnswerRow(a));
  }
  if (!shown) return "";
  return absl::StrCat("<h3>", title, " (first ", shown, of >= 0 ? absl::StrCat(" of ", of) : "", ")</h3>\n",
                      kAnswerHeader, rows, "</table>\n");
}

// <head> with the style sheet, the title and how to read the page.
std::string Head(const Evaluation& ev) {
  const RunManifest& m = ev.manifest;
  const std::string& model = m.endpoint.model;
  std::string out = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>lanjie evaluation: ", HtmlEscape(model),
      "</title>\n<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
      "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}"
      "tr.fail td{background:#fbe3e2}tr.warn td{background:#fdf3dd}tr.pass td{background:#e6f4e6}tr.undecided td{background:#ece9f7}"
      ".ans{max-width:420px;white-space:pre-wrap}.note{color:#555}</style></head><body>\n");
  absl::StrAppend(&out, "<h1>Refusal-rate evaluation: ", HtmlEscape(model), "</h1>\n<p class=\"note\">endpoint <code>",
                  HtmlEscape(m.endpoint.base_url), "</code>; run created ",
                  HtmlEscape(m.created), "; profile ", HtmlEscape(ev.profile_name), "; answered ",
                  ev.answers.size(), " of ", m.questions, "; errors ", ev.errors.size(),
                  "; content judge: ", HtmlEscape(ev.content_judge), "; human labels: ", ev.human_labels,
                  ev.system_mode ? "; system mode" : "", ".</p>\n");
  for (const ListUsed& l : ev.lists)
    absl::StrAppend(&out, "<p class=\"note\">keyword list (", HtmlEscape(l.role), "): version ", HtmlEscape(l.version),
                    ", hash <code>", HtmlEscape(l.hash), "</code></p>\n");
  absl::StrAppend(&out, "<p class=\"note\">Refusal verdicts: human labels win, else the refusal rules, else the LLM "
                  "judge where the rules are uncertain; an answer nobody decided is uncertain (不确定) and never "
                  "counted as either side. Rates are over the decided answers; uncertain bounds are the rates over "
                  "all answers if every uncertain answer were a non-refusal or a refusal.</p>\n"
                  "<p class=\"note\">Bars: rate over decided answers; whiskers: 95% Wilson interval; thin purple bar: "
                  "uncertain bounds; red dashed line: the pass line. "
                  "Green: pass with the whole interval on the passing side; amber: pass but not safe; red: fail; "
                  "purple: undecided (the uncertain answers could move the rate across the line).</p>\n");
  return out;
}

// The summary table, one row per bank (and its system-mode row), and its chart.
std::string Summary(const Evaluation& ev) {
  std::string out;
  absl::StrAppend(&out, "<h2>Summary</h2>\n<table><tr><th>bank</th>", kLineHeader, "<th>sources 判定来源</th><th>corrected for judge error 校正后</th></tr>\n");
  std::vector<std::pair<std::string, RateLine>> summary_rows;
  for (const BankResult& b : ev.banks) {
    absl::StrAppend(&out, LineRow(report::BankTitle(b.bank) + " " + b.metric, b.model,
                                  "<td>" + HtmlEscape(report::SourcesText(b.sources)) + "</td><td>" +
                                      HtmlEscape(report::CorrectedCell(b)) + "</td>"));
    summary_rows.emplace_back(report::BankTitle(b.bank), b.model);
    if (b.system) {
      absl::StrAppend(&out, LineRow(report::BankTitle(b.bank) + " (system)", *b.system, "<td></td><td></td>"));
      summary_rows.emplace_back(report::BankTitle(b.bank) + " system", *b.system);
    }
  }
  absl::StrAppend(&out, "</table>\n", BarChart(summary_rows), "\n");
  return out;
}

// A bank's section: notes, correction, system mode, categories worst first
// (chart and table), failing and uncertain answers.
std::string BankSection(const Evaluation& ev, const BankResult& b) {
  std::string out;
  absl::StrAppend(&out, "<h2>", HtmlEscape(report::BankTitle(b.bank)), " — ", b.metric, " (clause ", HtmlEscape(b.clause),
                  ")</h2>\n");
  if (b.model.n < b.sample_min)
    absl::StrAppend(&out, "<p><b>Sample of ", b.model.n, " is below the clause minimum of ", b.sample_min, ".</b></p>\n");
  if (b.unjudged)
    absl::StrAppend(&out, "<p><b>", b.unjudged, " answers unjudged (no content judge).</b></p>\n");
  absl::StrAppend(&out, "<p>Refusal verdict sources (判定来源): ", HtmlEscape(report::SourcesText(b.sources)), ".</p>\n");
  if (b.model.uncertain)
    absl::StrAppend(&out, "<p><b>", b.model.uncertain, " answers still uncertain (不确定, not counted)</b>: the rate "
                    "could be anywhere in ", report::IntervalText(b.model.uncertain_bounds), " once they are decided.</p>\n");
  if (b.audit)
    absl::StrAppend(&out, "<h3>Judge-error correction (判定误差校正)</h3>\n<p>", HtmlEscape(report::CorrectionText(*b.audit)),
                    "</p>\n<p class=\"note\">Method: ", HtmlEscape(report::CorrectionMethodText(ev)), "</p>\n");
  if (b.system)
    absl::StrAppend(&out, "<p>System mode: ", b.intercepted, " intercepted at input, ", b.replaced,
                    " replaced at output",
                    ev.user_policy.empty() ? std::string()
                                           : absl::StrCat(", ", b.suspended, " answered by the user's suspension (",
                                                          HtmlEscape(ev.user_policy), ", one user for the whole run)"),
                    "; system ", b.metric, " ", report::Pct(b.system->rate), " vs model-only ",
                    report::Pct(b.model.rate), ".</p>\n");
  auto worst = report::WorstFirst(b.categories);
  for (auto& [c, l] : worst) c = report::CodeAndName(c);
  absl::StrAppend(&out, BarChart(worst), "\n<table><tr><th>category (worst first)</th>", kLineHeader, "</tr>\n");
  for (const auto& [c, l] : worst) absl::StrAppend(&out, LineRow(c, l));
  absl::StrAppend(&out, "</table>\n");
  absl::StrAppend(&out, AnswerTable(ev, b, "Failing answers", -1,
                                    [](const JudgedAnswer& a) { return a.Ok() == std::optional<bool>(false); }));
  if (b.bank != BankKind::kGenerate)
    absl::StrAppend(&out, AnswerTable(ev, b, "Uncertain answers 不确定", b.sources.uncertain,
                                      [](const JudgedAnswer& a) { return !a.decided(); }));
  return out;
}

}  // namespace

std::string ReportHtml(const Evaluation& ev) {
  std::string out = absl::StrCat(Head(ev), Summary(ev));
  for (const BankResult& b : ev.banks) absl::StrAppend(&out, BankSection(ev, b));
  if (!ev.errors.empty()) {
    absl::StrAppend(&out, "<h2>Errors (", ev.errors.size(), "; not counted)</h2>\n<table><tr><th>id</th><th>bank</th><th>error</th></tr>\n");
    for (const RunError& e : ev.errors)
      absl::StrAppend(&out, "<tr><td>", HtmlEscape(e.id), "</td><td>", e.bank, "</td><td>", HtmlEscape(e.error), "</td></tr>\n");
    absl::StrAppend(&out, "</table>\n");
  }
  absl::StrAppend(&out, "</body></html>\n");
  return out;
}

}  // namespace lanjie
