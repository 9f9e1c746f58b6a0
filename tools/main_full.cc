// lanjie-full: every lanjie command in one executable, linked against the
// whole engine. Installed in libexec; the front `lanjie` (main.cc) execs it
// for every command but scan and info (companion.h). Run directly, it
// behaves as `lanjie` does.
#include <cstdio>
#include <cstring>

#include "lanjie/common/version.h"
#include "commands.h"
#include "usage.h"

int main(int argc, char** argv) {
  using lanjie::cli::kUsage;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char* cmd = argv[1];
  if (!std::strcmp(cmd, "compile")) return lanjie::cli::RunCompile(argc, argv);
  if (!std::strcmp(cmd, "scan")) return lanjie::cli::RunScan(argc, argv);
  if (!std::strcmp(cmd, "info")) return lanjie::cli::RunInfo(argc, argv);
  if (!std::strcmp(cmd, "serve")) return lanjie::cli::RunServe(argc, argv);
  if (!std::strcmp(cmd, "proxy")) return lanjie::cli::RunProxy(argc, argv);
  if (!std::strcmp(cmd, "eval")) return lanjie::cli::RunEval(argc, argv);
  if (!std::strcmp(cmd, "lexicon")) return lanjie::cli::RunLexicon(argc, argv);
  if (!std::strcmp(cmd, "users")) return lanjie::cli::RunUsers(argc, argv);
  if (!std::strcmp(cmd, "corpus")) return lanjie::cli::RunCorpus(argc, argv);
  if (!std::strcmp(cmd, "--version") || !std::strcmp(cmd, "version")) {
    std::printf("lanjie %s\n", lanjie::Version());
    return 0;
  }
  std::fprintf(stderr, "lanjie: unknown command '%s'\n\n%s", cmd, kUsage);
  return 2;
}
