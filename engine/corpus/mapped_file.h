// A plain file mapped read-only (mmap) from an offset to its end, for the
// corpus audit's readers (private to corpus): the line reader scans the
// shard in place and the manifest hashes the file in place, instead of
// copying every byte with read(2) (the copy was most of the audit's kernel
// time, which callgrind's instruction counts do not see).
//
// Thread safety: one object per thread (const methods may be shared).
// Cost: one mmap; pages are faulted in from the page cache as they are
// read (MADV_SEQUENTIAL); Release gives read pages back (RSS stays bounded
// whatever the shard's size). Errors: Open fails (NotFound naming the file
// and the call) when the file cannot be opened, stat'ed or mapped; an
// offset past the end gives an empty mapping. The file must not shrink
// while mapped (a read past its new end is SIGBUS, as for `lanjie scan`).
#ifndef LANJIE_ENGINE_CORPUS_MAPPED_FILE_H_
#define LANJIE_ENGINE_CORPUS_MAPPED_FILE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace lanjie::corpus {

class MappedFile {
 public:
  static absl::StatusOr<std::unique_ptr<MappedFile>> Open(const std::string& path, int64_t offset);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  // The file's bytes from the offset to its end.
  std::string_view data() const { return data_; }
  // Drops this process's mapping of the whole pages before data()[upto]
  // (RSS); they stay readable (faulted in again from the page cache).
  void Release(size_t upto);

 private:
  MappedFile() = default;
  char* map_ = nullptr;     // page-aligned start of the mapping
  size_t map_len_ = 0;
  size_t skew_ = 0;         // offset - page-aligned offset
  size_t released_ = 0;     // bytes of the mapping already released
  std::string_view data_;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_MAPPED_FILE_H_
