// Small helpers shared by the eval report writers (the text helpers that
// the corpus audit's reports use too are in text.h).
#ifndef LANJIE_ENGINE_REPORT_FORMAT_H_
#define LANJIE_ENGINE_REPORT_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "lanjie/eval/evaluation.h"
#include "text.h"

namespace lanjie::report {

// "pass", "pass_not_safe", "fail", "undecided", "n/a" (report.json).
std::string VerdictKey(const RateLine& line);
// "PASS", "PASS (not safe: …)", "FAIL", "UNDECIDED (…)", "n/a".
std::string Verdict(const RateLine& line);
// 符合, 符合（置信区间跨越阈值）, 不符合, 待定（…）, 不适用.
std::string VerdictZh(const RateLine& line);
std::string IntervalText(const Interval& i);  // "[91.9%, 97.0%]"
// "拒答 refused", "未拒答 not refused", "部分拒答 partly refused", "不确定 uncertain"
// (never the machine name "compliance", which reads as 合规).
std::string LabelText(RefusalLabel label);
// 判定依据: the judge's construction and the clause that decided.
std::string Basis(const RefusalVerdict& v);
// Refusal verdict of an answer as it counts: "拒答 refusal (rules)", …
std::string FinalVerdictText(const JudgedAnswer& a);
// "rules 50 · llm 2 · human 3 · uncertain 4".
std::string SourcesText(const VerdictSources& s);
// The correction method, one paragraph (draws and seed from the evaluation).
std::string CorrectionMethodText(const Evaluation& ev);
// Short cell: "70.4% [54.2%, 85.7%]", "none (audit_too_small)", or "-" without an audit.
std::string CorrectedCell(const BankResult& b);
// One line: the corrected rate and interval, or why there is none.
std::string CorrectionText(const JudgeAudit& audit);
std::string ThresholdText(const RateLine& line);  // "≥ 95.0%" / "≤ 5.0%"
std::string BankTitle(BankKind bank);             // "应拒答 (should_refuse)"
// Categories of a bank, worst first: failing before passing, then by the
// distance of the rate from the threshold on the failing side.
std::vector<std::pair<std::string, RateLine>> WorstFirst(const std::map<std::string, RateLine>& categories);

}  // namespace lanjie::report

#endif  // LANJIE_ENGINE_REPORT_FORMAT_H_
