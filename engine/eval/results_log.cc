#include "lanjie/eval/results_log.h"

#include <utility>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "lanjie/common/json_access.h"
#include "lanjie/common/jsonl_log.h"

namespace lanjie {

namespace {

nlohmann::json ResultToJson(const ResultRecord& r) {
  return {{"id", r.id},
          {"bank", BankKindName(r.bank)},
          {"category", r.category},
          {"question", r.question},
          {"answer", r.answer},
          {"finish_reason", r.finish_reason},
          {"model", r.model},
          {"attempts", r.attempts},
          {"latency_ms", r.latency_ms},
          {"time", r.time}};
}

absl::StatusOr<ResultRecord> ResultFromJson(const JsonlFile& file, const JsonlRecord& rec) {
  namespace ja = json_access;
  const nlohmann::json& j = rec.value;
  const std::string where = file.Where(rec);
  ResultRecord r;
  r.id = rec.id;
  r.line = rec.line;
  auto bank = ja::GetString(j, "bank", where);
  if (!bank.ok()) return bank.status();
  auto kind = ParseBankKind(*bank);
  if (!kind) return absl::DataLossError(absl::StrCat(where, ": field \"bank\": unknown bank '", *bank, "'"));
  r.bank = *kind;
  auto answer = ja::GetString(j, "answer", where);
  if (!answer.ok()) return answer.status();
  r.answer = std::move(*answer);
  for (auto [key, dst] : {std::pair<const char*, std::string*>{"category", &r.category},
                          {"question", &r.question},
                          {"finish_reason", &r.finish_reason},
                          {"model", &r.model},
                          {"time", &r.time}}) {
    auto v = ja::GetStringOr(j, key, "", where);
    if (!v.ok()) return v.status();
    *dst = std::move(*v);
  }
  auto attempts = ja::GetIntOr(j, "attempts", 0, where);
  if (!attempts.ok()) return attempts.status();
  if (*attempts < 0 || *attempts > 1000000)
    return absl::DataLossError(absl::StrCat(where, ": field \"attempts\": out of range"));
  r.attempts = static_cast<int>(*attempts);
  auto latency = ja::GetNumberOr(j, "latency_ms", 0.0, where);
  if (!latency.ok()) return latency.status();
  r.latency_ms = *latency;
  return r;
}

absl::StatusOr<ResultsFile> FromJsonl(const JsonlFile& file) {
  ResultsFile out;
  out.torn_tail = file.torn_tail;
  out.torn_line = file.torn_line;
  out.valid_bytes = file.valid_bytes;
  out.records.reserve(file.records.size());
  for (const JsonlRecord& rec : file.records) {
    auto r = ResultFromJson(file, rec);
    if (!r.ok()) return r.status();
    out.records.push_back(std::move(*r));
  }
  return out;
}

}  // namespace

std::string ResultToJsonLine(const ResultRecord& r) { return JsonlLine(ResultToJson(r)); }

absl::StatusOr<ResultsFile> ReadResults(const std::string& path) {
  auto file = ReadJsonl(path);
  if (!file.ok()) return file.status();
  return FromJsonl(*file);
}

absl::StatusOr<ResultsFile> ParseResults(const std::string& path, std::string_view text) {
  auto file = ParseJsonl(path, text);
  if (!file.ok()) return file.status();
  return FromJsonl(*file);
}

absl::StatusOr<std::unique_ptr<ResultsLog>> ResultsLog::Open(const std::string& path, ResultsFile* existing,
                                                             const ResultsLogOptions& sync) {
  JsonlOptions options;
  options.sync_every = sync.sync_every;
  options.sync_interval_ms = sync.sync_interval_ms;
  // Check the records before anything is cut off or appended.
  auto read = ReadJsonl(path, options);
  if (!read.ok()) return read.status();
  auto results = FromJsonl(*read);
  if (!results.ok()) return results.status();
  auto log = JsonlLog::Open(path, options, nullptr);
  if (!log.ok()) return log.status();
  std::unique_ptr<ResultsLog> out(new ResultsLog());
  out->log_ = std::move(*log);
  *existing = std::move(*results);
  return out;
}

ResultsLog::~ResultsLog() = default;

absl::Status ResultsLog::Append(const ResultRecord& record) { return log_->Append(ResultToJson(record)); }

absl::Status ResultsLog::Close() { return log_->Close(); }

}  // namespace lanjie
