// Lines of a ByteSource for the corpus audit readers (private to corpus).
//
// LineReader hands out each line as a view into its buffer (or into a
// WindowedFile), valid until the next call. A line always has kReadPadding
// readable bytes after it, so it can be given to simdjson in place (no
// copy); their content is unspecified.
//
// Thread safety: one object per thread. Cost: one memchr per line; from a
// ByteSource, one Read per 1 MiB and a memmove of the unread tail per
// refill, memory the longest line (at most max_line + 1 MiB) plus the
// padding; from a WindowedFile no copy (but of a last line within
// kReadPadding bytes of the end), its windows filled as the lines reach
// them and released every 1 MiB, and, when asked (IsUtf8), one UTF-8 check
// per 1 MiB block of whole lines (cheaper than one per line). Errors: Next
// returns the source's error unless it is kDataLoss (a corrupt or truncated
// stream): then the lines read before the fault are delivered, Next returns
// false, and error() holds the stream error. From a WindowedFile, Next returns
// WindowedFile::Fill's error (a file that shrank while it was read: DataLoss
// naming it) as its status.
#ifndef LANJIE_ENGINE_CORPUS_LINE_READER_H_
#define LANJIE_ENGINE_CORPUS_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "windowed_file.h"
#include "source.h"

namespace lanjie::corpus {

// Readable bytes kept after the buffer's data (simdjson::SIMDJSON_PADDING is 64).
inline constexpr size_t kReadPadding = 64;

// A growable byte buffer that never zero-fills what it will overwrite.
class ReadBuffer {
 public:
  char* data() { return data_.get(); }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  // Drops the first n bytes.
  void Consume(size_t n);
  void Clear() { size_ = 0; }
  // Appends up to `n` bytes read from `src`; returns how many (0 at the end).
  absl::StatusOr<size_t> ReadFrom(ByteSource* src, size_t n);

 private:
  void Reserve(size_t n);
  std::unique_ptr<char[]> data_;
  size_t size_ = 0, cap_ = 0;
};

struct Line {
  int64_t start = 0;      // offset of the first byte
  int64_t nl = -1;        // offset of its '\n', -1 at the end of the data
  std::string_view text;  // without '\n' (and without a final '\r')
  bool too_long = false;
  // Mapped mode: `text` lies in the mapping (not in a copy), so the texts
  // of such lines are in file order in one range of memory, and earlier
  // lines' views stay readable while the WindowedFile lives.
  bool mapped = false;
};

// Splits a ByteSource into lines; lines longer than max_line come back as
// too_long with no text (their bytes are skipped, never held).
class LineReader {
 public:
  // `base`: the offset of the source's first byte.
  LineReader(ByteSource* src, int64_t base, size_t max_line) : src_(src), base_(base), max_line_(max_line) {}
  // The lines of `map` (which outlives the reader); `base`: the offset of
  // its first byte. Same lines, offsets and too_long flags as from a
  // ByteSource over the same bytes.
  LineReader(WindowedFile* map, int64_t base, size_t max_line) : map_(map), base_(base), max_line_(max_line) {}

  // False at the end of the data (or after a stream error: see error()).
  absl::StatusOr<bool> Next(Line* out);
  // Offset just past the last byte delivered by the source.
  int64_t end_offset() const {
    return base_ + static_cast<int64_t>(map_ != nullptr ? map_->data().size() : buf_.size());
  }
  const absl::Status& error() const { return error_; }
  // True when `line` (the last one Next gave, `mapped`) is known to be
  // valid UTF-8: it lies in a block of whole lines from it on, up to 1 MiB,
  // checked at once (the block's bounds are '\n' bytes, ASCII, so each of
  // its lines is valid when the block is). False says nothing (not mapped,
  // or some line of the block is not valid). Ask only where a text would be
  // checked anyway: a block is checked whether or not its other lines ask.
  bool IsUtf8(const Line& line);

  // Mapped mode only (false otherwise): the whole lines from the read
  // position on, as one view into the mapping, for a caller that splits
  // them itself (ReadLines' run of {"text": "..."} lines). *run holds at
  // most `max` bytes (at least one whole line when one ends within them
  // and the bytes read so far), ends right after a '\n', and has
  // kReadPadding readable bytes after it; *start is the file offset of its
  // first byte. Reads the next window when fewer than 64 KiB are left.
  // False: no whole line is available here (the end of the data is near:
  // use Next). Call SkipRun after it.
  absl::StatusOr<bool> PeekRun(size_t max, std::string_view* run, int64_t* start);
  // Whether the last PeekRun's run is valid UTF-8: checked at once, the
  // check kept (and extended, not redone) for later runs and IsUtf8.
  bool RunIsUtf8(std::string_view run);
  // Consumes the first n bytes of the last PeekRun's run (n ends right
  // after one of its '\n'), as that many Next calls would (pages released
  // alike).
  void SkipRun(size_t n);

 private:
  absl::StatusOr<bool> NextMapped(Line* out);
  void ReleaseBefore(size_t done);

  ByteSource* src_ = nullptr;
  WindowedFile* map_ = nullptr;
  std::string tail_;         // mapped mode: a last line copied with its padding
  size_t released_ = 0;      // mapped mode: bytes released from the mapping
  size_t checked_begin_ = 0, checked_end_ = 0;  // mapped mode: the block last checked for UTF-8
  bool checked_utf8_ = false;  // ... and whether it is valid UTF-8
  int64_t base_;
  size_t max_line_;
  ReadBuffer buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool skipping_ = false;
  int64_t skip_start_ = 0;
  absl::Status error_;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_LINE_READER_H_
