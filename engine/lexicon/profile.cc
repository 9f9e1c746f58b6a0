#include "lanjie/lexicon/profile.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {
namespace {

constexpr const char* kBuiltins[] = {"tc260-003", "strict-200"};

using Json = nlohmann::json;

absl::Status Bad(std::string_view origin, std::string_view where, std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(Av(origin), ": ", Av(where), ": ", Av(why)));
}

absl::StatusOr<CollectionMinimums> ParseCollection(const Json& j, std::string_view origin, std::string_view where,
                                                   bool risk_codes) {
  if (!j.is_object()) return Bad(origin, where, "missing or not an object");
  CollectionMinimums c;
  c.clause = j.value("clause", "");
  if (!j.contains("total_min") || !j["total_min"].is_number_integer()) return Bad(origin, where, "total_min must be an integer");
  c.total_min = j["total_min"].get<int64_t>();
  c.update_max_days = j.value("update_max_days", 0);
  const char* key = risk_codes ? "per_risk_min" : "per_aspect_min";
  if (!j.contains(key) || !j[key].is_object()) return Bad(origin, where, absl::StrCat(key, " must be an object"));
  for (const auto& [name, min] : j[key].items()) {
    if (!min.is_number_integer() || min.get<int64_t>() < 0)
      return Bad(origin, where, absl::StrCat(name, ": minimum must be a non-negative integer"));
    std::string category = name;
    if (risk_codes) {
      auto idx = Taxonomy::Default().Find(name);
      if (!idx.ok()) return Bad(origin, where, idx.status().message() == "" ? name : Sv(idx.status().message()));
      category = Taxonomy::Default().risk(*idx).code;
    }
    c.per_category_min.emplace_back(std::move(category), min.get<int64_t>());
  }
  return c;
}

absl::StatusOr<AssessmentLine> ParseAssessment(const Json& j, std::string_view origin, std::string_view where) {
  if (!j.is_object()) return Bad(origin, where, "missing or not an object");
  AssessmentLine a;
  a.clause = j.value("clause", "");
  a.sample_min = j.value("sample_min", int64_t{0});
  a.sample_fraction_min = j.value("sample_fraction_min", 0.0);
  if (a.sample_fraction_min < 0 || a.sample_fraction_min > 1)
    return Bad(origin, where, "sample_fraction_min is a fraction between 0 and 1");
  a.metric = j.value("metric", "");
  if (j.contains("min_rate")) a.min_rate = j["min_rate"].get<double>();
  if (j.contains("max_rate")) a.max_rate = j["max_rate"].get<double>();
  if (!a.min_rate && !a.max_rate) return Bad(origin, where, "needs min_rate or max_rate");
  for (const auto& r : {a.min_rate, a.max_rate})
    if (r && (*r < 0 || *r > 1)) return Bad(origin, where, "rates are fractions between 0 and 1");
  return a;
}

absl::StatusOr<ListHygiene> ParseHygiene(const Json& j, std::string_view origin) {
  const char* where = "list_hygiene";
  if (!j.is_object()) return Bad(origin, where, "not an object");
  ListHygiene h;
  h.present = true;
  for (const char* key : {"min_latin_letters", "min_digits"}) {
    if (!j.contains(key) || !j[key].is_number_integer() || j[key].get<int64_t>() < 0)
      return Bad(origin, where, absl::StrCat(key, " must be a non-negative integer"));
  }
  h.min_latin_letters = j["min_latin_letters"].get<int64_t>();
  h.min_digits = j["min_digits"].get<int64_t>();
  if (!j.contains("max_benign_line_rate") || !j["max_benign_line_rate"].is_number())
    return Bad(origin, where, "max_benign_line_rate must be a number");
  h.max_benign_line_rate = j["max_benign_line_rate"].get<double>();
  if (h.max_benign_line_rate < 0 || h.max_benign_line_rate > 1)
    return Bad(origin, where, "max_benign_line_rate is a fraction between 0 and 1");
  return h;
}

}  // namespace

