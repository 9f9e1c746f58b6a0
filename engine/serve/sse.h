// Incremental parser for server-sent events (text/event-stream), as sent
// by OpenAI-compatible chat-completions streams.
//
// Bytes arrive in arbitrary pieces; every complete event's data (its
// "data:" lines joined by '\n') is appended to `events`. Comments, "event:",
// "id:" and "retry:" fields are ignored. Lines may end in "\n", "\r\n" or
// "\r". An event larger than `max_event_bytes` is an error (OutOfRange), so
// a garbage upstream cannot grow memory without bound. O(bytes).
#ifndef LANJIE_ENGINE_SERVE_SSE_H_
#define LANJIE_ENGINE_SERVE_SSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace lanjie::serve {

class SseParser {
 public:
  explicit SseParser(size_t max_event_bytes = 1 << 20) : max_event_bytes_(max_event_bytes) {}

  absl::Status Feed(std::string_view bytes, std::vector<std::string>* events);
  // Bytes of an unfinished event are pending (an upstream that ends here was cut off).
  bool has_partial_event() const { return !line_.empty() || has_data_; }

 private:
  void EndLine(std::vector<std::string>* events);
  const size_t max_event_bytes_;
  std::string line_;  // the current line, without its terminator
  std::string data_;  // data lines of the current event
  bool has_data_ = false;
  bool after_cr_ = false;  // the previous byte was '\r' (a following '\n' belongs to it)
};

// Formats one SSE event: "data: <json>\n\n".
std::string SseEvent(std::string_view data);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_SSE_H_
