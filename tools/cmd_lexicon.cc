// lanjie lexicon: import, check, coverage (this file); export, diff,
// selftest (cmd_lexicon_export.cc, cmd_lexicon_selftest.cc).
#include "cmd_lexicon.h"

#include <cstdio>
#include <cstring>
#include <map>

#include "absl/strings/str_cat.h"
#include "lanjie/lexicon/canonical_csv.h"
#include "lanjie/lexicon/coverage.h"
#include "lanjie/lexicon/script.h"
#include "lanjie/lexicon/profile.h"
#include "args.h"
#include "commands.h"
#include "lexicon_pipeline.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie lexicon <sub-command> [options]\n"
    "\n"
    "The keyword interception list (关键词拦截列表): import any source, validate, check\n"
    "coverage against a filing profile, export the filing spreadsheet, diff versions, self-test.\n"
    "SOURCE is a .csv/.tsv (header row; columns by name: keyword/关键词/敏感词, risk/风险类别代码,\n"
    "category/风险类别/分类, kind, action, match, note), an .xlsx, a plain list (one keyword per\n"
    "line, category from --category or the file name), a houbb `word tag[,tag]` file, or a\n"
    "directory of per-category files. Any encoding (BOM, UTF-8, UTF-16, GB18030/GBK detected).\n"
    "\n"
    "sub-commands:\n"
    "  import SOURCE... -o MERGED.csv   import, validate and write the merged canonical CSV\n"
    "                                   (keyword,risk,kind,action,match,note,source,line,accept,\n"
    "                                   first_seen,updated,origin,variants), MERGED.quarantine.csv\n"
    "  check SOURCE...                  the same problem report without writing anything\n"
    "  coverage SOURCE... [--profile P] per-risk count/minimum/shortfall/pass, total, verdict,\n"
    "                                   and counts by script (exit 1 when the list fails)\n"
    "  export SOURCE... -o PREFIX       PREFIX.xlsx (filing spreadsheet), PREFIX.csv, PREFIX.ljdb\n"
    "  diff OLD NEW                     added / removed / re-tagged keywords and per-risk counts\n"
    "                                   (OLD, NEW: lists or .ljdb artifacts)\n"
    "  selftest LIST [--corpus FILE]... [--questions FILE]...\n"
    "                                   hits per MB and top-firing keywords on benign text; share of\n"
    "                                   should-refuse questions with >=1 hit, per category\n"
    "\n"
    "Over-broad entries (single characters, symbol-only entries, short Latin words and numbers,\n"
    "keywords hitting too many lines of the built-in benign sample; numbers in the profile's\n"
    "list_hygiene) are quarantined: kept out of the merged list and the artifact, written to a\n"
    "review list (*.quarantine.csv) unless accepted with --accept-broad FILE or an accept column.\n"
    "\n"
    "Exit status, every sub-command: 2 errors (bad usage, unreadable input, problems of error\n"
    "severity: lines not taken, even when outputs were written); else 1 a verdict failed\n"
    "(coverage below the profile, export refused while entries are quarantined, diff: the\n"
    "versions differ); else 0.\n"
    "'lanjie lexicon <sub-command> --help' lists each sub-command's options.\n";

constexpr char kImportHelp[] =
    "usage: lanjie lexicon import SOURCE... -o MERGED.csv [options]\n"
    "       lanjie lexicon check SOURCE... [options]\n"
    "\n"
    "Imports every SOURCE, reports each problem with file and line (errors: not taken; warnings:\n"
    "duplicates merged, conflicts, over-broad entries quarantined; info: covered by a shorter\n"
    "keyword), the per-source counts (records taken / not taken) and writes the merged list and,\n"
    "when entries were quarantined, MERGED.quarantine.csv (the review list).\n"
    "\n"
    "  -o, --output FILE     merged canonical CSV (import only)\n"
    "  --json                print the report as JSON on stdout\n";

constexpr char kCoverageHelp[] =
    "usage: lanjie lexicon coverage SOURCE... [--profile NAME|FILE] [--json]\n"
    "\n"
    "Counts the merged list per risk against the profile's keyword-library minimums\n"
    "(built-in: tc260-003, strict-200; or a profile JSON file). Exit 1 when it fails.\n";

int Usage(const char* sub, const std::string& error, const char* help) {
  std::fprintf(stderr, "lanjie lexicon %s: %s\n\n%s", sub, error.c_str(), help);
  return 2;
}

}  // namespace

int RunLexicon(int argc, char** argv) {
  if (argc < 3 || !std::strcmp(argv[2], "--help") || !std::strcmp(argv[2], "-h") || !std::strcmp(argv[2], "help")) {
    std::fputs(kHelp, argc < 3 ? stderr : stdout);
    return argc < 3 ? 2 : 0;
  }
  const char* sub = argv[2];
  if (!std::strcmp(sub, "import")) return RunLexiconImport(argc, argv, false);
  if (!std::strcmp(sub, "check") || !std::strcmp(sub, "validate")) return RunLexiconImport(argc, argv, true);
  if (!std::strcmp(sub, "coverage")) return RunLexiconCoverage(argc, argv);
  if (!std::strcmp(sub, "export")) return RunLexiconExport(argc, argv);
  if (!std::strcmp(sub, "diff")) return RunLexiconDiff(argc, argv);
  if (!std::strcmp(sub, "selftest") || !std::strcmp(sub, "self-test")) return RunLexiconSelftest(argc, argv);
  std::fprintf(stderr, "lanjie lexicon: unknown sub-command '%s'\n\n%s", sub, kHelp);
  return 2;
}

