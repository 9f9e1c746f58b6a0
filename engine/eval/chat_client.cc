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

absl::Status ChatClient::Run(const std::vector<ChatRequest>& requests,
                             const std::function<void(ChatOutcome&&)>& on_outcome,
                             const std::function<void(const ClientStats&)>& on_tick,
                             const std::atomic<bool>* cancel) {
  if (absl::Status s = EnsureCurlGlobalInit(); !s.ok()) return s;
  if (!config_.extra_body_json.empty()) {
    nlohmann::json extra = nlohmann::json::parse(config_.extra_body_json, nullptr, false);
    if (!extra.is_object()) return absl::InvalidArgumentError("extra body is not a JSON object");
  }
  std::string url = config_.base_url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  url += "/chat/completions";
  const int concurrency = std::max(1, config_.concurrency);

  std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi(curl_multi_init(), &curl_multi_cleanup);
  if (!multi) return absl::InternalError("curl_multi_init failed");
  curl_multi_setopt(multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(concurrency));
  curl_multi_setopt(multi.get(), CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));

  std::mt19937_64 rng(config_.jitter_seed ? config_.jitter_seed
                                          : static_cast<uint64_t>(Clock::now().time_since_epoch().count()));
  std::deque<size_t> ready;
  for (size_t i = 0; i < requests.size(); ++i) ready.push_back(i);
  std::priority_queue<RetryEntry, std::vector<RetryEntry>, std::greater<RetryEntry>> waiting;
  std::vector<int> attempts(requests.size(), 0);
  std::vector<std::unique_ptr<Attempt>> active;  // small (<= concurrency): linear search is fine
  ClientStats stats;
  bool any_success = false;
  absl::Status fatal;
  const double rpm_interval_ms = config_.requests_per_minute > 0 ? 60000.0 / config_.requests_per_minute : 0;
  Clock::time_point next_start = Clock::now();
  Clock::time_point last_tick = Clock::now();

  auto start_attempt = [&](size_t index) {
    auto a = std::make_unique<Attempt>();
    a->index = index;
    a->stream = config_.stream;
    a->body = RequestBody(requests[index].prompt);
    a->easy = curl_easy_init();
    a->headers = curl_slist_append(a->headers, "Content-Type: application/json");
    a->headers = curl_slist_append(a->headers, config_.stream ? "Accept: text/event-stream" : "Accept: application/json");
    if (!config_.api_key.empty())
      a->headers = curl_slist_append(a->headers, ("Authorization: Bearer " + config_.api_key).c_str());
    for (const std::string& h : config_.headers) a->headers = curl_slist_append(a->headers, h.c_str());
    CURL* e = a->easy;
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
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
    ++attempts[index];
    curl_multi_add_handle(multi.get(), e);
    active.push_back(std::move(a));
  };

  auto finish = [&](size_t index, ChatOutcome&& outcome) {
    outcome.id = requests[index].id;
    outcome.attempts = attempts[index];
    if (outcome.ok) ++stats.done, any_success = true;
    else ++stats.failed;
    on_outcome(std::move(outcome));
  };

  auto retry_or_fail = [&](size_t index, ChatOutcome&& outcome, std::optional<int64_t> retry_after_ms) {
    if (attempts[index] > config_.max_retries) {
      outcome.error = absl::StrCat(outcome.error, " (gave up after ", attempts[index], " attempts)");
      finish(index, std::move(outcome));
      return;
    }
    int64_t delay;
    if (retry_after_ms) {
      delay = std::min(*retry_after_ms, config_.retry_after_max_ms);
      delay += static_cast<int64_t>(rng() % static_cast<uint64_t>(delay / 10 + 1));
    } else {
      int64_t cap = config_.backoff_initial_ms;
      for (int i = 1; i < attempts[index] && cap < config_.backoff_max_ms; ++i) cap *= 2;
      cap = std::min(cap, config_.backoff_max_ms);
      delay = static_cast<int64_t>(rng() % static_cast<uint64_t>(cap + 1));  // full jitter
    }
    ++stats.retries;
    waiting.push({Clock::now() + std::chrono::milliseconds(delay), index});
  };

  auto complete = [&](Attempt& a, CURLcode code) {
    ChatOutcome out;
    out.latency_ms = MsBetween(a.started, Clock::now());
    long status = 0;
    curl_easy_getinfo(a.easy, CURLINFO_RESPONSE_CODE, &status);
    out.http_status = static_cast<int>(status);
    if (code != CURLE_OK) {
      out.error = absl::StrCat("transport error: ", curl_easy_strerror(code));
      if ((code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
           code == CURLE_COULDNT_RESOLVE_PROXY || code == CURLE_UNSUPPORTED_PROTOCOL ||
           code == CURLE_URL_MALFORMAT || code == CURLE_SSL_CONNECT_ERROR ||
           code == CURLE_PEER_FAILED_VERIFICATION) &&
          !any_success) {
        fatal = absl::UnavailableError(absl::StrCat("cannot reach ", url, ": ", curl_easy_strerror(code)));
        return;
      }
      retry_or_fail(a.index, std::move(out), std::nullopt);
      return;
    }
    if (status == 200) {
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
      if (out.ok) {
        finish(a.index, std::move(out));
      } else {
        out.error = error;
        out.answer.clear();
        retry_or_fail(a.index, std::move(out), std::nullopt);
      }
      return;
    }
    out.error = absl::StrCat("HTTP ", status, ": ", Clip(a.error_body));
    if (status == 429 || status == 408 || status == 409 || status >= 500) {
      retry_or_fail(a.index, std::move(out),
                    ParseRetryAfterMs(a.retry_after, absl::ToUnixMillis(absl::Now())));
      return;
    }
    std::string hint;
    if (status == 401 || status == 403) hint = " (check the API key)";
    else if (status == 404) hint = " (check the endpoint URL, which should end in /v1, and the model name)";
    fatal = absl::FailedPreconditionError(absl::StrCat(url, " answered HTTP ", status, hint, ": ",
                                                       Clip(a.error_body)));
  };

  while (true) {
    if (cancel && cancel->load()) {
      fatal = absl::CancelledError("interrupted");
    }
    if (!fatal.ok()) break;
    Clock::time_point now = Clock::now();
    while (!waiting.empty() && waiting.top().due <= now) {
      ready.push_back(waiting.top().index);
      waiting.pop();
    }
    while (static_cast<int>(active.size()) < concurrency && !ready.empty() && next_start <= now) {
      start_attempt(ready.front());
      ready.pop_front();
      if (rpm_interval_ms > 0) {
        next_start = std::max(next_start, now - std::chrono::milliseconds(1000)) +
                     std::chrono::microseconds(static_cast<int64_t>(rpm_interval_ms * 1000));
      }
    }
    if (active.empty() && ready.empty() && waiting.empty()) break;

    int running = 0;
    curl_multi_perform(multi.get(), &running);
    int pending_msgs = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi.get(), &pending_msgs)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* e = msg->easy_handle;
      CURLcode code = msg->data.result;
      curl_multi_remove_handle(multi.get(), e);
      auto it = std::find_if(active.begin(), active.end(), [&](const auto& a) { return a->easy == e; });
      if (it == active.end()) continue;
      std::unique_ptr<Attempt> a = std::move(*it);
      active.erase(it);
      complete(*a, code);
    }
    now = Clock::now();
    if (on_tick && MsBetween(last_tick, now) >= 200) {
      last_tick = now;
      stats.in_flight = static_cast<int64_t>(active.size());
      stats.queued = static_cast<int64_t>(ready.size() + waiting.size());
      on_tick(stats);
    }
    int64_t wait_ms = 100;
    if (!waiting.empty()) wait_ms = std::min<int64_t>(wait_ms, std::max<int64_t>(0, MsBetween(now, waiting.top().due)));
    if (!ready.empty() && static_cast<int>(active.size()) < concurrency)
      wait_ms = std::min<int64_t>(wait_ms, std::max<int64_t>(0, MsBetween(now, next_start)));
    if (active.empty()) {
      if (wait_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(wait_ms));
    } else {
      curl_multi_poll(multi.get(), nullptr, 0, static_cast<int>(wait_ms), nullptr);
    }
  }
  for (auto& a : active) curl_multi_remove_handle(multi.get(), a->easy);
  active.clear();
  if (on_tick) {
    stats.in_flight = 0;
    stats.queued = static_cast<int64_t>(ready.size() + waiting.size());
    on_tick(stats);
  }
  return fatal;
}

}  // namespace lanjie
