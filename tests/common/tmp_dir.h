// A scratch directory private to one test process.
//
// ctest runs every test case as its own process, in parallel; cases that
// share file names in one directory overwrite each other's inputs. Each
// process gets LANJIE_TEST_TMP/<pid>/, created on first use.
#ifndef LANJIE_TESTS_COMMON_TMP_DIR_H_
#define LANJIE_TESTS_COMMON_TMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <string>

namespace lanjie::testing {

inline const std::string& TmpDir() {
  static const std::string dir = [] {
    std::string path = std::string(LANJIE_TEST_TMP) + "/" + std::to_string(::getpid());
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_COMMON_TMP_DIR_H_
