// A small multi-threaded HTTP/1.1 server on libevent's evhttp: one event
// loop per worker thread, all accepting on one listening socket (the kernel
// hands each connection to one loop). Handlers run on the loop thread; a
// handler that must wait (an upstream call) hands the Exchange to another
// thread, and every Exchange call is then posted back to the loop.
//
// Limits: request bodies over `max_body_bytes` get 413 (the handler's JSON
// up to 4 x max_body_bytes + 4 KiB; beyond that, and for request heads over
// 64 KiB, libevent 2.1's own HTML page: see Start()), connections idle or
// stalled for `timeout_seconds` are closed. Stop() stops accepting, lets
// requests in flight finish (up to `drain_ms`), then ends the loops: it
// takes as long as the slowest request in flight, not `drain_ms`.
#ifndef LANJIE_ENGINE_SERVE_HTTP_SERVER_H_
#define LANJIE_ENGINE_SERVE_HTTP_SERVER_H_

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

struct evhttp_request;
struct event_base;

namespace lanjie::serve {

struct HttpServerOptions {
  std::string host = "127.0.0.1";  // loopback unless the user asks otherwise
  int port = 8080;                 // 0: any free port (see HttpServer::port())
  int threads = 2;
  size_t max_body_bytes = 1 << 20;
  int timeout_seconds = 30;
  int drain_ms = 2000;
};

// An event loop as seen from other threads: posts are dropped once the loop
// has ended, so a worker finishing late never touches a freed event base.
struct LoopHandle {
  std::mutex mu;
  event_base* base = nullptr;  // null once the loop ended
  // Loop thread only: requests handed to the handler and not yet complete
  // (response written, or the client gone), and whether Stop() asked the
  // loop to end once that count is zero.
  int in_flight = 0;
  bool draining = false;
  // Loop thread only: objects that belong to this loop (a user store's
  // connection on it), by owner; destroyed on the loop thread when the loop
  // has ended, before its event base is freed.
  std::map<const void*, std::shared_ptr<void>> locals;
};

// One request and its response. Thread-safe: any thread may respond; calls
// after the client went away are ignored. Exactly one of Reply or
// StartStream..EndStream must be used.
class Exchange : public std::enable_shared_from_this<Exchange> {
 public:
  const std::string& method() const { return method_; }
  const std::string& path() const { return path_; }  // without the query
  const std::string& body() const { return body_; }
  // Request header value, "" when absent. Case-insensitive name.
  std::string Header(const std::string& name) const;
  // The client's address (no port), "" when unknown.
  const std::string& peer() const { return peer_; }
  // Set when the body exceeded the limit (the server answers 413 itself
  // only when evhttp did not deliver the request at all).
  bool body_too_large() const { return body_too_large_; }
  // Loop thread only (in the handler): the loop's event base, for I/O that
  // completes on this loop (the Exchange is then answered from a callback
  // on the loop), and `owner`'s per-loop slot (LoopHandle::locals).
  event_base* loop_base() const { return loop_->base; }
  std::shared_ptr<void>& LoopLocal(const void* owner) const { return loop_->locals[owner]; }

  // On the loop thread (in the handler) the response is queued before
  // Reply returns, with one copy of `body` into libevent's buffer; from
  // another thread `body` is copied and the send posted to the loop.
  void Reply(int status, const char* content_type, std::string_view body,
             std::vector<std::pair<std::string, std::string>> headers = {});
  void StartStream(int status, const char* content_type,
                   std::vector<std::pair<std::string, std::string>> headers = {});
  void Send(std::string chunk);
  void EndStream();
  // True once the client closed the connection (a streaming producer should stop).
  bool closed() const { return closed_.load(std::memory_order_relaxed); }

  ~Exchange();

 private:
  friend class HttpServer;
  friend struct ExchangeAccess;
  Exchange() = default;
  void RunOnLoop(std::function<void()> fn);
  bool OnLoop() const { return std::this_thread::get_id() == loop_thread_; }
  void SendReply(int status, const char* content_type, std::string_view body,
                 const std::vector<std::pair<std::string, std::string>>& headers);
  void Finish();  // loop thread: response complete or the client gone; forget the request

  evhttp_request* req_ = nullptr;  // loop thread only; null once complete or closed
  std::shared_ptr<LoopHandle> loop_;
  std::thread::id loop_thread_;
  std::string method_, path_, body_, peer_;
  std::vector<std::pair<std::string, std::string>> headers_;
  bool body_too_large_ = false;
  bool sent_ = false;  // loop thread: the whole response is queued (Reply or EndStream)
  std::atomic<bool> closed_{false};
  std::shared_ptr<Exchange> self_;  // keeps the exchange alive while the request is open
};

using HttpHandler = std::function<void(const std::shared_ptr<Exchange>&)>;


class HttpServer {
 public:
  // Binds the socket (errors: address in use, bad host) and starts the
  // worker threads.
  static absl::StatusOr<std::unique_ptr<HttpServer>> Start(const HttpServerOptions& options, HttpHandler handler);
  ~HttpServer();  // Stop() and Wait()

  int port() const { return port_; }
  // Thread-safe and async-signal-unsafe; call from any thread.
  void Stop();
  // Blocks until all worker threads ended.
  void Wait();

 private:
  struct Worker;
  HttpServer() = default;
  HttpServerOptions options_;
  HttpHandler handler_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::atomic<bool> stopping_{false};
};

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_HTTP_SERVER_H_
