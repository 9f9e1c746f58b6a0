// Whole-file reads and writes for tests (binary, no newline translation).
// A file that cannot be read reads as empty; the caller's assertion on the
// contents then fails with the text it expected.
#ifndef LANJIE_TESTS_COMMON_FILES_H_
#define LANJIE_TESTS_COMMON_FILES_H_

#include <fstream>
#include <sstream>
#include <string>

namespace lanjie::testing {

inline std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFileText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_COMMON_FILES_H_
