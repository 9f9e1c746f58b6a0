#ifndef LANJIE_ENGINE_COMMON_EMBEDDED_H_
#define LANJIE_ENGINE_COMMON_EMBEDDED_H_

#include <string_view>

namespace lanjie {
// Contents of a data/ file compiled into the library (cmake/embed.cmake), or
// empty when no file of that name was embedded.
std::string_view EmbeddedFile(std::string_view name);
}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_EMBEDDED_H_
