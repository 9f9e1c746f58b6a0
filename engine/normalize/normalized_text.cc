#include <algorithm>

#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

// Last anchor whose run starts at or before norm_pos.
const OffsetAnchor& AnchorFor(const std::vector<OffsetAnchor>& anchors, uint64_t norm_pos) {
  auto it = std::upper_bound(anchors.begin(), anchors.end(), norm_pos,
                             [](uint64_t pos, const OffsetAnchor& a) { return pos < a.norm; });
  return *(it == anchors.begin() ? it : it - 1);
}

}  // namespace

uint64_t NormalizedText::OrigStart(uint64_t norm_pos) const {
  const OffsetAnchor& a = AnchorFor(anchors_, norm_pos);
  return a.orig_len == 0 ? a.orig + (norm_pos - a.norm) : a.orig;
}

uint64_t NormalizedText::OrigEnd(uint64_t norm_end) const {
  const OffsetAnchor& a = AnchorFor(anchors_, norm_end - 1);
  return a.orig_len == 0 ? a.orig + (norm_end - a.norm) : a.orig + a.orig_len;
}

void NormalizedText::Clear(uint64_t norm_base) {
  bytes_.clear();
  anchors_.clear();
  base_ = norm_base;
}

uint64_t NormalizedText::NormAt(uint64_t orig) const {
  // Anchors are sorted by folded and by original offset alike.
  auto it = std::lower_bound(anchors_.begin(), anchors_.end(), orig,
                             [](const OffsetAnchor& a, uint64_t o) { return a.orig < o; });
  uint64_t pos = it == anchors_.end() ? end() : it->norm;
  if (it != anchors_.begin() && (it - 1)->orig_len == 0)  // an identity run may reach `orig` inside itself
    pos = std::min(pos, (it - 1)->norm + (orig - (it - 1)->orig));
  return std::clamp(pos, base_, end());
}

void NormalizedText::DiscardBefore(uint64_t norm_pos) {
  if (norm_pos <= base_) return;
  norm_pos = std::min(norm_pos, end());
  bytes_.erase_front(static_cast<size_t>(norm_pos - base_));
  base_ = norm_pos;
  // Keep the anchor whose run covers norm_pos; shift it so it starts there.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), norm_pos,
                             [](uint64_t pos, const OffsetAnchor& a) { return pos < a.norm; });
  if (it == anchors_.begin()) return;
  --it;
  if (it->orig_len == 0) {
    it->orig += norm_pos - it->norm;
    it->norm = norm_pos;
  }
  anchors_.erase(anchors_.begin(), it);
}

}  // namespace lanjie
