#include "lanjie/serve/http_server.h"

#include <arpa/inet.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/thread.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "absl/strings/str_cat.h"

namespace lanjie::serve {

struct ExchangeAccess {
  // evhttp wrote the whole response.
  static void OnComplete(evhttp_request* req, void* arg) {
    auto* ex = static_cast<Exchange*>(arg);
    if (evhttp_connection* conn = evhttp_request_get_connection(req)) evhttp_connection_set_closecb(conn, nullptr, nullptr);
    ex->Finish();  // may free `ex`
  }
  static void OnClose(evhttp_connection* conn, void* arg) {
    auto* ex = static_cast<Exchange*>(arg);
    ex->closed_.store(true, std::memory_order_relaxed);
    // A response not yet queued: evhttp detaches the request, which stays
    // ours; the coming Reply/EndStream frees it. A response queued but not
    // yet written: evhttp frees the request with the connection and never
    // calls OnComplete, so the exchange ends here.
    if (ex->sent_) {
      evhttp_connection_set_closecb(conn, nullptr, nullptr);
      ex->Finish();  // may free `ex`
    }
  }
};

namespace {

std::once_flag evthread_once;

void RunPosted(evutil_socket_t, short, void* arg) {
  std::unique_ptr<std::function<void()>> fn(static_cast<std::function<void()>*>(arg));
  (*fn)();
}

void AddHeaders(evhttp_request* req, const char* content_type,
                const std::vector<std::pair<std::string, std::string>>& headers) {
  evkeyvalq* out = evhttp_request_get_output_headers(req);
  evhttp_add_header(out, "Content-Type", content_type);
  for (const auto& [name, value] : headers) evhttp_add_header(out, name.c_str(), value.c_str());
}

const char* Reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
  }
}

const char* MethodName(evhttp_cmd_type cmd) {
  switch (cmd) {
    case EVHTTP_REQ_GET: return "GET";
    case EVHTTP_REQ_POST: return "POST";
    case EVHTTP_REQ_HEAD: return "HEAD";
    case EVHTTP_REQ_PUT: return "PUT";
    case EVHTTP_REQ_DELETE: return "DELETE";
    case EVHTTP_REQ_OPTIONS: return "OPTIONS";
    case EVHTTP_REQ_PATCH: return "PATCH";
    default: return "OTHER";
  }
}

}  // namespace

Exchange::~Exchange() = default;

std::string Exchange::Header(const std::string& name) const {
  for (const auto& [k, v] : headers_)
    if (strcasecmp(k.c_str(), name.c_str()) == 0) return v;
  return "";
}

void Exchange::RunOnLoop(std::function<void()> fn) {
  if (OnLoop()) {
    fn();
    return;
  }
  static const timeval kNow = {0, 0};
  std::lock_guard<std::mutex> lock(loop_->mu);
  if (loop_->base == nullptr) return;  // the server has stopped
  auto* heap = new std::function<void()>(std::move(fn));
  if (event_base_once(loop_->base, -1, EV_TIMEOUT, RunPosted, heap, &kNow) != 0) delete heap;
}

void Exchange::Finish() {
  if (self_ == nullptr) return;  // already finished
  req_ = nullptr;
  LoopHandle& loop = *loop_;
  // The loop thread is the only writer of `base` (at its very end), so it
  // reads it without the lock.
  if (--loop.in_flight == 0 && loop.draining && loop.base) event_base_loopexit(loop.base, nullptr);
  std::shared_ptr<Exchange> keep = std::move(self_);  // may free `this` at scope end
}

void Exchange::SendReply(int status, const char* content_type, std::string_view body,
                         const std::vector<std::pair<std::string, std::string>>& headers) {
  if (req_ == nullptr || sent_) return;
  evhttp_request* req = req_;
  const bool was_closed = closed();
  AddHeaders(req, content_type, headers);
  evbuffer_add(evhttp_request_get_output_buffer(req), body.data(), body.size());
  sent_ = true;
  evhttp_send_reply(req, status, Reason(status), nullptr);  // frees a detached request
  if (was_closed) Finish();
}

void Exchange::Reply(int status, const char* content_type, std::string_view body,
                     std::vector<std::pair<std::string, std::string>> headers) {
  if (OnLoop()) {  // the common case, the handler itself: no closure, no copy
    SendReply(status, content_type, body, headers);
    return;
  }
  auto self = shared_from_this();
  RunOnLoop([self, status, content_type = std::string(content_type), body = std::string(body),
             headers = std::move(headers)] { self->SendReply(status, content_type.c_str(), body, headers); });
}

void Exchange::StartStream(int status, const char* content_type,
                           std::vector<std::pair<std::string, std::string>> headers) {
  auto self = shared_from_this();
  RunOnLoop([self, status, content_type = std::string(content_type), headers = std::move(headers)] {
    if (self->req_ == nullptr || self->closed()) return;
    AddHeaders(self->req_, content_type.c_str(), headers);
    evhttp_send_reply_start(self->req_, status, Reason(status));
  });
}

