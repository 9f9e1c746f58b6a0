// lanjie scan: flags -> the search module (lanjie/search/searcher.h), which
// scans blocks of lines in parallel and hands them back in input order;
// this file formats hits (text, JSONL, masked input, counts).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "lanjie/common/sv.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"
#include "lanjie/search/searcher.h"
#include "lanjie/lexicon/taxonomy.h"
#include "args.h"
#include "commands.h"
#include "lanjie/common/json_string.h"

namespace lanjie::cli {
namespace {

constexpr char kHelp[] =
    "usage: lanjie scan -d LIST.ljdb [options] [FILE...|-]\n"
    "\n"
    "Every input line is one text. Prints one line per hit:\n"
    "  LINE:START-END<TAB>RISK<TAB>ACTION<TAB>KEYWORD<TAB>TEXT   (byte offsets into the line)\n"
    "Exit status: 0 no hits, 1 hits, 2 error. A summary goes to stderr.\n"
    "\n"
    "  -d, --db FILE      compiled list (lanjie compile)\n"
    "  --jsonl            one JSON object per line with hits:\n"
    "                     {\"line\":N,\"hits\":[{\"keyword\",\"risk\",\"action\",\"start\",\"end\",\"text\"}]}\n"
    "  --mask             write the input with block and mask hits masked ('*' per\n"
    "                     character); review hits are counted, their text is kept\n"
    "  --count            print nothing per hit, only the summary\n"
    "  --threads N        scanning threads (default: all cores)\n"
    "  --max-line BYTES   lines longer than this are scanned as a stream (default 64 MiB)\n"
    "  -q, --quiet        no summary\n";

constexpr size_t kDefaultMaxLine = 64 << 20;

enum class Format { kPlain, kJsonl, kMask, kCount };

struct Context {
  std::shared_ptr<const Artifact> artifact;
  Format format = Format::kPlain;
  std::string file_label;  // "name:" prefix when several files are scanned
  std::string file_json;   // "\"file\":\"name\"," when several files
};

// Formats one line's hits (or, for --mask, its masked text).
void FormatLine(const Context& ctx, const FoundLine& line, std::string* out) {
  const auto& entries = ctx.artifact->entries();
  const std::vector<Hit>& hits = *line.hits;
  switch (ctx.format) {
    case Format::kCount:
      return;
    case Format::kMask:
      if (hits.empty()) {
        out->append(line.text);
      } else {
        out->append(MaskForOutput(*ctx.artifact, line.text, line.HitsInText()));
      }
      if (line.newline) out->push_back('\n');
      return;
    case Format::kPlain:
      for (const Hit& h : hits) {
        const CompiledEntry e = entries[h.entry];
        absl::StrAppend(out, ctx.file_label, line.number, ":", h.start, "-", h.end, "\t", Av(e.risk), "\t",
                        ActionName(e.action), "\t", Av(e.keyword), "\t", Av(line.Span(h)), h.via ? "\tvia=" : "",
                        ViaName(h.via), "\n");
      }
      return;
    case Format::kJsonl:
      absl::StrAppend(out, "{", ctx.file_json, "\"line\":", line.number, ",\"hits\":[");
      for (size_t i = 0; i < hits.size(); ++i) {
        const Hit& h = hits[i];
        const CompiledEntry e = entries[h.entry];
        out->append(i ? ",{\"keyword\":" : "{\"keyword\":");
        AppendJsonString(e.keyword, out);
        absl::StrAppend(out, ",\"risk\":\"", Av(e.risk), "\",\"action\":\"", ActionName(e.action), "\",\"start\":", h.start,
                        ",\"end\":", h.end, ",\"text\":");
        AppendJsonString(line.Span(h), out);
        if (h.via) absl::StrAppend(out, ",\"via\":\"", ViaName(h.via), "\"");
        out->push_back('}');
      }
      out->append("]}\n");
      return;
  }
}

// Formats blocks on the search's threads; writes them to stdout in order.
class StdoutSink : public SearchSink {
 public:
  explicit StdoutSink(const Context& ctx) : ctx_(ctx) {}
  std::unique_ptr<Block> NewBlock() override { return std::make_unique<Text>(ctx_); }
  absl::Status Commit(Block& block) override {
    const std::string& out = static_cast<Text&>(block).out;
    if (!out.empty() && std::fwrite(out.data(), 1, out.size(), stdout) != out.size())
      return absl::DataLossError("write to standard output failed");
    return absl::OkStatus();
  }

