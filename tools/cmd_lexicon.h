#ifndef LANJIE_TOOLS_CMD_LEXICON_H_
#define LANJIE_TOOLS_CMD_LEXICON_H_

namespace lanjie::cli {

// `lanjie lexicon <sub-command>`; argv[2] is the sub-command.
int RunLexiconImport(int argc, char** argv, bool check_only);
int RunLexiconCoverage(int argc, char** argv);
int RunLexiconExport(int argc, char** argv);
int RunLexiconDiff(int argc, char** argv);
int RunLexiconSelftest(int argc, char** argv);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_CMD_LEXICON_H_
