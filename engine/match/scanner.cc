#include "lanjie/scanner.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "engine/match/compiled.h"
#include "engine/match/hs_util.h"
#include "engine/match/resolver.h"
#include "engine/normalize/utf8.h"

namespace lanjie {

using internal::MatchSink;
using internal::RawMatch;

bool HitLess(const Hit& a, const Hit& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end != b.end) return a.end > b.end;
  return a.entry < b.entry;
}

std::vector<Hit> NonOverlapping(std::vector<Hit> hits) {
  std::sort(hits.begin(), hits.end(), HitLess);
  std::vector<Hit> out;
  uint64_t covered = 0;
  for (const Hit& h : hits) {
    if (!out.empty() && h.start < covered) continue;
    out.push_back(h);
    covered = h.end;
  }
  return out;
}

std::string Mask(std::string_view text, const std::vector<Hit>& hits) {
  std::string out;
  out.reserve(text.size());
  uint64_t pos = 0;
  for (const Hit& h : NonOverlapping(hits)) {
    if (h.start < pos || h.end > text.size()) continue;
    out.append(text.substr(pos, h.start - pos));
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + h.start;
    const auto* end = reinterpret_cast<const unsigned char*>(text.data()) + h.end;
    while (p < end) {  // one '*' per code point (per byte where UTF-8 is invalid)
      uint32_t cp;
      int n = DecodeUtf8(p, end, &cp);
      p += n > 0 ? n : 1;
      out.push_back('*');
    }
    pos = h.end;
  }
  out.append(text.substr(pos));
  return out;
}

std::string MaskForOutput(const Artifact& artifact, std::string_view text, const std::vector<Hit>& hits) {
  std::vector<char> masked(text.size(), 0);
  bool any = false;
  for (const Hit& h : hits) {
    const Action a = artifact.entries()[h.entry].action;
    if (a != Action::kBlock && a != Action::kMask) continue;
    for (uint64_t i = h.start; i < h.end && i < text.size(); ++i) masked[i] = 1;
    any = true;
  }
  if (!any) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (!masked[i]) {
      out.push_back(text[i]);
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      out.push_back('*');
    }
  }
  return out;
}

