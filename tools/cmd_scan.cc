// lanjie scan: one text per input line, blocks of lines scanned in parallel,
// output written in input order. Memory: at most 2 blocks per thread in
// flight (4 MiB of input each, plus folded text and output), whatever the
// input size; a line longer than kMaxLine is scanned as a stream.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "lanjie/common/sv.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"
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

constexpr size_t kBlockSize = 4 << 20;
constexpr size_t kDefaultMaxLine = 64 << 20;

enum class Format { kPlain, kJsonl, kMask, kCount };

struct Counters {
  uint64_t lines = 0, bytes = 0, hits = 0, hit_lines = 0;
  std::vector<uint64_t> per_risk;  // by taxonomy index; last slot: no risk
  void Add(const Counters& o) {
    lines += o.lines;
    bytes += o.bytes;
    hits += o.hits;
    hit_lines += o.hit_lines;
    if (per_risk.size() < o.per_risk.size()) per_risk.resize(o.per_risk.size());
    for (size_t i = 0; i < o.per_risk.size(); ++i) per_risk[i] += o.per_risk[i];
  }
};

struct Context {
  std::shared_ptr<const Artifact> artifact;
  Format format = Format::kPlain;
  std::vector<int> entry_risk;  // entry -> taxonomy index (or risks().size())
  std::string file_label;       // "name:" prefix when several files are scanned
  std::string file_json;        // "\"file\":\"name\"," when several files
  size_t max_line = kDefaultMaxLine;
};

// Formats one line's hits. `line` is the original text without '\n'.
void FormatLine(const Context& ctx, uint64_t line_no, std::string_view line, const std::vector<Hit>& hits,
                Counters* counters, std::string* out) {
  const auto& entries = ctx.artifact->entries();
  if (!hits.empty()) {
    ++counters->hit_lines;
    counters->hits += hits.size();
    for (const Hit& h : hits) ++counters->per_risk[ctx.entry_risk[h.entry]];
  }
  switch (ctx.format) {
    case Format::kCount:
      return;
    case Format::kMask:
      out->append(hits.empty() ? std::string(line) : MaskForOutput(*ctx.artifact, line, hits));
      return;
    case Format::kPlain:
      for (const Hit& h : hits) {
        const CompiledEntry e = entries[h.entry];
        absl::StrAppend(out, ctx.file_label, line_no, ":", h.start, "-", h.end, "\t", Av(e.risk), "\t",
                        ActionName(e.action), "\t", Av(e.keyword), "\t", Av(line.substr(h.start, h.end - h.start)),
                        h.via ? "\tvia=" : "", ViaName(h.via), "\n");
      }
      return;
    case Format::kJsonl:
      absl::StrAppend(out, "{", ctx.file_json, "\"line\":", line_no, ",\"hits\":[");
      for (size_t i = 0; i < hits.size(); ++i) {
        const Hit& h = hits[i];
        const CompiledEntry e = entries[h.entry];
        out->append(i ? ",{\"keyword\":" : "{\"keyword\":");
        AppendJsonString(e.keyword, out);
        absl::StrAppend(out, ",\"risk\":\"", Av(e.risk), "\",\"action\":\"", ActionName(e.action), "\",\"start\":", h.start,
                        ",\"end\":", h.end, ",\"text\":");
        AppendJsonString(line.substr(h.start, h.end - h.start), out);
        if (h.via) absl::StrAppend(out, ",\"via\":\"", ViaName(h.via), "\"");
        out->push_back('}');
      }
      out->append("]}\n");
      return;
  }
}

// Lines in `data`, the last one counted even without its '\n'.
uint64_t CountLines(std::string_view data) {
  uint64_t lines = 0;
  for (const char* p = data.data(); (p = static_cast<const char*>(std::memchr(p, '\n', data.data() + data.size() - p)));
       ++p)
    ++lines;
  return lines + (!data.empty() && data.back() != '\n');
}

struct Block {
  uint64_t seq = 0;
  uint64_t first_line = 0;  // 1-based number of the block's first line
  uint64_t line_count = 0;
  std::string data;         // whole lines; the last may lack '\n' at end of input
  std::string out;
  Counters counters;
  absl::Status status;
  bool done = false;
};

