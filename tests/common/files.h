// Small file and shell helpers for tests that drive the CLI: whole-file
// write and read, and a shell command's exit status.
#ifndef LANJIE_TESTS_COMMON_FILES_H_
#define LANJIE_TESTS_COMMON_FILES_H_

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace lanjie::testing {

inline void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
}

// The whole file; "" when it cannot be read.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `cmd` with /bin/sh; its exit status, or -1 when it did not exit.
inline int Sh(const std::string& cmd) {
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The same under the names the eval, report and lexicon tests use.
inline std::string ReadFileText(const std::string& path) { return ReadFile(path); }
inline void WriteFileText(const std::string& path, const std::string& text) { WriteFile(path, text); }

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_COMMON_FILES_H_
