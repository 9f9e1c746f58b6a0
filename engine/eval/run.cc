#include "lanjie/eval/eval_run.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/json_access.h"
#include "lanjie/match/hash.h"
#include "lanjie/match/artifact.h"
#include "lanjie/eval/results_log.h"
#include "lanjie/common/version.h"

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

// A new, empty run directory; an existing run there is an error.
absl::Status CreateRunDir(const std::string& dir) {
  if (dir.empty()) return absl::InvalidArgumentError("no output directory (--out DIR)");
  if (fs::exists(dir + "/manifest.json"))
    return absl::AlreadyExistsError(
        absl::StrCat(dir, " already holds a run; finish it with --resume ", dir, " or choose another --out"));
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return absl::PermissionDeniedError(absl::StrCat(dir, ": cannot create: ", ec.message()));
  return absl::OkStatus();
}

// Every question of the bank files (ids unique across them) and, per file,
// its path, SHA-256 and question count for the manifest.
absl::Status LoadBankFiles(const RunSetup& setup, std::vector<Question>* all, nlohmann::json* files) {
  if (setup.bank_files.empty()) return absl::InvalidArgumentError("no bank files (--bank FILE)");
  *files = nlohmann::json::array();
  for (const std::string& path : setup.bank_files) {
    auto bytes = Slurp(path);
    if (!bytes.ok()) return bytes.status();
    auto questions = LoadBank(path, setup.import);
    if (!questions.ok()) return questions.status();
    files->push_back({{"path", fs::absolute(path).string()},
                      {"sha256", internal::HexEncode(internal::Sha256(*bytes))},
                      {"questions", questions->size()}});
    all->insert(all->end(), questions->begin(), questions->end());
  }
  return CheckUniqueIds(*all);
}

// questions.jsonl of the sample (one question a line) and its ids per bank.
std::string QuestionsJsonl(const std::vector<Question>& sample, nlohmann::json* sampled_ids) {
  std::string out;
  *sampled_ids = nlohmann::json::object();
  for (const Question& q : sample) {
    nlohmann::json j = {{"id", q.id},         {"bank", BankKindName(q.bank)}, {"category", q.category},
                        {"question", q.question}, {"source", q.source},       {"line", q.line}};
    absl::StrAppend(&out, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "\n");
    (*sampled_ids)[BankKindName(q.bank)].push_back(q.id);
  }
  return out;
}

// What a run is and how it was set up: manifest.json, read back by ReadManifest.
struct ManifestParts {
  nlohmann::json bank_files, sampled_ids, filter, judge_lexicon;
  size_t questions = 0;
  const Profile* profile = nullptr;
};
nlohmann::json ManifestJson(const RunSetup& setup, const ManifestParts& p) {
  nlohmann::json per_bank = nlohmann::json::object();
  for (const auto& [kind, n] : setup.sample.per_bank) per_bank[BankKindName(kind)] = n;
  return {
      {"tool", "lanjie"},
      {"version", Version()},
      {"created", NowRfc3339()},
      {"endpoint", EndpointToJson(setup.endpoint)},
      {"api_key_source", setup.api_key_source},
      {"organisation", setup.organisation},
      {"service", setup.service},
      {"banks", p.bank_files},
      {"import", {{"bank", setup.import.bank ? BankKindName(*setup.import.bank) : ""},
                  {"category", setup.import.category},
                  {"category_column", setup.import.category_column}}},
      {"sample", {{"seed", setup.sample.seed}, {"stratified", setup.sample.stratified}, {"per_bank", per_bank}}},
      {"sampled_ids", p.sampled_ids},
      {"questions", p.questions},
      {"profile", {{"name", p.profile->name}, {"origin", p.profile->origin}, {"arg", setup.profile}}},
      {"filter", p.filter},
      {"judge_lexicon", p.judge_lexicon},
  };
}

}  // namespace

absl::Status PrepareRun(const RunSetup& setup) {
  const std::string& dir = setup.out_dir;
  if (absl::Status s = CreateRunDir(dir); !s.ok()) return s;
  std::vector<Question> all;
  ManifestParts parts;
  if (absl::Status s = LoadBankFiles(setup, &all, &parts.bank_files); !s.ok()) return s;
  auto filter = ArtifactInfo(setup.filter_path);
  if (!filter.ok()) return filter.status();
  parts.filter = *std::move(filter);
  auto judge = ArtifactInfo(setup.judge_lexicon_path);
  if (!judge.ok()) return judge.status();
  parts.judge_lexicon = *std::move(judge);
  auto profile = LoadProfile(setup.profile);
  if (!profile.ok()) return profile.status();
  parts.profile = &*profile;

  const std::vector<Question> sample = SampleQuestions(all, setup.sample);
  parts.questions = sample.size();
  const std::string questions_jsonl = QuestionsJsonl(sample, &parts.sampled_ids);
  if (absl::Status s = WriteFileAtomically(dir + "/questions.jsonl", questions_jsonl); !s.ok()) return s;
  return WriteFileAtomically(dir + "/manifest.json", ManifestJson(setup, parts).dump(2) + "\n");
}

