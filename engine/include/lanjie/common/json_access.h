// Checked reads of fields from nlohmann::json objects that come from files a
// user may edit (run manifests, results and verdict lines, review samples).
// nlohmann's .value() and get<T>() throw on a field of the wrong type, and
// engine/ never lets an exception out: these return a Status instead.
//
// `where` names the place for messages: "DIR/manifest.json",
// "DIR/results.jsonl:12", "DIR/manifest.json: endpoint". Errors are
// DataLossError "<where>: field \"<key>\": expected <type>, found <type>"
// (also when `object` is not an object at all), or "...: missing" for a
// required field. The ...Or forms return `fallback` when the field is
// missing or null.
//
// Thread safety: pure functions. Cost: one lookup; strings are copied.
#ifndef LANJIE_ENGINE_COMMON_JSON_ACCESS_H_
#define LANJIE_ENGINE_COMMON_JSON_ACCESS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "absl/status/statusor.h"

namespace lanjie::json_access {

absl::StatusOr<std::string> GetString(const nlohmann::json& object, std::string_view key, std::string_view where);
absl::StatusOr<std::string> GetStringOr(const nlohmann::json& object, std::string_view key, std::string fallback,
                                        std::string_view where);
// Integers: a JSON integer that fits in int64 (a float such as 3.0 is not one).
absl::StatusOr<int64_t> GetInt(const nlohmann::json& object, std::string_view key, std::string_view where);
absl::StatusOr<int64_t> GetIntOr(const nlohmann::json& object, std::string_view key, int64_t fallback,
                                 std::string_view where);
// Any JSON number, as a double.
absl::StatusOr<double> GetNumberOr(const nlohmann::json& object, std::string_view key, double fallback,
                                   std::string_view where);
absl::StatusOr<bool> GetBoolOr(const nlohmann::json& object, std::string_view key, bool fallback,
                               std::string_view where);
// The field as an object; the pointer points into `object`.
absl::StatusOr<const nlohmann::json*> GetObject(const nlohmann::json& object, std::string_view key,
                                                std::string_view where);
// The same, or nullptr when missing or null.
absl::StatusOr<const nlohmann::json*> GetObjectOrNull(const nlohmann::json& object, std::string_view key,
                                                      std::string_view where);
absl::StatusOr<const nlohmann::json*> GetArrayOrNull(const nlohmann::json& object, std::string_view key,
                                                     std::string_view where);

// "a string", "a number", "an object", ... for messages.
const char* JsonTypeName(const nlohmann::json& value);

}  // namespace lanjie::json_access

#endif  // LANJIE_ENGINE_COMMON_JSON_ACCESS_H_