 private:
  struct Text : Block {
    explicit Text(const Context& ctx) : ctx(ctx) {}
    void OnLine(const FoundLine& line) override { FormatLine(ctx, line, &out); }
    void Reset() override { out.clear(); }
    const Context& ctx;
    std::string out;
  };
  const Context& ctx_;
};

struct ScanFlags {
  std::string db;
  int threads = 1;
  size_t max_line = kDefaultMaxLine;
};

// Checks the flags after --help; prints the reason and returns false on a bad one.
bool ParseScanFlags(const Args& args, ScanFlags* flags) {
  if (!args.ok()) {
    std::fprintf(stderr, "lanjie scan: %s\n\n%s", args.error().c_str(), kHelp);
    return false;
  }
  flags->db = args.Get("db", args.Get("d"));
  if (flags->db.empty()) {
    std::fprintf(stderr, "lanjie scan: need -d LIST.ljdb\n\n%s", kHelp);
    return false;
  }
  if (args.Has("jsonl") + args.Has("mask") + args.Has("count") > 1) {
    std::fprintf(stderr, "lanjie scan: --jsonl, --mask and --count exclude each other\n");
    return false;
  }
  flags->threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (args.Has("threads") &&
      (!absl::SimpleAtoi(args.Get("threads"), &flags->threads) || flags->threads < 1 || flags->threads > 256)) {
    std::fprintf(stderr, "lanjie scan: --threads needs a number from 1 to 256\n");
    return false;
  }
  if (args.Has("max-line") && (!absl::SimpleAtoi(args.Get("max-line"), &flags->max_line) || flags->max_line < 16)) {
    std::fprintf(stderr, "lanjie scan: --max-line needs a number of bytes >= 16\n");
    return false;
  }
  return true;
}

// Scans every input in order into `sink`, labelling hits with the file name
// when there are several; an unreadable input is reported and skipped.
// Returns 2 if any input failed, else 0.
int ScanInputs(const std::vector<std::string>& inputs, Searcher& searcher, Context& ctx, StdoutSink& sink,
               SearchStats* total) {
  int status = 0;
  for (const std::string& path : inputs) {
    if (inputs.size() > 1) {
      ctx.file_label = path + ":";
      ctx.file_json = "\"file\":";
      AppendJsonString(path, &ctx.file_json);
      ctx.file_json.push_back(',');
    }
    if (absl::Status st = searcher.SearchFile(path, &sink, total); !st.ok()) {
      std::fprintf(stderr, "lanjie scan: %s\n", std::string(st.message()).c_str());
      status = 2;
    }
  }
  return status;
}

// "R1 12, allow 3": hits per risk, in taxonomy order; entries without a known risk last.
std::string HitsPerRisk(const Artifact& artifact, const SearchStats& total) {
  const Taxonomy& taxonomy = Taxonomy::Default();
  std::vector<uint64_t> per_risk(taxonomy.risks().size() + 1, 0);
  for (size_t i = 0; i < total.entry_hits.size(); ++i) {
    if (total.entry_hits[i] == 0) continue;
    auto idx = taxonomy.Find(artifact.entries()[i].risk);
    per_risk[idx.ok() ? *idx : taxonomy.risks().size()] += total.entry_hits[i];
  }
  std::string risks;
  for (size_t i = 0; i < per_risk.size(); ++i) {
    if (per_risk[i] == 0) continue;
    absl::StrAppend(&risks, risks.empty() ? "" : ", ", i < taxonomy.risks().size() ? taxonomy.risk(i).code : "allow",
                    " ", per_risk[i]);
  }
  return risks;
}

void PrintSummary(const Artifact& artifact, const SearchStats& total, double secs, int threads) {
  const std::string risks = HitsPerRisk(artifact, total);
  std::fprintf(stderr, "lanjie scan: %llu lines, %.1f MB, %llu hits in %llu lines%s%s%s; %.3f s, %.1f MB/s, %d threads\n",
               static_cast<unsigned long long>(total.lines), total.bytes / 1e6,
               static_cast<unsigned long long>(total.hits), static_cast<unsigned long long>(total.hit_lines),
               risks.empty() ? "" : " (", risks.c_str(), risks.empty() ? "" : ")", secs,
               secs > 0 ? total.bytes / 1e6 / secs : 0.0, threads);
}

// Ends the process with `code` once the output is out, without tearing
// down the scan: joining the search threads (each gives its buffers back
// to the allocator, which returns them to the kernel page by page), freeing
// the artifact and unmapping its databases. The kernel releases all of it
// at once at exit (measured in bench/RESULTS.md, scan round 10). Nothing
// else is pending: the scan writes no file; stdout is flushed here.
[[noreturn]] void ExitNow(int code) {
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(code);
}

}  // namespace

int RunScan(int argc, char** argv) {
  Args args(argc, argv, 2, {"d", "db", "threads", "max-line"}, {"jsonl", "mask", "count", "quiet", "q", "help", "h"});
  if (args.Has("help") || args.Has("h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  ScanFlags flags;
  if (!ParseScanFlags(args, &flags)) return 2;
  const absl::Time t0 = absl::Now();
  LoadOptions load;
  load.threads = flags.threads;  // the load's parts on two threads when the scan has them
  // The scan reads blocks with ScanLines; only a line longer than --max-line
  // needs the stream databases, deserialized then; the entry table is read
  // from the file's mapping.
  load.read_in_place = true;
  auto artifact = Artifact::Load(flags.db, load);
  if (!artifact.ok()) {
    std::fprintf(stderr, "lanjie scan: %s\n", std::string(artifact.status().message()).c_str());
    return 2;
  }
  Context ctx;
  ctx.artifact = *artifact;
  ctx.format = args.Has("jsonl") ? Format::kJsonl : args.Has("mask") ? Format::kMask
             : args.Has("count") ? Format::kCount : Format::kPlain;
  SearchOptions options;
  options.threads = flags.threads;
  options.max_line = flags.max_line;
  options.every_line = ctx.format == Format::kMask;
  auto searcher = Searcher::Create(ctx.artifact, options);
  if (!searcher.ok()) {
    std::fprintf(stderr, "lanjie scan: %s\n", std::string(searcher.status().message()).c_str());
    return 2;
  }
  std::vector<std::string> inputs = args.positionals();
  if (inputs.empty()) inputs.push_back("-");

  StdoutSink sink(ctx);
  SearchStats total;
  const int status = ScanInputs(inputs, **searcher, ctx, sink, &total);
  std::fflush(stdout);
  const double secs = absl::ToDoubleSeconds(absl::Now() - t0);
  if (!args.Has("quiet") && !args.Has("q")) PrintSummary(*ctx.artifact, total, secs, flags.threads);
  ExitNow(status != 0 ? status : total.hits > 0 ? 1 : 0);
}

}  // namespace lanjie::cli
