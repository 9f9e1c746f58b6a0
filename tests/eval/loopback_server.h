// A scripted HTTP/1.1 server on 127.0.0.1 (a free port chosen by the
// kernel), for client tests: one thread, one connection at a time, every
// response sent with "Connection: close". The handler gets the request
// number (0, 1, ...) and the raw request (headers and body) and returns the
// raw response bytes; an empty string means "never answer" (the connection
// is held until the client closes it, for timeout tests).
#ifndef LANJIE_TESTS_EVAL_LOOPBACK_SERVER_H_
#define LANJIE_TESTS_EVAL_LOOPBACK_SERVER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lanjie::testing {

class LoopbackServer {
 public:
  using Handler = std::function<std::string(int request_no, const std::string& request)>;

  explicit LoopbackServer(Handler handler) : handler_(std::move(handler)) {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(listen_fd_, 16) != 0)
      std::abort();
    socklen_t len = sizeof addr;
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~LoopbackServer() {
    stop_ = true;
    ::shutdown(listen_fd_, SHUT_RDWR);  // wakes accept()
    thread_.join();
    ::close(listen_fd_);
  }
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  // Every request received so far, raw.
  std::vector<std::string> requests() const {
    std::lock_guard<std::mutex> lock(mu_);
    return requests_;
  }

  // Response helpers.
  static std::string Response(int status, const std::string& content_type, const std::string& body,
                              const std::string& extra_headers = "") {
    return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: " + content_type +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n" + extra_headers + "\r\n" +
           body;
  }
  static std::string Json(int status, const std::string& body, const std::string& extra_headers = "") {
    return Response(status, "application/json", body, extra_headers);
  }
  static std::string Sse(const std::string& events) { return Response(200, "text/event-stream", events); }

 private:
  void Serve() {
    while (!stop_) {
      const int fd = ::accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) return;
      std::string request;
      if (ReadRequest(fd, &request)) {
        int n;
        {
          std::lock_guard<std::mutex> lock(mu_);
          n = static_cast<int>(requests_.size());
          requests_.push_back(request);
        }
        const std::string response = handler_(n, request);
        if (response.empty()) {
          char buf[256];
          while (::recv(fd, buf, sizeof buf, 0) > 0) {
          }
        } else {
          size_t sent = 0;
          while (sent < response.size()) {
            const ssize_t w = ::send(fd, response.data() + sent, response.size() - sent, MSG_NOSIGNAL);
            if (w <= 0) break;
            sent += static_cast<size_t>(w);
          }
        }
      }
      ::close(fd);
    }
  }

  // Headers up to the blank line, then Content-Length bytes of body.
  static bool ReadRequest(int fd, std::string* out) {
    char buf[4096];
    size_t header_end = std::string::npos;
    while (header_end == std::string::npos) {
      const ssize_t r = ::recv(fd, buf, sizeof buf, 0);
      if (r <= 0) return false;
      out->append(buf, static_cast<size_t>(r));
      header_end = out->find("\r\n\r\n");
    }
    size_t length = 0;
    const size_t cl = out->find("Content-Length: ");
    if (cl != std::string::npos && cl < header_end) length = std::stoul(out->substr(cl + 16));
    while (out->size() < header_end + 4 + length) {
      const ssize_t r = ::recv(fd, buf, sizeof buf, 0);
      if (r <= 0) return false;
      out->append(buf, static_cast<size_t>(r));
    }
    return true;
  }

  Handler handler_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mu_;
  std::vector<std::string> requests_;
  std::thread thread_;
};

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_EVAL_LOOPBACK_SERVER_H_
