// Multi-threaded search: see lanjie/search/searcher.h.
//
// The calling thread reads the input (a file or pipe) or cuts it (a text
// in memory) into blocks of whole lines and hands them to the workers (one
// Scanner each); each worker scans a block and lets the sink's Block format
// or count its lines; the calling thread commits finished blocks in input
// order. Beyond the read, it never looks at a block's lines: the workers
// count them (ScanLines' block pass finds every line end) and number them
// from their predecessor's count, which is known long before a worker needs
// it, so nothing serial runs beside the scans.
// Blocks, their buffers and the sink's per-block state are reused, so a
// search allocates nothing per block after the first 2 * threads blocks.
#include "lanjie/search/searcher.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "absl/strings/str_cat.h"

namespace lanjie {

std::vector<Hit> FoundLine::HitsInText() const {
  std::vector<Hit> out;
  if (hits == nullptr) return out;
  const uint64_t end = text_offset + text.size();
  for (const Hit& h : *hits) {
    if (h.end <= text_offset && !(h.start == h.end && h.start == text_offset)) continue;
    if (h.start >= end && !(text.empty() && h.start == end)) continue;
    Hit r = h;
    r.start = std::max(h.start, text_offset) - text_offset;
    r.end = std::min(h.end, end) - text_offset;
    out.push_back(r);
  }
  return out;
}

namespace {

constexpr size_t kStreamPiece = 1 << 20;  // bytes fed per step to a streamed line
constexpr size_t kMinTailBlock = 64 << 10;  // the smallest of the last blocks (BlockSizeFor)

}  // namespace

namespace internal {

// One block of lines in flight.
struct Slot {
  // Line numbering, guarded by the pool's mutex: the block's first line is
  // known (line_known) once every block before it in the run has counted
  // its lines; `next` is the block submitted after this one, to which the
  // count is handed on.
  uint64_t first_line = 0;  // 1-based number of the block's first line
  uint64_t line_count = 0;
  bool line_known = false;
  bool counted = false;
  Slot* next = nullptr;
  std::string buffer;       // room a block read from a descriptor is read into (only grows)
  std::string_view data;    // the block's lines (the start of `buffer`, or in memory)
  std::unique_ptr<SearchSink::Block> block;
  SearchStats stats;
  absl::Status status;
  bool done = false;
};

// Worker threads, one Scanner each, and the in-order hand-back.
class SearchPool {
 public:
  SearchPool(std::vector<std::unique_ptr<Scanner>> scanners, bool every_line, size_t entries)
      : every_line_(every_line) {
    entry_hits_.resize(scanners.size());
    for (size_t i = 0; i < scanners.size(); ++i) {
      entry_hits_[i].assign(entries, 0);
      workers_.emplace_back([this, i, s = std::shared_ptr<Scanner>(std::move(scanners[i]))] { Work(*s, i); });
    }
  }
  ~SearchPool() {
    {
      std::lock_guard<std::mutex> l(mu_);
      stop_ = true;
    }
    cv_work_.notify_all();
    for (auto& t : workers_) t.join();
  }
  size_t threads() const { return workers_.size(); }

  // Hands `slot` to a worker. `prev`: the block submitted before it and not
  // yet committed, or null when slot->first_line is already set.
  void Submit(Slot* slot, Slot* prev) {
    {
      std::lock_guard<std::mutex> l(mu_);
      slot->done = false;
      slot->counted = false;
      slot->next = nullptr;
      slot->line_known = prev == nullptr;
      if (prev != nullptr) {
        prev->next = slot;
        if (prev->line_known && prev->counted) {
          slot->first_line = prev->first_line + prev->line_count;
          slot->line_known = true;
        }
      }
      queue_.push_back(slot);
    }
    cv_work_.notify_one();
  }
  // Waits until `slot` is scanned. Only the thread that calls Search* waits,
  // for one slot at a time: a worker wakes it only for that slot (a wake per
  // finished block cost a context switch for each block it was not waiting
  // for).
  void Wait(Slot* slot) {
    std::unique_lock<std::mutex> l(mu_);
    waiting_ = slot;
    cv_done_.wait(l, [slot] { return slot->done; });
    waiting_ = nullptr;
  }
  // Adds the workers' per-entry hit counts to `out` and zeroes them. Only
  // while no block is in flight.
  void TakeEntryHits(std::vector<uint64_t>* out) {
    for (auto& counts : entry_hits_) {
      if (out->size() < counts.size()) out->resize(counts.size(), 0);
      for (size_t i = 0; i < counts.size(); ++i) (*out)[i] += counts[i];
      std::fill(counts.begin(), counts.end(), 0);
    }
  }

