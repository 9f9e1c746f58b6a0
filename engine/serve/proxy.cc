#include "lanjie/serve/proxy.h"

#include <openssl/rand.h>

#include <chrono>
#include <map>
#include <optional>
#include <tuple>
#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "chat_format.h"
#include "error_body.h"
#include "lanjie/common/sse.h"
#include "upstream.h"
#include "lanjie/serve/sidecar.h"
#include "lanjie/serve/user_gate.h"
#include "lanjie/match/scanner_pool.h"
#include "lanjie/match/scanner.h"
#include "lanjie/filter/stream_filter.h"

namespace lanjie::serve {
namespace {

using nlohmann::json;
constexpr char kJson[] = "application/json";

std::string NewRequestId() {
  unsigned char bytes[12];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    static std::atomic<uint64_t> counter{0};
    return absl::StrCat("lanjie-", ++counter);
  }
  static const char kHex[] = "0123456789abcdef";
  std::string id = "lanjie-";
  for (unsigned char b : bytes) {
    id.push_back(kHex[b >> 4]);
    id.push_back(kHex[b & 15]);
  }
  return id;
}

// What one chat request needs while it runs on a worker.
struct Call {
  std::shared_ptr<Exchange> ex;
  std::shared_ptr<const Filter> filter;
  Metrics* metrics = nullptr;
  AuditLog* audit = nullptr;
  const ProxyOptions* options = nullptr;
  std::string request_id, model;
  std::chrono::steady_clock::time_point started;

  std::vector<std::pair<std::string, std::string>> IdHeader() const { return {{"x-request-id", request_id}}; }

