// The search module: ordered output whatever the threads and block cuts,
// lines longer than max_line streamed with the right original offsets, the
// same results from memory, a file and a pipe.
#include "lanjie/search/searcher.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/common/tmp_dir.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using ::lanjie::testing::Build;
using ::lanjie::testing::Lit;
using ::testing::HasSubstr;

// Records every line it is given as "N@OFFSET[text]\n? hits", in commit order.
class RecordingSink : public SearchSink {
 public:
  explicit RecordingSink(const Artifact& a) : artifact_(a) {}
  std::unique_ptr<Block> NewBlock() override { return std::make_unique<Lines>(artifact_); }
  absl::Status Commit(Block& block) override {
    for (std::string& l : static_cast<Lines&>(block).lines) lines.push_back(std::move(l));
    ++commits;
    return fail_after >= 0 && commits > fail_after ? absl::DataLossError("disk full") : absl::OkStatus();
  }
  std::vector<std::string> lines;
  int commits = 0;
  int fail_after = -1;

 private:
  struct Lines : Block {
    explicit Lines(const Artifact& a) : artifact(a) {}
    void OnLine(const FoundLine& line) override {
      std::string s = std::to_string(line.number) + "@" + std::to_string(line.text_offset) + "[" +
                      std::string(line.text) + "]" + (line.newline ? "\\n" : "");
      for (const Hit& h : *line.hits)
        s += " " + std::string(artifact.entries()[h.entry].keyword) + "@" + std::to_string(h.start) + "-" +
             std::to_string(h.end) + "=" + std::string(line.Span(h));
      lines.push_back(std::move(s));
    }
    void Reset() override { lines.clear(); }
    const Artifact& artifact;
    std::vector<std::string> lines;
  };
  const Artifact& artifact_;
};

// Searches `text` written into a pipe (reads that return at most a pipe buffer).
absl::Status SearchPipe(Searcher& searcher, const std::string& text, SearchSink* sink, SearchStats* stats) {
  int fds[2];
  if (pipe(fds) != 0) return absl::InternalError("pipe");
  std::thread writer([&] {
    for (size_t pos = 0; pos < text.size();) {
      const ssize_t n = write(fds[1], text.data() + pos, std::min<size_t>(100000, text.size() - pos));
      if (n <= 0) break;
      pos += static_cast<size_t>(n);
    }
    close(fds[1]);
  });
  const absl::Status st = searcher.SearchFd(fds[0], "<pipe>", sink, stats);
  writer.join();
  close(fds[0]);
  return st;
}

std::shared_ptr<const Artifact> List() { return Build({Lit("冰毒"), Lit("赌博网站", "A.1.h"), Lit("casino", "A.1.h")}); }

// What the search must report: each line scanned alone by Scanner::Scan.
std::vector<std::string> Expected(const std::shared_ptr<const Artifact>& a, std::string_view text, bool every_line,
                                  SearchStats* stats) {
  std::vector<std::string> out;
  auto scanner = Scanner::Create(a);
  EXPECT_TRUE(scanner.ok());
  std::vector<Hit> hits;
  uint64_t number = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t nl = text.find('\n', pos);
    const std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    EXPECT_TRUE((*scanner)->Scan(line, &hits).ok());
    ++number;
    ++stats->lines;
    stats->hits += hits.size();
    stats->hit_lines += !hits.empty();
    if (!hits.empty() || every_line) {
      std::string s = std::to_string(number) + "@0[" + std::string(line) + "]" + (nl != std::string_view::npos ? "\\n" : "");
      for (const Hit& h : hits)
        s += " " + std::string(a->entries()[h.entry].keyword) + "@" + std::to_string(h.start) + "-" +
             std::to_string(h.end) + "=" + std::string(line.substr(h.start, h.end - h.start));
      out.push_back(std::move(s));
    }
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  stats->bytes = text.size();
  return out;
}

// Every boundary kind a block cut can meet: CRLF, empty lines, a line longer
// than the block, invalid UTF-8 and NUL, a keyword split by noise, no
// trailing newline.
constexpr char kRaw[] =
    "卖冰毒\r\n"
    "\r\n"
    "\n"
    "clean line\n"
    "这一行很长，比一个块还长：去賭博網站看看，然后ＣＡＳＩＮＯ，再来一次冰*毒，结束了。\n"
    "\xff\x00冰\xfe毒\n"
    "casino\r\n"
    "最后一行没有换行 冰 毒";