 private:
  void Work(Scanner& scanner, size_t index) {
    for (;;) {
      Slot* slot;
      {
        std::unique_lock<std::mutex> l(mu_);
        cv_work_.wait(l, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;
        slot = queue_.front();
        queue_.pop_front();
      }
      Process(scanner, entry_hits_[index], slot);
      bool wake;
      {
        std::lock_guard<std::mutex> l(mu_);
        if (!slot->counted) Counted(slot, 0);  // a scan error before the count: let the run end
        slot->done = true;
        wake = waiting_ == slot;
      }
      if (wake) cv_done_.notify_one();
    }
  }

  // Records the line count of `slot` and hands numbers on to the blocks
  // after it that have counted theirs. Under mu_.
  void Counted(Slot* slot, uint64_t lines) {
    slot->line_count = lines;
    slot->counted = true;
    bool woke = false;
    for (Slot* s = slot; s->line_known && s->counted && s->next != nullptr && !s->next->line_known; s = s->next) {
      s->next->first_line = s->first_line + s->line_count;
      s->next->line_known = true;
      woke = true;
    }
    if (woke) cv_lines_.notify_all();
  }

  void Process(Scanner& scanner, std::vector<uint64_t>& entry_hits, Slot* slot) {
    const std::string_view data = slot->data;
    SearchStats& stats = slot->stats;
    stats = SearchStats();
    stats.bytes = data.size();
    SearchSink::Block& block = *slot->block;
    FoundLine line;
    bool line_known = false;  // slot->first_line may be read without the lock
    const auto count = [&](size_t lines) {
      std::lock_guard<std::mutex> l(mu_);
      Counted(slot, lines);
      line_known = slot->line_known;
    };
    slot->status = scanner.ScanLines(data, !every_line_, [&](size_t index, uint64_t start, const std::vector<Hit>& hits) {
      if (!line_known) {  // the blocks before this one have not all counted their lines yet
        std::unique_lock<std::mutex> l(mu_);
        cv_lines_.wait(l, [slot] { return slot->line_known; });
        line_known = true;
      }
      const void* nl = std::memchr(data.data() + start, '\n', data.size() - start);
      const size_t end = nl ? static_cast<const char*>(nl) - data.data() : data.size();
      if (!hits.empty()) {
        ++stats.hit_lines;
        stats.hits += hits.size();
        for (const Hit& h : hits) ++entry_hits[h.entry];
      }
      line.number = slot->first_line + index;
      line.text = data.substr(start, end - start);
      line.hits = &hits;
      line.newline = nl != nullptr;
      block.OnLine(line);
    }, count);
    stats.lines = slot->line_count;  // counted by ScanLines (or 0 after an error)
  }

  const bool every_line_;
  std::vector<std::vector<uint64_t>> entry_hits_;  // per worker, per entry
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable cv_work_, cv_done_;
  std::condition_variable cv_lines_;  // a block's first line became known
  std::deque<Slot*> queue_;
  Slot* waiting_ = nullptr;  // the slot Wait() waits for, if any
  bool stop_ = false;
};

}  // namespace internal

namespace {

using internal::SearchPool;
using internal::Slot;

// Scans one line too long to hold (longer than max_line) piece by piece with
// a StreamScanner. With every_line, its text is delivered in pieces as it
// becomes final; otherwise its hits are delivered once at the end with the
// last 1-8 MiB of its text.
class LongLine {
 public:
  LongLine(std::unique_ptr<StreamScanner> stream, const SearchOptions& options, uint64_t number, SearchSink* sink,
           SearchSink::Block* block)
      : stream_(std::move(stream)), every_line_(options.every_line), number_(number), sink_(sink), block_(block) {}

  absl::Status Feed(std::string_view piece) {
    if (auto st = stream_->Feed(piece, &hits_); !st.ok()) return st;
    window_.append(piece.data(), piece.size());
    stats_.bytes += piece.size();
    Take();
    const uint64_t end = window_base_ + window_.size();
    const uint64_t stable = std::min<uint64_t>(stream_->StableBefore(), end);
    if (every_line_) return Deliver(stable, false);
    if (window_.size() > (8 << 20)) {
      const uint64_t drop = std::min<uint64_t>(stable, end - (1 << 20)) - window_base_;
      window_.erase(0, drop);
      window_base_ += drop;
    }
    return absl::OkStatus();
  }

