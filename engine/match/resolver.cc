#include "resolver.h"

#include <algorithm>

namespace lanjie::internal {
namespace {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

inline bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

}  // namespace

int OnLiteralMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* ctx) {
  auto* sink = static_cast<MatchSink*>(ctx);
  const uint64_t end = sink->offset + to;
  const uint32_t length = sink->data->literal_patterns[id].length;
  // A literal ends at least its length after the text's start; a match that
  // does not can only come from a damaged artifact and would start before it.
  if (length <= end) sink->out->push_back(RawMatch{end - length, end, id, false});
  return 0;
}

int OnRegexMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* sink = static_cast<MatchSink*>(ctx);
  sink->out->push_back(RawMatch{sink->offset + from, sink->offset + to, id, true});
  return 0;
}

Resolver::Resolver(const CompiledData* data)
    : d_(data), clause_first_(data->clauses.size()), rule_state_(data->rules.size(), 0) {}

void Resolver::Reset() {
  pending_.clear();
  allows_.clear();
  for (uint32_t c : touched_clauses_) clause_first_[c].seen = false;
  for (uint32_t r : touched_rules_) rule_state_[r] = 0;
  touched_clauses_.clear();
  touched_rules_.clear();
  regex_reported_.clear();
}

namespace {
// Spelled-out letters join ("c a s i n o" -> "casino"), and so does a
// one-letter word next to them ("a c a s i n o" -> "acasino"): a
// whole-word match may start right after such a word (a, i) joined before
// it, or end right before one joined after it.
bool IsOneLetterWord(char c) { return c == 'a' || c == 'i'; }

// `start` > text.base(): the folded byte before it exists.
bool StrayLetterBefore(const NormalizedText& text, uint64_t start) {
  if (!text.HasBoundary(start, FoldBoundary::kLetterJoin)) return false;
  const uint64_t i = start - 1 - text.base();
  return IsOneLetterWord(text.data()[i]) && (i == 0 || !IsWordByte(text.data()[i - 1]));
}

// `end` < text.end(): the folded byte at it exists.
bool StrayLetterAfter(const NormalizedText& text, uint64_t end) {
  if (!text.HasBoundary(end, FoldBoundary::kLetterJoin)) return false;
  const uint64_t i = end - text.base();
  return IsOneLetterWord(text.data()[i]) && (end + 1 >= text.end() || !IsWordByte(text.data()[i + 1]));
}
// Noise dropped between two Latin words ("go/casino", "www.casino.com",
// "go，casino") joins them in folded text; a whole-word match may still
// start or end at such a boundary when the word on its other side keeps
// two or more bytes (a spelled-out word, "c.a.s.i.n.o", is one word: no
// "sino" in it). Both read at most two bytes past the match (Horizon).
constexpr auto kWordSeparated = static_cast<FoldBoundary::Kind>(FoldBoundary::kSeparator | FoldBoundary::kSentence);
constexpr auto kAnyBoundary = static_cast<FoldBoundary::Kind>(FoldBoundary::kSeparator | FoldBoundary::kSentence |
                                                              FoldBoundary::kApostrophe | FoldBoundary::kLetterJoin);

// A Latin letter or digit of folded text (lower case), in UTF-8 or in the
// dense code alike: a dense code's final byte is never one, though it may
// be 'A'-'Z' (which IsWordByte counts).
bool IsFoldedWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// `start` > text.base(): the folded byte before it exists.
bool SeparatedBefore(const NormalizedText& text, uint64_t start) {
  if (start < text.base() + 2 || !text.HasBoundary(start, kWordSeparated)) return false;
  return IsFoldedWordByte(text.data()[start - 2 - text.base()]) && !text.HasBoundary(start - 1, kAnyBoundary);
}

// `end` < text.end(): the folded byte at it exists.
bool SeparatedAfter(const NormalizedText& text, uint64_t end) {
  if (end + 1 >= text.end() || !text.HasBoundary(end, kWordSeparated)) return false;
  return IsFoldedWordByte(text.data()[end + 1 - text.base()]) && !text.HasBoundary(end + 1, kAnyBoundary);
}
}  // namespace

