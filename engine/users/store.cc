// UserStore's default policy step: Modify + ApplyEvent (store.h).
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

}  // namespace lanjie::users