  void Finish(int status) {
    metrics->CountRequest(Metrics::kChat, status,
                          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  void Error(int status, absl::string_view message, std::string_view type, std::string_view code = "") {
    ex->Reply(status, kJson, ErrorBody(std::string_view(message.data(), message.size()), type, code), IdHeader());
    Finish(status);
  }
  void Record(const std::vector<Hit>& hits, const char* direction) {
    const Artifact& a = *filter->artifact();
    for (const Hit& h : hits) {
      const CompiledEntry e = a.entries()[h.entry];
      audit->Record(request_id, direction, std::string(e.risk), std::string(e.keyword), ActionName(e.action), model,
                    a.list_version(), a.list_hash());
      metrics->CountHit(std::string(e.risk), ActionName(e.action), direction);
      // The model's fault, not the user's: counted apart.
      if (options->users && e.action == Action::kBlock && direction[0] == 'o') options->users->CountOutputViolation();
    }
  }
  bool HasBlock(const std::vector<Hit>& hits) const {
    for (const Hit& h : hits)
      if (filter->artifact()->entries()[h.entry].action == Action::kBlock) return true;
    return false;
  }
};

// Status and error body for an upstream answer that is not a success; the
// upstream's Retry-After (429, 503) is passed on so clients back off as told.
void ReplyUpstreamError(Call& call, long status, const std::string& body, const std::string& retry_after) {
  auto headers = call.IdHeader();
  // A header value must not smuggle a line break; Retry-After is seconds or an HTTP date.
  if (!retry_after.empty() && retry_after.size() < 64 && retry_after.find_first_of("\r\n") == std::string::npos)
    headers.push_back({"Retry-After", retry_after});
  json doc = ParseJson(body);
  if (doc.is_object() && doc.contains("error") && doc["error"].is_object()) {
    if (!doc["error"].contains("type")) doc["error"]["type"] = "upstream_error";
    const int code = status >= 400 && status < 600 ? static_cast<int>(status) : 502;
    call.ex->Reply(code, kJson, Dump(doc), headers);
    call.Finish(code);
    return;
  }
  const int code = status == 429 || status == 503 || status == 504 ? static_cast<int>(status) : 502;
  call.ex->Reply(code, kJson,
                 ErrorBody(absl::StrCat("upstream answered HTTP ", status, " without an OpenAI error body"),
                           code == 429 ? "rate_limit_error" : "upstream_error", "upstream_error"),
                 headers);
  call.Finish(code);
}

void ReplyTransportError(Call& call, const absl::Status& st) {
  if (absl::IsDeadlineExceeded(st))
    call.Error(504, st.message(), "timeout_error", "upstream_timeout");
  else
    call.Error(502, st.message(), "upstream_error", "upstream_unavailable");
}

// stream=false: the whole answer, each choice's content filtered.
void CompleteWhole(Call& call, const UpstreamRequest& request) {
  long status = 0;
  std::string body;
  bool too_large = false;
  std::string retry_after;
  UpstreamCallbacks cb;
  cb.retry_after = &retry_after;
  cb.on_response = [&](long s, const std::string&) {
    status = s;
    return true;
  };
  cb.on_data = [&](std::string_view bytes) {
    if (body.size() + bytes.size() > call.options->max_upstream_body) {
      too_large = true;
      return false;
    }
    body.append(bytes);
    return !call.ex->closed();
  };
  absl::Status st = CallUpstream(request, cb);
  if (too_large) return call.Error(502, "upstream answer exceeds the size limit", "upstream_error", "upstream_too_large");
  if (!st.ok() && !absl::IsCancelled(st)) return ReplyTransportError(call, st);
  if (call.ex->closed()) return call.Finish(499);
  if (status != 200) return ReplyUpstreamError(call, status, body, retry_after);
  json doc = ParseJson(body);
  if (!doc.is_object() || !doc.contains("choices") || !doc["choices"].is_array())
    return call.Error(502, "upstream returned an invalid chat completion", "upstream_error", "upstream_garbage");
  auto scanner = ScannerPool::ThreadScanner(call.filter->artifact());
  if (!scanner.ok()) return call.Error(500, scanner.status().message(), "server_error");
  std::vector<Hit> hits;
  for (json& choice : doc["choices"]) {
    if (!choice.is_object() || !choice.contains("message")) continue;
    bool blocked = false;
    json& message = choice["message"];
    std::vector<json*> texts = MessageTexts(message);
    if (message.is_object() && message.contains("reasoning_content") && message["reasoning_content"].is_string())
      texts.push_back(&message["reasoning_content"]);
    for (json* text : texts) {
      const std::string original = text->get<std::string>();
      if (auto s = (*scanner)->Scan(original, &hits); !s.ok()) return call.Error(500, s.message(), "server_error");
      call.Record(hits, "output");
      if (call.HasBlock(hits)) blocked = true;
      else if (!hits.empty()) *text = MaskForOutput(*call.filter->artifact(), original, hits);
    }
    if (blocked) {  // the whole answer, tool calls included, becomes the refusal
      message["content"] = call.filter->options().refusal_text;
      if (message.contains("reasoning_content")) message["reasoning_content"] = "";
      message.erase("tool_calls");
      message.erase("function_call");
      choice["finish_reason"] = "content_filter";
    }
  }
  call.ex->Reply(200, kJson, Dump(doc), call.IdHeader());
  call.Finish(200);
}

// stream=true: SSE chunks re-emitted through one StreamFilter per choice.
class StreamRelay {
 public:
  explicit StreamRelay(Call& call) : call_(call) {}

  void Run(const UpstreamRequest& request) {
    UpstreamCallbacks cb;
    cb.retry_after = &retry_after_;
    cb.on_response = [this](long s, const std::string& content_type) { return OnResponse(s, content_type); };
    cb.on_data = [this](std::string_view bytes) { return OnData(bytes); };
    absl::Status st = CallUpstream(request, cb);
    if (!started_) {
      if (!st.ok() && !absl::IsCancelled(st)) return ReplyTransportError(call_, st);
      if (status_ != 200) return ReplyUpstreamError(call_, status_, error_body_, retry_after_);
      if (!failure_.empty()) return call_.Error(502, failure_, "upstream_error", "upstream_garbage");
      return call_.Error(502, "upstream sent no event stream", "upstream_error", "upstream_garbage");
    }
    if (!done_) {
      std::string why = failure_;
      if (why.empty() && !st.ok() && !absl::IsCancelled(st)) why = std::string(st.message());
      if (why.empty() && !call_.ex->closed()) why = "upstream stream ended without [DONE]";
      if (!why.empty()) {
        // Text still held was never checked to its end: it is dropped, not released.
        call_.ex->Send(SseEvent(ErrorBody(why, "upstream_error", "upstream_stream_error")));
      }
    }
    call_.ex->EndStream();
    call_.Finish(200);
  }

 private:
  bool OnResponse(long status, const std::string& content_type) {
    status_ = status;
    if (status != 200) return true;  // collect the error body
    if (content_type.find("text/event-stream") == std::string::npos) {
      failure_ = absl::StrCat("upstream answered a stream request with Content-Type '", content_type, "'");
      return false;
    }
    call_.ex->StartStream(200, "text/event-stream; charset=utf-8",
                          {{"Cache-Control", "no-cache"}, {"x-request-id", call_.request_id}});
    started_ = true;
    return true;
  }

  // Runs inside libcurl's callback: nothing may throw through it.
  bool OnData(std::string_view bytes) {
    try {
      return OnDataUnsafe(bytes);
    } catch (const std::exception& e) {
      failure_ = std::string("cannot process the upstream stream: ") + e.what();
      return false;
    }
  }

  bool OnDataUnsafe(std::string_view bytes) {
    if (call_.ex->closed()) return false;
    if (status_ != 200) {
      if (error_body_.size() < 65536) error_body_.append(bytes.substr(0, 65536 - error_body_.size()));
      return true;
    }
    events_.clear();
    if (auto st = parser_.Feed(bytes, &events_); !st.ok()) {
      failure_ = std::string(st.message());
      return false;
    }
    for (const std::string& data : events_) {
      if (!OnEvent(data)) return false;
    }
    return true;
  }

  // One text stream of the answer: a choice's reasoning or content, or the
  // arguments of one of its tool calls (by the tool call's index).
  struct StreamKey {
    int choice;
    std::string field;  // "reasoning_content", "content" or "tool_calls"
    int tool = -1;      // tool call index for "tool_calls"
    bool operator<(const StreamKey& o) const {
      return std::tie(choice, field, tool) < std::tie(o.choice, o.field, o.tool);
    }
  };

  // The delta that carries `text` for `key`.
  static json DeltaFor(const StreamKey& key, const std::string& text) {
    if (key.tool < 0) return {{key.field, text}};
    return {{"tool_calls", json::array({{{"index", key.tool}, {"function", {{"arguments", text}}}}})}};
  }

  StreamFilter* FilterFor(const StreamKey& key) {
    auto& slot = filters_[key];
    if (!slot) {
      auto s = StreamFilter::Create(call_.filter);
      if (!s.ok()) return nullptr;
      slot = std::move(*s);
    }
    return slot.get();
  }

  // Feeds the next piece of one stream (if any), ends it when `finishing`;
  // `*released` gets the text to send in the piece's place (without the
  // refusal, which always goes to the content). Returns false on failure.
  bool Pass(const StreamKey& key, const std::string* piece, bool finishing, bool* blocked, std::string* released) {
    StreamFilter* filter = FilterFor(key);
    if (!filter) {
      failure_ = "cannot create a stream filter";
      return false;
    }
    FilterOutput out;
    if (piece != nullptr) {
      if (!filter->Feed(*piece, &out).ok()) {
        failure_ = "stream filter failed";
        return false;
      }
      call_.Record(out.hits, "output");
      *released = out.text;
    }
    if (finishing && !out.blocked && !filter->blocked()) {
      if (!filter->Finish(&out).ok()) {
        failure_ = "stream filter failed";
        return false;
      }
      call_.Record(out.hits, "output");
      *released += out.text;
    }
    *blocked = out.blocked;
    const std::string& refusal = call_.filter->options().refusal_text;
    if (out.blocked && key.field != "content" && released->size() >= refusal.size())
      released->resize(released->size() - refusal.size());
    return true;
  }

  // Returns false to stop the upstream transfer.
  bool OnEvent(const std::string& data) {
    if (done_) return false;
    if (data == "[DONE]") {
      OnDone();
      return false;
    }
    json chunk = ParseJson(data);
    if (!chunk.is_object()) {
      failure_ = "upstream sent an event that is not a JSON object";
      return false;
    }
    if (chunk.contains("error")) {  // an error reported by the upstream mid-stream
      call_.ex->Send(SseEvent(Dump(json{{"error", chunk["error"]}})));
      done_ = true;
      return false;
    }
    if (id_.empty()) id_ = chunk.contains("id") && chunk["id"].is_string() ? chunk["id"].get<std::string>() : call_.request_id;
    if (chunk.contains("model") && chunk["model"].is_string()) call_.model = chunk["model"].get<std::string>();
    if (!chunk.contains("choices") || !chunk["choices"].is_array()) {
      Emit(chunk);  // e.g. a usage-only chunk: no text to filter
      return true;
    }
    bool blocked = false;
    for (json& choice : chunk["choices"]) {
      if (!choice.is_object()) continue;
      bool choice_blocked = false;
      if (!FilterChoice(choice, &choice_blocked)) return false;
      blocked = blocked || choice_blocked;
    }
    if (WorthSending(chunk)) Emit(chunk);
    if (blocked) {
      call_.ex->Send(SseEvent("[DONE]"));
      done_ = true;
      return false;  // stop generating: the answer is over
    }
    return true;
  }

  // [DONE]: streams that never saw a finish_reason release what they hold.
  void OnDone() {
    for (auto& [key, filter] : filters_) {
      if (filter->blocked()) continue;
      FilterOutput out;
      if (!filter->Finish(&out).ok()) continue;
      call_.Record(out.hits, "output");
      if (out.blocked) {  // cannot happen after a clean finish of every chunk, but never leak
        Emit(Chunk(id_, call_.model, key.choice, {{"content", call_.filter->options().refusal_text}}, "content_filter"));
        break;
      }
      if (!out.text.empty()) Emit(Chunk(id_, call_.model, key.choice, DeltaFor(key, out.text), nullptr));
    }
    call_.ex->Send(SseEvent("[DONE]"));
    done_ = true;
  }

  // Filters every text stream of one choice of a chunk in place; *blocked
  // when one of them hit a block entry (the choice then ends with the
  // refusal). Returns false on failure.
  bool FilterChoice(json& choice, bool* blocked) {
    const int index = choice.contains("index") && choice["index"].is_number_integer() ? choice["index"].get<int>() : 0;
    json& delta = choice["delta"];
    if (!delta.is_object()) delta = json::object();
    const bool finishing = choice.contains("finish_reason") && !choice["finish_reason"].is_null();
    if (!FilterTextFields(index, finishing, delta, blocked)) return false;
    if (!FilterToolCalls(index, finishing, delta, blocked)) return false;
    if (*blocked) {
      AppendRefusal(delta);
      choice["finish_reason"] = "content_filter";
    }
    return true;
  }

  // The answer and the reasoning of reasoning models, each its own stream.
  bool FilterTextFields(int index, bool finishing, json& delta, bool* blocked) {
    for (const char* field : {"reasoning_content", "content"}) {
      const StreamKey key{index, field};
      const bool has_text = delta.contains(field) && delta[field].is_string();
      if (!has_text && !(finishing && filters_.count(key))) continue;
      std::string released;
      if (!*blocked) {
        if (!Pass(key, has_text ? &delta[field].get_ref<const std::string&>() : nullptr, finishing, blocked, &released))
          return false;
      }
      if (delta.contains(field) || !released.empty()) delta[field] = released;
    }
    return true;
  }

  // Tool call arguments: one stream per tool call index, as they arrive in
  // pieces. Streams that end here with no piece in this chunk get an entry
  // of their own for the text they still held.
  bool FilterToolCalls(int index, bool finishing, json& delta, bool* blocked) {
    std::map<int, json*> pieces = ToolPieces(delta);
    std::vector<int> tools;
    for (const auto& [tool, args] : pieces) tools.push_back(tool);
    if (finishing)
      for (const auto& [key, filter] : filters_)
        if (key.choice == index && key.tool >= 0 && !pieces.count(key.tool)) tools.push_back(key.tool);
    std::vector<json> tail_entries;
    for (int tool : tools) {
      const StreamKey key{index, "tool_calls", tool};
      auto piece = pieces.find(tool);
      std::string released;
      if (!*blocked) {
        const std::string* text = piece != pieces.end() ? &piece->second->get_ref<const std::string&>() : nullptr;
        if (!Pass(key, text, finishing, blocked, &released)) return false;
      }
      if (piece != pieces.end()) {
        *piece->second = released;
      } else if (!released.empty()) {
        tail_entries.push_back(DeltaFor(key, released)["tool_calls"][0]);
      }
    }
    if (!tail_entries.empty()) {
      if (!delta.contains("tool_calls") || !delta["tool_calls"].is_array()) delta["tool_calls"] = json::array();
      for (json& e : tail_entries) delta["tool_calls"].push_back(std::move(e));
    }
    PruneEmptyToolDeltas(delta);
    return true;
  }

  // The arguments piece of each tool call in the delta, by tool call index
  // (its position when it has none).
  static std::map<int, json*> ToolPieces(json& delta) {
    std::map<int, json*> pieces;
    if (!delta.contains("tool_calls") || !delta["tool_calls"].is_array()) return pieces;
    int position = 0;
    for (json& call : delta["tool_calls"]) {
      const int tool = call.is_object() && call.contains("index") && call["index"].is_number_integer()
                           ? call["index"].get<int>() : position;
      ++position;
      if (json* args = CallArguments(call)) pieces[tool] = args;
    }
    return pieces;
  }

  // Drops entries left with nothing but their index and held-back arguments.
  static void PruneEmptyToolDeltas(json& delta) {
    if (!delta.contains("tool_calls") || !delta["tool_calls"].is_array()) return;
    json& calls = delta["tool_calls"];
    for (size_t i = calls.size(); i-- > 0;)
      if (IsEmptyToolDelta(calls[i])) calls.erase(i);
    if (calls.empty()) delta.erase("tool_calls");
  }

  // A blocked choice's content ends with the refusal (once).
  void AppendRefusal(json& delta) {
    const std::string& refusal = call_.filter->options().refusal_text;
    if (!delta.contains("content") || !delta["content"].is_string()) delta["content"] = "";
    const std::string content = delta["content"].get<std::string>();
    if (content.size() < refusal.size() || content.compare(content.size() - refusal.size(), refusal.size(), refusal) != 0)
      delta["content"] = content + refusal;
  }

  // False for a chunk left with nothing to say (all its text is held back).
  static bool WorthSending(const json& chunk) {
    if (chunk.contains("usage") && !chunk["usage"].is_null()) return true;
    for (const json& choice : chunk["choices"]) {
      if (!choice.is_object()) continue;
      if (choice.contains("finish_reason") && !choice["finish_reason"].is_null()) return true;
      const json& delta = choice["delta"];
      for (auto it = delta.begin(); it != delta.end(); ++it)
        if ((it.key() != "content" && it.key() != "reasoning_content") || !it.value().is_string() ||
            !it.value().get_ref<const std::string&>().empty())
          return true;
    }
    return false;
  }

  // {"index":N,"function":{"arguments":""}} and nothing else.
  static bool IsEmptyToolDelta(const json& call) {
    if (!call.is_object()) return false;
    for (auto it = call.begin(); it != call.end(); ++it) {
      if (it.key() == "index") continue;
      if (it.key() != "function" || !it.value().is_object()) return false;
      for (auto f = it.value().begin(); f != it.value().end(); ++f)
        if (f.key() != "arguments" || !f.value().is_string() || !f.value().get_ref<const std::string&>().empty())
          return false;
    }
    return true;
  }

  void Emit(const json& chunk) { call_.ex->Send(SseEvent(Dump(chunk))); }

  Call& call_;
  SseParser parser_;
  std::vector<std::string> events_;
  std::map<StreamKey, std::unique_ptr<StreamFilter>> filters_;
  std::string id_;
  long status_ = 0;
  std::string error_body_, retry_after_;
  std::string failure_;
  bool started_ = false;
  bool done_ = false;
};

}  // namespace

Proxy::Proxy(ArtifactSlot* slot, Metrics* metrics, AuditLog* audit, ProxyOptions options)
    : slot_(slot), metrics_(metrics), audit_(audit), options_(std::move(options)) {
  while (!options_.upstream_base.empty() && options_.upstream_base.back() == '/') options_.upstream_base.pop_back();
  for (int i = 0; i < std::max(1, options_.workers); ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

Proxy::~Proxy() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : workers_) t.join();
}

void Proxy::WorkerLoop() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    job();
  }
}

