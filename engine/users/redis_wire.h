// What the Redis store's blocking pool (redis_store.cc) and its
// asynchronous sessions (redis_async.cc) share: the key layout, the nine
// fields of a user's hash, RESP formatting, the connection check and the
// run hint.
//
// Thread safety: pure functions, except RunHint (lock-free, any thread).
#ifndef LANJIE_ENGINE_USERS_REDIS_WIRE_H_
#define LANJIE_ENGINE_USERS_REDIS_WIRE_H_

#include <hiredis/hiredis.h>
#include <sys/socket.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "lanjie/users/policy.h"

namespace lanjie::users::redis_wire {

inline constexpr char kPrefix[] = "lanjie:user:";
inline constexpr char kSuspended[] = "lanjie:suspended";
inline constexpr const char* kFields[] = {"consecutive", "today", "day", "total", "suspended_until",
                                          "suspended_at", "level", "rule", "updated"};

// The RESP text of one command, written into `out` (cleared first).
// hiredis's own formatting (redisAppendCommandArgv) costs several thousand
// instructions a call in sdscatfmt; this is one buffer, reused.
template <typename Range>
void FormatCommand(const Range& args, std::string* out) {
  out->clear();
  absl::StrAppend(out, "*", args.size(), "\r\n");
  for (const auto& a : args) absl::StrAppend(out, "$", a.size(), "\r\n", absl::string_view(a.data(), a.size()), "\r\n");
}

// HMGET of the nine fields of `key`.
inline void FormatRead(std::string_view key, std::string* out) {
  std::initializer_list<std::string_view> args = {"HMGET",    key,        kFields[0], kFields[1], kFields[2],
                                                  kFields[3], kFields[4], kFields[5], kFields[6], kFields[7],
                                                  kFields[8]};
  FormatCommand(args, out);
}

// The nine fields of kFields, in order (nil: absent).
inline UserState ParseFields(redisReply* const* e) {
  UserState s;
  int64_t* ints[] = {&s.consecutive, &s.today, &s.day, &s.total, &s.suspended_until, &s.suspended_at, &s.level};
  for (int i = 0; i < 7; ++i) {
    if (e[i]->type == REDIS_REPLY_STRING && !absl::SimpleAtoi(absl::string_view(e[i]->str, e[i]->len), ints[i]))
      *ints[i] = 0;
  }
  if (e[7]->type == REDIS_REPLY_STRING) s.rule.assign(e[7]->str, e[7]->len);
  if (e[8]->type == REDIS_REPLY_STRING && !absl::SimpleAtoi(absl::string_view(e[8]->str, e[8]->len), &s.updated))
    s.updated = 0;
  return s;
}

// HMGET's reply; a default state when it is not the nine fields.
inline UserState ParseRead(const redisReply* r) {
  if (r->type != REDIS_REPLY_ARRAY || r->elements != 9) return UserState{};
  return ParseFields(r->element);
}

// True when an idle connection is still usable: nothing to read yet (a
// closed peer reads as end of file, a reset as an error, and a reply nobody
// asked for means the connection is out of step). One recv() syscall.
inline bool LinkIsOpen(int fd) {
  char byte;
  const ssize_t n = recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

// The run hint: one bit per hash of a user id, set when this process's
// latest script call for that user left a run of violations to reset
// (consecutive > 0, not suspended), cleared when it left none. Only a
// route for clean requests (set: the script at once; clear: HMGET first);
// the script reads the state itself, so a stale bit (another process, an
// operator's change) or two users on one bit costs a script call or a
// read, never a wrong count. 16 KiB; lock-free (relaxed atomics).
class RunHint {
 public:
  static constexpr size_t kBits = size_t{1} << 17;
  static size_t Bit(std::string_view user) { return std::hash<std::string_view>{}(user) % kBits; }
  bool HasRun(size_t bit) const { return (words_[bit / 64].load(std::memory_order_relaxed) >> (bit % 64)) & 1; }
  void Note(size_t bit, bool run) {
    const uint64_t mask = uint64_t{1} << (bit % 64);
    if (run == HasRun(bit)) return;
    if (run) words_[bit / 64].fetch_or(mask, std::memory_order_relaxed);
    else words_[bit / 64].fetch_and(~mask, std::memory_order_relaxed);
  }

 private:
  std::array<std::atomic<uint64_t>, kBits / 64> words_{};
};

}  // namespace lanjie::users::redis_wire

#endif  // LANJIE_ENGINE_USERS_REDIS_WIRE_H_
