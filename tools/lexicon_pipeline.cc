#include "lexicon_pipeline.h"


#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/strings/ascii.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/text_io.h"
#include "lanjie/lexicon/canonical_csv.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie::cli {

std::set<std::string> ListValuedOptions() {
  return {"map", "format", "encoding", "sheet", "category", "action", "kind", "allow", "normalize",
          "max-problems", "problems", "max-keyword-bytes", "profile", "accept-broad", "quarantine",
          "progress-every", "sources"};
}
std::set<std::string> ListSwitches() {
  return {"no-default-map", "no-covered", "v", "verbose", "json", "help", "h", "q", "quiet"};
}

const char kListOptionsHelp[] =
    "source options (any sub-command that reads lists):\n"
    "  --format F            auto (default) | csv | tsv | xlsx | plain | tags | dir\n"
    "  --encoding E          force an encoding (GB18030, UTF-16LE ...); default: detect per file\n"
    "  --sheet NAME          XLSX sheet (default: the first)\n"
    "  SOURCE:CATEGORY       a risk code or category name for that source's plain lists (default:\n"
    "                        the file name); SOURCE:- = never import it\n"
    "  --sources FILE        more sources, one 'path<TAB>category' per line (category optional, '-' =\n"
    "                        never import; relative paths from the file's directory)\n"
    "  --category C          the same for the only SOURCE (an error with several: use SOURCE:C)\n"
    "  --map FILE            category mapping (category<TAB>risk per line, '-' = skip), overrides\n"
    "                        the built-in data/category_map.tsv; --no-default-map drops the built-in one\n"
    "  --action A, --kind K  defaults for entries without those columns\n"
    "  --allow FILE          plain list of allow-listed phrases (repeatable)\n"
    "  --normalize SPEC      folding used for duplicate checks and compilation (see lanjie compile)\n"
    "  --max-keyword-bytes N longer lines are errors, not keywords (default 1024)\n"
    "  --no-covered          skip the covered-by-a-shorter-keyword check\n"
    "  --profile P           tc260-003 (default), strict-200 or a profile JSON file: its list_hygiene\n"
    "                        numbers decide which entries are over-broad\n"
    "  --accept-broad FILE   keep these over-broad keywords (plain list, or a CSV with a keyword column\n"
    "                        and an accept column: the quarantine file with accept=1); repeatable.\n"
    "                        A source's own 'accept' column (1/yes/是) does the same per row\n"
    "  --quarantine FILE     where to write the quarantine review list (default: beside the output;\n"
    "                        check and coverage write it only when given)\n"
    "  --problems FILE       write every problem (severity,file,line,message) as CSV\n"
    "  --max-problems N      print at most N problems of each severity (default 30; 0 = all)\n"
    "  -v, --verbose         also print informational problems\n"
    "  -q, --quiet           no progress lines (otherwise one line every few seconds on stderr while\n"
    "                        a long phase runs, also when stderr is not a terminal)\n"
    "  --progress-every S    seconds between progress lines (default 3; 0 = every phase as it starts)\n";

