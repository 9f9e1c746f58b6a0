// A scratch directory private to one test process.
//
// ctest runs every test case as its own process, in parallel; cases that
// share file names in one directory overwrite each other's inputs. Each
// process gets LANJIE_TEST_TMP/<pid>/, created on first use and removed when
// the process exits after every test passed (kept after a failure, for
// reading). Left behind, copies of the binaries and generated corpora add up
// to gigabytes per run and once filled CI's disk.
//
// Thread safety: the first call creates the directory (a function-local
// static); later calls only read the path. Removal happens in a global test
// environment's TearDown, never at static destruction.
#ifndef LANJIE_TESTS_COMMON_TMP_DIR_H_
#define LANJIE_TESTS_COMMON_TMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

#include <gtest/gtest.h>

namespace lanjie::testing {

// Removes the process's scratch directory after the last test, when every
// test passed. Registered once per test binary by the inline variable below
// (global environments are torn down after all tests, before main returns).
class ScratchCleanup : public ::testing::Environment {
 public:
  void TearDown() override;
};

inline std::string ScratchPath() { return std::string(LANJIE_TEST_TMP) + "/" + std::to_string(::getpid()); }

inline const std::string& TmpDir() {
  static const std::string dir = [] {
    std::string path = ScratchPath();
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

inline void ScratchCleanup::TearDown() {
  if (!::testing::UnitTest::GetInstance()->Passed()) return;
  std::error_code ignored;
  std::filesystem::remove_all(ScratchPath(), ignored);
}

inline ::testing::Environment* const kScratchCleanup =
    ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_COMMON_TMP_DIR_H_
