#include "lanjie/serve/user_gate.h"

#include <openssl/crypto.h>

#include <nlohmann/json.hpp>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "lanjie/common/json_string.h"
#include "lanjie/common/sv.h"
#include "error_body.h"
#include "lanjie/lexicon/lexicon.h"

namespace lanjie::serve {
namespace {

using nlohmann::json;
constexpr char kJson[] = "application/json";

bool ConsumePrefix(std::string_view* s, std::string_view prefix) {
  if (s->substr(0, prefix.size()) != prefix) return false;
  s->remove_prefix(prefix.size());
  return true;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

json UntilJson(const users::UserPolicy& policy, int64_t until) {
  return until == 0 ? json(nullptr) : json(users::FormatUntil(policy, until));
}

}  // namespace

absl::StatusOr<users::Identity> IdentifyUser(users::UserAccounts* accounts, const Exchange& ex,
                                             const std::string* user_field) {
  users::RequestFacts facts;
  facts.user_field = user_field;
  facts.header = [&ex](const std::string& name) { return ex.Header(name); };
  facts.peer = ex.peer();
  auto id = users::ResolveIdentity(accounts->options().identity, facts);
  if (!id.ok()) accounts->CountRejectedIdentity();
  else accounts->CountIdentity(id->source);
  return id;
}

bool CountsAgainstUser(const users::UserPolicy& policy, const Artifact& artifact, const std::vector<Hit>& hits) {
  for (const Hit& h : hits) {
    const CompiledEntry e = artifact.entries()[h.entry];
    if (policy.Counts(ActionName(e.action), e.risk)) return true;
  }
  return false;
}

std::string SuspendedBody(const users::Identity& who, const users::UserAccounts::Decision& d,
                          const users::UserPolicy& policy) {
  const std::string until = users::FormatUntil(policy, d.state.suspended_until);
  json error = {{"message", until == "until_cleared"
                                ? absl::StrCat("the service is suspended for ", who.id, " until an operator clears it (",
                                               d.state.rule, ")")
                                : absl::StrCat("the service is suspended for ", who.id, " until ", until, " (",
                                               d.state.rule, ")")},
                {"type", "permission_error"},
                {"param", nullptr},
                {"code", "user_suspended"},
                {"suspended_until", until},
                {"rule", d.state.rule}};
  return json({{"error", error}}).dump(-1, ' ', false, json::error_handler_t::replace);
}

void AppendUserJson(const users::Identity& who, const users::UserAccounts::Decision* d, users::Event event,
                    const users::UserPolicy& policy, std::string* out) {
  out->append(",\"user\":{\"consecutive\":");
  if (!d || d->store_failed) {
    out->append("null,\"counted\":\"none\",\"id\":");
    AppendJsonString(who.id, out);
    out->append(",\"rule\":null,\"source\":\"");
    out->append(who.source);
    out->append("\",\"state\":\"unknown\",\"suspended_until\":null,\"today\":null}");
    return;
  }
  const users::UserState& s = d->state;
  absl::StrAppend(out, s.consecutive, ",\"counted\":\"",
                  d->suspended ? "none" : event == users::Event::kViolation ? "violation" : "clean", "\",\"id\":");
  AppendJsonString(who.id, out);
  out->append(",\"rule\":");
  if (s.rule.empty()) out->append("null");
  else AppendJsonString(s.rule, out);
  out->append(",\"source\":\"");
  out->append(who.source);
  out->append(d->suspended || d->suspended_now ? "\",\"state\":\"suspended\",\"suspended_until\":"
                                               : "\",\"state\":\"active\",\"suspended_until\":");
  if (d->suspended || d->suspended_now) AppendJsonString(users::FormatUntil(policy, s.suspended_until), out);
  else out->append("null");
  absl::StrAppend(out, ",\"today\":", s.today, "}");
}

std::string UserStoreReadyz(users::UserAccounts* accounts, bool* ready) {
  const users::StoreHealth h = accounts->Health();
  *ready = h.ok || !accounts->options().fail_closed;
  json j = {{"backend", h.backend},
            {"store", accounts->store()->Describe()},
            {"ok", h.ok},
            {"on_failure", accounts->options().fail_closed ? "fail_closed" : "fail_open"},
            {"persistence", h.persistence},
            {"state_lost", h.state_lost}};
  if (!h.detail.empty()) j["detail"] = h.detail;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string UserStateJson(const std::string& id, const users::UserState& s, const users::UserPolicy& policy,
                          absl::Time now) {
  const int64_t now_ms = users::ToMillis(now);
  json j = {{"id", id},
            {"state", s.SuspendedAt(now_ms) ? "suspended" : "active"},
            {"consecutive", s.consecutive},
            {"today", s.day == users::PolicyDay(policy, now) ? s.today : 0},
            {"total", s.total},
            {"suspended_until", UntilJson(policy, s.suspended_until)},
            {"suspensions", s.level},
            {"rule", s.rule},
            {"updated", users::FormatUntil(policy, s.updated)}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

UserAdmin::UserAdmin(users::UserAccounts* accounts, std::string token)
    : accounts_(accounts), token_(std::move(token)) {}

namespace {

void ReplyUnknownRoute(Exchange& ex) {
  ex.Reply(404, kJson, ErrorBody(absl::StrCat("unknown route ", ex.path()), "not_found_error", "unknown_route"));
}

// GET /admin/users: the first 1,000 users with a record.
void ListUsers(Exchange& ex, users::UserAccounts& accounts, absl::Time now) {
  if (ex.method() != "GET") {
    ex.Reply(405, kJson, ErrorBody("use GET", "invalid_request_error", "method_not_allowed"));
    return;
  }
  auto list = accounts.store()->List(1000, now);
  if (!list.ok()) {
    ex.Reply(503, kJson, ErrorBody(Sv(list.status().message()), "server_error", "user_store_unavailable"));
    return;
  }
  std::string body = "{\"users\":[";
  for (size_t i = 0; i < list->size(); ++i) {
    if (i) body.push_back(',');
    body += UserStateJson((*list)[i].first, (*list)[i].second, accounts.options().policy, now);
  }
  body += "]}";
  ex.Reply(200, kJson, body);
}

// The end of a suspension from a request body: "until" (RFC 3339) or "for"
// (a duration such as 24h), else forever. Returns the problem, or "".
std::string SuspendUntil(const json& req, absl::Time now, int64_t* until) {
  *until = users::kForever;
  std::string error;
  if (req.contains("until") && req["until"].is_string()) {
    absl::Time t;
    if (!absl::ParseTime(absl::RFC3339_full, req["until"].get<std::string>(), &t, &error)) return "until: " + error;
    *until = users::ToMillis(t);
  } else if (req.contains("for") && req["for"].is_string()) {
    absl::Duration d;
    if (!absl::ParseDuration(req["for"].get<std::string>(), &d) || d <= absl::ZeroDuration())
      return "'for' must be a duration such as 30m or 24h";
    *until = users::ToMillis(now + d);
  }
  return "";
}

// POST /admin/users/ID/suspend. Replies itself (and returns nullopt) when
// the body is bad.
std::optional<absl::StatusOr<users::UserState>> Suspend(Exchange& ex, users::UserAccounts& accounts,
                                                        const std::string& id, absl::Time now) {
  json req = json::parse(ex.body().empty() ? "{}" : ex.body(), nullptr, false);
  if (!req.is_object()) {
    ex.Reply(400, kJson, ErrorBody("body must be a JSON object", "invalid_request_error", "invalid_request"));
    return std::nullopt;
  }
  int64_t until;
  if (std::string error = SuspendUntil(req, now, &until); !error.empty()) {
    ex.Reply(400, kJson, ErrorBody(error, "invalid_request_error", "invalid_request"));
    return std::nullopt;
  }
  const std::string reason = req.contains("reason") && req["reason"].is_string() ? req["reason"].get<std::string>() : "";
  return accounts.Suspend(id, until, reason, "admin route");
}

// GET /admin/users/ID. Replies itself (and returns nullopt) for an unknown user.
std::optional<absl::StatusOr<users::UserState>> GetUser(Exchange& ex, users::UserAccounts& accounts,
                                                        const std::string& id) {
  auto got = accounts.store()->Get(id);
  if (!got.ok()) return absl::StatusOr<users::UserState>(got.status());
  if (!got->has_value()) {
    ex.Reply(404, kJson, ErrorBody(absl::StrCat("no record of ", id), "not_found_error", "unknown_user"));
    return std::nullopt;
  }
  return absl::StatusOr<users::UserState>(**got);
}

}  // namespace

void UserAdmin::Handle(const std::shared_ptr<Exchange>& ex) {
  std::string auth = ex->Header("Authorization");
  std::string_view given = auth;
  const bool bearer = ConsumePrefix(&given, "Bearer ");
  if (!bearer || given.size() != token_.size() || token_.empty() ||
      CRYPTO_memcmp(given.data(), token_.data(), token_.size()) != 0) {
    ex->Reply(401, kJson, ErrorBody("missing or wrong admin token", "authentication_error", "unauthorized"));
    return;
  }
  std::string_view path = ex->path();
  if (!ConsumePrefix(&path, "/admin/users")) return ReplyUnknownRoute(*ex);
  const absl::Time now = accounts_->Now();
  if (path.empty() || path == "/") return ListUsers(*ex, *accounts_, now);
  path.remove_prefix(1);  // the '/'
  std::string action;
  if (EndsWith(path, "/clear")) action = "clear", path.remove_suffix(6);
  else if (EndsWith(path, "/suspend")) action = "suspend", path.remove_suffix(8);
  const std::string id = users::NormalizeUserId(path);
  if (path.empty() || path.find('/') != std::string_view::npos) return ReplyUnknownRoute(*ex);
  if (action.empty() != (ex->method() == "GET")) {
    ex->Reply(405, kJson, ErrorBody(action.empty() ? "use GET" : "use POST", "invalid_request_error",
                                    "method_not_allowed"));
    return;
  }
  std::optional<absl::StatusOr<users::UserState>> state;
  if (action.empty()) state = GetUser(*ex, *accounts_, id);
  else if (action == "clear") state = accounts_->Clear(id, "admin route");
  else state = Suspend(*ex, *accounts_, id, now);
  if (!state) return;  // answered already
  if (!state->ok()) {
    const bool bad = absl::IsInvalidArgument(state->status());
    ex->Reply(bad ? 400 : 503, kJson,
              ErrorBody(Sv(state->status().message()), bad ? "invalid_request_error" : "server_error",
                        bad ? "invalid_request" : "user_store_unavailable"));
    return;
  }
  ex->Reply(200, kJson, UserStateJson(id, **state, accounts_->options().policy, now));
}

}  // namespace lanjie::serve
