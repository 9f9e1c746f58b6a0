// Multi-threaded search of files and in-memory text against a compiled
// Artifact: one text per '\n'-separated line, blocks of lines scanned in
// parallel, results handed back in input order. Serves `lanjie scan`, the
// list self-test and the corpus audit. The search knows nothing of output
// formats: a SearchSink formats or counts each line (on the worker threads)
// and receives the formatted blocks in input order (on the calling thread).
//
// Memory: at most 2 blocks per thread in flight (`block_size` of input each,
// plus whatever the sink keeps per block), whatever the input size. A line
// longer than `max_line` is scanned as a stream (StreamScanner) and never
// held whole.
//
// Thread safety: a Searcher may be used by one thread at a time; it runs its
// own worker threads (started by Create, stopped by the destructor).
// SearchSink::Block::OnLine is called from the workers concurrently, each
// Block by one thread at a time; SearchSink::NewBlock and Commit only from
// the thread that called Search*, Commit in input order.
//
//   class CountSink : public SearchSink { ... };
//   auto searcher = Searcher::Create(artifact, {.threads = 4});
//   CountSink sink;
//   SearchStats stats;
//   absl::Status st = (*searcher)->SearchFile("corpus.txt", &sink, &stats);
#ifndef LANJIE_SEARCH_SEARCHER_H_
#define LANJIE_SEARCH_SEARCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace lanjie {

namespace internal {
class SearchPool;
}

struct SearchOptions {
  // Scanning threads; 0 means std::thread::hardware_concurrency().
  int threads = 0;
  // Bytes of input per block handed to a thread (cut at a line end). With
  // 2+ threads, over the last 2 * threads blocks of a text in memory the
  // blocks shrink (to 64 KiB at least) so that the threads finish together;
  // the results do not depend on the cuts. Each thread's scratch grows to a
  // few times this. 256 KiB measured best for files on a 2-core VM
  // (bench/RESULTS.md, issue 16, session 39): the block read, folded and
  // scanned stays in the core's cache; 1 MiB blocks cost 10-20% more wall
  // time with 2 threads, 64 KiB blocks more hand-offs.
  size_t block_size = 256 << 10;
  // Lines longer than this are scanned as a stream; must be >= 16.
  size_t max_line = 64 << 20;
  // Call OnLine for every line, not only for lines with hits (for output
  // that rewrites the input, such as masking). A line scanned as a stream is
  // then delivered in pieces as its text becomes final (see FoundLine).
  bool every_line = false;
};

// Totals over what a Search* call read; Add() merges.
struct SearchStats {
  // Hits per Artifact entry (index = Hit::entry); grown as needed.
  std::vector<uint64_t> entry_hits;
  uint64_t lines = 0;      // lines read, the last one counted without its '\n'
  uint64_t bytes = 0;      // bytes read, '\n' included
  uint64_t hits = 0;       // hits reported
  uint64_t hit_lines = 0;  // lines with at least one hit
  void Add(const SearchStats& o) {
    lines += o.lines;
    bytes += o.bytes;
    hits += o.hits;
    hit_lines += o.hit_lines;
    if (entry_hits.size() < o.entry_hits.size()) entry_hits.resize(o.entry_hits.size(), 0);
    for (size_t i = 0; i < o.entry_hits.size(); ++i) entry_hits[i] += o.entry_hits[i];
  }
};

// One line (or, for a line scanned as a stream, part of one) with its hits.
// `hits` is valid during OnLine; `text` until the Commit of the block that
// received it returns (a Block may keep views of it for its Commit).
struct FoundLine {
  uint64_t number = 0;       // 1-based line number within its file or text
  std::string_view text;     // original bytes, without the '\n'
  uint64_t text_offset = 0;  // offset of text[0] within the line (0 unless streamed)
  // The line's hits, sorted by HitLess, offsets relative to the LINE start.
  // For a piece of a streamed line (every_line): the hits overlapping this
  // piece, each also delivered with the pieces it reaches into.
  const std::vector<Hit>* hits = nullptr;
  // The piece ends the line with a '\n' (false for the last line of input
  // without one, and for a streamed piece that is not the line's last).
  bool newline = false;
  // A streamed line's hits were counted once, with its first piece (or its
  // only delivery); later pieces have counted = false.
  bool counted = true;

