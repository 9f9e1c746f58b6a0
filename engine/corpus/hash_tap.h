// The manifest's content hash of one input file (XXH3-128 of its bytes as
// stored), fed by the reads the audit does anyway (private to corpus; the
// public side is lanjie::corpus::InputHashes in lanjie/corpus/audit.h).
//
// A HashTap hashes a file's bytes in file order from byte 0: Feed is handed
// every range a reader reads, and hashes the part of it that extends what
// was hashed so far (pos()). A range that starts past pos() would leave a
// gap: it is not hashed, and the bytes from pos() on are left to ReadRest,
// which reads them from the file (the second pass the audit used to make
// over every byte).
//
// Thread safety: one thread at a time (InputHashes hands a tap to one shard
// at a time). Cost: XXH3-128 of each byte once (AVX2 through libxxhash's
// dispatch where the library has it; the bytes are still in the CPU's cache
// right after the read that brought them); memory: XXH3's state (~600
// bytes). Errors: ReadRest fails (NotFound naming the file) when the file
// cannot be opened, DataLoss naming it and the byte on a read error.
#ifndef LANJIE_ENGINE_CORPUS_HASH_TAP_H_
#define LANJIE_ENGINE_CORPUS_HASH_TAP_H_

#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "lanjie/corpus/audit.h"

namespace lanjie::corpus::internal {

class HashTap {
 public:
  HashTap();
  ~HashTap();
  HashTap(const HashTap&) = delete;
  HashTap& operator=(const HashTap&) = delete;

  // Bytes [at, at + n) of the file were just read into p[0, n).
  void Feed(int64_t at, const char* p, size_t n) {
    const int64_t end = at + static_cast<int64_t>(n);
    if (at > pos_ || end <= pos_) return;
    const size_t skip = static_cast<size_t>(pos_ - at);
    Update(p + skip, n - skip);
    pos_ = end;
  }
  // Bytes [0, pos()) of the file are hashed.
  int64_t pos() const { return pos_; }

  // Hashes the file's bytes from pos() to its end as it is now (from 0
  // again when the file is now shorter than pos(): it was rewritten), and
  // gives the file's size and hash (32 hex digits), as HashInput does.
  absl::StatusOr<InputInfo> ReadRest(const std::string& path);
  // ReadRest's reading without the digest, up to byte `upto` at most:
  // pos() is then upto or the file's end now, whichever comes first (a
  // later ReadRest reads only the rest). Errors: ReadRest's; the bytes
  // hashed before a read error stay hashed.
  absl::Status ReadOn(const std::string& path, int64_t upto = INT64_MAX);

 private:
  void Update(const char* p, size_t n);
  void Reset();
  XXH3_state_t* state_;
  int64_t pos_ = 0;
};

}  // namespace lanjie::corpus::internal

#endif  // LANJIE_ENGINE_CORPUS_HASH_TAP_H_
