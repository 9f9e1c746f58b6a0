#ifndef LANJIE_TESTS_MATCH_TEST_UTIL_H_
#define LANJIE_TESTS_MATCH_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/hash.h"
#include "lanjie/match/scanner.h"

namespace lanjie::testing {

inline Entry Lit(std::string kw, std::string risk = "A.1.f", Action action = Action::kBlock,
                 WordMode mode = WordMode::kAuto) {
  Entry e;
  e.keyword = std::move(kw);
  e.risk = std::move(risk);
  e.action = action;
  e.match = mode;
  e.source = "test.csv";
  e.line = 1;
  return e;
}
inline Entry Allow(std::string phrase) {
  Entry e = Lit(std::move(phrase), "", Action::kAllow);
  return e;
}
inline Entry Rule(std::string text, std::string risk = "A.1.h") {
  Entry e = Lit(std::move(text), std::move(risk));
  e.kind = EntryKind::kRule;
  return e;
}
inline Entry Regex(std::string re, std::string risk = "A.1.h") {
  Entry e = Lit(std::move(re), std::move(risk));
  e.kind = EntryKind::kRegex;
  return e;
}

inline std::shared_ptr<const Artifact> Build(std::vector<Entry> entries, CompileOptions options = CompileOptions()) {
  for (size_t i = 0; i < entries.size(); ++i) entries[i].line = static_cast<uint32_t>(i + 2);
  std::vector<Diagnostic> diags;
  auto a = Artifact::Compile(entries, options, &diags);
  EXPECT_TRUE(a.ok()) << a.status();
  return a.ok() ? *a : nullptr;
}

// "keyword@start-end" for each hit, in HitLess order.
inline std::vector<std::string> Describe(const Artifact& a, const std::vector<Hit>& hits) {
  std::vector<std::string> out;
  for (const Hit& h : hits)
    out.push_back(std::string(a.entries()[h.entry].keyword) + "@" + std::to_string(h.start) + "-" + std::to_string(h.end));
  return out;
}

inline std::vector<Hit> ScanText(const std::shared_ptr<const Artifact>& a, std::string_view text) {
  auto s = Scanner::Create(a);
  EXPECT_TRUE(s.ok()) << s.status();
  std::vector<Hit> hits;
  auto st = (*s)->Scan(text, &hits);
  EXPECT_TRUE(st.ok()) << st;
  return hits;
}

// Scans `text` as a stream cut at `cuts`; hits sorted.
inline std::vector<Hit> StreamText(const std::shared_ptr<const Artifact>& a, std::string_view text,
                                   const std::vector<size_t>& cuts) {
  auto s = StreamScanner::Create(a);
  EXPECT_TRUE(s.ok()) << s.status();
  std::vector<Hit> hits;
  size_t prev = 0;
  for (size_t cut : cuts) {
    EXPECT_TRUE((*s)->Feed(text.substr(prev, cut - prev), &hits).ok());
    prev = cut;
  }
  EXPECT_TRUE((*s)->Feed(text.substr(prev), &hits).ok());
  EXPECT_TRUE((*s)->Finish(&hits).ok());
  std::sort(hits.begin(), hits.end(), HitLess);
  return hits;
}

// The list the artifact tests save, damage and load: a folded literal, a
// Latin word, an allow phrase, a single character, a rule and a regex.
inline std::shared_ptr<const Artifact> SampleArtifact() {
  return Build({Lit("冰毒"), Lit("casino", "A.1.h"), Allow("生日快乐"), Lit("日", "A.1.h"), Rule("代开 & 发票"),
                Regex("加微信\\s*[0-9]{6,}")});
}

// Replaces an artifact's trailing checksum so that only the intended damage
// remains (the load then reaches the damaged section's own check).
inline void Reseal(std::string* bytes) {
  const std::string digest = internal::ArtifactChecksum(std::string_view(*bytes).substr(0, bytes->size() - 16));
  bytes->replace(bytes->size() - 16, 16, digest);
}

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_MATCH_TEST_UTIL_H_
