#ifndef LANJIE_ENGINE_COMMON_SV_H_
#define LANJIE_ENGINE_COMMON_SV_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace lanjie {

// Debian's Abseil is built with its own absl::string_view (not an alias of
// std::string_view); these convert at the boundary, free of copies.
inline absl::string_view Av(std::string_view s) { return absl::string_view(s.data(), s.size()); }
inline std::string_view Sv(absl::string_view s) { return std::string_view(s.data(), s.size()); }

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_SV_H_