// Runs blocks through worker threads; hands them back in submission order.
class Pipeline {
 public:
  Pipeline(const Context& ctx, int threads) : ctx_(ctx) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
    max_in_flight_ = static_cast<size_t>(threads) * 2;
  }
  ~Pipeline() {
    {
      std::lock_guard<std::mutex> l(mu_);
      stop_ = true;
    }
    cv_work_.notify_all();
    for (auto& t : workers_) t.join();
  }
  // Queues a block; blocks while too many are in flight, writing finished ones.
  absl::Status Submit(std::unique_ptr<Block> b, Counters* total) {
    {
      std::lock_guard<std::mutex> l(mu_);
      b->seq = next_seq_++;
      in_flight_.push_back(b.get());
      queue_.push_back(b.release());
    }
    cv_work_.notify_one();
    while (in_flight_.size() >= max_in_flight_)
      if (auto st = WriteNext(total); !st.ok()) return st;
    return absl::OkStatus();
  }
  // A block to fill, reusing the buffers of one already written: fresh
  // 4 MiB buffers would cost a page fault per 4 KiB every time.
  std::unique_ptr<Block> Acquire() {
    if (free_.empty()) {
      auto b = std::make_unique<Block>();
      b->data.reserve(2 * kBlockSize);  // a block plus the carried-over partial line
      return b;
    }
    std::unique_ptr<Block> b = std::move(free_.back());
    free_.pop_back();
    return b;
  }
  absl::Status Drain(Counters* total) {
    while (!in_flight_.empty())
      if (auto st = WriteNext(total); !st.ok()) return st;
    return absl::OkStatus();
  }

 private:
  absl::Status WriteNext(Counters* total) {
    Block* b = in_flight_.front();
    {
      std::unique_lock<std::mutex> l(mu_);
      cv_done_.wait(l, [b] { return b->done; });
    }
    in_flight_.pop_front();
    std::unique_ptr<Block> owned(b);
    if (!b->status.ok()) return b->status;
    total->Add(b->counters);
    if (!b->out.empty() && std::fwrite(b->out.data(), 1, b->out.size(), stdout) != b->out.size())
      return absl::DataLossError("write to standard output failed");
    // Keep the buffers' capacity for the next block.
    b->data.clear();
    b->out.clear();
    b->counters = Counters();
    b->done = false;
    free_.push_back(std::move(owned));
    return absl::OkStatus();
  }

  void Work() {
    auto scanner = Scanner::Create(ctx_.artifact);
    for (;;) {
      Block* b;
      {
        std::unique_lock<std::mutex> l(mu_);
        cv_work_.wait(l, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        b = queue_.front();
        queue_.pop_front();
      }
      if (!scanner.ok()) {
        b->status = scanner.status();
      } else {
        Process(**scanner, b);
      }
      {
        std::lock_guard<std::mutex> l(mu_);
        b->done = true;
      }
      cv_done_.notify_all();
    }
  }

  void Process(Scanner& scanner, Block* b) {
    b->counters.per_risk.assign(Taxonomy::Default().risks().size() + 1, 0);
    b->counters.bytes = b->data.size();
    const std::string_view data = b->data;
    const bool every_line = ctx_.format == Format::kMask;
    b->status = scanner.ScanLines(data, !every_line, [&](size_t index, uint64_t start, const std::vector<Hit>& hits) {
      const size_t nl = data.find('\n', start);
      const std::string_view line = data.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
      FormatLine(ctx_, b->first_line + index, line, hits, &b->counters, &b->out);
      if (every_line && nl != std::string_view::npos) b->out.push_back('\n');
    });
    b->counters.lines = b->line_count;
  }

  const Context& ctx_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable cv_work_, cv_done_;
  std::deque<Block*> queue_;
  std::deque<Block*> in_flight_;  // touched by the submitting thread only
  std::vector<std::unique_ptr<Block>> free_;  // likewise
  size_t max_in_flight_ = 2;
  uint64_t next_seq_ = 0;
  bool stop_ = false;
};

