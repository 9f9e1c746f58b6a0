// The hand-written JSON of the sidecar against nlohmann as the oracle, and
// the SAX request parser's edge cases.
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "lanjie/common/json_string.h"
#include "serve/moderation.h"
#include "gtest/gtest.h"
#include "lanjie/filter/stream_filter.h"
#include "tests/match/test_util.h"

namespace lanjie::serve {
namespace {

using nlohmann::json;

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(JsonStringTest, MatchesNlohmannOnValidUtf8) {
  // Every character class: ASCII, every control but DEL, quote, backslash,
  // 2-, 3- and 4-byte UTF-8.
  std::vector<std::string> alphabet = {"a", "Z", " ", "\"", "\\", "/", "é", "冰", "毒", "😀", "\u2028"};
  for (int c = 0; c < 0x20; ++c) alphabet.push_back(std::string(1, static_cast<char>(c)));
  std::mt19937 rng(20261201);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    ASSERT_EQ(Quoted(s), json(s).dump()) << round;
  }
}

TEST(JsonStringTest, EscapesDelAndReplacesEachInvalidByte) {
  EXPECT_EQ(Quoted("a\x7f"), "\"a\\u007f\"");
  // Stray continuation, truncated 3-byte sequence at the end, overlong.
  EXPECT_EQ(Quoted("\x80x\xe5\x86"), "\"\\ufffdx\\ufffd\\ufffd\"");
  EXPECT_EQ(Quoted("\xc0\xaf"), "\"\\ufffd\\ufffd\"");
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {  // any bytes: valid JSON, same length in code points
    std::string s;
    for (int i = static_cast<int>(rng() % 30); i > 0; --i) s.push_back(static_cast<char>(rng()));
    const std::string q = Quoted(s);
    ASSERT_FALSE(json::parse(q, nullptr, false).is_discarded()) << q;
  }
}

std::shared_ptr<const Artifact> Mixed() {
  return lanjie::testing::Build({lanjie::testing::Lit("冰毒", "A.1.f", Action::kBlock),
                                 lanjie::testing::Lit("赌博网站", "A.1.g", Action::kMask),
                                 lanjie::testing::Lit("法轮", "A.1.a", Action::kReview),
                                 lanjie::testing::Lit("quote\"d", "A.1.a", Action::kBlock)});
}

// The response as the DOM-based renderer built it before (the oracle).
std::string DomResponse(const Artifact& artifact, const std::vector<std::string>& texts,
                        const std::vector<std::vector<Hit>>& hits) {
  json results = json::array();
  for (size_t i = 0; i < texts.size(); ++i) {
    json risks = json::array(), hit_list = json::array();
    for (const Hit& h : hits[i]) {
      const CompiledEntry e = artifact.entries()[h.entry];
      if (std::find(risks.begin(), risks.end(), e.risk) == risks.end()) risks.push_back(e.risk);
      hit_list.push_back({{"keyword", e.keyword}, {"risk", e.risk}, {"action", ActionName(e.action)},
                          {"start", h.start}, {"end", h.end}, {"text", texts[i].substr(h.start, h.end - h.start)}});
    }
    results.push_back({{"flagged", !hits[i].empty()}, {"action", OverallAction(artifact, hits[i])},
                       {"risks", std::move(risks)}, {"hits", std::move(hit_list)},
                       {"masked_text", MaskForOutput(artifact, texts[i], hits[i])}});
  }
  json doc = {{"artifact", {{"name", artifact.name()}, {"hash", artifact.list_hash()}, {"list_version", artifact.list_version()}}},
              {"results", results}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

TEST(ModerationResponseTest, SameBytesAsTheDomRenderer) {
  const auto artifact = Mixed();
  auto scanner = Scanner::Create(artifact);
  ASSERT_TRUE(scanner.ok());
  const std::vector<std::string> texts = {"你好", "哪里有冰*毒和赌博网站，法轮", "冰毒冰毒 quote\"d\n\ttab", "", "法轮赌博网站"};
  std::vector<std::vector<Hit>> hits(texts.size() + 2);  // longer than texts: only the first ones count
  for (size_t i = 0; i < texts.size(); ++i) ASSERT_TRUE((*scanner)->Scan(texts[i], &hits[i]).ok());
  ASSERT_FALSE(hits[1].empty());
  std::string out = "prefix:";  // appended, not replaced
  AppendModerationResponse(*artifact, texts, hits, &out);
  hits.resize(texts.size());
  EXPECT_EQ(out, "prefix:" + DomResponse(*artifact, texts, hits));
}

TEST(ModerationRequestTest, RepeatedKeysKeepTheLastValueAndNestedFieldsAreIgnored) {
  auto r = ParseModerationRequest(R"({"text":"a","meta":{"text":1,"texts":[2]},"text":"b"})", 10);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->texts, std::vector<std::string>({"b"}));
  auto batch = ParseModerationRequest(R"({"texts":["x",2],"texts":["c","d"]})", 10);
  ASSERT_TRUE(batch.ok()) << batch.status();
  EXPECT_EQ(batch->texts, std::vector<std::string>({"c", "d"}));
  EXPECT_FALSE(ParseModerationRequest(R"({"text":"a","text":3})", 10).ok());
}

TEST(ModerationRequestTest, ErrorsNameTheProblem) {
  auto msg = [](std::string_view body, size_t max = 3) {
    auto r = ParseModerationRequest(body, max);
    return r.ok() ? std::string("ok") : std::string(r.status().message());
  };
  EXPECT_EQ(msg(R"({"texts":["a",{"b":"c"},"d"]})"), "'texts[1]' must be a string");
  EXPECT_EQ(msg(R"({"input":[1,2,3,4]})"), "'input' has 4 texts; the limit is 3");
  EXPECT_EQ(msg(R"({"texts":{"a":"b"}})"), "'texts' must be a string or an array of strings");
  EXPECT_EQ(msg(R"({"text":null})"), "'text' must be a string");
  EXPECT_EQ(msg(R"({"texts":[],"input":"x"})"), "give only one of 'text', 'texts' and 'input'");
  EXPECT_EQ(msg(R"({"other":"x"})"), "missing field 'text' (one text) or 'texts' (a batch)");
  EXPECT_EQ(msg(R"("text")"), "request body must be a JSON object");
  // A syntax error wins over a field error found before it.
  EXPECT_EQ(msg(R"({"text":1,)").rfind("request body is not valid JSON: ", 0), 0u);
  EXPECT_EQ(msg("{\"text\":\"\xff\"}").rfind("request body is not valid JSON: ", 0), 0u);
  EXPECT_EQ(msg(R"({"texts":[]})"), "ok");
}

TEST(ModerationRequestTest, AReusedRequestHoldsOnlyTheLatestTexts) {
  ModerationRequest req;
  ASSERT_TRUE(ParseModerationRequest(R"({"texts":["a","b","c"]})", 10, &req).ok());
  EXPECT_EQ(req.texts.size(), 3u);
  ASSERT_TRUE(ParseModerationRequest(R"({"text":"z"})", 10, &req).ok());
  EXPECT_EQ(req.texts, std::vector<std::string>({"z"}));
  ASSERT_TRUE(ParseModerationRequest(R"({"texts":[]})", 10, &req).ok());
  EXPECT_TRUE(req.texts.empty());
}

}  // namespace
}  // namespace lanjie::serve
