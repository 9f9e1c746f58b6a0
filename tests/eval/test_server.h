// Starts tests/eval/fake_openai_server.py (or another command that prints
// "PORT <n>" or "... http://127.0.0.1:<n>", as aimock does) as a child process on 127.0.0.1 and stops it on destruction.
#ifndef LANJIE_TESTS_EVAL_TEST_SERVER_H_
#define LANJIE_TESTS_EVAL_TEST_SERVER_H_

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/common/files.h"

namespace lanjie::testing {

inline std::string FindInPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream ss(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(ss, dir, ':')) {
    std::string candidate = dir + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

class ChildServer {
 public:
  // argv[0] is looked up in PATH. Returns false (and leaves the reason in
  // error()) when it cannot start or does not print its port.
  bool Start(std::vector<std::string> argv) {
    const std::string exe = argv[0].find('/') == std::string::npos ? FindInPath(argv[0]) : argv[0];
    if (exe.empty()) {
      error_ = argv[0] + " not found in PATH";
      return false;
    }
    int fds[2];
    if (::pipe(fds) != 0) return false;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(fds[1], 1);
      ::close(fds[0]);
      ::close(fds[1]);
      std::vector<char*> args;
      for (auto& a : argv) args.push_back(a.data());
      args.push_back(nullptr);
      ::execv(exe.c_str(), args.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    FILE* out = ::fdopen(fds[0], "r");
    char line[256];
    while (std::fgets(line, sizeof line, out)) {
      int port = 0;
      const char* at = std::strstr(line, "http://127.0.0.1:");  // aimock: "listening on http://127.0.0.1:N"
      if (std::sscanf(line, "PORT %d", &port) == 1 || (at && std::sscanf(at, "http://127.0.0.1:%d", &port) == 1)) {
        port_ = port;
        break;
      }
    }
    out_ = out;  // keep the pipe open so the child never gets SIGPIPE
    if (port_ == 0) error_ = "server did not print its port";
    return port_ != 0;
  }
  ~ChildServer() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      int status;
      ::waitpid(pid_, &status, 0);
    }
    if (out_) std::fclose(out_);
  }
  int port() const { return port_; }
  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  const std::string& error() const { return error_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  FILE* out_ = nullptr;
  std::string error_;
};

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_EVAL_TEST_SERVER_H_
