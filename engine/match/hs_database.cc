#include "hs_database.h"

#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "hs_crc.h"
#include "hs_util.h"

namespace lanjie::internal {
namespace {

#ifdef MADV_POPULATE_WRITE
constexpr int kMadvisePopulateWrite = MADV_POPULATE_WRITE;
#else
constexpr int kMadvisePopulateWrite = 23;  // Linux 5.14; older kernels say EINVAL
#endif

// A serialized Hyperscan database: a 32-byte header (magic, version,
// bytecode length, platform, CRC-32C, two reserved words), the bytecode,
// then zero padding (sizeof(hs_database_t) - 32 bytes).
constexpr size_t kHsHeaderSize = 32;

// DeserializeDb's error for Hyperscan's `err` on `bytes`.
absl::Status DbError(std::string_view bytes, std::string_view name, std::string_view what, hs_error_t err) {
  char* info = nullptr;
  std::string built_for = "unknown";
  if (hs_serialized_database_info(bytes.data(), bytes.size(), &info) == HS_SUCCESS) {
    built_for = info;
    free(info);
  }
  if (err == HS_DB_PLATFORM_ERROR || err == HS_DB_VERSION_ERROR || err == HS_ARCH_ERROR) {
    return absl::FailedPreconditionError(absl::StrCat(
        Av(name), ": the ", Av(what), " database was compiled for another platform or Hyperscan build (", built_for,
        "; this host runs Hyperscan ", hs_version(), "): ", HsErrorName(err),
        ". Recompile the list on this machine with 'lanjie compile', or with 'lanjie compile --portable' "
        "for a file that loads on any x86-64 CPU"));
  }
  if (err == HS_INVALID)  // the CRC-32C of the bytecode (see ArtifactChecksum), or a header the trailer let through
    return CorruptArtifact(name, absl::StrCat(Av(what), " database: checksum mismatch (Hyperscan's CRC-32C of its bytecode)"));
  return CorruptArtifact(name, absl::StrCat(Av(what), " database: ", HsErrorName(err)));
}

}  // namespace

absl::Status CorruptArtifact(std::string_view name, std::string_view why) {
  return absl::DataLossError(absl::StrCat(Av(name), ": corrupted artifact: ", Av(why), "; recompile it with 'lanjie compile'"));
}

absl::StatusOr<HsDatabase> DeserializeDb(std::string_view bytes, std::string_view name, std::string_view what) {
  if (bytes.empty()) return HsDatabase();
  // Deserialized into memory of our own mapping, faulted in at once:
  // databases of 10+ MB in malloc'ed memory cost one page fault per 4 KiB
  // while being copied. Databases of 4 MiB and more go to a 2 MiB-aligned
  // mapping with MADV_HUGEPAGE, so that where the kernel offers transparent
  // huge pages (madvise mode, as on Debian) they take ~10 faults instead of
  // thousands (64k list: 8 ms less CPU per process on this VM) and fewer TLB
  // misses in Hyperscan's lookups; the cost is at most one partly used 2 MiB
  // page per database. MADV_POPULATE_WRITE (Linux 5.14) faults them in with
  // whatever page size the kernel gives; elsewhere they fault as touched.
  size_t size = 0;
  hs_error_t err = hs_serialized_database_size(bytes.data(), bytes.size(), &size);
  if (err == HS_SUCCESS) {
    constexpr size_t kHuge = size_t{2} << 20;
    const bool huge = size >= (size_t{4} << 20);
    const size_t mapped = huge ? (size + 2 * kHuge - 1) / kHuge * kHuge : size;
    void* mem = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | (huge ? 0 : MAP_POPULATE),
                       -1, 0);
    if (mem == MAP_FAILED) return absl::ResourceExhaustedError(absl::StrCat(Av(name), ": out of memory"));
    size_t offset = 0;
    if (huge) {
      offset = (kHuge - reinterpret_cast<uintptr_t>(mem) % kHuge) % kHuge;
      char* start = static_cast<char*>(mem) + offset;
      (void)::madvise(start, (mapped - offset) / kHuge * kHuge, MADV_HUGEPAGE);
      (void)::madvise(start, size, kMadvisePopulateWrite);
    }
    HsDatabase db(reinterpret_cast<hs_database_t*>(static_cast<char*>(mem) + offset), HsDatabaseDeleter{mapped, offset});
    err = hs_deserialize_database_at(bytes.data(), bytes.size(), db.get());
    if (err == HS_SUCCESS) return db;
  }
  return DbError(bytes, name, what, err);
}

absl::StatusOr<uint64_t> CheckSerializedDb(std::string_view bytes, std::string_view name, std::string_view what) {
  size_t size = 0;  // hs_serialized_database_size checks what hs_deserialize_database_at checks first
  if (hs_error_t err = hs_serialized_database_size(bytes.data(), bytes.size(), &size); err != HS_SUCCESS)
    return DbError(bytes, name, what, err);
  uint32_t length = 0, crc = 0;
  std::memcpy(&length, bytes.data() + 8, 4);
  std::memcpy(&crc, bytes.data() + 20, 4);
  if (length > bytes.size() - kHsHeaderSize) return DbError(bytes, name, what, HS_INVALID);  // not expected: size checked
  if (HsBytecodeCrc(bytes.data() + kHsHeaderSize, length) != crc) return DbError(bytes, name, what, HS_INVALID);
  return SerializedPlatform(bytes);
}

uint64_t SerializedPlatform(std::string_view bytes) {
  uint64_t platform = 0;
  if (bytes.size() >= kHsHeaderSize) std::memcpy(&platform, bytes.data() + 12, 8);
  return platform;
}

void LazyDatabase::Set(HsDatabase db) {
  state_->present = db != nullptr;
  state_->db.store(db.get(), std::memory_order_release);
  state_->owned = std::move(db);
}

void LazyDatabase::Defer(std::string_view bytes, std::shared_ptr<const void> keep, std::string name, std::string what) {
  state_->present = !bytes.empty();
  state_->bytes = bytes;
  state_->keep = std::move(keep);
  state_->name = std::move(name);
  state_->what = std::move(what);
}

absl::StatusOr<hs_database_t*> LazyDatabase::Get() const {
  if (hs_database_t* db = loaded()) return db;
  State& s = *state_;
  absl::MutexLock lock(&s.mu);
  if (hs_database_t* db = s.db.load(std::memory_order_acquire)) return db;
  if (!s.error.ok()) return s.error;
  if (!s.present) return nullptr;
  absl::StatusOr<HsDatabase> db = DeserializeDb(s.bytes, s.name, s.what);
  if (!db.ok()) {
    s.error = db.status();
    return s.error;
  }
  s.owned = *std::move(db);
  s.db.store(s.owned.get(), std::memory_order_release);
  return s.owned.get();
}

std::string LazyDatabase::Serialize() const {
  State& s = *state_;
  absl::MutexLock lock(&s.mu);
  if (s.owned == nullptr) return std::string(s.bytes);
  char* bytes = nullptr;
  size_t len = 0;
  if (hs_serialize_database(s.owned.get(), &bytes, &len) != HS_SUCCESS) return {};
  std::string out(bytes, len);
  free(bytes);
  return out;
}

}  // namespace lanjie::internal
