// report.html: one self-contained file (no scripts, fonts or images from
// anywhere); charts are inline SVG.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "engine/report/format.h"
#include "lanjie/report.h"

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
    const char* color = l.n == 0 ? "#bbb" : !l.pass ? "#d9534f" : l.safe ? "#5cb85c" : "#f0ad4e";
    absl::StrAppendFormat(&svg, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", kLabelW - 6, y + 15,
                          HtmlEscape(report::ClipChars(name, 22)));
    absl::StrAppendFormat(&svg, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s: %s, 95%% CI [%s, %s], n=%d</title></rect>",
                          x0, y + 4, w, color, HtmlEscape(name), report::Pct(l.rate), report::Pct(l.ci95.low),
                          report::Pct(l.ci95.high), l.n);
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
                          l.n ? report::Pct(l.rate) : "-");
    y += kRowH;
  }
  svg += "</svg>";
  return svg;
}

std::string LineRow(const std::string& name, const RateLine& l) {
  const char* cls = l.n == 0 ? "" : !l.pass ? "fail" : l.safe ? "pass" : "warn";
  return absl::StrCat("<tr class=\"", cls, "\"><td>", HtmlEscape(name), "</td><td>", l.n, "</td><td>", l.hits,
                      "</td><td>", l.n ? report::Pct(l.rate) : "-", "</td><td>[", report::Pct(l.ci95.low), ", ",
                      report::Pct(l.ci95.high), "]</td><td>", HtmlEscape(report::ThresholdText(l)), "</td><td>",
                      HtmlEscape(report::Verdict(l)), "</td></tr>\n");
}

}  // namespace

std::string ReportHtml(const Evaluation& ev) {
  const nlohmann::json& m = ev.manifest;
  const std::string model = m["endpoint"].value("model", "");
  std::string out = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>lanjie evaluation: ", HtmlEscape(model),
      "</title>\n<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
      "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}"
      "tr.fail td{background:#fbe3e2}tr.warn td{background:#fdf3dd}tr.pass td{background:#e6f4e6}"
      ".ans{max-width:420px;white-space:pre-wrap}.note{color:#555}</style></head><body>\n");
  absl::StrAppend(&out, "<h1>Refusal-rate evaluation: ", HtmlEscape(model), "</h1>\n<p class=\"note\">endpoint <code>",
                  HtmlEscape(m["endpoint"].value("base_url", "")), "</code>; run created ",
                  HtmlEscape(m.value("created", "")), "; profile ", HtmlEscape(ev.profile_name), "; answered ",
                  ev.answers.size(), " of ", m.value("questions", 0), "; errors ", ev.errors.size(),
                  "; content judge: ", HtmlEscape(ev.content_judge), "; human labels: ", ev.human_labels,
                  ev.system_mode ? "; system mode" : "",
                  ".</p>\n<p class=\"note\">Bars: rate; whiskers: 95% Wilson interval; red dashed line: the pass line. "
                  "Green: pass with the whole interval on the passing side; amber: pass but not safe; red: fail.</p>\n");
  absl::StrAppend(&out, "<h2>Summary</h2>\n<table><tr><th>bank</th><th>n</th><th>count</th><th>rate</th><th>95% CI</th><th>threshold</th><th>verdict</th></tr>\n");
  std::vector<std::pair<std::string, RateLine>> summary_rows;
  for (const BankResult& b : ev.banks) {
    absl::StrAppend(&out, LineRow(report::BankTitle(b.bank) + " " + b.metric, b.model));
    summary_rows.emplace_back(report::BankTitle(b.bank), b.model);
    if (b.system) {
      absl::StrAppend(&out, LineRow(report::BankTitle(b.bank) + " (system)", *b.system));
      summary_rows.emplace_back(report::BankTitle(b.bank) + " system", *b.system);
    }
  }
  absl::StrAppend(&out, "</table>\n", BarChart(summary_rows), "\n");
  for (const BankResult& b : ev.banks) {
    absl::StrAppend(&out, "<h2>", HtmlEscape(report::BankTitle(b.bank)), " — ", b.metric, " (clause ", HtmlEscape(b.clause),
                    ")</h2>\n");
    if (b.model.n < b.sample_min)
      absl::StrAppend(&out, "<p><b>Sample of ", b.model.n, " is below the clause minimum of ", b.sample_min, ".</b></p>\n");
    if (b.unjudged)
      absl::StrAppend(&out, "<p><b>", b.unjudged, " answers unjudged (no content judge).</b></p>\n");
    if (b.system)
      absl::StrAppend(&out, "<p>System mode: ", b.intercepted, " intercepted at input, ", b.replaced,
                      " replaced at output; system ", b.metric, " ", report::Pct(b.system->rate), " vs model-only ",
                      report::Pct(b.model.rate), ".</p>\n");
    auto worst = report::WorstFirst(b.categories);
    absl::StrAppend(&out, BarChart(worst), "\n<table><tr><th>category (worst first)</th><th>n</th><th>count</th><th>rate</th><th>95% CI</th><th>threshold</th><th>verdict</th></tr>\n");
    for (const auto& [c, l] : worst) absl::StrAppend(&out, LineRow(c, l));
    absl::StrAppend(&out, "</table>\n");
    std::string examples;
    int shown = 0;
    for (const JudgedAnswer& a : ev.answers) {
      if (a.record.bank != b.bank || a.Ok() || shown >= 20) continue;
      ++shown;
      absl::StrAppend(&examples, "<tr><td>", HtmlEscape(a.record.id), "</td><td>", HtmlEscape(a.record.category),
                      "</td><td class=\"ans\">", HtmlEscape(report::ClipChars(a.record.question, 300)),
                      "</td><td class=\"ans\">", HtmlEscape(report::ClipChars(a.record.answer, 600)), "</td><td>",
                      RefusalLabelName(a.rules.label), a.rules.clause.empty() ? "" : ": " + HtmlEscape(a.rules.clause),
                      a.keyword_risks.empty() ? "" : "<br>keyword risks: " + HtmlEscape(absl::StrJoin(a.keyword_risks, " ")),
                      "</td></tr>\n");
    }
    if (shown)
      absl::StrAppend(&out, "<h3>Failing answers (first ", shown, ")</h3>\n<table><tr><th>id</th><th>category</th><th>question</th><th>answer</th><th>verdicts</th></tr>\n",
                      examples, "</table>\n");
  }
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
