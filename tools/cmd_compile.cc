#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "lanjie/match/artifact.h"
#include "lanjie/lexicon/lexicon.h"
#include "args.h"
#include "commands.h"
#include "lexicon_pipeline.h"
#include "lanjie/lexicon/validate.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie compile LEXICON... -o LIST.ljdb [options]\n"
    "\n"
    "LEXICON: .csv/.tsv with a header row (keyword,risk[,kind,action,match,note,variants]),\n"
    ".xlsx (sheet 关键词, else the first), a tag list (word 0,1), a plain list (one keyword\n"
    "per line; risk from --risk, else the category the file name names: 色情.txt), or a\n"
    "directory of such files; any encoding (UTF-8, GBK/GB18030, Big5 ... detected).\n"
    "\n"
    "  -o, --output FILE     artifact to write (replaced atomically)\n"
    "  --risk CODE           risk for plain lists and empty risk cells (A.1.f, 'A.1 f)' ...)\n"
    "  --action ACTION       default action: block | mask | review (default block)\n"
    "  --kind KIND           default kind for plain lists: literal | regex | rule\n"
    "  --allow FILE          plain list of allow-listed phrases (repeatable)\n"
    "  --normalize SPEC      folding steps, default nfkc,t2s,lookalike,noise;\n"
    "                        'none', or noise=ws+ign+ctrl+punct+sym+emoji+mark, keep=HEX|HEX, extra=HEX\n"
    "  --variants SPEC       variant matching for keywords of 2+ CJK characters: on (default:\n"
    "                        pinyin,homophone,chaizi,numeral; homophones for keywords of 3+\n"
    "                        characters; numeral: 6合彩 for 六合彩), off, all (+homophone2,\n"
    "                        +initials), or a list of pinyin, homophone, homophone2 (two-character\n"
    "                        keywords' homophones too), chaizi, initials, numeral;\n"
    "                        a 'variants' column overrides per entry\n"
    "  --portable            compile for any x86-64 CPU, not only this one\n"
    "  --name TEXT           a name recorded in the artifact\n"
    "  --list-version V      the list version recorded in the artifact (lanjie info, serve, proxy, reports)\n"
    "  -q, --quiet           print errors only (no progress lines)\n"
    "  --progress-every S    seconds between progress lines on stderr while reading or compiling\n"
    "                        (default 3, also when stderr is not a terminal; 0 = each phase as it starts)\n";

}  // namespace

namespace {

constexpr char kWho[] = "lanjie compile";

// --risk, --action, --kind: defaults for what the lists leave out; --portable,
// --name, --list-version, --normalize, --variants: the artifact's options.
bool ParseCompileFlags(const Args& args, ReadOptions* ro, CompileOptions* co) {
  ro->default_risk = args.Get("risk");
  co->portable = args.Has("portable");
  co->name = args.Get("name");
  co->list_version = args.Get("list-version");
  return ParseFlag(args, kWho, "action", ParseAction, &ro->default_action) &&
         ParseFlag(args, kWho, "kind", ParseEntryKind, &ro->default_kind) &&
         ParseFlag(args, kWho, "normalize", ParseOptions, &co->normalizer) &&
         ParseFlag(args, kWho, "variants", ParseVariantOptions, &co->variants);
}

// Every LEXICON, then every --allow file as allow-list phrases.
bool ReadLists(const Args& args, const ReadOptions& ro, Lexicon* lexicon) {
  ReadOptions allow_options;
  allow_options.default_action = Action::kAllow;
  for (const auto& [paths, options] : {std::pair{args.positionals(), ro}, std::pair{args.GetAll("allow"), allow_options}}) {
    for (const std::string& path : paths) {
      if (auto st = ReadLexiconFile(path, options, lexicon); !st.ok()) {
        std::fprintf(stderr, "%s: %s\n", kWho, std::string(st.message()).c_str());
        return false;
      }
    }
  }
  return true;
}

// One pass: the importer's findings, then validation's, into *diagnostics;
// compiles only when neither found an error. Consumes lexicon->entries.
absl::StatusOr<std::shared_ptr<const Artifact>> ValidateAndCompile(Lexicon* lexicon, const CompileOptions& co,
                                                                   Progress* progress,
                                                                   std::vector<Diagnostic>* diagnostics) {
  *diagnostics = lexicon->diagnostics;
  const bool read_errors = lexicon->CountDiagnostics(Diagnostic::kError) > 0;
  progress->Phase(absl::StrCat("validating ", lexicon->entries.size(), " entries"));
  auto validated = Artifact::Validate(lexicon->entries, co);
  if (!validated.ok()) return validated.status();
  const size_t list_errors = validated->CountErrors();
  // Validation copied what it keeps into validated->merged.
  std::vector<Entry>().swap(lexicon->entries);
  diagnostics->insert(diagnostics->end(), std::make_move_iterator(validated->diagnostics.begin()),
                      std::make_move_iterator(validated->diagnostics.end()));
  validated->diagnostics.clear();
  if (list_errors > 0)
    return absl::InvalidArgumentError(absl::StrCat(list_errors, " error(s) in the keyword list; nothing was compiled"));
  if (read_errors) return absl::FailedPreconditionError("not compiled: the keyword lists have errors");
  progress->Phase(absl::StrCat("compiling ", validated->merged.size(), " entries"));
  return Artifact::CompileValidated(*validated, co, diagnostics);
}

}  // namespace

