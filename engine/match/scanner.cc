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
  resolver_->Resolve(folded_, /*final=*/true, hits);
  std::sort(hits->begin(), hits->end(), HitLess);
  return absl::OkStatus();
}

namespace {

// Counts a match of the line prefilter: its end offset, in the folded text.
int OnCandidate(unsigned int, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  static_cast<std::vector<uint64_t>*>(ctx)->push_back(to);
  return 0;
}

}  // namespace

absl::Status Scanner::FindCandidateLines(std::string_view block, bool dense, const hs_database_t* db) {
  normalizer_->set_line_barrier(true);
  normalizer_->set_record_offsets(false);
  normalizer_->set_dense_output(dense);
  line_breaks_.clear();
  normalizer_->set_line_breaks(&line_breaks_);
  normalizer_->Reset(0);
  folded_.Clear(0);
  normalizer_->Feed(block, &folded_);
  normalizer_->Finish(&folded_);
  normalizer_->set_line_breaks(nullptr);
  normalizer_->set_dense_output(false);
  if (folded_.size() > kMaxBlock) return absl::InvalidArgumentError("block over 4 GiB");
  match_ends_.clear();
  if (folded_.size() > 0) {
    hs_error_t err = hs_scan(db, folded_.data(), static_cast<unsigned>(folded_.size()), 0, scratch_, OnCandidate,
                             &match_ends_);
    if (err != HS_SUCCESS) return absl::InternalError(absl::StrCat("Hyperscan scan: ", internal::HsErrorName(err)));
  }
  // A match ending at `to` has its last byte at to - 1, on the line whose
  // '\n' is the first break at or after it.
  for (uint64_t to : match_ends_) {
    const auto it = std::lower_bound(line_breaks_.begin(), line_breaks_.end(), to - 1,
                                     [](const Normalizer::LineBreak& b, uint64_t pos) { return b.folded < pos; });
    candidate_lines_.push_back(static_cast<size_t>(it - line_breaks_.begin()));
  }
  return absl::OkStatus();
}

absl::Status Scanner::ScanLines(std::string_view block, bool only_hits, const LineCallback& on_line) {
  // Two passes. The whole block is folded without an offset map and scanned
  // for candidate lines: literals by the dense-code prefilter (4-6x faster
  // than the UTF-8 database on Chinese text, see FoldTable::EncodeDense),
  // regexes on folded UTF-8. Then each candidate line (a few percent of
  // lines) is folded alone with its offset map and scanned exactly, like
  // Scan(). With line barriers folding never crosses a '\n', so a line
  // folded alone gives the same bytes as inside the block, and the exact
  // pass alone decides every hit: the prefilter may only over-select.
  const internal::CompiledData& d = artifact_->data();
  candidate_lines_.clear();
  bool folded = false;
  if (d.literal_dense) {
    if (auto st = FindCandidateLines(block, /*dense=*/true, d.literal_dense.get()); !st.ok()) return st;
    folded = true;
  }
  if (d.regex_block) {
    if (auto st = FindCandidateLines(block, /*dense=*/false, d.regex_block.get()); !st.ok()) return st;
    folded = true;
  }
  if (!folded && !only_hits) {  // nothing can hit, but every line is reported
    line_breaks_.clear();
    for (const char* p = block.data(); (p = static_cast<const char*>(std::memchr(p, '\n', block.data() + block.size() - p)));
         ++p)
      line_breaks_.push_back({static_cast<uint64_t>(p - block.data()), 0});
  }
  std::sort(candidate_lines_.begin(), candidate_lines_.end());
  candidate_lines_.erase(std::unique(candidate_lines_.begin(), candidate_lines_.end()), candidate_lines_.end());

  // Lines are numbered by the '\n' that ends them; the last line may have none.
  const auto line_start = [&](size_t index) -> uint64_t {
    return index == 0 ? 0 : line_breaks_[index - 1].orig + 1;
  };
  const auto line_end = [&](size_t index) -> uint64_t {
    return index < line_breaks_.size() ? line_breaks_[index].orig : block.size();
  };
  const size_t lines = line_breaks_.size() + (line_start(line_breaks_.size()) < block.size() ? 1 : 0);
  const auto scan_line = [&](size_t index) -> absl::Status {
    line_hits_.clear();
    const uint64_t start = line_start(index);
    normalizer_->set_record_offsets(true);
    normalizer_->Reset(start);
    line_folded_.Clear(0);
    normalizer_->Feed(block.substr(start, line_end(index) - start), &line_folded_);
    normalizer_->Finish(&line_folded_);
    normalizer_->set_record_offsets(false);
    resolver_->Reset();
    if (auto st = BlockScan(d, line_folded_.view(), scratch_, &resolver_->pending()); !st.ok()) return st;
    resolver_->Resolve(line_folded_, /*final=*/true, &line_hits_);
    for (Hit& h : line_hits_) {
      h.start -= start;
      h.end -= start;
    }
    std::sort(line_hits_.begin(), line_hits_.end(), HitLess);
    return absl::OkStatus();
  };

  if (only_hits) {
    for (size_t index : candidate_lines_) {
      if (index >= lines) continue;
      if (auto st = scan_line(index); !st.ok()) return st;
      if (!line_hits_.empty()) on_line(index, line_start(index), line_hits_);
    }
    return absl::OkStatus();
  }
  size_t next = 0;
  for (size_t index = 0; index < lines; ++index) {
    line_hits_.clear();
    if (next < candidate_lines_.size() && candidate_lines_[next] == index) {
      ++next;
      if (auto st = scan_line(index); !st.ok()) return st;
    }
    on_line(index, line_start(index), line_hits_);
  }
  return absl::OkStatus();
}

}  // namespace lanjie
