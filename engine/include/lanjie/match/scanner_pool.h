// The one per-thread scanner pool: each thread that scans gets its own
// Scanner (a Scanner and its Hyperscan scratch are single-threaded) for each
// artifact it scans with, made on the thread's first use and reused after.
// Used by the HTTP sidecar's loop threads and the guard proxy's workers.
//
// A thread keeps scanners for the kSlots artifacts it used last; asking for
// another evicts the least recently used one (freeing its scanner and its
// reference to the artifact). After a hot swap the old artifact is released
// by each thread on its next call with the new one (or when the thread ends).
//
// Thread safety: ThreadScanner may be called from any thread; the returned
// Scanner belongs to the calling thread and must not be used by another.
// Cost: a lookup among kSlots pointers; Scanner::Create (allocating scratch)
// the first time a thread sees an artifact.
// Errors: those of Scanner::Create.
// Lifetime: the pointer stays valid until this thread next calls
// ThreadScanner with kSlots other artifacts, or ends.
#ifndef LANJIE_ENGINE_MATCH_SCANNER_POOL_H_
#define LANJIE_ENGINE_MATCH_SCANNER_POOL_H_

#include <memory>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace lanjie {

class LANJIE_EXPORT ScannerPool {
 public:
  static constexpr int kSlots = 4;

  // This thread's Scanner over `artifact` (which must not be null).
  static absl::StatusOr<Scanner*> ThreadScanner(const std::shared_ptr<const Artifact>& artifact);

  // Scanners created by ThreadScanner in this process so far (for tests).
  static int64_t CreatedCount();
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_MATCH_SCANNER_POOL_H_