namespace {

absl::StatusOr<EndpointConfig> EndpointFromJson(const nlohmann::json& manifest, const std::string& path) {
  namespace ja = json_access;
  auto section = ja::GetObject(manifest, "endpoint", path);
  if (!section.ok()) return section.status();
  const nlohmann::json& j = **section;
  const std::string where = absl::StrCat(path, ": endpoint");
  EndpointConfig e;
  absl::Status st;
  auto str = [&](const char* key, std::string* dst, bool required) {
    if (!st.ok()) return;
    auto v = required ? ja::GetString(j, key, where) : ja::GetStringOr(j, key, "", where);
    if (v.ok()) *dst = std::move(*v);
    else st = v.status();
  };
  auto integer = [&](const char* key, auto* dst, int64_t fallback) {
    if (!st.ok()) return;
    auto v = ja::GetIntOr(j, key, fallback, where);
    if (v.ok()) *dst = static_cast<std::decay_t<decltype(*dst)>>(*v);
    else st = v.status();
  };
  str("base_url", &e.base_url, true);
  str("model", &e.model, true);
  str("system_prompt", &e.system_prompt, false);
  if (st.ok()) {
    auto v = ja::GetBoolOr(j, "stream", true, where);
    if (v.ok()) e.stream = *v;
    else st = v.status();
  }
  integer("concurrency", &e.concurrency, 8);
  if (st.ok()) {
    auto v = ja::GetNumberOr(j, "requests_per_minute", 0.0, where);
    if (v.ok()) e.requests_per_minute = *v;
    else st = v.status();
  }
  integer("max_retries", &e.max_retries, 5);
  integer("timeout_ms", &e.timeout_ms, 120000);
  integer("backoff_initial_ms", &e.backoff_initial_ms, 500);
  integer("backoff_max_ms", &e.backoff_max_ms, 30000);
  if (!st.ok()) return st;
  if (auto it = j.find("temperature"); it != j.end() && !it->is_null()) {
    auto v = ja::GetNumberOr(j, "temperature", 0.0, where);
    if (!v.ok()) return v.status();
    e.temperature = *v;
  }
  if (auto it = j.find("max_tokens"); it != j.end() && !it->is_null()) {
    auto v = ja::GetIntOr(j, "max_tokens", 0, where);
    if (!v.ok()) return v.status();
    e.max_tokens = *v;
  }
  auto extra = ja::GetObjectOrNull(j, "extra_body", where);
  if (!extra.ok()) return extra.status();
  if (*extra) e.extra_body_json = (*extra)->dump();
  return e;
}

// "filter" / "judge_lexicon": an object with string path and list_hash, or absent.
absl::StatusOr<std::optional<ManifestList>> ListFromJson(const nlohmann::json& j, const char* key,
                                                         const std::string& path) {
  namespace ja = json_access;
  auto section = ja::GetObjectOrNull(j, key, path);
  if (!section.ok()) return section.status();
  if (*section == nullptr) return std::optional<ManifestList>();
  const std::string where = absl::StrCat(path, ": ", key);
  auto list_path = ja::GetStringOr(**section, "path", "", where);
  if (!list_path.ok()) return list_path.status();
  auto hash = ja::GetStringOr(**section, "list_hash", "", where);
  if (!hash.ok()) return hash.status();
  return std::optional<ManifestList>(ManifestList{std::move(*list_path), std::move(*hash)});
}

absl::StatusOr<std::optional<ManifestProfile>> ProfileFromJson(const nlohmann::json& j, const std::string& path) {
  namespace ja = json_access;
  auto section = ja::GetObjectOrNull(j, "profile", path);
  if (!section.ok()) return section.status();
  if (*section == nullptr) return std::optional<ManifestProfile>();
  const std::string where = absl::StrCat(path, ": profile");
  ManifestProfile p;
  auto name = ja::GetStringOr(**section, "name", "", where);
  if (!name.ok()) return name.status();
  p.name = std::move(*name);
  auto origin = ja::GetStringOr(**section, "origin", "", where);
  if (!origin.ok()) return origin.status();
  p.origin = std::move(*origin);
  auto arg = ja::GetStringOr(**section, "arg", p.name, where);
  if (!arg.ok()) return arg.status();
  p.arg = std::move(*arg);
  return std::optional<ManifestProfile>(std::move(p));
}

// "sample.seed": seeds are unsigned 64-bit (a signed read would refuse the upper half).
absl::StatusOr<uint64_t> SeedFromJson(const nlohmann::json& j, const std::string& path) {
  auto sample = json_access::GetObjectOrNull(j, "sample", path);
  if (!sample.ok()) return sample.status();
  if (*sample == nullptr) return uint64_t{0};
  auto seed = (*sample)->find("seed");
  if (seed == (*sample)->end() || seed->is_null()) return uint64_t{0};
  if (seed->is_number_unsigned()) return seed->get<uint64_t>();
  auto v = json_access::GetIntOr(**sample, "seed", 0, absl::StrCat(path, ": sample"));
  if (!v.ok()) return v.status();
  if (*v < 0) return absl::DataLossError(absl::StrCat(path, ": sample: field \"seed\": negative"));
  return static_cast<uint64_t>(*v);
}

// Every field of RunManifest, each read through a checked accessor.
absl::StatusOr<RunManifest> ManifestFromJson(const nlohmann::json& j, const std::string& path) {
  namespace ja = json_access;
  RunManifest m;
  auto endpoint = EndpointFromJson(j, path);
  if (!endpoint.ok()) return endpoint.status();
  m.endpoint = std::move(*endpoint);
  for (auto [key, dst] : {std::pair{"tool", &m.tool}, std::pair{"version", &m.version},
                          std::pair{"created", &m.created}, std::pair{"api_key_source", &m.api_key_source},
                          std::pair{"organisation", &m.organisation}, std::pair{"service", &m.service}}) {
    auto v = ja::GetStringOr(j, key, "", path);
    if (!v.ok()) return v.status();
    *dst = std::move(*v);
  }
  auto questions = ja::GetIntOr(j, "questions", 0, path);
  if (!questions.ok()) return questions.status();
  m.questions = *questions;
  auto seed = SeedFromJson(j, path);
  if (!seed.ok()) return seed.status();
  m.seed = *seed;
  auto profile = ProfileFromJson(j, path);
  if (!profile.ok()) return profile.status();
  m.profile = std::move(*profile);
  auto filter = ListFromJson(j, "filter", path);
  if (!filter.ok()) return filter.status();
  m.filter = std::move(*filter);
  auto judge = ListFromJson(j, "judge_lexicon", path);
  if (!judge.ok()) return judge.status();
  m.judge_lexicon = std::move(*judge);
  return m;
}

}  // namespace

