// See mapped_file.h.
#include "mapped_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace lanjie::corpus {

absl::StatusOr<std::unique_ptr<MappedFile>> MappedFile::Open(const std::string& path, int64_t offset) {
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
  std::unique_ptr<MappedFile> m(new MappedFile());
  const int64_t size = static_cast<int64_t>(st.st_size);
  if (offset < 0) offset = 0;
  if (offset >= size) {
    close(fd);
    return m;
  }
  const int64_t page = sysconf(_SC_PAGESIZE);
  const int64_t aligned = offset / page * page;
  m->map_len_ = static_cast<size_t>(size - aligned);
  void* p = mmap(nullptr, m->map_len_, PROT_READ, MAP_PRIVATE, fd, aligned);
  if (p == MAP_FAILED) {
    absl::Status s = fail("mmap");
    close(fd);
    return s;
  }
  close(fd);  // the mapping keeps the file
  m->map_ = static_cast<char*>(p);
  m->skew_ = static_cast<size_t>(offset - aligned);
  madvise(m->map_, m->map_len_, MADV_SEQUENTIAL);
  m->data_ = std::string_view(m->map_ + m->skew_, m->map_len_ - m->skew_);
  return m;
}

MappedFile::~MappedFile() {
  if (map_ != nullptr) munmap(map_, map_len_);
}

void MappedFile::Release(size_t upto) {
  if (map_ == nullptr) return;
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  const size_t end = std::min(skew_ + upto, map_len_) / page * page;
  if (end <= released_) return;
  madvise(map_ + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

}  // namespace lanjie::corpus
