#include "lanjie/common/json_access.h"

#include <limits>

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"

namespace lanjie::json_access {

namespace {

using Json = nlohmann::json;

absl::Status NotAnObject(const Json& object, std::string_view where) {
  return absl::DataLossError(absl::StrCat(Av(where), ": expected an object, found ", JsonTypeName(object)));
}

absl::Status WrongType(std::string_view key, const Json& value, const char* expected, std::string_view where) {
  return absl::DataLossError(
      absl::StrCat(Av(where), ": field \"", Av(key), "\": expected ", expected, ", found ", JsonTypeName(value)));
}

// The field, nullptr when missing or null; an error when `object` is not an object.
absl::StatusOr<const Json*> Find(const Json& object, std::string_view key, std::string_view where) {
  if (!object.is_object()) return NotAnObject(object, where);
  auto it = object.find(std::string(key));
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

absl::Status Missing(std::string_view key, const char* expected, std::string_view where) {
  return absl::DataLossError(absl::StrCat(Av(where), ": field \"", Av(key), "\" (", expected, ") is missing"));
}

absl::StatusOr<int64_t> AsInt(const Json& v, std::string_view key, std::string_view where) {
  if (v.is_number_unsigned()) {
    const uint64_t u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      return absl::DataLossError(absl::StrCat(Av(where), ": field \"", Av(key), "\": integer out of range"));
    return static_cast<int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<int64_t>();
  return WrongType(key, v, "an integer", where);
}

}  // namespace

const char* JsonTypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a fractional number";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "invalid JSON";
  }
  return "an unknown value";
}

absl::StatusOr<std::string> GetString(const Json& object, std::string_view key, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return Missing(key, "a string", where);
  if (!(*v)->is_string()) return WrongType(key, **v, "a string", where);
  return (*v)->get<std::string>();
}

absl::StatusOr<std::string> GetStringOr(const Json& object, std::string_view key, std::string fallback,
                                        std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return fallback;
  if (!(*v)->is_string()) return WrongType(key, **v, "a string", where);
  return (*v)->get<std::string>();
}

absl::StatusOr<int64_t> GetInt(const Json& object, std::string_view key, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return Missing(key, "an integer", where);
  return AsInt(**v, key, where);
}

absl::StatusOr<int64_t> GetIntOr(const Json& object, std::string_view key, int64_t fallback, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return fallback;
  return AsInt(**v, key, where);
}

absl::StatusOr<double> GetNumberOr(const Json& object, std::string_view key, double fallback,
                                   std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return fallback;
  if (!(*v)->is_number()) return WrongType(key, **v, "a number", where);
  return (*v)->get<double>();
}

absl::StatusOr<bool> GetBoolOr(const Json& object, std::string_view key, bool fallback, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return fallback;
  if (!(*v)->is_boolean()) return WrongType(key, **v, "true or false", where);
  return (*v)->get<bool>();
}

absl::StatusOr<const Json*> GetObject(const Json& object, std::string_view key, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v == nullptr) return Missing(key, "an object", where);
  if (!(*v)->is_object()) return WrongType(key, **v, "an object", where);
  return *v;
}

absl::StatusOr<const Json*> GetObjectOrNull(const Json& object, std::string_view key, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v != nullptr && !(*v)->is_object()) return WrongType(key, **v, "an object", where);
  return *v;
}

absl::StatusOr<const Json*> GetArrayOrNull(const Json& object, std::string_view key, std::string_view where) {
  auto v = Find(object, key, where);
  if (!v.ok()) return v.status();
  if (*v != nullptr && !(*v)->is_array()) return WrongType(key, **v, "an array", where);
  return *v;
}

}  // namespace lanjie::json_access
