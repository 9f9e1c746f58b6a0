#include "lanjie/users/accounts.h"

#include <openssl/sha.h>

#include <cctype>
#include <cstring>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"

namespace lanjie::users {
namespace {

constexpr const char* kSources[] = {"user-field", "header", "key", "address"};

absl::Status CheckIdentity(std::string_view value, std::string_view where, size_t max_bytes) {
  if (value.size() > max_bytes)
    return absl::InvalidArgumentError(
        absl::StrCat(Av(where), " is ", value.size(), " bytes long; a user identity may have at most ", max_bytes));
  size_t bad = 0;
  if (!IsValidUtf8(value, &bad))
    return absl::InvalidArgumentError(absl::StrCat(Av(where), " is not valid UTF-8 (byte ", bad, ")"));
  for (char c : value)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      return absl::InvalidArgumentError(absl::StrCat(Av(where), " contains a control character"));
  return absl::OkStatus();
}

std::string Fingerprint(std::string_view key) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), digest);
  static const char kHex[] = "0123456789abcdef";
  std::string out = "key:";
  for (int i = 0; i < 8; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

}  // namespace

absl::StatusOr<IdentityConfig> ParseIdentitySource(std::string_view flag) {
  IdentityConfig c;
  if (flag == "user-field") return c;
  if (flag == "key") {
    c.source = IdentityConfig::kKey;
    return c;
  }
  if (flag.substr(0, 7) == "header:" && flag.size() > 7) {
    flag.remove_prefix(7);
    for (char ch : flag)
      if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_'))
        return absl::InvalidArgumentError(absl::StrCat("--user-id header:", Av(flag), ": not a header name"));
    c.source = IdentityConfig::kHeader;
    c.header = std::string(flag);
    return c;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("--user-id '", Av(flag), "': use user-field, header:NAME (e.g. header:X-User-Id) or key"));
}

std::string NormalizeUserId(std::string_view id) {
  for (const char* prefix : {"user:", "key:", "addr:"})
    if (id.substr(0, std::strlen(prefix)) == prefix) return std::string(id);
  return absl::StrCat("user:", Av(id));
}

absl::StatusOr<Identity> ResolveIdentity(const IdentityConfig& config, const RequestFacts& facts) {
  switch (config.source) {
    case IdentityConfig::kUserField:
      if (facts.user_field && !facts.user_field->empty()) {
        if (auto st = CheckIdentity(*facts.user_field, "the 'user' field", config.max_bytes); !st.ok()) return st;
        return Identity{absl::StrCat("user:", *facts.user_field), kSources[0]};
      }
      break;
    case IdentityConfig::kHeader: {
      const std::string value = facts.header ? facts.header(config.header) : "";
      if (!value.empty()) {
        if (auto st = CheckIdentity(value, absl::StrCat("header ", config.header), config.max_bytes); !st.ok())
          return st;
        return Identity{absl::StrCat("user:", value), kSources[1]};
      }
      break;
    }
    case IdentityConfig::kKey: {
      std::string auth = facts.header ? facts.header("Authorization") : "";
      std::string_view token = auth;
      if (absl::StartsWithIgnoreCase(Av(token), "Bearer ")) token.remove_prefix(7);
      while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
      if (!token.empty()) return Identity{Fingerprint(token), kSources[2]};
      break;
    }
  }
  return Identity{absl::StrCat("addr:", facts.peer.empty() ? "unknown" : facts.peer), kSources[3]};
}

UserAccounts::UserAccounts(std::unique_ptr<UserStore> store, AccountsOptions options)
    : store_(std::move(store)), options_(std::move(options)) {}

void UserAccounts::CountIdentity(const char* source) {
  for (int i = 0; i < 4; ++i)
    if (source == kSources[i] || std::string_view(source) == kSources[i])
      identities_[i].fetch_add(1, std::memory_order_relaxed);
}

void UserAccounts::StoreError(const absl::Status& st, std::string_view user, std::string_view request_id) {
  store_errors_.fetch_add(1, std::memory_order_relaxed);
  (options_.fail_closed ? failed_closed_ : failed_open_).fetch_add(1, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(error_mu_);
    last_error_ = std::string(st.message());
    last_error_time_ = options_.clock();
  }
  if (options_.audit) {
    AuditEvent e;
    e.event = "user_store_error";
    e.user = std::string(user);
    e.request_id = std::string(request_id);
    e.detail = absl::StrCat(st.message(), options_.fail_closed ? " (failing closed: request refused)"
                                                               : " (failing open: request served, not counted)");
    options_.audit(e);
  }
}