const std::string kText(kRaw, sizeof(kRaw) - 1);  // with its NUL byte

// From memory and from a file (read block by block, the partial line at a
// block's end carried into the next one's buffer).
TEST(Search, OutputIsInInputOrderForAnyThreadsAndBlockSize) {
  auto a = List();
  SearchStats want_stats;
  const std::vector<std::string> want = Expected(a, kText, false, &want_stats);
  ASSERT_EQ(want.size(), 5u);
  const std::string path = lanjie::testing::TmpDir() + "/raw.txt";
  std::ofstream(path, std::ios::binary) << kText;
  for (int threads : {1, 2, 4}) {
    // Blocks from 16 bytes (cut inside nearly every line, at \r, inside
    // UTF-8 sequences) to the whole text.
    for (size_t block : {16, 17, 18, 19, 20, 21, 22, 23, 29, 31, 37, 64, 100, 127, 1000}) {
      for (bool from_file : {false, true}) {
        SearchOptions o;
        o.threads = threads;
        o.block_size = block;
        auto s = Searcher::Create(a, o);
        ASSERT_TRUE(s.ok()) << s.status();
        RecordingSink sink(*a);
        SearchStats stats;
        ASSERT_TRUE((from_file ? (*s)->SearchFile(path, &sink, &stats) : (*s)->SearchText(kText, &sink, &stats)).ok());
        EXPECT_EQ(sink.lines, want) << threads << " threads, block " << block << (from_file ? ", file" : "");
        EXPECT_EQ(stats.lines, want_stats.lines);
        EXPECT_EQ(stats.bytes, want_stats.bytes);
        EXPECT_EQ(stats.hits, want_stats.hits);
        EXPECT_EQ(stats.hit_lines, want_stats.hit_lines);
        uint64_t per_entry = 0;
        for (uint64_t n : stats.entry_hits) per_entry += n;
        EXPECT_EQ(per_entry, want_stats.hits);
      }
    }
  }
}

// SearchFd starts at the descriptor's offset (a caller that read a header
// first) and leaves it at the end of input; lines are numbered from there.
TEST(Search, ADescriptorIsSearchedFromItsOffset) {
  auto a = List();
  const std::string head = "卖冰毒 in the header\n";
  const std::string rest = "clean\ncasino 冰毒\n";
  const std::string path = lanjie::testing::TmpDir() + "/offset.txt";
  std::ofstream(path, std::ios::binary) << head << rest;
  SearchOptions o;
  o.threads = 2;
  auto s = Searcher::Create(a, o);
  ASSERT_TRUE(s.ok());
  const int fd = open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(lseek(fd, static_cast<off_t>(head.size()), SEEK_SET), static_cast<off_t>(head.size()));
  RecordingSink sink(*a), memory(*a);
  SearchStats stats, want;
  ASSERT_TRUE((*s)->SearchFd(fd, "offset.txt", &sink, &stats).ok());
  EXPECT_EQ(lseek(fd, 0, SEEK_CUR), static_cast<off_t>(head.size() + rest.size()));
  close(fd);
  ASSERT_TRUE((*s)->SearchText(rest, &memory, &want).ok());
  EXPECT_EQ(sink.lines, memory.lines);
  EXPECT_EQ(stats.bytes, rest.size());
  EXPECT_EQ(stats.lines, 2u);
  ASSERT_EQ(sink.lines.size(), 1u);
  EXPECT_THAT(sink.lines[0], HasSubstr("2@0[casino 冰毒]"));
}

