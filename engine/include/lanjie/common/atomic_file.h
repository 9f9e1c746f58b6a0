// Crash-safe whole-file replacement, the one way the engine and tools replace
// a file that must survive a crash: write a temporary file beside the target
// (same directory, so rename never crosses a file system), fsync it, rename
// it over the target, fsync the directory. A reader, or a crash at any point,
// sees either the old file or the new one, never half of either, and once the
// call returns OK the new file survives a power loss.
//
// Thread safety: safe to call concurrently, also for the same path: every
// call uses its own temporary name; the last rename wins.
// Cost: one write of `data`, two fsyncs (the file and its directory).
// Errors: InternalError (NotFoundError when the directory is missing,
// PermissionDeniedError when it is not writable) whose message names the
// path, the failing step and the errno text. On any error the temporary file
// is removed and the target is untouched (or, when only the directory fsync
// failed, already replaced but possibly not yet durable).
#ifndef LANJIE_ENGINE_COMMON_ATOMIC_FILE_H_
#define LANJIE_ENGINE_COMMON_ATOMIC_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lanjie/common/export.h"

namespace lanjie {

// Replaces `path` with `data` atomically and durably (see above).
LANJIE_EXPORT absl::Status WriteFileAtomically(const std::string& path, std::string_view data);

// Replaces `path` with the bytes of `parts` one after another, with the
// guarantees of WriteFileAtomically. Each part is copied in the kernel
// (copy_file_range: no copy through user space); a part it cannot take
// (another file system before Linux 5.3, a pipe or device, ENOSYS) is
// streamed through a 1 MiB buffer instead. Memory does not grow with the
// parts' size. Errors as above; a missing or unreadable part is
// NotFoundError/InternalError naming that part, and the target is untouched.
LANJIE_EXPORT absl::Status ConcatenateFilesAtomically(const std::vector<std::string>& parts, const std::string& path);

// A byte range of a file for ConcatenateFileRangesAtomically: its first
// `length` bytes (-1: all of it).
struct FileRange {
  std::string path;
  int64_t length = -1;
};
// As ConcatenateFilesAtomically, the first `length` bytes of each part; a
// part shorter than its length is DataLossError naming it (target untouched).
LANJIE_EXPORT absl::Status ConcatenateFileRangesAtomically(const std::vector<FileRange>& parts,
                                                           const std::string& path);

// ConcatenateFileRangesAtomically in steps, for parts that become ready one
// after another while other work goes on (the corpus audit's flagged.jsonl,
// appended shard by shard as the shards finish): the first Append creates
// the temporary file beside `path`; each Append copies one part to its end
// as ConcatenateFileRangesAtomically does and starts the write-back of
// what it appended (sync_file_range, SYNC_FILE_RANGE_WRITE: no wait), so
// that Commit's fsync has little left to wait for; Commit fsyncs the
// temporary file, renames it over `path` and fsyncs the directory. The
// guarantees are WriteFileAtomically's: `path` is untouched until Commit,
// which replaces it whole; an object destroyed without a successful Commit
// removes its temporary file (a process killed before Commit leaves it, as
// any atomic write killed midway does: NAME.tmp.PID.N).
//
// Thread safety: one thread at a time (the object may move between
// threads with a happens-before edge). Call order: Append any number of
// times, then Commit once. Cost: Append copies its part in the kernel (a
// 1 MiB buffer where the kernel cannot), Commit is two fsyncs. Errors: as
// ConcatenateFileRangesAtomically's (naming the part or `path`); after an
// error every later call returns it and nothing is committed.
class LANJIE_EXPORT FileConcatenation {
 public:
  explicit FileConcatenation(std::string path);
  ~FileConcatenation();
  FileConcatenation(const FileConcatenation&) = delete;
  FileConcatenation& operator=(const FileConcatenation&) = delete;

  // Appends `part`'s first `length` bytes (all of it when -1).
  absl::Status Append(const FileRange& part);
  // Replaces `path` with the parts appended (an empty file when none).
  absl::Status Commit();

 private:
  absl::Status Open();
  std::string path_, tmp_;
  int fd_ = -1;
  int64_t size_ = 0;          // bytes appended
  bool committed_ = false;
  bool have_syscall_ = true;  // copy_file_range exists (false after ENOSYS)
  absl::Status error_;
  std::vector<char> buffer_;  // the read/write fallback's, allocated when first needed
};

// A temporary name beside `path` ("<path>.tmp.<pid>.<n>"), unique within the
// process, for a writer that must produce the file itself (a library that
// takes a path, such as the XLSX writer); pass it to CommitFileAtomically.
LANJIE_EXPORT std::string TempPathFor(const std::string& path);
// The path a TempPathFor name stands beside ("a/b.json" for
// "a/b.json.tmp.123.0"); empty when `name` does not have that shape. For
// removing the temporary files a killed process left (no process removes
// another's while it may still be writing: callers own the folder).
LANJIE_EXPORT std::string_view TempPathBase(std::string_view name);

// Completes a replacement whose bytes were written to `tmp` (which must be
// in the same directory as `path`): fsyncs `tmp`, renames it over `path`,
// fsyncs the directory. Removes `tmp` on failure. Errors as above.
LANJIE_EXPORT absl::Status CommitFileAtomically(const std::string& tmp, const std::string& path);

// CommitFileAtomically without the directory's fsync (one fsync, not two):
// after a crash the target holds the old file or the new one, never half of
// either, but after a power loss the rename itself may be lost (the old
// file, or none, is back). For records that are redone when missing (the
// corpus audit's per-shard state); not for outputs a user relies on.
LANJIE_EXPORT absl::Status CommitFileDataAtomically(const std::string& tmp, const std::string& path);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_ATOMIC_FILE_H_
