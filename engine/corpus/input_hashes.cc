// The manifest's input hashes: HashTap (hash_tap.h), InputHashes and
// HashInput (lanjie/corpus/audit.h).
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#if defined(LANJIE_XXH_DISPATCH)
#include <xxh_x86dispatch.h>
#endif

#include <algorithm>
#include <memory>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "hash_tap.h"
#include "lanjie/corpus/audit.h"

namespace lanjie::corpus {
namespace internal {

HashTap::HashTap() : state_(XXH3_createState()) { XXH3_128bits_reset(state_); }
HashTap::~HashTap() { XXH3_freeState(state_); }

void HashTap::Reset() {
  XXH3_128bits_reset(state_);
  pos_ = 0;
}

void HashTap::Update(const char* p, size_t n) {
#if defined(LANJIE_XXH_DISPATCH)
  // The same hash with the widest vector unit the CPU has (AVX2: half the
  // instructions of the library's default SSE2 code).
  XXH3_128bits_update_dispatch(state_, p, n);
#else
  XXH3_128bits_update(state_, p, n);
#endif
}

absl::Status HashTap::ReadOn(const std::string& path, int64_t upto) {
  // The rest of the file as it is now (a compressed file is hashed
  // compressed), read with pread into one 256 KiB buffer (it stays in the
  // CPU's cache between the copy and the hash), to the end the file has
  // now: a file cut short while it is hashed gives the hash of what it
  // holds, never SIGBUS.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return absl::NotFoundError(absl::StrCat(path, ": open: ", strerror(errno)));
  struct stat st;
  if (fstat(fd, &st) == 0 && static_cast<int64_t>(st.st_size) < pos_) Reset();  // rewritten since it was read
  posix_fadvise(fd, static_cast<off_t>(pos_), 0, POSIX_FADV_SEQUENTIAL);
  constexpr size_t kStep = 256 << 10;
  std::unique_ptr<char[]> buf(new char[kStep]);  // not touched when nothing is left to read
  while (pos_ < upto) {
    const size_t want = static_cast<size_t>(std::min<int64_t>(kStep, upto - pos_));
    const ssize_t n = pread(fd, buf.get(), want, static_cast<off_t>(pos_));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      close(fd);
      return absl::DataLossError(absl::StrCat(path, ": read failed at byte ", pos_, ": ", strerror(err)));
    }
    if (n == 0) break;
    Feed(pos_, buf.get(), static_cast<size_t>(n));
  }
  close(fd);
  return absl::OkStatus();
}

absl::StatusOr<InputInfo> HashTap::ReadRest(const std::string& path) {
  if (absl::Status s = ReadOn(path); !s.ok()) return s;
  const XXH128_hash_t h = XXH3_128bits_digest(state_);
  return InputInfo{path, pos_, absl::StrFormat("%016x%016x", h.high64, h.low64)};
}

}  // namespace internal

absl::StatusOr<InputInfo> HashInput(const std::string& path) {
  internal::HashTap tap;
  return tap.ReadRest(path);
}

struct InputHashes::File {
  internal::HashTap tap;
  bool busy = false;  // a shard is feeding tap
};

InputHashes::InputHashes() = default;
InputHashes::~InputHashes() = default;

InputHashes::File* InputHashes::Claim(const std::string& path, int64_t from, int64_t to) {
  std::lock_guard<std::mutex> l(mu_);
  std::unique_ptr<File>& f = files_[path];
  if (f == nullptr) f = std::make_unique<File>();
  // The shard's reads start at `from`: they extend the hash when it reaches
  // that far and not yet to the shard's end.
  if (f->busy || f->tap.pos() < from || f->tap.pos() >= to) return nullptr;
  f->busy = true;
  return f.get();
}

internal::HashTap* InputHashes::Tap(File* file) { return file != nullptr ? &file->tap : nullptr; }

void InputHashes::Release(File* file) {
  if (file == nullptr) return;
  std::lock_guard<std::mutex> l(mu_);
  file->busy = false;
}

absl::Status InputHashes::HashAhead(const std::string& path, int64_t upto) {
  File* f = nullptr;
  {
    std::lock_guard<std::mutex> l(mu_);
    std::unique_ptr<File>& entry = files_[path];
    if (entry == nullptr) entry = std::make_unique<File>();
    if (entry->busy || entry->tap.pos() >= upto) return absl::OkStatus();  // a shard is feeding it, or done
    entry->busy = true;
    f = entry.get();
  }
  absl::Status s = f->tap.ReadOn(path, upto);
  Release(f);
  return s;
}

absl::StatusOr<InputInfo> InputHashes::Finish(const std::string& path) {
  std::unique_ptr<File> f;
  {
    std::lock_guard<std::mutex> l(mu_);
    auto it = files_.find(path);
    if (it != files_.end() && !it->second->busy) {
      f = std::move(it->second);
      files_.erase(it);
    }
  }
  if (f == nullptr) return HashInput(path);
  return f->tap.ReadRest(path);
}

}  // namespace lanjie::corpus
