// See windowed_file.h.
#include "windowed_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace lanjie::corpus {
namespace {
// Small enough that a window's bytes are still in the CPU's cache when the
// reader gets to them (copied by pread, then read).
constexpr size_t kWindow = 256 << 10;
constexpr size_t kMaxSpare = 16 << 20;  // released pages kept for recycling

size_t PageSize() {
  static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return page;
}
size_t RoundUp(size_t n, size_t page) { return (n + page - 1) / page * page; }

// Present pages kept between the WindowedFiles of one thread (a shard's pages
// serve the next shard): [base, base + have) of a reserved range.
constexpr size_t kPoolBytes = 16 << 20;
struct PagePool {
  char* base = nullptr;
  size_t have = 0;
  bool ok = true;  // false when mremap cannot move pages here
  ~PagePool() {
    if (base != nullptr) munmap(base, kPoolBytes);
  }
  bool Reserve() {
    if (base != nullptr) return true;
    if (!ok) return false;
    void* p = mmap(nullptr, kPoolBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
      ok = false;
      return false;
    }
    base = static_cast<char*>(p);
    return true;
  }
};
thread_local PagePool pool;

// Moves `len` bytes of pages (page-aligned) from `from` to `to`; `from`
// stays mapped, empty.
bool MovePages(char* from, size_t len, char* to) {
  return mremap(from, len, len, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, to) != MAP_FAILED;
}
}  // namespace

absl::StatusOr<std::unique_ptr<WindowedFile>> WindowedFile::Open(const std::string& path, int64_t offset) {
  auto fail = [&](const char* what) {
    return absl::NotFoundError(absl::StrCat(path, ": ", what, ": ", strerror(errno)));
  };
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail("open");
  struct stat st;
  if (fstat(fd, &st) != 0) {
    absl::Status s = fail("stat");
    close(fd);
    return s;
  }
  std::unique_ptr<WindowedFile> m(new WindowedFile());
  m->path_ = path;
  m->fd_ = fd;
  const int64_t size = static_cast<int64_t>(st.st_size);
  if (offset < 0) offset = 0;
  m->offset_ = offset;
  if (offset >= size) return m;
  const size_t len = static_cast<size_t>(size - offset);
  m->map_len_ = RoundUp(len, PageSize());
  void* p = mmap(nullptr, m->map_len_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return fail("reserving address space (mmap)");
  m->map_ = static_cast<char*>(p);
  m->data_ = std::string_view(m->map_, len);
  posix_fadvise(fd, offset, static_cast<off_t>(len), POSIX_FADV_SEQUENTIAL);
  return m;
}

WindowedFile::~WindowedFile() {
  if (map_ != nullptr) {
    // The present pages go to this thread's pool, for the next file.
    const size_t end = RoundUp(filled_, PageSize());
    if (can_remap_ && end > recycle_from_ && pool.Reserve()) {
      const size_t k = std::min(end - recycle_from_, kPoolBytes - pool.have);
      if (k > 0 && MovePages(map_ + recycle_from_, k, pool.base + pool.have)) pool.have += k;
    }
    munmap(map_, map_len_);
  }
  if (fd_ >= 0) close(fd_);
}

absl::Status WindowedFile::Fill(size_t upto) {
  if (!error_.ok()) return error_;
  const size_t len = data_.size();
  upto = std::min(upto, len);
  if (upto <= filled_) return absl::OkStatus();
  const size_t page = PageSize();
  // Whole windows, so that filled_ stays page-aligned (but at the end).
  const size_t target = std::min(len, RoundUp(std::max(upto, filled_ + kWindow), page));
  const size_t dest_len = RoundUp(target, page) - filled_;
  // Released pages move under the window (present pages: no faults, no
  // zeroing), then pages of the thread's pool; the rest is fresh memory.
  const size_t spare = released_ - recycle_from_;
  size_t moved = 0;
  if (can_remap_ && spare > 0) {
    const size_t k = std::min(spare, dest_len);
    if (MovePages(map_ + recycle_from_, k, map_ + filled_)) {
      recycle_from_ += k;
      moved = k;
    } else {
      can_remap_ = false;  // an older kernel (or valgrind): free released pages instead
      madvise(map_ + recycle_from_, spare, MADV_DONTNEED);
      recycle_from_ += spare;
    }
  }
  if (can_remap_ && moved < dest_len && pool.have > 0) {
    const size_t k = std::min(pool.have, dest_len - moved);
    if (MovePages(pool.base + pool.have - k, k, map_ + filled_ + moved)) pool.have -= k;
  }
  size_t at = filled_;
  while (at < target) {
    const ssize_t n = pread(fd_, map_ + at, target - at, offset_ + static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error_ = absl::DataLossError(absl::StrCat(path_, ": read failed at byte ", offset_ + static_cast<int64_t>(at),
                                                ": ", strerror(errno)));
      return error_;
    }
    if (n == 0) {
      struct stat st;
      const int64_t now = fstat(fd_, &st) == 0 ? static_cast<int64_t>(st.st_size) : -1;
      error_ = absl::DataLossError(absl::StrCat(path_, ": the file shrank from ", offset_ + static_cast<int64_t>(len),
                                                " to ", now, " bytes while it was read (changed during the audit)"));
      return error_;
    }
    if (tap_ != nullptr) tap_->Feed(offset_ + static_cast<int64_t>(at), map_ + at, static_cast<size_t>(n));
    at += static_cast<size_t>(n);
  }
  filled_ = target;
  return absl::OkStatus();
}

void WindowedFile::Release(size_t upto) {
  if (map_ == nullptr) return;
  const size_t end = std::min(upto, filled_) / PageSize() * PageSize();
  if (end <= released_) return;
  released_ = end;
  // More spare pages than a few windows use: give the oldest back (RSS).
  if (released_ - recycle_from_ > kMaxSpare) {
    const size_t drop = released_ - recycle_from_ - kMaxSpare;
    madvise(map_ + recycle_from_, drop, MADV_DONTNEED);
    recycle_from_ += drop;
  }
}

}  // namespace lanjie::corpus
