// OpenAI chat-completions shapes the proxy writes itself: the canned
// refusal as a normal completion (whole or as stream chunks), and the text
// of a message's content.
#ifndef LANJIE_ENGINE_SERVE_CHAT_FORMAT_H_
#define LANJIE_ENGINE_SERVE_CHAT_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace lanjie::serve {

// {"object":"chat.completion", one choice with `content`, finish_reason "stop"}.
nlohmann::json RefusalCompletion(const std::string& id, const std::string& model, const std::string& content);
// The same as SSE events: role chunk, content chunk, finish chunk, [DONE].
std::string RefusalStream(const std::string& id, const std::string& model, const std::string& content);
// One "chat.completion.chunk" with a delta for choice `index`.
nlohmann::json Chunk(const std::string& id, const std::string& model, int index, const nlohmann::json& delta,
                     const char* finish_reason);

// Pointers to the text fields of a message's content: the string itself,
// or the "text" of each {"type":"text"} part. Empty for other shapes.
std::vector<nlohmann::json*> ContentTexts(nlohmann::json& message);
// The "arguments" string of one tool call {"function":{"arguments":...}}
// (whole, or a streamed piece of it), or null.
nlohmann::json* CallArguments(nlohmann::json& call);
// Pointers to the "arguments" strings of a message's tool calls
// (tool_calls[].function.arguments, and the legacy function_call.arguments).
// Empty for other shapes. The pointers stay valid until `message` changes.
std::vector<nlohmann::json*> ToolCallArguments(nlohmann::json& message);
// Every text of a message that is filtered: content texts and tool call arguments.
std::vector<nlohmann::json*> MessageTexts(nlohmann::json& message);

// JSON text with invalid UTF-8 replaced (never throws).
std::string Dump(const nlohmann::json& doc);
// Parses JSON; a discarded value for anything that is not valid JSON.
// Never throws (nlohmann throws out_of_range for numbers like 1e2222 even
// with exceptions off).
nlohmann::json ParseJson(std::string_view text);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_CHAT_FORMAT_H_
