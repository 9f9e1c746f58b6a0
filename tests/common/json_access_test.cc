// Checked JSON accessors (engine/common/json_access.h): a wrong type is a
// Status naming the place and the field, never an exception.
#include "lanjie/common/json_access.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace lanjie::json_access {
namespace {

using ::testing::HasSubstr;

TEST(JsonAccess, ReadsFieldsOfTheRightType) {
  const nlohmann::json j = {{"s", "text"}, {"i", 42}, {"u", 7u}, {"d", 1.5}, {"b", true}, {"o", {{"k", 1}}},
                            {"n", nullptr}, {"a", {1, 2}}};
  EXPECT_EQ(*GetString(j, "s", "f.json"), "text");
  EXPECT_EQ(*GetInt(j, "i", "f.json"), 42);
  EXPECT_EQ(*GetIntOr(j, "u", 0, "f.json"), 7);
  EXPECT_EQ(*GetNumberOr(j, "d", 0, "f.json"), 1.5);
  EXPECT_EQ(*GetNumberOr(j, "i", 0, "f.json"), 42.0);
  EXPECT_TRUE(*GetBoolOr(j, "b", false, "f.json"));
  EXPECT_EQ((**GetObject(j, "o", "f.json"))["k"], 1);
  EXPECT_NE(*GetArrayOrNull(j, "a", "f.json"), nullptr);
  // Missing or null: the fallback.
  EXPECT_EQ(*GetStringOr(j, "missing", "dflt", "f.json"), "dflt");
  EXPECT_EQ(*GetStringOr(j, "n", "dflt", "f.json"), "dflt");
  EXPECT_EQ(*GetIntOr(j, "n", 9, "f.json"), 9);
  EXPECT_EQ(*GetObjectOrNull(j, "n", "f.json"), nullptr);
}

TEST(JsonAccess, AWrongTypeNamesThePlaceTheFieldAndBothTypes) {
  const nlohmann::json j = {{"model", 5}, {"n", "12"}, {"f", 2.5}, {"big", 18446744073709551615ull}};
  auto s = GetStringOr(j, "model", "", "run/manifest.json: endpoint");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(s.status().message(),
            "run/manifest.json: endpoint: field \"model\": expected a string, found an integer");
  auto i = GetIntOr(j, "n", 0, "results.jsonl:3");
  ASSERT_FALSE(i.ok());
  EXPECT_THAT(std::string(i.status().message()), HasSubstr("results.jsonl:3: field \"n\": expected an integer"));
  EXPECT_FALSE(GetInt(j, "f", "x").ok());    // 2.5 is not an integer
  EXPECT_FALSE(GetInt(j, "big", "x").ok());  // out of int64 range
  EXPECT_FALSE(GetBoolOr(j, "n", false, "x").ok());
  EXPECT_FALSE(GetObjectOrNull(j, "n", "x").ok());
  auto missing = GetString(j, "absent", "f.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(std::string(missing.status().message()), HasSubstr("\"absent\""));
  // Not an object at all.
  auto not_object = GetStringOr(nlohmann::json::array(), "k", "", "f.json:1");
  ASSERT_FALSE(not_object.ok());
  EXPECT_THAT(std::string(not_object.status().message()), HasSubstr("f.json:1: expected an object, found an array"));
}

}  // namespace
}  // namespace lanjie::json_access
