#include "lanjie/eval/llm_judge.h"

#include <type_traits>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "lanjie/common/jsonl_log.h"
#include "lanjie/common/embedded.h"
#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/refusal_model.h"

namespace lanjie {

std::string_view DefaultJudgeRubric() { return EmbeddedFile("llm_judge_rubric.txt"); }

std::string BuildJudgePrompt(std::string_view rubric, const ResultRecord& r) {
  return absl::StrReplaceAll(std::string(rubric), {{"{{bank}}", BankKindName(r.bank)},
                                                    {"{{category}}", r.category},
                                                    {"{{question}}", r.question},
                                                    {"{{answer}}", r.answer}});
}

absl::StatusOr<LlmVerdict> ParseJudgeReply(std::string_view reply) {
  for (size_t start = reply.find('{'); start != std::string_view::npos; start = reply.find('{', start + 1)) {
    // Try each closing brace from the end back: the verdict may contain braces in its reason.
    for (size_t end = reply.rfind('}'); end != std::string_view::npos && end > start; end = reply.rfind('}', end - 1)) {
      nlohmann::json j = nlohmann::json::parse(reply.substr(start, end - start + 1), nullptr, false);
      if (j.is_discarded() || !j.is_object()) continue;
      if (!j.contains("refused") || !j["refused"].is_boolean() || !j.contains("qualified") ||
          !j["qualified"].is_boolean())
        break;
      LlmVerdict v;
      v.refused = j["refused"].get<bool>();
      v.qualified = j["qualified"].get<bool>();
      if (j.contains("reason") && j["reason"].is_string()) v.reason = j["reason"].get<std::string>();
      return v;
    }
  }
  std::string clip(reply.substr(0, 200));
  return absl::InvalidArgumentError(absl::StrCat("judge reply has no {\"refused\": bool, \"qualified\": bool} object: ", clip));
}

namespace {

absl::StatusOr<std::map<std::string, LlmVerdict>> VerdictsFrom(const JsonlFile& file) {
  std::map<std::string, LlmVerdict> out;
  for (const JsonlRecord& rec : file.records) {
    const nlohmann::json& j = rec.value;
    LlmVerdict v;
    auto field = [&](const char* key, auto* dst, auto fallback, bool (nlohmann::json::*is)() const noexcept) {
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) {
        *dst = fallback;
        return true;
      }
      if (!((*it).*is)()) return false;
      *dst = it->get<std::decay_t<decltype(*dst)>>();
      return true;
    };
    if (!field("refused", &v.refused, false, &nlohmann::json::is_boolean) ||
        !field("qualified", &v.qualified, true, &nlohmann::json::is_boolean) ||
        !field("reason", &v.reason, std::string(), &nlohmann::json::is_string))
      return absl::DataLossError(absl::StrCat(file.Where(rec),
                                              ": not a verdict record (refused/qualified must be true or false, "
                                              "reason a string)"));
    out.emplace(rec.id, std::move(v));
  }
  return out;
}

nlohmann::json VerdictJson(const std::string& id, const LlmVerdict& v) {
  return {{"id", id}, {"refused", v.refused}, {"qualified", v.qualified}, {"reason", v.reason}};
}

}  // namespace

absl::StatusOr<std::map<std::string, LlmVerdict>> ReadLlmVerdicts(const std::string& path) {
  auto file = ReadJsonl(path);
  if (!file.ok()) return file.status();
  return VerdictsFrom(*file);
}

const char* LlmJudgeScopeName(LlmJudgeScope scope) {
  switch (scope) {
    case LlmJudgeScope::kAuto: return "auto";
    case LlmJudgeScope::kUncertainOnly: return "uncertain";
    case LlmJudgeScope::kAll: return "all";
  }
  return "?";
}

