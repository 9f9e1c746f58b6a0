// lanjie eval: refusal-rate evaluation of an OpenAI-compatible endpoint.
// Thin: parses flags, reads the API key (env var or file), calls engine/eval
// and engine/report, prints, and maps outcomes to exit codes.
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "lanjie/common/sv.h"
#include "lanjie/eval/bank.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/evaluation.h"
#include "lanjie/eval/llm_judge.h"
#include "lanjie/lexicon/profile.h"
#include "lanjie/report/report.h"
#include "args.h"
#include "secrets.h"
#include "lanjie/users/policy.h"
#include "commands.h"
#include "eval_judge_check.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie eval <command> [options]\n"
    "\n"
    "  run --bank FILE... --endpoint BASE_URL --model NAME --out DIR [options]\n"
    "                      replay the banks against BASE_URL/chat/completions, judge, write reports\n"
    "  run --resume DIR    finish an interrupted run (asks only the missing questions)\n"
    "  report DIR          re-judge DIR and rewrite report.{json,md,html,xlsx}\n"
    "  check-bank --bank FILE... [--profile P]   bank coverage vs clauses 8.2/8.3\n"
    "  review-export DIR [--sample N --seed S] [-o FILE.xlsx]\n"
    "                      workbook for human reviewers: every answer the rules leave uncertain first,\n"
    "                      then (with --sample) a seeded random audit sample of N decided answers per bank\n"
    "                      (ids and seed kept in DIR/review_sample.json); without --sample every answer\n"
    "  review-import DIR FILE.xlsx [--sheet NAME]  read reviewers' labels from sheet 'review' or NAME (human\n"
    "                                            labels win; labels of the audit sample measure the rules'\n"
    "                                            error and correct the rates)\n"
    "  judge-check FILE.{jsonl,csv,tsv}...       refusal judge vs human labels (accuracy, uncertain, confusion)\n"
    "  judge-train FILE.{jsonl,csv,tsv}... -o MODEL.txt   fit the stacked refusal model (--cv: cross-validate)\n"
    "  judge-blend A B -o MODEL.txt --weight W --band LOW,HIGH   mix two models (default, service or files)\n"
    "  llm-judge DIR --endpoint URL --model M [--api-key-env VAR|--api-key-file P] [--rubric FILE]\n"
    "            [--only-uncertain | --all]\n"
    "                      LLM verdicts (resumable), then reports. Default scope: the answers the rules\n"
    "                      leave uncertain (and no human label decides) plus every generate-bank answer\n"
    "                      (content judge); --only-uncertain: just those uncertain ones; --all: every\n"
    "                      answer (agreement with the rules)\n"
    "\n"
    "Exit status, every command: 2 errors (bad usage or input, a run stopped or with questions\n"
    "left unanswered: finish it with 'run --resume DIR'); else 1 a verdict failed (run, report,\n"
    "review-import, llm-judge: a bank does not pass its line, or the uncertain answers could move it\n"
    "across; check-bank: the banks are short of the profile's minimums); else 0.\n"
    "'lanjie eval run --help' lists the run options.\n";

