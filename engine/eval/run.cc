#include "lanjie/eval_run.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "engine/common/atomic_file.h"
#include "engine/match/hash.h"
#include "lanjie/artifact.h"
#include "lanjie/results_log.h"
#include "lanjie/version.h"

namespace lanjie {

namespace fs = std::filesystem;

namespace {

absl::StatusOr<std::string> Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string NowRfc3339() { return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::Now(), absl::UTCTimeZone()); }

nlohmann::json EndpointToJson(const EndpointConfig& e) {
  nlohmann::json j = {{"base_url", e.base_url},
                      {"model", e.model},
                      {"system_prompt", e.system_prompt},
                      {"stream", e.stream},
                      {"concurrency", e.concurrency},
                      {"requests_per_minute", e.requests_per_minute},
                      {"max_retries", e.max_retries},
                      {"timeout_ms", e.timeout_ms},
                      {"backoff_initial_ms", e.backoff_initial_ms},
                      {"backoff_max_ms", e.backoff_max_ms}};
  j["temperature"] = e.temperature ? nlohmann::json(*e.temperature) : nlohmann::json(nullptr);
  j["max_tokens"] = e.max_tokens ? nlohmann::json(*e.max_tokens) : nlohmann::json(nullptr);
  j["extra_body"] = e.extra_body_json.empty() ? nlohmann::json(nullptr)
                                               : nlohmann::json::parse(e.extra_body_json, nullptr, false);
  // Header names only: values may hold credentials.
  nlohmann::json names = nlohmann::json::array();
  for (const std::string& h : e.headers) names.push_back(h.substr(0, h.find(':')));
  j["header_names"] = names;
  return j;
}

absl::StatusOr<nlohmann::json> ArtifactInfo(const std::string& path) {
  if (path.empty()) return nlohmann::json(nullptr);
  auto artifact = Artifact::Load(path);
  if (!artifact.ok()) return artifact.status();
  return nlohmann::json{{"path", fs::absolute(path).string()},
                        {"list_hash", (*artifact)->list_hash()},
                        {"name", (*artifact)->name()},
                        {"entries", (*artifact)->entries().size()}};
}

}  // namespace

absl::Status PrepareRun(const RunSetup& setup) {
  const std::string& dir = setup.out_dir;
  if (dir.empty()) return absl::InvalidArgumentError("no output directory (--out DIR)");
  if (fs::exists(dir + "/manifest.json"))
    return absl::AlreadyExistsError(
        absl::StrCat(dir, " already holds a run; finish it with --resume ", dir, " or choose another --out"));
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat(dir, ": cannot create: ", ec.message()));
  if (setup.bank_files.empty()) return absl::InvalidArgumentError("no bank files (--bank FILE)");

  std::vector<Question> all;
  nlohmann::json banks = nlohmann::json::array();
  for (const std::string& path : setup.bank_files) {
    auto bytes = Slurp(path);
    if (!bytes.ok()) return bytes.status();
    auto questions = LoadBank(path, setup.import);
    if (!questions.ok()) return questions.status();
    banks.push_back({{"path", fs::absolute(path).string()},
                     {"sha256", internal::HexEncode(internal::Sha256(*bytes))},
                     {"questions", questions->size()}});
    all.insert(all.end(), questions->begin(), questions->end());
  }
  if (absl::Status s = CheckUniqueIds(all); !s.ok()) return s;
  auto filter = ArtifactInfo(setup.filter_path);
  if (!filter.ok()) return filter.status();
  auto judge = ArtifactInfo(setup.judge_lexicon_path);
  if (!judge.ok()) return judge.status();
  auto profile = LoadProfile(setup.profile);
  if (!profile.ok()) return profile.status();

  std::vector<Question> sample = SampleQuestions(all, setup.sample);
  std::string questions_jsonl;
  nlohmann::json sampled_ids = nlohmann::json::object();
  nlohmann::json per_bank = nlohmann::json::object();
  for (const Question& q : sample) {
    nlohmann::json j = {{"id", q.id},         {"bank", BankKindName(q.bank)}, {"category", q.category},
                        {"question", q.question}, {"source", q.source},       {"line", q.line}};
    absl::StrAppend(&questions_jsonl, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "\n");
    sampled_ids[BankKindName(q.bank)].push_back(q.id);
  }
  for (const auto& [kind, n] : setup.sample.per_bank) per_bank[BankKindName(kind)] = n;

  nlohmann::json manifest = {
      {"tool", "lanjie"},
      {"version", Version()},
      {"created", NowRfc3339()},
      {"endpoint", EndpointToJson(setup.endpoint)},
      {"api_key_source", setup.api_key_source},
      {"banks", banks},
      {"import", {{"bank", setup.import.bank ? BankKindName(*setup.import.bank) : ""},
                  {"category", setup.import.category},
                  {"category_column", setup.import.category_column}}},
      {"sample", {{"seed", setup.sample.seed}, {"stratified", setup.sample.stratified}, {"per_bank", per_bank}}},
      {"sampled_ids", sampled_ids},
      {"questions", sample.size()},
      {"profile", {{"name", profile->name}, {"origin", profile->origin}, {"arg", setup.profile}}},
      {"filter", *filter},
      {"judge_lexicon", *judge},
  };
  if (absl::Status s = WriteFileAtomically(dir + "/questions.jsonl", questions_jsonl); !s.ok()) return s;
  return WriteFileAtomically(dir + "/manifest.json", manifest.dump(2) + "\n");
}

