#ifndef LANJIE_TOOLS_EVAL_JUDGE_CHECK_H_
#define LANJIE_TOOLS_EVAL_JUDGE_CHECK_H_

namespace lanjie::cli {
// lanjie eval judge-check FILE.csv...: refusal rules vs human labels.
int RunJudgeCheck(int argc, char** argv);
// lanjie eval judge-train FILE...: fits (or with --cv cross-validates) the stacked refusal model.
int RunJudgeTrain(int argc, char** argv);
}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_EVAL_JUDGE_CHECK_H_
