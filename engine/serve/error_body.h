// OpenAI-style error bodies: {"error":{"message","type","param","code"}}.
// Every error the sidecar and the proxy return uses this shape, so clients
// written for the OpenAI API report them properly.
#ifndef LANJIE_ENGINE_SERVE_ERROR_BODY_H_
#define LANJIE_ENGINE_SERVE_ERROR_BODY_H_

#include <string>
#include <string_view>

namespace lanjie::serve {

// `type`: invalid_request_error, not_found_error, server_error, upstream_error,
// rate_limit_error, timeout_error. `code` may be empty (null).
std::string ErrorBody(std::string_view message, std::string_view type, std::string_view code = "");

// `s` as a JSON string literal, quotes included (AppendJsonString), for the
// small bodies written by hand (/readyz). O(|s|).
std::string QuotedJson(std::string_view s);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_ERROR_BODY_H_
