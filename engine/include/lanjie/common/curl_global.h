// The one HTTP client set-up: libcurl's process-wide initialisation, done
// once for every user of libcurl in the engine (the evaluation chat client,
// the guard proxy's upstream calls, tests' HTTP helpers).
//
// curl_global_init is not thread-safe on every libcurl build and must run
// before any other libcurl call; calling it from each module (as each used
// to) risks two threads initialising at once and makes the choice of flags
// a per-module accident. Never cleaned up: other threads may still hold
// handles at exit.
//
// Thread safety: safe to call from any number of threads; the first call
// initialises, every later call returns its result.
// Cost: the first call loads libcurl's TLS back end (milliseconds); later
// calls are one atomic load.
// Errors: InternalError naming the libcurl code when initialisation failed
// (every later call returns the same error).
#ifndef LANJIE_ENGINE_COMMON_CURL_GLOBAL_H_
#define LANJIE_ENGINE_COMMON_CURL_GLOBAL_H_

#include "absl/status/status.h"
#include "lanjie/common/export.h"

namespace lanjie {

// Call before creating any libcurl handle.
LANJIE_EXPORT absl::Status EnsureCurlGlobalInit();

// How many times curl_global_init has actually run in this process (0 or 1);
// for tests.
LANJIE_EXPORT int CurlGlobalInitCount();

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_CURL_GLOBAL_H_
