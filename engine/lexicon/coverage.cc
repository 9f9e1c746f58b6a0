#include "engine/lexicon/coverage.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_format.h"
#include "lanjie/taxonomy.h"

namespace lanjie {
namespace {

std::string Key(const std::string& category) {
  std::string canon = CanonicalRiskCode(category);
  return canon.empty() ? category : canon;
}

}  // namespace

CoverageReport CheckCoverage(const std::map<std::string, int64_t>& counts, const CollectionMinimums& minimums,
                             std::string_view profile_name, std::string_view subject) {
  CoverageReport r;
  r.subject = std::string(subject);
  r.profile = std::string(profile_name);
  r.clause = minimums.clause;
  std::map<std::string, int64_t> by_key;
  for (const auto& [category, n] : counts) {
    by_key[Key(category)] += n;
    r.total += n;
  }
  const Taxonomy& taxonomy = Taxonomy::Default();
  std::set<std::string> required;
  for (const auto& [category, minimum] : minimums.per_category_min) {
    CoverageRow row;
    row.category = category;
    const std::string key = Key(category);
    required.insert(key);
    if (auto idx = taxonomy.Find(key); idx.ok()) row.name = taxonomy.risk(*idx).name;
    auto it = by_key.find(key);
    row.count = it == by_key.end() ? 0 : it->second;
    row.minimum = minimum;
    row.shortfall = std::max<int64_t>(0, minimum - row.count);
    row.pass = row.shortfall == 0;
    r.failed_categories += !row.pass;
    r.rows.push_back(std::move(row));
  }
  for (const auto& [key, n] : by_key)
    if (!required.count(key)) r.other.emplace_back(key, n);
  r.total_min = minimums.total_min;
  r.total_shortfall = std::max<int64_t>(0, r.total_min - r.total);
  r.total_pass = r.total_shortfall == 0;
  r.pass = r.total_pass && r.failed_categories == 0;
  return r;
}

std::string CoverageTable(const CoverageReport& r) {
  std::string out = absl::StrFormat("%s coverage against profile %s (clause %s)\n", r.subject, r.profile,
                                    r.clause.empty() ? "-" : r.clause);
  out += absl::StrFormat("%-10s %9s %9s %9s  %-6s %s\n", "category", "count", "minimum", "shortfall", "result",
                         "name");
  for (const CoverageRow& row : r.rows)
    out += absl::StrFormat("%-10s %9d %9d %9d  %-6s %s\n", row.category, row.count, row.minimum, row.shortfall,
                           row.pass ? "pass" : "FAIL", row.name);
  for (const auto& [category, n] : r.other)
    out += absl::StrFormat("%-10s %9d %9s %9s  %-6s %s\n", category, n, "-", "-", "-", "(no minimum in profile)");
  out += absl::StrFormat("%-10s %9d %9d %9d  %-6s\n", "TOTAL", r.total, r.total_min, r.total_shortfall,
                         r.total_pass ? "pass" : "FAIL");
  if (r.pass) {
    out += "verdict: PASS\n";
  } else {
    out += absl::StrFormat("verdict: FAIL (%d categor%s below minimum%s)\n", r.failed_categories,
                           r.failed_categories == 1 ? "y" : "ies", r.total_pass ? "" : ", total below minimum");
  }
  return out;
}

nlohmann::json CoverageJson(const CoverageReport& r) {
  nlohmann::json j;
  j["subject"] = r.subject;
  j["profile"] = r.profile;
  j["clause"] = r.clause;
  j["total"] = {{"count", r.total}, {"minimum", r.total_min}, {"shortfall", r.total_shortfall}, {"pass", r.total_pass}};
  nlohmann::json rows = nlohmann::json::array();
  for (const CoverageRow& row : r.rows)
    rows.push_back({{"category", row.category},
                    {"name", row.name},
                    {"count", row.count},
                    {"minimum", row.minimum},
                    {"shortfall", row.shortfall},
                    {"pass", row.pass}});
  j["categories"] = std::move(rows);
  nlohmann::json other = nlohmann::json::object();
  for (const auto& [category, n] : r.other) other[category] = n;
  j["other"] = std::move(other);
  j["failed_categories"] = r.failed_categories;
  j["pass"] = r.pass;
  return j;
}

}  // namespace lanjie
