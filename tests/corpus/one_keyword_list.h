// The list the corpus tests audit with when one keyword is enough: 冰毒,
// risk A.1.f, block; compiled once per test binary (thread-safe static).
#ifndef LANJIE_TESTS_CORPUS_ONE_KEYWORD_LIST_H_
#define LANJIE_TESTS_CORPUS_ONE_KEYWORD_LIST_H_

#include <memory>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/match/artifact.h"

namespace lanjie::corpus {

// A list of one block keyword with its risk, compiled with the default
// options (null, with a test failure, if it does not compile).
inline std::shared_ptr<const Artifact> CompileOneKeyword(const char* keyword, const char* risk) {
  Entry e;
  e.keyword = keyword;
  e.risk = risk;
  e.action = Action::kBlock;
  e.source = "test";
  e.line = 1;
  std::vector<Diagnostic> diags;
  auto r = Artifact::Compile({e}, CompileOptions{}, &diags);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : nullptr;
}

inline std::shared_ptr<const Artifact> OneKeywordList() {
  static const std::shared_ptr<const Artifact> list = CompileOneKeyword("冰毒", "A.1.f");
  return list;
}

}  // namespace lanjie::corpus

#endif  // LANJIE_TESTS_CORPUS_ONE_KEYWORD_LIST_H_
