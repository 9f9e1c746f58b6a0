// User accountability policy: when a user's violations suspend the service
// for that user (TC260-003 §7 as reported in docs/standard.md, "Users who
// keep trying"). The numbers live in data/profiles/user-policy.json (built
// in) or a file given by the operator; this header holds the one function
// that applies them, shared by every store so that SQLite and Redis behave
// alike.
//
// Thread safety: a UserPolicy is an immutable value; ApplyEvent and the
// other functions are pure (no clock, no I/O) and may be called from any
// thread. Cost: O(ladder length) per call, no allocation except `rule`.
#ifndef LANJIE_ENGINE_USERS_POLICY_H_
#define LANJIE_ENGINE_USERS_POLICY_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace lanjie::users {

// "Suspended until an operator clears it": the largest time there is.
inline constexpr int64_t kForever = std::numeric_limits<int64_t>::max();

// One rung of the escalation ladder: how long a suspension lasts.
struct SuspensionStep {
  enum Kind { kEndOfDay, kDuration, kUntilCleared } kind = kEndOfDay;
  absl::Duration duration;  // kDuration only
  std::string text;         // as written in the policy ("end_of_day", "24h", "7d", "until_cleared")
};

struct UserPolicy {
  std::string name, source, clause;
  // Violations in a row that suspend (0: rule off). A clean request resets it.
  int64_t consecutive_limit = 3;
  // Violations in one policy day that suspend (0: rule off).
  int64_t daily_limit = 5;
  // The day boundary: local midnight at this offset from UTC (Beijing: +480).
  int utc_offset_minutes = 480;
  // The n-th suspension within `escalation_window` uses ladder[min(n, size-1)].
  std::vector<SuspensionStep> ladder;
  absl::Duration escalation_window = absl::Hours(24 * 30);
  // A user record nobody touched for this long (and not suspended) may be
  // deleted by the store.
  absl::Duration forget_after = absl::Hours(24 * 30);
  // Which input hits count: actions (default {"block"}) and risks (empty: all).
  std::vector<std::string> count_actions = {"block"};
  std::vector<std::string> count_risks;

  bool Counts(std::string_view action, std::string_view risk) const;
};

// The built-in policy (data/profiles/user-policy.json).
const UserPolicy& DefaultUserPolicy();
// Parses a policy file's text; errors name `origin` and the field at fault.
absl::StatusOr<UserPolicy> ParseUserPolicy(std::string_view text, std::string_view origin);
absl::StatusOr<UserPolicy> LoadUserPolicy(const std::string& path);

// What the store remembers of one user. Times are Unix milliseconds.
struct UserState {
  int64_t consecutive = 0;        // violations in a row
  int64_t today = 0;              // violations on policy day `day`
  int64_t day = 0;                // policy day number (days since 1970-01-01 at the policy's offset)
  int64_t total = 0;              // violations ever counted
  int64_t suspended_until = 0;    // 0: never suspended; kForever: until cleared; else Unix ms
  int64_t suspended_at = 0;       // start of the latest suspension
  int64_t level = 0;              // suspensions so far (the next one uses ladder[level])
  std::string rule;               // what fired the latest suspension or clearance
  int64_t updated = 0;            // last change

  bool SuspendedAt(int64_t now_ms) const { return suspended_until != 0 && suspended_until > now_ms; }
  bool operator==(const UserState& o) const;
};

enum class Event { kClean, kViolation };

// The outcome of one request for one user.
struct Transition {
  bool was_suspended = false;  // the request came while suspended: nothing was counted
  bool suspended_now = false;  // this request started a suspension
  bool changed = false;        // `after` must be written back
  std::string rule;            // "consecutive" or "daily" when suspended_now
};

// Applies one request's event to `*state` at `now`. A request that comes
// while the user is suspended changes nothing. A violation counts towards
// both rules; reaching a limit suspends (consecutive first), resets the
// consecutive count and climbs the ladder. A clean request resets the
// consecutive count. The daily count starts again at each policy day.
Transition ApplyEvent(const UserPolicy& policy, Event event, absl::Time now, UserState* state);

// Operator actions, same shape: the state after clearing (counts and
// suspension gone, ladder level kept) or suspending until `until_ms`
// (kForever: until cleared).
void ApplyClear(absl::Time now, UserState* state);
void ApplySuspend(absl::Time now, int64_t until_ms, const std::string& reason, UserState* state);

// One user's requests in order (time, event), played through the policy
// with nothing stored: true for each request that the suspension answered
// (it came while suspended). For system-mode evaluation: the regulator's
// test account asks the whole bank as one user. O(n).
std::vector<bool> SimulateOneUser(const UserPolicy& policy, const std::vector<std::pair<absl::Time, Event>>& requests);

int64_t PolicyDay(const UserPolicy& policy, absl::Time t);
// The first instant of policy day `day + 1`, in Unix ms.
int64_t EndOfPolicyDay(const UserPolicy& policy, int64_t day);
int64_t ToMillis(absl::Time t);
// "2024-05-01T23:59:59+08:00" at the policy's offset, "until_cleared" for
// kForever, "" for 0.
std::string FormatUntil(const UserPolicy& policy, int64_t until_ms);

}  // namespace lanjie::users

#endif  // LANJIE_ENGINE_USERS_POLICY_H_