// Scans one line too long to hold in memory with a StreamScanner, reading
// the rest of it from `fd`. `head` holds its first bytes. Returns the bytes
// read past the line's end in *rest.
absl::Status ScanLongLine(const Context& ctx, int fd, const std::string& name, uint64_t line_no, std::string head,
                          std::string* rest, Counters* total) {
  auto stream = StreamScanner::Create(ctx.artifact);
  if (!stream.ok()) return stream.status();
  Counters c;
  c.per_risk.assign(Taxonomy::Default().risks().size() + 1, 0);
  std::vector<Hit> all;     // for plain/jsonl: all hits of the line
  std::string window;       // original bytes from window_base on (for span texts and masking)
  uint64_t window_base = 0;
  std::vector<Hit> masks;   // --mask: hits reaching past what was written
  std::string out;
  bool ended = false, newline = false;
  std::vector<Hit> hits;
  // Counts the newly decided hits; keeps what plain/jsonl or --mask need.
  auto take = [&] {
    for (const Hit& h : hits) {
      (ctx.format == Format::kMask ? masks : all).push_back(h);
      ++c.hits;
      ++c.per_risk[ctx.entry_risk[h.entry]];
    }
    hits.clear();
  };
  // --mask: writes the window up to `upto` (a code point boundary before
  // which no future hit starts) with the hits applied as MaskForOutput does.
  auto write_masked = [&](uint64_t upto) -> absl::Status {
    std::vector<Hit> rel;
    for (const Hit& h : masks)
      if (h.start < upto)
        rel.push_back(Hit{h.entry, std::max(h.start, window_base) - window_base, std::min(h.end, upto) - window_base, 0, 0});
    out = MaskForOutput(*ctx.artifact, std::string_view(window).substr(0, upto - window_base), rel);
    masks.erase(std::remove_if(masks.begin(), masks.end(), [upto](const Hit& h) { return h.end <= upto; }), masks.end());
    window.erase(0, upto - window_base);
    window_base = upto;
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return absl::DataLossError("write failed");
    return absl::OkStatus();
  };
  std::string buf = std::move(head);
  for (;;) {
    size_t nl = buf.find('\n');
    std::string_view piece = buf;
    if (nl != std::string::npos) {
      piece = piece.substr(0, nl);
      ended = newline = true;
    }
    if (auto st = (*stream)->Feed(piece, &hits); !st.ok()) return st;
    window.append(piece);
    c.bytes += piece.size();
    if (ended) {
      if (auto st = (*stream)->Finish(&hits); !st.ok()) return st;
      *rest = buf.substr(nl + 1);
      c.bytes += 1;
    }
    take();
    // Release text that can no longer change.
    const uint64_t stable = ended ? window_base + window.size() : std::min<uint64_t>((*stream)->StableBefore(), window_base + window.size());
    if (ctx.format == Format::kMask) {
      if (auto st = write_masked(stable); !st.ok()) return st;
    } else if (window.size() > (8 << 20)) {
      const uint64_t drop = std::min<uint64_t>(stable, window_base + window.size() - (1 << 20)) - window_base;
      window.erase(0, drop);
      window_base += drop;
    }
    if (ended) break;
    buf.assign(1 << 20, '\0');
    const ssize_t n = read(fd, buf.data(), buf.size());
    if (n < 0) return absl::DataLossError(absl::StrCat(name, ": read error: ", std::strerror(errno)));
    buf.resize(static_cast<size_t>(n));
    if (n == 0) {  // input ends inside the line
      if (auto st = (*stream)->Finish(&hits); !st.ok()) return st;
      take();
      ended = true;
      rest->clear();
      if (ctx.format == Format::kMask) {
        if (auto st = write_masked(window_base + window.size()); !st.ok()) return st;
      }
      break;
    }
  }
  if (ctx.format == Format::kMask && newline) std::fputc('\n', stdout);
  c.lines = 1;
  if (c.hits) c.hit_lines = 1;
  if (ctx.format == Format::kPlain || ctx.format == Format::kJsonl) {
    // Span texts come from the retained window; spans already released print empty.
    std::sort(all.begin(), all.end(), HitLess);
    std::string text_out;
    std::vector<Hit> visible;
    for (const Hit& h : all) visible.push_back(h);
    Counters ignore;
    ignore.per_risk.assign(c.per_risk.size(), 0);
    const std::string_view w = window;
    std::string formatted;
    for (const Hit& h : visible) {
      const CompiledEntry e = ctx.artifact->entries()[h.entry];
      std::string_view span;
      if (h.start >= window_base && h.end <= window_base + w.size()) span = w.substr(h.start - window_base, h.end - h.start);
      if (ctx.format == Format::kPlain) {
        absl::StrAppend(&formatted, ctx.file_label, line_no, ":", h.start, "-", h.end, "\t", Av(e.risk), "\t",
                        ActionName(e.action), "\t", Av(e.keyword), "\t", Av(span), h.via ? "\tvia=" : "",
                        ViaName(h.via), "\n");
      }
    }
    if (ctx.format == Format::kJsonl && !visible.empty()) {
      absl::StrAppend(&formatted, "{", ctx.file_json, "\"line\":", line_no, ",\"hits\":[");
      for (size_t i = 0; i < visible.size(); ++i) {
        const Hit& h = visible[i];
        const CompiledEntry e = ctx.artifact->entries()[h.entry];
        std::string_view span;
        if (h.start >= window_base && h.end <= window_base + w.size()) span = w.substr(h.start - window_base, h.end - h.start);
        formatted.append(i ? ",{\"keyword\":" : "{\"keyword\":");
        AppendJsonString(e.keyword, &formatted);
        absl::StrAppend(&formatted, ",\"risk\":\"", Av(e.risk), "\",\"action\":\"", ActionName(e.action),
                        "\",\"start\":", h.start, ",\"end\":", h.end, ",\"text\":");
        AppendJsonString(span, &formatted);
        if (h.via) absl::StrAppend(&formatted, ",\"via\":\"", ViaName(h.via), "\"");
        formatted.push_back('}');
      }
      formatted.append("]}\n");
    }
    std::fwrite(formatted.data(), 1, formatted.size(), stdout);
  }
  total->Add(c);
  return absl::OkStatus();
}

