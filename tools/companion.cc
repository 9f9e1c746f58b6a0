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

// The directory of the running executable ("" when /proc is not mounted).
std::string SelfDir() {
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n <= 0) return "";
  std::string path(buf, static_cast<size_t>(n));
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

}  // namespace

int ExecFull(char** argv) {
  const std::string dir = SelfDir();
  if (dir.empty()) {
    std::fprintf(stderr, "lanjie: cannot run %s for '%s': /proc/self/exe unreadable: %s\n", kFull, argv[1],
                 std::strerror(errno));
    return 2;
  }
  const std::string candidates[] = {dir + "/" + kFull, dir + "/" LANJIE_LIBEXEC_REL "/" + kFull};
  int error = 0;  // the first reason other than "not there", else ENOENT
  for (const std::string& path : candidates) {
    execv(path.c_str(), argv);
    if (error == 0 || error == ENOENT) error = errno;
  }
  std::fprintf(stderr, "lanjie: cannot run %s for '%s' (looked in %s and %s): %s\n", kFull, argv[1], dir.c_str(),
               (dir + "/" LANJIE_LIBEXEC_REL).c_str(), std::strerror(error));
  return 2;
}

}  // namespace lanjie::cli