namespace {

bool ParseCommon(const Args& args, const char* cmd, ImportOptions* io, CategoryMap* map, NormalizerOptions* norm) {
  auto fail = [&](const std::string& what, const absl::Status& st) {
    std::fprintf(stderr, "lanjie lexicon %s: %s%s\n", cmd, what.c_str(), std::string(st.message()).c_str());
    return false;
  };
  if (!args.Has("no-default-map")) *map = CategoryMap::Defaults();
  for (const std::string& m : args.GetAll("map"))
    if (auto st = map->MergeFile(m); !st.ok()) return fail("--map: ", st);
  io->map = map;
  auto format = ParseSourceFormat(args.Get("format"));
  if (!format.ok()) return fail("--format: ", format.status());
  io->format = *format;
  io->encoding = args.Get("encoding");
  io->sheet = args.Get("sheet");
  io->default_risk = args.Get("category");
  if (args.Has("max-keyword-bytes") && !absl::SimpleAtoi(args.Get("max-keyword-bytes"), &io->max_keyword_bytes))
    return fail("--max-keyword-bytes: ", absl::InvalidArgumentError("not a non-negative integer: " +
                                                                    args.Get("max-keyword-bytes")));
  if (size_t n = 0; args.Has("max-problems") && !absl::SimpleAtoi(args.Get("max-problems"), &n))
    return fail("--max-problems: ", absl::InvalidArgumentError("not a non-negative integer: " + args.Get("max-problems")));
  const std::string who = absl::StrCat("lanjie lexicon ", cmd);
  return ParseFlag(args, who.c_str(), "action", ParseAction, &io->default_action) &&
         ParseFlag(args, who.c_str(), "kind", ParseEntryKind, &io->default_kind) &&
         ParseFlag(args, who.c_str(), "normalize", ParseOptions, norm);
}


// "path:category" -> {path, category} when `path` exists and the whole
// argument does not; otherwise {argument, ""}.
std::pair<std::string, std::string> SplitSourceCategory(const std::string& arg) {
  std::error_code ec;
  const size_t colon = arg.rfind(':');
  if (colon == std::string::npos || colon == 0 || std::filesystem::exists(arg, ec)) return {arg, ""};
  std::string path = arg.substr(0, colon), category = arg.substr(colon + 1);
  if (category.empty() || !std::filesystem::exists(path, ec)) return {arg, ""};
  return {path, category};
}

}  // namespace

Progress::Progress(std::string prefix, bool quiet, double every_seconds)
    : prefix_(std::move(prefix)), quiet_(quiet), every_(every_seconds) {
  if (!quiet_ && every_ > 0) ticker_ = std::thread([this] { Run(); });
}

Progress::~Progress() { Stop(); }

void Progress::Phase(std::string what) {
  if (quiet_) return;
  std::lock_guard<std::mutex> lock(mu_);
  phase_ = std::move(what);
  phase_start_ = last_print_ = std::chrono::steady_clock::now();
  if (every_ <= 0) std::fprintf(stderr, "%s: %s ...\n", prefix_.c_str(), phase_.c_str());
}

void Progress::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void Progress::Run() {
  const auto every = std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(every_));
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_) {
    cv_.wait_for(lock, every);
    if (stop_ || phase_.empty()) continue;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_print_ < every) continue;
    last_print_ = now;
    std::fprintf(stderr, "%s: %s ... %.0f s\n", prefix_.c_str(), phase_.c_str(),
                 std::chrono::duration<double>(now - phase_start_).count());
  }
}

std::unique_ptr<Progress> MakeProgress(const Args& args, const std::string& prefix) {
  double every = 3;
  if (args.Has("progress-every")) {
    try {
      every = std::stod(args.Get("progress-every"));
    } catch (const std::exception&) {
      every = 3;
    }
  }
  return std::make_unique<Progress>(prefix, args.Has("q") || args.Has("quiet"), every);
}

