// The version of lanjie, defined once: CMake's project(VERSION) is compiled
// into the engine; the CLI (`lanjie --version`), the C API
// (lanjie_version()), the Python module and run manifests all report this.
// Thread safety: safe. Cost: none. Never fails.
#ifndef LANJIE_VERSION_H_
#define LANJIE_VERSION_H_

#include "lanjie/common/export.h"

namespace lanjie {

// "MAJOR.MINOR.PATCH", e.g. "0.1.0"; a static string.
LANJIE_EXPORT const char* Version();

}  // namespace lanjie

#endif  // LANJIE_VERSION_H_
