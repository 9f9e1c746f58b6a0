// One HTTP request to the upstream model server (libcurl, the project's one
// HTTP client), with the response delivered as it arrives.
//
// Blocking: run it on a worker thread, never on an event loop. A callback
// returning false aborts the transfer (client gone, stream blocked).
#ifndef LANJIE_ENGINE_SERVE_UPSTREAM_H_
#define LANJIE_ENGINE_SERVE_UPSTREAM_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace lanjie::serve {

struct UpstreamRequest {
  std::string method = "POST";
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  std::string body;
  int connect_timeout_seconds = 10;
  // Abort when no byte arrives for this long (an upstream that hangs).
  int idle_timeout_seconds = 60;
  int total_timeout_seconds = 600;
};

struct UpstreamCallbacks {
  // Called once, before the first body byte: status and Content-Type.
  std::function<bool(long status, const std::string& content_type)> on_response;
  std::function<bool(std::string_view bytes)> on_data;
  // When set: receives the response's Retry-After value ("" when absent)
  // before on_response is called.
  std::string* retry_after = nullptr;
};

// OK when the transfer completed (any HTTP status) or a callback stopped it
// (Cancelled). Errors: Unavailable (cannot connect, connection dropped),
// DeadlineExceeded (timeouts), Internal.
absl::Status CallUpstream(const UpstreamRequest& request, const UpstreamCallbacks& callbacks);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_UPSTREAM_H_
