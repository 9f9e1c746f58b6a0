#include "lanjie/users/policy.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/sv.h"

namespace lanjie::users {
namespace {

using Json = nlohmann::json;

absl::Status Bad(std::string_view origin, std::string_view field, std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(Av(origin), ": ", Av(field), ": ", Av(why)));
}

absl::StatusOr<SuspensionStep> ParseStep(const std::string& text) {
  SuspensionStep step;
  step.text = text;
  if (text == "end_of_day") return step;
  if (text == "until_cleared") {
    step.kind = SuspensionStep::kUntilCleared;
    return step;
  }
  step.kind = SuspensionStep::kDuration;
  if (text.size() > 1 && text.back() == 'd') {
    int64_t days = 0;
    if (!absl::SimpleAtoi(text.substr(0, text.size() - 1), &days) || days <= 0)
      return absl::InvalidArgumentError(absl::StrCat("'", text, "' is not a number of days"));
    step.duration = absl::Hours(24 * days);
  } else if (!absl::ParseDuration(text, &step.duration) || step.duration <= absl::ZeroDuration()) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", text, "' is not end_of_day, until_cleared or a duration such as 30m, 24h, 7d"));
  }
  return step;
}

absl::StatusOr<int64_t> NonNegative(const Json& j, const char* key, int64_t fallback, std::string_view origin) {
  if (!j.contains(key)) return fallback;
  if (!j[key].is_number_integer() || j[key].get<int64_t>() < 0)
    return Bad(origin, key, "must be a non-negative integer");
  return j[key].get<int64_t>();
}

// ParseUserPolicy's steps, in the order it checks: each returns the first
// InvalidArgument of its part ("ORIGIN: FIELD: why").

absl::Status CheckKnownFields(const Json& j, std::string_view origin) {
  static const char* const kKnown[] = {"name", "description", "source", "clause", "consecutive_limit", "daily_limit",
                                       "utc_offset_minutes", "suspension_ladder", "escalation_window_days",
                                       "forget_after_days", "count"};
  for (const auto& item : j.items()) {
    const std::string& key = item.key();
    if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return key == k; }) == std::end(kKnown))
      return Bad(origin, key, "unknown field");
  }
  return absl::OkStatus();
}

// name, source, clause, the two limits, the UTC offset and the two windows.
absl::Status ParseNamesAndLimits(const Json& j, std::string_view origin, UserPolicy* p) {
  for (const char* key : {"name", "source", "clause"}) {
    if (j.contains(key) && !j[key].is_string()) return Bad(origin, key, "must be a string");
  }
  p->name = j.value("name", "");
  p->source = j.value("source", "");
  p->clause = j.value("clause", "");
  auto consecutive = NonNegative(j, "consecutive_limit", 3, origin);
  if (!consecutive.ok()) return consecutive.status();
  auto daily = NonNegative(j, "daily_limit", 5, origin);
  if (!daily.ok()) return daily.status();
  p->consecutive_limit = *consecutive;
  p->daily_limit = *daily;
  if (j.contains("utc_offset_minutes")) {
    if (!j["utc_offset_minutes"].is_number_integer() || std::abs(j["utc_offset_minutes"].get<int64_t>()) > 14 * 60)
      return Bad(origin, "utc_offset_minutes", "must be an integer from -840 to 840");
    p->utc_offset_minutes = j["utc_offset_minutes"].get<int>();
  }
  for (const char* key : {"escalation_window_days", "forget_after_days"}) {
    auto days = NonNegative(j, key, 30, origin);
    if (!days.ok()) return days.status();
    (std::string_view(key) == "forget_after_days" ? p->forget_after : p->escalation_window) = absl::Hours(24 * *days);
  }
  return absl::OkStatus();
}

// suspension_ladder (default: one end_of_day step).
absl::Status ParseLadder(const Json& j, std::string_view origin, UserPolicy* p) {
  if (!j.contains("suspension_ladder")) {
    p->ladder.push_back(*ParseStep("end_of_day"));
    return absl::OkStatus();
  }
  const Json& l = j["suspension_ladder"];
  if (!l.is_array() || l.empty()) return Bad(origin, "suspension_ladder", "must be a non-empty array of strings");
  for (size_t i = 0; i < l.size(); ++i) {
    if (!l[i].is_string()) return Bad(origin, absl::StrCat("suspension_ladder[", i, "]"), "must be a string");
    auto step = ParseStep(l[i].get<std::string>());
    if (!step.ok()) return Bad(origin, absl::StrCat("suspension_ladder[", i, "]"), Sv(step.status().message()));
    p->ladder.push_back(*step);
  }
  return absl::OkStatus();
}

// count.actions and count.risks (absent: the defaults of UserPolicy).
absl::Status ParseCount(const Json& j, std::string_view origin, UserPolicy* p) {
  if (!j.contains("count")) return absl::OkStatus();
  const Json& c = j["count"];
  if (!c.is_object()) return Bad(origin, "count", "must be an object");
  for (const auto& [key, value] : c.items()) {
    if (key != "actions" && key != "risks") return Bad(origin, absl::StrCat("count.", key), "unknown field");
    if (!value.is_array()) return Bad(origin, absl::StrCat("count.", key), "must be an array of strings");
    std::vector<std::string>& out = key == "actions" ? p->count_actions : p->count_risks;
    out.clear();
    for (const Json& v : value) {
      if (!v.is_string()) return Bad(origin, absl::StrCat("count.", key), "must be an array of strings");
      if (key == "actions" && v != "block" && v != "mask" && v != "review")
        return Bad(origin, "count.actions", absl::StrCat("'", v.get<std::string>(), "' is not block, mask or review"));
      out.push_back(v.get<std::string>());
    }
  }
  return absl::OkStatus();
}

}  // namespace