void Exchange::Send(std::string chunk) {
  auto self = shared_from_this();
  RunOnLoop([self, chunk = std::move(chunk)] {
    if (self->req_ == nullptr || self->closed() || chunk.empty()) return;
    evbuffer* buf = evbuffer_new();
    evbuffer_add(buf, chunk.data(), chunk.size());
    evhttp_send_reply_chunk(self->req_, buf);
    evbuffer_free(buf);
  });
}

void Exchange::EndStream() {
  auto self = shared_from_this();
  RunOnLoop([self] {
    if (self->req_ == nullptr || self->sent_) return;
    const bool was_closed = self->closed();
    self->sent_ = true;
    evhttp_send_reply_end(self->req_);  // frees a detached request
    if (was_closed) self->Finish();
  });
}

struct HttpServer::Worker {
  event_base* base = nullptr;
  evhttp* http = nullptr;
  evhttp_bound_socket* bound = nullptr;
  std::thread thread;
  HttpServer* server = nullptr;
  std::shared_ptr<LoopHandle> loop = std::make_shared<LoopHandle>();

  ~Worker() {
    if (http) evhttp_free(http);
    if (base) event_base_free(base);
  }

  absl::Status Open(int listen_fd);
  // The loop thread: serves until Stop, then drops the per-loop objects.
  void Loop();

  static void OnRequest(evhttp_request* req, void* arg) {
    auto* w = static_cast<Worker*>(arg);
    std::shared_ptr<Exchange> ex(new Exchange());
    ex->req_ = req;
    ex->loop_ = w->loop;
    ex->loop_thread_ = std::this_thread::get_id();
    ex->method_ = MethodName(evhttp_request_get_command(req));
    if (const evhttp_uri* uri = evhttp_request_get_evhttp_uri(req)) {
      const char* path = evhttp_uri_get_path(uri);
      ex->path_ = path ? path : "/";
    }
    evbuffer* in = evhttp_request_get_input_buffer(req);
    const size_t len = evbuffer_get_length(in);
    if (len > w->server->options_.max_body_bytes) {
      ex->body_too_large_ = true;
    } else {
      ex->body_.resize(len);
      if (len) evbuffer_copyout(in, ex->body_.data(), len);
    }
    for (evkeyval* h = evhttp_request_get_input_headers(req)->tqh_first; h; h = h->next.tqe_next)
      ex->headers_.emplace_back(h->key, h->value);
    if (evhttp_connection* conn = evhttp_request_get_connection(req)) {
      char* address = nullptr;
      ev_uint16_t port = 0;
      evhttp_connection_get_peer(conn, &address, &port);
      if (address) ex->peer_ = address;
    }
    ex->self_ = ex;
    ++w->loop->in_flight;  // until Exchange::Finish
    evhttp_connection_set_closecb(evhttp_request_get_connection(req), ExchangeAccess::OnClose, ex.get());
    evhttp_request_set_on_complete_cb(req, ExchangeAccess::OnComplete, ex.get());
    w->server->handler_(ex);
  }
};

namespace {

// A non-blocking listening socket on host:port (port 0: any free port,
// written to *bound_port). Errors: InvalidArgument (address does not
// resolve), Unavailable (cannot bind or listen).
absl::StatusOr<int> Listen(const std::string& host, int port_number, int* bound_port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* res = nullptr;
  const std::string port = std::to_string(port_number);
  if (int rc = getaddrinfo(host.c_str(), port.c_str(), &hints, &res); rc != 0)
    return absl::InvalidArgumentError(absl::StrCat("listen address ", host, ":", port, ": ", gai_strerror(rc)));
  int fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (fd < 0 || bind(fd, res->ai_addr, res->ai_addrlen) != 0 || listen(fd, 1024) != 0) {
    const int err = errno;
    freeaddrinfo(res);
    if (fd >= 0) close(fd);
    return absl::UnavailableError(absl::StrCat("listen on ", host, ":", port, ": ", std::strerror(err)));
  }
  freeaddrinfo(res);
  evutil_make_socket_nonblocking(fd);
  sockaddr_storage addr{};
  socklen_t addr_len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &addr_len);
  *bound_port = ntohs(addr.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port
                                                 : reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
  return fd;
}

}  // namespace

