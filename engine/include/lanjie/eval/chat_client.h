// Client for OpenAI-compatible chat completion endpoints
// (BASE_URL/chat/completions), built for replaying thousands of questions:
// one event-loop thread on the libcurl multi interface, keep-alive
// connections, HTTP/2 where the server offers it, a concurrency limit, a
// requests-per-minute limit, retries with exponential backoff and full
// jitter on 429, 5xx, timeouts, dropped connections, broken streams and
// malformed JSON (honouring Retry-After), and a per-request timeout.
//
// Streaming (SSE) is the default. A stream that ends without `data: [DONE]`
// or a finish_reason, or that carries malformed JSON, is an error for that
// attempt, never a shorter answer.
//
// Fatal answers stop the whole run: 401, 403, 404 (wrong URL or model), other
// 4xx except 408/409/429, and an endpoint that cannot be reached before any
// request has succeeded. The run then returns an error status; outcomes
// already delivered stay valid.
//
// The API key is sent as a header and nowhere else: a server that echoes it
// in an error body has it replaced by "[api key]" in every message (outcome
// errors and the status of Run).
//
// Usage:
//   EndpointConfig config;  config.base_url = "http://host:8000/v1"; config.model = "m";
//   ChatClient client(config);
//   absl::Status s = client.Run(requests, [&](ChatOutcome&& o) { ... });
#ifndef LANJIE_CHAT_CLIENT_H_
#define LANJIE_CHAT_CLIENT_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"

namespace lanjie {

// Where and how to ask. Defaults are those of `lanjie eval run`.
struct EndpointConfig {
  std::string base_url;  // e.g. "http://127.0.0.1:8000/v1"; requests go to base_url + "/chat/completions"
  std::string model;
  std::string api_key;   // sent as "Authorization: Bearer"; never logged or stored
  std::string system_prompt;
  std::optional<double> temperature;
  std::optional<int64_t> max_tokens;
  std::string extra_body_json;        // a JSON object merged into every request body
  std::vector<std::string> headers;   // "Name: value"
  bool stream = true;
  int concurrency = 8;                // requests in flight
  double requests_per_minute = 0;     // 0: unlimited
  int max_retries = 5;                // retries per question after the first attempt (0 allowed)
  int64_t timeout_ms = 120000;        // per attempt, whole transfer
  int64_t connect_timeout_ms = 10000;
  int64_t backoff_initial_ms = 500;   // first retry waits up to this (full jitter), doubling
  int64_t backoff_max_ms = 30000;     // cap for computed backoff
  int64_t retry_after_max_ms = 120000;  // cap for a server's Retry-After
  uint64_t jitter_seed = 0;           // 0: seeded from the clock
};

struct ChatRequest {
  std::string id;      // echoed in the outcome; the client does not need it unique
  std::string prompt;  // the user message
};

// The final word on one request, after its retries.
struct ChatOutcome {
  std::string id;
  bool ok = false;
  std::string answer;
  std::string finish_reason;
  std::string error;       // last error when !ok
  int http_status = 0;     // of the last attempt
  int attempts = 0;
  double latency_ms = 0;   // of the successful (or last) attempt
};

// Counts of one Run so far (passed to on_tick): outcomes ok / failed,
// retries scheduled, transfers in flight, requests waiting (new or retries).
struct ClientStats {
  int64_t done = 0, failed = 0, retries = 0, in_flight = 0, queued = 0;
};

// Thread safety: a ChatClient holds only its configuration. Run may be
// called from several threads at once, on one client or several: each call
// has its own event loop, connections and retry state (libcurl's global
// initialisation runs once per process). Cost: one thread (the caller's) per
// Run; memory grows with `concurrency` in-flight transfers, not with the
// number of requests beyond the request list itself. Copyable (it is its
// configuration). Call order: none; Run may be called any number of times.
class ChatClient {
 public:
  // Never fails; a bad configuration shows in Run.
  explicit ChatClient(EndpointConfig config);

  // Sends every request; calls `on_outcome` on the calling thread (the event
  // loop) as each finishes, successful or not after its retries. Returns OK
  // when every request got an outcome; an error when a fatal answer stopped
  // the run or `cancel` became true (requests without an outcome are then
  // simply not reported). `on_tick` (optional) is called about every 200 ms.
  // Status codes: InvalidArgument (extra_body_json is not a JSON object);
  // Unavailable (the endpoint could not be reached before any request had
  // succeeded); FailedPrecondition (a fatal HTTP status: 401, 403, 404 or
  // another 4xx except 408/409/429); Cancelled (`cancel` became true);
  // Internal (libcurl could not be set up). A question that fails after its
  // retries is an outcome with ok == false, not an error of Run.
  absl::Status Run(const std::vector<ChatRequest>& requests,
                   const std::function<void(ChatOutcome&&)>& on_outcome,
                   const std::function<void(const ClientStats&)>& on_tick = nullptr,
                   const std::atomic<bool>* cancel = nullptr);

  // Builds the JSON body for one prompt (exposed for tests). Invalid UTF-8 in
  // the prompt is replaced (U+FFFD); an extra_body_json that is not an object
  // is ignored here (Run refuses it).
  std::string RequestBody(const std::string& prompt) const;

 private:
  EndpointConfig config_;
};

// Parses a Retry-After value (delta seconds, possibly fractional, or an
// HTTP date); returns milliseconds to wait, or nullopt when unparseable.
std::optional<int64_t> ParseRetryAfterMs(std::string_view value, int64_t now_unix_ms);

}  // namespace lanjie

#endif  // LANJIE_CHAT_CLIENT_H_
