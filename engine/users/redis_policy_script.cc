#include "redis_policy_script.h"

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"

namespace lanjie::users {

// Returns the user's fields as it read them, before the step (HMGET's
// reply, nil when absent): the caller applies ApplyEvent to them and gets
// the same transition and state the script wrote, so the script builds no
// reply of its own. Each block below is the line of ApplyEvent (policy.cc)
// it mirrors; keep them in step (the randomised comparison in
// tests/users/users_test.cc checks it: a step the script got wrong shows
// in the state read by the user's next step and by the final Get).
// Counts go to HSET as Lua numbers (Redis writes integers below 2^53 in
// full); times are passed through as the text that came in ARGV.
const char kPolicyScript[] = R"lua(
local FOREVER = '9223372036854775807'
local tonumber, call = tonumber, redis.call
local f = call('HMGET', KEYS[1], 'consecutive', 'today', 'day', 'total', 'suspended_until', 'suspended_at', 'level',
               'rule', 'updated')
local now = tonumber(ARGV[3])
local until_text = f[5] or '0'
-- if (s->SuspendedAt(now_ms)) { t.was_suspended = true; return t; }
if until_text ~= '0' and (until_text == FOREVER or (tonumber(until_text) or 0) > now) then return f end
local consecutive = tonumber(f[1]) or 0
local clean = ARGV[2] == 'c'
if clean and consecutive == 0 then return f end  -- nothing to reset: no write
local today, day, total = tonumber(f[2]) or 0, tonumber(f[3]) or 0, tonumber(f[4]) or 0
local cur_day = tonumber(ARGV[4])
local fired
if clean then
  consecutive = 0
else
  consecutive = consecutive + 1
  if day == cur_day then today = today + 1 else today = 1 end
  total = total + 1
  local consecutive_limit, daily_limit = tonumber(ARGV[6]), tonumber(ARGV[7])
  if consecutive_limit > 0 and consecutive >= consecutive_limit then fired = 'consecutive'
  elseif daily_limit > 0 and today >= daily_limit then fired = 'daily' end
end
local day_changed = day ~= cur_day
if day_changed then
  if clean then today = 0 end
  day = cur_day
end
if fired then
  local lvl, suspended_at = tonumber(f[7]) or 0, tonumber(f[6]) or 0
  if suspended_at ~= 0 and now - suspended_at > tonumber(ARGV[8]) then lvl = 0 end
  local last = #ARGV - 9  -- index of the last rung, counted from 0
  if lvl < last then until_text = ARGV[9 + lvl] else until_text = ARGV[9 + last] end
  call('HSET', KEYS[1], 'consecutive', 0, 'today', today, 'day', day, 'total', total, 'suspended_until', until_text,
       'suspended_at', ARGV[3], 'level', lvl + 1, 'rule', fired, 'updated', ARGV[3])
elseif clean then  -- only the fields that change (a run to reset means a violation wrote them all)
  if day_changed then call('HSET', KEYS[1], 'consecutive', 0, 'today', 0, 'day', day, 'updated', ARGV[3])
  else call('HSET', KEYS[1], 'consecutive', 0, 'updated', ARGV[3]) end
elseif day_changed then
  call('HSET', KEYS[1], 'consecutive', consecutive, 'today', today, 'day', day, 'total', total, 'updated', ARGV[3])
else
  call('HSET', KEYS[1], 'consecutive', consecutive, 'today', today, 'total', total, 'updated', ARGV[3])
end
-- Expiry: forget_after past the last change, or past the suspension's end.
if until_text == FOREVER then
  call('PERSIST', KEYS[1])
else
  local base = tonumber(until_text) or 0
  if base < now then base = now end
  call('PEXPIREAT', KEYS[1], base + tonumber(ARGV[5]))
end
if fired then
  if until_text == FOREVER then call('ZADD', KEYS[2], '+inf', ARGV[1]) else call('ZADD', KEYS[2], until_text, ARGV[1]) end
elseif until_text ~= '0' then  -- once suspended, now over: may still be a member
  call('ZREM', KEYS[2], ARGV[1])
end
return f
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
  args.push_back(absl::StrCat(absl::ToInt64Milliseconds(forget_after)));
  // A clean request never reads further (it cannot start a suspension).
  if (event == Event::kClean) return args;
  args.push_back(absl::StrCat(policy.consecutive_limit));
  args.push_back(absl::StrCat(policy.daily_limit));
  args.push_back(absl::StrCat(absl::ToInt64Milliseconds(policy.escalation_window)));
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
