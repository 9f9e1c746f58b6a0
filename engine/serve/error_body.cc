#include "error_body.h"

#include <nlohmann/json.hpp>

namespace lanjie::serve {

std::string ErrorBody(std::string_view message, std::string_view type, std::string_view code) {
  nlohmann::json error = {{"message", std::string(message)}, {"type", std::string(type)}, {"param", nullptr}};
  error["code"] = code.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(code));
  return nlohmann::json({{"error", error}}).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lanjie::serve
