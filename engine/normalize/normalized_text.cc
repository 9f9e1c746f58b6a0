#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <new>
#include <string_view>

#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

// Last anchor whose run starts at or before norm_pos.
const OffsetAnchor& AnchorFor(const std::vector<OffsetAnchor>& anchors, uint64_t norm_pos) {
  auto it = std::upper_bound(anchors.begin(), anchors.end(), norm_pos,
                             [](uint64_t pos, const OffsetAnchor& a) { return pos < a.norm; });
  return *(it == anchors.begin() ? it : it - 1);
}

constexpr size_t kHugePage = size_t{2} << 20;

}  // namespace

char* FoldBuffer::Allocate(size_t* cap, bool* mapped) {
  *mapped = false;
#if defined(__SANITIZE_ADDRESS__)
  constexpr bool kMap = false;  // new[], so that AddressSanitizer sees overruns
#else
  constexpr bool kMap = true;
#endif
  if (kMap && *cap >= kMappedFrom) {
    // Whole 2 MiB pages, 2 MiB-aligned: map one page more and trim.
    const size_t want = (*cap + kHugePage - 1) / kHugePage * kHugePage;
    void* p = ::mmap(nullptr, want + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p != MAP_FAILED) {
      const uintptr_t base = reinterpret_cast<uintptr_t>(p);
      const uintptr_t start = (base + kHugePage - 1) / kHugePage * kHugePage;
      if (start > base) ::munmap(p, start - base);
      if (const uintptr_t end = base + want + kHugePage; end > start + want)
        ::munmap(reinterpret_cast<void*>(start + want), end - start - want);
      (void)::madvise(reinterpret_cast<void*>(start), want, MADV_HUGEPAGE);  // EINVAL without THP: 4 KiB pages
      *cap = want;
      *mapped = true;
      return reinterpret_cast<char*>(start);
    }
    // No mapping: new[] below (and its bad_alloc when that fails too).
  }
  return new char[*cap];
}

void FoldBuffer::Release(char* p, size_t cap, bool mapped) {
  if (p == nullptr) return;
  if (mapped)
    ::munmap(p, cap);
  else
    delete[] p;
}

uint64_t NormalizedText::OrigStart(uint64_t norm_pos) const {
  const OffsetAnchor& a = AnchorFor(anchors_, norm_pos);
  return a.orig_len == 0 ? a.orig + (norm_pos - a.norm) : a.orig;
}

uint64_t NormalizedText::OrigEnd(uint64_t norm_end) const {
  const OffsetAnchor& a = AnchorFor(anchors_, norm_end - 1);
  const uint64_t end = a.orig_len == 0 ? a.orig + (norm_end - a.norm) : a.orig + a.orig_len;
  // Combining marks dropped after the last character belong to it.
  auto t = std::lower_bound(tails_.begin(), tails_.end(), norm_end,
                            [](const FoldTail& x, uint64_t pos) { return x.norm < pos; });
  return t != tails_.end() && t->norm == norm_end ? std::max(end, t->orig_end) : end;
}

void NormalizedText::Clear(uint64_t norm_base) {
  bytes_.clear();
  anchors_.clear();
  boundaries_.clear();
  tails_.clear();
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
  boundaries_.erase(boundaries_.begin(),
                    std::lower_bound(boundaries_.begin(), boundaries_.end(), norm_pos,
                                     [](const FoldBoundary& b, uint64_t pos) { return b.norm < pos; }));
  tails_.erase(tails_.begin(), std::lower_bound(tails_.begin(), tails_.end(), norm_pos,
                                                [](const FoldTail& t, uint64_t pos) { return t.norm < pos; }));
  if (it == anchors_.begin()) return;
  --it;
  if (it->orig_len == 0) {
    it->orig += norm_pos - it->norm;
    it->norm = norm_pos;
  }
  anchors_.erase(anchors_.begin(), it);
}

namespace {

bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool IsContractionSuffix(std::string_view s) {
  return s == "s" || s == "t" || s == "d" || s == "m" || s == "ll" || s == "re" || s == "ve";
}

}  // namespace

bool SpanRespectsBoundaries(const NormalizedText& text, uint64_t start, uint64_t end) {
  const std::vector<FoldBoundary>& b = text.boundaries();
  auto first = std::upper_bound(b.begin(), b.end(), start,
                                [](uint64_t pos, const FoldBoundary& x) { return pos < x.norm; });
  if (first == b.end() || first->norm >= end) return true;  // nothing inside
  size_t sentences = 0;
  uint64_t last_apostrophe = 0;
  for (auto it = first; it != b.end() && it->norm < end; ++it) {
    if (it->kind == FoldBoundary::kSentence) ++sentences;
    if (it->kind == FoldBoundary::kApostrophe) last_apostrophe = it->norm;
  }
  const auto byte_at = [&text](uint64_t pos) { return text.data()[pos - text.base()]; };
  if (last_apostrophe != 0) {
    const bool word_end = end >= text.end() || !IsWordByte(byte_at(end));
    std::string_view suffix(text.data() + (last_apostrophe - text.base()), end - last_apostrophe);
    if (word_end && IsContractionSuffix(suffix)) return false;  // "he'll" is not "hell"
  }
  if (sentences == 0 || sentences >= 2) return true;
  const auto sentence_at = [&b](uint64_t pos) {
    auto it = std::lower_bound(b.begin(), b.end(), pos, [](const FoldBoundary& x, uint64_t p) { return x.norm < p; });
    for (; it != b.end() && it->norm == pos; ++it)
      if (it->kind == FoldBoundary::kSentence) return true;
    return false;
  };
  const bool starts_clause = start <= text.base() || byte_at(start - 1) == '\n' || sentence_at(start);
  const bool ends_clause = end >= text.end() || byte_at(end) == '\n' || sentence_at(end);
  return starts_clause || ends_clause;
}

bool NormalizedText::HasBoundary(uint64_t norm, FoldBoundary::Kind kind) const {
  auto it = std::lower_bound(boundaries_.begin(), boundaries_.end(), norm,
                             [](const FoldBoundary& x, uint64_t n) { return x.norm < n; });
  for (; it != boundaries_.end() && it->norm == norm; ++it)
    if (it->kind & kind) return true;
  return false;
}

}  // namespace lanjie