  // Ends the line; `newline`: it ended with '\n' (counted in bytes).
  absl::Status Finish(bool newline, SearchStats* stats, std::vector<uint64_t>* entry_hits) {
    if (auto st = stream_->Finish(&hits_); !st.ok()) return st;
    Take();
    stats_.lines = 1;
    stats_.bytes += newline;
    if (stats_.hits) stats_.hit_lines = 1;
    if (stats) stats->Add(stats_);
    for (const auto& [entry, n] : entry_counts_) {
      if (entry_hits->size() <= entry) entry_hits->resize(entry + 1, 0);
      (*entry_hits)[entry] += n;
    }
    if (every_line_) return Deliver(window_base_ + window_.size(), newline);
    if (held_.empty()) return absl::OkStatus();
    std::sort(held_.begin(), held_.end(), HitLess);
    FoundLine line;
    line.number = number_;
    line.text = window_;
    line.text_offset = window_base_;
    line.hits = &held_;
    line.newline = newline;
    block_->Reset();
    block_->OnLine(line);
    return sink_->Commit(*block_);
  }

 private:
  void Take() {
    for (const Hit& h : hits_) {
      held_.push_back(h);
      ++stats_.hits;
      bool found = false;
      for (auto& [entry, n] : entry_counts_)
        if (entry == h.entry) {
          ++n;
          found = true;
          break;
        }
      if (!found) entry_counts_.emplace_back(h.entry, 1);
    }
    hits_.clear();
  }

  // every_line: hands the window up to `upto` (a code point boundary before
  // which no future hit starts) to the sink with the hits reaching into it.
  absl::Status Deliver(uint64_t upto, bool last) {
    if (upto <= window_base_ && !last) return absl::OkStatus();
    std::vector<Hit> touching;
    for (const Hit& h : held_)
      if (h.start < upto) touching.push_back(h);
    std::sort(touching.begin(), touching.end(), HitLess);
    FoundLine line;
    line.number = number_;
    line.text = std::string_view(window_).substr(0, upto - window_base_);
    line.text_offset = window_base_;
    line.hits = &touching;
    line.newline = last;
    block_->Reset();
    block_->OnLine(line);
    absl::Status st = sink_->Commit(*block_);
    held_.erase(std::remove_if(held_.begin(), held_.end(), [upto](const Hit& h) { return h.end <= upto; }),
                held_.end());
    window_.erase(0, upto - window_base_);
    window_base_ = upto;
    return st;
  }

  std::unique_ptr<StreamScanner> stream_;
  const bool every_line_;
  const uint64_t number_;
  SearchSink* sink_;
  SearchSink::Block* block_;
  std::vector<Hit> hits_;   // decided by the last Feed/Finish
  std::vector<Hit> held_;   // every_line: not yet wholly delivered; else all hits
  std::vector<std::pair<uint32_t, uint64_t>> entry_counts_;
  std::string window_;      // original bytes from window_base_ on
  uint64_t window_base_ = 0;
  SearchStats stats_;
};

// One Search* call: the slots in flight and their order.
class Run {
 public:
  Run(SearchPool* pool, SearchSink* sink, SearchStats* stats, std::vector<uint64_t>* entry_hits)
      : pool_(pool), sink_(sink), stats_(stats), entry_hits_(entry_hits) {
    max_in_flight_ = 2 * pool->threads();
  }
  ~Run() {
    // On an error, let the workers finish what they hold before the slots go.
    for (Slot* s : in_flight_) pool_->Wait(s);
    pool_->TakeEntryHits(entry_hits_);
  }

