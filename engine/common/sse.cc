#include "lanjie/common/sse.h"

#include "absl/strings/str_cat.h"

namespace lanjie {

void SseParser::EndLine(std::vector<std::string>* events) {
  if (line_.empty()) {  // blank line: dispatch
    if (has_data_) events->push_back(std::move(data_));
    data_.clear();
    has_data_ = false;
    return;
  }
  std::string_view line(line_);
  std::string_view field = line, value;
  if (size_t colon = line.find(':'); colon != std::string_view::npos) {
    field = line.substr(0, colon);
    value = line.substr(colon + 1);
    if (!value.empty() && value[0] == ' ') value.remove_prefix(1);
  }
  if (field == "data") {
    if (has_data_) data_.push_back('\n');
    data_.append(value);
    has_data_ = true;
  }
  line_.clear();
}

absl::Status SseParser::Feed(std::string_view bytes, std::vector<std::string>* events) {
  for (char c : bytes) {
    if (c == '\n' && after_cr_) {
      after_cr_ = false;
      continue;
    }
    after_cr_ = c == '\r';
    if (c == '\n' || c == '\r') {
      EndLine(events);
      continue;
    }
    line_.push_back(c);
    if (line_.size() + data_.size() > max_event_bytes_)
      return absl::OutOfRangeError(absl::StrCat("server-sent event longer than ", max_event_bytes_, " bytes"));
  }
  return absl::OkStatus();
}

absl::Status SseParser::Flush(std::vector<std::string>* events) {
  if (!line_.empty()) EndLine(events);
  after_cr_ = false;
  EndLine(events);  // the blank line the stream did not send
  return absl::OkStatus();
}

std::string SseEvent(std::string_view data) {
  std::string out;
  out.reserve(data.size() + 8);
  out.append("data: ").append(data).append("\n\n");
  return out;
}

}  // namespace lanjie