absl::Status AllocScratch(const internal::CompiledData& d, hs_scratch_t** scratch) {
  for (hs_database_t* db : {d.literal_block.get(), d.literal_stream.get(), d.regex_block.get(), d.regex_stream.get()}) {
    if (db == nullptr) continue;
    hs_error_t err = hs_alloc_scratch(db, scratch);
    if (err != HS_SUCCESS)
      return absl::ResourceExhaustedError(absl::StrCat("Hyperscan scratch: ", internal::HsErrorName(err)));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Scanner>> Scanner::Create(std::shared_ptr<const Artifact> artifact) {
  std::unique_ptr<Scanner> s(new Scanner());
  s->artifact_ = std::move(artifact);
  if (auto st = AllocScratch(s->artifact_->data(), &s->scratch_); !st.ok()) return st;
  s->normalizer_ = std::make_unique<Normalizer>(&s->artifact_->fold_table());
  s->resolver_ = std::make_unique<internal::Resolver>(&s->artifact_->data());
  return s;
}

Scanner::~Scanner() {
  if (scratch_) hs_free_scratch(scratch_);
}

namespace {

absl::Status BlockScan(const internal::CompiledData& d, std::string_view folded, hs_scratch_t* scratch,
                       std::vector<RawMatch>* out) {
  if (folded.empty()) return absl::OkStatus();
  MatchSink sink{&d, out, 0};
  if (d.literal_block) {
    hs_error_t err = hs_scan(d.literal_block.get(), folded.data(), static_cast<unsigned>(folded.size()), 0, scratch,
                             internal::OnLiteralMatch, &sink);
    if (err != HS_SUCCESS) return absl::InternalError(absl::StrCat("Hyperscan scan: ", internal::HsErrorName(err)));
  }
  if (d.regex_block) {
    hs_error_t err = hs_scan(d.regex_block.get(), folded.data(), static_cast<unsigned>(folded.size()), 0, scratch,
                             internal::OnRegexMatch, &sink);
    if (err != HS_SUCCESS) return absl::InternalError(absl::StrCat("Hyperscan scan: ", internal::HsErrorName(err)));
  }
  return absl::OkStatus();
}

constexpr size_t kMaxBlock = 0xFFFFFFFFu;  // hs_scan takes an unsigned length

}  // namespace

absl::Status Scanner::Scan(std::string_view text, std::vector<Hit>* hits) {
  hits->clear();
  normalizer_->set_line_barrier(false);
  normalizer_->set_record_offsets(true);
  normalizer_->Reset(0);
  folded_.Clear(0);
  normalizer_->Feed(text, &folded_);
  normalizer_->Finish(&folded_);
  if (folded_.size() > kMaxBlock) return absl::InvalidArgumentError("text over 4 GiB: use a StreamScanner");
  resolver_->Reset();
  if (auto st = BlockScan(artifact_->data(), folded_.view(), scratch_, &resolver_->pending()); !st.ok()) return st;
  resolver_->Resolve(folded_, /*final=*/true, /*regex_settled_before=*/UINT64_MAX, hits);
  std::sort(hits->begin(), hits->end(), HitLess);
  return absl::OkStatus();
}

absl::Status Scanner::ScanLines(std::string_view block, bool only_hits, const LineCallback& on_line) {
  // The block is folded without an offset map; the few lines with a match
  // are folded again, alone, with one. With line barriers folding never
  // crosses a '\n', so a line folded alone gives the same bytes at the same
  // folded offsets as inside the block.
  normalizer_->set_line_barrier(true);
  normalizer_->set_record_offsets(false);
  normalizer_->Reset(0);
  folded_.Clear(0);
  normalizer_->Feed(block, &folded_);
  normalizer_->Finish(&folded_);
  if (folded_.size() > kMaxBlock) return absl::InvalidArgumentError("block over 4 GiB");
  std::vector<RawMatch>& raw = raw_;
  raw.clear();
  if (auto st = BlockScan(artifact_->data(), folded_.view(), scratch_, &raw); !st.ok()) return st;
  std::sort(raw.begin(), raw.end(), [](const RawMatch& a, const RawMatch& b) { return a.norm_end < b.norm_end; });

  // Walk original and folded lines in lockstep: folding emits exactly one
  // '\n' per original '\n'.
  const char* fold = folded_.data();
  const size_t fold_size = folded_.size();
  size_t orig_pos = 0, fold_pos = 0, next_raw = 0;
  for (size_t index = 0; orig_pos < block.size(); ++index) {
    const char* onl = static_cast<const char*>(std::memchr(block.data() + orig_pos, '\n', block.size() - orig_pos));
    const size_t orig_line_end = onl ? static_cast<size_t>(onl - block.data()) : block.size();
    const char* fnl = static_cast<const char*>(std::memchr(fold + fold_pos, '\n', fold_size - fold_pos));
    const size_t fold_line_end = fnl ? static_cast<size_t>(fnl - fold) : fold_size;
    line_hits_.clear();
    if (next_raw < raw.size() && raw[next_raw].norm_end <= fold_line_end) {
      resolver_->Reset();
      for (; next_raw < raw.size() && raw[next_raw].norm_end <= fold_line_end; ++next_raw)
        if (raw[next_raw].norm_start >= fold_pos) resolver_->pending().push_back(raw[next_raw]);
      normalizer_->set_record_offsets(true);
      normalizer_->Reset(orig_pos);
      line_folded_.Clear(fold_pos);
      normalizer_->Feed(block.substr(orig_pos, orig_line_end - orig_pos), &line_folded_);
      normalizer_->Finish(&line_folded_);
      normalizer_->set_record_offsets(false);
      resolver_->Resolve(line_folded_, /*final=*/true, /*regex_settled_before=*/UINT64_MAX, &line_hits_);
      for (Hit& h : line_hits_) {
        h.start -= orig_pos;
        h.end -= orig_pos;
        h.norm_start -= fold_pos;
        h.norm_end -= fold_pos;
      }
      std::sort(line_hits_.begin(), line_hits_.end(), HitLess);
    }
    // Skip matches that straddle a line break (only regexes can).
    while (next_raw < raw.size() && raw[next_raw].norm_end <= fold_line_end + 1) ++next_raw;
    if (!only_hits || !line_hits_.empty()) on_line(index, orig_pos, line_hits_);
    orig_pos = orig_line_end + 1;
    fold_pos = fold_line_end + 1;
  }
  return absl::OkStatus();
}

}  // namespace lanjie