namespace {

// Appends the --sources FILE lines (path<TAB>category, '#' comments) to plan;
// relative paths resolve against the sources file. False after printing the error.
bool AppendSourcesFiles(const Args& args, const char* cmd, std::vector<std::pair<std::string, std::string>>* plan) {
  for (const std::string& file : args.GetAll("sources")) {
    auto bytes = ReadFile(file);
    if (!bytes.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: --sources: %s\n", cmd, std::string(bytes.status().message()).c_str());
      return false;
    }
    ForEachLine(*bytes, [&](uint32_t, std::string_view raw) {
      std::string_view t = Sv(absl::StripAsciiWhitespace(Av(raw)));
      if (t.empty() || t[0] == '#') return;
      const size_t tab = t.find('\t');
      std::string path(t.substr(0, tab));
      std::string category = tab == std::string_view::npos ? "" : std::string(absl::StripAsciiWhitespace(Av(t.substr(tab + 1))));
      if (!path.empty() && path[0] != '/' && !std::filesystem::exists(path))
        path = (std::filesystem::path(file).parent_path() / path).string();  // relative to the sources file
      plan->emplace_back(path, category);
    });
  }
  return true;
}

// Imports each planned source (category '-' = a "skipped" report, not imported)
// and then every --allow list into out->imported. False after printing the error.
bool ImportPlan(const Args& args, const char* cmd, const ImportOptions& io,
                const std::vector<std::pair<std::string, std::string>>& plan, ListBuild* out) {
  for (const auto& [path, category] : plan) {
    if (category == "-") {
      std::fprintf(stderr, "lanjie lexicon %s: %s: mapped to '-': not imported\n", cmd, path.c_str());
      SourceReport skipped;
      skipped.path = path;
      skipped.format = "skipped";
      skipped.encoding = "(mapped to '-')";
      out->imported.sources.push_back(skipped);
      continue;
    }
    ImportOptions per_source = io;
    if (!category.empty()) per_source.default_risk = category;
    if (auto st = ImportSource(path, per_source, &out->imported); !st.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(st.message()).c_str());
      return false;
    }
  }
  ImportOptions allow = io;
  allow.default_action = Action::kAllow;
  allow.format = SourceFormat::kPlain;
  allow.default_risk = "";
  for (const std::string& path : args.GetAll("allow")) {
    if (auto st = ImportSource(path, allow, &out->imported); !st.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(st.message()).c_str());
      return false;
    }
  }
  return true;
}

// Folds every --accept-broad list into accept (over-broad keywords kept in the
// list). False after printing the error.
bool LoadAcceptBroad(const Args& args, const char* cmd, const NormalizerOptions& norm,
                     absl::flat_hash_set<std::string>* accept) {
  for (const std::string& path : args.GetAll("accept-broad")) {
    auto bytes = ReadFile(path);
    if (!bytes.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: --accept-broad: %s\n", cmd, std::string(bytes.status().message()).c_str());
      return false;
    }
    auto folded = FoldAcceptList(path, *bytes, norm);
    if (!folded.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: --accept-broad: %s\n", cmd, std::string(folded.status().message()).c_str());
      return false;
    }
    accept->insert(folded->begin(), folded->end());
  }
  return true;
}

// The compile options of a list build: norm's folding, --no-covered,
// --list-version (default --date, default today in UTC+8).
CompileOptions ListCompileOptions(const Args& args, const NormalizerOptions& norm) {
  CompileOptions co;
  co.normalizer = norm;
  co.check_covered = !args.Has("no-covered");
  co.list_version = args.Get("list-version", args.Get("date", absl::FormatTime("%Y-%m-%d", absl::Now(), absl::FixedTimeZone(8 * 3600))));
  return co;
}

// Validates out->imported's entries into out->validated and then frees the
// imported copies. False after printing the error.
bool ValidateImported(const char* cmd, const CompileOptions& co, ListBuild* out) {
  auto validated = Artifact::Validate(out->imported.lexicon.entries, co);
  if (!validated.ok()) {
    std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(validated.status().message()).c_str());
    return false;
  }
  out->validated = *std::move(validated);
  out->matcher_errors = out->validated.stats.matcher_rejected;
  // The merged list holds what is kept: the imported copies are not needed
  // again (a 200k-entry import is tens of MB, held through compilation).
  std::vector<Entry>().swap(out->imported.lexicon.entries);
  return true;
}

