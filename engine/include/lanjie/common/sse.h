// The one parser for server-sent events (text/event-stream), as sent by
// OpenAI-compatible chat-completions streams: used by the evaluation client
// (eval/sse.h reads chat chunks out of its events) and the guard proxy.
//
// Bytes arrive in arbitrary pieces; every complete event's data (its "data"
// lines joined by '\n') is appended to `events`. Comments, "event:", "id:"
// and "retry:" fields are ignored. Lines may end in "\n", "\r\n" or a bare
// "\r". An event larger than `max_event_bytes` is an error (OutOfRange), so
// a garbage upstream cannot grow memory without bound.
//
// Thread safety: none (one parser per stream). Cost: O(bytes); allocates
// only to hold the current line and event. Call order: Feed any number of
// times; after an error the parser must be discarded. The stream's end is
// the caller's: has_partial_event() tells whether it was cut mid-event, and
// Flush() hands out a final event that lacked its blank line.
#ifndef LANJIE_ENGINE_COMMON_SSE_H_
#define LANJIE_ENGINE_COMMON_SSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "lanjie/common/export.h"

namespace lanjie {

class LANJIE_EXPORT SseParser {
 public:
  static constexpr size_t kDefaultMaxEventBytes = 1 << 20;
  explicit SseParser(size_t max_event_bytes = kDefaultMaxEventBytes) : max_event_bytes_(max_event_bytes) {}

  // Errors: OutOfRangeError when an event exceeds max_event_bytes.
  absl::Status Feed(std::string_view bytes, std::vector<std::string>* events);
  // Ends the stream: the line being read is ended and an event with data
  // but no closing blank line is dispatched. Same errors as Feed.
  absl::Status Flush(std::vector<std::string>* events);
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

// Formats one SSE event: "data: <data>\n\n". `data` must not contain a line
// break (JSON from nlohmann's dump() never does).
LANJIE_EXPORT std::string SseEvent(std::string_view data);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_SSE_H_
