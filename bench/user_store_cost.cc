// The cost one request pays for user accountability: UserAccounts::Record
// (identity already resolved) against a store, timed per call.
//
//   user_store_cost SPEC [REQUESTS] [USERS] [THREADS] [PATH]
//     SPEC: sqlite:FILE or redis://HOST:PORT (bench/users-load.sh starts one),
//           or "loop": no store, a fixed CPU loop of about the SQLite median
//           instead of Record, timed the same way: the machine's noise floor
//     PATH: "apply" (default): UserAccounts::Record, i.e. UserStore::Apply
//           (Redis: the policy script, or a plain read for a clean request
//           that changes nothing); "modify": the step as main did
//           it before, UserStore::Modify + ApplyEvent (Redis: a plain read,
//           then WATCH+HMGET and MULTI/EXEC for a write), for a side-by-side;
//           "async" (Redis): UserAccounts::RecordAsync on a session of the
//           thread's own event loop (the sidecar's path), DEPTH calls kept
//           in flight (pipelined on one connection); a call's latency is
//           from its start to its callback, CPU is the thread's per call
//     DEPTH: calls in flight per thread for "async" (default 16)
//
// Worst case on purpose: the policy never suspends (limits of 10^9), so
// every violation is a write and so is every clean request after one;
// every fourth request is a violation, users drawn at random. Prints one
// line: calls/s over all threads and the latency percentiles of one call.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <event2/event.h>
#include <time.h>

#include <functional>

#include "absl/strings/str_cat.h"
#include "lanjie/users/accounts.h"

int main(int argc, char** argv) {
  using namespace lanjie::users;
  if (argc < 2) {
    std::fprintf(stderr, "usage: user_store_cost SPEC [REQUESTS] [USERS] [THREADS] [apply|modify|async] [DEPTH]\n");
    return 2;
  }
  const std::string spec = argv[1];
  const int requests = argc > 2 ? std::atoi(argv[2]) : 200000;
  const int users = argc > 3 ? std::atoi(argv[3]) : 10000;
  const int threads = argc > 4 ? std::atoi(argv[4]) : 1;
  const bool loop = spec == "loop";
  const std::string path = argc > 5 ? argv[5] : "apply";
  if (path != "apply" && path != "modify" && path != "async") {
    std::fprintf(stderr, "user_store_cost: PATH is apply, modify or async\n");
    return 2;
  }
  const bool modify = path == "modify";
  const bool async = path == "async" && !loop;
  const int depth = argc > 6 ? std::max(1, std::atoi(argv[6])) : 16;
  auto store = OpenUserStore(loop ? "sqlite::memory:" : spec, StoreOptions{});
  if (!store.ok()) {
    std::fprintf(stderr, "user_store_cost: %s\n", std::string(store.status().message()).c_str());
    return 2;
  }
  AccountsOptions options;
  options.policy.consecutive_limit = 1000000000;
  options.policy.daily_limit = 1000000000;
  UserAccounts accounts(std::move(*store), options);
  std::vector<std::vector<double>> micros(threads), cpu_micros(threads);
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      std::mt19937 rng(20261202 + t);
      std::vector<std::string> ids;
      for (int u = 0; u < users; ++u) ids.push_back(absl::StrCat("user:bench-", u));
      micros[t].reserve(requests / threads);
      if (async) {
        const int n = requests / threads;
        event_base* base = event_base_new();
        auto session = accounts.store()->OpenAsync(base);
        if (!session) {
          std::fprintf(stderr, "user_store_cost: this store has no asynchronous path\n");
          std::exit(2);
        }
        int issued = 0, done = 0;
        std::function<void()> issue = [&] {
          const Identity who{ids[rng() % users], "user-field"};
          const Event e = rng() % 4 == 0 ? Event::kViolation : Event::kClean;
          const auto t0 = std::chrono::steady_clock::now();
          ++issued;
          accounts.RecordAsync(session.get(), who, e, "", [&, t0](absl::StatusOr<UserAccounts::Decision> d) {
            micros[t].push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
            if (!d.ok() || d->store_failed) {
              std::fprintf(stderr, "user_store_cost: a call failed\n");
              std::exit(1);
            }
            ++done;
            if (issued < n) issue();
          });
        };
        timespec c0, c1;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
        while (issued < std::min(n, depth)) issue();
        while (done < n) event_base_loop(base, EVLOOP_ONCE);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
        // Per call: the thread's CPU over all calls (calls overlap).
        const double per_call = ((c1.tv_sec - c0.tv_sec) * 1e6 + (c1.tv_nsec - c0.tv_nsec) / 1e3) / n;
        cpu_micros[t].assign(n, per_call);
        session.reset();
        event_base_free(base);
        return;
      }
      for (int i = 0; i < requests / threads; ++i) {
        const Identity who{ids[rng() % users], "user-field"};
        const Event e = rng() % 4 == 0 ? Event::kViolation : Event::kClean;
        timespec c0, c1;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
        const auto t0 = std::chrono::steady_clock::now();
        absl::StatusOr<UserAccounts::Decision> d = UserAccounts::Decision{};
        if (loop) {
          volatile unsigned x = 1;
          for (int k = 0; k < 7000; ++k) x = x * 1664525u + 1013904223u;
        } else if (modify) {
          const absl::Time now = absl::Now();
          auto st = accounts.store()->Modify(who.id, now, [&](UserState* s) {
            return ApplyEvent(accounts.options().policy, e, now, s).changed;
          });
          if (!st.ok()) d = st.status();
        } else {
          d = accounts.Record(who, e, "");
        }
        const auto t1 = std::chrono::steady_clock::now();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
        cpu_micros[t].push_back((c1.tv_sec - c0.tv_sec) * 1e6 + (c1.tv_nsec - c0.tv_nsec) / 1e3);
        if (!d.ok() || d->store_failed) {
          std::fprintf(stderr, "user_store_cost: a call failed\n");
          std::exit(1);
        }
        micros[t].push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
      }
    });
  }
  for (auto& th : pool) th.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<double> all, cpu;
  for (auto& v : micros) all.insert(all.end(), v.begin(), v.end());
  for (auto& v : cpu_micros) cpu.insert(cpu.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  std::sort(cpu.begin(), cpu.end());
  auto pct = [](const std::vector<double>& v, double p) { return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))]; };
  // wall: what the request waits (includes being descheduled on a loaded
  // machine, and for Redis the network round trips); cpu: this thread's CPU time.
  std::printf("%s%s%s threads=%d calls=%zu calls/s=%.0f wall_us p50=%.1f p99=%.1f p999=%.1f max=%.1f cpu_us p50=%.1f p99=%.1f\n",
              loop ? "loop (no store)" : accounts.store()->Describe().c_str(), loop ? "" : modify ? " modify" : async ? " async" : " apply",
              async ? absl::StrCat(" depth=", depth).c_str() : "", threads, all.size(), all.size() / seconds, pct(all, 0.5),
              pct(all, 0.99), pct(all, 0.999), all.back(), pct(cpu, 0.5), pct(cpu, 0.99));
  return 0;
}
