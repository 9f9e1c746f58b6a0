// lanjie: keyword interception lists for generative-AI filing.
#include <cstdio>
#include <cstring>

#include "lanjie/common/version.h"
#include "commands.h"

namespace {

constexpr char kUsage[] =
    "usage: lanjie <command> [options]\n"
    "\n"
    "commands:\n"
    "  compile LEXICON... -o LIST.ljdb   compile keyword lists into a matcher artifact\n"
    "  scan -d LIST.ljdb [FILE...|-]     scan text, one text per line (exit 0: no hits, 1: hits, 2: error)\n"
    "  info LIST.ljdb                    describe an artifact\n"
    "  lexicon import|check|coverage|export|diff|selftest  the keyword list: import, validate, filing export\n"
    "  serve -d LIST.ljdb [--port N]     HTTP moderation sidecar (/v1/moderate, /metrics, reload)\n"
    "  proxy -d LIST.ljdb --upstream URL OpenAI-compatible guard proxy (input and streaming output filter)\n"
    "  eval run|report|check-bank|...     refusal-rate evaluation of an OpenAI-compatible endpoint\n"
    "  users list|show|clear|suspend      per-user violation counts and suspensions (--user-store)\n"
    "  corpus audit -d LIST.ljdb --out DIR INPUT...  training-corpus audit (clause 9.2), resumable\n"
    "\n"
    "exit status, every command: 0 success / PASS, 1 a verdict failed (hits found, coverage or rate\n"
    "below the profile, corpus 不符合, lists differ, no such user), 2 error (usage, input, I/O)\n"
    "\n"
    "'lanjie <command> --help' describes a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
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
