// Coverage of a collection (keyword library, question bank) against the
// minimums of a filing profile: per category count, minimum, shortfall and
// pass/fail, the total against its minimum, and the overall verdict.
//
// Generic: categories are whatever the profile names (risk codes such as
// "A.1.a", or aspect names such as "制度"); counts come from the caller.
// Cost: O(categories).
#ifndef LANJIE_ENGINE_LEXICON_COVERAGE_H_
#define LANJIE_ENGINE_LEXICON_COVERAGE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lanjie/common/export.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie {

struct CoverageRow {
  std::string category;  // as named by the profile ("A.1.a")
  std::string name;      // risk name from the taxonomy, or "" when not a risk code
  int64_t count = 0;
  int64_t minimum = 0;
  int64_t shortfall = 0;  // max(0, minimum - count)
  bool pass = true;
};

struct LANJIE_EXPORT CoverageReport {
  std::string subject;  // e.g. "keyword library", "should-refuse bank"
  std::string profile;  // profile name
  std::string clause;   // e.g. "8.1"
  int64_t total = 0;  // distinct items when given to CheckCoverage, else the sum of the counts
  int64_t row_total = 0;  // sum of the per-category counts (one per keyword and risk)
  int64_t total_min = 0;
  int64_t total_shortfall = 0;
  bool total_pass = true;
  std::vector<CoverageRow> rows;  // in profile order
  // Counted categories the profile sets no minimum for (e.g. A.3 risks, or
  // names the profile does not know), with their counts; informational.
  std::vector<std::pair<std::string, int64_t>> other;
  int failed_categories = 0;
  bool pass = true;  // total and every category pass
};

// The one counting rule for keyword lists, used by coverage, export (概要),
// diff, info and the README: a keyword is a distinct (kind, text as written)
// among the blocking entries (allow-list phrases are not keywords); a keyword
// carrying several risks is one keyword and one row per risk. Per-risk counts
// are rows; the total is keywords.
struct KeywordCounts {
  int64_t keywords = 0;     // distinct keywords
  int64_t rows = 0;         // keyword x risk rows
  int64_t multi_risk = 0;   // keywords with more than one risk
  int64_t allow = 0;        // allow-list phrases (not counted above)
  std::map<std::string, int64_t> per_risk;  // rows per risk
};
class LANJIE_EXPORT KeywordCounter {
 public:
  void Add(EntryKind kind, std::string_view keyword, std::string_view risk, bool allow);
  void Add(const Entry& e) { Add(e.kind, e.keyword, e.risk, e.action == Action::kAllow); }
  KeywordCounts Finish() const;

 private:
  std::map<std::string, std::vector<std::string>> risks_;  // kind+keyword -> distinct risks
  int64_t allow_ = 0;
};
LANJIE_EXPORT KeywordCounts CountKeywords(const std::vector<Entry>& entries);
// "93722 keywords (107347 rows per risk; 13625 keywords carry several risks)"
LANJIE_EXPORT std::string KeywordCountsText(const KeywordCounts& c);

// `counts`: category -> number of items. Categories are compared after
// CanonicalRiskCode() when both sides look like risk codes ("A.1 a)" and
// "A.1.a" are the same category); otherwise byte for byte.
// `distinct_total` >= 0: the total compared with the minimum is that number
// of distinct items (keywords) rather than the sum of the per-category counts
// (kept in CoverageReport::rows).
LANJIE_EXPORT
CoverageReport CheckCoverage(const std::map<std::string, int64_t>& counts, const CollectionMinimums& minimums,
                             std::string_view profile_name, std::string_view subject, int64_t distinct_total = -1);

// A fixed-width text table (one row per category, then the total and verdict).
LANJIE_EXPORT std::string CoverageTable(const CoverageReport& report);
// {"subject","profile","clause","total":{count,minimum,shortfall,pass},
//  "categories":[{category,name,count,minimum,shortfall,pass}],"other":{..},"pass"}
LANJIE_EXPORT nlohmann::json CoverageJson(const CoverageReport& report);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_COVERAGE_H_
