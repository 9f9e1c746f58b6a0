#include "lanjie/eval/llm_judge.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/embedded.h"
#include "lanjie/eval/evaluation.h"

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

absl::StatusOr<std::map<std::string, LlmVerdict>> ReadLlmVerdicts(const std::string& path) {
  std::map<std::string, LlmVerdict> out;
  std::ifstream in(path, std::ios::binary);
  if (!in) return out;
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id")) {
      if (in.peek() == EOF) break;  // torn last line
      return absl::DataLossError(absl::StrCat(path, ":", n, ": not a verdict record"));
    }
    LlmVerdict v;
    v.refused = j.value("refused", false);
    v.qualified = j.value("qualified", true);
    v.reason = j.value("reason", "");
    out[j.value("id", "")] = v;
  }
  return out;
}

const char* LlmJudgeScopeName(LlmJudgeScope scope) {
  switch (scope) {
    case LlmJudgeScope::kAuto: return "auto";
    case LlmJudgeScope::kUncertainOnly: return "uncertain";
    case LlmJudgeScope::kAll: return "all";
  }
  return "?";
}

absl::Status RunLlmJudge(const std::string& dir, const EndpointConfig& judge, std::string_view rubric,
                         const LlmJudgeOptions& options, const std::atomic<bool>* cancel, LlmJudgeSummary* summary) {
  *summary = LlmJudgeSummary{};
  if (rubric.empty()) return absl::InvalidArgumentError("empty judge rubric");
  auto results = ReadResults(dir + "/results.jsonl");
  if (!results.ok()) return results.status();
  const std::string path = dir + "/llm_judge.jsonl";
  auto existing = ReadLlmVerdicts(path);
  if (!existing.ok()) return existing.status();
  summary->judged_before = static_cast<int64_t>(existing->size());
  // A torn last line (a crash mid-append) is dropped by rewriting the
  // well-formed records atomically; an intact file is only ever appended to.
  {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string current = ss.str();
    if (!current.empty() && current.back() != '\n') {
      std::string text;
      for (const auto& [id, v] : *existing)
        absl::StrAppend(&text, nlohmann::json({{"id", id}, {"refused", v.refused}, {"qualified", v.qualified}, {"reason", v.reason}})
                                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                        "\n");
      if (absl::Status s = WriteFileAtomically(path, text); !s.ok()) return s;
    }
  }
  std::optional<RefusalJudge> rules;
  std::map<std::string, HumanLabel> labels;
  if (options.scope != LlmJudgeScope::kAll) {
    auto j = options.refusal_lists_dir.empty() ? RefusalJudge::Default() : RefusalJudge::FromDirectory(options.refusal_lists_dir);
    if (!j.ok()) return j.status();
    rules.emplace(std::move(*j));
    auto l = ReadHumanLabels(dir + "/human_labels.jsonl");
    if (!l.ok()) return l.status();
    labels = std::move(*l);
  }
  std::map<std::string, const ResultRecord*> by_id;
  std::vector<ChatRequest> requests;
  for (const ResultRecord& r : results->records) {
    if (existing->count(r.id)) continue;
    if (rules) {
      const bool wanted_for_content = options.scope == LlmJudgeScope::kAuto && r.bank == BankKind::kGenerate;
      auto label = labels.find(r.id);
      const bool human_refusal = label != labels.end() && label->second.refused.has_value();
      if (!wanted_for_content && (human_refusal || rules->Judge(r.answer).decided())) {
        ++summary->out_of_scope;
        continue;
      }
    }
    by_id[r.id] = &r;
    requests.push_back({r.id, BuildJudgePrompt(rubric, r)});
  }
  if (requests.empty()) return absl::OkStatus();
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return absl::InternalError(absl::StrCat(path, ": cannot open for appending"));
  absl::Status write_error;
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
        std::string line = nlohmann::json({{"id", o.id}, {"refused", v->refused}, {"qualified", v->qualified}, {"reason", v->reason}})
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
          write_error = absl::InternalError(absl::StrCat(path, ": write failed"));
        ++summary->judged;
      },
      nullptr, cancel);
  ::fdatasync(fd);
  ::close(fd);
  if (!write_error.ok()) return write_error;
  return st;
}

}  // namespace lanjie
