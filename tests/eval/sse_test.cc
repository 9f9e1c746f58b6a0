#include <gtest/gtest.h>

#include "lanjie/common/sse.h"
#include "eval/sse.h"

namespace lanjie {
namespace {

std::string Event(const std::string& content, const char* finish = nullptr) {
  return std::string("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"") + content +
         "\"},\"finish_reason\":" + (finish ? std::string("\"") + finish + "\"" : "null") + "}]}\n\n";
}

TEST(ChatStream, CompleteStreamInAnySplit) {
  const std::string stream = ": keep-alive\n\n" + Event("你好") + Event("，世界") + Event("", "stop") + "data: [DONE]\n\n";
  for (size_t split = 1; split < stream.size(); split += 7) {
    internal::ChatStreamParser p;
    p.Feed(stream.substr(0, split));
    p.Feed(stream.substr(split));
    ASSERT_TRUE(p.Finish()) << p.error();
    EXPECT_EQ(p.content(), "你好，世界");
    EXPECT_EQ(p.finish_reason(), "stop");
  }
}

TEST(ChatStream, CrLfAndNoSpaceAfterColon) {
  internal::ChatStreamParser p;
  p.Feed("data:{\"choices\":[{\"delta\":{\"content\":\"a\"},\"finish_reason\":\"stop\"}]}\r\n\r\n");
  ASSERT_TRUE(p.Finish()) << p.error();
  EXPECT_EQ(p.content(), "a");
}

TEST(ChatStream, TruncatedStreamIsAnErrorNotAShortAnswer) {
  internal::ChatStreamParser p;
  p.Feed(Event("half an ans"));
  EXPECT_FALSE(p.Finish());
  EXPECT_NE(p.error().find("truncated"), std::string::npos);
}

TEST(ChatStream, MalformedJsonIsAnError) {
  internal::ChatStreamParser p;
  p.Feed(Event("a") + "data: {\"choices\": [\n\n" + Event("b", "stop") + "data: [DONE]\n\n");
  EXPECT_FALSE(p.Finish());
  EXPECT_NE(p.error().find("malformed JSON"), std::string::npos);
}

TEST(ChatStream, ErrorEventIsAnError) {
  internal::ChatStreamParser p;
  p.Feed("data: {\"error\":{\"message\":\"overloaded\"}}\n\n");
  EXPECT_FALSE(p.Finish());
}

// What the evaluation client gains from the shared parser: bare "\r" line
// ends (the eval parser used to see one endless line) ...
TEST(ChatStream, BareCarriageReturnLineEnds) {
  std::string stream = Event("你好") + Event("", "stop") + "data: [DONE]\n\n";
  for (char& c : stream)
    if (c == '\n') c = '\r';
  internal::ChatStreamParser p;
  p.Feed(stream);
  ASSERT_TRUE(p.Finish()) << p.error();
  EXPECT_EQ(p.content(), "你好");
}

// ... and a bound on one event, so a garbage endpoint cannot grow memory.
TEST(ChatStream, EndlessEventIsAnError) {
  internal::ChatStreamParser p;
  const std::string piece(64 * 1024, 'x');
  p.Feed("data: {\"choices\":[{\"delta\":{\"content\":\"");
  for (int i = 0; i < 32 && p.error().empty(); ++i) p.Feed(piece);
  EXPECT_FALSE(p.Finish());
  EXPECT_NE(p.error().find("longer than"), std::string::npos) << p.error();
}

TEST(ChatCompletion, NonStreamedBody) {
  std::string content, finish, error;
  ASSERT_TRUE(internal::ParseChatCompletion(
      R"({"choices":[{"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]})", &content, &finish,
      &error));
  EXPECT_EQ(content, "hi");
  EXPECT_FALSE(internal::ParseChatCompletion(R"({"choices":[{"message":)", &content, &finish, &error));
  EXPECT_FALSE(internal::ParseChatCompletion(R"({"error":{"message":"x"}})", &content, &finish, &error));
}

}  // namespace
}  // namespace lanjie
