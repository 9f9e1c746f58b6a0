// The one per-thread scanner pool (engine/match/scanner_pool.h), shared by
// the sidecar and the guard proxy.
#include "lanjie/match/scanner_pool.h"

#include <gtest/gtest.h>

#include <thread>

#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using testing::Build;
using testing::Lit;

TEST(ScannerPool, OneScannerPerThreadAndArtifactReused) {
  auto a = Build({Lit("违禁")});
  auto b = Build({Lit("敏感")});
  ASSERT_TRUE(a && b);
  const int64_t before = ScannerPool::CreatedCount();
  auto first = ScannerPool::ThreadScanner(a);
  ASSERT_TRUE(first.ok()) << first.status();
  auto again = ScannerPool::ThreadScanner(a);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*first, *again);
  EXPECT_EQ(&(*first)->artifact(), a.get());
  auto other = ScannerPool::ThreadScanner(b);
  ASSERT_TRUE(other.ok());
  EXPECT_NE(*first, *other);
  EXPECT_EQ(&(*other)->artifact(), b.get());
  // Alternating between two artifacts (a swap and an old request still
  // running) does not rebuild either.
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(*ScannerPool::ThreadScanner(a), *first);
    EXPECT_EQ(*ScannerPool::ThreadScanner(b), *other);
  }
  EXPECT_EQ(ScannerPool::CreatedCount() - before, 2);

  Scanner* on_other_thread = nullptr;
  std::thread t([&] {
    auto s = ScannerPool::ThreadScanner(a);
    ASSERT_TRUE(s.ok());
    on_other_thread = *s;
    std::vector<Hit> hits;
    ASSERT_TRUE(on_other_thread->Scan("这是违禁内容", &hits).ok());
    EXPECT_EQ(hits.size(), 1u);
  });
  t.join();
  EXPECT_NE(on_other_thread, *first);  // a Scanner is never shared between threads
  EXPECT_EQ(ScannerPool::CreatedCount() - before, 3);
}

TEST(ScannerPool, LeastRecentlyUsedArtifactIsReleased) {
  std::vector<std::shared_ptr<const Artifact>> artifacts;
  for (int i = 0; i <= ScannerPool::kSlots; ++i) artifacts.push_back(Build({Lit("词" + std::to_string(i))}));
  std::weak_ptr<const Artifact> oldest = artifacts[0];
  for (const auto& a : artifacts) ASSERT_TRUE(ScannerPool::ThreadScanner(a).ok());
  artifacts.erase(artifacts.begin());
  EXPECT_TRUE(oldest.expired());  // the pool no longer holds the swapped-out list
  const int64_t before = ScannerPool::CreatedCount();
  for (const auto& a : artifacts) ASSERT_TRUE(ScannerPool::ThreadScanner(a).ok());
  EXPECT_EQ(ScannerPool::CreatedCount(), before);  // the kSlots recent ones are all still there
}

}  // namespace
}  // namespace lanjie
