#include "lanjie/serve/artifact_slot.h"

#include "lanjie/match/artifact.h"

namespace lanjie::serve {

absl::Status ArtifactSlot::Reload() {
  std::lock_guard<std::mutex> lock(reload_mu_);
  auto artifact = Artifact::Load(path_);
  if (!artifact.ok()) {
    ++reloads_failed_;
    return artifact.status();
  }
  auto filter = Filter::Create(*artifact, options_);
  if (!filter.ok()) {
    ++reloads_failed_;
    return filter.status();
  }
  std::atomic_store(&current_, std::move(*filter));
  ++reloads_ok_;
  return absl::OkStatus();
}

}  // namespace lanjie::serve
