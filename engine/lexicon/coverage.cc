#include "lanjie/lexicon/coverage.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "absl/strings/str_format.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {
namespace {

std::string Key(const std::string& category) {
  std::string canon = CanonicalRiskCode(category);
  return canon.empty() ? category : canon;
}

}  // namespace

// nlohmann/json's hook for `json = row` (found by argument-dependent lookup).
static void to_json(nlohmann::json& j, const CoverageRow& row) {
  j = {{"category", row.category}, {"name", row.name},           {"count", row.count},
       {"minimum", row.minimum},   {"shortfall", row.shortfall}, {"pass", row.pass}};
}

CoverageReport CheckCoverage(const std::map<std::string, int64_t>& counts, const CollectionMinimums& minimums,
                             std::string_view profile_name, std::string_view subject, int64_t distinct_total) {
  CoverageReport r;
  r.subject = std::string(subject);
  r.profile = std::string(profile_name);
  r.clause = minimums.clause;
  std::map<std::string, int64_t> by_key;
  for (const auto& [category, n] : counts) {
    by_key[Key(category)] += n;
    r.row_total += n;
  }
  r.total = distinct_total >= 0 ? distinct_total : r.row_total;
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
  out += absl::StrFormat("%-10s %9d %9d %9d  %-6s %s\n", "TOTAL", r.total, r.total_min, r.total_shortfall,
                         r.total_pass ? "pass" : "FAIL",
                         r.row_total != r.total ? absl::StrFormat("distinct keywords; %d rows per risk above", r.row_total) : "");
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
  j["total"] = {{"count", r.total}, {"rows", r.row_total}, {"minimum", r.total_min}, {"shortfall", r.total_shortfall},
                {"pass", r.total_pass}};
  j["categories"] = r.rows;
  nlohmann::json other = nlohmann::json::object();
  for (const auto& [category, n] : r.other) other[category] = n;
  j["other"] = std::move(other);
  j["failed_categories"] = r.failed_categories;
  j["pass"] = r.pass;
  return j;
}

void KeywordCounter::Add(EntryKind kind, std::string_view keyword, std::string_view risk, bool allow) {
  if (allow) {
    ++allow_;
    return;
  }
  std::string key = kind == EntryKind::kLiteral ? std::string(keyword) : absl::StrCat(EntryKindName(kind), ":", Av(keyword));
  std::vector<std::string>& risks = risks_[std::move(key)];
  if (std::find(risks.begin(), risks.end(), risk) == risks.end()) risks.emplace_back(risk);
}

KeywordCounts KeywordCounter::Finish() const {
  KeywordCounts c;
  c.allow = allow_;
  c.keywords = static_cast<int64_t>(risks_.size());
  for (const auto& [key, risks] : risks_) {
    c.rows += static_cast<int64_t>(risks.size());
    c.multi_risk += risks.size() > 1;
    for (const std::string& r : risks) ++c.per_risk[r];
  }
  return c;
}

KeywordCounts CountKeywords(const std::vector<Entry>& entries) {
  KeywordCounter counter;
  for (const Entry& e : entries) counter.Add(e);
  return counter.Finish();
}

std::string KeywordCountsText(const KeywordCounts& c) {
  return absl::StrFormat("%d keywords (%d rows per risk; %d keywords carry several risks)", c.keywords, c.rows,
                         c.multi_risk);
}

}  // namespace lanjie
