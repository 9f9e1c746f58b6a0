#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "lanjie/common/atomic_file.h"
#include "format.h"
#include "lanjie/report/report.h"

namespace lanjie {

namespace {

nlohmann::json Pair(const Interval& i) { return {i.low, i.high}; }

// A decided verdict is a boolean; "no number" is null.
nlohmann::json LineJson(const RateLine& l) {
  const bool has_rate = l.n_decided > 0;
  const bool decided = has_rate && !l.undecided;
  nlohmann::json j = {{"n", l.n},
                      {"n_decided", l.n_decided},
                      {"uncertain", l.uncertain},
                      {"count", l.hits},
                      {"rate", has_rate ? nlohmann::json(l.rate) : nlohmann::json(nullptr)},
                      {"ci95", Pair(l.ci95)},
                      {"uncertain_bounds", l.n ? Pair(l.uncertain_bounds) : nlohmann::json(nullptr)},
                      {"threshold", l.min_rate ? *l.min_rate : l.max_rate ? *l.max_rate : 0.0},
                      {"threshold_kind", l.min_rate ? "min" : "max"},
                      {"pass", decided ? nlohmann::json(l.pass) : nlohmann::json(nullptr)},
                      {"safe", decided ? nlohmann::json(l.safe) : nlohmann::json(nullptr)},
                      {"undecided", l.undecided},
                      {"verdict", report::VerdictKey(l)}};
  j["not_safe"] = decided && l.pass && !l.safe;
  return j;
}

nlohmann::json CorrectionJson(const Evaluation& ev, const JudgeAudit& a) {
  const CorrectedRate& c = a.correction;
  const bool ok = c.status == CorrectedRate::Status::kOk;
  nlohmann::json j = {
      {"status", CorrectedRateStatusName(c.status)},
      {"method", "rogan_gladen_parametric_bootstrap"},
      {"method_text", report::CorrectionMethodText(ev)},
      {"bootstrap", {{"draws", c.draws}, {"seed", ev.correction.seed}, {"discarded", c.discarded}}},
      {"audit_seed", a.seed},
      {"sample_drawn", a.sample_drawn},
      {"labelled", a.labelled},
      {"labelled_rules_uncertain", a.rules_uncertain},
      {"n_audit", a.confusion.positives() + a.confusion.negatives()},
      {"observed", {{"count", a.rules_hits}, {"n", a.rules_decided},
                    {"rate", a.rules_decided ? nlohmann::json(c.observed) : nlohmann::json(nullptr)}}},
      {"sensitivity", {{"value", a.confusion.positives() ? nlohmann::json(c.sensitivity) : nlohmann::json(nullptr)},
                       {"true_pos", a.confusion.true_pos}, {"false_neg", a.confusion.false_neg},
                       {"n", a.confusion.positives()}, {"ci95", Pair(c.sensitivity_ci95)}}},
      {"specificity", {{"value", a.confusion.negatives() ? nlohmann::json(c.specificity) : nlohmann::json(nullptr)},
                       {"true_neg", a.confusion.true_neg}, {"false_pos", a.confusion.false_pos},
                       {"n", a.confusion.negatives()}, {"ci95", Pair(c.specificity_ci95)}}},
      {"corrected_rate", ok ? nlohmann::json(c.estimate) : nlohmann::json(nullptr)},
      {"ci95", ok ? Pair(c.ci95) : nlohmann::json(nullptr)},
      {"delta_ci95", ok && c.delta_ci95 ? Pair(*c.delta_ci95) : nlohmann::json(nullptr)}};
  if (!ok) j["problem"] = c.problem;
  return j;
}

absl::Status WriteFile(const std::string& path, const std::string& data) { return WriteFileAtomically(path, data); }

nlohmann::json ReportObject(const Evaluation& ev) {
  nlohmann::json banks = nlohmann::json::object();
  for (const BankResult& b : ev.banks) {
    nlohmann::json j = LineJson(b.model);
    j["metric"] = b.metric;
    j["clause"] = b.clause;
    j["sample_min"] = b.sample_min;
    j["sample_ok"] = b.model.n >= b.sample_min;
    if (b.bank != BankKind::kGenerate) j["partial_refusals"] = b.partial_refusals;
    if (b.bank == BankKind::kGenerate) j["unjudged"] = b.unjudged;
    j["sources"] = {{"rules", b.sources.rules}, {"llm", b.sources.llm}, {"human", b.sources.human},
                    {"uncertain", b.sources.uncertain}};
    if (b.audit) j["correction"] = CorrectionJson(ev, *b.audit);
    nlohmann::json cats = nlohmann::json::object();
    for (const auto& [c, l] : b.categories) cats[c] = LineJson(l);
    j["categories"] = cats;
    if (b.system) {
      nlohmann::json s = LineJson(*b.system);
      s["intercepted"] = b.intercepted;
      s["replaced"] = b.replaced;
      if (!ev.user_policy.empty()) s["answered_by_suspension"] = b.suspended;
      nlohmann::json sc = nlohmann::json::object();
      for (const auto& [c, l] : b.system_categories) sc[c] = LineJson(l);
      s["categories"] = sc;
      j["system"] = s;
    }
    banks[BankKindName(b.bank)] = j;
  }
  nlohmann::json errors = nlohmann::json::array();
  for (const RunError& e : ev.errors)
    errors.push_back({{"id", e.id}, {"bank", e.bank}, {"category", e.category}, {"error", e.error}});
  const RunManifest& m = ev.manifest;
  nlohmann::json run = {{"model", m.endpoint.model},
                        {"base_url", m.endpoint.base_url},
                        {"created", m.created},
                        {"tool_version", m.version},
                        {"questions", m.questions},
                        {"answered", ev.answers.size()},
                        {"seed", m.seed}};
  nlohmann::json lists = nlohmann::json::array();
  for (const ListUsed& l : ev.lists) lists.push_back({{"role", l.role}, {"list_version", l.version}, {"list_hash", l.hash}});
  return {{"run", run},
          {"profile", ev.profile_name},
          {"lists", lists},
          {"judges",
           {{"refusal", ev.refusal_judge},
            {"refusal_model", ev.refusal_model},
            {"content", ev.content_judge},
            {"human_labels", ev.human_labels},
            {"refusal_order", "human > rules > llm (where the rules are uncertain) > uncertain"},
            {"llm", {{"judged", ev.llm_judged},
                     {"compared_with_rules", ev.llm_compared},
                     {"refusal_agreement_with_rules",
                      ev.llm_compared ? nlohmann::json(static_cast<double>(ev.llm_refusal_agree) / ev.llm_compared)
                                      : nlohmann::json(nullptr)}}},
            {"system_mode", ev.system_mode},
            {"user_policy", ev.user_policy}}},
          {"banks", banks},
          {"errors", errors},
          {"error_count", ev.errors.size()}};
}

}  // namespace

std::string ReportJson(const Evaluation& ev) {
  return ReportObject(ev).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

absl::Status WriteReports(const Evaluation& ev, const std::string& dir, const ReportHeader& header) {
  if (absl::Status s = WriteFile(dir + "/report.json", ReportJson(ev)); !s.ok()) return s;
  if (absl::Status s = WriteFile(dir + "/report.md", ReportMarkdown(ev)); !s.ok()) return s;
  if (absl::Status s = WriteFile(dir + "/report.html", ReportHtml(ev)); !s.ok()) return s;
  return WriteReportXlsx(ev, dir + "/report.xlsx", header);
}

}  // namespace lanjie