absl::Status ScanFd(const Context& ctx, int fd, const std::string& name, Pipeline* pipeline, Counters* total) {
  std::string carry;
  uint64_t line_no = 1;
  for (bool eof = false; !eof;) {
    std::unique_ptr<Block> block = pipeline->Acquire();
    block->data.assign(carry);
    carry.clear();
    // Read until the block holds kBlockSize bytes and ends a line, or input ends.
    size_t last_nl = block->data.rfind('\n');
    while (!eof && (block->data.size() < kBlockSize || last_nl == std::string::npos)) {
      if (last_nl == std::string::npos && block->data.size() >= ctx.max_line) break;
      const size_t old = block->data.size();
      const size_t want = std::min(kBlockSize, ctx.max_line);
      block->data.resize(old + want);
      const ssize_t n = read(fd, block->data.data() + old, want);
      if (n < 0) return absl::DataLossError(absl::StrCat(name, ": read error: ", std::strerror(errno)));
      block->data.resize(old + static_cast<size_t>(n));
      if (n == 0) eof = true;
      const size_t nl = block->data.rfind('\n');
      if (nl != std::string::npos && (last_nl == std::string::npos || nl > last_nl)) last_nl = nl;
    }
    if (!eof && last_nl == std::string::npos) {
      // One line longer than kMaxLine: finish what is queued, then stream it.
      if (auto st = pipeline->Drain(total); !st.ok()) return st;
      std::string rest;
      if (auto st = ScanLongLine(ctx, fd, name, line_no, std::move(block->data), &rest, total); !st.ok()) return st;
      ++line_no;
      carry = std::move(rest);
      continue;
    }
    if (!eof && last_nl + 1 < block->data.size()) {
      carry.assign(block->data, last_nl + 1);
      block->data.resize(last_nl + 1);
    }
    if (block->data.empty()) continue;
    block->line_count = CountLines(block->data);
    block->first_line = line_no;
    line_no += block->line_count;
    if (auto st = pipeline->Submit(std::move(block), total); !st.ok()) return st;
  }
  return pipeline->Drain(total);
}

}  // namespace

