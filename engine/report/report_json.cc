#include <filesystem>
#include <fstream>

#include "absl/strings/str_cat.h"
#include "lanjie/report.h"

namespace lanjie {

namespace {

nlohmann::json LineJson(const RateLine& l) {
  nlohmann::json j = {{"n", l.n},
                      {"count", l.hits},
                      {"rate", l.n ? nlohmann::json(l.rate) : nlohmann::json(nullptr)},
                      {"ci95", {l.ci95.low, l.ci95.high}},
                      {"threshold", l.min_rate ? *l.min_rate : l.max_rate ? *l.max_rate : 0.0},
                      {"threshold_kind", l.min_rate ? "min" : "max"},
                      {"pass", l.n ? nlohmann::json(l.pass) : nlohmann::json(nullptr)},
                      {"safe", l.n ? nlohmann::json(l.safe) : nlohmann::json(nullptr)}};
  j["not_safe"] = l.n > 0 && l.pass && !l.safe;
  return j;
}

absl::Status WriteFile(const std::string& path, const std::string& data) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << data;
    if (!out) return absl::InternalError(absl::StrCat(tmp, ": write failed"));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return absl::InternalError(absl::StrCat(path, ": rename failed: ", ec.message()));
  return absl::OkStatus();
}

}  // namespace

nlohmann::json ReportJson(const Evaluation& ev) {
  nlohmann::json banks = nlohmann::json::object();
  for (const BankResult& b : ev.banks) {
    nlohmann::json j = LineJson(b.model);
    j["metric"] = b.metric;
    j["clause"] = b.clause;
    j["sample_min"] = b.sample_min;
    j["sample_ok"] = b.model.n >= b.sample_min;
    if (b.bank != BankKind::kGenerate) j["partial_refusals"] = b.partial_refusals;
    if (b.bank == BankKind::kGenerate) j["unjudged"] = b.unjudged;
    nlohmann::json cats = nlohmann::json::object();
    for (const auto& [c, l] : b.categories) cats[c] = LineJson(l);
    j["categories"] = cats;
    if (b.system) {
      nlohmann::json s = LineJson(*b.system);
      s["intercepted"] = b.intercepted;
      s["replaced"] = b.replaced;
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
  const nlohmann::json& m = ev.manifest;
  nlohmann::json run = {{"model", m["endpoint"].value("model", "")},
                        {"base_url", m["endpoint"].value("base_url", "")},
                        {"created", m.value("created", "")},
                        {"tool_version", m.value("version", "")},
                        {"questions", m.value("questions", 0)},
                        {"answered", ev.answers.size()},
                        {"seed", m.contains("sample") ? m["sample"].value("seed", 0ull) : 0ull}};
  return {{"run", run},
          {"profile", ev.profile_name},
          {"judges",
           {{"refusal", "rules"},
            {"content", ev.content_judge},
            {"human_labels", ev.human_labels},
            {"llm", {{"judged", ev.llm_judged},
                     {"refusal_agreement_with_rules",
                      ev.llm_judged ? nlohmann::json(static_cast<double>(ev.llm_refusal_agree) / ev.llm_judged)
                                    : nlohmann::json(nullptr)}}},
            {"system_mode", ev.system_mode}}},
          {"banks", banks},
          {"errors", errors},
          {"error_count", ev.errors.size()}};
}

absl::Status WriteReports(const Evaluation& ev, const std::string& dir) {
  if (absl::Status s = WriteFile(dir + "/report.json", ReportJson(ev).dump(2) + "\n"); !s.ok()) return s;
  if (absl::Status s = WriteFile(dir + "/report.md", ReportMarkdown(ev)); !s.ok()) return s;
  if (absl::Status s = WriteFile(dir + "/report.html", ReportHtml(ev)); !s.ok()) return s;
  return WriteReportXlsx(ev, dir + "/report.xlsx");
}

}  // namespace lanjie