  // A slot to fill: a free one, or a new one while fewer than the limit exist.
  absl::StatusOr<Slot*> Acquire() {
    while (free_.empty() && slots_.size() >= max_in_flight_)
      if (auto st = CommitFront(); !st.ok()) return st;
    if (free_.empty()) {
      slots_.push_back(std::make_unique<Slot>());
      slots_.back()->block = sink_->NewBlock();
      free_.push_back(slots_.back().get());
    }
    Slot* s = free_.back();
    free_.pop_back();
    s->block->Reset();
    return s;
  }
  void Release(Slot* s) { free_.push_back(s); }
  // Hands `s` (its data set) to the workers, which count and number its lines.
  void Submit(Slot* s) {
    Slot* prev = in_flight_.empty() ? nullptr : in_flight_.back();
    if (prev == nullptr) s->first_line = next_line_;
    in_flight_.push_back(s);
    pool_->Submit(s, prev);
  }
  // The number of the line after the committed ones: after Drain(), the
  // next line of input. A streamed line takes it with TakeLine().
  uint64_t next_line() const { return next_line_; }
  uint64_t TakeLine() { return next_line_++; }
  // Commits every block in flight.
  absl::Status Drain() {
    while (!in_flight_.empty())
      if (auto st = CommitFront(); !st.ok()) return st;
    return absl::OkStatus();
  }
  // A sink block for a streamed line (committed on this thread).
  SearchSink::Block* LongLineBlock() {
    if (!long_block_) long_block_ = sink_->NewBlock();
    return long_block_.get();
  }
  SearchSink* sink() { return sink_; }
  SearchStats* stats() { return stats_; }
  std::vector<uint64_t>* entry_hits() { return entry_hits_; }

 private:
  absl::Status CommitFront() {
    Slot* s = in_flight_.front();
    pool_->Wait(s);
    in_flight_.pop_front();
    free_.push_back(s);
    if (!s->status.ok()) return s->status;
    next_line_ = s->first_line + s->line_count;
    if (stats_) stats_->Add(s->stats);
    return sink_->Commit(*s->block);
  }

