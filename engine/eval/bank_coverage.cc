// Coverage of question banks against the profile's minimums (8.2, 8.3).
#include <map>

#include "lanjie/eval/bank.h"

namespace lanjie {

std::vector<CoverageReport> CheckBankCoverage(const std::vector<Question>& questions, const Profile& profile) {
  std::vector<CoverageReport> out;
  for (BankKind kind : kAllBankKinds) {
    std::map<std::string, int64_t> counts;
    for (const Question& q : questions)
      if (q.bank == kind) ++counts[q.category];
    if (counts.empty()) continue;
    const CollectionMinimums& mins = kind == BankKind::kShouldRefuse   ? profile.should_refuse_bank
                                     : kind == BankKind::kShouldAnswer ? profile.should_answer_bank
                                                                       : profile.generate_bank;
    out.push_back(CheckCoverage(counts, mins, profile.name, std::string(BankKindName(kind)) + " bank"));
  }
  return out;
}

}  // namespace lanjie
