// The one SSE framing (lanjie/common/sse.h), shared by the evaluation
// client (tests/eval/sse_test.cc: chat streams on top of it) and the guard
// proxy.
#include "lanjie/common/sse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lanjie {
namespace {

TEST(SseParserTest, SplitsEventsAcrossAnyPieces) {
  const std::string stream = "data: a\n\n: comment\nevent: x\ndata: b\r\ndata: c\r\n\r\ndata: [DONE]\n\n";
  for (size_t cut = 0; cut <= stream.size(); ++cut) {
    SseParser p;
    std::vector<std::string> events;
    ASSERT_TRUE(p.Feed(stream.substr(0, cut), &events).ok());
    ASSERT_TRUE(p.Feed(stream.substr(cut), &events).ok());
    EXPECT_EQ(events, std::vector<std::string>({"a", "b\nc", "[DONE]"})) << cut;
  }
}

TEST(SseParserTest, OversizedEventIsAnError) {
  SseParser p(100);
  std::vector<std::string> events;
  EXPECT_EQ(p.Feed("data: " + std::string(200, 'x'), &events).code(), absl::StatusCode::kOutOfRange);
}

TEST(SseParserTest, FlushDispatchesAFinalEventWithoutItsBlankLine) {
  for (const char* tail : {"data: last", "data: last\n", "data: last\r", "data: last\r\n"}) {
    SseParser p;
    std::vector<std::string> events;
    ASSERT_TRUE(p.Feed(std::string("data: first\n\n") + tail, &events).ok());
    EXPECT_TRUE(p.has_partial_event()) << tail;
    ASSERT_TRUE(p.Flush(&events).ok());
    EXPECT_EQ(events, std::vector<std::string>({"first", "last"})) << tail;
  }
}

}  // namespace
}  // namespace lanjie