void Proxy::Enqueue(std::function<void()> job, const std::shared_ptr<Exchange>& ex) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (queue_.size() < options_.max_queue && !stopping_) {
      queue_.push_back(std::move(job));
      cv_.notify_one();
      return;
    }
  }
  ex->Reply(503, kJson, ErrorBody("the proxy is overloaded; retry later", "server_error", "overloaded"));
}

void Proxy::Handle(const std::shared_ptr<Exchange>& ex) {
  const std::string& path = ex->path();
  if (path == "/v1/chat/completions" || path == "/chat/completions") {
    if (ex->method() != "POST") {
      ex->Reply(405, kJson, ErrorBody("use POST", "invalid_request_error", "method_not_allowed"));
      return;
    }
    Enqueue(
        [this, ex] {
          try {
            ChatCompletions(ex);
          } catch (const std::exception& e) {  // a JSON shape not foreseen: the request fails, the proxy stays up
            ex->Reply(400, kJson, ErrorBody(std::string("cannot process the request: ") + e.what(), "invalid_request_error"));
          }
        },
        ex);
  } else if (path == "/v1/models" || path == "/models") {
    Enqueue(
        [this, ex] {
          try {
            Models(ex);
          } catch (const std::exception& e) {
            ex->Reply(502, kJson, ErrorBody(std::string("cannot process the upstream answer: ") + e.what(), "upstream_error"));
          }
        },
        ex);
  } else if (path == "/healthz") {
    ex->Reply(200, kJson, "{\"status\":\"ok\"}");
  } else if (path == "/readyz") {
    auto f = slot_->Get();
    bool users_ready = true;
    const std::string users = options_.users ? UserStoreReadyz(options_.users, &users_ready) : "null";
    const bool ready = f && users_ready;
    ex->Reply(ready ? 200 : 503, kJson,
              absl::StrCat("{\"artifact_hash\":\"", f ? f->artifact()->list_hash() : "", "\",\"list_version\":",
                           f ? QuotedJson(f->artifact()->list_version()) : "null", ",\"status\":\"",
                           ready ? "ready" : "not_ready", "\",\"user_store\":", users, "}"));
  } else if (path == "/metrics") {
    std::string text = metrics_->Render(DescribeArtifact(*slot_));
    if (options_.users) text += options_.users->RenderMetrics();
    ex->Reply(200, "text/plain; version=0.0.4; charset=utf-8", text);
  } else {
    ex->Reply(404, kJson, ErrorBody(absl::StrCat("unknown route ", path), "not_found_error", "unknown_route"));
  }
}

