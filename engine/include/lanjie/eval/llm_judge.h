// Optional LLM judge on a second OpenAI-compatible endpoint: a rubric prompt
// (data/eval/llm_judge_rubric.txt by default, placeholders {{bank}},
// {{category}}, {{question}}, {{answer}}) asks for a JSON verdict
// {"refused": bool, "qualified": bool, "reason": "..."} per answer.
// Verdicts are appended to DIR/llm_judge.jsonl through the same JSONL log as
// results.jsonl (engine/common/jsonl_log.h): resumable, fsynced in batches,
// an id never twice (a repeated id is an error naming both lines), a torn
// last line cut off before appending; the file is never rewritten. A reply without a parsable verdict is
// an error for that answer, never a guess.
//
// Which answers are sent (LlmJudgeScope): the LLM's refusal verdict is used
// only where the refusal rules are uncertain and no human label decides
// (evaluation.h), so by default (kAuto) the judge gets those answers plus
// every generate-bank answer (there the LLM's "qualified" is a content
// judge); kUncertainOnly sends only the answers nobody decided; kAll sends
// everything (to measure the LLM's agreement with the rules).
//
// Thread safety: one RunLlmJudge per directory at a time. Cost: one request
// per answer in scope without a verdict yet. Errors: I/O and fatal endpoint
// errors stop the run (resumable); a bad reply counts as failed.
#ifndef LANJIE_LLM_JUDGE_H_
#define LANJIE_LLM_JUDGE_H_

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/eval/chat_client.h"
#include "lanjie/eval/refusal.h"
#include "lanjie/eval/results_log.h"

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

enum class LlmJudgeScope { kAuto, kUncertainOnly, kAll };
// "auto", "uncertain", "all".
const char* LlmJudgeScopeName(LlmJudgeScope scope);

struct LlmJudgeOptions {
  LlmJudgeScope scope = LlmJudgeScope::kAuto;
  std::string refusal_lists_dir;  // "" = built-in refusal vocabularies (decides what is uncertain)
  std::string refusal_model = "default";  // stacked on the vocabularies (EvaluateOptions::refusal_model)
};

struct LlmJudgeSummary {
  int64_t judged_before = 0, judged = 0, failed = 0;
  int64_t out_of_scope = 0;  // answers not sent: the rules or a human label decide them
};
// Judges every answer of DIR in scope without a verdict yet.
absl::Status RunLlmJudge(const std::string& dir, const EndpointConfig& judge, std::string_view rubric,
                         const LlmJudgeOptions& options, const std::atomic<bool>* cancel, LlmJudgeSummary* summary);
// Reads DIR/llm_judge.jsonl; a missing file is empty, a torn last line is
// ignored. Errors (never exceptions): DataLossError naming path:line for a
// line that is not a verdict, FailedPreconditionError for an id twice.
absl::StatusOr<std::map<std::string, LlmVerdict>> ReadLlmVerdicts(const std::string& path);

}  // namespace lanjie

#endif  // LANJIE_LLM_JUDGE_H_
