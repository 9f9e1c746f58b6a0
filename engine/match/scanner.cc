#include "lanjie/match/scanner.h"

#include <algorithm>
#include <cstring>

#include "absl/base/attributes.h"
#include "absl/strings/str_cat.h"
#include "compiled.h"
#include "hs_util.h"
#include "resolver.h"
#include "variants.h"
#include "lanjie/common/utf8.h"

namespace lanjie {

using internal::BlockMatch;
using internal::MatchSink;
using internal::RawMatch;

const char* ViaName(uint8_t via) {
  switch (via) {
    case internal::kViaPinyin: return "pinyin";
    case internal::kViaHomophone: return "homophone";
    case internal::kViaChaizi: return "chaizi";
    case internal::kViaNumeral: return "numeral";
    default: return "";
  }
}

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

namespace {

absl::Status ScratchError(hs_error_t err) {
  return absl::ResourceExhaustedError(absl::StrCat("Hyperscan scratch: ", internal::HsErrorName(err)));
}

// Makes the prototype (every deserialized database) or grows it for the
// stream databases. Call under proto.mu.
absl::Status GrowPrototype(const internal::CompiledData& d, bool streams, internal::ScratchPrototype::State& proto) {
  if (proto.scratch == nullptr) {
    // One scratch serves every database it was allocated (grown) for.
    for (hs_database_t* db : {d.literal_stream.loaded(), d.regex_block.get(), d.regex_stream.loaded(),
                              d.literal_dense.get()}) {
      if (db == nullptr) continue;
      if (hs_error_t err = hs_alloc_scratch(db, &proto.scratch); err != HS_SUCCESS) return ScratchError(err);
    }
    proto.streams = internal::StreamDatabasesLoaded(d);
  }
  if (streams && !proto.streams) {
    for (const internal::LazyDatabase* lazy : {&d.literal_stream, &d.regex_stream}) {
      absl::StatusOr<hs_database_t*> db = lazy->Get();
      if (!db.ok()) return db.status();
      if (*db == nullptr) continue;
      if (hs_error_t err = hs_alloc_scratch(*db, &proto.scratch); err != HS_SUCCESS) return ScratchError(err);
    }
    proto.streams = true;
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status internal::AllocScratch(const internal::CompiledData& d, hs_scratch_t** scratch, bool streams) {
  internal::ScratchPrototype::State& proto = d.scratch_prototype.state();
  absl::MutexLock lock(&proto.mu);
  if (auto st = GrowPrototype(d, streams, proto); !st.ok()) return st;
  if (proto.scratch == nullptr) return absl::OkStatus();  // no database at all: nothing to scan with
  if (*scratch != nullptr) {
    hs_free_scratch(*scratch);
    *scratch = nullptr;
  }
  if (hs_error_t err = hs_clone_scratch(proto.scratch, scratch); err != HS_SUCCESS) return ScratchError(err);
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Scanner>> Scanner::Create(std::shared_ptr<const Artifact> artifact) {
  std::unique_ptr<Scanner> s(new Scanner());
  s->artifact_ = std::move(artifact);
  // The literal stream is opened now when its database is deserialized,
  // else by the first ScanLiterals (LoadOptions::read_in_place).
  const internal::CompiledData& d = internal::DataOf(*s->artifact_);
  const bool open_stream = d.literal_stream.loaded() != nullptr;
  if (auto st = internal::AllocScratch(d, &s->scratch_, open_stream); !st.ok()) return st;
  if (open_stream) {
    if (hs_error_t err = hs_open_stream(d.literal_stream.loaded(), 0, &s->literal_stream_); err != HS_SUCCESS)
      return absl::ResourceExhaustedError(absl::StrCat("Hyperscan open stream: ", internal::HsErrorName(err)));
  }
  s->normalizer_ = std::make_unique<Normalizer>(&s->artifact_->fold_table());
  s->resolver_ = std::make_unique<internal::Resolver>(&internal::DataOf(*s->artifact_));
  if (!internal::DataOf(*s->artifact_).variant_patterns.empty())
    s->variants_ = std::make_unique<internal::VariantMatcher>(&internal::DataOf(*s->artifact_));
  return s;
}

void Scanner::AddVariantMatches(const NormalizedText& text) {
  if (!variants_) return;
  variants_->Reset();
  variants_->FeedUtf8(text.data(), text.size(), text.base());
  variants_->Finish();
  for (const internal::VariantCandidate& c : variants_->candidates())
    resolver_->pending().push_back(internal::RawMatch{c.start, c.end, c.pattern, false, true, c.via});
}

Scanner::~Scanner() {
  if (literal_stream_) hs_close_stream(literal_stream_, scratch_, nullptr, nullptr);
  if (scratch_) hs_free_scratch(scratch_);
}

absl::Status Scanner::OpenLiteralStream() {
  const internal::CompiledData& d = internal::DataOf(*artifact_);
  if (!d.literal_stream.present() || literal_stream_ != nullptr) return absl::OkStatus();
  // Not opened by Create: the load deferred the database. Deserialize it
  // (once per artifact) and replace scratch_ with a clone that serves it
  // (another scanner may have deserialized it since this one's clone).
  if (auto st = internal::AllocScratch(d, &scratch_, /*streams=*/true); !st.ok()) return st;
  if (hs_error_t err = hs_open_stream(d.literal_stream.loaded(), 0, &literal_stream_); err != HS_SUCCESS)
    return absl::ResourceExhaustedError(absl::StrCat("Hyperscan open stream: ", internal::HsErrorName(err)));
  return absl::OkStatus();
}

absl::Status Scanner::ScanLiterals(std::string_view folded, std::vector<RawMatch>* out) {
  // One text = one stream: scan it, then reset the stream, which reports
  // what only the end of data decides (nothing, for literals) and leaves
  // the stream ready for the next text. No allocation after the first call.
  if (folded.empty()) return absl::OkStatus();
  if (auto st = OpenLiteralStream(); !st.ok()) return st;
  if (literal_stream_ == nullptr) return absl::OkStatus();
  MatchSink sink{&internal::DataOf(*artifact_), out, 0};
  hs_error_t err = hs_scan_stream(literal_stream_, folded.data(), static_cast<unsigned>(folded.size()), 0, scratch_,
                                  internal::OnLiteralMatch, &sink);
  const hs_error_t reset = hs_reset_stream(literal_stream_, 0, scratch_, internal::OnLiteralMatch, &sink);
  if (err == HS_SUCCESS) err = reset;
  if (err != HS_SUCCESS) return absl::InternalError(absl::StrCat("Hyperscan scan: ", internal::HsErrorName(err)));
  return absl::OkStatus();
}

namespace {

absl::Status RegexScan(const internal::CompiledData& d, std::string_view folded, hs_scratch_t* scratch,
                       std::vector<RawMatch>* out) {
  if (folded.empty()) return absl::OkStatus();
  MatchSink sink{&d, out, 0};
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
  if (auto st = ScanLiterals(folded_.view(), &resolver_->pending()); !st.ok()) return st;
  if (auto st = RegexScan(internal::DataOf(*artifact_), folded_.view(), scratch_, &resolver_->pending()); !st.ok())
    return st;
  AddVariantMatches(folded_);
  resolver_->Resolve(folded_, /*final=*/true, /*regex_settled_before=*/UINT64_MAX, hits);
  std::sort(hits->begin(), hits->end(), HitLess);
  return absl::OkStatus();
}

namespace {

int OnBlockMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  static_cast<std::vector<BlockMatch>*>(ctx)->push_back({to, id});
  return 0;
}

}  // namespace

// ScanLines' line table: where line `index` starts and ends in the block
// (lines are numbered by the '\n' that ends them; the last may have none).
static inline uint64_t LineStartIn(const std::vector<Normalizer::LineBreak>& breaks, size_t index) {
  return index == 0 ? 0 : breaks[index - 1].orig + 1;
}
// The number of lines in a block of `block_size` bytes with these line ends
// (the last line counted without its '\n').
static inline size_t LinesIn(const std::vector<Normalizer::LineBreak>& breaks, size_t block_size) {
  return breaks.size() + (LineStartIn(breaks, breaks.size()) < block_size ? 1 : 0);
}
static inline uint64_t LineEndIn(const std::vector<Normalizer::LineBreak>& breaks, size_t index, size_t block_size) {
  return index < breaks.size() ? breaks[index].orig : block_size;
}

absl::Status Scanner::FoldAndScanBlock(std::string_view block, bool dense, const hs_database_t* db,
                                       NormalizedText* folded, std::vector<Normalizer::LineBreak>* breaks,
                                       std::vector<BlockMatch>* matches, const LineCountCallback* on_count) {
  normalizer_->set_line_barrier(true);
  normalizer_->set_record_offsets(false);
  normalizer_->set_dense_output(dense);
  breaks->clear();
  normalizer_->set_line_breaks(breaks);
  normalizer_->Reset(0);
  folded->Clear(0);
  normalizer_->Feed(block, folded);
  normalizer_->Finish(folded);
  block_valid_utf8_ = normalizer_->invalid_bytes() == 0;  // every byte of the block was folded
  normalizer_->set_line_breaks(nullptr);
  normalizer_->set_dense_output(false);
  if (folded->size() > kMaxBlock) return absl::InvalidArgumentError("block over 4 GiB");
  if (dense) folded_dense_size_ = folded->size();
  // The line count is known once the fold has found every line end: handed
  // on before the Hyperscan pass, so that the block after this one (on
  // another thread) need not wait for this pass to number its lines.
  if (on_count != nullptr && *on_count) (*on_count)(LinesIn(*breaks, block.size()));
  matches->clear();
  if (folded->size() > 0 && db != nullptr) {
    hs_error_t err = hs_scan(db, folded->data(), static_cast<unsigned>(folded->size()), 0, scratch_, OnBlockMatch,
                             matches);
    if (err != HS_SUCCESS) return absl::InternalError(absl::StrCat("Hyperscan scan: ", internal::HsErrorName(err)));
  }
  if (dense) AddSideMatches(*folded, matches);
  // A match ending at `end` has its last byte at end - 1, on the line whose
  // '\n' is the first break at or after it.
  for (BlockMatch& m : *matches) {
    const auto it = std::lower_bound(breaks->begin(), breaks->end(), m.end - 1,
                                     [](const Normalizer::LineBreak& b, uint64_t pos) { return b.folded < pos; });
    m.line = static_cast<uint32_t>(it - breaks->begin());
  }
  // Hyperscan reports a block's matches by end offset, so they are nearly
  // always in order already.
  const auto by_line = [](const BlockMatch& x, const BlockMatch& y) {
    return x.line != y.line ? x.line < y.line : x.end < y.end;
  };
  if (!std::is_sorted(matches->begin(), matches->end(), by_line)) std::sort(matches->begin(), matches->end(), by_line);
  return absl::OkStatus();
}

void Scanner::AddSideMatches(const NormalizedText& dense, std::vector<BlockMatch>* matches) {
  // The side keywords (not in the dense database) by the side matcher, then
  // merged with Hyperscan's matches by end: the list a database of every
  // literal gives, up to the order of matches with the same end (the
  // resolver's result does not depend on it) and those starting inside a
  // code (which DenseMatchSpan drops). No allocation once grown.
  const internal::DenseSide& side = internal::DataOf(*artifact_).side;
  if (side.empty() || dense.size() == 0) return;
  side_matches_.clear();
  side.Scan(reinterpret_cast<const unsigned char*>(dense.data()), dense.size(), &side_matches_);
  if (side_matches_.empty()) return;
  merged_matches_.resize(matches->size() + side_matches_.size());
  std::merge(matches->begin(), matches->end(), side_matches_.begin(), side_matches_.end(), merged_matches_.begin(),
             [](const BlockMatch& x, const BlockMatch& y) { return x.end < y.end; });
  matches->swap(merged_matches_);
}

// MapDenseMatches' walk, the folded UTF-8 side: the length of the code
// point at q (q < end, *q >= 0x80); an invalid byte, kept as is, counts 1.
static inline int Utf8LengthAt(const unsigned char* q, const unsigned char* end) {
  uint32_t seq;
  if (end - q >= 4 && (std::memcpy(&seq, q, 4), (seq & 0xC0C0F0u) == 0x8080E0u) && q[0] != 0xE0 && q[0] != 0xED)
    return 3;  // the common case (CJK): a valid 3-byte sequence, no overlong or surrogate lead
  uint32_t cp;
  const int n = DecodeUtf8(q, end, &cp);
  return n <= 0 ? 1 : n;  // an invalid byte kept as is: one 3-byte code
}

// The line-relative dense span [*start, *end) of match m in the dense line
// at dense_line_start (its code at `dense`, `size` bytes), when it lies in
// the line and starts and ends on a code boundary (a code ends with its
// only byte < 0x80); false for a false match inside a code.
ABSL_ATTRIBUTE_ALWAYS_INLINE static inline bool DenseMatchSpan(const internal::CompiledData& data, const BlockMatch& m,
                                                               const unsigned char* dense, uint64_t dense_line_start,
                                                               uint64_t size, uint64_t* start, uint64_t* end) {
  const auto boundary = [dense](uint64_t at) { return at == 0 || dense[at - 1] < 0x80; };
  *end = m.end - dense_line_start;
  const uint32_t dense_len = data.dense_lengths[m.id];
  if (*end > size || dense_len > *end) return false;
  *start = *end - dense_len;
  return boundary(*start) && boundary(*end);
}

// MapDenseMatches' last step: the matches `first`..`last` of the dense
// line at dense_line_start (its code at `dense`) that start and end on a
// code boundary, mapped to folded UTF-8 by `map`, appended to `pending`.
static void PendMappedMatches(const internal::CompiledData& data, const BlockMatch* first, const BlockMatch* last,
                              const unsigned char* dense, uint64_t dense_line_start, uint64_t dense_line_size,
                              const uint32_t* map, std::vector<internal::RawMatch>* pending) {
  for (const BlockMatch* m = first; m != last; ++m) {
    uint64_t match_start, match_end;
    if (!DenseMatchSpan(data, *m, dense, dense_line_start, dense_line_size, &match_start, &match_end)) continue;
    pending->push_back(internal::RawMatch{map[match_start], map[match_end], m->id, false});
  }
}

bool Scanner::MapDenseMatches(const BlockMatch* first, const BlockMatch* last, uint64_t dense_line_start,
                              uint64_t dense_line_size) {
  // Code boundaries of the line in the dense code -> the same boundary in
  // folded UTF-8. Every code ends with its only byte < 0x80 (ASCII is
  // itself), so a dense position is a code boundary exactly when it is 0 or
  // follows a byte < 0x80; every keyword's code ends so too, so a match ends
  // on a boundary, and one that starts inside a code is a false match of
  // the prefilter. The line's dense code (still in folded_ from the block
  // pass) and its UTF-8 folding (line_folded_) are walked in step, one code
  // point at a time: the code's length is read off its bytes (no table),
  // the UTF-8 length off the lead byte (DecodeUtf8 only off the ASCII and
  // valid 3-byte paths). dense_to_folded_ is written at code boundaries only
  // and read only there. Any disagreement between the two texts (never
  // expected) returns false: the caller then scans the line's UTF-8.
  const auto* p = reinterpret_cast<const unsigned char*>(line_folded_.data());
  const auto* end = p + line_folded_.size();
  const auto* dense = reinterpret_cast<const unsigned char*>(folded_.data()) + dense_line_start;
  const auto* dense_end = dense + dense_line_size;
  if (dense_to_folded_.size() < dense_line_size + 1) dense_to_folded_.resize(dense_line_size + 1);
  uint32_t* const map = dense_to_folded_.data();
  const auto* d = dense;
  // The matches are in order of their end: the walk stops after the last
  // one's end (the map is read at match starts and ends only).
  const uint64_t last_end = last[-1].end - dense_line_start;
  const auto* q = p;
  for (; q < end && static_cast<uint64_t>(d - dense) <= last_end;) {
    if (d >= dense_end) return false;
    map[d - dense] = static_cast<uint32_t>(q - p);
    const unsigned b0 = *q;
    if (b0 < 0x80) {  // ASCII: itself in the dense code
      if (*d != b0) return false;
      ++q;
      ++d;
      continue;
    }
    const int n = Utf8LengthAt(q, end);
    const size_t k = FoldTable::DenseCodeLengthAt(d, dense_end);
    if (k < 2) return false;  // not a non-ASCII code: the texts disagree
    d += k;
    q += n;
  }
  if (q == end) {
    if (d != dense_end) return false;  // not the same text: never expected
    map[dense_line_size] = static_cast<uint32_t>(line_folded_.size());
  }
  PendMappedMatches(internal::DataOf(*artifact_), first, last, dense, dense_line_start, dense_line_size, map,
                    &resolver_->pending());
  return true;
}

Scanner::LineMap Scanner::MapLineFromDense(std::string_view line, uint64_t line_start, size_t index,
                                           const BlockMatch* first, const BlockMatch* last,
                                           const internal::VariantCandidate* vfirst,
                                           const internal::VariantCandidate* vlast) {
  // The line's dense code is still in folded_ (the block pass). A match
  // that starts or ends inside a code is a false match of the prefilter
  // (a code ends with its only byte < 0x80, and so does every keyword's);
  // the others go to the resolver in dense offsets, and the line's offset
  // map is read off its original bytes (Normalizer::MapDenseLine) at their
  // marks only. The variant candidates were found by the block pass's walk
  // over the same dense code (the line walked alone finds the same: '\n' is
  // a barrier to the walk) and decided by the guard there, so a line with
  // them is neither folded nor walked again.
  const uint64_t dense_start = index == 0 ? 0 : dense_breaks_[index - 1].folded + 1;
  const uint64_t dense_end = index < dense_breaks_.size() ? dense_breaks_[index].folded : folded_dense_size_;
  const uint64_t size = dense_end - dense_start;
  const auto* dense = reinterpret_cast<const unsigned char*>(folded_.data()) + dense_start;
  const internal::CompiledData& data = internal::DataOf(*artifact_);
  std::vector<RawMatch>& pending = resolver_->pending();
  marks_.clear();
  // Where the resolver reads the map: OrigStart at the start, OrigEnd
  // through the start of the last code (1-3 bytes before the end), and
  // the boundaries after a Latin byte that follows the match (a whole-word
  // match may end at a separator there: Resolver's SeparatedAfter).
  const auto mark = [&](uint64_t match_start, uint64_t match_end) {
    uint64_t last_code = match_end - 1;
    while (last_code > 0 && dense[last_code - 1] >= 0x80) --last_code;
    marks_.insert(marks_.end(), {static_cast<uint32_t>(match_start), static_cast<uint32_t>(last_code),
                                 static_cast<uint32_t>(match_end)});
    if (match_end < size && dense[match_end] >= 'a' && dense[match_end] <= 'z')
      marks_.push_back(static_cast<uint32_t>(match_end + 1));
  };
  for (const BlockMatch* m = first; m != last; ++m) {
    uint64_t match_start, match_end;
    if (!DenseMatchSpan(data, *m, dense, dense_start, size, &match_start, &match_end)) continue;
    pending.push_back(RawMatch{match_start, match_end, m->id, false});
    mark(match_start, match_end);
  }
  // Candidates lie in the line and on code boundaries (the walk's tokens
  // are whole codes or Latin bytes).
  for (const internal::VariantCandidate* c = vfirst; c != vlast; ++c) {
    const uint64_t match_start = c->start - dense_start, match_end = c->end - dense_start;
    pending.push_back(RawMatch{match_start, match_end, c->pattern, false, true, c->via, /*guarded=*/true});
    mark(match_start, match_end);
  }
  if (pending.empty()) return kMapNothing;
  std::sort(marks_.begin(), marks_.end());
  marks_.erase(std::unique(marks_.begin(), marks_.end()), marks_.end());
  const std::string_view code(folded_.data() + dense_start, size);
  if (dense_to_folded_.size() < size + 1) dense_to_folded_.resize(size + 1);
  return normalizer_->MapDenseLine(line, line_start, code, marks_.data(), marks_.size(), &line_folded_,
                                   dense_to_folded_.data())
             ? kMapped
             : kMapFailed;
}

absl::Status Scanner::ScanLines(std::string_view block, bool only_hits, const LineCallback& on_line,
                                const LineCountCallback& on_count) {
  // One Hyperscan pass over the block, then exact work on the lines with a
  // match only. The block is folded without an offset map into the dense
  // code (FoldTable::EncodeDense) and scanned with the dense literal
  // database: 4-6x faster than folded UTF-8 on Chinese text. A line with
  // dense matches only gets its offset map read off its original bytes and
  // its dense code (MapLineFromDense: no second fold) and is resolved in
  // dense offsets; so does a line with variant candidates (the block
  // pass's walk found them in the same dense code and the real-word guard
  // decided them there). Other lines with a match
  // (regexes, or what that map cannot follow: whitespace, digits,
  // references ...) are folded again alone, in UTF-8 with their offset
  // map (and walked for variants again when they have candidates), and their
  // dense matches are mapped onto it (MapDenseMatches; false matches that
  // start inside a code drop out); regexes run on that line's UTF-8. With line barriers
  // folding never crosses a '\n', so a line folded alone gives the same
  // bytes as inside the block. Lists with regexes also fold the block once
  // more in UTF-8 to find the lines their regexes match.
  if (auto st = FindMatchLines(block, !only_hits || on_count, &on_count); !st.ok()) return st;
  const std::vector<Normalizer::LineBreak>& breaks = dense_breaks_;
  const size_t lines = LinesIn(breaks, block.size());

  // Walk the lines that have dense or regex matches (or all lines).
  size_t next_dense = 0, next_regex = 0, next_variant = 0;
  for (size_t index = 0; index < lines;) {
    const BlockMatch* first = dense_matches_.data() + next_dense;
    while (next_dense < dense_matches_.size() && dense_matches_[next_dense].line == index) ++next_dense;
    const BlockMatch* last = dense_matches_.data() + next_dense;
    const bool regexes = next_regex < regex_lines_.size() && regex_lines_[next_regex] == index;
    next_regex += regexes;
    const bool variants = next_variant < variant_lines_.size() && variant_lines_[next_variant] == index;
    const internal::VariantCandidate* const vfirst =
        variants ? variant_candidates_.data() + variant_line_begin_[next_variant] : nullptr;
    const internal::VariantCandidate* const vlast =
        variants ? variant_candidates_.data() + variant_line_begin_[next_variant + 1] : nullptr;
    next_variant += variants;
    if (first != last || regexes || variants) {
      if (auto st = ScanLine(block, index, first, last, regexes, vfirst, vlast); !st.ok()) return st;
      if (!only_hits || !line_hits_.empty()) on_line(index, LineStartIn(breaks, index), line_hits_);
    } else if (!only_hits) {
      line_hits_.clear();
      on_line(index, LineStartIn(breaks, index), line_hits_);
    }
    if (only_hits) {  // jump to the next line with a match
      const size_t a = next_dense < dense_matches_.size() ? dense_matches_[next_dense].line : lines;
      const size_t b = next_regex < regex_lines_.size() ? regex_lines_[next_regex] : lines;
      const size_t c = next_variant < variant_lines_.size() ? variant_lines_[next_variant] : lines;
      index = std::max(index + 1, std::min({a, b, c}));
    } else {
      ++index;
    }
  }
  return absl::OkStatus();
}

absl::Status Scanner::FindMatchLines(std::string_view block, bool need_line_table, const LineCountCallback* on_count) {
  const internal::CompiledData& d = internal::DataOf(*artifact_);
  block_valid_utf8_ = false;  // until a fold of this block says so
  dense_matches_.clear();
  regex_lines_.clear();
  variant_lines_.clear();
  variant_candidates_.clear();
  variant_line_begin_.clear();
  bool folded = false;
  if (d.literal_dense || !d.side.empty()) {
    if (auto st = FoldAndScanBlock(block, true, d.literal_dense.get(), &folded_, &dense_breaks_, &dense_matches_,
                                   on_count);
        !st.ok())
      return st;
    folded = true;
    if (variants_) FindVariantLines();
  }
  if (d.regex_block) {
    if (auto st = FoldAndScanBlock(block, false, d.regex_block.get(), &regex_folded_, &utf8_breaks_, &regex_matches_,
                                   folded ? nullptr : on_count);
        !st.ok())
      return st;
    for (const BlockMatch& m : regex_matches_)
      if (regex_lines_.empty() || regex_lines_.back() != m.line) regex_lines_.push_back(m.line);
    if (!folded) dense_breaks_ = utf8_breaks_;  // the line table reads dense_breaks_
    folded = true;
  }
  if (!folded) {  // nothing can hit; the line table is still needed for on_line (and on_count)
    dense_breaks_.clear();
    if (need_line_table)
      for (const char* p = block.data();
           (p = static_cast<const char*>(std::memchr(p, '\n', block.data() + block.size() - p))); ++p)
        dense_breaks_.push_back({static_cast<uint64_t>(p - block.data()), 0});
    if (on_count != nullptr && *on_count) (*on_count)(LinesIn(dense_breaks_, block.size()));
  }
  return absl::OkStatus();
}

void Scanner::FindVariantLines() {
  // Variant candidates in the same dense text, decided by the real-word
  // guard on their line's dense code (what the resolver would decide on
  // the line's UTF-8), kept by line for ScanLine.
  variants_->Reset();
  variants_->FeedDense(folded_.data(), folded_.size(), 0);
  variants_->Finish();
  std::vector<internal::VariantCandidate>& candidates = variants_->candidates();
  // The walk reports a candidate when its last token arrives: in order of
  // end, so of line, already (kept stable for ties: the resolver's input order).
  const auto by_end = [](const internal::VariantCandidate& a, const internal::VariantCandidate& b) {
    return a.end < b.end;
  };
  if (!std::is_sorted(candidates.begin(), candidates.end(), by_end))
    std::stable_sort(candidates.begin(), candidates.end(), by_end);
  const internal::CompiledData& data = internal::DataOf(*artifact_);
  const auto* dense = reinterpret_cast<const unsigned char*>(folded_.data());
  for (const internal::VariantCandidate& c : candidates) {
    const auto it = std::lower_bound(dense_breaks_.begin(), dense_breaks_.end(), c.end - 1,
                                     [](const Normalizer::LineBreak& b, uint64_t pos) { return b.folded < pos; });
    const size_t line = static_cast<size_t>(it - dense_breaks_.begin());
    const uint64_t line_start = line == 0 ? 0 : dense_breaks_[line - 1].folded + 1;
    const uint64_t line_end = line < dense_breaks_.size() ? dense_breaks_[line].folded : folded_dense_size_;
    if (c.start < line_start || c.end > line_end) continue;  // never: '\n' is a barrier to the walk
    const std::string_view keyword = data.entries[data.variant_patterns[c.pattern].entry].normalized;
    const internal::GuardVerdict verdict = internal::RealWordGuardDense(
        dense + line_start, line_end - line_start, c.start - line_start, c.end - line_start, keyword);
    if (verdict == internal::GuardVerdict::kWordIsSpan) continue;
    if (variant_lines_.empty() || variant_lines_.back() != line) {
      variant_lines_.push_back(static_cast<uint32_t>(line));
      variant_line_begin_.push_back(static_cast<uint32_t>(variant_candidates_.size()));
    }
    variant_candidates_.push_back(c);
    variant_candidates_.back().undecided = verdict == internal::GuardVerdict::kWordReachesOut;
  }
  variant_line_begin_.push_back(static_cast<uint32_t>(variant_candidates_.size()));
}

absl::Status Scanner::ScanLine(std::string_view block, size_t index, const BlockMatch* first, const BlockMatch* last,
                               bool regexes, const internal::VariantCandidate* vfirst,
                               const internal::VariantCandidate* vlast) {
  line_hits_.clear();
  const uint64_t start = LineStartIn(dense_breaks_, index);
  const uint64_t end = LineEndIn(dense_breaks_, index, block.size());
  resolver_->Reset();
  const bool variants = vfirst != vlast;
  // A candidate the dense guard left undecided is decided on the line's
  // folded UTF-8, which knows its sentence punctuation.
  const bool undecided =
      std::any_of(vfirst, vlast, [](const internal::VariantCandidate& c) { return c.undecided; });
  if ((first != last || variants) && !regexes && !undecided) {
    // Only dense matches and variant candidates: map them without folding
    // the line again.
    const std::string_view line = block.substr(start, end - start);
    if (auto mapped = MapLineFromDense(line, start, index, first, last, vfirst, vlast);
        mapped != kMapFailed) {
      if (mapped == kMapNothing) return absl::OkStatus();
      resolver_->Resolve(line_folded_, /*final=*/true, /*regex_settled_before=*/UINT64_MAX, &line_hits_);
      for (Hit& h : line_hits_) {  // folded offsets in UTF-8, as every other path reports them
        h.start -= start;
        h.end -= start;
        h.norm_start = dense_to_folded_[h.norm_start];
        h.norm_end = dense_to_folded_[h.norm_end];
      }
      std::sort(line_hits_.begin(), line_hits_.end(), HitLess);
      return absl::OkStatus();
    }
    resolver_->Reset();
  }
  return FoldAndResolveLine(block, index, start, end, first, last, regexes, variants);
}

absl::Status Scanner::FoldAndResolveLine(std::string_view block, size_t index, uint64_t start, uint64_t end,
                                         const BlockMatch* first, const BlockMatch* last, bool regexes, bool variants) {
  normalizer_->set_record_offsets(true);
  normalizer_->Reset(start);
  line_folded_.Clear(0);
  normalizer_->Feed(block.substr(start, end - start), &line_folded_);
  normalizer_->Finish(&line_folded_);
  normalizer_->set_record_offsets(false);
  if (first != last) {
    const uint64_t dense_start = index == 0 ? 0 : dense_breaks_[index - 1].folded + 1;
    const uint64_t dense_end = index < dense_breaks_.size() ? dense_breaks_[index].folded : folded_dense_size_;
    if (!MapDenseMatches(first, last, dense_start, dense_end - dense_start)) {
      if (auto st = ScanLiterals(line_folded_.view(), &resolver_->pending()); !st.ok()) return st;
    }
  }
  if (regexes && line_folded_.size() > 0) {
    const internal::CompiledData& d = internal::DataOf(*artifact_);
    internal::MatchSink sink{&d, &resolver_->pending(), 0};
    hs_error_t err = hs_scan(d.regex_block.get(), line_folded_.data(), static_cast<unsigned>(line_folded_.size()),
                             0, scratch_, internal::OnRegexMatch, &sink);
    if (err != HS_SUCCESS) return absl::InternalError(absl::StrCat("Hyperscan scan: ", internal::HsErrorName(err)));
  }
  if (variants) AddVariantMatches(line_folded_);
  resolver_->Resolve(line_folded_, /*final=*/true, /*regex_settled_before=*/UINT64_MAX, &line_hits_);
  for (Hit& h : line_hits_) {
    h.start -= start;
    h.end -= start;
  }
  std::sort(line_hits_.begin(), line_hits_.end(), HitLess);
  return absl::OkStatus();
}

}  // namespace lanjie
