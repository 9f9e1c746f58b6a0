// The Redis store's asynchronous sessions (store.h UserStore::AsyncSession):
// one hiredis async connection per event loop, attached to that loop's
// libevent base (hiredis's libevent adapter).
//
// Thread safety: a session lives on its loop's thread (store.h). Cost per
// Apply: the commands Apply would send (one round trip for most requests),
// written with the loop iteration's other requests in one write().
#ifndef LANJIE_ENGINE_USERS_REDIS_ASYNC_H_
#define LANJIE_ENGINE_USERS_REDIS_ASYNC_H_

#include <memory>
#include <string>

#include "lanjie/users/store.h"
#include "redis_wire.h"

namespace lanjie::users {

// Where and how to connect; fixed once the store is open.
struct RedisTarget {
  std::string host;
  int port = 0;
  int db = 0;
  StoreOptions options;    // redis_timeout, AUTH user and password
  std::string script_sha;  // the policy script's SHA1
};

// Never fails: a session without a connection opens one on its first Apply
// (and after a failure, on the next).
std::unique_ptr<UserStore::AsyncSession> OpenRedisAsyncSession(RedisTarget target,
                                                               std::shared_ptr<redis_wire::RunHint> hint,
                                                               event_base* loop);

}  // namespace lanjie::users

#endif  // LANJIE_ENGINE_USERS_REDIS_ASYNC_H_
