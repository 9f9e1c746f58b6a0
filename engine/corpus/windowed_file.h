// A plain file's bytes from an offset to its end at fixed addresses, for the
// corpus audit's line reader (private to corpus): the reader scans the shard
// and parses JSONL batches where they lie, and the views it hands out stay
// put while later bytes are read (no memmove of a buffer).
//
// How: one anonymous mapping as long as the range (address space only,
// MAP_NORESERVE), filled by pread(2) window by window as the reader asks
// (Fill). The pages of released windows (Release) are moved with mremap to
// the next window before it is read, and a WindowedFile's pages go to a pool
// of its thread (at most 16 MiB) when it is destroyed, for the next file or
// shard: after the first windows of a thread a read copies into pages
// already present: no page fault per page, no zeroing.
// Not a mapping of the file itself: a file mapping dies of SIGBUS when the
// file is truncated while it is read, and its page faults cost as much here
// as the copy (bench/RESULTS.md, "Corpus audit: the kernel's share").
//
// Thread safety: one object per thread (const methods may be shared).
// Cost: one pread per window (256 KiB), one mremap per recycled window
// (and, with a hash tap, XXH3 of the window while it is in the cache);
// memory: the windows filled and not released, plus released pages waiting
// for the next window (at most 16 MiB; beyond that they are freed), plus
// the thread's pool (at most 16 MiB per thread that opened one).
// Errors: Open fails (NotFound naming the file and the call) when the file
// cannot be opened or stat'ed or the address space not reserved; an offset
// past the end gives an empty range. Fill fails (DataLoss naming the file,
// the size it had at Open and the size it has now) when the file shrank
// since Open, or on a read error; the error stays (every later Fill
// returns it). A file that grows is read up to its size at Open.
// Call order: Open, then Fill before reading bytes; only data()[0, filled())
// holds the file's bytes; the bytes after filled() up to the end of its
// page are readable but unspecified; released bytes must not be read.
#ifndef LANJIE_ENGINE_CORPUS_WINDOWED_FILE_H_
#define LANJIE_ENGINE_CORPUS_WINDOWED_FILE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "hash_tap.h"

namespace lanjie::corpus {

class WindowedFile {
 public:
  static absl::StatusOr<std::unique_ptr<WindowedFile>> Open(const std::string& path, int64_t offset);
  ~WindowedFile();
  WindowedFile(const WindowedFile&) = delete;
  WindowedFile& operator=(const WindowedFile&) = delete;

  // The range's addresses: the file's bytes from the offset to its end (at
  // Open); readable as far as filled().
  std::string_view data() const { return data_; }
  size_t filled() const { return filled_; }
  // Reads the file until at least data()[0, min(upto, data().size())) is
  // filled (whole windows: usually more).
  absl::Status Fill(size_t upto);
  // The whole pages before data()[upto] are not read again: they are
  // recycled for the next window.
  void Release(size_t upto);
  // Every range read from now on is handed to `tap` (may be null; it must
  // outlive the reads), for the manifest's hash of the file.
  void set_hash_tap(internal::HashTap* tap) { tap_ = tap; }

 private:
  WindowedFile() = default;
  std::string path_;
  int fd_ = -1;
  int64_t offset_ = 0;       // file offset of data()[0]
  char* map_ = nullptr;      // page-aligned start of the reservation (data()[0])
  size_t map_len_ = 0;       // the range's length rounded up to whole pages
  size_t filled_ = 0;        // data()[0, filled_) read from the file
  size_t recycle_from_ = 0;  // released pages not yet moved: [recycle_from_, released_)
  size_t released_ = 0;
  bool can_remap_ = true;    // false when mremap cannot move pages (then they are freed)
  absl::Status error_;
  std::string_view data_;
  internal::HashTap* tap_ = nullptr;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_WINDOWED_FILE_H_