// Many more blocks than are in flight at once (2 per thread), so slots are
// reused while the workers number lines from their predecessors' counts,
// and streamed lines (longer than max_line) between them restart the count.
TEST(Search, LineNumbersHoldOverManyBlocksAndStreamedLines) {
  auto a = List();
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += kText + "\n";
    if (i % 13 == 5) text += std::string(300, 'x') + "冰毒\n";  // longer than max_line below
  }
  SearchStats want_stats;
  const std::vector<std::string> want = Expected(a, text, false, &want_stats);
  for (int threads : {1, 2, 4}) {
    for (size_t block : {16, 64, 200}) {
      SearchOptions o;
      o.threads = threads;
      o.block_size = block;
      o.max_line = 256;
      auto s = Searcher::Create(a, o);
      ASSERT_TRUE(s.ok()) << s.status();
      RecordingSink sink(*a);
      SearchStats stats;
      ASSERT_TRUE((*s)->SearchText(text, &sink, &stats).ok());
      EXPECT_EQ(sink.lines, want) << threads << " threads, block " << block;
      EXPECT_EQ(stats.lines, want_stats.lines) << threads << " threads, block " << block;
    }
  }
}

// With several threads the last blocks of an input shrink (down to 64 KiB)
// so that the threads finish together; the output and the totals stay
// those of one thread, which cuts whole blocks only.
TEST(Search, TheLastBlocksShrinkWithSeveralThreadsAndTheOutputStaysTheSame) {
  auto a = List();
  std::string text;
  while (text.size() < (3u << 20)) text += kText + "\n" + std::string(text.size() % 977, 'z') + "\n";
  SearchStats want_stats;
  const std::vector<std::string> want = Expected(a, text, false, &want_stats);
  const size_t block = 256 << 10;
  int one_thread_commits = 0;
  for (int threads : {1, 2, 3}) {
    for (bool every_line : {false, true}) {
      SearchOptions o;
      o.threads = threads;
      o.block_size = block;
      o.every_line = every_line;
      auto s = Searcher::Create(a, o);
      ASSERT_TRUE(s.ok()) << s.status();
      RecordingSink sink(*a);
      SearchStats stats;
      ASSERT_TRUE((*s)->SearchText(text, &sink, &stats).ok());
      if (!every_line) {
        EXPECT_EQ(sink.lines, want) << threads << " threads";
      } else {
        EXPECT_EQ(sink.lines.size(), want_stats.lines) << threads << " threads";
      }
      EXPECT_EQ(stats.lines, want_stats.lines);
      EXPECT_EQ(stats.bytes, want_stats.bytes);
      EXPECT_EQ(stats.hits, want_stats.hits);
      EXPECT_EQ(stats.hit_lines, want_stats.hit_lines);
      if (threads == 1) {
        one_thread_commits = sink.commits;
        EXPECT_LE(sink.commits, static_cast<int>(text.size() / block) + 2);  // whole blocks
      } else {
        EXPECT_GT(sink.commits, one_thread_commits + 2) << threads << " threads: smaller last blocks";
      }
    }
  }
}

TEST(Search, EveryLineModeDeliversEveryLineOnce) {
  auto a = List();
  SearchStats want_stats;
  const std::vector<std::string> want = Expected(a, kText, true, &want_stats);
  ASSERT_EQ(want.size(), 8u);
  for (int threads : {1, 2, 4}) {
    for (size_t block : {16, 23, 64, 1000}) {
      SearchOptions o;
      o.threads = threads;
      o.block_size = block;
      o.every_line = true;
      auto s = Searcher::Create(a, o);
      ASSERT_TRUE(s.ok());
      RecordingSink sink(*a);
      ASSERT_TRUE((*s)->SearchText(kText, &sink, nullptr).ok());
      EXPECT_EQ(sink.lines, want) << threads << " threads, block " << block;
    }
  }
}