absl::StatusOr<RunManifest> ParseManifest(const std::string& path, std::string_view text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("endpoint"))
    return absl::DataLossError(absl::StrCat(path, ": not a lanjie run manifest"));
  return ManifestFromJson(j, path);
}

absl::StatusOr<RunManifest> ReadManifest(const std::string& dir) {
  const std::string path = dir + "/manifest.json";
  auto text = Slurp(path);
  if (!text.ok()) return absl::NotFoundError(absl::StrCat(path, ": cannot open (is ", dir, " a run directory?)"));
  return ParseManifest(path, *text);
}

absl::StatusOr<std::vector<Question>> ParseSampledQuestions(const std::string& path, std::string_view text) {
  namespace ja = json_access;
  std::vector<Question> out;
  size_t pos = 0;
  uint32_t n = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++n;
    if (line.empty()) continue;
    const std::string where = absl::StrCat(path, ":", n);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return absl::DataLossError(absl::StrCat(where, ": not a question record"));
    Question q;
    auto bank = ja::GetString(j, "bank", where);
    if (!bank.ok()) return bank.status();
    auto kind = ParseBankKind(*bank);
    if (!kind) return absl::DataLossError(absl::StrCat(where, ": field \"bank\": unknown bank '", *bank, "'"));
    q.bank = *kind;
    auto id = ja::GetString(j, "id", where);
    if (!id.ok()) return id.status();
    q.id = std::move(*id);
    auto question = ja::GetString(j, "question", where);
    if (!question.ok()) return question.status();
    q.question = std::move(*question);
    auto category = ja::GetStringOr(j, "category", "", where);
    if (!category.ok()) return category.status();
    q.category = std::move(*category);
    auto source = ja::GetStringOr(j, "source", "", where);
    if (!source.ok()) return source.status();
    q.source = std::move(*source);
    auto line_no = ja::GetIntOr(j, "line", 0, where);
    if (!line_no.ok()) return line_no.status();
    if (*line_no < 0 || *line_no > UINT32_MAX)
      return absl::DataLossError(absl::StrCat(where, ": field \"line\": out of range"));
    q.line = static_cast<uint32_t>(*line_no);
    out.push_back(std::move(q));
  }
  return out;
}

