// lanjie-full: every lanjie command in one executable, linked against the
// whole engine. Installed in libexec; the front `lanjie` (main.cc) execs it
// for every command but scan and info (companion.h). Run directly, it
// behaves as `lanjie` does.
#include "commands.h"
#include "dispatch.h"

int main(int argc, char** argv) {
  using namespace lanjie::cli;
  return Dispatch(argc, argv,
                  {{"compile", RunCompile}, {"scan", RunScan}, {"info", RunInfo}, {"serve", RunServe},
                   {"proxy", RunProxy}, {"eval", RunEval}, {"lexicon", RunLexicon}, {"users", RunUsers},
                   {"corpus", RunCorpus}});
}