int RunCompile(int argc, char** argv) {
  Args args(argc, argv, 2,
            {"o", "output", "risk", "action", "kind", "allow", "normalize", "name", "list-version", "variants", "progress-every"},
            {"portable", "quiet", "q", "help", "h"});
  if (int rc = args.HelpOrError("compile", kHelp); rc != Args::kGoOn) return rc;
  const std::string output = args.Get("output", args.Get("o"));
  if (output.empty() || args.positionals().empty()) {
    std::fprintf(stderr, "lanjie compile: need at least one LEXICON and -o OUTPUT\n\n%s", kHelp);
    return 2;
  }
  const bool quiet = args.Has("quiet") || args.Has("q");
  const absl::Time t0 = absl::Now();
  ReadOptions ro;
  CompileOptions co;
  if (!ParseCompileFlags(args, &ro, &co)) return 2;

  auto progress = MakeProgress(args, "lanjie compile");
  progress->Phase(absl::StrCat("reading ", args.positionals().size(), " list(s)"));
  Lexicon lexicon;
  if (!ReadLists(args, ro, &lexicon)) return 2;
  const absl::Time t_read = absl::Now();
  const size_t lines_read = lexicon.entries.size();
  std::vector<Diagnostic> diagnostics;
  auto artifact = ValidateAndCompile(&lexicon, co, progress.get(), &diagnostics);
  size_t n_err = 0, n_warn = 0;
  for (const Diagnostic& d : diagnostics) {
    n_err += d.severity == Diagnostic::kError;
    n_warn += d.severity == Diagnostic::kWarning;
    if (!quiet || d.severity == Diagnostic::kError) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (!artifact.ok()) {
    std::fprintf(stderr, "lanjie compile: %s (%zu errors, %zu warnings)\n",
                 std::string(artifact.status().message()).c_str(), n_err, n_warn);
    return 2;
  }
  progress->Phase(absl::StrCat("writing ", output));
  auto saved = (*artifact)->Save(output);
  progress->Stop();
  if (auto st = saved; !st.ok()) {
    std::fprintf(stderr, "lanjie compile: %s\n", std::string(st.message()).c_str());
    return 2;
  }
  if (!quiet) {
    const Artifact::Info d = (*artifact)->info();
    std::fprintf(stderr,
                 "lanjie compile: %zu entries (%zu literal patterns, %zu regexes, %zu rules, %zu allow phrases) from %zu lines "
                 "-> %s; %zu warnings; read %.2f s, compile %.2f s; list hash %s\n",
                 (*artifact)->entries().size(), d.literal_patterns, d.regex_patterns, d.rules, d.allow_phrases,
                 lines_read, output.c_str(), n_warn, absl::ToDoubleSeconds(t_read - t0),
                 absl::ToDoubleSeconds(absl::Now() - t_read), (*artifact)->list_hash().c_str());
  }
  return 0;
}

}  // namespace lanjie::cli
