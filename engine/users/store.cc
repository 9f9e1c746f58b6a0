// UserStore's defaults: the policy step as Modify + ApplyEvent, no asynchronous path (store.h).
#include "lanjie/users/store.h"

namespace lanjie::users {

absl::StatusOr<UserStore::Applied> UserStore::Apply(std::string_view user, Event event, const UserPolicy& policy,
                                                    absl::Time now) {
  Transition t;
  auto state = Modify(user, now, [&](UserState* s) {
    t = ApplyEvent(policy, event, now, s);
    return t.changed;
  });
  if (!state.ok()) return state.status();
  return Applied{*std::move(state), std::move(t)};
}

std::unique_ptr<UserStore::AsyncSession> UserStore::OpenAsync(event_base*) { return nullptr; }

}  // namespace lanjie::users
