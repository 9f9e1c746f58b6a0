// The request's policy step for the Redis store as one server-side Lua
// script: read the user's hash, apply ApplyEvent (policy.h) step for step,
// write back, return the outcome. Redis runs a script atomically, so two
// processes can never interleave inside one user's step: no lost or doubled
// count, no 4th violation in a row let through.
//
// The policy stays data: every number the rules need comes in ARGV, and the
// time arithmetic (the policy day, the end of that day, now + a rung's
// duration) is done here in C++ by the same functions ApplyEvent uses, so
// the script only compares and adds integers (exact in Lua's doubles below
// 2^53; kForever, which is not, is kept as text and never converted).
//
// Thread safety: pure functions. Cost: O(ladder length) to build the
// arguments; the script does one HMGET and, only when something changed,
// one HSET, one PEXPIREAT/PERSIST and at most one ZADD/ZREM.
#ifndef LANJIE_ENGINE_USERS_REDIS_POLICY_SCRIPT_H_
#define LANJIE_ENGINE_USERS_REDIS_POLICY_SCRIPT_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/time/time.h"
#include "lanjie/users/policy.h"

namespace lanjie::users {

// The script's text (EVAL / SCRIPT LOAD).
extern const char kPolicyScript[];

// The script's reply is the user's nine fields (kFields order in
// redis_store.cc, nil when absent) as read before the step: ApplyEvent on
// them gives the transition and the state the script wrote.
//
// The arguments after EVALSHA SHA (or EVAL TEXT): "2", the user's hash key,
// the suspended set's key, then the user id, "v" or "c", now (Unix ms),
// the policy day of now, `forget_after` (ms); for a violation only (a clean
// request cannot suspend) also the consecutive and daily limits, the
// escalation window (ms), and each ladder rung's end of a suspension
// started now (Unix ms, or kForever).
std::vector<std::string> PolicyScriptArgs(std::string_view user_key, std::string_view suspended_key,
                                          std::string_view user, Event event, const UserPolicy& policy,
                                          absl::Time now, absl::Duration forget_after);

}  // namespace lanjie::users

#endif  // LANJIE_ENGINE_USERS_REDIS_POLICY_SCRIPT_H_
