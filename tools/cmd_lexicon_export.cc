// lanjie lexicon export / diff / selftest.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "lanjie/eval/evasion_selftest.h"
#include "lanjie/eval/lexicon_selftest.h"
#include "lanjie/lexicon/canonical_csv.h"
#include "lanjie/lexicon/coverage.h"
#include "lanjie/lexicon/diff.h"
#include "lanjie/lexicon/filing_xlsx.h"
#include "lanjie/lexicon/profile.h"
#include "args.h"
#include "cmd_lexicon.h"
#include "lexicon_pipeline.h"

namespace lanjie::cli {
namespace {

constexpr char kExportHelp[] =
    "usage: lanjie lexicon export SOURCE... -o PREFIX [options]\n"
    "\n"
    "Writes, in one run: PREFIX.xlsx (filing spreadsheet: 概要 summary with version, date,\n"
    "content hash, profile, per-risk counts vs minimums and verdict; 关键词 with 序号, 关键词,\n"
    "风险类别代码, 风险类别, 语种, 来源, 更新日期; 变更记录 when --previous is given; 抗变体测试\n"
    "with --evasions),\n"
    "PREFIX.csv (merged canonical list) and PREFIX.ljdb (compiled matcher).\n"
    "Exit status: 2 errors (nothing written when no entry was taken); else 1 when the coverage check\n"
    "fails (the files are written) or entries are quarantined without --allow-quarantine; else 0.\n"
    "\n"
    "  -o, --output PREFIX   output prefix (PREFIX.xlsx, PREFIX.csv, PREFIX.ljdb)\n"
    "  --profile P           tc260-003 (default), strict-200, or a profile JSON file\n"
    "  --list-version V      version recorded in the spreadsheet and artifact (default: the date)\n"
    "  --date YYYY-MM-DD     date recorded (default: today, Beijing time)\n"
    "  --org NAME            organisation (单位) for the 概要 header block\n"
    "  --service NAME        service / model name (服务/模型名称) for the 概要 header block\n"
    "  --previous FILE       previous version (the last export's PREFIX.csv keeps the dates; a .ljdb\n"
    "                        or any list also works) for 变更记录 and each keyword's 首次收录 /\n"
    "                        更新日期 (unchanged keywords keep theirs, new and re-tagged ones get --date)\n"
    "  --portable            compile the .ljdb for any x86-64 CPU\n"
    "  --strict              no effect (kept for old scripts): a failing coverage check always exits 1\n"
    "  --evasions            add the robustness report (抗变体测试) sheet: as `lexicon selftest\n"
    "                        --evasions` on the compiled list (--sample N keywords, default 2000;\n"
    "                        --seed S, default 1)\n"
    "  --allow-quarantine    write the package although over-broad entries are quarantined (they stay\n"
    "                        out of it); without it export writes only PREFIX.quarantine.csv and exits 1\n"
    "  --json                print the report as JSON\n";

constexpr char kDiffHelp[] =
    "usage: lanjie lexicon diff OLD NEW [--json] [--xlsx FILE] [--all] [source options]\n"
    "\n"
    "OLD and NEW are .ljdb artifacts or lists (imported and merged like 'import').\n"
    "Prints added, removed and re-tagged keywords and per-risk counts; --xlsx writes the\n"
    "变更记录 sheet. Exit 0 when the versions are equal, 1 when they differ, 2 when a list has\n"
    "problems of error severity (lines not taken) or cannot be read.\n"
    "  --all                 list every changed keyword (default: the first 50 of each kind)\n"
    "  --date YYYY-MM-DD     date for the 变更记录 sheet (default: today, Beijing time)\n";

constexpr char kSelftestHelp[] =
    "usage: lanjie lexicon selftest LIST [--corpus FILE]... [--questions FILE]... [--evasions] [options]\n"
    "\n"
    "LIST is a .ljdb artifact or a list (compiled on the fly).\n"
    "  --evasions            the robustness report (抗变体测试): per keyword of a seeded sample, one\n"
    "                        sentence per evasion class (symbols, spaces, zero-width, emoji, full-width,\n"
    "                        traditional, look-alikes, HTML references, percent-encoding, pinyin joined/\n"
    "                        spaced/tone marks/tone digits/mixed, homophones, 拆字); the share intercepted\n"
    "                        with the exact original span, per class and per risk, the first misses; with\n"
    "                        --corpus also the hits per MB with each variant class on and off\n"
    "  --sample N            keywords the evasion report tests (default 2000; 0 = all)\n"
    "  --seed S              the evasion report's seed (default 1): sample, sentences, positions\n"
    "  --corpus FILE         benign text, one text per line: hits per MB and top-firing keywords\n"
    "                        (false-positive suspects) with example contexts\n"
    "  --questions FILE      question bank (CSV/TSV/XLSX/JSONL, any encoding) with a question column\n"
    "                        (question/问题/prompt), a category column (category/违规类型/风险类别/\n"
    "                        dimension) and optionally a bank column (bank/题库: should_refuse,\n"
    "                        should_answer ...): per bank, share of questions with >=1 hit per category\n"
    "                        (should-answer questions with a hit would be wrongly blocked)\n"
    "  --top N               top keywords to list (default 20)\n"
    "  --examples N          example contexts per keyword, misses per evasion class (default 3)\n"
    "  --threads N           scanning threads (default: all cores)\n"
    "  --json                print JSON\n";

// Filing dates are Beijing time (UTC+8, no daylight saving).
absl::TimeZone Beijing() { return absl::FixedTimeZone(8 * 3600); }
std::string Today() { return absl::FormatTime("%Y-%m-%d", absl::Now(), Beijing()); }

int Usage(const char* sub, const std::string& error, const char* help) {
  std::fprintf(stderr, "lanjie lexicon %s: %s\n\n%s", sub, error.c_str(), help);
  return 2;
}

}  // namespace

namespace {

// The three files of a filing package, written to temporary names and
// renamed into place only when all are complete: a failed export leaves no
// empty or partial file (and an older package, if any, untouched).
bool WritePackage(const std::string& prefix, const std::vector<Entry>& entries, const FilingInfo& info,
                  const Artifact& artifact, Progress* progress) {
  const std::string xlsx = prefix + ".xlsx", csv = prefix + ".csv", ljdb = prefix + ".ljdb";
  const std::string tmp_suffix = absl::StrCat(".tmp.", getpid());
  auto cleanup = [&] {
    for (const std::string& f : {xlsx, ljdb}) std::remove((f + tmp_suffix).c_str());
  };
  progress->Phase(absl::StrCat("writing ", xlsx, " (", entries.size(), " entries)"));
  absl::Status st = WriteFilingXlsx(xlsx + tmp_suffix, entries, info);
  if (st.ok()) st = artifact.Save(ljdb + tmp_suffix);
  if (!st.ok()) {
    cleanup();
    std::fprintf(stderr, "lanjie lexicon export: %s\n", std::string(st.message()).c_str());
    return false;
  }
  progress->Stop();
  if (!CommitFile(xlsx + tmp_suffix, xlsx, "export") || !CommitFile(ljdb + tmp_suffix, ljdb, "export") ||
      !WriteFile(csv, CanonicalCsv(entries), "export")) {
    cleanup();
    return false;
  }
  return true;
}

// The 概要 header block and the tables the workbook shows.
FilingInfo ExportInfo(const Args& args, const std::string& date, const KeywordCounts& kc,
                      const CoverageReport& coverage, const ListDiff* changes, const Artifact& artifact) {
  FilingInfo info;
  info.organisation = args.Get("org");
  info.service = args.Get("service");
  info.list_version = args.Get("list-version", date);
  info.date = date;
  info.generated_at = args.Has("date") ? absl::StrCat(date, " (北京时间)")
                                       : absl::StrCat(absl::FormatTime("%Y-%m-%d %H:%M", absl::Now(), Beijing()),
                                                      " (北京时间)");
  info.counts = &kc;
  info.content_hash = artifact.list_hash();
  info.coverage = &coverage;
  info.changes = changes;
  info.previous_version = args.Get("previous");
  return info;
}

// What export did, as JSON (--json) or text.
void PrintExport(const Args& args, const ListBuild& build, const std::string& prefix, const FilingInfo& info,
                 const ListDiff* changes) {
  const KeywordCounts& kc = *info.counts;
  const std::string xlsx = prefix + ".xlsx", csv = prefix + ".csv", ljdb = prefix + ".ljdb";
  if (args.Has("json")) {
    nlohmann::json j = ReportJson(build);
    j["coverage"] = CoverageJson(*info.coverage);
    j["outputs"] = {xlsx, csv, ljdb};
    j["list_hash"] = info.content_hash;
    j["list_version"] = info.list_version;
    j["keywords"] = kc.keywords;
    j["rows"] = kc.rows;
    j["keywords_with_several_risks"] = kc.multi_risk;
    if (changes)
      j["changes"] = {{"added", changes->added.size()}, {"removed", changes->removed.size()},
                      {"retagged", changes->retagged.size()}};
    std::printf("%s\n", j.dump(1).c_str());
    return;
  }
  std::fputs(CoverageTable(*info.coverage).c_str(), stdout);
  std::printf("%s\n", KeywordCountsText(kc).c_str());
  if (changes)
    std::printf("changes since %s: %zu added, %zu removed, %zu re-tagged\n", info.previous_version.c_str(),
                changes->added.size(), changes->removed.size(), changes->retagged.size());
  std::printf("wrote %s, %s, %s (%lld keywords, %zu entries, list hash %s)\n", xlsx.c_str(), csv.c_str(),
              ljdb.c_str(), static_cast<long long>(kc.keywords), build.validated.merged.size(),
              info.content_hash.c_str());
}

// --sample and --seed of the evasion report (defaults: EvasionOptions's).
bool ParseEvasionNumbers(const Args& args, EvasionOptions* eo) {
  try {
    if (args.Has("sample")) eo->sample = std::stoul(args.Get("sample"));
    if (args.Has("seed")) eo->seed = std::stoull(args.Get("seed"));
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

}  // namespace

int RunLexiconExport(int argc, char** argv) {
  auto valued = ListValuedOptions();
  valued.insert({"o", "output", "profile", "list-version", "date", "previous", "org", "service", "sample", "seed"});
  auto switches = ListSwitches();
  switches.insert({"portable", "strict", "allow-quarantine", "evasions"});
  Args args(argc, argv, 3, valued, switches);
  if (args.Has("help") || args.Has("h")) {
    std::printf("%s\n%s", kExportHelp, kListOptionsHelp);
    return 0;
  }
  if (!args.ok()) return Usage("export", args.error(), kExportHelp);
  const std::string prefix = args.Get("output", args.Get("o"));
  if (prefix.empty() || (args.positionals().empty() && !args.Has("sources"))) return Usage("export", "need SOURCE... and -o PREFIX", kExportHelp);
  auto profile = LoadProfile(args.Get("profile", kDefaultProfileName));
  if (!profile.ok()) return Usage("export", std::string(profile.status().message()), kExportHelp);
  const std::string date = args.Get("date", Today());

  std::vector<Entry> previous;
  const bool have_previous = args.Has("previous");
  if (have_previous && !LoadEntries(args, "export", args.Get("previous"), &previous, nullptr, false)) return 2;

  ListBuild build;
  auto progress = MakeProgress(args, "lanjie lexicon export");
  if (!BuildList(args, "export", args.positionals(), true, &build, progress.get())) return 2;
  PrintReport(args, "export", build, args.Has("json"));
  if (build.validated.merged.empty()) {
    std::fprintf(stderr, "lanjie lexicon export: the list is empty (see the problems above); nothing written\n");
    return 2;
  }
  if (!WriteQuarantine(build, args.Get("quarantine", QuarantinePathFor(prefix)), "export")) return 2;
  if (!build.hygiene.quarantined.empty() && !args.Has("allow-quarantine")) {
    std::fprintf(stderr,
                 "lanjie lexicon export: refused: %zu over-broad entries are quarantined; review them, accept the "
                 "ones you mean with --accept-broad FILE, or pass --allow-quarantine to file the list without them. "
                 "Nothing else was written.\n",
                 build.hygiene.quarantined.size());
    return CountErrors(build) > 0 ? 2 : 1;
  }

  const KeywordCounts kc = CountKeywords(build.validated.merged);
  const CoverageReport coverage =
      CheckCoverage(kc.per_risk, profile->keyword_library, profile->name, "keyword library", kc.keywords);
  ListDiff diff;
  if (have_previous) diff = DiffLists(previous, build.validated.merged);
  CarryDates(have_previous ? &previous : nullptr, date, &build.validated.merged);
  const ListDiff* changes = have_previous ? &diff : nullptr;
  FilingInfo info = ExportInfo(args, date, kc, coverage, changes, *build.artifact);
  std::vector<std::vector<std::string>> evasion_rows;
  if (args.Has("evasions")) {
    EvasionOptions eo;
    if (!ParseEvasionNumbers(args, &eo)) return Usage("export", "--sample and --seed take numbers", kExportHelp);
    auto report = SelfTestEvasions(build.artifact, eo);
    if (!report.ok()) {
      std::fprintf(stderr, "lanjie lexicon export: %s\n", std::string(report.status().message()).c_str());
      return 2;
    }
    evasion_rows = EvasionSheetRows(*report);
    info.evasion_rows = &evasion_rows;
  }
  if (!WritePackage(prefix, build.validated.merged, info, *build.artifact, progress.get())) return 2;
  PrintExport(args, build, prefix, info, changes);
  // Coverage below the profile is a verdict: exit 1, the files are written
  // (a reviewer reads the shortfall in the 概要 sheet).
  return ListExitCode(build, !coverage.pass);
}

int RunLexiconDiff(int argc, char** argv) {
  auto valued = ListValuedOptions();
  valued.insert({"xlsx", "date"});
  auto switches = ListSwitches();
  switches.insert("all");
  Args args(argc, argv, 3, valued, switches);
  if (args.Has("help") || args.Has("h")) {
    std::printf("%s\n%s", kDiffHelp, kListOptionsHelp);
    return 0;
  }
  if (!args.ok()) return Usage("diff", args.error(), kDiffHelp);
  if (args.positionals().size() != 2) return Usage("diff", "need exactly two versions: OLD NEW", kDiffHelp);
  std::vector<Entry> old_list, new_list;
  uint64_t errors = 0;
  if (!LoadEntries(args, "diff", args.positionals()[0], &old_list, nullptr, false, &errors)) return 2;
  if (!LoadEntries(args, "diff", args.positionals()[1], &new_list, nullptr, false, &errors)) return 2;
  ListDiff diff = DiffLists(old_list, new_list);
  const KeywordCounts old_counts = CountKeywords(old_list), new_counts = CountKeywords(new_list);
  if (args.Has("xlsx")) {
    if (auto st = WriteChangeRecordXlsx(args.Get("xlsx"), diff, args.Get("date", Today())); !st.ok()) {
      std::fprintf(stderr, "lanjie lexicon diff: %s\n", std::string(st.message()).c_str());
      return 2;
    }
  }
  if (args.Has("json")) {
    nlohmann::json j = DiffJson(diff);
    j["old_counts"] = {{"keywords", old_counts.keywords}, {"rows", old_counts.rows},
                       {"keywords_with_several_risks", old_counts.multi_risk}, {"allow", old_counts.allow}};
    j["new_counts"] = {{"keywords", new_counts.keywords}, {"rows", new_counts.rows},
                       {"keywords_with_several_risks", new_counts.multi_risk}, {"allow", new_counts.allow}};
    std::printf("%s\n", j.dump(1).c_str());
  } else {
    std::printf("old: %s\nnew: %s\n", KeywordCountsText(old_counts).c_str(), KeywordCountsText(new_counts).c_str());
    std::fputs(DiffText(diff, args.Has("all") ? 0 : 50).c_str(), stdout);
  }
  if (errors > 0) return 2;
  return diff.added.empty() && diff.removed.empty() && diff.retagged.empty() ? 0 : 1;
}

namespace {

// --threads (default: all cores), --top, --examples; false when one is not a number.
bool ParseSelfTestNumbers(const Args& args, SelfTestOptions* o, EvasionOptions* eo) {
  if (!ParseEvasionNumbers(args, eo)) return false;
  try {
    o->threads = args.Has("threads") ? std::stoi(args.Get("threads")) : static_cast<int>(std::thread::hardware_concurrency());
    o->top = std::stoul(args.Get("top", "20"));
    o->examples = std::stoul(args.Get("examples", "3"));
    eo->misses = o->examples;
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

// The whole of a --corpus file; prints the error and returns false.
bool ReadCorpus(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "lanjie lexicon selftest: %s: cannot open\n", path.c_str());
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  *text = std::move(ss).str();
  return true;
}

// Scans each --corpus file; prints its table, or (json) adds it to out["corpora"].
// Prints the first error and returns false.
bool SelfTestCorpora(const Args& args, const std::shared_ptr<const Artifact>& artifact, const SelfTestOptions& o,
                     bool json, nlohmann::json* out) {
  for (const std::string& path : args.GetAll("corpus")) {
    std::string text;
    if (!ReadCorpus(path, &text)) return false;
    const absl::Time t0 = absl::Now();
    auto r = SelfTestCorpus(artifact, text, path, o);
    if (!r.ok()) {
      std::fprintf(stderr, "lanjie lexicon selftest: %s\n", std::string(r.status().message()).c_str());
      return false;
    }
    const double secs = absl::ToDoubleSeconds(absl::Now() - t0);
    if (json) {
      nlohmann::json j = nlohmann::json::parse(CorpusSelfTestJson(*r));
      j["seconds"] = secs;
      (*out)["corpora"].push_back(j);
    } else {
      std::fputs(CorpusSelfTestTable(*r).c_str(), stdout);
      std::printf("(scanned in %.2f s, %d threads)\n\n", secs, o.threads);
    }
  }
  return true;
}

// Checks each --questions file, one result per bank (should-refuse: recall;
// should-answer: would-be false blocks); prints tables, or (json) adds them
// to out["banks"]. Rows not read are listed on stderr. Prints the first
// error and returns false.
bool SelfTestQuestionFiles(const Args& args, const std::shared_ptr<const Artifact>& artifact,
                           const SelfTestOptions& o, bool json, nlohmann::json* out) {
  for (const std::string& path : args.GetAll("questions")) {
    std::vector<std::string> problems;
    auto questions = ReadSelfTestQuestions(path, &problems);
    if (!questions.ok()) {
      std::fprintf(stderr, "lanjie lexicon selftest: %s\n", std::string(questions.status().message()).c_str());
      return false;
    }
    for (const std::string& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
    for (const auto& [bank, group] : SplitByBank(*questions)) {
      auto r = SelfTestRecall(artifact, group, path, o);
      if (!r.ok()) {
        std::fprintf(stderr, "lanjie lexicon selftest: %s\n", std::string(r.status().message()).c_str());
        return false;
      }
      if (json) {
        nlohmann::json j = nlohmann::json::parse(RecallSelfTestJson(*r));
        j["rows_not_read"] = problems.size();
        (*out)["banks"].push_back(j);
      } else {
        std::fputs(RecallSelfTestTable(*r).c_str(), stdout);
        std::printf("\n");
      }
    }
    if (!json && !problems.empty()) std::printf("(%s: %zu rows not read, listed on stderr)\n\n", path.c_str(), problems.size());
  }
  return true;
}

}  // namespace

// The robustness report (--evasions): the evasion classes over a sample of
// the list, then each --corpus file's hits by variant class. Prints the
// table, or (json) sets out["evasions"]; prints the first error and
// returns false.
bool SelfTestEvasionReport(const Args& args, const std::shared_ptr<const Artifact>& artifact,
                           const EvasionOptions& options, bool json, nlohmann::json* out) {
  auto r = SelfTestEvasions(artifact, options);
  if (!r.ok()) {
    std::fprintf(stderr, "lanjie lexicon selftest: %s\n", std::string(r.status().message()).c_str());
    return false;
  }
  for (const std::string& path : args.GetAll("corpus")) {
    std::string text;
    if (!ReadCorpus(path, &text)) return false;
    if (absl::Status s = SelfTestEvasionBenign(artifact, text, path, &*r); !s.ok()) {
      std::fprintf(stderr, "lanjie lexicon selftest: %s: %s\n", path.c_str(), std::string(s.message()).c_str());
      return false;
    }
  }
  if (json) (*out)["evasions"] = nlohmann::json::parse(EvasionSelfTestJson(*r));
  else std::fputs(EvasionSelfTestTable(*r).c_str(), stdout);
  return true;
}

int RunLexiconSelftest(int argc, char** argv) {
  auto valued = ListValuedOptions();
  valued.insert({"corpus", "questions", "top", "examples", "threads", "sample", "seed"});
  auto switches = ListSwitches();
  switches.insert("evasions");
  Args args(argc, argv, 3, valued, switches);
  if (args.Has("help") || args.Has("h")) {
    std::printf("%s\n%s", kSelftestHelp, kListOptionsHelp);
    return 0;
  }
  if (!args.ok()) return Usage("selftest", args.error(), kSelftestHelp);
  if (args.positionals().size() != 1) return Usage("selftest", "need one LIST (.ljdb or a list)", kSelftestHelp);
  if (!args.Has("corpus") && !args.Has("questions") && !args.Has("evasions"))
    return Usage("selftest", "need --corpus FILE, --questions FILE and/or --evasions", kSelftestHelp);
  SelfTestOptions o;
  EvasionOptions eo;
  if (!ParseSelfTestNumbers(args, &o, &eo))
    return Usage("selftest", "--threads, --top, --examples, --sample and --seed take numbers", kSelftestHelp);
  std::vector<Entry> entries;
  std::shared_ptr<const Artifact> artifact;
  if (!LoadEntries(args, "selftest", args.positionals()[0], &entries, &artifact, true)) return 2;
  const bool json = args.Has("json");
  nlohmann::json out = {{"list", args.positionals()[0]}, {"entries", artifact->entries().size()},
                        {"corpora", nlohmann::json::array()}, {"banks", nlohmann::json::array()}};
  if (!SelfTestCorpora(args, artifact, o, json, &out)) return 2;
  if (!SelfTestQuestionFiles(args, artifact, o, json, &out)) return 2;
  if (args.Has("evasions") && !SelfTestEvasionReport(args, artifact, eo, json, &out)) return 2;
  if (json) std::printf("%s\n", out.dump(1).c_str());
  return 0;
}

}  // namespace lanjie::cli
