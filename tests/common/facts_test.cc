// Facts defined once: the version (CMake's project(VERSION)), the default
// profile and the default refusal text are the same wherever they are used.
#include <gtest/gtest.h>

#include <string>

#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/evaluation.h"
#include "lanjie/capi/lanjie_c.h"
#include "lanjie/lexicon/profile.h"
#include "lanjie/eval/refusal.h"
#include "lanjie/filter/stream_filter.h"
#include "lanjie/common/version.h"

namespace lanjie {
namespace {

TEST(Facts, VersionIsCMakesProjectVersionEverywhere) {
  EXPECT_STREQ(Version(), LANJIE_PROJECT_VERSION);
  EXPECT_STREQ(lanjie_version(), Version());
}

TEST(Facts, DefaultProfileIsOneBuiltInName) {
  EXPECT_EQ(RunSetup().profile, kDefaultProfileName);
  auto profile = LoadProfile(kDefaultProfileName);
  ASSERT_TRUE(profile.ok()) << profile.status();
  EXPECT_EQ(profile->name, kDefaultProfileName);
}

TEST(Facts, SystemModeSimulatesTheRefusalTheProxySends) {
  EXPECT_EQ(EvaluateOptions().canned_refusal, FilterOptions().refusal_text);
  // And the refusal rules read that text as a refusal.
  auto judge = RefusalJudge::Default();
  ASSERT_TRUE(judge.ok()) << judge.status();
  EXPECT_TRUE(judge->Judge(kDefaultRefusalText).refused());
}

}  // namespace
}  // namespace lanjie
