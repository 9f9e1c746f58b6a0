#include "error_body.h"

#include <nlohmann/json.hpp>

#include "lanjie/common/json_string.h"

namespace lanjie::serve {

std::string ErrorBody(std::string_view message, std::string_view type, std::string_view code) {
  nlohmann::json error = {{"message", std::string(message)}, {"type", std::string(type)}, {"param", nullptr}};
  error["code"] = code.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(code));
  return nlohmann::json({{"error", error}}).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string QuotedJson(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

}  // namespace lanjie::serve
