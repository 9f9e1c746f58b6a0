// The audit's JSONL fast path ({"text": "..."} without a parser) takes a
// line only when a JSON parser reads the very same string from it, and
// leaves every other line (escapes, more members, bad JSON, invalid UTF-8)
// to the parser, so the audit's texts and errors do not change.
#include "corpus/plain_member.h"

#include <simdjson.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"

namespace lanjie::corpus::internal {
namespace {

// The line in a buffer with the padding the LineReader keeps after it.
struct Padded {
  explicit Padded(const std::string& line) : buf(line + std::string(64, 'x')), size(line.size()) {}
  std::string_view view() const { return std::string_view(buf.data(), size); }
  std::string buf;
  size_t size;
};

bool Fast(const std::string& line, std::string_view name, std::string* value) {
  Padded p(line);
  std::string_view v;
  if (!PlainStringMember(p.view(), name, &v)) return false;
  *value = std::string(v);
  return true;
}

// What simdjson reads: the object's `name` string, when the line is an
// object of exactly one member that is a string.
bool Parser(const std::string& line, std::string_view name, std::string* value) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element doc;
  if (parser.parse(padded).get(doc)) return false;
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) || obj.size() != 1) return false;
  std::string_view sv;
  if (obj.at_key(name).get_string().get(sv)) return false;
  *value = std::string(sv);
  return true;
}

TEST(PlainStringMember, TakesOneStringMemberWithoutEscapes) {
  for (const std::string line : {R"({"text":"春眠不觉晓"})", R"({"text": "春眠不觉晓"})", " \t{ \"text\" :\t\"a b\" } \r",
                                 R"({"text":""})", R"({"text": "一二三四五六七八九十一二三四五六七八九十 long enough for blocks"})"}) {
    std::string fast, parsed;
    ASSERT_TRUE(Fast(line, "text", &fast)) << line;
    ASSERT_TRUE(Parser(line, "text", &parsed)) << line;
    EXPECT_EQ(fast, parsed) << line;
  }
}

TEST(PlainStringMember, LeavesEverythingElseToTheParser) {
  std::string v;
  for (const std::string line : {
           R"({"text":"a\"b"})", R"({"text":"a\nb"})", R"({"text":"\u4e00"})",  // escapes
           R"({"text":"a","id":1})", R"({"id":1,"text":"a"})",                  // more members
           R"({"texts":"a"})", R"({"tex":"a"})", R"({"te\u0078t":"a"})",        // other names
           R"({"text":null})", R"({"text":42})", R"({"text":["a"]})",           // not a string
           R"({"text":"a")", R"({"text":"a"}})", R"({"text":"a"} x)", R"(["text","a"])", R"({"text":"a)",
           "{\"text\":\"tab\there\"}",            // a raw control byte
           "{\"text\":\"\xff\xfe bad utf8\"}",    // invalid UTF-8
           "{\"text\":\"\xe6\x98\"}",             // truncated UTF-8 sequence
           "", "   "}) {
    EXPECT_FALSE(Fast(line, "text", &v)) << line;
  }
  EXPECT_FALSE(Fast(R"({"a"b":"x"})", "a\"b", &v));  // a name that cannot be compared raw
}

// Lines made from random pieces: whenever the fast path takes one, the
// parser reads the same string from it.
TEST(PlainStringMember, AgreesWithTheParserOnRandomLines) {
  const std::vector<std::string> pieces = {"{", "}", "\"", "text", ":", " ", "\t", "\\", "\\\"", "\\n", "a", "春",
                                           "\xe6", "\x01", ",", "\"id\"", "1", "null", "\r", "一二三四五六七八"};
  SplitMix64 rng(11);
  int taken = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string line;
    if (rng.Below(2) == 0) line = "{\"text\":\"";
    const int n = static_cast<int>(rng.Below(12));
    for (int k = 0; k < n; ++k) line += pieces[rng.Below(pieces.size())];
    if (rng.Below(2) == 0) line += "\"}";
    std::string fast, parsed;
    if (!Fast(line, "text", &fast)) continue;
    ++taken;
    ASSERT_TRUE(Parser(line, "text", &parsed)) << line;
    ASSERT_EQ(fast, parsed) << line;
  }
  EXPECT_GT(taken, 100);
}

// The run reader's form, which finds the line's end itself: on random
// lines (with a '\r' before the '\n' now and then, and more lines after
// it), it takes exactly the lines PlainStringMemberUnchecked takes, with
// the same value, and its '\n' is the line's.
TEST(PlainStringMember, LineFormAgreesWithTheLineOfKnownEnd) {
  const std::vector<std::string> pieces = {"{", "}", "\"", "text", ":", " ", "\t", "\\", "a", "春", "\x01", ",",
                                           "\r", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八"};
  SplitMix64 rng(12);
  int taken = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string line;
    const char* heads[] = {"{\"text\":\"", "{\"text\": \"", " {\"text\" :\t\"", "{\"text\": "};
    if (rng.Below(2) == 0) line = heads[rng.Below(4)];
    const int n = static_cast<int>(rng.Below(12));
    for (int k = 0; k < n; ++k) line += pieces[rng.Below(pieces.size())];
    if (rng.Below(2) == 0) line += rng.Below(2) == 0 ? "\"}" : "\" } ";
    const std::string raw = line + (rng.Below(4) == 0 ? "\r\n" : "\n") + "{\"text\":\"next\"}\n";
    std::string trimmed = raw.substr(0, raw.find('\n'));
    if (!trimmed.empty() && trimmed.back() == '\r') trimmed.pop_back();
    Padded known(trimmed), all(raw);
    std::string_view a, b;
    const char* nl = nullptr;
    const bool by_line = PlainStringMemberUnchecked(known.view(), "text", &a);
    const bool by_run = PlainStringMemberLine(all.buf.data(), all.buf.data() + all.size, "text", &b, &nl);
    ASSERT_EQ(by_run, by_line) << raw;
    if (!by_run) continue;
    ++taken;
    EXPECT_EQ(b, a) << raw;
    EXPECT_EQ(nl, all.buf.data() + raw.find('\n')) << raw;
  }
  EXPECT_GT(taken, 100);
  EXPECT_TRUE(PlainNameOk("text"));
  EXPECT_FALSE(PlainNameOk("a\"b"));
  EXPECT_FALSE(PlainNameOk("a\\b"));
  EXPECT_FALSE(PlainNameOk("a\tb"));
}

}  // namespace
}  // namespace lanjie::corpus::internal
