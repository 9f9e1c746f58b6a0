#include "lanjie/serve/sidecar.h"

#include <chrono>
#include <optional>

#include "absl/strings/str_cat.h"
#include "error_body.h"
#include "moderation.h"
#include "lanjie/serve/user_gate.h"
#include "lanjie/match/scanner_pool.h"
#include "lanjie/match/scanner.h"

namespace lanjie::serve {
namespace {

constexpr char kJson[] = "application/json";

// Per loop thread: the buffers of one request, reused so that a request
// allocates nothing for them once they have grown to the largest request
// seen. The thread's Scanner comes from the engine's ScannerPool.
struct ThreadScratch {
  ModerationRequest request;
  std::vector<std::vector<Hit>> hits;
  std::string body;  // the response body
};

ThreadScratch& Scratch() {
  thread_local ThreadScratch scratch;
  return scratch;
}

}  // namespace

Sidecar::Sidecar(ArtifactSlot* slot, Metrics* metrics, SidecarOptions options)
    : slot_(slot), metrics_(metrics), options_(options), reload_thread_([this] { ReloadLoop(); }) {}

Sidecar::~Sidecar() {
  {
    std::lock_guard<std::mutex> lock(reload_mu_);
    stopping_ = true;
  }
  reload_cv_.notify_all();
  reload_thread_.join();
}

void Sidecar::ReloadLoop() {
  for (;;) {
    std::shared_ptr<Exchange> ex;
    {
      std::unique_lock<std::mutex> lock(reload_mu_);
      reload_cv_.wait(lock, [this] { return stopping_ || !reload_queue_.empty(); });
      if (reload_queue_.empty()) return;
      ex = std::move(reload_queue_.front());
      reload_queue_.pop_front();
    }
    Reload(ex);
  }
}

void Sidecar::Reload(const std::shared_ptr<Exchange>& ex) {
  const auto started = std::chrono::steady_clock::now();
  int status = 200;
  std::string body;
  if (auto st = slot_->Reload(); st.ok()) {
    body = absl::StrCat("{\"status\":\"reloaded\",\"artifact_hash\":\"", slot_->Get()->artifact()->list_hash(), "\"}");
  } else {
    status = 500;
    body = ErrorBody(absl::StrCat("reload failed, still serving the previous artifact: ", st.message()), "server_error",
                     "reload_failed");
  }
  ex->Reply(status, kJson, std::move(body));
  metrics_->CountRequest(Metrics::kReload, status,
                         std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

Metrics::ArtifactInfo DescribeArtifact(const ArtifactSlot& slot) {
  Metrics::ArtifactInfo info;
  if (auto f = slot.Get()) {
    info.name = f->artifact()->name();
    info.version = f->artifact()->list_version();
    info.hash = f->artifact()->list_hash();
    info.format_version = f->artifact()->info().format;  // 5, or 6 with a side matcher
  }
  info.reloads_ok = slot.reloads_ok();
  info.reloads_failed = slot.reloads_failed();
  return info;
}

namespace {

// Each step below returns 0 to go on, or the HTTP status of the response it
// wrote into *body.

// Who a moderation request counts against: nobody without user
// accountability or when the request names no user (the sidecar's caller is
// the service, and its own address would be counted).
int IdentifyCaller(users::UserAccounts* users, const Exchange& ex, const ModerationRequest& req,
                   std::optional<users::Identity>* who, std::string* body) {
  if (!users) return 0;
  auto id = IdentifyUser(users, ex, req.has_user ? &req.user : nullptr);
  if (!id.ok()) {
    *body = ErrorBody(std::string(id.status().message()), "invalid_request_error", "invalid_user_id");
    return 400;
  }
  if (std::string_view(id->source) != "address") *who = std::move(*id);
  return 0;
}

// Scans every text of `req` into hits[i] with the thread's scanner and
// counts the hits in the metrics.
int ScanTexts(const std::shared_ptr<const Artifact>& artifact, const ModerationRequest& req, Metrics* metrics,
              std::vector<std::vector<Hit>>* hits, std::string* body) {
  auto scanner = ScannerPool::ThreadScanner(artifact);
  if (!scanner.ok()) {
    *body = ErrorBody(std::string(scanner.status().message()), "server_error");
    return 500;
  }
  if (hits->size() < req.texts.size()) hits->resize(req.texts.size());  // never shrunk: keeps the capacities
  for (size_t i = 0; i < req.texts.size(); ++i) {
    if (auto st = (*scanner)->Scan(req.texts[i], &(*hits)[i]); !st.ok()) {
      *body = ErrorBody(std::string(st.message()), "server_error");
      return 500;
    }
    for (const Hit& h : (*hits)[i]) {
      const CompiledEntry e = artifact->entries()[h.entry];
      metrics->CountHit(std::string(e.risk), ActionName(e.action), "moderate");
    }
  }
  metrics->CountTexts(req.texts.size());
  return 0;
}

// The response for a request that names user `who`: the violation (any text
// with a hit that counts under the policy) or clean request is recorded, and
// the user's state goes last in the response object.
users::Event CountedEvent(const users::UserPolicy& policy, const Artifact& artifact, const ModerationRequest& req,
                          const std::vector<std::vector<Hit>>& hits) {
  for (size_t i = 0; i < req.texts.size(); ++i)
    if (CountsAgainstUser(policy, artifact, hits[i])) return users::Event::kViolation;
  return users::Event::kClean;
}

// Completes a response whose moderation part is in *body (without its
// closing '}') with the user's decision; 503 when the store failed closed.
int FinishUserResponse(const users::UserAccounts& users, const users::Identity& who, users::Event event,
                       const absl::StatusOr<users::UserAccounts::Decision>& decision, std::string* body) {
  if (!decision.ok()) {
    *body = ErrorBody(std::string(decision.status().message()), "server_error", "user_store_unavailable");
    return 503;
  }
  AppendUserJson(who, &*decision, event, users.options().policy, body);
  body->push_back('}');
  return 200;
}

int RecordAndRespond(users::UserAccounts* users, const users::Identity& who, const Artifact& artifact,
                     const ModerationRequest& req, const std::vector<std::vector<Hit>>& hits, std::string* body) {
  const users::Event event = CountedEvent(users->options().policy, artifact, req, hits);
  auto decision = users->Record(who, event, "");
  AppendModerationResponse(artifact, req.texts, hits, body);
  body->pop_back();  // the closing '}'
  return FinishUserResponse(*users, who, event, decision, body);
}

// The per-loop-thread state of user accountability.
struct LoopUsers {
  std::unique_ptr<users::UserStore::AsyncSession> session;  // null: the store has none
};

// GET /readyz: 200 with the list's hash and version (and the user store's
// state) when a list is loaded and the user store answers; else 503.
int Readyz(const ArtifactSlot& slot, users::UserAccounts* users, std::string* body) {
  auto f = slot.Get();
  if (!f) {
    *body = ErrorBody("no artifact loaded", "server_error", "not_ready");
    return 503;
  }
  bool users_ready = true;
  const std::string user_store = users ? UserStoreReadyz(users, &users_ready) : "";
  *body = absl::StrCat("{\"status\":\"", users_ready ? "ready" : "not_ready", "\",\"artifact_hash\":\"",
                       f->artifact()->list_hash(), "\",\"list_version\":", QuotedJson(f->artifact()->list_version()),
                       user_store.empty() ? "" : ",\"user_store\":", user_store, "}");
  return users_ready ? 200 : 503;
}

}  // namespace

users::UserStore::AsyncSession* Sidecar::LoopSession(const Exchange& ex) {
  std::shared_ptr<void>& slot = ex.LoopLocal(this);
  if (!slot) {
    auto loop_users = std::make_shared<LoopUsers>();
    loop_users->session = options_.users->store()->OpenAsync(ex.loop_base());
    slot = std::move(loop_users);
  }
  return static_cast<LoopUsers*>(slot.get())->session.get();
}

int Sidecar::Moderate(const std::shared_ptr<Exchange>& exchange, std::string* body,
                      std::chrono::steady_clock::time_point started) {
  const Exchange& ex = *exchange;
  if (ex.body_too_large()) {
    *body = ErrorBody("request body exceeds the size limit", "invalid_request_error", "body_too_large");
    return 413;
  }
  ThreadScratch& scratch = Scratch();
  ModerationRequest& req = scratch.request;
  if (auto st = ParseModerationRequest(ex.body(), options_.max_texts, &req); !st.ok()) {
    *body = ErrorBody(std::string(st.message()), "invalid_request_error", "invalid_request");
    return 400;
  }
  std::optional<users::Identity> who;
  if (int status = IdentifyCaller(options_.users, ex, req, &who, body)) return status;
  std::shared_ptr<const Filter> filter = slot_->Get();
  if (!filter) {
    *body = ErrorBody("no artifact loaded", "server_error", "not_ready");
    return 503;
  }
  if (int status = ScanTexts(filter->artifact(), req, metrics_, &scratch.hits, body)) return status;
  if (who) {
    users::UserStore::AsyncSession* session = LoopSession(ex);
    if (!session) return RecordAndRespond(options_.users, *who, *filter->artifact(), req, scratch.hits, body);
    // The store answers later, on this loop: the moderation part of the
    // answer is written now (the thread's scratch serves other requests
    // meanwhile) and completed in the callback.
    const users::Event event = CountedEvent(options_.users->options().policy, *filter->artifact(), req, scratch.hits);
    std::string partial;
    AppendModerationResponse(*filter->artifact(), req.texts, scratch.hits, &partial);
    partial.pop_back();  // the closing '}'
    options_.users->RecordAsync(
        session, *who, event, "",
        [this, exchange, who = *who, event, partial = std::move(partial),
         started](absl::StatusOr<users::UserAccounts::Decision> decision) mutable {
          const int status = FinishUserResponse(*options_.users, who, event, decision, &partial);
          exchange->Reply(status, kJson, partial);
          metrics_->CountRequest(Metrics::kModerate, status,
                                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        });
    return kDeferred;
  }
  AppendModerationResponse(*filter->artifact(), req.texts, scratch.hits, body);
  return 200;
}

void Sidecar::Handle(const std::shared_ptr<Exchange>& ex) {
  const auto started = std::chrono::steady_clock::now();
  const std::string& path = ex->path();
  const bool get = ex->method() == "GET" || ex->method() == "HEAD";
  const bool post = ex->method() == "POST";
  Metrics::Route route = Metrics::kOther;
  int status = 200;
  // The thread's response buffer: Reply() copies it before returning, as
  // Handle() runs on the loop thread.
  std::string& body = Scratch().body;
  body.clear();
  const char* content_type = kJson;
  auto wrong_method = [&](const char* allowed) {
    status = 405;
    body = ErrorBody(absl::StrCat(ex->method(), " is not allowed on ", path, "; use ", allowed),
                     "invalid_request_error", "method_not_allowed");
  };
  if (path == "/v1/moderate") {
    route = Metrics::kModerate;
    if (post) status = Moderate(ex, &body, started);
    else wrong_method("POST");
    if (status == kDeferred) return;  // answered and counted when the user store replies
  } else if (path == "/healthz") {
    route = Metrics::kHealthz;
    if (get) body = "{\"status\":\"ok\"}";
    else wrong_method("GET");
  } else if (path == "/readyz") {
    route = Metrics::kReadyz;
    if (get) status = Readyz(*slot_, options_.users, &body);
    else wrong_method("GET");
  } else if (path == "/metrics") {
    route = Metrics::kMetrics;
    if (get) {
      content_type = "text/plain; version=0.0.4; charset=utf-8";
      body = metrics_->Render(DescribeArtifact(*slot_)) + (options_.users ? options_.users->RenderMetrics() : "");
    } else {
      wrong_method("GET");
    }
  } else if (path == "/v1/reload") {
    route = Metrics::kReload;
    if (post) {
      std::lock_guard<std::mutex> lock(reload_mu_);
      reload_queue_.push_back(ex);
      reload_cv_.notify_one();
      return;  // answered and counted by the reload thread
    }
    wrong_method("POST");
  } else {
    status = 404;
    body = ErrorBody(absl::StrCat("unknown route ", path), "not_found_error", "unknown_route");
  }
  ex->Reply(status, content_type, body);
  metrics_->CountRequest(route, status,
                         std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

}  // namespace lanjie::serve
