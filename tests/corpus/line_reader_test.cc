// The audit reads plain files from a mapping (no read(2) copy) and
// compressed ones through a ByteSource: both readers must give the very
// same lines (offsets, line breaks, text, too_long), from any offset, with
// the padding simdjson and the JSONL fast path read after each line, and
// the manifest's hash must not depend on how the file is read.
#include <unistd.h>
#include <simdjson.h>
#include <xxhash.h>

#include <cstdio>

#include <string>
#include <vector>

#include "corpus/line_reader.h"
#include "corpus/windowed_file.h"
#include "corpus/source.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"
#include "lanjie/corpus/audit.h"
#include "tests/common/files.h"

namespace lanjie::corpus {
namespace {

struct Got {
  int64_t start, nl;
  std::string text;
  bool too_long;
  // A too_long line's text is not part of the contract (none is promised).
  bool operator==(const Got& o) const {
    return start == o.start && nl == o.nl && too_long == o.too_long && (too_long || text == o.text);
  }
};

std::vector<Got> ReadAll(LineReader* r) {
  std::vector<Got> out;
  Line l;
  for (;;) {
    absl::StatusOr<bool> more = r->Next(&l);
    EXPECT_TRUE(more.ok()) << more.status();
    if (!more.ok() || !*more) break;
    // The padding after the line is readable (ASan or valgrind would say).
    volatile char sink = 0;
    if (!l.too_long)
      for (size_t i = 0; i < kReadPadding; ++i) sink = sink + l.text.data()[l.text.size() + i];
    // A line said to be valid UTF-8 is (the block check may only be cautious).
    const bool utf8 = r->IsUtf8(l);
    if (utf8) {
      EXPECT_TRUE(simdjson::validate_utf8(l.text.data(), l.text.size())) << l.start;
    }
    out.push_back(Got{l.start, l.nl, std::string(l.text), l.too_long});
  }
  return out;
}

std::string RandomFile(uint64_t seed, size_t lines) {
  SplitMix64 rnd(seed);
  std::string s;
  for (size_t i = 0; i < lines; ++i) {
    const uint64_t r = rnd.Next();
    size_t len = r % 7 == 0 ? r % 5000 : r % 90;  // some lines over the limit below
    for (size_t k = 0; k < len; ++k) s.push_back(static_cast<char>("ab 春\"{}\\"[rnd.Next() % 9]));
    if (r % 11 == 0) s.push_back('\r');
    if (i + 1 < lines || r % 2 == 0) s.push_back('\n');  // the last line without '\n' half the time
  }
  return s;
}

TEST(LineReader, WindowedFileGivesTheSameLinesAsAByteSource) {
  const std::string path = ::testing::TempDir() + "/line_reader_test_" + std::to_string(getpid()) + ".txt";
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    const std::string text = RandomFile(seed, seed * 37);
    lanjie::testing::WriteFile(path, text);
    SplitMix64 rnd(seed * 1000);
    for (int64_t offset : {int64_t{0}, int64_t{1}, static_cast<int64_t>(rnd.Next() % (text.size() + 1)),
                           static_cast<int64_t>(text.size())}) {
      absl::StatusOr<std::unique_ptr<ByteSource>> src = OpenSource(path, "", offset);
      ASSERT_TRUE(src.ok()) << src.status();
      LineReader from_source(src->get(), offset, 1000);
      absl::StatusOr<std::unique_ptr<WindowedFile>> map = WindowedFile::Open(path, offset);
      ASSERT_TRUE(map.ok()) << map.status();
      ASSERT_EQ((*map)->data().size(), text.size() - static_cast<size_t>(offset));
      LineReader from_map(map->get(), offset, 1000);
      const std::vector<Got> a = ReadAll(&from_source), b = ReadAll(&from_map);
      ASSERT_EQ(a.size(), b.size()) << "seed " << seed << " offset " << offset;
      for (size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(a[i] == b[i]) << "seed " << seed << " line " << i;
      EXPECT_EQ(from_source.end_offset(), from_map.end_offset());
    }
  }
  unlink(path.c_str());
}

TEST(LineReader, MappedReaderReleasesPagesAndStillReadsLongFiles) {
  // More than one release step (8 MiB): lines stay right across it.
  const std::string path = ::testing::TempDir() + "/line_reader_big_" + std::to_string(getpid()) + ".txt";
  std::string text;
  for (int i = 0; text.size() < (9u << 20); ++i) text += "line " + std::to_string(i) + " 春眠不觉晓\n";
  lanjie::testing::WriteFile(path, text);
  absl::StatusOr<std::unique_ptr<WindowedFile>> map = WindowedFile::Open(path, 0);
  ASSERT_TRUE(map.ok()) << map.status();
  LineReader r(map->get(), 0, 1 << 20);
  Line l;
  int64_t n = 0;
  while (*r.Next(&l)) {
    ASSERT_EQ(l.text, "line " + std::to_string(n) + " 春眠不觉晓");
    if (l.mapped) {
      ASSERT_TRUE(r.IsUtf8(l)) << n;  // valid text: every block check passes
    }
    ++n;
  }
  EXPECT_GT(n, 100000);
  unlink(path.c_str());
}

TEST(WindowedFile, FillReadsWholeWindowsAndRecycledPagesHoldTheNewBytes) {
  // 21 MiB: windows of 4 MiB, pages released and moved under later windows.
  const std::string path = ::testing::TempDir() + "/mapped_fill_" + std::to_string(getpid()) + ".bin";
  std::string bytes(21 * (1 << 20) + 123, '\0');
  SplitMix64 rnd(9);
  for (size_t i = 0; i < bytes.size(); i += 8) {
    const uint64_t v = rnd.Next();
    memcpy(&bytes[i], &v, std::min<size_t>(8, bytes.size() - i));
  }
  lanjie::testing::WriteFile(path, bytes);
  for (int64_t offset : {int64_t{0}, int64_t{4097}}) {
    absl::StatusOr<std::unique_ptr<WindowedFile>> map = WindowedFile::Open(path, offset);
    ASSERT_TRUE(map.ok()) << map.status();
    WindowedFile& m = **map;
    const std::string_view want = std::string_view(bytes).substr(static_cast<size_t>(offset));
    ASSERT_EQ(m.data().size(), want.size());
    for (size_t at = 0; at < want.size(); at += 1 << 20) {
      const size_t n = std::min<size_t>(1 << 20, want.size() - at);
      ASSERT_TRUE(m.Fill(at + n).ok());
      ASSERT_GE(m.filled(), at + n);
      ASSERT_TRUE(m.data().substr(at, n) == want.substr(at, n)) << offset << " at " << at;
      m.Release(at);  // everything before this step, as the reader does
    }
  }
  unlink(path.c_str());
}

// A file truncated while it is read (round 8's file mapping died of SIGBUS
// here): the lines of the windows already read come back right, then Next
// fails with an error naming the file; no signal. The order is fixed: the
// truncation happens between two Next calls.
TEST(WindowedFile, AFileThatShrinksWhileReadIsAnErrorNamingIt) {
  const std::string path = ::testing::TempDir() + "/mapped_shrink_" + std::to_string(getpid()) + ".txt";
  std::string text;
  for (int i = 0; text.size() < (12u << 20); ++i) text += "line " + std::to_string(i) + " 春眠不觉晓\n";
  lanjie::testing::WriteFile(path, text);
  absl::StatusOr<std::unique_ptr<WindowedFile>> map = WindowedFile::Open(path, 0);
  ASSERT_TRUE(map.ok()) << map.status();
  LineReader r(map->get(), 0, 1 << 20);
  Line l;
  ASSERT_TRUE(*r.Next(&l));
  ASSERT_EQ(truncate(path.c_str(), 1 << 20), 0);
  int64_t n = 1;
  absl::StatusOr<bool> more;
  while ((more = r.Next(&l)).ok() && *more) {
    ASSERT_EQ(l.text, "line " + std::to_string(n) + " 春眠不觉晓");
    ++n;
  }
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(std::string(more.status().message()), ::testing::HasSubstr(path));
  EXPECT_THAT(std::string(more.status().message()), ::testing::HasSubstr("shrank"));
  EXPECT_GT(n, 1000);  // the first window's lines
  // The manifest's hash of a file cut short is the hash of what is there.
  absl::StatusOr<InputInfo> info = HashInput(path);
  ASSERT_TRUE(info.ok()) << info.status();
  EXPECT_EQ(info->size, 1 << 20);
  unlink(path.c_str());
}

TEST(WindowedFile, MissingFileIsAnErrorNamingIt) {
  absl::StatusOr<std::unique_ptr<WindowedFile>> map = WindowedFile::Open("/nonexistent/lanjie.jsonl", 0);
  ASSERT_FALSE(map.ok());
  EXPECT_NE(map.status().message().find("/nonexistent/lanjie.jsonl"), std::string_view::npos);
}

TEST(HashInput, IsXxh3Of128BitsOfTheFileBytes) {
  const std::string path = ::testing::TempDir() + "/hash_input_" + std::to_string(getpid()) + ".txt";
  for (size_t size : {size_t{0}, size_t{3}, size_t{4095}, size_t{4097}, (size_t{9} << 20) + 5}) {
    SplitMix64 rnd(size);
    std::string bytes(size, '\0');
    for (char& c : bytes) c = static_cast<char>(rnd.Next());
    lanjie::testing::WriteFile(path, bytes);
    absl::StatusOr<InputInfo> info = HashInput(path);
    ASSERT_TRUE(info.ok()) << info.status();
    EXPECT_EQ(info->size, static_cast<int64_t>(size));
    const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    EXPECT_EQ(info->xxh3_128, hex) << size << " bytes";
  }
  unlink(path.c_str());
}

}  // namespace
}  // namespace lanjie::corpus