absl::StatusOr<UserAccounts::Decision> UserAccounts::Record(const Identity& who, Event event,
                                                            std::string_view request_id) {
  const absl::Time now = options_.clock();
  return Decide(who.id, event, request_id, store_->Apply(who.id, event, options_.policy, now));
}

void UserAccounts::RecordAsync(UserStore::AsyncSession* session, const Identity& who, Event event,
                               std::string request_id, RecordDone done) {
  const absl::Time now = options_.clock();
  session->Apply(who.id, event, options_.policy, now,
                 [this, user = who.id, event, request_id = std::move(request_id),
                  done = std::move(done)](absl::StatusOr<UserStore::Applied> applied) {
                   done(Decide(user, event, request_id, std::move(applied)));
                 });
}

absl::StatusOr<UserAccounts::Decision> UserAccounts::Decide(const std::string& user, Event event,
                                                            std::string_view request_id,
                                                            absl::StatusOr<UserStore::Applied> applied) {
  Decision d;
  if (!applied.ok()) {
    StoreError(applied.status(), user, request_id);
    if (options_.fail_closed)
      return absl::UnavailableError(absl::StrCat("the user store is unavailable: ", applied.status().message()));
    d.store_failed = true;
    return d;
  }
  const Transition& t = applied->transition;
  d.state = std::move(applied->state);
  d.suspended = t.was_suspended;
  d.suspended_now = t.suspended_now;
  if (d.suspended || d.suspended_now) d.until = FormatUntil(options_.policy, d.state.suspended_until);
  if (t.was_suspended) refused_.fetch_add(1, std::memory_order_relaxed);
  else (event == Event::kViolation ? violations_ : clean_).fetch_add(1, std::memory_order_relaxed);
  if (t.suspended_now) {
    (t.rule == "consecutive" ? suspensions_consecutive_ : suspensions_daily_).fetch_add(1, std::memory_order_relaxed);
    if (options_.audit) {
      AuditEvent e;
      e.event = "user_suspended";
      e.user = user;
      e.rule = t.rule == "consecutive"
                   ? absl::StrCat("consecutive: ", options_.policy.consecutive_limit, " violations in a row")
                   : absl::StrCat("daily: ", options_.policy.daily_limit, " violations in one day");
      if (!options_.policy.clause.empty()) absl::StrAppend(&e.rule, " (clause ", options_.policy.clause, ")");
      e.until = d.until;
      e.request_id = std::string(request_id);
      e.today = d.state.today;
      e.level = d.state.level;
      e.detail = options_.policy.ladder[std::min<size_t>(d.state.level - 1, options_.policy.ladder.size() - 1)].text;
      options_.audit(e);
    }
  }
  return d;
}

absl::StatusOr<UserState> UserAccounts::Clear(const std::string& id, std::string_view actor) {
  const absl::Time now = options_.clock();
  UserState before;
  auto state = store_->Modify(id, now, [&](UserState* s) {
    before = *s;
    ApplyClear(now, s);
    return true;
  });
  if (!state.ok()) return state.status();
  clears_.fetch_add(1, std::memory_order_relaxed);
  if (options_.audit) {
    AuditEvent e;
    e.event = "user_cleared";
    e.user = id;
    e.rule = before.rule.empty() ? "none" : before.rule;
    e.until = FormatUntil(options_.policy, before.suspended_until);
    e.request_id = std::string(actor);
    e.detail = absl::StrCat("cleared by ", Av(actor), "; had ", before.consecutive, " in a row, ", before.today,
                            " today");
    options_.audit(e);
  }
  return state;
}

absl::StatusOr<UserState> UserAccounts::Suspend(const std::string& id, int64_t until_ms, const std::string& reason,
                                                std::string_view actor) {
  const absl::Time now = options_.clock();
  if (until_ms <= ToMillis(now)) return absl::InvalidArgumentError("the suspension must end in the future");
  auto state = store_->Modify(id, now, [&](UserState* s) {
    ApplySuspend(now, until_ms, reason, s);
    return true;
  });
  if (!state.ok()) return state.status();
  suspensions_operator_.fetch_add(1, std::memory_order_relaxed);
  if (options_.audit) {
    AuditEvent e;
    e.event = "user_operator_suspended";
    e.user = id;
    e.rule = state->rule;
    e.until = FormatUntil(options_.policy, until_ms);
    e.request_id = std::string(actor);
    e.detail = absl::StrCat("suspended by ", Av(actor));
    options_.audit(e);
  }
  return state;
}

