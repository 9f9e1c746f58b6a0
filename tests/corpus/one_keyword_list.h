// The list the corpus tests audit with when one keyword is enough: 冰毒,
// risk A.1.f, block; compiled once per test binary (thread-safe static).
#ifndef LANJIE_TESTS_CORPUS_ONE_KEYWORD_LIST_H_
#define LANJIE_TESTS_CORPUS_ONE_KEYWORD_LIST_H_

#include <memory>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/match/artifact.h"

namespace lanjie::corpus {

inline std::shared_ptr<const Artifact> OneKeywordList() {
  static const std::shared_ptr<const Artifact> list = [] {
    Entry e;
    e.keyword = "冰毒";
    e.risk = "A.1.f";
    e.action = Action::kBlock;
    e.source = "test";
    e.line = 1;
    std::vector<Diagnostic> diags;
    auto r = Artifact::Compile({e}, CompileOptions{}, &diags);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *r : nullptr;
  }();
  return list;
}

}  // namespace lanjie::corpus

#endif  // LANJIE_TESTS_CORPUS_ONE_KEYWORD_LIST_H_
