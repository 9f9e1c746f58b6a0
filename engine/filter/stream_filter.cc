#include "lanjie/filter/stream_filter.h"

#include <algorithm>
#include <cstdint>

#include "lanjie/common/sv.h"

namespace lanjie {

absl::StatusOr<std::shared_ptr<const Filter>> Filter::Create(std::shared_ptr<const Artifact> artifact,
                                                             FilterOptions options) {
  if (artifact == nullptr) return absl::InvalidArgumentError("Filter::Create: no artifact");
  std::shared_ptr<Filter> f(new Filter());
  f->artifact_ = std::move(artifact);
  f->options_ = std::move(options);
  const Artifact::Info info = f->artifact_->info();
  // Regexes and rules have no finite keyword text to take prefixes of.
  f->prefix_test_ = info.regex_patterns == 0 && info.rules == 0;
  if (f->prefix_test_) {
    for (const CompiledEntry e : f->artifact_->entries()) {
      if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow) continue;
      const std::string_view k = e.normalized;
      // Every prefix that ends on a code point boundary (and the whole keyword).
      for (size_t n = 1; n <= k.size(); ++n) {
        if (n < k.size() && (static_cast<unsigned char>(k[n]) & 0xC0) == 0x80) continue;
        f->prefixes_.emplace(k.substr(0, n));
      }
    }
  }
  return std::shared_ptr<const Filter>(std::move(f));
}

bool Filter::CouldBeginHit(std::string_view folded_tail) const {
  if (!prefix_test_) return true;
  return prefixes_.contains(Av(folded_tail));
}

absl::StatusOr<std::unique_ptr<StreamFilter>> StreamFilter::Create(std::shared_ptr<const Filter> filter) {
  if (filter == nullptr) return absl::InvalidArgumentError("StreamFilter::Create: no filter");
  // Regex matches stay open (held, growing to their longest end) while
  // their start is within the bytes the filter holds anyway.
  StreamScannerOptions scan_options;
  scan_options.regex_window = std::max(scan_options.regex_window, filter->options().pattern_hold_bytes);
  auto scanner = StreamScanner::Create(filter->artifact(), scan_options);
  if (!scanner.ok()) return scanner.status();
  std::unique_ptr<StreamFilter> s(new StreamFilter());
  s->filter_ = std::move(filter);
  s->scanner_ = std::move(*scanner);
  return s;
}

void StreamFilter::Reset() {
  scanner_->Reset();
  held_.clear();
  released_ = fed_ = 0;
  mask_spans_.clear();
  unreported_.clear();
  blocked_ = finished_ = false;
}

void StreamFilter::TakeUnreported(std::vector<Hit>* hits) {
  if (unreported_.empty()) return;  // *hits is sorted already (Apply)
  hits->insert(hits->end(), unreported_.begin(), unreported_.end());
  unreported_.clear();
  std::sort(hits->begin(), hits->end(), HitLess);
}

void StreamFilter::ReportUpTo(uint64_t stable, std::vector<Hit>* hits) {
  TakeUnreported(hits);
  // Sorted by start: the hits past `stable` wait.
  const auto wait = std::find_if(hits->begin(), hits->end(), [&](const Hit& h) { return h.start > stable; });
  unreported_.assign(wait, hits->end());
  hits->erase(wait, hits->end());
}

uint64_t StreamFilter::Apply(std::vector<Hit>* hits, size_t from) {
  uint64_t block_at = UINT64_MAX;
  const auto& entries = filter_->artifact()->entries();
  for (size_t i = from; i < hits->size(); ++i) {
    const Hit& h = (*hits)[i];
    switch (entries[h.entry].action) {
      case Action::kBlock:
        block_at = std::min(block_at, h.start);
        break;
      case Action::kMask:
        mask_spans_.emplace_back(h.start, h.end);
        break;
      default:
        break;
    }
  }
  std::sort(hits->begin(), hits->end(), HitLess);
  return block_at;
}