bool UserPolicy::Counts(std::string_view action, std::string_view risk) const {
  if (std::find(count_actions.begin(), count_actions.end(), action) == count_actions.end()) return false;
  return count_risks.empty() || std::find(count_risks.begin(), count_risks.end(), risk) != count_risks.end();
}

bool UserState::operator==(const UserState& o) const {
  return consecutive == o.consecutive && today == o.today && day == o.day && total == o.total &&
         suspended_until == o.suspended_until && suspended_at == o.suspended_at && level == o.level &&
         rule == o.rule && updated == o.updated;
}

absl::StatusOr<UserPolicy> ParseUserPolicy(std::string_view text, std::string_view origin) {
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return absl::InvalidArgumentError(absl::StrCat(Av(origin), ": not valid JSON"));
  if (!j.is_object()) return absl::InvalidArgumentError(absl::StrCat(Av(origin), ": must be a JSON object"));
  UserPolicy p;
  p.ladder.clear();
  if (absl::Status s = CheckKnownFields(j, origin); !s.ok()) return s;
  if (absl::Status s = ParseNamesAndLimits(j, origin, &p); !s.ok()) return s;
  if (absl::Status s = ParseLadder(j, origin, &p); !s.ok()) return s;
  if (absl::Status s = ParseCount(j, origin, &p); !s.ok()) return s;
  if (p.consecutive_limit == 0 && p.daily_limit == 0)
    return Bad(origin, "consecutive_limit", "and daily_limit are both 0: nobody would ever be suspended");
  return p;
}

absl::StatusOr<UserPolicy> LoadUserPolicy(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read the user policy"));
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseUserPolicy(ss.str(), path);
}

const UserPolicy& DefaultUserPolicy() {
  static const UserPolicy* policy = [] {
    auto p = ParseUserPolicy(EmbeddedFile("user-policy.json"), "built-in user-policy.json");
    return new UserPolicy(p.ok() ? *p : UserPolicy{});  // the embedded file is tested; never fails
  }();
  return *policy;
}

int64_t ToMillis(absl::Time t) { return absl::ToUnixMillis(t); }

int64_t PolicyDay(const UserPolicy& policy, absl::Time t) {
  const int64_t s = absl::ToUnixSeconds(t) + int64_t{policy.utc_offset_minutes} * 60;
  return s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
}

int64_t EndOfPolicyDay(const UserPolicy& policy, int64_t day) {
  return ((day + 1) * 86400 - int64_t{policy.utc_offset_minutes} * 60) * 1000;
}

std::string FormatUntil(const UserPolicy& policy, int64_t until_ms) {
  if (until_ms == 0) return "";
  if (until_ms == kForever) return "until_cleared";
  const absl::TimeZone zone = absl::FixedTimeZone(policy.utc_offset_minutes * 60);
  return absl::FormatTime("%Y-%m-%dT%H:%M:%S%Ez", absl::FromUnixMillis(until_ms), zone);
}

Transition ApplyEvent(const UserPolicy& policy, Event event, absl::Time now, UserState* s) {
  Transition t;
  const int64_t now_ms = ToMillis(now);
  if (s->SuspendedAt(now_ms)) {
    t.was_suspended = true;
    return t;
  }
  const int64_t day = PolicyDay(policy, now);
  if (event == Event::kClean) {
    if (s->consecutive == 0) return t;  // nothing to reset: no write
    s->consecutive = 0;
  } else {
    s->consecutive += 1;
    s->today = s->day == day ? s->today + 1 : 1;
    s->total += 1;
    if (policy.consecutive_limit > 0 && s->consecutive >= policy.consecutive_limit) t.rule = "consecutive";
    else if (policy.daily_limit > 0 && s->today >= policy.daily_limit) t.rule = "daily";
  }
  if (s->day != day) {
    if (event == Event::kClean) s->today = 0;
    s->day = day;
  }
  if (!t.rule.empty()) {
    int64_t level = s->level;
    if (s->suspended_at != 0 && now_ms - s->suspended_at > absl::ToInt64Milliseconds(policy.escalation_window))
      level = 0;
    const SuspensionStep& step = policy.ladder[std::min<size_t>(level, policy.ladder.size() - 1)];
    switch (step.kind) {
      case SuspensionStep::kEndOfDay: s->suspended_until = EndOfPolicyDay(policy, day); break;
      case SuspensionStep::kDuration: s->suspended_until = ToMillis(now + step.duration); break;
      case SuspensionStep::kUntilCleared: s->suspended_until = kForever; break;
    }
    s->suspended_at = now_ms;
    s->level = level + 1;
    s->consecutive = 0;
    s->rule = t.rule;
    t.suspended_now = true;
  }
  s->updated = now_ms;
  t.changed = true;
  return t;
}

std::vector<bool> SimulateOneUser(const UserPolicy& policy, const std::vector<std::pair<absl::Time, Event>>& requests) {
  std::vector<bool> suspended;
  suspended.reserve(requests.size());
  UserState state;
  for (const auto& [time, event] : requests) suspended.push_back(ApplyEvent(policy, event, time, &state).was_suspended);
  return suspended;
}

void ApplyClear(absl::Time now, UserState* s) {
  s->consecutive = 0;
  s->today = 0;
  s->suspended_until = 0;
  s->rule = "cleared";
  s->updated = ToMillis(now);
}

void ApplySuspend(absl::Time now, int64_t until_ms, const std::string& reason, UserState* s) {
  s->suspended_until = until_ms;
  s->suspended_at = ToMillis(now);
  s->rule = reason.empty() ? "operator" : "operator: " + reason;
  s->updated = ToMillis(now);
}

}  // namespace lanjie::users