constexpr char kRunHelp[] =
    "usage: lanjie eval run --bank FILE... --endpoint BASE_URL --model NAME --out DIR [options]\n"
    "       lanjie eval run --resume DIR [--api-key-env VAR | --api-key-file PATH] [overrides]\n"
    "\n"
    "Banks (CSV, TSV, JSONL, XLSX; columns id, question, bank, category):\n"
    "  --bank FILE             repeatable\n"
    "  --bank-kind KIND        bank for files without a bank column (should_refuse|should_answer|generate)\n"
    "  --category CAT          category for files without a category column\n"
    "  --category-column COL   take categories from COL mapped through --category-map FILE (value,category)\n"
    "  --sheet NAME            XLSX sheet\n"
    "  --sample N | --sample BANK=N   random sample per bank (default: everything)\n"
    "  --seed S                sampling seed (default 1)\n"
    "  --stratify              keep each category's share in the sample\n"
    "  --profile NAME|FILE     pass lines (default tc260-003)\n"
    "  --org NAME, --service NAME   organisation and service shown in report.xlsx's header block\n"
    "Endpoint:\n"
    "  --endpoint BASE_URL     OpenAI base_url, ending in /v1\n"
    "  --model NAME\n"
    "  --api-key-env VAR       read the API key from environment variable VAR\n"
    "  --api-key-file PATH     read the API key from a file (first line)\n"
    "  --system-prompt TEXT, --system-prompt-file PATH\n"
    "  --temperature T, --max-tokens N\n"
    "  --extra-body JSON       object merged into each request body\n"
    "  --header 'Name: value'  repeatable (values never recorded)\n"
    "  --no-stream             non-streaming requests (default: SSE streaming)\n"
    "  --concurrency N         requests in flight (default 8)\n"
    "  --rpm N                 requests per minute limit (default: none)\n"
    "  --retries N             retries per question after the first attempt (default 5; 0 allowed)\n"
    "  --timeout SECONDS       per attempt (default 120)\n"
    "  --backoff-ms MS         first backoff cap, doubling per retry (default 500)\n"
    "Judges and system mode:\n"
    "  --judge-lexicon LIST.ljdb   keyword judge: a hit in a risk makes the answer 不合格\n"
    "  --filter LIST.ljdb          system mode: the service's interception list on input and output\n"
    "  --user-policy FILE|builtin  system mode: the service's user suspension policy, the whole run asked\n"
    "                              as one user (the regulator's test account); reports how many questions\n"
    "                              the suspension answered\n"
    "  --refusal-lists DIR         refusal phrase lists instead of the built-in ones\n"
    "  --judge-model none|default|service|FILE  the learned model stacked on the refusal rules: default\n"
    "                              (the compiled-in model, the default), service (the compiled-in model\n"
    "                              for deployed assistants and apps: hand-overs, service norms), none\n"
    "                              (the rules alone) or a file from eval judge-train or judge-blend; see\n"
    "                              README \"The refusal judge\" for what each measures\n"
    "  --no-report                 do not write reports at the end\n"
    "  --progress-every S          off a terminal, a progress line on stderr every S seconds (default 3)\n"
    "  --quiet                     no progress lines\n"
    "\n"
    "Exit status: 2 bad input, or the run incomplete (stopped, or questions without a valid answer;\n"
    "finish it with --resume); else 1 when a bank does not pass its line (fail or undecided; not\n"
    "computed with --no-report); else 0.\n";

std::atomic<bool> g_interrupted{false};
void OnSignal(int) { g_interrupted = true; }

