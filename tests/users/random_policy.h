// A random user policy for the step-for-step tests (stores vs ApplyEvent):
// limits 0-4 consecutive / 0-6 daily (never both 0), an escalation window up
// to three days, a ladder of one to three rungs drawn from `rungs`.
#ifndef LANJIE_TESTS_USERS_RANDOM_POLICY_H_
#define LANJIE_TESTS_USERS_RANDOM_POLICY_H_

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "lanjie/users/policy.h"

namespace lanjie::testing {

inline users::UserPolicy RandomUserPolicy(std::mt19937& rng, const std::vector<std::string>& rungs) {
  users::UserPolicy p = users::DefaultUserPolicy();
  p.consecutive_limit = rng() % 5;
  p.daily_limit = p.consecutive_limit == 0 ? 1 + rng() % 6 : rng() % 7;
  p.escalation_window = absl::Milliseconds(rng() % (3 * 86400000));
  p.ladder.clear();
  for (size_t n = 1 + rng() % 3; p.ladder.size() < n;) {
    auto parsed = users::ParseUserPolicy(absl::StrCat(R"({"suspension_ladder": [")", rungs[rng() % rungs.size()], R"("]})"),
                                  "rung");
    EXPECT_TRUE(parsed.ok()) << parsed.status();
    if (!parsed.ok()) break;
    p.ladder.push_back(parsed->ladder[0]);
  }
  return p;
}

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_USERS_RANDOM_POLICY_H_
