// A real redis-server for one test process, on a free loopback port, with
// persistence off. Started on first use, stopped (SIGTERM, waited for) by
// Stop() or at process exit. Tests skip with a message when redis-server is
// not installed (scripts/deps.sh installs it).
#ifndef LANJIE_TESTS_COMMON_REDIS_SERVER_H_
#define LANJIE_TESTS_COMMON_REDIS_SERVER_H_

#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace lanjie::testing {

class RedisServer {
 public:
  RedisServer() = default;
  // A server that requires `password` (requirepass: AUTH for the default user).
  explicit RedisServer(std::string password) : password_(std::move(password)) {}

  static bool Installed() { return FindBinary() != nullptr; }

  // Starts the server when it is not running. Returns false (with `why`)
  // when it cannot.
  bool Start(std::string* why) {
    if (pid_ > 0) return true;
    const char* bin = FindBinary();
    if (!bin) {
      *why = "redis-server is not installed (scripts/deps.sh installs it)";
      return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
      port_ = FreePort();
      const std::string port = std::to_string(port_);
      pid_t pid = fork();
      if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive a crashed test
        if (!freopen("/dev/null", "w", stdout)) _exit(127);
        if (password_.empty())
          execl(bin, bin, "--port", port.c_str(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--daemonize", "no", static_cast<char*>(nullptr));
        else
          execl(bin, bin, "--port", port.c_str(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--daemonize", "no", "--requirepass", password_.c_str(), static_cast<char*>(nullptr));
        _exit(127);
      }
      pid_ = pid;
      if (WaitForPing()) return true;
      Stop();
    }
    *why = "redis-server did not answer PING";
    return false;
  }

  // SIGTERM and wait; the port is free afterwards.
  void Stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }

  // Stop, then start again on the same port (a restart without persistence).
  bool Restart(std::string* why) {
    const int port = port_;
    Stop();
    const char* bin = FindBinary();
    const std::string p = std::to_string(port);
    pid_t pid = fork();
    if (pid == 0) {
      prctl(PR_SET_PDEATHSIG, SIGTERM);
      if (!freopen("/dev/null", "w", stdout)) _exit(127);
      execl(bin, bin, "--port", p.c_str(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize",
            "no", static_cast<char*>(nullptr));
      _exit(127);
    }
    pid_ = pid;
    port_ = port;
    if (WaitForPing()) return true;
    *why = "redis-server did not come back";
    return false;
  }

  // Runs one command (FLUSHALL, ...) on a fresh connection.
  bool Command(const char* cmd) {
    redisContext* c = redisConnect("127.0.0.1", port_);
    if (!c || c->err) {
      if (c) redisFree(c);
      return false;
    }
    if (!password_.empty()) {
      auto* auth = static_cast<redisReply*>(redisCommand(c, "AUTH %s", password_.c_str()));
      if (auth) freeReplyObject(auth);
    }
    auto* r = static_cast<redisReply*>(redisCommand(c, cmd));
    const bool ok = r && r->type != REDIS_REPLY_ERROR;
    if (r) freeReplyObject(r);
    redisFree(c);
    return ok;
  }

  int port() const { return port_; }
  std::string url() const { return "redis://127.0.0.1:" + std::to_string(port_); }
  ~RedisServer() { Stop(); }

  static RedisServer& Shared() {
    static RedisServer server;
    return server;
  }

 private:
  static const char* FindBinary() {
    for (const char* p : {"/usr/bin/redis-server", "/usr/local/bin/redis-server"})
      if (access(p, X_OK) == 0) return p;
    return nullptr;
  }

  static int FreePort() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    const int port = ntohs(a.sin_port);
    close(fd);
    return port;
  }

  // Readiness, not timing: polls until the server answers (up to ~10 s) or exits.
  bool WaitForPing() {
    for (int i = 0; i < 1000; ++i) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
      }
      if (Command("PING")) return true;
      timespec ts{0, 10 * 1000 * 1000};
      nanosleep(&ts, nullptr);
    }
    return false;
  }

  std::string password_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_COMMON_REDIS_SERVER_H_
