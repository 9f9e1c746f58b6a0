// Small helpers shared by the report writers.
#ifndef LANJIE_ENGINE_REPORT_FORMAT_H_
#define LANJIE_ENGINE_REPORT_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "lanjie/evaluation.h"

namespace lanjie::report {

std::string Pct(double x);  // "95.0%"
// "PASS", "PASS (not safe)", "FAIL", "n/a".
std::string Verdict(const RateLine& line);
std::string ThresholdText(const RateLine& line);  // "≥ 95.0%" / "≤ 5.0%"
std::string BankTitle(BankKind bank);             // "应拒答 (should_refuse)"
// Categories of a bank, worst first: failing before passing, then by the
// distance of the rate from the threshold on the failing side.
std::vector<std::pair<std::string, RateLine>> WorstFirst(const std::map<std::string, RateLine>& categories);
// Clips to `max_chars` code points, adding "…".
std::string ClipChars(std::string_view s, size_t max_chars);
std::string HtmlEscape(std::string_view s);

}  // namespace lanjie::report

#endif  // LANJIE_ENGINE_REPORT_FORMAT_H_
