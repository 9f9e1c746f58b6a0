#include "companion.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifndef LANJIE_LIBEXEC_REL
#define LANJIE_LIBEXEC_REL "../libexec/lanjie"
#endif

namespace lanjie::cli {

namespace {

// The running executable's path (/proc/self/exe; "" when /proc is not mounted).
std::string SelfPath() {
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  return n <= 0 ? std::string() : std::string(buf, static_cast<size_t>(n));
}

}  // namespace

int ExecCompanion(char** argv, std::initializer_list<const char*> suffixes) {
  const std::string name = std::string("lanjie-") + *suffixes.begin();
  const std::string self = SelfPath();
  const size_t slash = self.rfind('/');
  if (slash == std::string::npos) {
    std::fprintf(stderr, "lanjie: cannot run %s for '%s': /proc/self/exe unreadable: %s\n", name.c_str(), argv[1],
                 std::strerror(errno));
    return 2;
  }
  const std::string dir = self.substr(0, slash);
  std::vector<std::string> candidates;
  for (const char* suffix : suffixes) {
    candidates.push_back(self + "-" + suffix);
    candidates.push_back(dir + "/" LANJIE_LIBEXEC_REL "/lanjie-" + suffix);
  }
  int error = 0;  // the first reason other than "not there", else ENOENT
  std::string looked;
  for (const std::string& path : candidates) {
    execv(path.c_str(), argv);
    if (error == 0 || error == ENOENT) error = errno;
    if (!looked.empty()) looked += &path == &candidates.back() ? " and " : ", ";
    looked += path;
  }
  std::fprintf(stderr, "lanjie: cannot run %s for '%s' (looked for %s): %s\n", name.c_str(), argv[1],
               looked.c_str(), std::strerror(error));
  return 2;
}

void AskJemallocForHugePages() {
  std::string conf = "thp:always";
  if (const char* user = std::getenv("MALLOC_CONF"); user != nullptr && *user != '\0') conf += std::string(",") + user;
  setenv("MALLOC_CONF", conf.c_str(), 1);
}

}  // namespace lanjie::cli
