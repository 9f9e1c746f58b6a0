// Byte sources for the corpus audit: a plain file from an offset (pread),
// or a whole .gz / .zst / .xz stream decompressed as it is read.
//
// Thread safety: one object per thread. Cost: one read(2) per Read for plain
// files; the decompressor's cost otherwise. Errors: Open fails when the file
// cannot be opened; Read reports a corrupt or truncated stream as
// kDataLoss (message says which: "truncated" or "corrupt") after delivering
// every byte decoded before the fault.
#ifndef LANJIE_ENGINE_CORPUS_SOURCE_H_
#define LANJIE_ENGINE_CORPUS_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace lanjie::corpus {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; 0 at the end of the data.
  virtual absl::StatusOr<size_t> Read(char* buf, size_t n) = 0;
};

// `compression` is "", "gz", "zst" or "xz"; `offset` only for "".
absl::StatusOr<std::unique_ptr<ByteSource>> OpenSource(const std::string& path, std::string_view compression,
                                                       int64_t offset);

// Size of a file in bytes.
absl::StatusOr<int64_t> FileSize(const std::string& path);

// Reads `n` bytes at `offset` of a plain file (fewer at its end).
absl::StatusOr<std::string> ReadAt(const std::string& path, int64_t offset, size_t n);

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_SOURCE_H_
