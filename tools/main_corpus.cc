// lanjie-corpus: the corpus command (audit, review-import, report) alone,
// linked against the modules it calls only (corpus, report, eval's rates,
// search, match): the front `lanjie` execs it for `corpus` (companion.h), so
// that an audit does not load the 86 shared objects of lanjie-full. Run
// directly, it behaves as `lanjie` does for that command.
#include "commands.h"
#include "dispatch.h"

int main(int argc, char** argv) {
  using namespace lanjie::cli;
  return Dispatch(argc, argv, {{"corpus", RunCorpus}});
}