void Proxy::Models(const std::shared_ptr<Exchange>& ex) {
  UpstreamRequest request;
  request.method = "GET";
  request.url = options_.upstream_base + "/models";
  if (!options_.api_key.empty()) request.headers.push_back("Authorization: Bearer " + options_.api_key);
  else if (std::string auth = ex->Header("Authorization"); !auth.empty()) request.headers.push_back("Authorization: " + auth);
  request.connect_timeout_seconds = options_.connect_timeout_seconds;
  request.idle_timeout_seconds = options_.idle_timeout_seconds;
  request.total_timeout_seconds = options_.total_timeout_seconds;
  long status = 0;
  std::string body;
  UpstreamCallbacks cb;
  cb.on_response = [&](long s, const std::string&) {
    status = s;
    return true;
  };
  cb.on_data = [&](std::string_view bytes) {
    body.append(bytes);
    return body.size() <= options_.max_upstream_body;
  };
  absl::Status st = CallUpstream(request, cb);
  json doc = ParseJson(body);
  if (!st.ok() || status != 200 || !doc.is_object()) {
    const std::string why = st.ok() ? absl::StrCat("upstream /models answered HTTP ", status) : std::string(st.message());
    ex->Reply(502, kJson, ErrorBody(why, "upstream_error", "upstream_error"));
    return;
  }
  ex->Reply(200, kJson, Dump(doc));
}

