#include "redis_policy_script.h"

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"

namespace lanjie::users {

// Returns {outcome, rule fired, consecutive, today, day, total,
// suspended_until, suspended_at, level, rule, updated}: outcome "suspended"
// (the request came while suspended: nothing counted), "unchanged" or
// "changed"; the rule fired is "consecutive", "daily" or "" (the state
// fields as HMGET gives them: nil when absent). Each block below is the
// line of ApplyEvent (policy.cc) it mirrors; keep them in step (the
// randomised comparison in tests/users/users_test.cc checks it).
const char kPolicyScript[] = R"lua(
local FOREVER = '9223372036854775807'
local f = redis.call('HMGET', KEYS[1], 'consecutive', 'today', 'day', 'total', 'suspended_until',
                     'suspended_at', 'level', 'rule', 'updated')
local now = tonumber(ARGV[3])
local until_text = f[5] or '0'
local function num(x) return tonumber(x) or 0 end
local function suspended_at_now(u)
  if u == FOREVER then return true end
  local n = num(u)
  return n ~= 0 and n > now
end
local function as_read(outcome)
  return {outcome, '', f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]}
end
-- if (s->SuspendedAt(now_ms)) { t.was_suspended = true; return t; }
if suspended_at_now(until_text) then return as_read('suspended') end
local consecutive, today, day, total = num(f[1]), num(f[2]), num(f[3]), num(f[4])
local suspended_at, level, rule = num(f[6]), num(f[7]), f[8] or ''
local cur_day = tonumber(ARGV[4])
local clean = ARGV[2] == 'c'
local fired = ''
if clean then
  if consecutive == 0 then return as_read('unchanged') end  -- nothing to reset: no write
  consecutive = 0
else
  consecutive = consecutive + 1
  if day == cur_day then today = today + 1 else today = 1 end
  total = total + 1
  local consecutive_limit, daily_limit = tonumber(ARGV[5]), tonumber(ARGV[6])
  if consecutive_limit > 0 and consecutive >= consecutive_limit then fired = 'consecutive'
  elseif daily_limit > 0 and today >= daily_limit then fired = 'daily' end
end
if day ~= cur_day then
  if clean then today = 0 end
  day = cur_day
end
if fired ~= '' then
  local lvl = level
  if suspended_at ~= 0 and now - suspended_at > tonumber(ARGV[7]) then lvl = 0 end
  local last = #ARGV - 9  -- index of the last rung, counted from 0
  if lvl < last then until_text = ARGV[9 + lvl] else until_text = ARGV[9 + last] end
  suspended_at = now
  level = lvl + 1
  consecutive = 0
  rule = fired
end
local function int(x) return string.format('%d', x) end
local out = {int(consecutive), int(today), int(day), int(total), until_text, int(suspended_at), int(level), rule,
             ARGV[3]}
redis.call('HSET', KEYS[1], 'consecutive', out[1], 'today', out[2], 'day', out[3], 'total', out[4],
           'suspended_until', out[5], 'suspended_at', out[6], 'level', out[7], 'rule', out[8], 'updated', out[9])
-- Expiry: forget_after past the last change, or past the suspension's end.
if until_text == FOREVER then
  redis.call('PERSIST', KEYS[1])
else
  local base = num(until_text)
  if base < now then base = now end
  redis.call('PEXPIREAT', KEYS[1], int(base + tonumber(ARGV[8])))
end
if suspended_at_now(until_text) then
  local score = until_text
  if until_text == FOREVER then score = '+inf' end
  redis.call('ZADD', KEYS[2], score, ARGV[1])
elseif (f[5] or '0') ~= '0' then  -- once suspended: may still be a member
  redis.call('ZREM', KEYS[2], ARGV[1])
end
return {'changed', fired, out[1], out[2], out[3], out[4], out[5], out[6], out[7], out[8], out[9]}
)lua";

std::vector<std::string> PolicyScriptArgs(std::string_view user_key, std::string_view suspended_key,
                                          std::string_view user, Event event, const UserPolicy& policy,
                                          absl::Time now, absl::Duration forget_after) {
  const int64_t day = PolicyDay(policy, now);
  std::vector<std::string> args;
  args.reserve(12 + policy.ladder.size());
  args.emplace_back("2");
  args.emplace_back(user_key);
  args.emplace_back(suspended_key);
  args.emplace_back(user);
  args.emplace_back(event == Event::kViolation ? "v" : "c");
  args.push_back(absl::StrCat(ToMillis(now)));
  args.push_back(absl::StrCat(day));
  args.push_back(absl::StrCat(policy.consecutive_limit));
  args.push_back(absl::StrCat(policy.daily_limit));
  args.push_back(absl::StrCat(absl::ToInt64Milliseconds(policy.escalation_window)));
  args.push_back(absl::StrCat(absl::ToInt64Milliseconds(forget_after)));
  // The same three cases as ApplyEvent's switch (an empty ladder, which
  // ParseUserPolicy never returns, is read as its default: end_of_day).
  if (policy.ladder.empty()) args.push_back(absl::StrCat(EndOfPolicyDay(policy, day)));
  for (const SuspensionStep& step : policy.ladder) {
    switch (step.kind) {
      case SuspensionStep::kEndOfDay: args.push_back(absl::StrCat(EndOfPolicyDay(policy, day))); break;
      case SuspensionStep::kDuration: args.push_back(absl::StrCat(ToMillis(now + step.duration))); break;
      case SuspensionStep::kUntilCleared: args.push_back(absl::StrCat(kForever)); break;
    }
  }
  return args;
}

}  // namespace lanjie::users
