// lanjie: keyword interception lists for generative-AI filing.
// The front executable: runs scan and info itself and hands every other
// command to lanjie-corpus or lanjie-full (companion.h says why and how
// they are found).
#include "commands.h"
#include "companion.h"
#include "dispatch.h"

namespace {

// The commands whose libraries the scan path never calls run in lanjie-full;
// the corpus audit in lanjie-corpus (fewer libraries than lanjie-full).
int InFull(int /*argc*/, char** argv) { return lanjie::cli::ExecCompanion(argv, {"full"}); }
// compile and lexicon run Hyperscan's compiler: with huge pages (companion.h).
int InFullCompiling(int argc, char** argv) {
  lanjie::cli::AskJemallocForHugePages();
  return InFull(argc, argv);
}
int InCorpus(int /*argc*/, char** argv) { return lanjie::cli::ExecCompanion(argv, {"corpus", "full"}); }

}  // namespace

int main(int argc, char** argv) {
  using namespace lanjie::cli;
  return Dispatch(argc, argv,
                  {{"scan", RunScan}, {"info", RunInfo}, {"compile", InFullCompiling}, {"serve", InFull},
                   {"proxy", InFull}, {"eval", InFull}, {"lexicon", InFullCompiling}, {"users", InFull},
                   {"corpus", InCorpus}});
}
