#include "lanjie/common/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cerrno>
#include <cstring>
#include <functional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

namespace lanjie {

namespace {

absl::Status ErrnoStatus(int err, const std::string& path, const char* what) {
  std::string msg = absl::StrCat(path, ": ", what, ": ", std::strerror(err));
  if (err == ENOENT || err == ENOTDIR) return absl::NotFoundError(std::move(msg));
  if (err == EACCES || err == EPERM || err == EROFS) return absl::PermissionDeniedError(std::move(msg));
  return absl::InternalError(std::move(msg));
}

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

absl::Status FsyncPath(const std::string& path, int flags, const char* what) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus(errno, path, what);
  int rc;
  do rc = ::fsync(fd); while (rc != 0 && errno == EINTR);
  const int err = errno;
  ::close(fd);
  if (rc != 0) return ErrnoStatus(err, path, what);
  return absl::OkStatus();
}

// Writes all of `data` to `fd`; errors name `path` (the file being replaced).
absl::Status WriteAll(int fd, std::string_view data, const std::string& path) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return ErrnoStatus(n < 0 ? errno : ENOSPC, path, "write failed (disk full?)");
    done += static_cast<size_t>(n);
  }
  return absl::OkStatus();
}

// Creates a temporary file beside `path`, lets `fill` write it, then commits
// it over `path`; the temporary file is removed on every failure.
absl::Status WriteTempAndCommit(const std::string& path, const std::function<absl::Status(int fd)>& fill) {
  const std::string tmp = TempPathFor(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus(errno, path, "cannot create a temporary file beside it");
  absl::Status filled = fill(fd);
  if (::close(fd) != 0 && filled.ok()) filled = ErrnoStatus(errno, path, "write failed");
  if (!filled.ok()) {
    ::unlink(tmp.c_str());
    return filled;
  }
  return CommitFileAtomically(tmp, path);
}

}  // namespace

std::string TempPathFor(const std::string& path) {
  static std::atomic<unsigned long> counter{0};
  return absl::StrCat(path, ".tmp.", ::getpid(), ".", counter.fetch_add(1, std::memory_order_relaxed));
}

std::string_view TempPathBase(std::string_view name) {
  // "<base>.tmp.<digits>.<digits>", read from the end.
  auto digits_before = [&](size_t end) -> size_t {  // start of the digit run ending at `end`; npos if none
    size_t b = end;
    while (b > 0 && name[b - 1] >= '0' && name[b - 1] <= '9') --b;
    return b == end ? std::string_view::npos : b;
  };
  const size_t n = digits_before(name.size());
  if (n == std::string_view::npos || n == 0 || name[n - 1] != '.') return {};
  const size_t pid = digits_before(n - 1);
  constexpr std::string_view kTmp = ".tmp.";
  if (pid == std::string_view::npos || pid < kTmp.size() + 1 || name.substr(pid - kTmp.size(), kTmp.size()) != kTmp)
    return {};
  return name.substr(0, pid - kTmp.size());
}

absl::Status WriteFileAtomically(const std::string& path, std::string_view data) {
  return WriteTempAndCommit(path, [&](int fd) { return WriteAll(fd, data, path); });
}

namespace {

// Copies up to *left bytes (INT64_MAX: to the end) of `in` to `fd` with
// copy_file_range, counting *left down. True: done in the kernel (the part
// ended or *left is 0); false: the kernel does not take these files (then
// nothing of the part was copied by it; ENOSYS clears *have_syscall) and the
// caller copies the rest through a buffer. An error closes `in`.
absl::StatusOr<bool> CopyInKernel(int in, int fd, const std::string& part, const std::string& path, int64_t* left,
                                  bool* have_syscall) {
  // In the kernel first (no copy through user space; on file systems that
  // share extents, no copy at all). It fails with EXDEV (other file
  // system, before Linux 5.3), ENOSYS, EINVAL, EOPNOTSUPP or EBADF
  // (file types it does not take) before copying anything of the part:
  // then the part is copied, from where the kernel stopped, through a
  // buffer (a pipe, say). Either way `in`'s file offset is where the next byte is.
  while (*left > 0) {
    const ssize_t n =
        ::copy_file_range(in, nullptr, fd, nullptr, static_cast<size_t>(std::min<int64_t>(*left, int64_t{1} << 30)), 0);
    if (n > 0) {
      *left -= n;
      continue;
    }
    if (n == 0) return true;
    if (errno == EINTR) continue;
    if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP || errno == EBADF) {
      if (errno == ENOSYS) *have_syscall = false;
      return false;
    }
    const int err = errno;
    ::close(in);
    const std::string what = "copy of " + part + " failed (disk full?)";
    return ErrnoStatus(err, path, what.c_str());
  }
  return true;
}

