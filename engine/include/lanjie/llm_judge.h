// Optional LLM judge on a second OpenAI-compatible endpoint: a rubric prompt
// (data/eval/llm_judge_rubric.txt by default, placeholders {{bank}},
// {{category}}, {{question}}, {{answer}}) asks for a JSON verdict
// {"refused": bool, "qualified": bool, "reason": "..."} per answer.
// Verdicts are appended to DIR/llm_judge.jsonl (same guarantees as
// results.jsonl: resumable, an id never twice). A reply without a parsable
// verdict is an error for that answer, never a guess.
#ifndef LANJIE_LLM_JUDGE_H_
#define LANJIE_LLM_JUDGE_H_

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/chat_client.h"
#include "lanjie/results_log.h"

namespace lanjie {

struct LlmVerdict {
  bool refused = false;
  bool qualified = true;
  std::string reason;
};

// The built-in rubric.
std::string_view DefaultJudgeRubric();
std::string BuildJudgePrompt(std::string_view rubric, const ResultRecord& record);
// Finds the first JSON object in `reply` (code fences allowed) with boolean
// "refused" and "qualified".
absl::StatusOr<LlmVerdict> ParseJudgeReply(std::string_view reply);

struct LlmJudgeSummary {
  int64_t judged_before = 0, judged = 0, failed = 0;
};
// Judges every answer of DIR without a verdict yet.
absl::Status RunLlmJudge(const std::string& dir, const EndpointConfig& judge, std::string_view rubric,
                         const std::atomic<bool>* cancel, LlmJudgeSummary* summary);
absl::StatusOr<std::map<std::string, LlmVerdict>> ReadLlmVerdicts(const std::string& path);

}  // namespace lanjie

#endif  // LANJIE_LLM_JUDGE_H_
