// `lanjie serve`: the HTTP sidecar's routes.
//
//   POST /v1/moderate  scan one text or a batch (see moderation.h); with user
//                      accountability on (SidecarOptions::users) the request
//                      is counted for its user (the "user" field, a header,
//                      the key or the client address) and the answer gains
//                      "user":{...} with the user's state (user_gate.h): the
//                      service that embeds lanjie enforces the suspension.
//                      With Redis the store is asked without blocking the
//                      loop thread (UserStore::AsyncSession: one pipelined
//                      connection per loop thread) and the answer is sent
//                      when Redis replied; SQLite is asked on the loop
//                      thread (a short local transaction).
//   GET  /healthz      the process is up
//   GET  /readyz       an artifact is loaded (503 before)
//   GET  /metrics      Prometheus text (metrics.h)
//   POST /v1/reload    reload the artifact file; a bad file leaves the old
//                      one serving and answers 500 with the reason
// Anything else: 404 (unknown route) or 405 (wrong method); all errors have
// an OpenAI-style JSON body. Handle() runs on the server's loop threads, each
// with its own Scanner, rebuilt when the artifact was swapped.
#ifndef LANJIE_ENGINE_SERVE_SIDECAR_H_
#define LANJIE_ENGINE_SERVE_SIDECAR_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "absl/status/status.h"
#include "lanjie/serve/artifact_slot.h"
#include "lanjie/serve/http_server.h"
#include "lanjie/serve/metrics.h"
#include "lanjie/users/accounts.h"

namespace lanjie::serve {

struct SidecarOptions {
  size_t max_texts = 256;  // per batch request
  users::UserAccounts* users = nullptr;  // not owned; null: no user accountability
};

class Sidecar {
 public:
  Sidecar(ArtifactSlot* slot, Metrics* metrics, SidecarOptions options);
  ~Sidecar();  // answers queued reloads, joins the reload thread

  void Handle(const std::shared_ptr<Exchange>& ex);

 private:
  // Returns the status of the response in *body, or kDeferred when the
  // user store answers later and the callback replies (and counts the request).
  static constexpr int kDeferred = -1;
  int Moderate(const std::shared_ptr<Exchange>& ex, std::string* body, std::chrono::steady_clock::time_point started);
  // This loop thread's asynchronous session of the user store, or null (none: SQLite).
  users::UserStore::AsyncSession* LoopSession(const Exchange& ex);
  // Reloads run on their own thread: loading takes milliseconds and must
  // not stall an event loop's other connections.
  void ReloadLoop();
  void Reload(const std::shared_ptr<Exchange>& ex);

  ArtifactSlot* slot_;
  Metrics* metrics_;
  SidecarOptions options_;
  std::mutex reload_mu_;
  std::condition_variable reload_cv_;
  std::deque<std::shared_ptr<Exchange>> reload_queue_;
  bool stopping_ = false;
  std::thread reload_thread_;
};

// Metrics::ArtifactInfo for the slot's current artifact.
Metrics::ArtifactInfo DescribeArtifact(const ArtifactSlot& slot);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_SIDECAR_H_