// Hygiene: over-broad entries leave out->validated's merged list (into
// out->hygiene) unless accepted; --profile's numbers decide. False after
// printing the error.
bool QuarantineBroad(const Args& args, const char* cmd, const NormalizerOptions& norm, ListBuild* out,
                     Progress* progress) {
  auto profile = LoadProfile(args.Get("profile", kDefaultProfileName));
  if (!profile.ok()) {
    std::fprintf(stderr, "lanjie lexicon %s: --profile: %s\n", cmd, std::string(profile.status().message()).c_str());
    return false;
  }
  absl::flat_hash_set<std::string> accept;
  if (!LoadAcceptBroad(args, cmd, norm, &accept)) return false;
  if (progress) progress->Phase(absl::StrCat("checking ", out->validated.merged.size(), " entries against the benign sample"));
  auto hygiene = QuarantineOverBroad(&out->validated, profile->list_hygiene, accept, BuiltinBenignSample(), norm);
  if (!hygiene.ok()) {
    std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(hygiene.status().message()).c_str());
    return false;
  }
  out->hygiene = *std::move(hygiene);
  return true;
}

// out->diagnostics = the import's, then validation's (over-broad warnings
// dropped, rejected errors marked "not taken"), then one per quarantined entry.
void MergeDiagnostics(ListBuild* out) {
  out->diagnostics = std::move(out->imported.lexicon.diagnostics);
  // Validation's over-broad warnings are replaced by the quarantine's verdicts.
  for (Diagnostic& d : out->validated.diagnostics) {
    if (d.kind == Finding::kOverBroad) continue;
    if (d.severity == Diagnostic::kError && (d.kind == Finding::kInvalidRegex || d.kind == Finding::kInvalidRule ||
                                             d.kind == Finding::kNotLiteralAllow || d.kind == Finding::kLineBreak ||
                                             d.kind == Finding::kBadField))
      d.message += "; not taken";
    out->diagnostics.push_back(std::move(d));
  }
  out->validated.diagnostics.clear();
  for (const QuarantinedEntry& q : out->hygiene.quarantined)
    out->diagnostics.push_back({Diagnostic::kWarning, q.entry.source, q.entry.line,
                                absl::StrCat("over-broad keyword '", q.entry.keyword, "' quarantined (", q.reason,
                                             "): ", q.explanation, "; not in the list unless accepted"),
                                Finding::kQuarantined});
}

}  // namespace

bool BuildList(const Args& args, const char* cmd, const std::vector<std::string>& sources, bool compile,
               ListBuild* out, Progress* progress) {
  auto phase = [&](std::string what) {
    if (progress) progress->Phase(std::move(what));
  };
  ImportOptions io;
  CategoryMap map;
  NormalizerOptions norm;
  if (!ParseCommon(args, cmd, &io, &map, &norm)) return false;
  const absl::Time t0 = absl::Now();
  // Per-source categories: SOURCE:CATEGORY on the command line and
  // path<TAB>category lines of --sources FILE; '-' means never import.
  std::vector<std::pair<std::string, std::string>> plan;  // path, category ("" = from the file name)
  for (const std::string& s : sources) plan.push_back(SplitSourceCategory(s));
  if (!AppendSourcesFiles(args, cmd, &plan)) return false;
  if (plan.empty()) {
    std::fprintf(stderr, "lanjie lexicon %s: no SOURCE given\n", cmd);
    return false;
  }
  if (!io.default_risk.empty() && plan.size() > 1) {
    std::fprintf(stderr,
                 "lanjie lexicon %s: --category applies to one SOURCE only; with several, give each its own "
                 "category as SOURCE:CATEGORY (or path<TAB>category lines in --sources FILE; '-' = do not import)\n",
                 cmd);
    return false;
  }
  phase(absl::StrCat("importing ", plan.size(), " source(s)"));
  if (!ImportPlan(args, cmd, io, plan, out)) return false;
  FinishImport(&out->imported);
  const absl::Time t1 = absl::Now();
  phase(absl::StrCat("validating ", out->imported.lexicon.entries.size(), " entries"));
  // The one validation pass (duplicates, conflicts, over-broad, regex and
  // rule syntax ...): typed findings; rejected entries are out of the list.
  const CompileOptions co = ListCompileOptions(args, norm);
  if (!ValidateImported(cmd, co, out)) return false;

  if (!QuarantineBroad(args, cmd, norm, out, progress)) return false;
  const absl::Time t2 = absl::Now();
  MergeDiagnostics(out);

  absl::StatusOr<std::shared_ptr<const Artifact>> artifact;
  if (compile) {
    phase(absl::StrCat("compiling ", out->validated.merged.size(), " entries"));
    artifact = Artifact::CompileValidated(out->validated, co, &out->diagnostics);
  }
  if (compile) {
    if (!artifact.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: compile: %s\n", cmd, std::string(artifact.status().message()).c_str());
      return false;
    }
    out->artifact = *artifact;
  }
  out->import_s = absl::ToDoubleSeconds(t1 - t0);
  out->validate_s = absl::ToDoubleSeconds(t2 - t1);
  out->compile_s = absl::ToDoubleSeconds(absl::Now() - t2);
  return true;
}