uint64_t Resolver::Horizon(const RawMatch& m) const {
  // Literals need the byte after the match: whole-word entries for the
  // word boundary, all for the span (combining marks dropped after the last
  // character extend it) and for sentence boundaries
  // (SpanRespectsBoundaries). A regex match is decided with the end it has
  // (one still growing at the end of the text must not hold a stream), so
  // regexes keep their spans and skip the boundary rule. Any entry may still
  // be covered by an allow phrase that starts at or before it and ends at
  // most max_allow_length bytes after its start.
  const PatternInfo p = Info(m);
  uint64_t h = m.norm_end + (p.whole_word == kWholeWord ? 2 : !m.regex ? 1 : 0);  // Stray/SeparatedAfter read two bytes
  // Variant hits: the real-word guard reads a few characters past the end.
  if (GuardedVia(p.via)) h = std::max(h, m.norm_end + kGuardLookahead);
  if (d_->max_allow_length > 0) h = std::max(h, m.norm_start + d_->max_allow_length);
  return h;
}

uint64_t Resolver::EarliestPending() const {
  uint64_t earliest = std::numeric_limits<uint64_t>::max();
  for (const RawMatch& m : pending_) {
    const PatternInfo p = Info(m);
    if (p.role == PatternRole::kEntry) earliest = std::min(earliest, m.norm_start);
  }
  return earliest;
}

void Resolver::Decide(const RawMatch& m, const NormalizedText& text, std::vector<Hit>* out) {
  const PatternInfo p = Info(m);
  const uint64_t start = std::max(m.norm_start, text.base());
  if (p.whole_word == kDigitEdges) {
    auto at = [&text](uint64_t pos) { return text.data()[pos - text.base()]; };
    if (start > text.base() && IsDigit(at(start)) && IsDigit(at(start - 1))) return;
    if (m.norm_end < text.end() && m.norm_end > text.base() && IsDigit(at(m.norm_end - 1)) && IsDigit(at(m.norm_end)))
      return;
    // Something dropped between a digit and a character beside it counts
    // only as a separator written between every two characters of a form of
    // three or more (6*合*彩): "2. **性别" (a numbered list) is not 两性, nor
    // "6. 合彩" 六合彩. Dropped between two digits it is a date's dot (6.4事件
    // is 六四事件). Lines with digits are folded in UTF-8 (MapDenseLine
    // refuses them), so characters start at bytes that are not 10xxxxxx.
    bool digit_gap = false, every_gap = true;
    int gaps = 0;
    for (uint64_t q = start + 1; q < m.norm_end; ++q) {
      if ((static_cast<unsigned char>(at(q)) & 0xC0) == 0x80) continue;
      const bool dropped = text.OrigEnd(q) != text.OrigStart(q);
      digit_gap = digit_gap || (dropped && IsDigit(at(q - 1)) != IsDigit(at(q)));
      every_gap = every_gap && dropped;
      ++gaps;
    }
    if (digit_gap && !(every_gap && gaps >= 2)) return;
  } else if (p.whole_word) {
    if (start > text.base() && IsWordByte(text.data()[start - 1 - text.base()]) &&
        !StrayLetterBefore(text, start) && !SeparatedBefore(text, start))
      return;
    if (m.norm_end < text.end() && IsWordByte(text.data()[m.norm_end - text.base()]) &&
        !StrayLetterAfter(text, m.norm_end) && !SeparatedAfter(text, m.norm_end))
      return;
  }
  for (const auto& a : allows_)
    if (a.first <= m.norm_start && m.norm_end <= a.second) return;
  // Noise removal must not join text across sentence punctuation or a contraction.
  if (!m.regex && !SpanRespectsBoundaries(text, start, m.norm_end)) return;
  if (GuardedVia(p.via) && !m.guarded && RealWordGuard(text, start, m.norm_end, d_->entries[p.target].normalized)) return;
  const uint64_t orig_start = text.OrigStart(start);
  const uint64_t orig_end = text.OrigEnd(m.norm_end);
  if (p.role == PatternRole::kEntry) {
    if (m.regex && !regex_reported_.emplace(m.pattern, m.norm_start).second) return;
    out->push_back(Hit{p.target, orig_start, orig_end, m.norm_start, m.norm_end, p.via});
    return;
  }
  Occurrence& o = clause_first_[p.target];
  if (!o.seen) touched_clauses_.push_back(p.target);
  if (!o.seen || m.norm_end < o.norm_end || (m.norm_end == o.norm_end && m.norm_start < o.norm_start))
    o = Occurrence{m.norm_start, m.norm_end, orig_start, orig_end, true};
  const uint32_t rule = d_->clauses[p.target].rule;
  if (rule_state_[rule] == 0) {
    rule_state_[rule] = 1;
    touched_rules_.push_back(rule);
  }
}

