// Incremental parser for an OpenAI chat-completions SSE stream.
#ifndef LANJIE_ENGINE_EVAL_SSE_H_
#define LANJIE_ENGINE_EVAL_SSE_H_

#include <string>
#include <string_view>

namespace lanjie::internal {

// Feed bytes as they arrive; then Finish(). Invariant: `content` holds the
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
  std::string buffer_;
  std::string event_data_;
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
