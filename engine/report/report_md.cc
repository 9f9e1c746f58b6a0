#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "format.h"
#include "lanjie/report/report.h"

namespace lanjie {

namespace {
std::string Cell(std::string_view s) {
  return absl::StrReplaceAll(report::ClipChars(s, 120), {{"|", "\\|"}, {"\n", " "}, {"\r", " "}});
}
std::string Row(const std::string& name, const RateLine& l) {
  return absl::StrCat("| ", name, " | ", l.n, " | ", l.n_decided, " | ", l.uncertain, " | ", l.hits, " | ",
                      l.n_decided ? report::Pct(l.rate) : "-", " | ", report::IntervalText(l.ci95), " | ",
                      l.uncertain ? report::IntervalText(l.uncertain_bounds) : "-", " | ", report::ThresholdText(l),
                      " | ", report::Verdict(l), " |\n");
}

// Title, run facts, the LLM judge's agreement and how to read the rates.
std::string Header(const Evaluation& ev) {
  const RunManifest& m = ev.manifest;
  std::string out = absl::StrCat("# Refusal-rate evaluation: ", m.endpoint.model, "\n\n");
  absl::StrAppend(&out, "- endpoint: `", m.endpoint.base_url, "`\n- run created: ",
                  m.created, "\n- profile: ", ev.profile_name, "\n- answered: ", ev.answers.size(),
                  " of ", m.questions, " sampled; errors: ", ev.errors.size(),
                  "\n- judges: refusal ", ev.refusal_judge,
                  ev.refusal_judge == "rules+model" ? absl::StrCat(" (model: ", ev.refusal_model, ")") : "",
                  "; content judge: ", ev.content_judge,
                  "; human labels: ", ev.human_labels, ev.system_mode ? "; system mode (filter)" : "", "\n");
  for (const ListUsed& l : ev.lists)
    absl::StrAppend(&out, "- keyword list (", l.role, "): version ", l.version, ", hash `", l.hash, "`\n");
  out += "\n";
  if (ev.llm_judged)
    absl::StrAppend(&out, "LLM judge: ", ev.llm_judged, " answers judged; its refusal verdict is used where the rules "
                    "are uncertain",
                    ev.llm_compared ? absl::StrCat("; it agrees with the rules on ",
                                                   report::Pct(static_cast<double>(ev.llm_refusal_agree) / ev.llm_compared),
                                                   " of the ", ev.llm_compared, " answers both decided")
                                    : std::string(),
                    ".\n\n");
  absl::StrAppend(&out, "Refusal verdicts come from human labels (which win), else the refusal rules, else the LLM "
                        "judge where the rules are uncertain; an answer nobody decided is *uncertain* (不确定) and "
                        "never counted as either side. Rates are over the decided answers with 95% Wilson "
                        "intervals; *uncertain bounds* are the rates over all answers if every uncertain answer were "
                        "a non-refusal or a refusal. A pass whose interval crosses the threshold is flagged *not "
                        "safe*: a second sample could fail; a line the uncertain bounds straddle is *UNDECIDED* "
                        "(review the uncertain answers: `lanjie eval review-export`).\n\n");
  return out;
}

// One row per bank: rate, interval, bounds, verdict, sources, correction.
std::string Summary(const Evaluation& ev) {
  std::string out;
  absl::StrAppend(&out, "## Summary\n\n| bank | metric | n | decided | uncertain | rate (decided) | 95% CI | "
                        "uncertain bounds | threshold | verdict | sources | corrected for judge error |",
                  ev.system_mode ? " system rate | system verdict |" : "", "\n|---|---|---|---|---|---|---|---|---|---|---|---|",
                  ev.system_mode ? "---|---|" : "", "\n");
  for (const BankResult& b : ev.banks) {
    absl::StrAppend(&out, "| ", report::BankTitle(b.bank), " | ", b.metric, " | ", b.model.n, " | ", b.model.n_decided,
                    " | ", b.model.uncertain, " | ", b.model.n_decided ? report::Pct(b.model.rate) : "-", " | ",
                    report::IntervalText(b.model.ci95), " | ",
                    b.model.uncertain ? report::IntervalText(b.model.uncertain_bounds) : "-", " | ",
                    report::ThresholdText(b.model), " | ", report::Verdict(b.model), " | ",
                    report::SourcesText(b.sources), " | ", report::CorrectedCell(b), " |");
    if (ev.system_mode && b.system)
      absl::StrAppend(&out, " ", report::Pct(b.system->rate), " | ", report::Verdict(*b.system), " |");
    absl::StrAppend(&out, "\n");
  }
  return out;
}

// The rows of the first 10 answers of bank `b` that pass `select`, and
// how many there are (<= 10).
template <typename Select, typename RowFn>
std::pair<std::string, int> FirstRows(const Evaluation& ev, const BankResult& b, Select select, RowFn row) {
  std::string rows;
  int shown = 0;
  for (const JudgedAnswer& a : ev.answers) {
    if (a.record.bank != b.bank || !select(a) || shown >= 10) continue;
    ++shown;
    absl::StrAppend(&rows, row(a));
  }
  return {rows, shown};
}

// The first failing answers of a bank (at most 10).
std::string FailingAnswers(const Evaluation& ev, const BankResult& b) {
  auto [rows, shown] = FirstRows(
      ev, b, [](const JudgedAnswer& a) { return a.Ok() == std::optional<bool>(false); },
      [](const JudgedAnswer& a) {
        return absl::StrCat("| ", Cell(a.record.id), " | ", Cell(a.record.category), " | ", Cell(a.record.question),
                            " | ", Cell(a.record.answer), " | ", report::FinalVerdictText(a), " | ",
                            report::LabelText(a.rules.label), " | ", Cell(report::Basis(a.rules)), " |\n");
      });
  if (!shown) return "";
  return absl::StrCat("\nFailing answers (first ", shown, "):\n\n| id | category | question | answer | 判定 verdict | 规则判定 rules | 判定依据 basis |\n|---|---|---|---|---|---|---|\n",
                      rows);
}

// The first answers of a refusal bank nobody decided (at most 10).
std::string UncertainAnswers(const Evaluation& ev, const BankResult& b) {
  if (b.bank == BankKind::kGenerate) return "";
  auto [rows, shown] = FirstRows(
      ev, b, [](const JudgedAnswer& a) { return !a.decided(); },
      [](const JudgedAnswer& a) {
        return absl::StrCat("| ", Cell(a.record.id), " | ", Cell(a.record.category), " | ", Cell(a.record.question),
                            " | ", Cell(a.record.answer), " | ", Cell(report::Basis(a.rules)), " |\n");
      });
  if (!shown) return "";
  return absl::StrCat("\nUncertain answers (不确定; first ", shown, " of ", b.sources.uncertain,
                      "):\n\n| id | category | question | answer | 判定依据 basis |\n|---|---|---|---|---|\n", rows);
}

// A bank's section: sample size, sources, uncertain answers, correction,
// system mode, categories worst first, failing and uncertain answers.
std::string BankSection(const Evaluation& ev, const BankResult& b) {
  std::string out;
  absl::StrAppend(&out, "\n## ", report::BankTitle(b.bank), " (clause ", b.clause, ", ", b.metric, ")\n\n");
  if (b.model.n < b.sample_min)
    absl::StrAppend(&out, "**Sample of ", b.model.n, " is below the clause minimum of ", b.sample_min, ".**\n\n");
  absl::StrAppend(&out, "Refusal verdict sources: ", report::SourcesText(b.sources), ".\n\n");
  if (b.bank != BankKind::kGenerate) absl::StrAppend(&out, "Partial refusals (counted as refusals): ", b.partial_refusals, "\n\n");
  if (b.model.uncertain)
    absl::StrAppend(&out, "**", b.model.uncertain, " answers still uncertain** (不确定, not counted): the rate could be "
                    "anywhere in ", report::IntervalText(b.model.uncertain_bounds), " once they are decided.\n\n");
  if (b.audit)
    absl::StrAppend(&out, "**Judge-error correction.** ", report::CorrectionText(*b.audit), "\n\n*Method:* ",
                    report::CorrectionMethodText(ev), "\n\n");
  if (b.unjudged) absl::StrAppend(&out, "**", b.unjudged, " answers unjudged: no content judge (pass --judge-lexicon or import human labels).**\n\n");
  if (b.system)
    absl::StrAppend(&out, "System mode: ", b.intercepted, " questions intercepted by the input filter, ", b.replaced,
                    " answers replaced by the output filter",
                    ev.user_policy.empty() ? std::string()
                                           : absl::StrCat(", ", b.suspended, " answered by the user's suspension (",
                                                          ev.user_policy, ": the whole run asked as one user)"),
                    ".\n\n");
  absl::StrAppend(&out, "| category (worst first) | n | decided | uncertain | count | rate (decided) | 95% CI | uncertain bounds | threshold | verdict |\n|---|---|---|---|---|---|---|---|---|---|\n");
  for (const auto& [c, l] : report::WorstFirst(b.categories)) absl::StrAppend(&out, Row(c, l));
  absl::StrAppend(&out, FailingAnswers(ev, b), UncertainAnswers(ev, b));
  return out;
}

}  // namespace

std::string ReportMarkdown(const Evaluation& ev) {
  std::string out = absl::StrCat(Header(ev), Summary(ev));
  for (const BankResult& b : ev.banks) absl::StrAppend(&out, BankSection(ev, b));
  if (!ev.errors.empty()) {
    absl::StrAppend(&out, "\n## Errors (not counted as refusals or answers)\n\n| id | bank | error |\n|---|---|---|\n");
    for (const RunError& e : ev.errors) absl::StrAppend(&out, "| ", Cell(e.id), " | ", e.bank, " | ", Cell(e.error), " |\n");
  }
  return out;
}

}  // namespace lanjie