bool LoadEntries(const Args& args, const char* cmd, const std::string& path, std::vector<Entry>* entries,
                 std::shared_ptr<const Artifact>* artifact, bool compile, uint64_t* error_count) {
  if (absl::EndsWith(path, ".ljdb")) {
    auto a = Artifact::Load(path);
    if (!a.ok()) {
      std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(a.status().message()).c_str());
      return false;
    }
    for (const CompiledEntry ce : (*a)->entries()) entries->push_back(ToSourceEntry(ce));
    if (artifact) *artifact = *a;
    return true;
  }
  ListBuild build;
  if (!BuildList(args, cmd, {path}, compile, &build)) return false;
  const uint64_t errors = CountErrors(build);
  if (error_count) *error_count += errors;
  if (errors > 0)
    std::fprintf(stderr, "lanjie lexicon %s: %s: %llu problem(s) of error severity; run 'lanjie lexicon check %s'\n",
                 cmd, path.c_str(), static_cast<unsigned long long>(errors), path.c_str());
  *entries = std::move(build.validated.merged);
  if (artifact) *artifact = build.artifact;
  return true;
}

uint64_t CountErrors(const ListBuild& build) {
  uint64_t n = 0;
  for (const Diagnostic& d : build.diagnostics) n += d.severity == Diagnostic::kError;
  return n;
}

nlohmann::json QuarantineJson(const HygieneResult& h) {
  std::map<std::string, uint64_t> by_reason;
  for (const QuarantinedEntry& q : h.quarantined) ++by_reason[q.reason];
  return {{"entries", h.quarantined.size()}, {"by_reason", by_reason}, {"accepted", h.accepted},
          {"benign_sample_lines", h.sample_lines}};
}

nlohmann::json ReportJson(const ListBuild& b) {
  nlohmann::json sources = nlohmann::json::array();
  uint64_t records = 0, taken = 0, not_taken = 0;
  for (const SourceReport& s : b.imported.sources) {
    sources.push_back({{"path", s.path}, {"format", s.format}, {"encoding", s.encoding}, {"records", s.records},
                       {"taken", s.taken}, {"not_taken", s.not_taken}, {"comments", s.comments}});
    records += s.records;
    taken += s.taken;
    not_taken += s.not_taken;
  }
  const ValidationStats& v = b.validated.stats;
  uint64_t errors = 0, warnings = 0, infos = 0;
  for (const Diagnostic& d : b.diagnostics) {
    errors += d.severity == Diagnostic::kError;
    warnings += d.severity == Diagnostic::kWarning;
    infos += d.severity == Diagnostic::kInfo;
  }
  return {{"sources", sources},
          {"records", records},
          {"records_taken", taken},
          {"records_not_taken", not_taken},
          {"entries_imported", v.input},
          {"entries_rejected", v.garbage + v.folds_to_nothing + b.matcher_errors},
          {"entries_merged_duplicates", v.exact_duplicates + v.folded_duplicates},
          {"entries_quarantined", b.hygiene.quarantined.size()},
          {"entries_final", b.validated.merged.size()},
          {"quarantine", QuarantineJson(b.hygiene)},
          {"problems", {{"errors", errors}, {"warnings", warnings}, {"info", infos}}},
          {"validation",
           {{"garbage", v.garbage},
            {"folds_to_nothing", v.folds_to_nothing},
            {"matcher_rejected", b.matcher_errors},
            {"exact_duplicates", v.exact_duplicates},
            {"duplicates_after_normalization", v.folded_duplicates},
            {"conflicts", v.conflicts},
            {"over_broad", v.over_broad},
            {"long_keywords", v.long_keywords},
            {"covered_by_shorter", v.covered},
            {"inner_space", v.inner_space}}},
          {"seconds", {{"import", b.import_s}, {"validate", b.validate_s}, {"compile", b.compile_s}}}};
}

