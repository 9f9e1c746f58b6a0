// `lanjie proxy`: an OpenAI-compatible guard in front of an upstream
// chat-completions server.
//
//   POST /v1/chat/completions
//     input filter:  the messages are scanned (content, tool results, and
//                    the arguments of assistant tool calls); a block hit is
//                    answered by the proxy with the refusal as a normal
//                    completion (streamed or not, as asked) and never
//                    forwarded; mask hits are masked before forwarding;
//                    review hits pass.
//     output filter: stream=true - every SSE chunk's delta.content,
//                    delta.reasoning_content and each tool call's
//                    delta.tool_calls[].function.arguments pass through a
//                    StreamFilter of their own (per choice, per tool call
//                    index) and are re-emitted as valid chunks; a block ends
//                    the stream with the refusal in the content,
//                    finish_reason "content_filter" and [DONE].
//                    stream=false - each choice's content, reasoning and
//                    tool call arguments are filtered whole; a block
//                    replaces the message (tool calls dropped) with the
//                    refusal. Arguments are scanned as the JSON text they
//                    are (a keyword written with \u escapes is not seen).
//   GET  /v1/models     forwarded unchanged.
//   GET  /healthz, /readyz, /metrics
// With user accountability on (ProxyOptions::users, engine/users/): the
// user is identified before the input filter (a bad identity: 400
// invalid_user_id), the request counted (a counting input hit: violation;
// none: clean) and a suspended user answered 403 user_suspended without
// calling the upstream (user_gate.h). The store failing closed: 503
// user_store_unavailable.
// Every interception goes to the audit log. Upstream failures become
// OpenAI-style errors: the upstream's own error body and status when it sent
// one, else 502 (garbage, connection refused or dropped) or 504 (timeout);
// once a stream has started, an SSE event {"error":{...}} ends it. Nothing
// the upstream sends reaches the client without passing the filter.
//
// Threads: requests are parsed on the event loops and then run on a pool
// of `workers` threads (each blocks on its upstream call); a full queue
// answers 503.
#ifndef LANJIE_ENGINE_SERVE_PROXY_H_
#define LANJIE_ENGINE_SERVE_PROXY_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "lanjie/serve/artifact_slot.h"
#include "lanjie/serve/audit_log.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/serve/metrics.h"
#include "lanjie/users/accounts.h"

namespace lanjie::serve {

struct ProxyOptions {
  std::string upstream_base;  // e.g. "http://127.0.0.1:4010/v1" (no trailing slash needed)
  // Sent as "Authorization: Bearer ..." upstream. Empty: the client's own
  // Authorization header is forwarded. Never logged or echoed.
  std::string api_key;
  int workers = 16;
  size_t max_queue = 1024;
  int connect_timeout_seconds = 10;
  int idle_timeout_seconds = 60;  // no byte from upstream for this long: 504
  int total_timeout_seconds = 600;
  size_t max_upstream_body = 16 << 20;  // non-streaming answers larger than this: 502
  users::UserAccounts* users = nullptr;  // not owned; null: no user accountability
};

class Proxy {
 public:
  Proxy(ArtifactSlot* slot, Metrics* metrics, AuditLog* audit, ProxyOptions options);
  ~Proxy();  // finishes queued requests, joins the workers

  void Handle(const std::shared_ptr<Exchange>& ex);

 private:
  void Enqueue(std::function<void()> job, const std::shared_ptr<Exchange>& ex);
  void WorkerLoop();
  void ChatCompletions(const std::shared_ptr<Exchange>& ex);
  void Models(const std::shared_ptr<Exchange>& ex);

  ArtifactSlot* slot_;
  Metrics* metrics_;
  AuditLog* audit_;
  ProxyOptions options_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_PROXY_H_
