#ifndef LANJIE_ENGINE_MATCH_HS_UTIL_H_
#define LANJIE_ENGINE_MATCH_HS_UTIL_H_

#include <hs/hs.h>

#include <cstdint>
#include <string>

#include "absl/status/status.h"

namespace lanjie::internal {

struct CompiledData;

// Sets `*scratch` (freeing one already there) to a scratch for every
// database of `d` that is deserialized, and with `streams` for the stream
// databases as well (deserializing those a load deferred): a clone of the
// artifact's prototype (CompiledData::scratch_prototype), made on the
// first call and grown by the first call with `streams` that needs it.
// Thread-safe; making or growing the prototype validates the databases
// it adds (CRC-32C over their bytecode), later calls cost an allocation
// and a copy of the scratch. Errors: ResourceExhausted when Hyperscan
// cannot allocate; a deferred database's LazyDatabase::Get error. Defined
// in scanner.cc.
absl::Status AllocScratch(const CompiledData& d, hs_scratch_t** scratch, bool streams);

// One match of ScanLines' block pass (Scanner::FoldAndScanBlock).
struct BlockMatch {
  uint64_t end;  // folded offset just past the match
  uint32_t id;   // Hyperscan id
  uint32_t line = 0;
};

// Hyperscan's error codes as words.
inline std::string HsErrorName(hs_error_t e) {
  switch (e) {
    case HS_SUCCESS: return "success";
    case HS_INVALID: return "invalid parameter";
    case HS_NOMEM: return "out of memory";
    case HS_SCAN_TERMINATED: return "scan terminated";
    case HS_COMPILER_ERROR: return "compiler error";
    case HS_DB_VERSION_ERROR: return "database built by another Hyperscan version";
    case HS_DB_PLATFORM_ERROR: return "database built for another CPU/platform";
    case HS_DB_MODE_ERROR: return "database mode mismatch";
    case HS_BAD_ALIGN: return "bad alignment";
    case HS_BAD_ALLOC: return "allocator returned misaligned memory";
    case HS_SCRATCH_IN_USE: return "scratch in use";
    case HS_ARCH_ERROR: return "CPU lacks the instructions Hyperscan needs (SSSE3)";
    case HS_INSUFFICIENT_SPACE: return "insufficient space";
    default: return "error " + std::to_string(e);
  }
}

struct HsScratchDeleter {
  void operator()(hs_scratch_t* s) const { hs_free_scratch(s); }
};
struct HsStreamDeleter {
  void operator()(hs_stream_t* s) const { hs_close_stream(s, nullptr, nullptr, nullptr); }
};

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_HS_UTIL_H_