 private:
  SearchPool* pool_;
  SearchSink* sink_;
  SearchStats* stats_;
  std::vector<uint64_t>* entry_hits_;
  size_t max_in_flight_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::vector<Slot*> free_;
  std::deque<Slot*> in_flight_;
  std::unique_ptr<SearchSink::Block> long_block_;
  uint64_t next_line_ = 1;  // see next_line()
};

}  // namespace

absl::StatusOr<std::unique_ptr<Searcher>> Searcher::Create(std::shared_ptr<const Artifact> artifact,
                                                           const SearchOptions& options) {
  if (artifact == nullptr) return absl::InvalidArgumentError("Searcher::Create: no artifact");
  SearchOptions o = options;
  if (o.threads == 0) o.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (o.threads < 1 || o.threads > 256)
    return absl::InvalidArgumentError(absl::StrCat("search threads must be 1 to 256, not ", o.threads));
  if (o.max_line < 16) return absl::InvalidArgumentError("search max_line must be at least 16 bytes");
  if (o.block_size < 16) return absl::InvalidArgumentError("search block_size must be at least 16 bytes");
  std::vector<std::unique_ptr<Scanner>> scanners;
  for (int i = 0; i < o.threads; ++i) {
    auto s = Scanner::Create(artifact);
    if (!s.ok()) return s.status();
    scanners.push_back(std::move(*s));
  }
  std::unique_ptr<Searcher> searcher(new Searcher());
  searcher->pool_ = std::make_unique<internal::SearchPool>(std::move(scanners), o.every_line, artifact->entries().size());
  searcher->artifact_ = std::move(artifact);
  searcher->options_ = o;
  return searcher;
}

Searcher::~Searcher() = default;

namespace {

// Streams the line starting at text[0] (no '\n' in its first max_line
// bytes) and returns the bytes consumed, its '\n' included.
absl::StatusOr<size_t> StreamLineInMemory(const std::shared_ptr<const Artifact>& artifact,
                                          const SearchOptions& options, uint64_t number, std::string_view text,
                                          Run* run) {
  auto stream = StreamScanner::Create(artifact);
  if (!stream.ok()) return stream.status();
  LongLine line(std::move(*stream), options, number, run->sink(), run->LongLineBlock());
  const void* nl = std::memchr(text.data(), '\n', text.size());
  const size_t end = nl ? static_cast<const char*>(nl) - text.data() : text.size();
  for (size_t pos = 0; pos < end; pos += kStreamPiece) {
    if (auto st = line.Feed(text.substr(pos, std::min(kStreamPiece, end - pos))); !st.ok()) return st;
  }
  if (auto st = line.Finish(nl != nullptr, run->stats(), run->entry_hits()); !st.ok()) return st;
  return end + (nl != nullptr);
}

// The size of the next block when `rest` bytes are left: block_size, but
// over the last 2 * threads blocks' worth of input the blocks shrink to
// rest / (2 * threads) (at least kMinTailBlock), so that the threads run out
// of work together: with whole blocks one thread scans the last one alone
// while the others wait, up to a block's scan time (~1.7 ms at 64k
// keywords) at the end of every input. One thread: always block_size.
size_t BlockSizeFor(size_t rest, size_t block_size, size_t threads) {
  if (threads < 2 || rest >= 2 * threads * block_size) return block_size;
  return std::min(block_size, std::max(kMinTailBlock, rest / (2 * threads)));
}

}  // namespace

absl::Status Searcher::SearchText(std::string_view text, SearchSink* sink, SearchStats* stats) {
  std::vector<uint64_t> entry_hits;
  if (stats) std::swap(entry_hits, stats->entry_hits);
  absl::Status status;
  {
    Run run(pool_.get(), sink, stats, &entry_hits);
    status = [&]() -> absl::Status {
      const size_t block_size = options_.block_size, max_line = options_.max_line;
      size_t pos = 0;
      while (pos < text.size()) {
        const std::string_view rest = text.substr(pos);
        const void* first_nl = std::memchr(rest.data(), '\n', std::min(rest.size(), max_line));
        if (first_nl == nullptr && rest.size() >= max_line) {
          // The next line is longer than max_line: commit what is queued, then stream it.
          if (auto st = run.Drain(); !st.ok()) return st;
          auto used = StreamLineInMemory(artifact_, options_, run.TakeLine(), rest, &run);
          if (!used.ok()) return used.status();
          pos += *used;
          continue;
        }
        // A block: whole lines up to `want` bytes, or one line up to max_line.
        const size_t want = BlockSizeFor(rest.size(), block_size, pool_->threads());
        size_t end = rest.size();
        if (end > want) {
          const void* nl = memrchr(rest.data(), '\n', want);
          if (nl == nullptr) nl = first_nl;
          if (nl != nullptr) end = static_cast<const char*>(nl) - rest.data() + 1;
        }
        auto slot = run.Acquire();
        if (!slot.ok()) return slot.status();
        Slot* s = *slot;
        s->data = rest.substr(0, end);
        pos += end;
        run.Submit(s);
      }
      return run.Drain();
    }();
  }
  if (stats) std::swap(entry_hits, stats->entry_hits);
  return status;
}

absl::Status Searcher::SearchFile(const std::string& path, SearchSink* sink, SearchStats* stats) {
  if (path == "-") return SearchFd(0, "<stdin>", sink, stats);
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int e = errno;
    const std::string msg = absl::StrCat(path, ": ", std::strerror(e));
    return e == ENOENT ? absl::NotFoundError(msg) : e == EACCES ? absl::PermissionDeniedError(msg)
                                                                : absl::UnavailableError(msg);
  }
  absl::Status st = SearchFd(fd, path, sink, stats);
  close(fd);
  return st;
}

namespace {

// read(2) of up to n bytes, retried when a signal interrupts it.
ssize_t ReadSome(int fd, char* p, size_t n) {
  ssize_t got;
  do got = read(fd, p, n);
  while (got < 0 && errno == EINTR);
  return got;
}

// Reads `fd` onto the first *filled bytes of `data` (a carried partial line,
// or none) until they are block_size bytes and end a line, or input ends
// (*eof), or they are max_line bytes without a '\n'. *last_nl: the last
// '\n' in them, or npos. Only the first *filled bytes of `data` hold input:
// the string is room to read into and only grows (a line longer than it), so
// no block pays for zero-filling its buffer (a pipe returns at most 64 KiB
// a read; growing the string per read cleared a whole block each time, 41%
// of the instructions of a piped scan at 10k keywords).
absl::Status FillBlock(int fd, std::string_view name, size_t block_size, size_t max_line, std::string& data,
                       size_t* filled, bool* eof, size_t* last_nl) {
  const void* carried_nl = *filled > 0 ? memrchr(data.data(), '\n', *filled) : nullptr;
  *last_nl = carried_nl ? static_cast<const char*>(carried_nl) - data.data() : std::string::npos;
  const size_t want = std::min(block_size, max_line);
  while (!*eof && (*filled < block_size || *last_nl == std::string::npos)) {
    if (*last_nl == std::string::npos && *filled >= max_line) break;
    if (data.size() < *filled + want) data.resize(*filled + want);
    const ssize_t n = ReadSome(fd, data.data() + *filled, data.size() - *filled);
    if (n < 0) return absl::DataLossError(absl::StrCat(std::string(name), ": read error: ", std::strerror(errno)));
    if (n == 0) *eof = true;
    const void* nl = n > 0 ? memrchr(data.data() + *filled, '\n', static_cast<size_t>(n)) : nullptr;
    if (nl) *last_nl = static_cast<const char*>(nl) - data.data();
    *filled += static_cast<size_t>(n);
  }
  return absl::OkStatus();
}

// Streams a line longer than max_line: `buf` holds its first bytes (no
// '\n'); reads `fd` on to its '\n' or the end of input. The bytes after the
// '\n' go to *carry. Call after run->Drain().
absl::Status StreamLineFromFd(int fd, std::string_view name, const std::shared_ptr<const Artifact>& artifact,
                              const SearchOptions& options, std::string buf, Run* run, std::string* carry) {
  auto stream = StreamScanner::Create(artifact);
  if (!stream.ok()) return stream.status();
  LongLine line(std::move(*stream), options, run->TakeLine(), run->sink(), run->LongLineBlock());
  bool newline = false;
  for (;;) {
    const size_t nl = buf.find('\n');
    if (auto st = line.Feed(std::string_view(buf).substr(0, nl)); !st.ok()) return st;
    if (nl != std::string::npos) {
      newline = true;
      carry->assign(buf, nl + 1);
      break;
    }
    buf.resize(kStreamPiece);
    const ssize_t n = ReadSome(fd, buf.data(), buf.size());
    if (n < 0) return absl::DataLossError(absl::StrCat(std::string(name), ": read error: ", std::strerror(errno)));
    buf.resize(static_cast<size_t>(n));
    if (n == 0) break;  // input ends inside the line
  }
  return line.Finish(newline, run->stats(), run->entry_hits());
}

// Reads `fd` (a file, pipe or terminal) block by block into the run's slots
// and submits them; a line longer than max_line is streamed. Files are read,
// not mapped: on a 2-core VM, the scan of a mapped 67 MB file spent a third
// of its CPU in page faults and TLB misses of the mapping (and a file cut
// short under it stopped the process with SIGBUS); read() copies through the
// kernel's own mapping into buffers that stay cached, and the calling thread
// does it beside the workers (bench/RESULTS.md, issue 16, session 39).
// Returns after the last block is committed.
absl::Status SearchByReading(int fd, std::string_view name, const std::shared_ptr<const Artifact>& artifact,
                         const SearchOptions& options, Run& run) {
  const size_t block_size = options.block_size, max_line = options.max_line;
  std::string carry;
  for (bool eof = false; !eof;) {
    auto slot = run.Acquire();
    if (!slot.ok()) return slot.status();
    Slot* s = *slot;
    std::string& data = s->buffer;
    if (data.size() < carry.size()) data.resize(carry.size());  // FillBlock makes room for the reads
    size_t filled = carry.size();
    std::memcpy(data.data(), carry.data(), filled);
    carry.clear();
    size_t last_nl;
    if (auto st = FillBlock(fd, name, block_size, max_line, data, &filled, &eof, &last_nl); !st.ok()) return st;
    if (!eof && last_nl == std::string::npos) {
      // One line longer than max_line: commit what is queued, then stream it.
      run.Release(s);
      if (auto st = run.Drain(); !st.ok()) return st;
      data.resize(filled);  // the stream takes the buffer (up to max_line): the slot grows a new one
      if (auto st = StreamLineFromFd(fd, name, artifact, options, std::move(data), &run, &carry); !st.ok()) return st;
      continue;
    }
    if (!eof && last_nl + 1 < filled) {
      carry.assign(data, last_nl + 1, filled - last_nl - 1);
      filled = last_nl + 1;
    }
    if (filled == 0) {
      run.Release(s);
      continue;
    }
    s->data = std::string_view(data.data(), filled);
    run.Submit(s);
  }
  return run.Drain();
}

}  // namespace

absl::Status Searcher::SearchFd(int fd, std::string_view name, SearchSink* sink, SearchStats* stats) {
  posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  std::vector<uint64_t> entry_hits;
  if (stats) std::swap(entry_hits, stats->entry_hits);
  absl::Status status;
  {
    Run run(pool_.get(), sink, stats, &entry_hits);
    status = SearchByReading(fd, name, artifact_, options_, run);
  }
  if (stats) std::swap(entry_hits, stats->entry_hits);
  return status;
}

}  // namespace lanjie