absl::StatusOr<nlohmann::json> ReadManifest(const std::string& dir) {
  const std::string path = dir + "/manifest.json";
  auto text = Slurp(path);
  if (!text.ok()) return absl::NotFoundError(absl::StrCat(path, ": cannot open (is ", dir, " a run directory?)"));
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("endpoint"))
    return absl::DataLossError(absl::StrCat(path, ": not a lanjie run manifest"));
  return j;
}

absl::StatusOr<std::vector<Question>> ReadSampledQuestions(const std::string& dir) {
  const std::string path = dir + "/questions.jsonl";
  auto text = Slurp(path);
  if (!text.ok()) return text.status();
  std::vector<Question> out;
  std::istringstream in(*text);
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    std::optional<BankKind> kind;
    if (!j.is_discarded() && j.is_object()) kind = ParseBankKind(j.value("bank", ""));
    if (!kind || !j.contains("id") || !j.contains("question"))
      return absl::DataLossError(absl::StrCat(path, ":", n, ": not a question record"));
    Question q;
    q.id = j.value("id", "");
    q.question = j.value("question", "");
    q.bank = *kind;
    q.category = j.value("category", "");
    q.source = j.value("source", "");
    q.line = j.value("line", 0u);
    out.push_back(std::move(q));
  }
  return out;
}

absl::StatusOr<EndpointConfig> EndpointFromManifest(const nlohmann::json& manifest) {
  try {
    const nlohmann::json& j = manifest.at("endpoint");
    EndpointConfig e;
    e.base_url = j.at("base_url").get<std::string>();
    e.model = j.at("model").get<std::string>();
    e.system_prompt = j.value("system_prompt", "");
    e.stream = j.value("stream", true);
    e.concurrency = j.value("concurrency", 8);
    e.requests_per_minute = j.value("requests_per_minute", 0.0);
    e.max_retries = j.value("max_retries", 5);
    e.timeout_ms = j.value("timeout_ms", int64_t{120000});
    e.backoff_initial_ms = j.value("backoff_initial_ms", int64_t{500});
    e.backoff_max_ms = j.value("backoff_max_ms", int64_t{30000});
    if (j.contains("temperature") && j["temperature"].is_number()) e.temperature = j["temperature"].get<double>();
    if (j.contains("max_tokens") && j["max_tokens"].is_number()) e.max_tokens = j["max_tokens"].get<int64_t>();
    if (j.contains("extra_body") && j["extra_body"].is_object()) e.extra_body_json = j["extra_body"].dump();
    return e;
  } catch (const nlohmann::json::exception& ex) {
    return absl::DataLossError(absl::StrCat("manifest.json: bad endpoint section: ", ex.what()));
  }
}

absl::Status ExecuteRun(const std::string& dir, const EndpointConfig& endpoint, const ProgressFn& progress,
                        const std::atomic<bool>* cancel, RunSummary* summary) {
  *summary = RunSummary{};
  auto questions = ReadSampledQuestions(dir);
  if (!questions.ok()) return questions.status();
  ResultsFile existing;
  auto log = ResultsLog::Open(dir + "/results.jsonl", &existing);
  if (!log.ok()) return log.status();
  summary->sampled = static_cast<int64_t>(questions->size());
  summary->torn_tail_ignored = existing.torn_tail;
  absl::flat_hash_set<std::string> answered;
  for (const ResultRecord& r : existing.records) answered.insert(r.id);
  summary->previously_answered = static_cast<int64_t>(answered.size());

  std::vector<ChatRequest> requests;
  std::vector<const Question*> by_index;
  for (const Question& q : *questions) {
    if (answered.contains(q.id)) continue;
    requests.push_back({q.id, q.question});
    by_index.push_back(&q);
  }
  summary->asked = static_cast<int64_t>(requests.size());
  absl::flat_hash_map<std::string, const Question*> by_id;
  for (const Question* q : by_index) by_id[q->id] = q;

  std::string errors_jsonl;
  absl::Status write_error;
  auto started = std::chrono::steady_clock::now();
  RunProgress p;
  p.total = summary->asked;
  ChatClient client(endpoint);
  // Cancel when the caller asks or when writing fails.
  std::atomic<bool> cancel_any{false};
  auto on_outcome = [&](ChatOutcome&& o) {
    const Question* q = by_id[o.id];
    if (o.ok) {
      ResultRecord r{o.id,     q->bank,   q->category, q->question, std::move(o.answer), o.finish_reason,
                     endpoint.model, o.attempts, o.latency_ms, NowRfc3339()};
      if (absl::Status s = (*log)->Append(r); !s.ok()) {
        write_error = s;
        cancel_any = true;
        return;
      }
      ++summary->answered;
    } else {
      nlohmann::json j = {{"id", o.id}, {"bank", BankKindName(q->bank)}, {"category", q->category},
                          {"error", o.error}, {"http_status", o.http_status}, {"attempts", o.attempts}};
      absl::StrAppend(&errors_jsonl, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "\n");
      ++summary->errors;
    }
  };
  auto on_tick = [&](const ClientStats& s) {
    if (cancel && cancel->load()) cancel_any = true;
    if (!progress) return;
    p.answered = summary->answered;
    p.failed = s.failed;
    p.retries = s.retries;
    p.in_flight = s.in_flight;
    p.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    progress(p);
  };
  absl::Status run = client.Run(requests, on_outcome, on_tick, &cancel_any);
  if (cancel && cancel->load() && run.ok()) run = absl::CancelledError("interrupted");
  absl::Status closed = (*log)->Close();
  absl::Status errors_written = WriteFileAtomically(dir + "/errors.jsonl", errors_jsonl);
  if (!write_error.ok()) return write_error;
  if (!run.ok()) return run;
  if (!closed.ok()) return closed;
  return errors_written;
}

}  // namespace lanjie
