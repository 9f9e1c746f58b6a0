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

// A shell command's exit status (-1 when it did not exit) and what it wrote.
struct CommandResult {
  int code;
  std::string out, err;
};

// Runs `cmd` with stdin from `stdin_path` (/dev/null by default), stdout and
// stderr captured through files named `scratch`.out and `scratch`.err.
inline CommandResult RunCapturing(const std::string& cmd, const std::string& scratch,
                                  const std::string& stdin_path = "/dev/null") {
  const std::string out = scratch + ".out", err = scratch + ".err";
  const int code = Sh(cmd + " <" + stdin_path + " >" + out + " 2>" + err);
  return {code, ReadFile(out), ReadFile(err)};
}

// The same under the names the eval, report and lexicon tests use.
inline std::string ReadFileText(const std::string& path) { return ReadFile(path); }
inline void WriteFileText(const std::string& path, const std::string& text) { WriteFile(path, text); }

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_COMMON_FILES_H_
