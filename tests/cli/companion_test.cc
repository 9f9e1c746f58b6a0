// The three executables of the `lanjie` command (tools/companion.h): the
// front runs scan and info with the scan path's libraries only, hands corpus
// to lanjie-corpus and every other command to lanjie-full, found beside it
// or in ../libexec/lanjie.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace {

using ::testing::HasSubstr;

const std::string kTools = std::string(LANJIE_BINARY_DIR) + "/tools";

using Result = lanjie::testing::CommandResult;

Result Shell(const std::string& command) {
  return lanjie::testing::RunCapturing(command, lanjie::testing::TmpDir() + "/companion");
}

// A copy of the front as DIR/bin/lanjie, with lanjie-full and lanjie-corpus
// in DIR/libexec/lanjie (the installed layout) when `with_full` and
// `with_corpus`.
std::string Install(const std::string& name, bool with_full, bool with_corpus = true) {
  const std::string root = lanjie::testing::TmpDir() + "/" + name;
  std::string cmd = "rm -rf " + root + " && mkdir -p " + root + "/bin " + root + "/libexec/lanjie && cp " + kTools +
                    "/lanjie " + root + "/bin/";
  if (with_full) cmd += " && cp " + kTools + "/lanjie-full " + root + "/libexec/lanjie/";
  if (with_corpus) cmd += " && cp " + kTools + "/lanjie-corpus " + root + "/libexec/lanjie/";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return root + "/bin/lanjie";
}

// Copies kept side by side under other names: DIR/lanjie-abc, DIR/lanjie-abc-full
// and (when `with_corpus`) DIR/lanjie-abc-corpus.
std::string CopyAs(const std::string& name, bool with_corpus = true) {
  const std::string dir = lanjie::testing::TmpDir() + "/copies";
  std::string cmd = "mkdir -p " + dir + " && cp " + kTools + "/lanjie " + dir + "/" + name + " && cp " + kTools +
                    "/lanjie-full " + dir + "/" + name + "-full";
  if (with_corpus) cmd += " && cp " + kTools + "/lanjie-corpus " + dir + "/" + name + "-corpus";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return dir + "/" + name;
}

TEST(Companion, EveryCommandRunsFromTheInstalledLayoutAsFromTheBuildTree) {
  const std::string installed = Install("layout", true);
  const std::string copy = CopyAs("lanjie-abc");
  for (const char* command : {"compile", "scan", "info", "lexicon", "serve", "proxy", "eval", "users", "corpus"}) {
    const Result built = Shell(kTools + "/lanjie " + command + " --help");
    EXPECT_EQ(built.code, 0) << command << ": " << built.err;
    EXPECT_EQ(built.out, Shell(kTools + "/lanjie-full " + command + " --help").out) << command;
    for (const std::string& moved_lanjie : {installed, copy}) {
      const Result moved = Shell(moved_lanjie + " " + command + " --help");
      EXPECT_EQ(moved.code, built.code) << moved_lanjie << " " << command << ": " << moved.err;
      EXPECT_EQ(moved.out, built.out) << moved_lanjie << " " << command;
    }
  }
  const Result help = Shell(installed + " --help");
  EXPECT_EQ(help.out, Shell(kTools + "/lanjie-full --help").out);
}

TEST(Companion, WithoutLanjieFullScanStillRunsAndOtherCommandsSaySo) {
  const std::string alone = Install("alone", false);
  const Result scan = Shell(alone + " scan --help");
  EXPECT_EQ(scan.code, 0) << scan.err;
  const Result eval = Shell(alone + " eval --help");
  EXPECT_EQ(eval.code, 2);
  EXPECT_THAT(eval.err, HasSubstr("lanjie: cannot run lanjie-full for 'eval'"));
  EXPECT_THAT(eval.err, HasSubstr("bin/lanjie-full and "));
  EXPECT_THAT(eval.err, HasSubstr("libexec/lanjie/lanjie-full"));
  EXPECT_EQ(eval.out, "");
  const Result unknown = Shell(alone + " nosuch");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("lanjie: unknown command 'nosuch'"));
}

// An audit needs no lanjie-full (it runs in lanjie-corpus, installed or
// beside the front), and a front copied with lanjie-full only (the layout
// before lanjie-corpus) still runs corpus there.
TEST(Companion, CorpusRunsInLanjieCorpusAndFallsBackToLanjieFull) {
  const Result built = Shell(kTools + "/lanjie corpus --help");
  ASSERT_EQ(built.code, 0) << built.err;
  EXPECT_THAT(built.out, HasSubstr("usage: lanjie corpus audit"));
  EXPECT_EQ(Shell(kTools + "/lanjie-corpus corpus --help").out, built.out);
  const std::string corpus_only = Install("corpus-only", false, true);
  const Result corpus = Shell(corpus_only + " corpus --help");
  EXPECT_EQ(corpus.code, 0) << corpus.err;
  EXPECT_EQ(corpus.out, built.out);
  const Result eval = Shell(corpus_only + " eval --help");
  EXPECT_EQ(eval.code, 2);
  EXPECT_THAT(eval.err, HasSubstr("lanjie: cannot run lanjie-full for 'eval'"));
  for (const std::string& old_layout : {Install("full-only", true, false), CopyAs("lanjie-old", false)}) {
    const Result fallback = Shell(old_layout + " corpus --help");
    EXPECT_EQ(fallback.code, 0) << old_layout << ": " << fallback.err;
    EXPECT_EQ(fallback.out, built.out) << old_layout;
  }
  const Result none = Shell(Install("neither", false, false) + " corpus --help");
  EXPECT_EQ(none.code, 2);
  EXPECT_THAT(none.err, HasSubstr("lanjie: cannot run lanjie-corpus for 'corpus'"));
  EXPECT_THAT(none.err, HasSubstr("libexec/lanjie/lanjie-full"));
  // The corpus companion knows no other command.
  EXPECT_EQ(Shell(kTools + "/lanjie-corpus eval --help").code, 2);
}

}  // namespace
