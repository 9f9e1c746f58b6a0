#include "lanjie/lexicon/diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "lanjie/lexicon/canonical_csv.h"

namespace lanjie {
namespace {

using RiskSets = std::map<std::string, std::set<std::string>>;  // keyword key -> risks

std::string KeyOf(const Entry& e) {
  return e.kind == EntryKind::kLiteral ? e.keyword : std::string(EntryKindName(e.kind)) + ":" + e.keyword;
}

RiskSets Collect(const std::vector<Entry>& list) {
  RiskSets sets;
  for (const Entry& e : list) sets[KeyOf(e)].insert(e.action == Action::kAllow ? "allow" : e.risk);
  return sets;
}

std::map<std::string, std::string> Origins(const std::vector<Entry>& list) {
  std::map<std::string, std::string> m;
  for (const Entry& e : list) {
    std::string origin = e.origin;
    if (origin.empty()) {
      const size_t slash = e.source.rfind('/');
      origin = slash == std::string::npos ? e.source : e.source.substr(slash + 1);
      if (e.line) absl::StrAppend(&origin, ":", e.line);
    }
    m.emplace(KeyOf(e), std::move(origin));
  }
  return m;
}

}  // namespace

void CarryDates(const std::vector<Entry>* previous, const std::string& date, std::vector<Entry>* list) {
  if (!previous) {
    for (Entry& e : *list) {
      if (e.first_seen.empty()) e.first_seen = e.updated.empty() ? date : e.updated;
      if (e.updated.empty()) e.updated = e.first_seen;
    }
    return;
  }
  const RiskSets old_sets = Collect(*previous), new_sets = Collect(*list);
  std::map<std::string, std::pair<std::string, std::string>> dates;  // key -> first_seen, updated
  for (const Entry& e : *previous) dates.emplace(KeyOf(e), std::make_pair(e.first_seen, e.updated));
  for (Entry& e : *list) {
    const std::string key = KeyOf(e);
    auto it = old_sets.find(key);
    if (it == old_sets.end()) {
      e.first_seen = e.updated = date;
      continue;
    }
    const auto& [first_seen, updated] = dates[key];
    e.first_seen = first_seen;
    e.updated = it->second == new_sets.at(key) ? updated : date;
  }
}

ListDiff DiffLists(const std::vector<Entry>& old_list, const std::vector<Entry>& new_list) {
  const RiskSets old_sets = Collect(old_list), new_sets = Collect(new_list);
  const auto old_origins = Origins(old_list), new_origins = Origins(new_list);
  ListDiff d;
  d.old_keywords = static_cast<int64_t>(old_sets.size());
  d.new_keywords = static_cast<int64_t>(new_sets.size());
  std::map<std::string, RiskDelta> per_risk;
  for (const auto& [k, risks] : old_sets)
    for (const auto& r : risks) ++per_risk[r].old_count;
  for (const auto& [k, risks] : new_sets)
    for (const auto& r : risks) ++per_risk[r].new_count;
  for (const auto& [k, risks] : new_sets) {
    auto it = old_sets.find(k);
    if (it == old_sets.end()) {
      d.added.push_back({k, {}, {risks.begin(), risks.end()}, new_origins.at(k)});
      for (const auto& r : risks) ++per_risk[r].added;
    } else if (it->second != risks) {
      d.retagged.push_back({k, {it->second.begin(), it->second.end()}, {risks.begin(), risks.end()}, new_origins.at(k)});
      for (const auto& r : risks)
        if (!it->second.count(r)) ++per_risk[r].added;
      for (const auto& r : it->second)
        if (!risks.count(r)) ++per_risk[r].removed;
    } else {
      ++d.unchanged;
    }
  }
  for (const auto& [k, risks] : old_sets) {
    if (new_sets.count(k)) continue;
    d.removed.push_back({k, {risks.begin(), risks.end()}, {}, old_origins.at(k)});
    for (const auto& r : risks) ++per_risk[r].removed;
  }
  for (auto& [risk, delta] : per_risk) {
    delta.risk = risk;
    d.per_risk.push_back(delta);
  }
  return d;
}

std::string DiffText(const ListDiff& d, size_t max_items) {
  std::string out = absl::StrFormat(
      "old: %d keywords, new: %d keywords; %d added, %d removed, %d re-tagged, %d unchanged\n\n", d.old_keywords,
      d.new_keywords, d.added.size(), d.removed.size(), d.retagged.size(), d.unchanged);
  out += absl::StrFormat("%-8s %9s %9s %9s %9s %9s\n", "risk", "old", "new", "change", "added", "removed");
  for (const RiskDelta& r : d.per_risk)
    out += absl::StrFormat("%-8s %9d %9d %+9d %9d %9d\n", r.risk, r.old_count, r.new_count, r.new_count - r.old_count,
                           r.added, r.removed);
  auto list = [&](const char* title, const std::vector<DiffItem>& items) {
    if (items.empty()) return;
    out += absl::StrFormat("\n%s (%d):\n", title, items.size());
    size_t n = max_items == 0 ? items.size() : std::min(max_items, items.size());
    for (size_t i = 0; i < n; ++i) {
      const DiffItem& it = items[i];
      if (it.old_risks.empty()) out += absl::StrFormat("  + %s  [%s]\n", it.keyword, absl::StrJoin(it.new_risks, ","));
      else if (it.new_risks.empty()) out += absl::StrFormat("  - %s  [%s]\n", it.keyword, absl::StrJoin(it.old_risks, ","));
      else
        out += absl::StrFormat("  ~ %s  [%s] -> [%s]\n", it.keyword, absl::StrJoin(it.old_risks, ","),
                               absl::StrJoin(it.new_risks, ","));
    }
    if (n < items.size()) out += absl::StrFormat("  ... %d more (use --json or --all)\n", items.size() - n);
  };
  list("added", d.added);
  list("removed", d.removed);
  list("re-tagged", d.retagged);
  return out;
}

// nlohmann/json's hooks for `json = item` (found by argument-dependent lookup).
static void to_json(nlohmann::json& j, const DiffItem& it) {
  j = {{"keyword", it.keyword}, {"old_risks", it.old_risks}, {"new_risks", it.new_risks}, {"origin", it.origin}};
}
static void to_json(nlohmann::json& j, const RiskDelta& r) {
  j = {{"risk", r.risk}, {"old", r.old_count}, {"new", r.new_count}, {"added", r.added}, {"removed", r.removed}};
}

nlohmann::json DiffJson(const ListDiff& d) {
  return {{"old_keywords", d.old_keywords}, {"new_keywords", d.new_keywords}, {"unchanged", d.unchanged},
          {"added", d.added},               {"removed", d.removed},           {"retagged", d.retagged},
          {"per_risk", d.per_risk}};
}

}  // namespace lanjie
