#include "lanjie/serve/metrics.h"

#include <map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace lanjie::serve {
namespace {

constexpr int kCodeValues[] = {200, 400, 401, 403, 404, 405, 413, 429, 500, 502, 503, 504};
constexpr int kIndexOf500 = 8;

// Escapes a Prometheus label value.
std::string Label(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

const char* Metrics::RouteName(Route route) {
  static const char* const kNames[] = {"moderate", "chat_completions", "models", "healthz",
                                       "readyz",   "metrics",          "reload", "other"};
  return kNames[route];
}

int Metrics::CodeIndex(int status) {
  for (int i = 0; i < kCodes; ++i)
    if (kCodeValues[i] == status) return i;
  return kIndexOf500;
}

Metrics::Shard& Metrics::Mine() {
  static std::atomic<unsigned> next{0};
  thread_local const unsigned index = next.fetch_add(1, std::memory_order_relaxed) % kShards;
  return shards_[index];
}

void Metrics::CountRequest(Route route, int status, double seconds) {
  Shard& s = Mine();
  s.requests[route * kCodes + CodeIndex(status)].fetch_add(1, std::memory_order_relaxed);
  size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  s.latency_buckets[b].fetch_add(1, std::memory_order_relaxed);
  s.latency_sum_us.fetch_add(static_cast<uint64_t>(seconds * 1e6), std::memory_order_relaxed);
  s.latency_count.fetch_add(1, std::memory_order_relaxed);
}

void Metrics::CountHit(const std::string& risk, const char* action, const char* direction) {
  thread_local std::string key;  // reused: no allocation once grown
  key.clear();
  absl::StrAppend(&key, risk, "\t", action, "\t", direction);
  Shard& s = Mine();
  std::lock_guard<std::mutex> lock(s.hits_mu);
  if (auto it = s.hits.find(key); it != s.hits.end()) ++it->second;
  else s.hits.emplace(key, 1);
}

std::string Metrics::Render(const ArtifactInfo& artifact) const {
  // Sum the shards (each counter is read once; a scrape is not a snapshot).
  std::array<uint64_t, kRouteCount * kCodes> requests{};
  std::array<uint64_t, kBuckets.size() + 1> latency_buckets{};
  uint64_t latency_sum_us = 0, latency_count = 0, texts = 0;
  std::map<std::string, uint64_t> hits;  // sorted for the output
  for (const Shard& s : shards_) {
    for (size_t i = 0; i < requests.size(); ++i) requests[i] += s.requests[i].load(std::memory_order_relaxed);
    for (size_t i = 0; i < latency_buckets.size(); ++i)
      latency_buckets[i] += s.latency_buckets[i].load(std::memory_order_relaxed);
    latency_sum_us += s.latency_sum_us.load(std::memory_order_relaxed);
    latency_count += s.latency_count.load(std::memory_order_relaxed);
    texts += s.texts.load(std::memory_order_relaxed);
    std::lock_guard<std::mutex> lock(s.hits_mu);
    for (const auto& [key, n] : s.hits) hits[key] += n;
  }
  std::string out;
  out += "# HELP lanjie_requests_total HTTP requests by route and status code.\n";
  out += "# TYPE lanjie_requests_total counter\n";
  for (int r = 0; r < kRouteCount; ++r)
    for (int c = 0; c < kCodes; ++c)
      if (uint64_t n = requests[r * kCodes + c])
        absl::StrAppend(&out, "lanjie_requests_total{route=\"", RouteName(static_cast<Route>(r)), "\",code=\"",
                        kCodeValues[c], "\"} ", n, "\n");
  out += "# HELP lanjie_request_duration_seconds Time from request read to response queued.\n";
  out += "# TYPE lanjie_request_duration_seconds histogram\n";
  uint64_t cumulative = 0;
  for (size_t b = 0; b <= kBuckets.size(); ++b) {
    cumulative += latency_buckets[b];
    absl::StrAppend(&out, "lanjie_request_duration_seconds_bucket{le=\"",
                    b < kBuckets.size() ? absl::StrCat(kBuckets[b]) : std::string("+Inf"), "\"} ", cumulative, "\n");
  }
  absl::StrAppend(&out, "lanjie_request_duration_seconds_sum ", latency_sum_us / 1e6, "\n");
  absl::StrAppend(&out, "lanjie_request_duration_seconds_count ", latency_count, "\n");
  out += "# HELP lanjie_texts_total Texts scanned.\n# TYPE lanjie_texts_total counter\n";
  absl::StrAppend(&out, "lanjie_texts_total ", texts, "\n");
  out += "# HELP lanjie_hits_total Keyword hits by risk, action and direction (input/output).\n";
  out += "# TYPE lanjie_hits_total counter\n";
  for (const auto& [key, n] : hits) {
    std::vector<std::string> parts = absl::StrSplit(key, '\t');
    absl::StrAppend(&out, "lanjie_hits_total{risk=\"", Label(parts[0]), "\",action=\"", parts[1],
                    "\",direction=\"", parts[2], "\"} ", n, "\n");
  }
  out += "# HELP lanjie_artifact_info The artifact in use.\n# TYPE lanjie_artifact_info gauge\n";
  absl::StrAppend(&out, "lanjie_artifact_info{name=\"", Label(artifact.name), "\",list_version=\"",
                  Label(artifact.version), "\",hash=\"", artifact.hash,
                  "\",format_version=\"", artifact.format_version, "\"} 1\n");
  out += "# HELP lanjie_reloads_total Artifact reloads by result.\n# TYPE lanjie_reloads_total counter\n";
  absl::StrAppend(&out, "lanjie_reloads_total{result=\"ok\"} ", artifact.reloads_ok, "\n");
  absl::StrAppend(&out, "lanjie_reloads_total{result=\"error\"} ", artifact.reloads_failed, "\n");
  return out;
}

}  // namespace lanjie::serve
