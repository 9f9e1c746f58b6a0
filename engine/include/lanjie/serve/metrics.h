// Server metrics in the Prometheus text format (version 0.0.4).
//
// The request path touches only the calling thread's shard (threads are
// spread over kShards shards, one cache line apart): relaxed atomic adds
// that no other request thread contends for, and for a hit one uncontended
// mutex and a hash lookup (no allocation once the risk was seen). Render()
// sums the shards: O(shards x (routes x codes + risks)).
//
// (Not to be confused with lanjie/eval/rates.h, the statistics of an
// evaluation: these are the server's own counters for /metrics.)
// Thread safety: every method may be called from any thread at any time;
// Render sees each counter at some recent value (counters are not read
// atomically together). Nothing here fails.
#ifndef LANJIE_ENGINE_SERVE_METRICS_H_
#define LANJIE_ENGINE_SERVE_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>

#include "absl/container/flat_hash_map.h"

namespace lanjie::serve {

class Metrics {
 public:
  // Routes are counted separately; anything else counts as "other".
  enum Route { kModerate, kChat, kModels, kHealthz, kReadyz, kMetrics, kReload, kOther, kRouteCount };
  static const char* RouteName(Route route);

  // One finished request: route, HTTP status and latency in seconds.
  void CountRequest(Route route, int status, double seconds);
  void CountHit(const std::string& risk, const char* action, const char* direction);
  void CountTexts(uint64_t n) { Mine().texts.fetch_add(n, std::memory_order_relaxed); }

  struct ArtifactInfo {
    std::string name, version, hash;  // Artifact::name, list_version, list_hash
    uint32_t format_version = 0;
    uint64_t reloads_ok = 0, reloads_failed = 0;
  };
  std::string Render(const ArtifactInfo& artifact) const;

 private:
  static constexpr int kCodes = 12;  // 200,400,401,403,404,405,413,429,500,502,503,504 (others: 500)
  static constexpr std::array<double, 14> kBuckets = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                                      0.025,  0.05,    0.1,    0.25,  0.5,    1.0,   5.0};
  static constexpr int kShards = 8;
  static int CodeIndex(int status);

  struct alignas(64) Shard {
    std::array<std::atomic<uint64_t>, kRouteCount * kCodes> requests{};
    std::array<std::atomic<uint64_t>, kBuckets.size() + 1> latency_buckets{};  // last: +Inf
    std::atomic<uint64_t> latency_sum_us{0};
    std::atomic<uint64_t> latency_count{0};
    std::atomic<uint64_t> texts{0};
    mutable std::mutex hits_mu;
    absl::flat_hash_map<std::string, uint64_t> hits;  // "risk\taction\tdirection" -> count
  };
  // The calling thread's shard (fixed per thread, round-robin over threads).
  Shard& Mine();

  std::array<Shard, kShards> shards_;
};

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_METRICS_H_