  // The original bytes of `h`; empty when the span is no longer held (a
  // streamed line longer than `max_line` keeps the last 1-8 MiB of it).
  std::string_view Span(const Hit& h) const {
    if (h.start < text_offset || h.end > text_offset + text.size() || h.end < h.start) return {};
    return text.substr(h.start - text_offset, h.end - h.start);
  }
  // `hits` clipped to `text` and made relative to text[0] (for masking a
  // streamed piece). Allocates.
  std::vector<Hit> HitsInText() const;
};

// Receives results. Implementations: lanjie scan (text, JSONL, mask,
// counts), the self-test (per-keyword counts and examples).
class SearchSink {
 public:
  // Per-block state: filled on a worker thread, committed in input order.
  // Blocks are reused: Reset() is called before each reuse, so buffers keep
  // their capacity (no allocation per block after warm-up).
  class Block {
   public:
    virtual ~Block() = default;
    virtual void OnLine(const FoundLine& line) = 0;
    virtual void Reset() = 0;
  };
  virtual ~SearchSink() = default;
  // A new Block; called on the thread that called Search*, at most
  // 2 * threads + 1 times per call.
  virtual std::unique_ptr<Block> NewBlock() = 0;
  // Called on the thread that called Search*, once per block, in input
  // order. An error stops the search and is returned by it.
  virtual absl::Status Commit(Block& block) = 0;
};

class Searcher {
 public:
  // Errors: InvalidArgument for options out of range (threads > 256,
  // max_line < 16, block_size < 16); Scanner::Create's errors.
  static absl::StatusOr<std::unique_ptr<Searcher>> Create(std::shared_ptr<const Artifact> artifact,
                                                          const SearchOptions& options);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Cost of every Search* call: Scanner::ScanLines' cost per block, spread
  // over the threads, plus the sink's work; the calling thread reads the
  // input (SearchFile, SearchFd: one copy, ~10% of a 64k scan's CPU) or cuts
  // the text (SearchText: no copy), at a '\n' found backwards from the block
  // size, and commits; the workers count and number the lines. Allocates
  // nothing per block once 2 * threads blocks have been filled (buffers and
  // sink Blocks are reused); a streamed line costs a StreamScanner.
  //
  // Scans the file at `path` ("-" is standard input); line numbers start at
  // 1. Errors: NotFound / PermissionDenied (cannot open, naming the path),
  // DataLoss (read error), the sink's Commit errors, scanning errors.
  // Totals are added to *stats (may be null), also when an error stops it.
  absl::Status SearchFile(const std::string& path, SearchSink* sink, SearchStats* stats);
  // As SearchFile on an open descriptor, from its current offset; `name`
  // labels errors. Does not close `fd`. Files, pipes and terminals are all
  // read in blocks (read(2), block_size at a time, by the calling thread); a
  // file that shrinks while it is searched ends early, with what was read.
  absl::Status SearchFd(int fd, std::string_view name, SearchSink* sink, SearchStats* stats);
  // Scans text in memory, without copying it.
  absl::Status SearchText(std::string_view text, SearchSink* sink, SearchStats* stats);

  const SearchOptions& options() const { return options_; }
  int threads() const { return options_.threads; }

 private:
  Searcher() = default;
  std::shared_ptr<const Artifact> artifact_;
  SearchOptions options_;
  std::unique_ptr<internal::SearchPool> pool_;
};

}  // namespace lanjie

#endif  // LANJIE_SEARCH_SEARCHER_H_
