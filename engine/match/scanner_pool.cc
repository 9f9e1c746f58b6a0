#include "lanjie/match/scanner_pool.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <utility>

namespace lanjie {

namespace {

std::atomic<int64_t> created{0};

struct Slot {
  std::shared_ptr<const Artifact> artifact;
  std::unique_ptr<Scanner> scanner;
  uint64_t last_used = 0;
};

struct ThreadSlots {
  std::array<Slot, ScannerPool::kSlots> slots;
  uint64_t clock = 0;
};

}  // namespace

absl::StatusOr<Scanner*> ScannerPool::ThreadScanner(const std::shared_ptr<const Artifact>& artifact) {
  thread_local ThreadSlots mine;
  ++mine.clock;
  Slot* victim = &mine.slots[0];
  for (Slot& slot : mine.slots) {
    if (slot.artifact == artifact && slot.scanner) {
      slot.last_used = mine.clock;
      return slot.scanner.get();
    }
    if (slot.last_used < victim->last_used) victim = &slot;
  }
  auto scanner = Scanner::Create(artifact);
  if (!scanner.ok()) return scanner.status();
  created.fetch_add(1, std::memory_order_relaxed);
  victim->scanner = std::move(*scanner);
  victim->artifact = artifact;
  victim->last_used = mine.clock;
  return victim->scanner.get();
}

int64_t ScannerPool::CreatedCount() { return created.load(std::memory_order_relaxed); }

}  // namespace lanjie
