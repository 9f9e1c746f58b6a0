#ifndef LANJIE_TOOLS_COMMANDS_H_
#define LANJIE_TOOLS_COMMANDS_H_

namespace lanjie::cli {

// Each returns the process exit status.
int RunCompile(int argc, char** argv);
int RunScan(int argc, char** argv);
int RunInfo(int argc, char** argv);
int RunServe(int argc, char** argv);
int RunProxy(int argc, char** argv);
int RunEval(int argc, char** argv);
int RunLexicon(int argc, char** argv);
int RunUsers(int argc, char** argv);
int RunCorpus(int argc, char** argv);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_COMMANDS_H_