int RunScan(int argc, char** argv) {
  Args args(argc, argv, 2, {"d", "db", "threads", "max-line"}, {"jsonl", "mask", "count", "quiet", "q", "help", "h"});
  if (args.Has("help") || args.Has("h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (!args.ok()) {
    std::fprintf(stderr, "lanjie scan: %s\n\n%s", args.error().c_str(), kHelp);
    return 2;
  }
  const std::string db = args.Get("db", args.Get("d"));
  if (db.empty()) {
    std::fprintf(stderr, "lanjie scan: need -d LIST.ljdb\n\n%s", kHelp);
    return 2;
  }
  if (args.Has("jsonl") + args.Has("mask") + args.Has("count") > 1) {
    std::fprintf(stderr, "lanjie scan: --jsonl, --mask and --count exclude each other\n");
    return 2;
  }
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (args.Has("threads") && (!absl::SimpleAtoi(args.Get("threads"), &threads) || threads < 1 || threads > 256)) {
    std::fprintf(stderr, "lanjie scan: --threads needs a number from 1 to 256\n");
    return 2;
  }
  size_t max_line = kDefaultMaxLine;
  if (args.Has("max-line") && (!absl::SimpleAtoi(args.Get("max-line"), &max_line) || max_line < 16)) {
    std::fprintf(stderr, "lanjie scan: --max-line needs a number of bytes >= 16\n");
    return 2;
  }
  const absl::Time t0 = absl::Now();
  auto artifact = Artifact::Load(db);
  if (!artifact.ok()) {
    std::fprintf(stderr, "lanjie scan: %s\n", std::string(artifact.status().message()).c_str());
    return 2;
  }
  Context ctx;
  ctx.artifact = *artifact;
  ctx.max_line = max_line;
  ctx.format = args.Has("jsonl") ? Format::kJsonl : args.Has("mask") ? Format::kMask
             : args.Has("count") ? Format::kCount : Format::kPlain;
  const Taxonomy& taxonomy = Taxonomy::Default();
  for (const CompiledEntry e : ctx.artifact->entries()) {
    auto idx = taxonomy.Find(e.risk);
    ctx.entry_risk.push_back(idx.ok() ? *idx : static_cast<int>(taxonomy.risks().size()));
  }
  std::vector<std::string> inputs = args.positionals();
  if (inputs.empty()) inputs.push_back("-");

  Counters total;
  total.per_risk.assign(taxonomy.risks().size() + 1, 0);
  int status = 0;
  {
    Pipeline pipeline(ctx, threads);
    for (const std::string& path : inputs) {
      if (inputs.size() > 1) {
        ctx.file_label = path + ":";
        ctx.file_json.clear();
        ctx.file_json = "\"file\":";
        AppendJsonString(path, &ctx.file_json);
        ctx.file_json.push_back(',');
      }
      const int fd = path == "-" ? 0 : open(path.c_str(), O_RDONLY);
      if (fd < 0) {
        std::fprintf(stderr, "lanjie scan: %s: %s\n", path.c_str(), std::strerror(errno));
        status = 2;
        continue;
      }
      absl::Status st = ScanFd(ctx, fd, path == "-" ? "<stdin>" : path, &pipeline, &total);
      if (fd != 0) close(fd);
      if (!st.ok()) {
        std::fprintf(stderr, "lanjie scan: %s\n", std::string(st.message()).c_str());
        status = 2;
      }
    }
  }
  std::fflush(stdout);
  const double secs = absl::ToDoubleSeconds(absl::Now() - t0);
  if (!args.Has("quiet") && !args.Has("q")) {
    std::string risks;
    for (size_t i = 0; i < total.per_risk.size(); ++i) {
      if (total.per_risk[i] == 0) continue;
      absl::StrAppend(&risks, risks.empty() ? "" : ", ", i < taxonomy.risks().size() ? taxonomy.risk(i).code : "allow",
                      " ", total.per_risk[i]);
    }
    std::fprintf(stderr, "lanjie scan: %llu lines, %.1f MB, %llu hits in %llu lines%s%s%s; %.3f s, %.1f MB/s, %d threads\n",
                 static_cast<unsigned long long>(total.lines), total.bytes / 1e6,
                 static_cast<unsigned long long>(total.hits), static_cast<unsigned long long>(total.hit_lines),
                 risks.empty() ? "" : " (", risks.c_str(), risks.empty() ? "" : ")", secs,
                 secs > 0 ? total.bytes / 1e6 / secs : 0.0, threads);
  }
  if (status != 0) return status;
  return total.hits > 0 ? 1 : 0;
}

}  // namespace lanjie::cli
