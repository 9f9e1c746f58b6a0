#include "companion.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#ifndef LANJIE_LIBEXEC_REL
#define LANJIE_LIBEXEC_REL "../libexec/lanjie"
#endif

namespace lanjie::cli {

namespace {

constexpr char kFull[] = "lanjie-full";

// The running executable's path (/proc/self/exe; "" when /proc is not mounted).
std::string SelfPath() {
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  return n <= 0 ? std::string() : std::string(buf, static_cast<size_t>(n));
}

}  // namespace

int ExecFull(char** argv) {
  const std::string self = SelfPath();
  const size_t slash = self.rfind('/');
  if (slash == std::string::npos) {
    std::fprintf(stderr, "lanjie: cannot run %s for '%s': /proc/self/exe unreadable: %s\n", kFull, argv[1],
                 std::strerror(errno));
    return 2;
  }
  const std::string dir = self.substr(0, slash);
  const std::string candidates[] = {self + "-full", dir + "/" LANJIE_LIBEXEC_REL "/" + kFull};
  int error = 0;  // the first reason other than "not there", else ENOENT
  for (const std::string& path : candidates) {
    execv(path.c_str(), argv);
    if (error == 0 || error == ENOENT) error = errno;
  }
  std::fprintf(stderr, "lanjie: cannot run %s for '%s' (looked for %s and %s): %s\n", kFull, argv[1],
               candidates[0].c_str(), candidates[1].c_str(), std::strerror(error));
  return 2;
}

}  // namespace lanjie::cli