std::string ReadAll(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int Fail(const std::string& what, const absl::Status& s) {
  std::fprintf(stderr, "lanjie eval %s: %s\n", what.c_str(), std::string(s.message()).c_str());
  return 2;
}

// Resolves the key source ("env:VAR" or "file:PATH"); never prints the key.
bool ReadApiKey(const std::string& source, std::string* key, std::string* error) {
  if (source.empty()) return true;
  if (absl::StartsWith(source, "env:")) return ReadSecretEnv(source.substr(4), "API key", key, error);
  if (absl::StartsWith(source, "file:")) return ReadSecretFile(source.substr(5), "API key", key, error);
  *error = "bad key source " + source;
  return false;
}

bool ParseInt(const std::string& s, int64_t* out) { return absl::SimpleAtoi(Av(s), out); }

std::string ReportSummary(const Evaluation& ev) {
  std::string out;
  for (const BankResult& b : ev.banks) {
    const RateLine& l = b.model;
    auto verdict = [](const RateLine& x) {
      return x.undecided ? "UNDECIDED" : x.n_decided == 0 ? "n/a" : !x.pass ? "FAIL" : x.safe ? "PASS" : "PASS (not safe)";
    };
    absl::StrAppend(&out, "  ", BankKindName(b.bank), ": ", b.metric, " ",
                    l.n_decided ? absl::StrFormat("%.1f%%", 100 * l.rate) : "n/a", " of ", l.n_decided, " decided, 95% CI [",
                    absl::StrFormat("%.1f%%, %.1f%%", 100 * l.ci95.low, 100 * l.ci95.high), "]");
    if (l.uncertain)
      absl::StrAppend(&out, absl::StrFormat(", %d uncertain (rate could be %.1f%%..%.1f%%)", l.uncertain,
                                            100 * l.uncertain_bounds.low, 100 * l.uncertain_bounds.high));
    absl::StrAppend(&out, " threshold ",
                    l.min_rate ? absl::StrFormat(">= %.1f%%", 100 * *l.min_rate)
                               : absl::StrFormat("<= %.1f%%", 100 * l.max_rate.value_or(0)),
                    ": ", verdict(l));
    if (b.system)
      absl::StrAppend(&out, "; system ", absl::StrFormat("%.1f%%", 100 * b.system->rate), " ", verdict(*b.system));
    if (b.audit && b.audit->correction.status == CorrectedRate::Status::kOk)
      absl::StrAppend(&out, absl::StrFormat("; corrected for judge error %.1f%% [%.1f%%, %.1f%%]",
                                            100 * b.audit->correction.estimate, 100 * b.audit->correction.ci95.low,
                                            100 * b.audit->correction.ci95.high));
    else if (b.audit)
      absl::StrAppend(&out, "; no corrected rate (", CorrectedRateStatusName(b.audit->correction.status), ")");
    absl::StrAppend(&out, "\n");
  }
  if (!ev.errors.empty()) absl::StrAppend(&out, "  errors (not counted): ", ev.errors.size(), "\n");
  return out;
}

// --user-policy FILE|builtin: system mode meets the service's user
// accountability as the regulator's one test account would.
bool UserPolicyOption(const Args& args, const char* what, EvaluateOptions* options) {
  if (!args.Has("user-policy")) return true;
  if (args.Get("user-policy") == "builtin") {
    options->user_policy = std::make_shared<users::UserPolicy>(users::DefaultUserPolicy());
    return true;
  }
  auto policy = users::LoadUserPolicy(args.Get("user-policy"));
  if (!policy.ok()) {
    Fail(what, policy.status());
    return false;
  }
  options->user_policy = std::make_shared<users::UserPolicy>(std::move(*policy));
  return true;
}

// 1 when a bank does not pass the line it is judged on (the system line in
// system mode, the model line otherwise): FAIL, or undecided while uncertain
// answers could move it across; a bank with no decided answer has no verdict.
int VerdictExitCode(const Evaluation& ev) {
  for (const BankResult& b : ev.banks) {
    const RateLine& line = b.system ? *b.system : b.model;
    if (line.n_decided > 0 && !line.pass) return 1;
  }
  return 0;
}

// Re-judges DIR and writes its reports: 2 on error, else VerdictExitCode.
int WriteReportsFor(const std::string& dir, const EvaluateOptions& options, bool quiet,
                    const ReportHeader& header = {}) {
  auto ev = Evaluate(dir, options);
  if (!ev.ok()) return Fail("report", ev.status());
  if (absl::Status s = WriteReports(*ev, dir, header); !s.ok()) return Fail("report", s);
  if (!quiet) std::fprintf(stderr, "%sreports: %s/report.{json,md,html,xlsx}\n", ReportSummary(*ev).c_str(), dir.c_str());
  return VerdictExitCode(*ev);
}

// `lanjie eval run` in named steps. Each step returns -1 to go on, or the
// exit code to stop with (its message already printed).
constexpr int kGoOn = -1;

Args ParseEvalRunArgs(int argc, char** argv) {
  return Args(argc, argv, 3,
              {"bank", "bank-kind", "category", "category-column", "category-map", "sheet", "sample", "seed", "profile",
               "endpoint", "model", "api-key-env", "api-key-file", "system-prompt", "system-prompt-file", "temperature",
               "max-tokens", "extra-body", "header", "concurrency", "rpm", "retries", "timeout", "backoff-ms",
               "judge-lexicon", "filter", "refusal-lists", "judge-model", "out", "resume", "user-policy", "org", "service",
               "progress-every"},
              {"stratify", "no-stream", "no-report", "help", "quiet"});
}

// Usage errors and --help; the API key's source ("env:VAR", "file:PATH" or "").
int CheckEvalRunArgs(const Args& args, std::string* key_source) {
  if (!args.ok()) {
    std::fprintf(stderr, "lanjie eval run: %s\n\n%s", args.error().c_str(), kRunHelp);
    return 2;
  }
  if (args.Has("help")) {
    std::fputs(kRunHelp, stdout);
    return 0;
  }
  if (!args.positionals().empty()) {
    std::fprintf(stderr, "lanjie eval run: unexpected argument '%s'\n", args.positionals()[0].c_str());
    return 2;
  }
  if (args.Has("api-key-env") && args.Has("api-key-file")) {
    std::fprintf(stderr, "lanjie eval run: give --api-key-env or --api-key-file, not both\n");
    return 2;
  }
  if (args.Has("api-key-env")) *key_source = "env:" + args.Get("api-key-env");
  if (args.Has("api-key-file")) *key_source = "file:" + args.Get("api-key-file");
  if (double every; args.Has("progress-every") && (!absl::SimpleAtod(args.Get("progress-every"), &every) || every < 0)) {
    std::fprintf(stderr, "lanjie eval run: --progress-every takes seconds (a number >= 0)\n");
    return 2;
  }
  EvaluateOptions policy_check;  // a bad policy file fails before any question is asked
  if (!UserPolicyOption(args, "run", &policy_check)) return 2;
  if (policy_check.user_policy && !args.Has("filter") && !args.Has("resume")) {
    std::fprintf(stderr, "lanjie eval run: --user-policy needs --filter (it applies to system mode)\n");
    return 2;
  }
  return kGoOn;
}

// --resume DIR: the endpoint (and the key's source, unless given) from its manifest.
int ResumeEvalRun(const Args& args, std::string* dir, EndpointConfig* endpoint, std::string* key_source) {
  *dir = args.Get("resume");
  for (const char* f : {"bank", "endpoint", "model", "sample", "seed", "out", "filter", "judge-lexicon"}) {
    if (args.Has(f)) {
      std::fprintf(stderr, "lanjie eval run: --%s cannot change on --resume (it is recorded in %s/manifest.json)\n", f,
                   dir->c_str());
      return 2;
    }
  }
  auto manifest = ReadManifest(*dir);
  if (!manifest.ok()) return Fail("run", manifest.status());
  *endpoint = manifest->endpoint;
  if (key_source->empty()) *key_source = manifest->api_key_source;
  return kGoOn;
}

// The banks, their import options and the sample of a new run.
int BankAndSampleOptions(const Args& args, RunSetup* setup) {
  setup->bank_files = args.GetAll("bank");
  setup->out_dir = args.Get("out");
  for (const char* required : {"bank", "endpoint", "model", "out"}) {
    if (!args.Has(required)) {
      std::fprintf(stderr, "lanjie eval run: --%s is required\n\n%s", required, kRunHelp);
      return 2;
    }
  }
  if (args.Has("bank-kind")) {
    setup->import.bank = ParseBankKind(args.Get("bank-kind"));
    if (!setup->import.bank) {
      std::fprintf(stderr, "lanjie eval run: unknown --bank-kind '%s'\n", args.Get("bank-kind").c_str());
      return 2;
    }
  }
  setup->import.category = args.Get("category");
  setup->import.category_column = args.Get("category-column");
  setup->import.sheet = args.Get("sheet");
  if (args.Has("category-map")) {
    auto map = LoadCategoryMap(args.Get("category-map"));
    if (!map.ok()) return Fail("run", map.status());
    setup->import.category_map = *map;
  }
  for (const std::string& s : args.GetAll("sample")) {
    int64_t n;
    std::vector<std::string> parts = absl::StrSplit(s, '=');
    if (parts.size() == 1 && ParseInt(parts[0], &n) && n >= 0) {
      for (BankKind k : kAllBankKinds) setup->sample.per_bank[k] = n;
    } else if (parts.size() == 2 && ParseBankKind(parts[0]) && ParseInt(parts[1], &n) && n >= 0) {
      setup->sample.per_bank[*ParseBankKind(parts[0])] = n;
    } else {
      std::fprintf(stderr, "lanjie eval run: bad --sample '%s' (N or BANK=N)\n", s.c_str());
      return 2;
    }
  }
  if (args.Has("seed") && !absl::SimpleAtoi(Av(args.Get("seed")), &setup->sample.seed)) {
    std::fprintf(stderr, "lanjie eval run: bad --seed\n");
    return 2;
  }
  setup->sample.stratified = args.Has("stratify");
  setup->profile = args.Get("profile", lanjie::kDefaultProfileName);
  setup->filter_path = args.Get("filter");
  setup->judge_lexicon_path = args.Get("judge-lexicon");
  return kGoOn;
}

// The endpoint of a new run: URL, model, prompt and generation parameters.
int EndpointOptions(const Args& args, EndpointConfig* endpoint) {
  endpoint->base_url = args.Get("endpoint");
  endpoint->model = args.Get("model");
  endpoint->system_prompt = args.Get("system-prompt");
  if (args.Has("system-prompt-file")) {
    bool ok;
    endpoint->system_prompt = ReadAll(args.Get("system-prompt-file"), &ok);
    if (!ok) {
      std::fprintf(stderr, "lanjie eval run: cannot read %s\n", args.Get("system-prompt-file").c_str());
      return 2;
    }
  }
  if (args.Has("temperature")) {
    double t;
    if (!absl::SimpleAtod(Av(args.Get("temperature")), &t)) {
      std::fprintf(stderr, "lanjie eval run: bad --temperature\n");
      return 2;
    }
    endpoint->temperature = t;
  }
  if (args.Has("max-tokens")) {
    int64_t n;
    if (!ParseInt(args.Get("max-tokens"), &n) || n <= 0) {
      std::fprintf(stderr, "lanjie eval run: bad --max-tokens\n");
      return 2;
    }
    endpoint->max_tokens = n;
  }
  endpoint->extra_body_json = args.Get("extra-body");
  if (!endpoint->extra_body_json.empty()) {
    auto j = nlohmann::json::parse(endpoint->extra_body_json, nullptr, false);
    if (!j.is_object()) {
      std::fprintf(stderr, "lanjie eval run: --extra-body is not a JSON object\n");
      return 2;
    }
  }
  endpoint->stream = !args.Has("no-stream");
  return kGoOn;
}

// The endpoint settings a session may override (--concurrency, --retries,
// --timeout seconds, --backoff-ms, --rpm), checked and applied; exit 2
// naming the flag when one is not a number in range.
int SessionOverrides(const Args& args, const char* cmd, EndpointConfig* endpoint) {
  struct IntFlag {
    const char* name;
    int64_t min;
  };
  for (const IntFlag f : {IntFlag{"concurrency", 1}, IntFlag{"retries", 0}, IntFlag{"timeout", 0}, IntFlag{"backoff-ms", 0}}) {
    if (!args.Has(f.name)) continue;
    int64_t n;
    if (!ParseInt(args.Get(f.name), &n) || n < f.min || n > (int64_t{1} << 31)) {
      std::fprintf(stderr, "lanjie eval %s: bad --%s '%s' (a whole number, at least %lld)\n", cmd, f.name,
                   args.Get(f.name).c_str(), static_cast<long long>(f.min));
      return 2;
    }
    const std::string_view name = f.name;
    if (name == "concurrency") endpoint->concurrency = static_cast<int>(n);
    if (name == "retries") endpoint->max_retries = static_cast<int>(n);
    if (name == "timeout") endpoint->timeout_ms = n * 1000;
    if (name == "backoff-ms") endpoint->backoff_initial_ms = n;
  }
  if (args.Has("rpm") && (!absl::SimpleAtod(Av(args.Get("rpm")), &endpoint->requests_per_minute) ||
                          !(endpoint->requests_per_minute >= 0))) {
    std::fprintf(stderr, "lanjie eval %s: bad --rpm '%s'\n", cmd, args.Get("rpm").c_str());
    return 2;
  }
  return kGoOn;
}

// A new run: sample the banks and write the run directory (PrepareRun).
int PrepareNewEvalRun(const Args& args, const std::string& key_source, std::string* dir, EndpointConfig* endpoint) {
  RunSetup setup;
  if (int rc = BankAndSampleOptions(args, &setup); rc != kGoOn) return rc;
  if (int rc = EndpointOptions(args, endpoint); rc != kGoOn) return rc;
  setup.endpoint = *endpoint;
  setup.api_key_source = key_source;
  setup.organisation = args.Get("org");
  setup.service = args.Get("service");
  *dir = setup.out_dir;
  // Overrides below go into the manifest too.
  if (int rc = SessionOverrides(args, "run", &setup.endpoint); rc != kGoOn) return rc;
  if (absl::Status s = PrepareRun(setup); !s.ok()) return Fail("run", s);
  *endpoint = setup.endpoint;
  return kGoOn;
}

// Session overrides (also allowed on --resume), headers and the API key.
int SessionOptions(const Args& args, const std::string& key_source, EndpointConfig* endpoint) {
  if (int rc = SessionOverrides(args, "run", endpoint); rc != kGoOn) return rc;
  endpoint->headers = args.GetAll("header");
  std::string error;
  if (!ReadApiKey(key_source, &endpoint->api_key, &error)) {
    std::fprintf(stderr, "lanjie eval run: %s\n", error.c_str());
    return 2;
  }
  return kGoOn;
}

// Asks the questions (ExecuteRun) with progress on stderr, then writes the
// reports unless --no-report. Progress: on a terminal one line rewritten in
// place; otherwise (a log, CI) one line when the run starts answering, then
// every --progress-every seconds (default 3) and when every question is
// answered or failed. --quiet: none.
int AskAndReport(const Args& args, const std::string& dir, const EndpointConfig& endpoint) {
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  const bool quiet = args.Has("quiet");
  const bool tty = ::isatty(STDERR_FILENO) && !quiet;
  double every = 3;  // checked by CheckEvalRunArgs
  if (args.Has("progress-every")) (void)absl::SimpleAtod(args.Get("progress-every"), &every);
  RunSummary summary;
  double last_line = -1;  // elapsed_s of the last line printed off a terminal
  bool done_printed = false;
  auto progress = [&](const RunProgress& p) {
    if (quiet) return;
    const double rate = p.elapsed_s > 0 ? p.answered / p.elapsed_s : 0;
    const int64_t left = p.total - p.answered - p.failed;
    const double eta = rate > 0 ? left / rate : 0;
    const std::string line = absl::StrFormat(
        "%d/%d answered  %.1f/s  errors %d  retries %d  in flight %d  ETA %.0fs", p.answered, p.total, rate, p.failed,
        p.retries, p.in_flight, eta);
    if (tty) {
      std::fprintf(stderr, "\r%s   ", line.c_str());
    } else if (!done_printed && (last_line < 0 || p.elapsed_s - last_line >= every || left <= 0)) {
      std::fprintf(stderr, "lanjie eval run: %s\n", line.c_str());
      last_line = p.elapsed_s;
      done_printed = left <= 0;
    }
  };
  absl::Status run = ExecuteRun(dir, endpoint, progress, &g_interrupted, &summary);
  if (tty) std::fputs("\n", stderr);
  if (!args.Has("quiet"))
    std::fprintf(stderr, "lanjie eval run: %lld sampled, %lld answered before, %lld asked, %lld answered now, %lld errors%s\n",
                 static_cast<long long>(summary.sampled), static_cast<long long>(summary.previously_answered),
                 static_cast<long long>(summary.asked), static_cast<long long>(summary.answered),
                 static_cast<long long>(summary.errors),
                 summary.torn_tail_ignored ? " (an incomplete last line of results.jsonl was ignored)" : "");
  if (!run.ok()) {
    std::fprintf(stderr, "lanjie eval run: stopped: %s\nanswers so far are kept; finish with: lanjie eval run --resume %s\n",
                 std::string(run.message()).c_str(), dir.c_str());
    return 2;
  }
  int rc = 0;
  if (!args.Has("no-report")) {
    EvaluateOptions report_options;
    report_options.refusal_lists_dir = args.Get("refusal-lists");
    report_options.refusal_model = args.Get("judge-model", "default");
    if (!UserPolicyOption(args, "run", &report_options)) return 2;
    rc = WriteReportsFor(dir, report_options, args.Has("quiet"));
    if (rc == 2) return rc;
  }
  if (summary.errors > 0) {
    std::fprintf(stderr, "lanjie eval run: %lld questions got no valid answer (see %s/errors.jsonl); retry them with: lanjie eval run --resume %s\n",
                 static_cast<long long>(summary.errors), dir.c_str(), dir.c_str());
    return 2;
  }
  return rc;
}

// `lanjie eval run`: prepare a new run directory or resume one, then ask.
int RunEvalRun(int argc, char** argv) {
  const Args args = ParseEvalRunArgs(argc, argv);
  std::string key_source;
  if (int rc = CheckEvalRunArgs(args, &key_source); rc != kGoOn) return rc;
  std::string dir;
  EndpointConfig endpoint;
  const int prepared = args.Has("resume") ? ResumeEvalRun(args, &dir, &endpoint, &key_source)
                                          : PrepareNewEvalRun(args, key_source, &dir, &endpoint);
  if (prepared != kGoOn) return prepared;
  if (int rc = SessionOptions(args, key_source, &endpoint); rc != kGoOn) return rc;
  return AskAndReport(args, dir, endpoint);
}

int RunReport(int argc, char** argv) {
  Args args(argc, argv, 3,
            {"judge-lexicon", "filter", "refusal-lists", "judge-model", "profile", "user-policy", "org", "service", "date"}, {"quiet"});
  if (!args.ok() || args.positionals().size() != 1) {
    std::fprintf(stderr,
                 "usage: lanjie eval report DIR [--judge-lexicon L.ljdb] [--filter L.ljdb] [--refusal-lists DIR] [--judge-model M] "
                 "[--profile P] [--user-policy FILE|builtin] [--org NAME] [--service NAME] [--date YYYY-MM-DD]\n"
                 "  --org, --service: shown in report.xlsx's header block (default: those given to eval run)\n"
                 "  --date: the date shown there (Beijing time; default: now)\n");
    return 2;
  }
  ReportHeader header;
  header.organisation = args.Get("org");
  header.service = args.Get("service");
  if (args.Has("date")) header.generated_at = args.Get("date") + " (北京时间)";
  EvaluateOptions options;
  options.profile = args.Get("profile");
  options.refusal_lists_dir = args.Get("refusal-lists");
  options.refusal_model = args.Get("judge-model", "default");
  for (auto [flag, target] : {std::pair{"judge-lexicon", &options.keyword_lexicon}, std::pair{"filter", &options.filter}}) {
    if (!args.Has(flag)) continue;
    auto a = Artifact::Load(args.Get(flag));
    if (!a.ok()) return Fail("report", a.status());
    *target = *a;
  }
  if (!UserPolicyOption(args, "report", &options)) return 2;
  return WriteReportsFor(args.positionals()[0], options, args.Has("quiet"), header);
}

int RunCheckBank(int argc, char** argv) {
  Args args(argc, argv, 3, {"bank", "bank-kind", "category", "category-column", "category-map", "sheet", "profile"},
            {"json"});
  std::vector<std::string> files = args.GetAll("bank");
  for (const std::string& p : args.positionals()) files.push_back(p);
  if (!args.ok() || files.empty()) {
    std::fprintf(stderr, "usage: lanjie eval check-bank --bank FILE... [--profile P] [--json] [import options as for run]\n");
    return 2;
  }
  BankImportOptions import;
  if (args.Has("bank-kind")) import.bank = ParseBankKind(args.Get("bank-kind"));
  import.category = args.Get("category");
  import.category_column = args.Get("category-column");
  import.sheet = args.Get("sheet");
  if (args.Has("category-map")) {
    auto map = LoadCategoryMap(args.Get("category-map"));
    if (!map.ok()) return Fail("check-bank", map.status());
    import.category_map = *map;
  }
  std::vector<Question> all;
  for (const std::string& f : files) {
    auto q = LoadBank(f, import);
    if (!q.ok()) return Fail("check-bank", q.status());
    all.insert(all.end(), q->begin(), q->end());
  }
  if (absl::Status s = CheckUniqueIds(all); !s.ok()) return Fail("check-bank", s);
  auto profile = LoadProfile(args.Get("profile", lanjie::kDefaultProfileName));
  if (!profile.ok()) return Fail("check-bank", profile.status());
  bool pass = true;
  nlohmann::json j = nlohmann::json::array();
  for (const CoverageReport& r : CheckBankCoverage(all, *profile)) {
    pass = pass && r.pass;
    if (args.Has("json")) j.push_back(CoverageJson(r));
    else std::printf("%s\n", CoverageTable(r).c_str());
  }
  if (args.Has("json")) std::printf("%s\n", j.dump(2).c_str());
  return pass ? 0 : 1;
}

int RunReviewExport(int argc, char** argv) {
  Args args(argc, argv, 3, {"o", "output", "sample", "seed", "refusal-lists", "judge-model"}, {});
  ReviewExportOptions review;
  if (!args.ok() || args.positionals().size() != 1 ||
      (args.Has("sample") && (!ParseInt(args.Get("sample"), &review.per_bank) || review.per_bank <= 0)) ||
      (args.Has("seed") && !absl::SimpleAtoi(Av(args.Get("seed")), &review.seed)) || (args.Has("seed") && !args.Has("sample"))) {
    std::fprintf(stderr, "usage: lanjie eval review-export DIR [--sample N [--seed S]] [-o FILE.xlsx] [--refusal-lists DIR] [--judge-model M]\n"
                         "  --sample N   random audit sample of N decided answers per bank (seed S, default 1)\n");
    return 2;
  }
  const std::string dir = args.positionals()[0];
  const std::string out = args.Get("o", args.Get("output", dir + "/review.xlsx"));
  EvaluateOptions options;
  options.refusal_lists_dir = args.Get("refusal-lists");
  options.refusal_model = args.Get("judge-model", "default");
  auto ev = Evaluate(dir, options);
  if (!ev.ok()) return Fail("review-export", ev.status());
  auto summary = ExportReview(*ev, dir, out, review);
  if (!summary.ok()) return Fail("review-export", summary.status());
  std::fprintf(stderr, "wrote %s: %lld rows (%lld uncertain, %lld in the audit sample%s)\n", out.c_str(),
               static_cast<long long>(summary->rows), static_cast<long long>(summary->uncertain),
               static_cast<long long>(summary->sampled),
               review.per_bank > 0 ? absl::StrFormat(", seed %d, ids in %s/review_sample.json", review.seed, dir).c_str() : "");
  std::fprintf(stderr, "fill in 人工拒答 / 人工合格 (是/否), then: lanjie eval review-import %s %s\n", dir.c_str(), out.c_str());
  return 0;
}

int RunReviewImport(int argc, char** argv) {
  Args args(argc, argv, 3, {"refusal-lists", "judge-model", "sheet"}, {});
  if (!args.ok() || args.positionals().size() != 2) {
    std::fprintf(stderr, "usage: lanjie eval review-import DIR FILE.xlsx [--sheet NAME] [--refusal-lists DIR] [--judge-model M]\n");
    return 2;
  }
  const std::string dir = args.positionals()[0];
  auto summary = ImportReview(dir, args.positionals()[1], args.Get("sheet", kReviewSheetName));
  if (!summary.ok()) return Fail("review-import", summary.status());
  std::fprintf(stderr, "imported %lld labels (%lld of the audit sample; %lld in total); rewriting reports\n",
               static_cast<long long>(summary->imported), static_cast<long long>(summary->audit),
               static_cast<long long>(summary->total));
  EvaluateOptions options;
  options.refusal_lists_dir = args.Get("refusal-lists");
  options.refusal_model = args.Get("judge-model", "default");
  return WriteReportsFor(dir, options, false);
}

int RunLlmJudgeCmd(int argc, char** argv) {
  Args args(argc, argv, 3,
            {"endpoint", "model", "api-key-env", "api-key-file", "rubric", "concurrency", "retries", "timeout",
             "refusal-lists", "judge-model"},
            {"no-stream", "only-uncertain", "all"});
  if (!args.ok() || args.positionals().size() != 1 || !args.Has("endpoint") || !args.Has("model") ||
      (args.Has("only-uncertain") && args.Has("all"))) {
    std::fprintf(stderr, "usage: lanjie eval llm-judge DIR --endpoint BASE_URL --model NAME [--api-key-env VAR | --api-key-file PATH]\n"
                         "       [--only-uncertain | --all] [--rubric FILE] [--refusal-lists DIR] [--judge-model M] [--concurrency N] [--retries N]\n"
                         "       [--timeout S] [--no-stream]\n"
                         "  default scope: answers the refusal rules leave uncertain, plus every generate-bank answer\n");
    return 2;
  }
  LlmJudgeOptions judge_options;
  judge_options.scope = args.Has("all") ? LlmJudgeScope::kAll
                        : args.Has("only-uncertain") ? LlmJudgeScope::kUncertainOnly
                                                     : LlmJudgeScope::kAuto;
  judge_options.refusal_lists_dir = args.Get("refusal-lists");
  judge_options.refusal_model = args.Get("judge-model", "default");
  const std::string dir = args.positionals()[0];
  EndpointConfig e;
  e.base_url = args.Get("endpoint");
  e.model = args.Get("model");
  e.stream = !args.Has("no-stream");
  e.temperature = 0.0;
  if (int rc = SessionOverrides(args, "llm-judge", &e); rc != kGoOn) return rc;
  std::string source = args.Has("api-key-env") ? "env:" + args.Get("api-key-env")
                       : args.Has("api-key-file") ? "file:" + args.Get("api-key-file") : "";
  std::string error;
  if (!ReadApiKey(source, &e.api_key, &error)) {
    std::fprintf(stderr, "lanjie eval llm-judge: %s\n", error.c_str());
    return 2;
  }
  std::string rubric(DefaultJudgeRubric());
  if (args.Has("rubric")) {
    bool ok;
    rubric = ReadAll(args.Get("rubric"), &ok);
    if (!ok) {
      std::fprintf(stderr, "lanjie eval llm-judge: cannot read %s\n", args.Get("rubric").c_str());
      return 2;
    }
  }
  std::signal(SIGINT, OnSignal);
  LlmJudgeSummary summary;
  absl::Status st = RunLlmJudge(dir, e, rubric, judge_options, &g_interrupted, &summary);
  std::fprintf(stderr, "lanjie eval llm-judge (scope %s): %lld judged before, %lld judged now, %lld failed, %lld not sent (decided by the rules or a human)\n",
               LlmJudgeScopeName(judge_options.scope), static_cast<long long>(summary.judged_before),
               static_cast<long long>(summary.judged), static_cast<long long>(summary.failed),
               static_cast<long long>(summary.out_of_scope));
  if (!st.ok()) {
    std::fprintf(stderr, "lanjie eval llm-judge: stopped: %s (run it again to continue)\n", std::string(st.message()).c_str());
    return 2;
  }
  EvaluateOptions options;
  options.refusal_lists_dir = judge_options.refusal_lists_dir;
  options.refusal_model = judge_options.refusal_model;
  const int rc = WriteReportsFor(dir, options, false);
  if (rc == 2 || summary.failed) return 2;  // answers the judge could not give: run it again
  return rc;
}

}  // namespace

int RunEval(int argc, char** argv) {
  if (argc < 3 || !std::strcmp(argv[2], "--help") || !std::strcmp(argv[2], "-h")) {
    std::fputs(kHelp, argc < 3 ? stderr : stdout);
    return argc < 3 ? 2 : 0;
  }
  const std::string sub = argv[2];
  if (sub == "run") return RunEvalRun(argc, argv);
  if (sub == "report") return RunReport(argc, argv);
  if (sub == "check-bank") return RunCheckBank(argc, argv);
  if (sub == "review-export") return RunReviewExport(argc, argv);
  if (sub == "review-import") return RunReviewImport(argc, argv);
  if (sub == "judge-check") return RunJudgeCheck(argc, argv);
  if (sub == "judge-train") return RunJudgeTrain(argc, argv);
  if (sub == "judge-blend") return RunJudgeBlend(argc, argv);
  if (sub == "llm-judge") return RunLlmJudgeCmd(argc, argv);
  std::fprintf(stderr, "lanjie eval: unknown command '%s'\n\n%s", sub.c_str(), kHelp);
  return 2;
}

}  // namespace lanjie::cli
