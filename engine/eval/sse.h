// The answer in an OpenAI chat-completions stream: the SSE framing is the
// engine's one SseParser (engine/common/sse.h: any split, "\n", "\r\n" or
// bare "\r" line ends, events limited to 1 MiB); this reads chat chunks out
// of its events.
#ifndef LANJIE_ENGINE_EVAL_SSE_H_
#define LANJIE_ENGINE_EVAL_SSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/sse.h"

namespace lanjie::internal {

// Feed bytes as they arrive; then Finish(). Thread safety: none (one per
// stream). Cost: O(bytes) plus one JSON parse per event. Invariant: `content` holds the
// concatenated delta contents of every well-formed event so far. Once
// `error` is set the stream is broken and further input is ignored.
class ChatStreamParser {
 public:
  void Feed(std::string_view bytes);
  // Ends the stream; sets `error` if it did not end with [DONE] or a
  // finish_reason. Returns true when the answer is complete.
  bool Finish();

  const std::string& content() const { return content_; }
  const std::string& finish_reason() const { return finish_reason_; }
  const std::string& error() const { return error_; }
  bool done() const { return saw_done_; }

 private:
  void HandleEvent(std::string_view data);
  SseParser sse_;
  std::vector<std::string> events_;  // scratch: the events of one Feed
  std::string content_;
  std::string finish_reason_;
  std::string error_;
  bool saw_done_ = false;
  bool saw_finish_ = false;
};

// Extracts the answer from a non-streamed chat completion body. Returns
// false with `error` set when the body is not a well-formed completion.
bool ParseChatCompletion(std::string_view body, std::string* content, std::string* finish_reason,
                         std::string* error);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_EVAL_SSE_H_