absl::StatusOr<std::vector<Question>> ReadSampledQuestions(const std::string& dir) {
  const std::string path = dir + "/questions.jsonl";
  auto text = Slurp(path);
  if (!text.ok()) return text.status();
  return ParseSampledQuestions(path, *text);
}

namespace {

using QuestionIndex = absl::flat_hash_map<std::string, const Question*>;

// The sampled questions without an answer in `existing`, as requests (and
// by id in `by_id`); fills the summary's counts.
std::vector<ChatRequest> Unanswered(const std::vector<Question>& questions, const ResultsFile& existing,
                                    QuestionIndex* by_id, RunSummary* summary) {
  summary->sampled = static_cast<int64_t>(questions.size());
  summary->torn_tail_ignored = existing.torn_tail;
  absl::flat_hash_set<std::string> answered;
  for (const ResultRecord& r : existing.records) answered.insert(r.id);
  summary->previously_answered = static_cast<int64_t>(answered.size());
  std::vector<ChatRequest> requests;
  for (const Question& q : questions) {
    if (answered.contains(q.id)) continue;
    requests.push_back({q.id, q.question});
    (*by_id)[q.id] = &q;
  }
  summary->asked = static_cast<int64_t>(requests.size());
  return requests;
}

// Where each outcome of the client goes (on the client's calling thread):
// an answer is appended to results.jsonl at once; a failure is kept for
// errors.jsonl, written whole at the end. A failed append cancels the run.
class OutcomeRecorder {
 public:
  OutcomeRecorder(ResultsLog* log, const QuestionIndex& by_id, const std::string& model, RunSummary* summary,
                  std::atomic<bool>* cancel)
      : log_(log), by_id_(by_id), model_(model), summary_(summary), cancel_(cancel) {}

  void Record(ChatOutcome&& o) {
    auto it = by_id_.find(o.id);
    if (it == by_id_.end()) return;  // not a request of this run (the client echoes request ids)
    const Question* q = it->second;
    if (!o.ok) {
      nlohmann::json j = {{"id", o.id}, {"bank", BankKindName(q->bank)}, {"category", q->category},
                          {"error", o.error}, {"http_status", o.http_status}, {"attempts", o.attempts}};
      absl::StrAppend(&errors_jsonl_, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "\n");
      ++summary_->errors;
      return;
    }
    ResultRecord r{o.id,   q->bank,    q->category,  q->question, std::move(o.answer), o.finish_reason,
                   model_, o.attempts, o.latency_ms, NowRfc3339()};
    if (absl::Status s = log_->Append(r); !s.ok()) {
      write_error_ = s;
      *cancel_ = true;
      return;
    }
    ++summary_->answered;
  }
  const absl::Status& write_error() const { return write_error_; }
  const std::string& errors_jsonl() const { return errors_jsonl_; }

 private:
  ResultsLog* log_;
  const QuestionIndex& by_id_;
  const std::string& model_;
  RunSummary* summary_;
  std::atomic<bool>* cancel_;
  absl::Status write_error_;
  std::string errors_jsonl_;
};

}  // namespace

absl::Status ExecuteRun(const std::string& dir, const EndpointConfig& endpoint, const ProgressFn& progress,
                        const std::atomic<bool>* cancel, RunSummary* summary) {
  *summary = RunSummary{};
  auto questions = ReadSampledQuestions(dir);
  if (!questions.ok()) return questions.status();
  ResultsFile existing;
  auto log = ResultsLog::Open(dir + "/results.jsonl", &existing);
  if (!log.ok()) return log.status();
  QuestionIndex by_id;
  const std::vector<ChatRequest> requests = Unanswered(*questions, existing, &by_id, summary);

  std::atomic<bool> cancel_any{false};  // the caller's cancel, or a failed write
  OutcomeRecorder recorder(log->get(), by_id, endpoint.model, summary, &cancel_any);
  const auto started = std::chrono::steady_clock::now();
  RunProgress p;
  p.total = summary->asked;
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
  ChatClient client(endpoint);
  absl::Status run = client.Run(
      requests, [&](ChatOutcome&& o) { recorder.Record(std::move(o)); }, on_tick, &cancel_any);
  if (cancel && cancel->load() && run.ok()) run = absl::CancelledError("interrupted");
  absl::Status closed = (*log)->Close();
  absl::Status errors_written = WriteFileAtomically(dir + "/errors.jsonl", recorder.errors_jsonl());
  if (!recorder.write_error().ok()) return recorder.write_error();
  if (!run.ok()) return run;
  if (!closed.ok()) return closed;
  return errors_written;
}

}  // namespace lanjie