namespace {

// What the input filter did to a request's messages.
struct InputVerdict {
  bool blocked = false;    // a block entry hit: the request gets the canned refusal
  bool modified = false;   // mask entries hit: the request goes upstream masked
  bool violation = false;  // a hit that counts against the user under the policy
};

// Scans what the user wrote, tool results (role "tool") and the arguments
// of earlier assistant tool calls; masks mask hits in place. False when a
// scan failed (the error reply is sent).
bool FilterInput(Call& call, Scanner& scanner, bool count_user, json& messages, InputVerdict* verdict) {
  std::vector<Hit> hits;
  for (json& message : messages) {
    for (json* text : MessageTexts(message)) {
      const std::string original = text->get<std::string>();
      if (auto s = scanner.Scan(original, &hits); !s.ok()) {
        call.Error(500, s.message(), "server_error");
        return false;
      }
      if (hits.empty()) continue;
      call.Record(hits, "input");
      if (count_user && !verdict->violation)
        verdict->violation = CountsAgainstUser(call.options->users->options().policy, *call.filter->artifact(), hits);
      if (call.HasBlock(hits)) {
        verdict->blocked = true;
        continue;
      }
      std::string masked = MaskForOutput(*call.filter->artifact(), original, hits);
      if (masked != original) {
        *text = std::move(masked);
        verdict->modified = true;
      }
    }
  }
  return true;
}

// The checks of a chat-completions request before anything is scanned:
// size, JSON, messages, stream. False when it was answered with an error.
bool CheckRequest(Call& call, const json& req) {
  if (req.is_discarded()) {
    call.Error(400, "request body is not valid JSON (or not UTF-8)", "invalid_request_error", "invalid_json");
    return false;
  }
  if (!req.is_object() || !req.contains("messages") || !req["messages"].is_array()) {
    call.Error(400, "'messages' must be an array", "invalid_request_error", "invalid_request");
    return false;
  }
  if (req.contains("stream") && !req["stream"].is_boolean() && !req["stream"].is_null()) {
    call.Error(400, "'stream' must be a boolean", "invalid_request_error", "invalid_request");
    return false;
  }
  return true;
}

// The user the request speaks for (users on only). False when it was
// answered with an error.
bool IdentifyCaller(Call& call, const json& req, std::optional<users::Identity>* who) {
  if (!call.options->users) return true;
  if (req.contains("user") && !req["user"].is_string() && !req["user"].is_null()) {
    call.Error(400, "'user' must be a string", "invalid_request_error", "invalid_user_id");
    return false;
  }
  const std::string* user_field =
      req.contains("user") && req["user"].is_string() ? &req["user"].get_ref<const std::string&>() : nullptr;
  auto id = IdentifyUser(call.options->users, *call.ex, user_field);
  if (!id.ok()) {
    call.Error(400, id.status().message(), "invalid_request_error", "invalid_user_id");
    return false;
  }
  *who = std::move(*id);
  return true;
}

// Counts the request against the user; false when it was answered (store
// unavailable, or the user is suspended now).
bool RecordForUser(Call& call, const users::Identity& who, bool violation) {
  users::UserAccounts* accounts = call.options->users;
  const users::Event event = violation ? users::Event::kViolation : users::Event::kClean;
  auto decision = accounts->Record(who, event, call.request_id);
  if (!decision.ok()) {
    call.Error(503, decision.status().message(), "server_error", "user_store_unavailable");
    return false;
  }
  if (!decision->suspended) return true;
  call.ex->Reply(403, kJson, SuspendedBody(who, *decision, accounts->options().policy), call.IdHeader());
  call.Finish(403);
  return false;
}

// The canned refusal as a normal completion, streamed or not.
void ReplyRefusal(Call& call, bool stream) {
  const std::string id = "chatcmpl-" + call.request_id;
  const std::string& refusal = call.filter->options().refusal_text;
  if (stream) {
    call.ex->Reply(200, "text/event-stream; charset=utf-8", RefusalStream(id, call.model, refusal),
                   {{"Cache-Control", "no-cache"}, {"x-request-id", call.request_id}});
  } else {
    call.ex->Reply(200, kJson, Dump(RefusalCompletion(id, call.model, refusal)), call.IdHeader());
  }
  call.Finish(200);
}

// The upstream request: the (masked) body, the proxy's key or the caller's
// Authorization, the timeouts.
UpstreamRequest UpstreamFor(const Call& call, const json& req, bool modified, bool stream) {
  const ProxyOptions& options = *call.options;
  UpstreamRequest request;
  request.url = options.upstream_base + "/chat/completions";
  request.body = modified ? Dump(req) : call.ex->body();
  request.headers = {"Content-Type: application/json", stream ? "Accept: text/event-stream" : "Accept: application/json"};
  if (!options.api_key.empty()) request.headers.push_back("Authorization: Bearer " + options.api_key);
  else if (std::string auth = call.ex->Header("Authorization"); !auth.empty()) request.headers.push_back("Authorization: " + auth);
  request.connect_timeout_seconds = options.connect_timeout_seconds;
  request.idle_timeout_seconds = options.idle_timeout_seconds;
  request.total_timeout_seconds = options.total_timeout_seconds;
  return request;
}

}  // namespace