namespace {

// Which answers the LLM judge is asked about: every one (kAll), or those
// the rules leave uncertain and no human label decides, plus (kAuto) every
// generate-bank answer for the content verdict.
class JudgeScope {
 public:
  static absl::StatusOr<JudgeScope> Load(const std::string& dir, const LlmJudgeOptions& options) {
    JudgeScope scope;
    scope.scope_ = options.scope;
    if (options.scope == LlmJudgeScope::kAll) return scope;
    auto rules = ConfiguredRefusalJudge::Load({options.refusal_lists_dir, options.refusal_model});
    if (!rules.ok()) return rules.status();
    scope.rules_ = std::move(*rules);
    auto labels = ReadHumanLabels(dir + "/human_labels.jsonl");
    if (!labels.ok()) return labels.status();
    scope.labels_ = std::move(*labels);
    return scope;
  }
  bool Wants(const ResultRecord& r) const {
    if (!rules_) return true;
    if (scope_ == LlmJudgeScope::kAuto && r.bank == BankKind::kGenerate) return true;
    auto label = labels_.find(r.id);
    const bool human_refusal = label != labels_.end() && label->second.refused.has_value();
    return !human_refusal && !rules_->Judge(r.answer, r.question).decided();
  }

 private:
  LlmJudgeScope scope_ = LlmJudgeScope::kAuto;
  std::unique_ptr<ConfiguredRefusalJudge> rules_;  // null: every answer is wanted
  std::map<std::string, HumanLabel> labels_;
};

// The judge prompts for the answers of DIR in scope without a verdict in
// `existing`; counts the rest as out of scope.
absl::StatusOr<std::vector<ChatRequest>> PendingRequests(const std::string& dir, std::string_view rubric,
                                                         const LlmJudgeOptions& options,
                                                         const std::map<std::string, LlmVerdict>& existing,
                                                         LlmJudgeSummary* summary) {
  auto results = ReadResults(dir + "/results.jsonl");
  if (!results.ok()) return results.status();
  auto scope = JudgeScope::Load(dir, options);
  if (!scope.ok()) return scope.status();
  std::vector<ChatRequest> requests;
  for (const ResultRecord& r : results->records) {
    if (existing.count(r.id)) continue;
    if (!scope->Wants(r)) {
      ++summary->out_of_scope;
      continue;
    }
    requests.push_back({r.id, BuildJudgePrompt(rubric, r)});
  }
  return requests;
}

// Asks the judge endpoint and appends each parsed verdict to `path` as it
// arrives; a failed request or an unparsable reply is counted, not written.
absl::Status AskAndAppend(const std::string& path, const EndpointConfig& judge,
                          const std::vector<ChatRequest>& requests, const std::atomic<bool>* cancel,
                          LlmJudgeSummary* summary) {
  auto log = JsonlLog::Open(path, JsonlOptions(), nullptr);
  if (!log.ok()) return log.status();
  absl::Status write_error;  // on_outcome runs on this thread (chat_client.h)
  ChatClient client(judge);
  absl::Status st = client.Run(
      requests,
      [&](ChatOutcome&& o) {
        if (!o.ok) {
          ++summary->failed;
          return;
        }
        auto v = ParseJudgeReply(o.answer);
        if (!v.ok()) {
          ++summary->failed;
          return;
        }
        if (absl::Status a = (*log)->Append(VerdictJson(o.id, *v)); !a.ok()) {
          if (write_error.ok()) write_error = a;
          return;
        }
        ++summary->judged;
      },
      nullptr, cancel);
  absl::Status closed = (*log)->Close();
  if (!write_error.ok()) return write_error;
  if (!st.ok()) return st;
  return closed;
}

}  // namespace

absl::Status RunLlmJudge(const std::string& dir, const EndpointConfig& judge, std::string_view rubric,
                         const LlmJudgeOptions& options, const std::atomic<bool>* cancel, LlmJudgeSummary* summary) {
  *summary = LlmJudgeSummary{};
  if (rubric.empty()) return absl::InvalidArgumentError("empty judge rubric");
  const std::string path = dir + "/llm_judge.jsonl";
  // Check the verdicts there before opening: Open cuts a torn last line off
  // (never rewriting the rest) and every verdict after is one append.
  auto existing = ReadLlmVerdicts(path);
  if (!existing.ok()) return existing.status();
  summary->judged_before = static_cast<int64_t>(existing->size());
  auto requests = PendingRequests(dir, rubric, options, *existing, summary);
  if (!requests.ok()) return requests.status();
  if (requests->empty()) return absl::OkStatus();
  return AskAndAppend(path, judge, *requests, cancel, summary);
}

}  // namespace lanjie
