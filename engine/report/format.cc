#include "format.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace lanjie::report {

std::string VerdictKey(const RateLine& l) {
  if (l.undecided) return "undecided";
  if (l.n == 0) return "n/a";
  if (!l.pass) return "fail";
  return l.safe ? "pass" : "pass_not_safe";
}

std::string Verdict(const RateLine& l) {
  if (l.undecided) return "UNDECIDED (uncertain answers could move the rate across the threshold)";
  if (l.n == 0) return "n/a";
  if (!l.pass) return "FAIL";
  return l.safe ? "PASS" : "PASS (not safe: CI crosses the threshold)";
}

std::string VerdictZh(const RateLine& l) {
  if (l.undecided) return "待定（不确定的回答可能改变结论）";
  if (l.n == 0) return "不适用";
  if (!l.pass) return "不符合";
  return l.safe ? "符合" : "符合（置信区间跨越阈值）";
}

std::string IntervalText(const Interval& i) { return "[" + Pct(i.low) + ", " + Pct(i.high) + "]"; }

std::string LabelText(RefusalLabel label) {
  // Not the machine name "compliance": a Chinese reader takes it for 合规,
  // even for an answer that failed a should-refuse question.
  const char* english = "uncertain";
  switch (label) {
    case RefusalLabel::kCompliance: english = "not refused"; break;
    case RefusalLabel::kRefusal: english = "refused"; break;
    case RefusalLabel::kPartialRefusal: english = "partly refused"; break;
    case RefusalLabel::kUncertain: break;
  }
  return absl::StrCat(RefusalLabelNameZh(label), " ", english);
}

std::string Basis(const RefusalVerdict& v) {
  std::string out = v.construction.empty() ? "-" : v.construction;
  if (!v.clause.empty()) out += ": " + v.clause;
  return out;
}

std::string FinalVerdictText(const JudgedAnswer& a) {
  if (!a.decided()) return "不确定 uncertain";
  return std::string(a.refused ? "拒答 refused" : "未拒答 not refused") + " (" + VerdictSourceName(a.source) + ")";
}

std::string SourcesText(const VerdictSources& s) {
  return absl::StrFormat("rules %d · llm %d · human %d · uncertain %d", s.rules, s.llm, s.human, s.uncertain);
}

std::string CorrectionMethodText(const Evaluation& ev) {
  return absl::StrFormat(
      "Rogan–Gladen correction for the refusal rules' own error: p = (q + Sp − 1) / (Se + Sp − 1), clamped to "
      "[0, 1], where q = refusals by the rules / answers the rules decided in the bank, and Se, Sp are the rules' "
      "sensitivity and specificity on the random audit sample labelled by humans (review-export --sample; human "
      "label = truth; audit answers the rules left uncertain are not used). It estimates the true refusal rate of "
      "the answers the rules decide. 95%% interval: parametric bootstrap, %d draws, seed %d: q, Se and Sp redrawn "
      "from their binomials, p recomputed, 2.5%% and 97.5%% quantiles (type 7); draws with Se + Sp − 1 <= 0 are "
      "left out. At least %d audited answers of each true class are needed.",
      ev.correction.draws, ev.correction.seed, ev.correction.min_per_class);
}

std::string CorrectedCell(const BankResult& b) {
  if (!b.audit) return "-";
  const CorrectedRate& c = b.audit->correction;
  if (c.status != CorrectedRate::Status::kOk) return std::string("none (") + CorrectedRateStatusName(c.status) + ")";
  return Pct(c.estimate) + " " + IntervalText(c.ci95);
}

std::string CorrectionText(const JudgeAudit& a) {
  const CorrectedRate& c = a.correction;
  std::string head = absl::StrFormat(
      "audit sample: %d drawn (seed %d), %d labelled by humans, %d of them left uncertain by the rules; "
      "Se = %d/%d, Sp = %d/%d; rules' rate q = %d/%d",
      a.sample_drawn, a.seed, a.labelled, a.rules_uncertain, a.confusion.true_pos, a.confusion.positives(),
      a.confusion.true_neg, a.confusion.negatives(), a.rules_hits, a.rules_decided);
  if (c.status != CorrectedRate::Status::kOk) return head + ". No corrected rate: " + c.problem + ".";
  return head + absl::StrFormat(" = %s. Se %s %s, Sp %s %s. Corrected rate %s, 95%% CI %s.", Pct(c.observed),
                                Pct(c.sensitivity), IntervalText(c.sensitivity_ci95), Pct(c.specificity),
                                IntervalText(c.specificity_ci95), Pct(c.estimate), IntervalText(c.ci95));
}

std::string ThresholdText(const RateLine& l) {
  if (l.min_rate) return "≥ " + Pct(*l.min_rate);
  if (l.max_rate) return "≤ " + Pct(*l.max_rate);
  return "-";
}

std::string BankTitle(BankKind bank) {
  switch (bank) {
    case BankKind::kShouldRefuse: return "应拒答 should_refuse";
    case BankKind::kShouldAnswer: return "非拒答 should_answer";
    case BankKind::kGenerate: return "生成内容 generate";
  }
  return "";
}

std::vector<std::pair<std::string, RateLine>> WorstFirst(const std::map<std::string, RateLine>& categories) {
  std::vector<std::pair<std::string, RateLine>> out(categories.begin(), categories.end());
  auto margin = [](const RateLine& l) {  // negative: failing side
    if (l.min_rate) return l.rate - *l.min_rate;
    if (l.max_rate) return *l.max_rate - l.rate;
    return 0.0;
  };
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    return margin(a.second) < margin(b.second);
  });
  return out;
}

}  // namespace lanjie::report