TEST(Search, FileAndPipeGiveTheSameAsMemory) {
  auto a = List();
  std::string big;
  for (int i = 0; i < 20000; ++i) big += i % 37 == 0 ? "一些文字冰*毒和casino\n" : i % 5 == 0 ? "\r\n" : "填充的一行。\n";
  big += "尾巴冰毒";
  const std::string path = lanjie::testing::TmpDir() + "/big.txt";
  std::ofstream(path, std::ios::binary) << big;
  SearchOptions o;
  o.threads = 2;
  o.block_size = 4096;
  auto s = Searcher::Create(a, o);
  ASSERT_TRUE(s.ok());
  RecordingSink memory(*a), file(*a), pipe_sink(*a);
  SearchStats sm, sf, sp;
  ASSERT_TRUE((*s)->SearchText(big, &memory, &sm).ok());
  ASSERT_TRUE((*s)->SearchFile(path, &file, &sf).ok());
  EXPECT_EQ(file.lines, memory.lines);
  EXPECT_EQ(sf.lines, 20001u);
  EXPECT_EQ(sf.bytes, big.size());
  EXPECT_EQ(sf.hits, sm.hits);
  EXPECT_EQ(sf.entry_hits, sm.entry_hits);
  EXPECT_EQ(memory.lines.size(), 20000u / 37 + 1 + 1);

  const absl::Status st = SearchPipe(**s, big, &pipe_sink, &sp);
  ASSERT_TRUE(st.ok()) << st;
  EXPECT_EQ(pipe_sink.lines, memory.lines);
  EXPECT_EQ(sp.bytes, big.size());
}

// A line longer than max_line is scanned as a stream: hits keep their
// offsets in the ORIGINAL line, also across the 1 MiB pieces it is fed in,
// and the following lines keep their numbers.
TEST(Search, LongLinesAreStreamedWithOriginalOffsets) {
  auto a = List();
  std::string line;
  std::vector<uint64_t> starts;
  // 3 MiB of filler with 冰*毒 every ~100 KB and one straddling each MiB boundary.
  while (line.size() < (3u << 20)) {
    const size_t next_mib = (line.size() / (1u << 20) + 1) * (1u << 20);
    if (line.size() + 102400 > next_mib && line.size() + 3 < next_mib && next_mib < (3u << 20)) {
      line.append(next_mib - line.size() - 3, 'x');  // 冰 ends right at the boundary
    } else {
      line.append(102400, 'x');
    }
    starts.push_back(line.size());
    line += "冰*毒";
  }
  const std::string text = "casino\n" + line + "\nlast 冰毒\n";
  const std::string path = lanjie::testing::TmpDir() + "/long.txt";
  std::ofstream(path, std::ios::binary) << text;
  for (bool every_line : {false, true}) {
    SearchOptions o;
    o.threads = 2;
    o.max_line = 4096;
    o.every_line = every_line;
    auto s = Searcher::Create(a, o);
    ASSERT_TRUE(s.ok());
    for (int source = 0; source < 3; ++source) {  // memory, file, pipe
      RecordingSink sink(*a);
      SearchStats stats;
      const absl::Status st = source == 0   ? (*s)->SearchText(text, &sink, &stats)
                              : source == 1 ? (*s)->SearchFile(path, &sink, &stats)
                                            : SearchPipe(**s, text, &sink, &stats);
      ASSERT_TRUE(st.ok()) << st;
      EXPECT_EQ(stats.lines, 3u);
      EXPECT_EQ(stats.bytes, text.size());
      EXPECT_EQ(stats.hits, starts.size() + 2);
      ASSERT_FALSE(sink.lines.empty());
      EXPECT_THAT(sink.lines.front(), HasSubstr("casino@0-6=casino"));
      EXPECT_THAT(sink.lines.back(), HasSubstr("3@0[last 冰毒]"));
      // Every hit of line 2, at its original offset, with its original text.
      std::string all;
      for (const std::string& l : sink.lines)
        if (l.rfind("2@", 0) == 0) all += l;
      // (A piece of a streamed line may end inside a hit: its text is then
      // in two pieces, and Span() of either is empty.)
      for (uint64_t start : starts)
        EXPECT_THAT(all, HasSubstr(" 冰毒@" + std::to_string(start) + "-" + std::to_string(start + 7) +
                                   (every_line ? "" : "=冰*毒")))
            << start << (every_line ? " every_line" : "") << " source " << source;
    }
  }
}