void Proxy::ChatCompletions(const std::shared_ptr<Exchange>& ex) {
  Call call;
  call.ex = ex;
  call.metrics = metrics_;
  call.audit = audit_;
  call.options = &options_;
  call.request_id = NewRequestId();
  call.started = std::chrono::steady_clock::now();
  if (ex->body_too_large()) return call.Error(413, "request body exceeds the size limit", "invalid_request_error", "body_too_large");
  json req = ParseJson(ex->body());
  if (!CheckRequest(call, req)) return;
  const bool stream = req.contains("stream") && req["stream"].is_boolean() && req["stream"].get<bool>();
  if (req.contains("model") && req["model"].is_string()) call.model = req["model"].get<std::string>();
  call.filter = slot_->Get();
  if (!call.filter) return call.Error(503, "no artifact loaded", "server_error", "not_ready");
  auto scanner = ScannerPool::ThreadScanner(call.filter->artifact());
  if (!scanner.ok()) return call.Error(500, scanner.status().message(), "server_error");
  std::optional<users::Identity> who;
  if (!IdentifyCaller(call, req, &who)) return;
  InputVerdict input;
  if (!FilterInput(call, **scanner, who.has_value(), req["messages"], &input)) return;
  if (who && !RecordForUser(call, *who, input.violation)) return;
  if (input.blocked) return ReplyRefusal(call, stream);
  const UpstreamRequest request = UpstreamFor(call, req, input.modified, stream);
  if (stream) {
    StreamRelay(call).Run(request);
  } else {
    CompleteWhole(call, request);
  }
}

}  // namespace lanjie::serve
