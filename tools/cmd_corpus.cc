// lanjie corpus audit: the clause 9.2 training-corpus audit on one machine.
// Thin: flags -> lanjie::corpus calls -> files in --out and exit codes
// (0 符合, 1 不符合 or nothing audited, 2 error).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <future>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "lanjie/common/version.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/text_io.h"
#include "lanjie/match/artifact.h"
#include "lanjie/corpus/audit.h"
#include "lanjie/corpus/flagged_jsonl.h"
#include "lanjie/corpus/shard_committer.h"
#include "lanjie/corpus/shard_state.h"
#include "lanjie/corpus/manual_review.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/report/audit_report.h"
#include "args.h"
#include "commands.h"

namespace lanjie::cli {
namespace {

using corpus::AuditOptions;
using corpus::AuditSummary;
using corpus::ShardSpec;
using Json = nlohmann::json;

constexpr char kUsage[] =
    "usage: lanjie corpus audit -d LIST.ljdb --out DIR [options] INPUT...\n"
    "\n"
    "Audits a training corpus (TC260-003 clause 9.2): a seeded sample of the records is scanned;\n"
    "a record with a hit of a block entry is 不合格; the 合格率 with its Wilson 95% interval is\n"
    "compared with the profile's line (98%). INPUT: files, directories, globs; .gz/.zst/.xz read as streams.\n"
    "\n"
    "  -d, --list FILE       compiled list (.ljdb)\n"
    "  --out DIR             audit.json, flagged.jsonl, review.xlsx and review.csv (the manual-review\n"
    "                        sample), manifest.json (and .state/ for --resume)\n"
    "  --format F            auto (by extension), jsonl, text-lines, text-paragraphs, csv, tsv\n"
    "  --field PATH          JSONL field path (default text; e.g. messages[*].content)\n"
    "  --column NAME         CSV/TSV column (default text)\n"
    "  --id-field NAME       record id (JSONL field path or CSV column); default FILE:OFFSET\n"
    "  --fraction X          share of records sampled (default 0.1; 1 audits everything)\n"
    "  --seed N              sampling seed (default 0)\n"
    "  --review-sample N     manual-review sample size (default 4000)\n"
    "  --shard-size BYTES    shard size for uncompressed jsonl/text (default 64M; K/M/G suffixes)\n"
    "  --threads N           worker threads (default: all cores)\n"
    "  --profile NAME|FILE   profile with the clause 9.2 lines (default tc260-003)\n"
    "  --resume              keep the shards already done in DIR/.state (same inputs and options)\n"
    "  --org NAME            单位 shown in audit.md/html/xlsx (kept in manifest.json for later reports)\n"
    "  --corpus-name NAME    语料名称 shown in the reports (likewise)\n"
    "\n"
    "Also writes audit.md, audit.html and audit.xlsx (the filing reports; print-ready workbook).\n"
    "exit status: 0 符合, 1 不符合 (or no record sampled), 2 error\n"
    "\n"
    "usage: lanjie corpus review-import --out DIR LABELS.xlsx|LABELS.csv\n"
    "\n"
    "Reads the reviewers' 人工结论 (合格 / 不合格) from the filled review.xlsx (or review.csv) of the\n"
    "audit in DIR, and writes DIR/manual.json: the manual 合格率 with its Wilson 95% interval against\n"
    "the profile's line (96%), and the keyword check's agreement with the reviewers.\n"
    "Then rewrites audit.md/html/xlsx with the manual check (--org/--corpus-name as for audit).\n"
    "exit status: 0 符合, 1 不符合 or not finished (unlabelled records, sample below the minimum), 2 error\n"
    "\n"
    "usage: lanjie corpus report --out DIR [--org NAME] [--corpus-name NAME]\n"
    "\n"
    "Rewrites audit.md, audit.html and audit.xlsx from DIR/audit.json and DIR/manual.json (if any):\n"
    "for an audit.json the Dask package wrote, or to change the header block.\n"
    "exit status: 0 符合 (keyword check, and the manual check when imported), 1 otherwise, 2 error\n";

// "lanjie corpus SUB: MSG" on stderr; returns 2, the exit status of an error.
int FailIn(const char* sub, const std::string& msg) {
  std::fprintf(stderr, "lanjie corpus %s: %s\n", sub, msg.c_str());
  return 2;
}
int Fail(const std::string& msg) { return FailIn("audit", msg); }

bool ParseBytes(const std::string& s, int64_t* out) {
  if (s.empty()) return false;
  int64_t mult = 1;
  std::string num = s;
  switch (s.back()) {
    case 'K': case 'k': mult = int64_t{1} << 10; num.pop_back(); break;
    case 'M': case 'm': mult = int64_t{1} << 20; num.pop_back(); break;
    case 'G': case 'g': mult = int64_t{1} << 30; num.pop_back(); break;
    default: break;
  }
  int64_t v = 0;
  if (!absl::SimpleAtoi(num, &v) || v < 1) return false;
  *out = v * mult;
  return true;
}

std::string ShardKey(const ShardSpec& s) {
  const std::string k = absl::StrCat(s.path, "\n", s.begin, "\n", s.end);
  return absl::StrFormat("%016x", XXH3_64bits(k.data(), k.size()));
}

std::string CsvCell(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out += c;
  }
  return out + "\"";
}

// 单位 and 语料名称 for the reports: the flags, else what manifest.json kept
// from the audit run.
AuditReportInfo ReportInfo(const Args& args, const std::string& dir) {
  AuditReportInfo info;
  if (auto text = lanjie::ReadFile(dir + "/manifest.json"); text.ok()) {
    const Json m = Json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (m.is_object()) {
      if (m.contains("organisation") && m["organisation"].is_string()) info.organisation = m["organisation"];
      if (m.contains("corpus_name") && m["corpus_name"].is_string()) info.corpus_name = m["corpus_name"];
    }
  }
  info.organisation = args.Get("org", info.organisation);
  info.corpus_name = args.Get("corpus-name", info.corpus_name);
  return info;
}

// The flags of `corpus audit`, checked.
struct AuditCommand {
  std::string list;
  std::string out_dir;
  std::vector<std::string> inputs;
  AuditOptions options;
  int threads = 1;
  bool resume = false;
};

absl::StatusOr<AuditCommand> ParseAuditCommand(const Args& args) {
  AuditCommand c;
  c.list = args.Get("d", args.Get("list"));
  c.out_dir = args.Get("out");
  c.inputs = args.positionals();
  c.resume = args.Has("resume");
  if (c.list.empty() || c.out_dir.empty() || c.inputs.empty())
    return absl::InvalidArgumentError(std::string("needs -d LIST.ljdb, --out DIR and at least one INPUT\n\n") + kUsage);
  AuditOptions& o = c.options;
  if (args.Has("format")) {
    auto f = corpus::ParseInputFormat(args.Get("format"));
    if (!f.ok()) return f.status();
    o.format = *f;
  }
  o.field = args.Get("field", o.field);
  o.column = args.Get("column", o.column);
  o.id_field = args.Get("id-field");
  o.profile = args.Get("profile", o.profile);
  if (args.Has("fraction") && !absl::SimpleAtod(args.Get("fraction"), &o.fraction))
    return absl::InvalidArgumentError("--fraction: not a number: " + args.Get("fraction"));
  if (args.Has("seed") && !absl::SimpleAtoi(args.Get("seed"), &o.seed))
    return absl::InvalidArgumentError("--seed: not an unsigned integer: " + args.Get("seed"));
  if (args.Has("review-sample") && !absl::SimpleAtoi(args.Get("review-sample"), &o.review_sample))
    return absl::InvalidArgumentError("--review-sample: not an integer: " + args.Get("review-sample"));
  if (args.Has("shard-size") && !ParseBytes(args.Get("shard-size"), &o.shard_bytes))
    return absl::InvalidArgumentError("--shard-size: not a positive size: " + args.Get("shard-size"));
  c.threads = static_cast<int>(std::thread::hardware_concurrency());
  if (args.Has("threads") && (!absl::SimpleAtoi(args.Get("threads"), &c.threads) || c.threads < 1))
    return absl::InvalidArgumentError("--threads: not a positive integer: " + args.Get("threads"));
  if (c.threads < 1) c.threads = 1;
  return c;
}

// The plan a --resume must find unchanged: list, options, shards.
std::string PlanJson(const AuditCommand& c, const Artifact& artifact, const std::vector<ShardSpec>& shards) {
  const AuditOptions& o = c.options;
  Json plan = {{"list_hash", artifact.list_hash()}};
  plan["options"] = absl::StrFormat("%s|%s|%s|%d|%.17g|%d|%d|%d|%s", corpus::InputFormatName(o.format), o.field,
                                    o.column, o.review_sample, o.fraction, o.seed, o.shard_bytes, 0, o.id_field);
  Json sh = Json::array();
  for (const ShardSpec& s : shards) sh.push_back({s.path, s.begin, s.end});
  plan["shards"] = sh;
  return plan.dump(1);
}

// The state folder, and `ready`: OK once it may take shard records (the
// previous run's records are gone and this run's plan is written), else
// why not. Shard records are committed only after ready.get() is OK.
struct StateDir {
  std::string path;
  std::shared_future<absl::Status> ready;
};

// DIR/.state holds the plan (inputs, options, list) and, per finished shard,
// one completion record KEY.shard: its hits, then its summary
// (lanjie/corpus/shard_state.h, one fsync per shard). Both kinds of run
// first remove the temporary files (NAME.tmp.PID.N) a killed run left
// behind (a new one could take the same name). --resume requires the same
// plan. A fresh run empties the folder and writes its plan on a thread of
// its own, while the first shards are audited (unlinks and fsyncs: disk
// waits, which would otherwise come before any shard); see `previous`.
absl::StatusOr<StateDir> PrepareState(const AuditCommand& c, const Artifact& artifact,
                                      const std::vector<ShardSpec>& shards) {
  namespace fs = std::filesystem;
  const std::string state = c.out_dir + "/.state";
  std::error_code ec;
  fs::create_directories(state, ec);
  if (ec) return absl::InternalError(state + ": " + ec.message());
  // The temporary files a killed run left beside the outputs
  // (OUTPUT.tmp.PID.N; flagged.jsonl's grows while the shards run).
  for (const auto& entry : fs::directory_iterator(c.out_dir, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string_view output = lanjie::TempPathBase(name);
    for (std::string_view ours : {"flagged.jsonl", "review.xlsx", "review.csv", "manifest.json", "audit.json",
                                  "audit.md", "audit.html", "audit.xlsx", "manual.json"})
      if (output == ours) fs::remove(entry.path(), ec);
  }
  const std::string plan_path = state + "/plan.json";
  std::string plan_text = PlanJson(c, artifact, shards);
  if (c.resume) {
    auto old = lanjie::ReadFile(plan_path);
    if (old.ok() && *old != plan_text)
      return absl::FailedPreconditionError(c.out_dir +
                                           ": --resume with other inputs, options or list than the interrupted run; "
                                           "use a new --out or run without --resume");
  }
  // A fresh run's to remove: the previous run's records. Its plan is not
  // removed but replaced (atomically) once they are gone, so a run killed
  // meanwhile leaves the old plan with some of its own records, or the new
  // plan with none: never records a --resume of the new plan would take.
  std::vector<fs::path> previous;
  for (const auto& entry : fs::directory_iterator(state, ec)) {
    if (!lanjie::TempPathBase(entry.path().filename().string()).empty()) fs::remove(entry.path(), ec);
    else if (!c.resume && entry.path() != fs::path(plan_path)) previous.push_back(entry.path());
  }
  if (c.resume) {
    if (absl::Status s = WriteFileAtomically(plan_path, plan_text); !s.ok()) return s;
    std::promise<absl::Status> done;
    done.set_value(absl::OkStatus());
    return StateDir{state, done.get_future().share()};
  }
  auto ready = std::async(std::launch::async, [previous = std::move(previous), plan_path, plan_text]() {
    std::error_code remove_error;
    for (const fs::path& p : previous) fs::remove(p, remove_error);
    return WriteFileAtomically(plan_path, plan_text);
  });
  return StateDir{state, ready.share()};
}

std::string ShardStatePath(const std::string& state, const ShardSpec& s, const char* suffix) {
  return absl::StrCat(state, "/", ShardKey(s), suffix);
}

// The shards' partial summaries (JSON), in shard order, and how many were
// taken from an interrupted run.
struct ShardResults {
  std::vector<std::string> partials;
  std::vector<int64_t> hits_bytes;  // each record's flagged lines: its first hits_bytes bytes
  int64_t resumed = 0;
  // flagged.jsonl with every shard's lines appended, not yet committed.
  std::unique_ptr<FileConcatenation> flagged;
};

// Sizes results and done for the shards; with --resume, takes each shard
// whose state record is whole (done[i] = 1). Returns all shards' bytes.
int64_t TakeResumedShards(const AuditCommand& c, const std::vector<ShardSpec>& shards, const std::string& state,
                          ShardResults* results, std::vector<char>* done) {
  const size_t n = shards.size();
  results->partials.resize(n);
  results->hits_bytes.resize(n);
  done->assign(n, 0);
  int64_t total_bytes = 0;
  for (size_t i = 0; i < n; ++i) {
    total_bytes += shards[i].end - shards[i].begin;
    if (!c.resume) continue;
    auto record = corpus::ReadShardState(ShardStatePath(state, shards[i], ".shard"));
    if (!record.ok()) continue;  // missing or not whole: audited again
    results->partials[i] = std::move(record->summary);
    results->hits_bytes[i] = record->hits_bytes;
    (*done)[i] = 1;
    ++results->resumed;
  }
  return total_bytes;
}

// Audits shard i into results and hands its state record, whole in a
// temporary file, to the committer; adds its records to *records_done.
absl::Status AuditOneShard(const AuditCommand& c, const std::shared_ptr<const Artifact>& artifact,
                           const ShardSpec& s, const StateDir& state, size_t i, ShardResults* results,
                           std::atomic<int64_t>* records_done, corpus::InputHashes* hashes,
                           corpus::AuditScratch* scratch, corpus::ShardCommitter* committer) {
  // The shard's flagged lines go to its state record, at most 1 MiB held.
  corpus::FlaggedJsonlWriter sink(ShardStatePath(state.path, s, ".shard"));
  auto summary = corpus::AuditShard(artifact, s, c.options, &sink, hashes, scratch);
  absl::Status st = summary.status();
  if (st.ok()) {
    results->partials[i] = summary->ToJson();
    results->hits_bytes[i] = sink.bytes_written();
    absl::StatusOr<std::string> tmp = corpus::CloseShardState(&sink, results->partials[i]);
    st = tmp.status();
    if (tmp.ok()) committer->Finished(i, std::move(*tmp), results->hits_bytes[i]);
    *records_done += summary->records();
  }
  return st;
}

// One progress line on stderr: MB done of the total, records, rate, ETA.
void PrintAuditProgress(absl::Time start, int64_t bytes_done, int64_t total_bytes, int64_t records_done) {
  const double secs = absl::ToDoubleSeconds(absl::Now() - start);
  const double mb = static_cast<double>(bytes_done) / 1e6;
  const double rate = secs > 0 ? mb / secs : 0;
  const double left = rate > 0 ? (static_cast<double>(total_bytes) / 1e6 - mb) / rate : 0;
  std::fprintf(stderr, "\r%.0f / %.0f MB, %lld records, %.1f MB/s, ETA %.0f s   ", mb,
               static_cast<double>(total_bytes) / 1e6, static_cast<long long>(records_done), rate, left);
}

// For a worker with no shard left: hashes each input's bytes that no shard
// hashed as it read them (the later shards of a file, read on other
// threads; resumed shards) while the other workers finish their shards,
// so that BuildManifest after them has (almost) nothing left to read (each
// worker also hashes up to the end of every shard it finishes). Errors are
// left to InputHashes::Finish, which reads on from there.
void HashAheadWhileOthersRun(const std::vector<ShardSpec>& shards, corpus::InputHashes* hashes) {
  const std::string* last = nullptr;
  for (const ShardSpec& s : shards) {
    if (last != nullptr && *last == s.path) continue;  // a file's shards are adjacent in the plan
    last = &s.path;
    (void)hashes->HashAhead(s.path);
  }
}

// Audits every shard not already done on `threads` workers; each finished
// shard's hits and summary are in the state folder before the next starts;
// the bytes read go into the manifest's *hashes as they are read.
// Prints progress on a terminal. The first error stops the workers.
absl::StatusOr<ShardResults> AuditShards(const AuditCommand& c, const std::shared_ptr<const Artifact>& artifact,
                                         const std::vector<ShardSpec>& shards, const StateDir& state,
                                         corpus::InputHashes* hashes) {
  const size_t n = shards.size();
  ShardResults results;
  std::vector<char> done;
  const int64_t total_bytes = TakeResumedShards(c, shards, state.path, &results, &done);
  std::atomic<size_t> next{0};
  std::atomic<int64_t> bytes_done{0};
  std::atomic<int64_t> records_done{0};
  std::mutex mu;
  std::condition_variable cv;
  std::string error;
  int running = c.threads;
  auto failed = [&] {
    std::lock_guard<std::mutex> l(mu);
    return !error.empty();
  };
  std::vector<corpus::CommitterShard> commit_plan(n);
  for (size_t i = 0; i < n; ++i)
    commit_plan[i] = {ShardStatePath(state.path, shards[i], ".shard"), done[i] != 0, results.hits_bytes[i]};
  // Shard records committed and flagged.jsonl appended on a thread of its
  // own, so no worker waits for the disk.
  corpus::ShardCommitter committer(std::move(commit_plan), state.ready, c.out_dir + "/flagged.jsonl",
                                   [&](size_t i, const absl::Status& st) {
                                     const ShardSpec& sh = shards[i];
                                     std::lock_guard<std::mutex> l(mu);
                                     if (error.empty())
                                       error = absl::StrCat(sh.path, " [", sh.begin, ", ", sh.end, "): ", st.message());
                                   });
  auto worker = [&, state]() {  // each thread runs a copy: a shared_future of its own to wait on
    corpus::AuditScratch scratch;  // this worker's Scanner and batch buffers, for all its shards
    for (;;) {
      const size_t i = next.fetch_add(1);
      if (i >= n) {
        if (!failed()) HashAheadWhileOthersRun(shards, hashes);
        break;
      }
      const ShardSpec& s = shards[i];
      if (done[i]) {
        bytes_done += s.end - s.begin;
        continue;
      }
      if (failed()) break;
      if (absl::Status st =
              AuditOneShard(c, artifact, s, state, i, &results, &records_done, hashes, &scratch, &committer);
          !st.ok()) {
        std::lock_guard<std::mutex> l(mu);
        if (error.empty()) error = absl::StrCat(s.path, " [", s.begin, ", ", s.end, "): ", st.message());
        break;
      }
      bytes_done += s.end - s.begin;
      (void)hashes->HashAhead(s.path, s.end);  // what other threads read before it (Finish reads on after an error)
    }
    std::lock_guard<std::mutex> l(mu);
    --running;
    cv.notify_all();
  };
  const bool tty = isatty(2);
  const absl::Time start = absl::Now();
  std::vector<std::thread> pool;
  for (int t = 0; t < c.threads; ++t) pool.emplace_back(worker);
  {
    std::unique_lock<std::mutex> l(mu);
    while (running > 0) {
      cv.wait_for(l, std::chrono::milliseconds(500));
      if (tty && running > 0) PrintAuditProgress(start, bytes_done.load(), total_bytes, records_done.load());
    }
  }
  for (std::thread& t : pool) t.join();
  const absl::Status committed = committer.Drain();
  if (tty) std::fprintf(stderr, "\r%*s\r", 70, "");
  if (absl::Status s = state.ready.get(); !s.ok()) return s;
  if (!error.empty()) return absl::InternalError(error + " (finished shards are kept: rerun with --resume)");
  if (!committed.ok()) return committed;
  results.flagged = committer.TakeFlagged();
  return results;
}

absl::StatusOr<AuditSummary> MergeShards(const ShardResults& results, const std::vector<ShardSpec>& shards) {
  AuditSummary merged;
  for (size_t i = 0; i < results.partials.size(); ++i) {
    auto part = AuditSummary::FromJson(results.partials[i]);
    if (!part.ok())
      return absl::Status(part.status().code(),
                          absl::StrCat("shard state of ", shards[i].path, ": ", part.status().message()));
    if (absl::Status s = merged.Merge(*part); !s.ok()) return s;
  }
  return merged;
}

// The manifest; each input's size and XXH3-128 from *hashes (the bytes the
// shards read, plus a read of what they did not).
absl::StatusOr<corpus::AuditManifest> BuildManifest(const AuditCommand& c, const Artifact& artifact,
                                                    corpus::InputHashes* hashes) {
  corpus::AuditManifest manifest;
  manifest.list_hash = artifact.list_hash();
  manifest.list_version = artifact.list_version();
  manifest.tool_version = Version();
  manifest.options = c.options;
  manifest.generated_at = absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", absl::Now(), absl::UTCTimeZone());
  auto files = corpus::ExpandInputs(c.inputs);
  if (!files.ok()) return files.status();
  for (const std::string& f : *files) {
    auto info = hashes->Finish(f);
    if (!info.ok()) return info.status();
    manifest.inputs.push_back(*info);
  }
  return manifest;
}

std::string ReviewCsv(const AuditSummary& merged) {
  std::string review = "id,source,offset,keyword_verdict,risks,excerpt,人工结论(合格/不合格),备注\n";
  for (const corpus::ReviewItem& r : merged.review()) {
    std::string risks;
    for (const std::string& k : r.risks) risks += (risks.empty() ? "" : " ") + k;
    review += absl::StrCat(CsvCell(r.id), ",", CsvCell(r.path), ",", r.offset, ",", r.failed ? "不合格" : "合格", ",",
                           CsvCell(risks), ",", CsvCell(r.excerpt), ",,\n");
  }
  return review;
}

std::string ManifestJson(const Args& args, const corpus::AuditManifest& manifest) {
  Json inputs = Json::array();
  for (const corpus::InputInfo& in : manifest.inputs)
    inputs.push_back({{"path", in.path}, {"size", in.size}, {"xxh3_128", in.xxh3_128}});
  Json man = {{"list_hash", manifest.list_hash}, {"list_version", manifest.list_version},
              {"tool_version", manifest.tool_version},
              {"fraction", manifest.options.fraction},  {"seed", manifest.options.seed},
              {"inputs", inputs},                {"generated_at", manifest.generated_at}};
  if (args.Has("org")) man["organisation"] = args.Get("org");
  if (args.Has("corpus-name")) man["corpus_name"] = args.Get("corpus-name");
  return man.dump(1) + "\n";
}

// Runs the tasks together, each but the first on a thread of its own, and
// returns the first error in task order (every task runs to its end). For
// files committed with fsync: their waits for the disk overlap.
absl::Status RunTogether(const std::vector<std::function<absl::Status()>>& tasks) {
  std::vector<absl::Status> status(tasks.size());
  std::vector<std::thread> threads;
  for (size_t i = 1; i < tasks.size(); ++i) threads.emplace_back([&, i] { status[i] = tasks[i](); });
  if (!tasks.empty()) status[0] = tasks[0]();
  for (std::thread& t : threads) t.join();
  for (const absl::Status& s : status)
    if (!s.ok()) return s;
  return absl::OkStatus();
}

// Writes the audit's files into --out: review.xlsx, flagged.jsonl (the
// shards' hits in shard order, appended from the state folder while the
// shards ran: committed here), review.csv and manifest.json at once (each
// atomically), then audit.json last (only once the others are committed).
absl::Status WriteAuditFiles(const Args& args, const AuditCommand& c, const ShardResults& results, const AuditSummary& merged,
                             const corpus::AuditManifest& manifest, const std::string& audit_json) {
  corpus::ReviewWorkbookInfo wb_info;
  wb_info.list_hash = manifest.list_hash;
  wb_info.list_version = manifest.list_version;
  wb_info.generated_at = manifest.generated_at;
  for (const corpus::InputInfo& in : manifest.inputs)
    wb_info.inputs += absl::StrCat(wb_info.inputs.empty() ? "" : ", ", in.path);
  const std::string review_csv = ReviewCsv(merged), manifest_json = ManifestJson(args, manifest);
  const std::string& dir = c.out_dir;
  if (absl::Status s = RunTogether({
          [&] { return corpus::WriteReviewWorkbook(dir + "/review.xlsx", merged.review(), wb_info); },
          [&] { return results.flagged->Commit(); },
          [&] { return WriteFileAtomically(dir + "/review.csv", review_csv); },
          [&] { return WriteFileAtomically(dir + "/manifest.json", manifest_json); },
      });
      !s.ok())
    return s;
  return WriteFileAtomically(dir + "/audit.json", audit_json);
}

// audit.md, audit.html and audit.xlsx of the audit just written: what
// WriteAuditReports writes, rendered from `audit_json` (the text of
// DIR/audit.json) and written at once. 单位 and 语料名称 are the flags (what
// ReportInfo reads back from the manifest.json this audit wrote). When a
// manual.json is still there (it could not be removed), WriteAuditReports
// itself, which renders it too.
absl::Status WriteReportsOfNewAudit(const Args& args, const std::string& dir, const std::string& audit_json) {
  const std::string audit_name = dir + "/audit.json", manual_name = dir + "/manual.json";
  std::error_code ec;
  if (std::filesystem::exists(manual_name, ec) || ec) return WriteAuditReports(dir, ReportInfo(args, dir));
  AuditReportInfo info;
  info.organisation = args.Get("org");
  info.corpus_name = args.Get("corpus-name");
  auto commit_text = [&](const char* name, absl::StatusOr<std::string> text) {
    return text.ok() ? WriteFileAtomically(dir + name, *text) : text.status();
  };
  return RunTogether({
      [&] { return commit_text("/audit.md", AuditReportMarkdown(audit_json, "", info, audit_name, manual_name)); },
      [&] { return commit_text("/audit.html", AuditReportHtml(audit_json, "", info, audit_name, manual_name)); },
      [&] {
        const std::string xlsx = dir + "/audit.xlsx", tmp = TempPathFor(xlsx);
        if (absl::Status s = WriteAuditReportXlsx(audit_json, "", info, tmp, audit_name, manual_name); !s.ok()) {
          std::error_code remove_error;
          std::filesystem::remove(tmp, remove_error);
          return s;
        }
        return CommitFileAtomically(tmp, xlsx);
      },
  });
}

int RunAudit(int argc, char** argv) {
  Args args(argc, argv, 3,
            {"d", "list", "out", "format", "field", "column", "id-field", "fraction", "seed", "review-sample",
             "shard-size", "threads", "profile", "org", "corpus-name"},
            {"resume", "help", "h"});
  if (int rc = args.HelpOrError("corpus audit", kUsage); rc != Args::kGoOn) return rc;
  auto command = ParseAuditCommand(args);
  if (!command.ok()) return Fail(std::string(command.status().message()));
  const AuditCommand& c = *command;
  // As `lanjie scan` loads it: the audit scans batches with ScanLines, so the
  // stream databases (a record longer than the scanner's line limit) stay
  // serialized in the file's mapping until first needed, and the entry table
  // is read in place; the load's parts on two threads when the audit has them.
  LoadOptions load;
  load.threads = c.threads;
  load.read_in_place = true;
  auto artifact = Artifact::Load(c.list, load);
  if (!artifact.ok()) return Fail(std::string(artifact.status().message()));
  auto shards = corpus::PlanShards(c.inputs, c.options);
  if (!shards.ok()) return Fail(std::string(shards.status().message()));
  auto state = PrepareState(c, **artifact, *shards);
  if (!state.ok()) return Fail(std::string(state.status().message()));
  corpus::InputHashes hashes;
  auto results = AuditShards(c, *artifact, *shards, *state, &hashes);
  if (!results.ok()) return Fail(std::string(results.status().message()));
  auto merged = MergeShards(*results, *shards);
  if (!merged.ok()) return Fail(std::string(merged.status().message()));
  auto manifest = BuildManifest(c, **artifact, &hashes);
  if (!manifest.ok()) return Fail(std::string(manifest.status().message()));
  auto audit = corpus::RenderAuditJson(*merged, *manifest);
  if (!audit.ok()) return Fail(std::string(audit.status().message()));
  if (absl::Status s = WriteAuditFiles(args, c, *results, *merged, *manifest, *audit); !s.ok())
    return Fail(std::string(s.message()));
  // A manual.json belongs to the audit whose sample it labelled: a new audit
  // in the same folder makes it stale.
  std::error_code remove_error;
  if (std::filesystem::remove(c.out_dir + "/manual.json", remove_error))
    std::fprintf(stderr, "lanjie corpus audit: removed %s/manual.json of the previous audit (import the labels again)\n",
                 c.out_dir.c_str());
  if (absl::Status s = WriteReportsOfNewAudit(args, c.out_dir, *audit); !s.ok()) return Fail(std::string(s.message()));
  const Json a = Json::parse(*audit);
  const Json& k = a["keyword_check"];
  std::printf("%s: %lld records, %lld sampled, %lld 不合格, 合格率 %.2f%% [%.2f%%, %.2f%%] vs %.0f%%: %s; "
              "%lld unreadable; %lld of %zu shards resumed\n",
              c.out_dir.c_str(), static_cast<long long>(merged->records()), static_cast<long long>(merged->sampled()),
              static_cast<long long>(merged->failed()), k["rate"].get<double>() * 100,
              k["ci95"][0].get<double>() * 100, k["ci95"][1].get<double>() * 100, k["line"].get<double>() * 100,
              k["verdict_zh"].get<std::string>().c_str(), static_cast<long long>(merged->unreadable()),
              static_cast<long long>(results->resumed), shards->size());
  const std::string v = k["verdict"].get<std::string>();
  return v == "pass" || v == "pass_not_safe" ? 0 : 1;
}

}  // namespace

int RunReviewImport(int argc, char** argv) {
  Args args(argc, argv, 3, {"out", "org", "corpus-name"}, {"help", "h"});
  if (int rc = args.HelpOrError("corpus review-import", kUsage); rc != Args::kGoOn) return rc;
  auto fail = [](const std::string& msg) { return FailIn("review-import", msg); };
  if (!args.Has("out") || args.positionals().size() != 1) return fail("need --out DIR (the audit's) and one LABELS file");
  const std::string dir = args.Get("out"), labels_path = args.positionals()[0];
  auto spec = corpus::ReadReviewSampleSpec(dir + "/audit.json");
  if (!spec.ok()) return fail(std::string(spec.status().message()));
  auto labels = corpus::ReadReviewLabels(labels_path);
  if (!labels.ok()) return fail(std::string(labels.status().message()));
  auto check = corpus::ScoreManualCheck(*spec, *labels, labels_path);
  if (!check.ok()) return fail(std::string(check.status().message()));
  if (absl::Status s = WriteFileAtomically(dir + "/manual.json", corpus::RenderManualJson(*check, labels_path)); !s.ok())
    return fail(std::string(s.message()));
  const corpus::ManualCheck& m = *check;
  std::printf("%s/manual.json: %lld of %lld labelled, %lld 合格, 人工抽检合格率 %.2f%% [%.2f%%, %.2f%%]", dir.c_str(),
              static_cast<long long>(m.labelled), static_cast<long long>(m.sample), static_cast<long long>(m.passed),
              100 * m.rate, 100 * m.ci_low, 100 * m.ci_high);
  if (m.line) std::printf(" vs %.0f%%", 100 * *m.line);
  std::printf(": %s%s; keyword check agrees with reviewers on %.2f%% (keyword 不合格 / reviewer 合格: %lld, keyword 合格 / "
              "reviewer 不合格: %lld)\n",
              m.verdict_zh.c_str(), m.crosses_line ? " (interval crosses the line)" : "", 100 * m.agreement,
              static_cast<long long>(m.keyword_fail_reviewer_pass), static_cast<long long>(m.keyword_pass_reviewer_fail));
  if (m.labelled < m.sample)
    std::fprintf(stderr, "lanjie corpus review-import: %lld records of the sample are not labelled yet\n",
                 static_cast<long long>(m.sample - m.labelled));
  if (absl::Status s = WriteAuditReports(dir, ReportInfo(args, dir)); !s.ok()) return fail(std::string(s.message()));
  return m.verdict_zh == "符合" ? 0 : 1;
}

int RunReport(int argc, char** argv) {
  Args args(argc, argv, 3, {"out", "org", "corpus-name"}, {"help", "h"});
  if (int rc = args.HelpOrError("corpus report", kUsage); rc != Args::kGoOn) return rc;
  auto fail = [](const std::string& msg) { return FailIn("report", msg); };
  if (!args.Has("out") || !args.positionals().empty()) return fail("need --out DIR (the audit's) and nothing else");
  const std::string dir = args.Get("out");
  if (absl::Status s = WriteAuditReports(dir, ReportInfo(args, dir)); !s.ok()) return fail(std::string(s.message()));
  std::printf("%s: audit.md, audit.html, audit.xlsx\n", dir.c_str());
  // The verdict the reports show: the keyword check, and the manual check
  // when DIR/manual.json exists (the reports were just written from both).
  auto audit_text = lanjie::ReadFile(dir + "/audit.json");
  if (!audit_text.ok()) return fail("cannot read " + dir + "/audit.json");
  const Json audit = Json::parse(*audit_text, nullptr, /*allow_exceptions=*/false);
  const Json* check = audit.is_object() && audit.contains("keyword_check") ? &audit["keyword_check"] : nullptr;
  if (!check || !check->contains("verdict") || !(*check)["verdict"].is_string())
    return fail(dir + "/audit.json: no keyword_check.verdict");
  const std::string v = (*check)["verdict"].get<std::string>();
  if (v != "pass" && v != "pass_not_safe") return 1;
  auto manual_text = lanjie::ReadFile(dir + "/manual.json");
  if (!manual_text.ok()) return 0;
  const Json manual = Json::parse(*manual_text, nullptr, /*allow_exceptions=*/false);
  if (!manual.is_object() || !manual.contains("verdict_zh") || !manual["verdict_zh"].is_string())
    return fail(dir + "/manual.json: no verdict_zh");
  return manual["verdict_zh"] == "符合" ? 0 : 1;
}

int RunCorpus(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[2]) == "audit") return RunAudit(argc, argv);
  if (argc >= 3 && std::string(argv[2]) == "review-import") return RunReviewImport(argc, argv);
  if (argc >= 3 && std::string(argv[2]) == "report") return RunReport(argc, argv);
  std::fputs(kUsage, argc >= 3 && std::string(argv[2]) == "--help" ? stdout : stderr);
  return argc >= 3 && std::string(argv[2]) == "--help" ? 0 : 2;
}

}  // namespace lanjie::cli
