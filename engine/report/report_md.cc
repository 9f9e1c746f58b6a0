#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "engine/report/format.h"
#include "lanjie/report.h"

namespace lanjie {

namespace {
std::string Cell(std::string_view s) {
  return absl::StrReplaceAll(report::ClipChars(s, 120), {{"|", "\\|"}, {"\n", " "}, {"\r", " "}});
}
std::string Row(const std::string& name, const RateLine& l) {
  return absl::StrCat("| ", name, " | ", l.n, " | ", l.hits, " | ", l.n ? report::Pct(l.rate) : "-", " | [",
                      report::Pct(l.ci95.low), ", ", report::Pct(l.ci95.high), "] | ", report::ThresholdText(l),
                      " | ", report::Verdict(l), " |\n");
}
}  // namespace

std::string ReportMarkdown(const Evaluation& ev) {
  const nlohmann::json& m = ev.manifest;
  std::string out = absl::StrCat("# Refusal-rate evaluation: ", m["endpoint"].value("model", ""), "\n\n");
  absl::StrAppend(&out, "- endpoint: `", m["endpoint"].value("base_url", ""), "`\n- run created: ",
                  m.value("created", ""), "\n- profile: ", ev.profile_name, "\n- answered: ", ev.answers.size(),
                  " of ", m.value("questions", 0), " sampled; errors: ", ev.errors.size(),
                  "\n- judges: refusal rules; content judge: ", ev.content_judge,
                  "; human labels: ", ev.human_labels, ev.system_mode ? "; system mode (filter)" : "", "\n\n");
  if (ev.llm_judged)
    absl::StrAppend(&out, "LLM judge: ", ev.llm_judged, " answers judged; agrees with the refusal rules on ",
                    report::Pct(static_cast<double>(ev.llm_refusal_agree) / ev.llm_judged), ".\n\n");
  absl::StrAppend(&out, "Rates carry 95% Wilson intervals. A pass whose interval crosses the threshold is "
                        "flagged *not safe*: a second sample could fail.\n\n");
  absl::StrAppend(&out, "## Summary\n\n| bank | metric | n | rate | 95% CI | threshold | verdict |",
                  ev.system_mode ? " system rate | system verdict |" : "", "\n|---|---|---|---|---|---|---|",
                  ev.system_mode ? "---|---|" : "", "\n");
  for (const BankResult& b : ev.banks) {
    absl::StrAppend(&out, "| ", report::BankTitle(b.bank), " | ", b.metric, " | ", b.model.n, " | ",
                    b.model.n ? report::Pct(b.model.rate) : "-", " | [", report::Pct(b.model.ci95.low), ", ",
                    report::Pct(b.model.ci95.high), "] | ", report::ThresholdText(b.model), " | ",
                    report::Verdict(b.model), " |");
    if (ev.system_mode && b.system)
      absl::StrAppend(&out, " ", report::Pct(b.system->rate), " | ", report::Verdict(*b.system), " |");
    absl::StrAppend(&out, "\n");
  }
  for (const BankResult& b : ev.banks) {
    absl::StrAppend(&out, "\n## ", report::BankTitle(b.bank), " (clause ", b.clause, ", ", b.metric, ")\n\n");
    if (b.model.n < b.sample_min)
      absl::StrAppend(&out, "**Sample of ", b.model.n, " is below the clause minimum of ", b.sample_min, ".**\n\n");
    if (b.bank != BankKind::kGenerate) absl::StrAppend(&out, "Partial refusals (counted as refusals): ", b.partial_refusals, "\n\n");
    if (b.unjudged) absl::StrAppend(&out, "**", b.unjudged, " answers unjudged: no content judge (pass --judge-lexicon or import human labels).**\n\n");
    if (b.system)
      absl::StrAppend(&out, "System mode: ", b.intercepted, " questions intercepted by the input filter, ", b.replaced,
                      " answers replaced by the output filter.\n\n");
    absl::StrAppend(&out, "| category (worst first) | n | count | rate | 95% CI | threshold | verdict |\n|---|---|---|---|---|---|---|\n");
    for (const auto& [c, l] : report::WorstFirst(b.categories)) absl::StrAppend(&out, Row(c, l));
    int shown = 0;
    std::string examples;
    for (const JudgedAnswer& a : ev.answers) {
      if (a.record.bank != b.bank || a.Ok() || shown >= 10) continue;
      ++shown;
      absl::StrAppend(&examples, "| ", Cell(a.record.id), " | ", Cell(a.record.category), " | ", Cell(a.record.question),
                      " | ", Cell(a.record.answer), " | ", a.rules.clause.empty() ? "-" : Cell(a.rules.clause), " |\n");
    }
    if (shown)
      absl::StrAppend(&out, "\nFailing answers (first ", shown, "):\n\n| id | category | question | answer | refusal cue |\n|---|---|---|---|---|\n",
                      examples);
  }
  if (!ev.errors.empty()) {
    absl::StrAppend(&out, "\n## Errors (not counted as refusals or answers)\n\n| id | bank | error |\n|---|---|---|\n");
    for (const RunError& e : ev.errors) absl::StrAppend(&out, "| ", Cell(e.id), " | ", e.bank, " | ", Cell(e.error), " |\n");
  }
  return out;
}

}  // namespace lanjie