// With every_line, the pieces of a streamed line put back together are the
// line; the hits clipped to each piece cover exactly the hit bytes.
TEST(Search, StreamedPiecesReassembleTheLine) {
  auto a = List();
  std::string line;
  for (int i = 0; i < 3000; ++i) line += i % 41 == 0 ? "冰*毒" : "填充";
  const std::string text = line + "\n";
  struct Pieces : SearchSink {
    struct B : Block {
      void OnLine(const FoundLine& l) override {
        text.append(l.text);
        for (const Hit& h : l.HitsInText()) masked += h.end - h.start;
        if (l.newline) text.push_back('\n');
      }
      void Reset() override {}
      std::string text;
      uint64_t masked = 0;
    };
    std::unique_ptr<Block> NewBlock() override { return std::make_unique<B>(); }
    absl::Status Commit(Block& b) override {
      ++commits;
      text = static_cast<B&>(b).text;
      masked = static_cast<B&>(b).masked;
      return absl::OkStatus();
    }
    std::string text;
    uint64_t masked = 0;
    int commits = 0;
  } sink;
  SearchOptions o;
  o.threads = 1;
  o.max_line = 64;
  o.every_line = true;
  auto s = Searcher::Create(a, o);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE((*s)->SearchText(text, &sink, nullptr).ok());
  EXPECT_EQ(sink.text, text);
  EXPECT_EQ(sink.masked, (3000u / 41 + 1) * 7);
}

// A file cut short while it is searched (a log rotated by truncation) ends
// the search early with the lines read so far, in order; the process is
// never killed (a mapped file would die of SIGBUS on its next page).
TEST(Search, AFileTruncatedWhileSearchedEndsTheSearchEarly) {
  auto a = List();
  std::string big;
  for (int i = 0; i < 50000; ++i) big += i % 7 == 0 ? "卖冰毒的一行\n" : "填充的一行。\n";
  const std::string path = lanjie::testing::TmpDir() + "/truncated.txt";
  std::ofstream(path, std::ios::binary) << big;
  // The first commit truncates the file: at most the blocks in flight
  // (2 per thread, 4 KiB each) were read by then, a small part of it.
  class TruncatingSink : public RecordingSink {
   public:
    TruncatingSink(const Artifact& a, std::string path) : RecordingSink(a), path_(std::move(path)) {}
    absl::Status Commit(Block& block) override {
      if (commits == 0 && truncate(path_.c_str(), 0) != 0) return absl::InternalError("truncate");
      return RecordingSink::Commit(block);
    }

   private:
    std::string path_;
  };
  SearchOptions o;
  o.threads = 2;
  o.block_size = 4096;
  auto s = Searcher::Create(a, o);
  ASSERT_TRUE(s.ok());
  TruncatingSink sink(*a, path);
  SearchStats stats;
  const absl::Status st = (*s)->SearchFile(path, &sink, &stats);
  ASSERT_TRUE(st.ok()) << st;
  EXPECT_GT(stats.lines, 0u);
  EXPECT_LT(stats.bytes, big.size() / 4);
  ASSERT_FALSE(sink.lines.empty());
  EXPECT_THAT(sink.lines.front(), HasSubstr("1@0[卖冰毒的一行]"));
  for (size_t i = 1; i < sink.lines.size(); ++i)  // every 7th line, in order, none lost before the cut
    EXPECT_THAT(sink.lines[i], HasSubstr(std::to_string(7 * i + 1) + "@0[卖冰毒的一行]"));
}

TEST(Search, ErrorsNameTheirCause) {
  auto a = List();
  SearchOptions o;
  o.threads = 300;
  EXPECT_EQ(Searcher::Create(a, o).status().code(), absl::StatusCode::kInvalidArgument);
  o.threads = 1;
  o.max_line = 8;
  EXPECT_EQ(Searcher::Create(a, o).status().code(), absl::StatusCode::kInvalidArgument);
  o.max_line = 1 << 20;
  o.block_size = 16;
  auto s = Searcher::Create(a, o);
  ASSERT_TRUE(s.ok());
  RecordingSink sink(*a);
  const absl::Status missing = (*s)->SearchFile(lanjie::testing::TmpDir() + "/nope.txt", &sink, nullptr);
  EXPECT_EQ(missing.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(missing.message(), HasSubstr("nope.txt"));
  // A sink error stops the search and is returned.
  sink.fail_after = 1;
  const absl::Status failed = (*s)->SearchText(kText, &sink, nullptr);
  EXPECT_EQ(failed.code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(sink.commits, 2);
}

TEST(Search, DefaultThreadsAreTheCores) {
  auto s = Searcher::Create(List(), SearchOptions());
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->threads(), static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

}  // namespace
}  // namespace lanjie