namespace {

constexpr const char* kSeverityNames[3] = {"errors", "warnings", "info"};

// Prints the diagnostics to stderr, at most max_each (0: all) per severity,
// info only when verbose, then a "... more not shown" line per severity cut;
// returns the count per severity.
std::array<size_t, 3> PrintDiagnostics(const ListBuild& b, bool verbose, size_t max_each) {
  std::array<size_t, 3> shown = {0, 0, 0}, total = {0, 0, 0};
  for (const Diagnostic& d : b.diagnostics) {
    ++total[d.severity];
    if (d.severity == Diagnostic::kInfo && !verbose) continue;
    if (max_each && shown[d.severity] >= max_each) continue;
    ++shown[d.severity];
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  for (int s = 0; s < 3; ++s)
    if (total[s] > shown[s] && (s != Diagnostic::kInfo || verbose))
      std::fprintf(stderr, "... %zu more %s not shown (--max-problems 0 or --problems FILE)\n", total[s] - shown[s],
                   kSeverityNames[s]);
  return total;
}

// --problems FILE: every diagnostic as CSV (severity,file,line,message).
void WriteProblemsCsv(const std::string& path, const ListBuild& b, const char* cmd) {
  std::string csv = "severity,file,line,message\n";
  for (const Diagnostic& d : b.diagnostics) {
    csv += kSeverityNames[d.severity];
    csv += ',';
    AppendCsvField(d.file, &csv);
    absl::StrAppend(&csv, ",", d.line, ",");
    AppendCsvField(d.message, &csv);
    csv += '\n';
  }
  WriteFile(path, csv, cmd);
}

// The per-source table, then record, entry and problem counts and the
// quarantine, on stdout.
void PrintBuildSummary(const ListBuild& b, const std::array<size_t, 3>& total) {
  const nlohmann::json j = ReportJson(b);
  std::printf("%-60s %-6s %-34s %8s %8s %9s\n", "source", "format", "encoding", "records", "taken", "not taken");
  for (const SourceReport& s : b.imported.sources)
    std::printf("%-60s %-6s %-34s %8llu %8llu %9llu\n", s.path.c_str(), s.format.c_str(), s.encoding.c_str(),
                static_cast<unsigned long long>(s.records), static_cast<unsigned long long>(s.taken),
                static_cast<unsigned long long>(s.not_taken));
  const ValidationStats& v = b.validated.stats;
  std::printf(
      "records: %llu read, %llu taken, %llu not taken (errors or skipped files above)\n"
      "entries: %llu imported, %llu rejected by validation (errors), %llu duplicates merged, %zu over-broad "
      "quarantined -> final list %zu\n"
      "problems: %zu errors, %zu warnings, %zu info\n"
      "  errors:   garbage %llu, folds to nothing %llu, rejected by the matcher %llu\n"
      "  merged:   exact duplicates %llu, duplicates after normalization %llu\n"
      "  warnings: conflicts %llu, long keywords %llu (over-broad entries: see quarantined)\n"
      "  info:     covered by a shorter keyword %llu, inner spaces %llu\n",
      static_cast<unsigned long long>(j["records"].get<uint64_t>()),
      static_cast<unsigned long long>(j["records_taken"].get<uint64_t>()),
      static_cast<unsigned long long>(j["records_not_taken"].get<uint64_t>()),
      static_cast<unsigned long long>(v.input),
      static_cast<unsigned long long>(v.garbage + v.folds_to_nothing + b.matcher_errors),
      static_cast<unsigned long long>(v.exact_duplicates + v.folded_duplicates), b.hygiene.quarantined.size(),
      b.validated.merged.size(), total[0],
      total[1], total[2],
      static_cast<unsigned long long>(v.garbage), static_cast<unsigned long long>(v.folds_to_nothing),
      static_cast<unsigned long long>(b.matcher_errors), static_cast<unsigned long long>(v.exact_duplicates),
      static_cast<unsigned long long>(v.folded_duplicates), static_cast<unsigned long long>(v.conflicts),
      static_cast<unsigned long long>(v.long_keywords),
      static_cast<unsigned long long>(v.covered), static_cast<unsigned long long>(v.inner_space));
  const nlohmann::json q = QuarantineJson(b.hygiene);
  if (!b.hygiene.quarantined.empty() || b.hygiene.accepted > 0) {
    std::string reasons;
    for (const auto& [reason, n] : q["by_reason"].items())
      absl::StrAppend(&reasons, reasons.empty() ? "" : ", ", reason, " ", n.get<uint64_t>());
    std::printf("  quarantined (over-broad, kept out of the list): %zu%s%s; accepted: %llu\n",
                b.hygiene.quarantined.size(), reasons.empty() ? "" : " - ", reasons.c_str(),
                static_cast<unsigned long long>(b.hygiene.accepted));
  }
}

}  // namespace

void PrintReport(const Args& args, const char* cmd, const ListBuild& b, bool json) {
  const bool verbose = args.Has("v") || args.Has("verbose");
  size_t max_each = 30;  // a bad --max-problems was refused by ParseCommon
  if (args.Has("max-problems") && !absl::SimpleAtoi(args.Get("max-problems"), &max_each)) max_each = 30;
  const std::array<size_t, 3> total = PrintDiagnostics(b, verbose, max_each);
  if (args.Has("problems")) WriteProblemsCsv(args.Get("problems"), b, cmd);
  if (json) return;
  PrintBuildSummary(b, total);
}

bool WriteFile(const std::string& path, std::string_view bytes, const char* cmd) {
  if (absl::Status s = WriteFileAtomically(path, bytes); !s.ok()) {
    std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(s.message()).c_str());
    return false;
  }
  return true;
}