// Creates the worker's event loop and evhttp, accepting on its own copy of
// listen_fd. Errors: Internal (libevent cannot create or accept).
absl::Status HttpServer::Worker::Open(int listen_fd) {
  // The epoll changelist merges the read/write interest changes evhttp
  // makes around each response into one epoll_ctl per loop iteration
  // (2 per request instead of 4). Its caveat, dup()ed descriptors in one
  // base, does not apply: each base holds one copy of the listening socket.
  event_config* config = event_config_new();
  if (config) event_config_set_flag(config, EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST);
  base = config ? event_base_new_with_config(config) : nullptr;
  if (config) event_config_free(config);
  loop->base = base;
  http = base ? evhttp_new(base) : nullptr;
  if (!http) return absl::InternalError("libevent: cannot create an event loop");
  // evhttp buffers at most this much of a body; bodies between the limit
  // and this cap reach the handler, which answers the JSON 413. Larger
  // ones, and request heads over 64 KiB or malformed, get libevent's own
  // HTML page (413, resp. 400) and the connection is closed. libevent
  // 2.1 (Debian 12 ships 2.1.12) gives no way to answer those in JSON:
  //  - the checks run inside evhttp_read_body / evhttp_read_header, which
  //    call evhttp_connection_fail_ -> evhttp_send_error with its fixed
  //    HTML format; no user callback runs in between (the gencb is only
  //    called for a complete request);
  //  - a per-request hook that runs before the body is read (a header
  //    callback or a discarding chunk callback installed on each incoming
  //    request) needs evhttp_set_newreqcb, and a replaceable error page
  //    needs evhttp_set_errorcb: both are libevent 2.2 API;
  //  - lifting the cap instead would buffer any body whole in memory.
  // The remaining way, a bufferevent filter (evhttp_set_bevcb) that
  // rewrites libevent's error responses on the way out, puts an extra
  // copy layer on every connection's reads and writes; not done.
  evhttp_set_max_body_size(http, static_cast<ev_ssize_t>(server->options_.max_body_bytes) * 4 + 4096);
  evhttp_set_max_headers_size(http, 64 * 1024);
  evhttp_set_timeout(http, server->options_.timeout_seconds);
  evhttp_set_allowed_methods(http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD | EVHTTP_REQ_PUT |
                                       EVHTTP_REQ_DELETE | EVHTTP_REQ_OPTIONS | EVHTTP_REQ_PATCH);
  evhttp_set_gencb(http, OnRequest, this);
  // Each loop gets its own descriptor of the one socket (evhttp closes it).
  const int dup_fd = fcntl(listen_fd, F_DUPFD_CLOEXEC, 0);
  bound = dup_fd >= 0 ? evhttp_accept_socket_with_handle(http, dup_fd) : nullptr;
  if (!bound) return absl::InternalError("libevent: cannot accept on the listening socket");
  return absl::OkStatus();
}

void HttpServer::Worker::Loop() {
  event_base_dispatch(base);
  // Per-loop objects may answer requests as they go (a store connection
  // failing what still waits on it): while the base is still there.
  auto locals = std::move(loop->locals);
  locals.clear();
  std::lock_guard<std::mutex> lock(loop->mu);
  loop->base = nullptr;  // later posts are dropped
}

absl::StatusOr<std::unique_ptr<HttpServer>> HttpServer::Start(const HttpServerOptions& options, HttpHandler handler) {
  std::call_once(evthread_once, [] { evthread_use_pthreads(); });
  std::unique_ptr<HttpServer> s(new HttpServer());
  s->options_ = options;
  s->handler_ = std::move(handler);
  if (s->options_.threads < 1) s->options_.threads = 1;

  auto listening = Listen(options.host, options.port, &s->port_);
  if (!listening.ok()) return listening.status();
  s->listen_fd_ = *listening;

  for (int i = 0; i < s->options_.threads; ++i) {
    auto w = std::make_unique<Worker>();
    w->server = s.get();
    if (absl::Status st = w->Open(s->listen_fd_); !st.ok()) return st;
    s->workers_.push_back(std::move(w));
  }
  for (auto& w : s->workers_) {
    Worker* raw = w.get();
    raw->thread = std::thread([raw] { raw->Loop(); });
  }
  return s;
}

void HttpServer::Stop() {
  if (stopping_.exchange(true)) return;
  // The loops accept on their own copies, which they close below; with this
  // one closed too, new connections are refused instead of queueing.
  if (listen_fd_ >= 0) close(listen_fd_);
  listen_fd_ = -1;
  for (auto& w : workers_) {
    Worker* raw = w.get();
    const int drain_ms = options_.drain_ms;
    auto* fn = new std::function<void()>([raw, drain_ms] {
      if (raw->bound) evhttp_del_accept_socket(raw->http, raw->bound);
      raw->bound = nullptr;
      // Ends now when nothing is in flight, else when the last request in
      // flight finishes (Exchange::Finish), at the latest after drain_ms.
      // Idle keep-alive connections do not hold the loop: ~Worker closes them.
      raw->loop->draining = true;
      const timeval drain = {drain_ms / 1000, (drain_ms % 1000) * 1000};
      event_base_loopexit(raw->base, raw->loop->in_flight == 0 ? nullptr : &drain);
    });
    static const timeval kNow = {0, 0};
    if (event_base_once(raw->base, -1, EV_TIMEOUT, RunPosted, fn, &kNow) != 0) {
      delete fn;
      event_base_loopbreak(raw->base);
    }
  }
}

void HttpServer::Wait() {
  for (auto& w : workers_)
    if (w->thread.joinable()) w->thread.join();
}

HttpServer::~HttpServer() {
  Stop();
  Wait();
  workers_.clear();
  if (listen_fd_ >= 0) close(listen_fd_);
}

}  // namespace lanjie::serve
