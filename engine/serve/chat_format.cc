#include "chat_format.h"

#include "absl/time/clock.h"
#include "lanjie/common/sse.h"

namespace lanjie::serve {

using nlohmann::json;

std::string Dump(const json& doc) { return doc.dump(-1, ' ', false, json::error_handler_t::replace); }

json ParseJson(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  } catch (const json::exception&) {
    return json(json::value_t::discarded);
  }
}

json RefusalCompletion(const std::string& id, const std::string& model, const std::string& content) {
  return {{"id", id},
          {"object", "chat.completion"},
          {"created", absl::ToUnixSeconds(absl::Now())},
          {"model", model},
          {"choices",
           json::array({{{"index", 0},
                         {"message", {{"role", "assistant"}, {"content", content}, {"refusal", nullptr}}},
                         {"logprobs", nullptr},
                         {"finish_reason", "stop"}}})},
          {"usage", {{"prompt_tokens", 0}, {"completion_tokens", 0}, {"total_tokens", 0}}}};
}

json Chunk(const std::string& id, const std::string& model, int index, const json& delta, const char* finish_reason) {
  return {{"id", id},
          {"object", "chat.completion.chunk"},
          {"created", absl::ToUnixSeconds(absl::Now())},
          {"model", model},
          {"choices", json::array({{{"index", index},
                                    {"delta", delta},
                                    {"logprobs", nullptr},
                                    {"finish_reason", finish_reason ? json(finish_reason) : json(nullptr)}}})}};
}

std::string RefusalStream(const std::string& id, const std::string& model, const std::string& content) {
  std::string out;
  out += SseEvent(Dump(Chunk(id, model, 0, {{"role", "assistant"}, {"content", ""}}, nullptr)));
  out += SseEvent(Dump(Chunk(id, model, 0, {{"content", content}}, nullptr)));
  out += SseEvent(Dump(Chunk(id, model, 0, json::object(), "stop")));
  out += SseEvent("[DONE]");
  return out;
}

std::vector<json*> ContentTexts(json& message) {
  std::vector<json*> out;
  if (!message.is_object()) return out;
  auto it = message.find("content");
  if (it == message.end()) return out;
  if (it->is_string()) {
    out.push_back(&*it);
  } else if (it->is_array()) {
    for (json& part : *it)
      if (part.is_object() && part.contains("type") && part["type"] == "text" && part.contains("text") &&
          part["text"].is_string())
        out.push_back(&part["text"]);
  }
  return out;
}

json* CallArguments(json& call) {
  if (!call.is_object()) return nullptr;
  auto fn = call.find("function");
  if (fn == call.end() || !fn->is_object()) return nullptr;
  auto args = fn->find("arguments");
  return args != fn->end() && args->is_string() ? &*args : nullptr;
}

std::vector<json*> ToolCallArguments(json& message) {
  std::vector<json*> out;
  if (!message.is_object()) return out;
  if (auto calls = message.find("tool_calls"); calls != message.end() && calls->is_array())
    for (json& call : *calls)
      if (json* args = CallArguments(call)) out.push_back(args);
  if (auto legacy = message.find("function_call"); legacy != message.end() && legacy->is_object()) {
    auto args = legacy->find("arguments");
    if (args != legacy->end() && args->is_string()) out.push_back(&*args);
  }
  return out;
}

std::vector<json*> MessageTexts(json& message) {
  std::vector<json*> out = ContentTexts(message);
  for (json* args : ToolCallArguments(message)) out.push_back(args);
  return out;
}

}  // namespace lanjie::serve
