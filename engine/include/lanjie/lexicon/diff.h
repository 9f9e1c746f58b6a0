// Differences between two versions of a keyword list (the weekly update):
// keywords added, removed and re-tagged (same keyword, other risks), and
// counts per risk. Keywords are compared as written (after trimming) with
// their kind; allow-list phrases appear under the risk "allow".
// Cost: O(n log n) in the two list sizes.
#ifndef LANJIE_ENGINE_LEXICON_DIFF_H_
#define LANJIE_ENGINE_LEXICON_DIFF_H_

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lanjie/common/export.h"
#include "lanjie/lexicon/lexicon.h"

namespace lanjie {

struct LANJIE_EXPORT DiffItem {
  std::string keyword;
  std::vector<std::string> old_risks;  // sorted; empty when added
  std::vector<std::string> new_risks;  // sorted; empty when removed
  std::string origin;                  // original source (new list's; the old one's when removed)
};

struct RiskDelta {
  std::string risk;
  int64_t old_count = 0, new_count = 0;
  int64_t added = 0, removed = 0;  // keyword gained / lost this risk
};

struct LANJIE_EXPORT ListDiff {
  std::vector<DiffItem> added, removed, retagged;  // by keyword
  std::vector<RiskDelta> per_risk;                 // by risk code
  int64_t old_keywords = 0, new_keywords = 0, unchanged = 0;
};

LANJIE_EXPORT ListDiff DiffLists(const std::vector<Entry>& old_list, const std::vector<Entry>& new_list);
// Summary, per-risk table and up to `max_items` keywords of each change kind (0: all).
LANJIE_EXPORT std::string DiffText(const ListDiff& diff, size_t max_items);

// Fills Entry::first_seen and Entry::updated of `list` (the new version,
// exported on `date`) from `previous`: a keyword with the same risks keeps
// both dates of its previous entry; a re-tagged one keeps first_seen and is
// updated on `date`; a new one gets `date` for both. Dates the previous
// version does not know (an artifact, an old CSV) stay "" for unchanged
// keywords. Without a previous version (`previous` null) empty dates become
// `date`. Keywords are matched as DiffLists matches them.
LANJIE_EXPORT void CarryDates(const std::vector<Entry>* previous, const std::string& date, std::vector<Entry>* list);
LANJIE_EXPORT nlohmann::json DiffJson(const ListDiff& diff);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_DIFF_H_
