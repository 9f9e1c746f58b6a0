#ifndef LANJIE_TOOLS_EVAL_JUDGE_CHECK_H_
#define LANJIE_TOOLS_EVAL_JUDGE_CHECK_H_

#include <nlohmann/json.hpp>

#include "lanjie/eval/judge_check.h"

namespace lanjie::cli {
// The figures `judge-check --json` prints for a set of answers (n, decided,
// agree, uncertain, rates, the confusion matrix, agreement per construction);
// judge-train --cv --json prints the same per fold.
nlohmann::json AgreementJson(const JudgeAgreement& a);
// lanjie eval judge-check FILE.csv...: refusal rules vs human labels.
int RunJudgeCheck(int argc, char** argv);
// lanjie eval judge-train FILE...: fits (or with --cv cross-validates) the stacked refusal model.
int RunJudgeTrain(int argc, char** argv);
// lanjie eval judge-blend A B -o OUT: two models mixed slot by slot into one.
int RunJudgeBlend(int argc, char** argv);
}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_EVAL_JUDGE_CHECK_H_