void StreamFilter::Release(uint64_t to, std::string* out) {
  to = std::min(to, fed_);
  if (to <= released_) return;
  const size_t n = static_cast<size_t>(to - released_);
  // Bytes inside any mask span: one '*' per code point (a byte that is not a
  // UTF-8 continuation byte starts one).
  size_t i = 0;
  while (i < n) {
    const uint64_t pos = released_ + i;
    uint64_t masked_until = 0;
    for (const auto& [start, end] : mask_spans_)
      if (start <= pos && pos < end) masked_until = std::max(masked_until, end);
    if (masked_until == 0) {
      uint64_t next_mask = to;
      for (const auto& [start, end] : mask_spans_)
        if (start > pos) next_mask = std::min(next_mask, start);
      const size_t len = static_cast<size_t>(next_mask - pos);
      out->append(held_, i, len);
      i += len;
      continue;
    }
    const size_t stop = static_cast<size_t>(std::min(masked_until, to) - released_);
    for (; i < stop; ++i)
      if ((static_cast<unsigned char>(held_[i]) & 0xC0) != 0x80) out->push_back('*');
  }
  held_.erase(0, n);
  released_ = to;
  mask_spans_.erase(std::remove_if(mask_spans_.begin(), mask_spans_.end(),
                                   [&](const std::pair<uint64_t, uint64_t>& s) { return s.second <= released_; }),
                    mask_spans_.end());
}

absl::Status StreamFilter::Block(uint64_t block_at, FilterOutput* out) {
  // Matches still undecided (a regex that may grow, a literal waiting for an
  // allow phrase or a word boundary) may start before the block point: the
  // answer ends here, so decide them on the text fed so far, and mask or
  // block at them before anything is released.
  const size_t decided = out->hits.size();
  if (auto st = scanner_->Finish(&out->hits); !st.ok()) return st;
  block_at = std::min(block_at, Apply(&out->hits, decided));
  Release(block_at, &out->text);
  out->text.append(filter_->options().refusal_text);
  // Hits after the block point belong to text that is never emitted.
  out->hits.erase(std::remove_if(out->hits.begin(), out->hits.end(), [&](const Hit& h) { return h.start > block_at; }),
                  out->hits.end());
  blocked_ = out->blocked = true;
  held_.clear();
  mask_spans_.clear();
  return absl::OkStatus();
}

absl::Status StreamFilter::Feed(std::string_view piece, FilterOutput* out) {
  out->text.clear();
  out->hits.clear();
  out->blocked = blocked_;
  if (blocked_ || finished_) return absl::OkStatus();
  if (auto st = scanner_->Feed(piece, &out->hits); !st.ok()) return st;
  held_.append(piece);
  fed_ += piece.size();
  if (const uint64_t block_at = Apply(&out->hits, 0); block_at != UINT64_MAX) {
    TakeUnreported(&out->hits);
    return Block(block_at, out);
  }
  uint64_t stable = scanner_->StableBefore([this](std::string_view tail) { return filter_->CouldBeginHit(tail); });
  const uint32_t hold = filter_->hold_bytes();
  if (hold > 0) {
    stable = std::min(stable, fed_ > hold ? fed_ - hold : 0);
    // Never cut a UTF-8 sequence: callers put the pieces into JSON strings.
    while (stable > released_ && (static_cast<unsigned char>(held_[stable - released_]) & 0xC0) == 0x80) --stable;
  }
  Release(stable, &out->text);
  ReportUpTo(stable, &out->hits);
  return absl::OkStatus();
}

absl::Status StreamFilter::Finish(FilterOutput* out) {
  out->text.clear();
  out->hits.clear();
  out->blocked = blocked_;
  if (blocked_ || finished_) return absl::OkStatus();
  finished_ = true;
  if (auto st = scanner_->Finish(&out->hits); !st.ok()) return st;
  const uint64_t block_at = Apply(&out->hits, 0);
  TakeUnreported(&out->hits);
  if (block_at != UINT64_MAX) return Block(block_at, out);
  Release(fed_, &out->text);
  return absl::OkStatus();
}

}  // namespace lanjie
