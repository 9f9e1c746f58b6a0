// The artifact a server is using, swappable while requests run.
//
// Get() hands out a shared_ptr: a request keeps the Filter (and so the
// artifact) it started with until it ends, even across a reload. Reload()
// loads the file again and swaps it in atomically; when loading fails the
// old one keeps serving and the error is returned. Thread-safe; reloads are
// serialized.
#ifndef LANJIE_ENGINE_SERVE_ARTIFACT_SLOT_H_
#define LANJIE_ENGINE_SERVE_ARTIFACT_SLOT_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "absl/status/status.h"
#include "lanjie/filter/stream_filter.h"

namespace lanjie::serve {

class ArtifactSlot {
 public:
  ArtifactSlot(std::string path, FilterOptions options) : path_(std::move(path)), options_(std::move(options)) {}

  // Loads `path` (again). Cost: artifact load (milliseconds) plus the
  // filter's prefix table; runs on the caller's thread, never on a request.
  absl::Status Reload();
  // The current filter, or null before the first successful load. O(1).
  std::shared_ptr<const Filter> Get() const { return std::atomic_load(&current_); }

  uint64_t reloads_ok() const { return reloads_ok_.load(); }
  uint64_t reloads_failed() const { return reloads_failed_.load(); }
  const std::string& path() const { return path_; }

 private:
  const std::string path_;
  const FilterOptions options_;
  std::mutex reload_mu_;
  std::shared_ptr<const Filter> current_;
  std::atomic<uint64_t> reloads_ok_{0}, reloads_failed_{0};
};

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_ARTIFACT_SLOT_H_
