// The command dispatch both lanjie executables share (main.cc, main_full.cc):
// help, version and unknown commands are answered the same way whichever
// executable runs, and each executable lists only the commands it runs or
// hands on.
#ifndef LANJIE_TOOLS_DISPATCH_H_
#define LANJIE_TOOLS_DISPATCH_H_

#include <initializer_list>

namespace lanjie::cli {

struct Command {
  const char* name;             // argv[1]
  int (*run)(int argc, char** argv);  // returns the process exit status
};

// Runs the command argv[1] names. No command: usage on stderr, exit 2;
// --help/-h/help: usage on stdout, 0; --version/version: "lanjie VERSION", 0;
// a name not in `commands`: "unknown command" and usage on stderr, 2.
int Dispatch(int argc, char** argv, std::initializer_list<Command> commands);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_DISPATCH_H_
