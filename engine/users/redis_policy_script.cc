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
local tonumber, call = tonumber, redis.call
local f = call('HMGET', KEYS[1], 'consecutive', 'today', 'day', 'total', 'suspended_until', 'suspended_at', 'level',
               'rule', 'updated')
local now = tonumber(ARGV[3])
local until_text = f[5] or '0'
-- if (s->SuspendedAt(now_ms)) { t.was_suspended = true; return t; }
if until_text ~= '0' and (until_text == FOREVER or (tonumber(until_text) or 0) > now) then
  return {'suspended', '', f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]}
end
local consecutive = tonumber(f[1]) or 0
local clean = ARGV[2] == 'c'
if clean and consecutive == 0 then  -- nothing to reset: no write
  return {'unchanged', '', f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]}
end
local today, day, total = tonumber(f[2]) or 0, tonumber(f[3]) or 0, tonumber(f[4]) or 0
local suspended_at, level, rule = tonumber(f[6]) or 0, tonumber(f[7]) or 0, f[8] or ''
local cur_day = tonumber(ARGV[4])
local fired = ''
if clean then
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
local fmt = string.format
local out
if fired ~= '' then
  local lvl = level
  if suspended_at ~= 0 and now - suspended_at > tonumber(ARGV[7]) then lvl = 0 end
  local last = #ARGV - 9  -- index of the last rung, counted from 0
  if lvl < last then until_text = ARGV[9 + lvl] else until_text = ARGV[9 + last] end
  suspended_at = now
  level = lvl + 1
  consecutive = 0
  rule = fired
  out = {'changed', fired, '0', fmt('%d', today), fmt('%d', day), fmt('%d', total), until_text, ARGV[3],
         fmt('%d', level), rule, ARGV[3]}
  call('HSET', KEYS[1], 'consecutive', '0', 'today', out[4], 'day', out[5], 'total', out[6], 'suspended_until',
       until_text, 'suspended_at', ARGV[3], 'level', out[9], 'rule', rule, 'updated', ARGV[3])
else
  -- Only the fields that can change without a suspension.
  out = {'changed', '', fmt('%d', consecutive), fmt('%d', today), fmt('%d', day), fmt('%d', total), f[5], f[6], f[7],
         f[8], ARGV[3]}
  call('HSET', KEYS[1], 'consecutive', out[3], 'today', out[4], 'day', out[5], 'total', out[6], 'updated', ARGV[3])
end
-- Expiry: forget_after past the last change, or past the suspension's end.
if until_text == FOREVER then
  call('PERSIST', KEYS[1])
else
  local base = tonumber(until_text) or 0
  if base < now then base = now end
  call('PEXPIREAT', KEYS[1], fmt('%d', base + tonumber(ARGV[8])))
end
if fired ~= '' then
  if until_text == FOREVER then call('ZADD', KEYS[2], '+inf', ARGV[1]) else call('ZADD', KEYS[2], until_text, ARGV[1]) end
elseif until_text ~= '0' then  -- once suspended, now over: may still be a member
  call('ZREM', KEYS[2], ARGV[1])
end
return out
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