bool CommitFile(const std::string& tmp, const std::string& path, const char* cmd) {
  if (absl::Status s = CommitFileAtomically(tmp, path); !s.ok()) {
    std::fprintf(stderr, "lanjie lexicon %s: %s\n", cmd, std::string(s.message()).c_str());
    return false;
  }
  return true;
}

std::string QuarantinePathFor(const std::string& output) {
  std::string base = output;
  if (absl::EndsWith(base, ".csv") || absl::EndsWith(base, ".tsv")) base.resize(base.size() - 4);
  return base + ".quarantine.csv";
}

bool WriteQuarantine(const ListBuild& build, const std::string& path, const char* cmd) {
  if (build.hygiene.quarantined.empty()) {
    std::error_code ec;
    std::filesystem::remove(path, ec);  // a stale review list would mislead
    return true;
  }
  if (!WriteFile(path, QuarantineCsv(build.hygiene), cmd)) return false;
  std::fprintf(stderr,
               "lanjie lexicon %s: %zu over-broad entries quarantined (kept out of the list): review %s; "
               "accept some with --accept-broad FILE (that file with accept=1, or a plain list)\n",
               cmd, build.hygiene.quarantined.size(), path.c_str());
  return true;
}

int ListExitCode(const ListBuild& build, bool verdict_failed) {
  if (CountErrors(build) > 0) return 2;
  return verdict_failed ? 1 : 0;
}

}  // namespace lanjie::cli
