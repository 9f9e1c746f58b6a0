#include "lanjie/common/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

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

}  // namespace

std::string TempPathFor(const std::string& path) {
  static std::atomic<unsigned long> counter{0};
  return absl::StrCat(path, ".tmp.", ::getpid(), ".", counter.fetch_add(1, std::memory_order_relaxed));
}

absl::Status WriteFileAtomically(const std::string& path, std::string_view data) {
  const std::string tmp = TempPathFor(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus(errno, path, "cannot create a temporary file beside it");
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int err = n < 0 ? errno : ENOSPC;
      ::close(fd);
      ::unlink(tmp.c_str());
      return ErrnoStatus(err, path, "write failed (disk full?)");
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return ErrnoStatus(err, path, "write failed");
  }
  return CommitFileAtomically(tmp, path);
}

absl::Status CommitFileAtomically(const std::string& tmp, const std::string& path) {
  if (absl::Status s = FsyncPath(tmp, O_RDONLY, "cannot flush the temporary file to disk"); !s.ok()) {
    ::unlink(tmp.c_str());
    return absl::Status(s.code(), absl::StrCat(path, ": ", s.message()));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return ErrnoStatus(err, path, "cannot replace (rename failed)");
  }
  const std::string dir = DirectoryOf(path);
  if (absl::Status s = FsyncPath(dir, O_RDONLY | O_DIRECTORY, "cannot fsync the directory"); !s.ok())
    return absl::Status(s.code(), absl::StrCat(path, ": ", s.message()));
  return absl::OkStatus();
}

}  // namespace lanjie