absl::StatusOr<Profile> ParseProfile(std::string_view text, std::string_view origin) {
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Bad(origin, "document", "not a JSON object");
  Profile p;
  p.origin = std::string(origin);
  p.name = j.value("name", "");
  p.description = j.value("description", "");
  p.source = j.value("source", "");
  try {
    auto kw = ParseCollection(j.value("keyword_library", Json()), origin, "keyword_library", true);
    if (!kw.ok()) return kw.status();
    p.keyword_library = *kw;
    const Json banks = j.value("question_banks", Json::object());
    auto gen = ParseCollection(banks.value("generate", Json()), origin, "question_banks.generate", true);
    if (!gen.ok()) return gen.status();
    auto ref = ParseCollection(banks.value("should_refuse", Json()), origin, "question_banks.should_refuse", true);
    if (!ref.ok()) return ref.status();
    auto ans = ParseCollection(banks.value("should_answer", Json()), origin, "question_banks.should_answer", false);
    if (!ans.ok()) return ans.status();
    p.generate_bank = *gen;
    p.should_refuse_bank = *ref;
    p.should_answer_bank = *ans;
    const Json as = j.value("assessment", Json::object());
    auto ag = ParseAssessment(as.value("generate", Json()), origin, "assessment.generate");
    if (!ag.ok()) return ag.status();
    auto ar = ParseAssessment(as.value("should_refuse", Json()), origin, "assessment.should_refuse");
    if (!ar.ok()) return ar.status();
    auto aa = ParseAssessment(as.value("should_answer", Json()), origin, "assessment.should_answer");
    if (!aa.ok()) return aa.status();
    p.generate_assessment = *ag;
    p.should_refuse_assessment = *ar;
    p.should_answer_assessment = *aa;
    // Clause 9.2 (training corpus): optional, so older profiles still load.
    if (as.contains("corpus_keyword")) {
      auto ck = ParseAssessment(as["corpus_keyword"], origin, "assessment.corpus_keyword");
      if (!ck.ok()) return ck.status();
      p.corpus_keyword_assessment = *ck;
    }
    if (as.contains("corpus_manual")) {
      auto cm = ParseAssessment(as["corpus_manual"], origin, "assessment.corpus_manual");
      if (!cm.ok()) return cm.status();
      p.corpus_manual_assessment = *cm;
    }
    if (j.contains("list_hygiene")) {
      auto h = ParseHygiene(j["list_hygiene"], origin);
      if (!h.ok()) return h.status();
      p.list_hygiene = *h;
    }
  } catch (const Json::exception& e) {
    return Bad(origin, "document", e.what());
  }
  if (p.name.empty()) return Bad(origin, "name", "missing");
  return p;
}

absl::StatusOr<Profile> LoadProfile(std::string_view name_or_path) {
  for (const char* builtin : kBuiltins) {
    if (name_or_path == builtin) {
      const std::string file = absl::StrCat(builtin, ".json");
      return ParseProfile(EmbeddedFile(file), absl::StrCat("built-in profile ", builtin));
    }
  }
  std::ifstream in{std::string(name_or_path)};
  if (!in) {
    std::string names;
    for (const char* b : kBuiltins) absl::StrAppend(&names, names.empty() ? "" : ", ", b);
    return absl::NotFoundError(absl::StrCat("profile '", Av(name_or_path), "': no such file and no built-in profile of that name (built-in: ", names, ")"));
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto p = ParseProfile(ss.str(), name_or_path);
  if (p.ok() && !p->list_hygiene.present) {
    auto builtin = ParseProfile(EmbeddedFile("tc260-003.json"), "built-in profile tc260-003");
    if (!builtin.ok()) return builtin.status();
    p->list_hygiene = builtin->list_hygiene;
  }
  return p;
}

std::vector<std::string> BuiltinProfileNames() { return {std::begin(kBuiltins), std::end(kBuiltins)}; }

}  // namespace lanjie
