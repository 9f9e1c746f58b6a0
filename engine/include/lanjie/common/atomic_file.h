// Crash-safe whole-file replacement: write a temporary file beside the
// target, fsync it, rename it over the target, fsync the directory. A reader
// (or a crash at any point) sees either the old file or the new one, never
// half of either.
//
// Thread safety: two concurrent calls for the same path race on the
// temporary file; callers serialize writes to one path.
// Cost: one write, two fsyncs.
// Errors: the message names the path and the failing step (errno text).
#ifndef LANJIE_ENGINE_COMMON_ATOMIC_FILE_H_
#define LANJIE_ENGINE_COMMON_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace lanjie {

absl::Status WriteFileAtomically(const std::string& path, std::string_view data);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_ATOMIC_FILE_H_
