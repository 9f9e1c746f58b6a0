#ifndef LANJIE_ENGINE_MATCH_HS_DATABASE_H_
#define LANJIE_ENGINE_MATCH_HS_DATABASE_H_

#include <hs/hs.h>
#include <sys/mman.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"

namespace lanjie::internal {

// Databases from Hyperscan's compiler are freed with hs_free_database; those
// deserialized into memory of our own mapping (mapped_size > 0) are unmapped.
struct HsDatabaseDeleter {
  size_t mapped_size = 0;
  size_t map_offset = 0;  // the database starts this many bytes into the mapping (huge-page alignment)
  void operator()(hs_database_t* db) const {
    if (mapped_size) {
      ::munmap(reinterpret_cast<char*>(db) - map_offset, mapped_size);
    } else {
      hs_free_database(db);
    }
  }
};
using HsDatabase = std::unique_ptr<hs_database_t, HsDatabaseDeleter>;

// The one wording of a corrupt artifact: DataLoss naming the file, the
// reason and the cure.
absl::Status CorruptArtifact(std::string_view name, std::string_view why);

// An artifact's serialized database (a section's bytes; empty = none) as a
// database: a null one for empty bytes. `name` (the file) and `what` (the
// database) go into the errors: FailedPrecondition for a database built
// for another platform or Hyperscan, DataLoss for a corrupt one (Hyperscan's
// CRC-32C of its bytecode, or its header), ResourceExhausted when no memory
// can be mapped. Cost: a copy and a CRC-32C of the bytes. Thread-safe.
absl::StatusOr<HsDatabase> DeserializeDb(std::string_view bytes, std::string_view name, std::string_view what);

// What DeserializeDb checks, without deserializing: the header (magic,
// version, length) and the CRC-32C of the bytecode; DeserializeDb's error
// for a failure. On success, the platform word of the header: DeserializeDb
// would accept the bytes exactly when a database with the same word was
// accepted on this host (Hyperscan's platform check is not public).
// Requires HsBytecodeCrcAvailable() and non-empty bytes. Cost: the CRC,
// ~8 bytes a cycle; no copy. Thread-safe.
absl::StatusOr<uint64_t> CheckSerializedDb(std::string_view bytes, std::string_view name, std::string_view what);

// The platform word of serialized bytes that DeserializeDb accepted.
uint64_t SerializedPlatform(std::string_view bytes);

// A database that a load may leave serialized until it is first needed
// (LoadOptions::read_in_place): the UTF-8 stream databases, which
// single texts and streams scan and ScanLines never does. Either holds a
// database (Set) or bytes that CheckSerializedDb accepted (Defer), which
// the first Get deserializes. Thread safety: Set and Defer before the
// artifact is shared; present, loaded, Get and Serialize from any thread.
// Movable (compile moves CompiledData around before it is shared).
class LazyDatabase {
 public:
  void Set(HsDatabase db);
  // `keep` owns the bytes (the file's mapping, or a copy) while they may be read.
  void Defer(std::string_view bytes, std::shared_ptr<const void> keep, std::string name, std::string what);
  // A database, deserialized or not. O(1).
  bool present() const { return state_->present; }
  // The database once deserialized (null before, or when there is none). O(1), lock-free.
  hs_database_t* loaded() const { return state_->db.load(std::memory_order_acquire); }
  // The database (null when there is none), deserialized on the first call
  // under a lock; then O(1). Errors: DeserializeDb's, which the load's
  // check leaves only for mapping failures (ResourceExhausted); a failure
  // is kept and returned to every later call.
  absl::StatusOr<hs_database_t*> Get() const;
  // The serialized form: the deferred bytes as they are, else Hyperscan's
  // serialization ("" when there is none). O(size).
  std::string Serialize() const;

 private:
  struct State {
    absl::Mutex mu;
    std::atomic<hs_database_t*> db{nullptr};
    HsDatabase owned;             // guarded by mu (written once)
    bool present = false;         // set before sharing
    std::string_view bytes;       // deferred bytes, until deserialized
    std::shared_ptr<const void> keep;
    std::string name, what;
    absl::Status error;           // guarded by mu: a failed deserialization
  };
  std::unique_ptr<State> state_ = std::make_unique<State>();
};

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_HS_DATABASE_H_
