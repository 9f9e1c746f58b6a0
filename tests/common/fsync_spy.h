// Records the path of every file descriptor passed to fsync(2) by this
// process, so tests can check that a writer made its file and the directory
// durable. Include in exactly ONE .cc of a test executable: it defines
// fsync, which the dynamic linker prefers over libc's for the whole program,
// and forwards to the real one.
#ifndef LANJIE_TESTS_COMMON_FSYNC_SPY_H_
#define LANJIE_TESTS_COMMON_FSYNC_SPY_H_

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#include <mutex>
#include <string>
#include <vector>

namespace lanjie::testing {

inline std::mutex& FsyncSpyMutex() {
  static std::mutex m;
  return m;
}
inline std::vector<std::string>& FsyncedPaths() {
  static std::vector<std::string> paths;
  return paths;
}
// The paths fsynced since the last call (as the fd named them at the time).
inline std::vector<std::string> TakeFsyncedPaths() {
  std::lock_guard<std::mutex> lock(FsyncSpyMutex());
  std::vector<std::string> out;
  out.swap(FsyncedPaths());
  return out;
}

}  // namespace lanjie::testing

extern "C" int fsync(int fd) {
  using Fn = int (*)(int);
  static Fn real = reinterpret_cast<Fn>(dlsym(RTLD_NEXT, "fsync"));
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  char target[PATH_MAX];
  const ssize_t n = readlink(link, target, sizeof target - 1);
  {
    std::lock_guard<std::mutex> lock(lanjie::testing::FsyncSpyMutex());
    lanjie::testing::FsyncedPaths().push_back(n > 0 ? std::string(target, static_cast<size_t>(n)) : std::string());
  }
  return real(fd);
}

#endif  // LANJIE_TESTS_COMMON_FSYNC_SPY_H_
