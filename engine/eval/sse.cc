#include "sse.h"

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"

namespace lanjie::internal {

namespace {
std::string Clip(std::string_view s) {
  return std::string(s.substr(0, 120)) + (s.size() > 120 ? "…" : "");
}
}  // namespace

void ChatStreamParser::Feed(std::string_view bytes) {
  if (!error_.empty()) return;
  events_.clear();
  absl::Status s = sse_.Feed(bytes, &events_);
  for (const std::string& e : events_) {
    if (!error_.empty()) break;
    HandleEvent(e);
  }
  if (!s.ok() && error_.empty()) error_ = std::string(s.message());
}

void ChatStreamParser::HandleEvent(std::string_view data) {
  if (saw_done_) return;
  if (data == "[DONE]") {
    saw_done_ = true;
    return;
  }
  nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    error_ = absl::StrCat("malformed JSON in stream: ", Clip(data));
    return;
  }
  if (j.contains("error")) {
    error_ = absl::StrCat("error event in stream: ", Clip(j["error"].dump()));
    return;
  }
  auto choices = j.find("choices");
  if (choices == j.end() || !choices->is_array()) {
    error_ = absl::StrCat("stream event without choices: ", Clip(data));
    return;
  }
  for (const auto& choice : *choices) {
    if (!choice.is_object()) continue;
    auto delta = choice.find("delta");
    if (delta != choice.end() && delta->is_object()) {
      auto c = delta->find("content");
      if (c != delta->end() && c->is_string()) content_ += c->get_ref<const std::string&>();
    }
    auto fr = choice.find("finish_reason");
    if (fr != choice.end() && fr->is_string()) {
      finish_reason_ = fr->get<std::string>();
      saw_finish_ = true;
    }
  }
}

bool ChatStreamParser::Finish() {
  if (!error_.empty()) return false;
  // A final event not followed by a blank line still counts when complete.
  events_.clear();
  absl::Status s = sse_.Flush(&events_);
  for (const std::string& e : events_) {
    if (!error_.empty()) break;
    HandleEvent(e);
  }
  if (!s.ok() && error_.empty()) error_ = std::string(s.message());
  if (!error_.empty()) return false;
  if (!saw_done_ && !saw_finish_) {
    error_ = "stream ended without [DONE] or finish_reason (truncated)";
    return false;
  }
  return true;
}

bool ParseChatCompletion(std::string_view body, std::string* content, std::string* finish_reason,
                         std::string* error) {
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *error = absl::StrCat("malformed JSON response: ", Clip(body));
    return false;
  }
  auto choices = j.find("choices");
  if (choices == j.end() || !choices->is_array() || choices->empty() || !(*choices)[0].is_object()) {
    *error = absl::StrCat("response without choices: ", Clip(body));
    return false;
  }
  const auto& choice = (*choices)[0];
  auto message = choice.find("message");
  if (message == choice.end() || !message->is_object()) {
    *error = "response choice without message";
    return false;
  }
  auto c = message->find("content");
  content->clear();
  if (c != message->end() && c->is_string()) *content = c->get<std::string>();
  else if (c == message->end() || !c->is_null()) {
    *error = "response message without string content";
    return false;
  }
  auto fr = choice.find("finish_reason");
  finish_reason->clear();
  if (fr != choice.end() && fr->is_string()) *finish_reason = fr->get<std::string>();
  return true;
}

}  // namespace lanjie::internal
