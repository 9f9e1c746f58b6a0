// JSON string literals written by hand, for output paths that are too hot
// for a JSON DOM (the sidecar's responses, `lanjie scan --json`). Reading
// JSON stays with nlohmann.
#ifndef LANJIE_ENGINE_COMMON_JSON_STRING_H_
#define LANJIE_ENGINE_COMMON_JSON_STRING_H_

#include <string>
#include <string_view>

#include "lanjie/common/export.h"

namespace lanjie {

// Appends `s` as a JSON string literal, quotes included. Escapes '"', '\\',
// the short forms \b \f \n \r \t, other control characters and DEL as
// \u00xx; valid UTF-8 is copied as is; each byte that does not begin a
// valid UTF-8 sequence becomes \ufffd (byte offsets reported next to the
// string stay exact). O(|s|); allocates only when `out` must grow.
LANJIE_EXPORT void AppendJsonString(std::string_view s, std::string* out);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_JSON_STRING_H_
