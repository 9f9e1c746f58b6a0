#include <algorithm>

#include "absl/strings/str_cat.h"
#include "compiled.h"
#include "hs_util.h"
#include "resolver.h"
#include "variants.h"
#include "lanjie/match/scanner.h"

namespace lanjie {

namespace {

absl::Status HsError(const char* what, hs_error_t err) {
  return absl::InternalError(absl::StrCat("Hyperscan ", what, ": ", internal::HsErrorName(err)));
}

}  // namespace

absl::StatusOr<std::unique_ptr<StreamScanner>> StreamScanner::Create(std::shared_ptr<const Artifact> artifact,
                                                                     StreamScannerOptions options) {
  std::unique_ptr<StreamScanner> s(new StreamScanner());
  s->artifact_ = std::move(artifact);
  s->options_ = options;
  const internal::CompiledData& d = internal::DataOf(*s->artifact_);
  // With `streams`, AllocScratch deserializes what a load deferred.
  if (auto st = internal::AllocScratch(d, &s->scratch_, /*streams=*/true); !st.ok()) return st;
  if (hs_database_t* db = d.literal_stream.loaded()) {
    if (hs_error_t e = hs_open_stream(db, 0, &s->literal_stream_); e != HS_SUCCESS) return HsError("open stream", e);
  }
  if (hs_database_t* db = d.regex_stream.loaded()) {
    if (hs_error_t e = hs_open_stream(db, 0, &s->regex_stream_); e != HS_SUCCESS) return HsError("open stream", e);
  }
  s->normalizer_ = std::make_unique<Normalizer>(&s->artifact_->fold_table());
  s->resolver_ = std::make_unique<internal::Resolver>(&d);
  if (!d.variant_patterns.empty()) s->variants_ = std::make_unique<internal::VariantMatcher>(&d);
  s->Reset();
  return s;
}

StreamScanner::~StreamScanner() {
  if (literal_stream_) hs_close_stream(literal_stream_, scratch_, nullptr, nullptr);
  if (regex_stream_) hs_close_stream(regex_stream_, scratch_, nullptr, nullptr);
  if (scratch_) hs_free_scratch(scratch_);
}

void StreamScanner::Reset() {
  // hs_reset_stream without a callback discards end-of-data matches of the old stream.
  if (literal_stream_) hs_reset_stream(literal_stream_, 0, scratch_, nullptr, nullptr);
  if (regex_stream_) hs_reset_stream(regex_stream_, 0, scratch_, nullptr, nullptr);
  normalizer_->Reset(0);
  folded_.Clear(0);
  scanned_to_ = 0;
  resolver_->Reset();
  if (variants_) variants_->Reset();
  variant_fed_ = 0;
  finished_ = false;
}

absl::Status StreamScanner::ScanNew(std::vector<Hit>* hits) {
  const internal::CompiledData& d = internal::DataOf(*artifact_);
  const uint64_t end = folded_.end();
  if (end > scanned_to_) {
    const char* p = folded_.data() + (scanned_to_ - folded_.base());
    const unsigned len = static_cast<unsigned>(end - scanned_to_);
    internal::MatchSink sink{&d, &resolver_->pending(), 0};
    if (literal_stream_) {
      if (hs_error_t e = hs_scan_stream(literal_stream_, p, len, 0, scratch_, internal::OnLiteralMatch, &sink);
          e != HS_SUCCESS)
        return HsError("stream scan", e);
    }
    if (regex_stream_) {
      if (hs_error_t e = hs_scan_stream(regex_stream_, p, len, 0, scratch_, internal::OnRegexMatch, &sink);
          e != HS_SUCCESS)
        return HsError("stream scan", e);
    }
    scanned_to_ = end;
  }
  if (variants_ && end > variant_fed_) {
    variants_->FeedUtf8(folded_.data() + (variant_fed_ - folded_.base()), end - variant_fed_, variant_fed_);
    variant_fed_ = end;
    for (const internal::VariantCandidate& c : variants_->candidates())
      resolver_->pending().push_back(internal::RawMatch{c.start, c.end, c.pattern, false, true, c.via});
    variants_->candidates().clear();
  }
  // Start of the regex window: W folded bytes back, or the folded text of
  // the last W original bytes, whichever is farther back. Regex matches
  // starting in it stay open; the folded text from it on is kept.
  const uint64_t w = options_.regex_window, fed = normalizer_->orig_pos();
  uint64_t regex_window = end > w ? end - w : 0;
  regex_window = std::min(regex_window, fed > w ? folded_.NormAt(fed - w) : 0);
  resolver_->Resolve(folded_, /*final=*/false, regex_window, hits);
  // Bound memory: keep what undecided matches and future matches may need.
  uint64_t keep_from = end > d.max_literal_length + 1 ? end - d.max_literal_length - 1 : 0;
  if (regex_stream_) keep_from = std::min(keep_from, regex_window);
  const uint64_t pending = resolver_->EarliestPending();
  if (pending != UINT64_MAX) keep_from = std::min(keep_from, pending > 0 ? pending - 1 : 0);
  // The real-word guard of a variant match reads a few characters before it.
  for (const internal::RawMatch& m : resolver_->pending())
    keep_from = std::min(keep_from, m.norm_start > internal::kGuardLookahead ? m.norm_start - internal::kGuardLookahead : 0);
  if (variants_) {
    const uint64_t hold = variants_->HoldFrom();
    if (hold != UINT64_MAX) keep_from = std::min(keep_from, hold > internal::kGuardLookahead ? hold - internal::kGuardLookahead : 0);
  }
  if (keep_from > folded_.base() + 4096 || (keep_from > folded_.base() && folded_.size() > 65536))
    folded_.DiscardBefore(keep_from);
  return absl::OkStatus();
}

absl::Status StreamScanner::Feed(std::string_view piece, std::vector<Hit>* hits) {
  if (finished_) return absl::FailedPreconditionError("stream already finished; call Reset()");
  // Large pieces are folded and scanned in slices so memory stays bounded.
  constexpr size_t kSlice = 1 << 20;
  do {
    std::string_view slice = piece.substr(0, kSlice);
    piece.remove_prefix(slice.size());
    normalizer_->Feed(slice, &folded_);
    if (auto st = ScanNew(hits); !st.ok()) return st;
  } while (!piece.empty());
  return absl::OkStatus();
}

absl::Status StreamScanner::Finish(std::vector<Hit>* hits) {
  if (finished_) return absl::OkStatus();
  normalizer_->Finish(&folded_);
  if (auto st = ScanNew(hits); !st.ok()) return st;
  finished_ = true;
  if (variants_) {
    variants_->Finish();
    for (const internal::VariantCandidate& c : variants_->candidates())
      resolver_->pending().push_back(internal::RawMatch{c.start, c.end, c.pattern, false, true, c.via});
    variants_->candidates().clear();
  }
  // End-of-data matches (regexes anchored with $), then every match is
  // decided at once, so a regex hit gets its longest end.
  internal::MatchSink sink{&internal::DataOf(*artifact_), &resolver_->pending(), 0};
  if (regex_stream_) hs_reset_stream(regex_stream_, 0, scratch_, internal::OnRegexMatch, &sink);
  if (literal_stream_) hs_reset_stream(literal_stream_, 0, scratch_, internal::OnLiteralMatch, &sink);
  resolver_->Resolve(folded_, /*final=*/true, /*regex_settled_before=*/UINT64_MAX, hits);
  return absl::OkStatus();
}

uint64_t StreamScanner::StableBefore() const {
  return StableBefore([](std::string_view) { return true; });
}

uint64_t StreamScanner::StableBefore(absl::FunctionRef<bool(std::string_view)> could_begin_hit) const {
  // A future hit starts at a folded position >= end - (max_literal_length - 1),
  // or at a pending match, or in bytes not yet folded.
  uint64_t stable = normalizer_->unfolded_from();
  const uint64_t end = folded_.end();
  const uint32_t max_len = std::max<uint32_t>(artifact_->max_literal_length(), 1);
  uint64_t first_open = end >= max_len - 1 ? end - (max_len - 1) : 0;
  auto is_continuation = [&](uint64_t pos) {
    return (static_cast<unsigned char>(folded_.data()[pos - folded_.base()]) & 0xC0) == 0x80;
  };
  // Hits start on a code point boundary of the folded text; skip tail
  // positions whose remaining bytes begin no keyword.
  while (first_open < end && first_open >= folded_.base() &&
         (is_continuation(first_open) ||
          !could_begin_hit(std::string_view(folded_.data() + (first_open - folded_.base()), end - first_open))))
    ++first_open;
  first_open = std::min(first_open, resolver_->EarliestPending());
  if (variants_) first_open = std::min(first_open, variants_->HoldFrom());
  while (first_open < end && first_open >= folded_.base() && is_continuation(first_open)) ++first_open;
  if (first_open < end && first_open >= folded_.base() && folded_.size() > 0)
    stable = std::min(stable, folded_.OrigStart(first_open));
  return stable;
}

}  // namespace lanjie