StoreHealth UserAccounts::Health() {
  StoreHealth h = store_->Health();
  std::lock_guard<std::mutex> lock(error_mu_);
  // A store error in the last minute is reported even if the store answers now.
  if (h.ok && !last_error_.empty() && options_.clock() - last_error_time_ < absl::Minutes(1)) {
    h.detail = absl::StrCat("recent store error (", options_.fail_closed ? "failing closed" : "failing open",
                            "): ", last_error_);
  }
  return h;
}

std::string UserAccounts::RenderMetrics() {
  auto load = [](const std::atomic<uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  std::string out;
  out += "# HELP lanjie_user_requests_total Requests counted per user, by outcome.\n";
  out += "# TYPE lanjie_user_requests_total counter\n";
  absl::StrAppend(&out, "lanjie_user_requests_total{outcome=\"violation\"} ", load(violations_), "\n");
  absl::StrAppend(&out, "lanjie_user_requests_total{outcome=\"clean\"} ", load(clean_), "\n");
  absl::StrAppend(&out, "lanjie_user_requests_total{outcome=\"suspended\"} ", load(refused_), "\n");
  out += "# HELP lanjie_user_output_violations_total Model answers blocked (the model's fault: not counted against users).\n";
  out += "# TYPE lanjie_user_output_violations_total counter\n";
  absl::StrAppend(&out, "lanjie_user_output_violations_total ", load(output_violations_), "\n");
  out += "# HELP lanjie_user_suspensions_total Suspensions started, by rule.\n";
  out += "# TYPE lanjie_user_suspensions_total counter\n";
  absl::StrAppend(&out, "lanjie_user_suspensions_total{rule=\"consecutive\"} ", load(suspensions_consecutive_), "\n");
  absl::StrAppend(&out, "lanjie_user_suspensions_total{rule=\"daily\"} ", load(suspensions_daily_), "\n");
  absl::StrAppend(&out, "lanjie_user_suspensions_total{rule=\"operator\"} ", load(suspensions_operator_), "\n");
  out += "# HELP lanjie_user_clears_total Operator clearances.\n# TYPE lanjie_user_clears_total counter\n";
  absl::StrAppend(&out, "lanjie_user_clears_total ", load(clears_), "\n");
  out += "# HELP lanjie_user_identity_total Requests by where the user's identity came from (address: none given).\n";
  out += "# TYPE lanjie_user_identity_total counter\n";
  for (int i = 0; i < 4; ++i)
    absl::StrAppend(&out, "lanjie_user_identity_total{source=\"", kSources[i], "\"} ", load(identities_[i]), "\n");
  out += "# HELP lanjie_user_identity_rejected_total Requests refused for a bad identity (too long, not UTF-8).\n";
  out += "# TYPE lanjie_user_identity_rejected_total counter\n";
  absl::StrAppend(&out, "lanjie_user_identity_rejected_total ", load(rejected_identities_), "\n");
  out += "# HELP lanjie_user_store_errors_total User store calls that failed, by what was done about it.\n";
  out += "# TYPE lanjie_user_store_errors_total counter\n";
  absl::StrAppend(&out, "lanjie_user_store_errors_total{handling=\"fail_open\"} ", load(failed_open_), "\n");
  absl::StrAppend(&out, "lanjie_user_store_errors_total{handling=\"fail_closed\"} ", load(failed_closed_), "\n");
  const StoreHealth h = store_->Health();
  out += "# HELP lanjie_user_store_up 1 when the user store answered the last check.\n";
  out += "# TYPE lanjie_user_store_up gauge\n";
  absl::StrAppend(&out, "lanjie_user_store_up{backend=\"", h.backend, "\"} ", h.ok ? 1 : 0, "\n");
  out += "# HELP lanjie_user_store_state_lost 1 when Redis lost lanjie's user state since start.\n";
  out += "# TYPE lanjie_user_store_state_lost gauge\n";
  absl::StrAppend(&out, "lanjie_user_store_state_lost ", h.state_lost ? 1 : 0, "\n");
  auto suspended = store_->CountSuspended(options_.clock());
  out += "# HELP lanjie_users_suspended Users suspended now (-1: the store did not answer).\n";
  out += "# TYPE lanjie_users_suspended gauge\n";
  absl::StrAppend(&out, "lanjie_users_suspended ", suspended.ok() ? *suspended : -1, "\n");
  return out;
}

}  // namespace lanjie::users