int RunLexiconImport(int argc, char** argv, bool check_only) {
  const char* sub = check_only ? "check" : "import";
  auto valued = ListValuedOptions();
  valued.insert({"o", "output"});
  Args args(argc, argv, 3, valued, ListSwitches());
  if (args.Has("help") || args.Has("h")) {
    std::printf("%s\n%s", kImportHelp, kListOptionsHelp);
    return 0;
  }
  if (!args.ok()) return Usage(sub, args.error(), kImportHelp);
  const std::string output = args.Get("output", args.Get("o"));
  if (args.positionals().empty() && !args.Has("sources")) return Usage(sub, "need at least one SOURCE", kImportHelp);
  if (!check_only && output.empty()) return Usage(sub, "need -o MERGED.csv (or use 'check')", kImportHelp);
  ListBuild build;
  auto progress = MakeProgress(args, std::string("lanjie lexicon ") + sub);
  if (!BuildList(args, sub, args.positionals(), false, &build, progress.get())) return 2;
  progress->Stop();
  const bool json = args.Has("json");
  PrintReport(args, sub, build, json);
  if (!check_only && build.validated.merged.empty() && CountErrors(build) > 0) {
    std::fprintf(stderr, "lanjie lexicon %s: no entry was taken (see the errors above); %s not written\n", sub,
                 output.c_str());
    return 2;
  }
  if (!check_only && !WriteFile(output, CanonicalCsv(build.validated.merged), sub)) return 2;
  const std::string quarantine = args.Get("quarantine", check_only ? "" : QuarantinePathFor(output));
  if (!quarantine.empty() && !WriteQuarantine(build, quarantine, sub)) return 2;
  if (json) {
    nlohmann::json j = ReportJson(build);
    if (!check_only) j["output"] = output;
    std::printf("%s\n", j.dump(1).c_str());
  } else if (!check_only) {
    std::printf("wrote %s (%zu entries)\n", output.c_str(), build.validated.merged.size());
  }
  return ListExitCode(build, false);
}

int RunLexiconCoverage(int argc, char** argv) {
  auto valued = ListValuedOptions();
  valued.insert("profile");
  Args args(argc, argv, 3, valued, ListSwitches());
  if (args.Has("help") || args.Has("h")) {
    std::printf("%s\n%s", kCoverageHelp, kListOptionsHelp);
    return 0;
  }
  if (!args.ok()) return Usage("coverage", args.error(), kCoverageHelp);
  if (args.positionals().empty() && !args.Has("sources")) return Usage("coverage", "need at least one SOURCE", kCoverageHelp);
  auto profile = LoadProfile(args.Get("profile", kDefaultProfileName));
  if (!profile.ok()) return Usage("coverage", std::string(profile.status().message()), kCoverageHelp);
  ListBuild build;
  auto progress = MakeProgress(args, "lanjie lexicon coverage");
  if (!BuildList(args, "coverage", args.positionals(), false, &build, progress.get())) return 2;
  progress->Stop();
  const bool json = args.Has("json");
  PrintReport(args, "coverage", build, true);
  if (args.Has("quarantine") && !WriteQuarantine(build, args.Get("quarantine"), "coverage")) return 2;
  std::map<KeywordScript, int64_t> scripts;
  auto classifier = ScriptClassifier::Create();
  if (!classifier.ok()) return Usage("coverage", std::string(classifier.status().message()), kCoverageHelp);
  for (const Entry& e : build.validated.merged) {
    if (e.action == Action::kAllow) continue;
    ++scripts[classifier->Classify(e.keyword)];
  }
  const KeywordCounts kc = CountKeywords(build.validated.merged);
  CoverageReport report =
      CheckCoverage(kc.per_risk, profile->keyword_library, profile->name, "keyword library", kc.keywords);
  if (json) {
    nlohmann::json j = CoverageJson(report);
    nlohmann::json s = nlohmann::json::object();
    for (const auto& [script, n] : scripts) s[KeywordScriptName(script)] = n;
    j["scripts"] = s;
    j["keywords"] = kc.keywords;
    j["rows"] = kc.rows;
    j["keywords_with_several_risks"] = kc.multi_risk;
    j["problems"] = ReportJson(build)["problems"];
    std::printf("%s\n", j.dump(1).c_str());
  } else {
    std::fputs(CoverageTable(report).c_str(), stdout);
    std::printf("%s\n", KeywordCountsText(kc).c_str());
    std::printf("\nby script / language (rows):\n");
    for (const auto& [script, n] : scripts)
      std::printf("  %-20s %-6s %9lld\n", KeywordScriptName(script), KeywordScriptLabel(script),
                  static_cast<long long>(n));
    if (CountErrors(build) > 0)
      std::printf("note: %llu lines were not taken (errors); run 'lanjie lexicon check' for the list\n",
                  static_cast<unsigned long long>(CountErrors(build)));
  }
  return ListExitCode(build, !report.pass);
}

}  // namespace lanjie::cli
