#include "lanjie/eval/chat_client.h"

#include <curl/curl.h>

#include <chrono>
#include <deque>
#include <memory>
#include <queue>
#include <random>
#include <thread>

#include <nlohmann/json.hpp>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "lanjie/common/curl_global.h"
#include "lanjie/common/sv.h"
#include "sse.h"

namespace lanjie {

namespace {

using Clock = std::chrono::steady_clock;
constexpr size_t kMaxErrorBody = 16 * 1024;  // bytes of a non-200 body kept for the message

int64_t MsBetween(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
}

// One HTTP attempt for one request.
struct Attempt {
  size_t index = 0;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string body;
  std::string error_body;  // non-200 bodies (clipped)
  std::string raw;         // non-streamed 200 body
  std::string retry_after;
  long status = 0;
  bool stream = true;
  internal::ChatStreamParser parser;
  Clock::time_point started;

  ~Attempt() {
    if (easy) curl_easy_cleanup(easy);
    if (headers) curl_slist_free_all(headers);
  }
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* a = static_cast<Attempt*>(user);
  const size_t bytes = size * n;
  if (a->status == 0) curl_easy_getinfo(a->easy, CURLINFO_RESPONSE_CODE, &a->status);
  std::string_view chunk(data, bytes);
  if (a->status != 200) {
    if (a->error_body.size() < kMaxErrorBody) a->error_body.append(chunk.substr(0, kMaxErrorBody - a->error_body.size()));
  } else if (a->stream) {
    a->parser.Feed(chunk);
  } else {
    a->raw.append(chunk);
  }
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* a = static_cast<Attempt*>(user);
  std::string_view line(data, size * n);
  if (absl::StartsWith(Av(line), "HTTP/")) {  // a new header block (after 1xx or a redirect)
    a->retry_after.clear();
    a->status = 0;
  } else if (absl::StartsWithIgnoreCase(Av(line), "retry-after:")) {
    a->retry_after = std::string(absl::StripAsciiWhitespace(Av(line.substr(12))));
  }
  return size * n;
}

struct RetryEntry {
  Clock::time_point due;
  size_t index;
  bool operator>(const RetryEntry& o) const { return due > o.due; }
};

std::string Clip(std::string_view s, size_t n = 300) {
  std::string out(s.substr(0, n));
  for (char& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return out + (s.size() > n ? "…" : "");
}

}  // namespace

std::optional<int64_t> ParseRetryAfterMs(std::string_view value, int64_t now_unix_ms) {
  value = Sv(absl::StripAsciiWhitespace(Av(value)));
  if (value.empty()) return std::nullopt;
  double seconds;
  if (absl::SimpleAtod(Av(value), &seconds)) {
    if (seconds < 0) return std::nullopt;
    return static_cast<int64_t>(seconds * 1000);
  }
  absl::Time t;
  std::string err;
  if (absl::ParseTime("%a, %d %b %Y %H:%M:%S", std::string(value.substr(0, 25)), &t, &err)) {
    int64_t ms = absl::ToUnixMillis(t) - now_unix_ms;
    return ms < 0 ? 0 : ms;
  }
  return std::nullopt;
}

ChatClient::ChatClient(EndpointConfig config) : config_(std::move(config)) {}

std::string ChatClient::RequestBody(const std::string& prompt) const {
  nlohmann::json messages = nlohmann::json::array();
  if (!config_.system_prompt.empty()) messages.push_back({{"role", "system"}, {"content", config_.system_prompt}});
  messages.push_back({{"role", "user"}, {"content", prompt}});
  nlohmann::json body = {{"model", config_.model}, {"messages", messages}, {"stream", config_.stream}};
  if (config_.temperature) body["temperature"] = *config_.temperature;
  if (config_.max_tokens) body["max_tokens"] = *config_.max_tokens;
  if (!config_.extra_body_json.empty()) {
    nlohmann::json extra = nlohmann::json::parse(config_.extra_body_json, nullptr, false);
    if (extra.is_object()) body.update(extra);
  }
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

// CURLcodes that mean the endpoint cannot be reached at all: fatal before
// any request has succeeded, retried after.
bool Unreachable(CURLcode code) {
  return code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY ||
         code == CURLE_UNSUPPORTED_PROTOCOL || code == CURLE_URL_MALFORMAT || code == CURLE_SSL_CONNECT_ERROR ||
         code == CURLE_PEER_FAILED_VERIFICATION;
}

bool Retryable(long status) { return status == 429 || status == 408 || status == 409 || status >= 500; }

// The state of one ChatClient::Run: the queues (ready, waiting for a retry,
// in flight), the attempt counts, the rate limit and the first fatal error.
// Lives on the caller's stack for the length of the call; one thread.
class RunLoop {
 public:
  RunLoop(const ChatClient& client, const EndpointConfig& config, const std::vector<ChatRequest>& requests,
          const std::function<void(ChatOutcome&&)>& on_outcome, const std::function<void(const ClientStats&)>& on_tick)
      : client_(client),
        config_(config),
        requests_(requests),
        on_outcome_(on_outcome),
        on_tick_(on_tick),
        concurrency_(std::max(1, config.concurrency)),
        rpm_interval_ms_(config.requests_per_minute > 0 ? 60000.0 / config.requests_per_minute : 0),
        attempts_(requests.size(), 0),
        rng_(config.jitter_seed ? config.jitter_seed : static_cast<uint64_t>(Clock::now().time_since_epoch().count())),
        multi_(curl_multi_init(), &curl_multi_cleanup) {
    url_ = config.base_url;
    while (!url_.empty() && url_.back() == '/') url_.pop_back();
    url_ += "/chat/completions";
    for (size_t i = 0; i < requests.size(); ++i) ready_.push_back(i);
  }

  // Runs until every request has an outcome, a fatal answer or `cancel`.
  absl::Status Loop(const std::atomic<bool>* cancel) {
    if (!multi_) return absl::InternalError("curl_multi_init failed");
    curl_multi_setopt(multi_.get(), CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(concurrency_));
    curl_multi_setopt(multi_.get(), CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));
    while (true) {
      if (cancel && cancel->load()) fatal_ = absl::CancelledError("interrupted");
      if (!fatal_.ok()) break;
      StartDue();
      if (active_.empty() && ready_.empty() && waiting_.empty()) break;
      int running = 0;
      curl_multi_perform(multi_.get(), &running);
      CollectFinished();
      MaybeTick();
      WaitForWork();
    }
    for (auto& a : active_) curl_multi_remove_handle(multi_.get(), a->easy);
    active_.clear();
    if (on_tick_) {
      stats_.in_flight = 0;
      stats_.queued = static_cast<int64_t>(ready_.size() + waiting_.size());
      on_tick_(stats_);
    }
    return fatal_;
  }

 private:
  // Moves due retries to the ready queue and starts attempts up to the
  // concurrency and requests-per-minute limits.
  void StartDue() {
    const Clock::time_point now = Clock::now();
    while (!waiting_.empty() && waiting_.top().due <= now) {
      ready_.push_back(waiting_.top().index);
      waiting_.pop();
    }
    while (static_cast<int>(active_.size()) < concurrency_ && !ready_.empty() && next_start_ <= now) {
      StartAttempt(ready_.front());
      ready_.pop_front();
      if (rpm_interval_ms_ > 0) {
        next_start_ = std::max(next_start_, now - std::chrono::milliseconds(1000)) +
                      std::chrono::microseconds(static_cast<int64_t>(rpm_interval_ms_ * 1000));
      }
    }
  }

  void StartAttempt(size_t index) {
    auto a = std::make_unique<Attempt>();
    a->index = index;
    a->stream = config_.stream;
    a->body = client_.RequestBody(requests_[index].prompt);
    a->easy = curl_easy_init();
    a->headers = curl_slist_append(a->headers, "Content-Type: application/json");
    a->headers = curl_slist_append(a->headers, config_.stream ? "Accept: text/event-stream" : "Accept: application/json");
    if (!config_.api_key.empty())
      a->headers = curl_slist_append(a->headers, ("Authorization: Bearer " + config_.api_key).c_str());
    for (const std::string& h : config_.headers) a->headers = curl_slist_append(a->headers, h.c_str());
    CURL* e = a->easy;
    curl_easy_setopt(e, CURLOPT_URL, url_.c_str());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, a->headers);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, a->body.c_str());
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(a->body.size()));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, a.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, a.get());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(config_.timeout_ms));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config_.connect_timeout_ms));
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_PRIVATE, a.get());
    a->started = Clock::now();
    ++attempts_[index];
    curl_multi_add_handle(multi_.get(), e);
    active_.push_back(std::move(a));
  }

  // Takes every finished transfer off the multi handle and settles it.
  void CollectFinished() {
    int pending_msgs = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_.get(), &pending_msgs)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* e = msg->easy_handle;
      CURLcode code = msg->data.result;
      curl_multi_remove_handle(multi_.get(), e);
      // active_ is small (<= concurrency): a linear search is fine.
      auto it = std::find_if(active_.begin(), active_.end(), [&](const auto& a) { return a->easy == e; });
      if (it == active_.end()) continue;
      std::unique_ptr<Attempt> a = std::move(*it);
      active_.erase(it);
      Complete(*a, code);
    }
  }

  // One finished attempt: an outcome, a retry, or a fatal error for the run.
  void Complete(Attempt& a, CURLcode code) {
    ChatOutcome out;
    out.latency_ms = MsBetween(a.started, Clock::now());
    long status = 0;
    curl_easy_getinfo(a.easy, CURLINFO_RESPONSE_CODE, &status);
    out.http_status = static_cast<int>(status);
    if (code != CURLE_OK) return CompleteTransportError(a, code, std::move(out));
    if (status == 200) return CompleteOk(a, std::move(out));
    const std::string body = Clip(Redact(a.error_body));
    out.error = absl::StrCat("HTTP ", status, ": ", body);
    if (Retryable(status))
      return RetryOrFail(a.index, std::move(out), ParseRetryAfterMs(a.retry_after, absl::ToUnixMillis(absl::Now())));
    std::string hint;
    if (status == 401 || status == 403) hint = " (check the API key)";
    else if (status == 404) hint = " (check the endpoint URL, which should end in /v1, and the model name)";
    fatal_ = absl::FailedPreconditionError(absl::StrCat(url_, " answered HTTP ", status, hint, ": ", body));
  }

  void CompleteTransportError(const Attempt& a, CURLcode code, ChatOutcome&& out) {
    out.error = absl::StrCat("transport error: ", curl_easy_strerror(code));
    if (Unreachable(code) && !any_success_) {
      fatal_ = absl::UnavailableError(absl::StrCat("cannot reach ", url_, ": ", curl_easy_strerror(code)));
      return;
    }
    RetryOrFail(a.index, std::move(out), std::nullopt);
  }

  // HTTP 200: the answer, or (broken stream, malformed JSON) a retry.
  void CompleteOk(Attempt& a, ChatOutcome&& out) {
    std::string error;
    if (a.stream) {
      if (a.parser.Finish()) {
        out.ok = true;
        out.answer = a.parser.content();
        out.finish_reason = a.parser.finish_reason();
      } else {
        error = a.parser.error();
      }
    } else if (internal::ParseChatCompletion(a.raw, &out.answer, &out.finish_reason, &error)) {
      out.ok = true;
    }
    if (out.ok) return Finish(a.index, std::move(out));
    out.error = error;
    out.answer.clear();
    RetryOrFail(a.index, std::move(out), std::nullopt);
  }

  // Servers echo the key they were sent ("Incorrect API key provided: ...");
  // no error message carries it on.
  std::string Redact(std::string text) const {
    const std::string& key = config_.api_key;
    if (key.empty()) return text;
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at))
      text.replace(at, key.size(), "[api key]");
    return text;
  }

  void Finish(size_t index, ChatOutcome&& outcome) {
    outcome.error = Redact(std::move(outcome.error));
    outcome.id = requests_[index].id;
    outcome.attempts = attempts_[index];
    if (outcome.ok) ++stats_.done, any_success_ = true;
    else ++stats_.failed;
    on_outcome_(std::move(outcome));
  }

  // Queues a retry after Retry-After (capped, plus up to 10% jitter) or an
  // exponential backoff with full jitter; an outcome once retries are spent.
  void RetryOrFail(size_t index, ChatOutcome&& outcome, std::optional<int64_t> retry_after_ms) {
    if (attempts_[index] > config_.max_retries) {
      outcome.error = absl::StrCat(outcome.error, " (gave up after ", attempts_[index], " attempts)");
      return Finish(index, std::move(outcome));
    }
    int64_t delay;
    if (retry_after_ms) {
      delay = std::min(*retry_after_ms, config_.retry_after_max_ms);
      delay += static_cast<int64_t>(rng_() % static_cast<uint64_t>(delay / 10 + 1));
    } else {
      int64_t cap = config_.backoff_initial_ms;
      for (int i = 1; i < attempts_[index] && cap < config_.backoff_max_ms; ++i) cap *= 2;
      cap = std::min(cap, config_.backoff_max_ms);
      delay = static_cast<int64_t>(rng_() % static_cast<uint64_t>(cap + 1));  // full jitter
    }
    ++stats_.retries;
    waiting_.push({Clock::now() + std::chrono::milliseconds(delay), index});
  }

  void MaybeTick() {
    const Clock::time_point now = Clock::now();
    if (!on_tick_ || MsBetween(last_tick_, now) < 200) return;
    last_tick_ = now;
    stats_.in_flight = static_cast<int64_t>(active_.size());
    stats_.queued = static_cast<int64_t>(ready_.size() + waiting_.size());
    on_tick_(stats_);
  }

  // Sleeps (nothing in flight) or polls the sockets until the next due
  // retry, the next allowed start, or at most 100 ms.
  void WaitForWork() {
    const Clock::time_point now = Clock::now();
    int64_t wait_ms = 100;
    if (!waiting_.empty())
      wait_ms = std::min<int64_t>(wait_ms, std::max<int64_t>(0, MsBetween(now, waiting_.top().due)));
    if (!ready_.empty() && static_cast<int>(active_.size()) < concurrency_)
      wait_ms = std::min<int64_t>(wait_ms, std::max<int64_t>(0, MsBetween(now, next_start_)));
    if (active_.empty()) {
      if (wait_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    } else {
      curl_multi_poll(multi_.get(), nullptr, 0, static_cast<int>(wait_ms), nullptr);
    }
  }

  const ChatClient& client_;
  const EndpointConfig& config_;
  const std::vector<ChatRequest>& requests_;
  const std::function<void(ChatOutcome&&)>& on_outcome_;
  const std::function<void(const ClientStats&)>& on_tick_;
  const int concurrency_;
  const double rpm_interval_ms_;
  std::string url_;
  std::vector<int> attempts_;
  std::mt19937_64 rng_;
  std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi_;
  std::deque<size_t> ready_;
  std::priority_queue<RetryEntry, std::vector<RetryEntry>, std::greater<RetryEntry>> waiting_;
  std::vector<std::unique_ptr<Attempt>> active_;
  ClientStats stats_;
  bool any_success_ = false;
  absl::Status fatal_;
  Clock::time_point next_start_ = Clock::now();
  Clock::time_point last_tick_ = Clock::now();
};

}  // namespace

absl::Status ChatClient::Run(const std::vector<ChatRequest>& requests,
                             const std::function<void(ChatOutcome&&)>& on_outcome,
                             const std::function<void(const ClientStats&)>& on_tick,
                             const std::atomic<bool>* cancel) {
  if (absl::Status s = EnsureCurlGlobalInit(); !s.ok()) return s;
  if (!config_.extra_body_json.empty()) {
    nlohmann::json extra = nlohmann::json::parse(config_.extra_body_json, nullptr, false);
    if (!extra.is_object()) return absl::InvalidArgumentError("extra body is not a JSON object");
  }
  RunLoop loop(*this, config_, requests, on_outcome, on_tick);
  return loop.Loop(cancel);
}

}  // namespace lanjie
