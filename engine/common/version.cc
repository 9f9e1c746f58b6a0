#include "lanjie/common/version.h"

#ifndef LANJIE_VERSION_STRING
#error "LANJIE_VERSION_STRING must come from CMake's project(VERSION) (engine/CMakeLists.txt)"
#endif

namespace lanjie {

const char* Version() { return LANJIE_VERSION_STRING; }

}  // namespace lanjie