// Copies up to *left bytes of `in` to `fd` through *buffer (1 MiB,
// allocated when first needed) with read and write, counting *left down;
// stops at the part's end. An error closes `in`.
absl::Status CopyThroughBuffer(int in, int fd, const std::string& part, const std::string& path, int64_t* left,
                               std::vector<char>* buffer) {
  if (buffer->empty()) buffer->resize(1 << 20);
  while (*left > 0) {
    const ssize_t n = ::read(in, buffer->data(), static_cast<size_t>(std::min<int64_t>(*left, buffer->size())));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(in);
      return ErrnoStatus(err, part, "read failed");
    }
    if (n == 0) break;
    if (absl::Status s = WriteAll(fd, std::string_view(buffer->data(), static_cast<size_t>(n)), path); !s.ok()) {
      ::close(in);
      return s;
    }
    *left -= n;
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ConcatenateFilesAtomically(const std::vector<std::string>& parts, const std::string& path) {
  std::vector<FileRange> ranges;
  ranges.reserve(parts.size());
  for (const std::string& part : parts) ranges.push_back({part, -1});
  return ConcatenateFileRangesAtomically(ranges, path);
}

absl::Status ConcatenateFileRangesAtomically(const std::vector<FileRange>& parts, const std::string& path) {
  FileConcatenation out(path);
  for (const FileRange& range : parts)
    if (absl::Status s = out.Append(range); !s.ok()) return s;
  return out.Commit();
}

FileConcatenation::FileConcatenation(std::string path) : path_(std::move(path)) {}

FileConcatenation::~FileConcatenation() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_.empty() && !committed_) ::unlink(tmp_.c_str());
}

absl::Status FileConcatenation::Open() {
  if (fd_ >= 0) return absl::OkStatus();
  const std::string tmp = TempPathFor(path_);
  fd_ = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) return error_ = ErrnoStatus(errno, path_, "cannot create a temporary file beside it");
  tmp_ = tmp;
  return absl::OkStatus();
}

absl::Status FileConcatenation::Append(const FileRange& range) {
  if (!error_.ok()) return error_;
  if (committed_) return absl::FailedPreconditionError(path_ + ": already committed");
  if (absl::Status s = Open(); !s.ok()) return s;
  const std::string& part = range.path;
  const std::string& path = path_;
  const int fd = fd_;
  // Bytes of the part left to copy (-1: to its end).
  int64_t left = range.length < 0 ? INT64_MAX : range.length;
  const int64_t want = left;
  bool in_kernel = have_syscall_;
  const int in = ::open(part.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return error_ = ErrnoStatus(errno, part, "cannot open");
  if (in_kernel) {
    absl::StatusOr<bool> done = CopyInKernel(in, fd, part, path, &left, &have_syscall_);
    if (!done.ok()) return error_ = done.status();
    in_kernel = *done;
  }
  absl::Status s;
  if (in_kernel && (left == 0 || range.length < 0)) {
    ::close(in);
  } else if (in_kernel) {  // the part ended before `length` bytes
    ::close(in);
    s = absl::DataLossError(absl::StrCat(part, ": shorter than the ", range.length, " bytes to copy"));
  } else if (s = CopyThroughBuffer(in, fd, part, path, &left, &buffer_); s.ok()) {
    ::close(in);
    if (range.length >= 0 && left > 0)
      s = absl::DataLossError(absl::StrCat(part, ": shorter than the ", range.length, " bytes to copy"));
  }
  if (!s.ok()) return error_ = s;
  const int64_t appended = want - left;
#if defined(__linux__)
  // Start writing it back now (no wait; a failure only leaves it to fsync).
  if (appended > 0) (void)::sync_file_range(fd, size_, appended, SYNC_FILE_RANGE_WRITE);
#endif
  size_ += appended;
  return absl::OkStatus();
}

absl::Status FileConcatenation::Commit() {
  if (!error_.ok()) return error_;
  if (committed_) return absl::FailedPreconditionError(path_ + ": already committed");
  if (absl::Status s = Open(); !s.ok()) return s;
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) return error_ = ErrnoStatus(errno, path_, "write failed");
  committed_ = true;  // CommitFileAtomically renames or removes tmp_
  absl::Status s = CommitFileAtomically(tmp_, path_);
  if (!s.ok()) error_ = s;
  return s;
}

absl::Status CommitFileAtomically(const std::string& tmp, const std::string& path) {
  if (absl::Status s = CommitFileDataAtomically(tmp, path); !s.ok()) return s;
  const std::string dir = DirectoryOf(path);
  if (absl::Status s = FsyncPath(dir, O_RDONLY | O_DIRECTORY, "cannot fsync the directory"); !s.ok())
    return absl::Status(s.code(), absl::StrCat(path, ": ", s.message()));
  return absl::OkStatus();
}

absl::Status CommitFileDataAtomically(const std::string& tmp, const std::string& path) {
  if (absl::Status s = FsyncPath(tmp, O_RDONLY, "cannot flush the temporary file to disk"); !s.ok()) {
    ::unlink(tmp.c_str());
    return absl::Status(s.code(), absl::StrCat(path, ": ", s.message()));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return ErrnoStatus(err, path, "cannot replace (rename failed)");
  }
  return absl::OkStatus();
}

}  // namespace lanjie
