#ifndef LANJIE_TOOLS_OUTPUT_H_
#define LANJIE_TOOLS_OUTPUT_H_

#include <string>
#include <string_view>

namespace lanjie::cli {

// Appends `s` as a JSON string literal. Invalid UTF-8 becomes U+FFFD (the
// byte offsets reported next to it stay exact).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace lanjie::cli

#endif  // LANJIE_TOOLS_OUTPUT_H_