void Resolver::EvaluateRules(uint64_t known_end, bool final, std::vector<Hit>* out) {
  // An AND-only rule can fire before the text ends, but only once every
  // occurrence that could be the first of a clause has been decided: any
  // match ending at or before E is decided by E + max_allow_length + 1.
  const uint64_t settle = uint64_t{d_->max_allow_length} + 1;
  for (uint32_t r : touched_rules_) {
    if (rule_state_[r] != 1) continue;
    const RuleInfo& rule = d_->rules[r];
    bool all_positive = true, any_negative = false, has_negation = false;
    Occurrence span{std::numeric_limits<uint64_t>::max(), 0, std::numeric_limits<uint64_t>::max(), 0, true};
    for (uint32_t c = rule.first_clause; c < rule.first_clause + rule.clause_count; ++c) {
      const Occurrence& o = clause_first_[c];
      if (d_->clauses[c].negated) {
        has_negation = true;
        any_negative |= o.seen;
        continue;
      }
      if (!o.seen) {
        all_positive = false;
        continue;
      }
      span.norm_start = std::min(span.norm_start, o.norm_start);
      span.norm_end = std::max(span.norm_end, o.norm_end);
      span.orig_start = std::min(span.orig_start, o.orig_start);
      span.orig_end = std::max(span.orig_end, o.orig_end);
    }
    if (any_negative) {
      rule_state_[r] = 2;
      continue;
    }
    if (!all_positive) continue;
    if (!final && (has_negation || known_end < span.norm_end + settle)) continue;
    rule_state_[r] = 2;
    out->push_back(Hit{rule.entry, span.orig_start, span.orig_end, span.norm_start, span.norm_end});
  }
}

void Resolver::MergeRegexEnds() {
  if (d_->regex_patterns.empty()) return;
  // Regex matches to the back, then sorted by (pattern, start, longest end first).
  auto first_regex = std::partition(pending_.begin(), pending_.end(), [](const RawMatch& m) { return !m.regex; });
  if (pending_.end() - first_regex < 2) return;
  std::sort(first_regex, pending_.end(), [](const RawMatch& a, const RawMatch& b) {
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    if (a.norm_start != b.norm_start) return a.norm_start < b.norm_start;
    return a.norm_end > b.norm_end;
  });
  auto last = std::unique(first_regex, pending_.end(), [](const RawMatch& a, const RawMatch& b) {
    return a.pattern == b.pattern && a.norm_start == b.norm_start;
  });
  pending_.erase(last, pending_.end());
}

void Resolver::Resolve(const NormalizedText& text, bool final, uint64_t regex_settled_before, std::vector<Hit>* out) {
  const uint64_t known = text.end();
  // Allow phrases first: they must be known before anything they cover is decided.
  size_t keep = 0;
  for (const RawMatch& m : pending_) {
    const PatternInfo p = Info(m);
    if (p.role == PatternRole::kAllow) {
      allows_.emplace_back(m.norm_start, m.norm_end);
    } else {
      pending_[keep++] = m;
    }
  }
  pending_.resize(keep);
  MergeRegexEnds();
  keep = 0;
  for (const RawMatch& m : pending_) {
    if (!final && (Horizon(m) > known || (m.regex && m.norm_start >= regex_settled_before))) {
      pending_[keep++] = m;
      continue;
    }
    Decide(m, text, out);
  }
  pending_.resize(keep);
  if (!touched_rules_.empty()) EvaluateRules(known, final, out);
  // Bound memory: forget reported regex starts 4096 bytes behind the regex
  // window (a match still growing past that is reported again), and allow
  // spans that can no longer cover an undecided or future match.
  if (regex_reported_.size() > 4096) {
    const uint64_t settled = std::min(known, regex_settled_before);
    const uint64_t horizon = settled > 4096 ? settled - 4096 : 0;
    absl::erase_if(regex_reported_, [horizon](const auto& k) { return k.second < horizon; });
  }
  if (allows_.size() > 64) {
    uint64_t horizon = known > d_->max_literal_length ? known - d_->max_literal_length : 0;
    for (const RawMatch& m : pending_) horizon = std::min(horizon, m.norm_start);
    allows_.erase(std::remove_if(allows_.begin(), allows_.end(),
                                 [horizon](const auto& a) { return a.second <= horizon; }),
                  allows_.end());
  }
}

}  // namespace lanjie::internal
