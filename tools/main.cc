// lanjie: keyword interception lists for generative-AI filing.
// The front executable: runs scan and info itself and hands every other
// command to lanjie-full (companion.h says why and how it is found).
#include <cstdio>
#include <cstring>
#include <initializer_list>

#include "lanjie/common/version.h"
#include "commands.h"
#include "companion.h"
#include "usage.h"

namespace {

// The commands lanjie-full runs (main_full.cc): the ones whose libraries
// the scan path never calls.
bool RunsInFull(const char* cmd) {
  for (const char* name : {"compile", "serve", "proxy", "eval", "lexicon", "users", "corpus"}) {
    if (!std::strcmp(cmd, name)) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  using lanjie::cli::kUsage;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char* cmd = argv[1];
  if (!std::strcmp(cmd, "scan")) return lanjie::cli::RunScan(argc, argv);
  if (!std::strcmp(cmd, "info")) return lanjie::cli::RunInfo(argc, argv);
  if (RunsInFull(cmd)) return lanjie::cli::ExecFull(argv);
  if (!std::strcmp(cmd, "--version") || !std::strcmp(cmd, "version")) {
    std::printf("lanjie %s\n", lanjie::Version());
    return 0;
  }
  std::fprintf(stderr, "lanjie: unknown command '%s'\n\n%s", cmd, kUsage);
  return 2;
}
