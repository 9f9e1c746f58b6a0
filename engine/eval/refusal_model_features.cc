#include "refusal_model_features.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lanjie/common/sv.h"

namespace lanjie::refusal_model {
namespace {

inline uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}


// An n-gram's hash: independent multiplies (no dependency chain), then one
// xor-shift-multiply so the top bits (the slot) depend on every piece.
// Gram(tag, a, b, c) == GramFinish(tag, P1(a) + P2(b) + P3(c)) (wrapping sums:
// any order, any grouping), so the pieces of an n-gram can be multiplied
// once per character and shared by its uni/bi/trigrams and edge copies.
constexpr uint64_t kK1 = 0xc2b2ae3d27d4eb4fULL, kK2 = 0x165667b19e3779f9ULL, kK3 = 0x27d4eb2f165667c5ULL;
// GramFinish in two steps: GramMix, then GramLast's xor-shift, which changes
// only the low 35 bits: the top 29 bits (a slot of at most 2^29) are
// GramMix's, so a slot's bit can be tested before the last step.
inline uint64_t GramMix(uint64_t tag, uint64_t pieces) {
  uint64_t h = tag * 0x9e3779b97f4a7c15ULL + pieces;
  h ^= h >> 31;
  return h * 0xff51afd7ed558ccdULL;
}
inline uint64_t GramLast(uint64_t mix) { return mix ^ (mix >> 29); }
constexpr int kMaxMixSlotBits = 29;
inline uint64_t GramFinish(uint64_t tag, uint64_t pieces) { return GramLast(GramMix(tag, pieces)); }
inline uint64_t Gram(uint64_t tag, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  return GramFinish(tag, (a + 1) * kK1 + (b + 1) * kK2 + (c + 1) * kK3);
}

// Word hashes: FNV-1a over the lowercased bytes.
constexpr uint64_t WordStep(uint64_t h, uint64_t c) { return (h ^ c) * 0x100000001b3ULL; }
constexpr uint64_t kWordSeed = 0xcbf29ce484222325ULL;

uint64_t HashParts(std::initializer_list<std::string_view> parts) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (std::string_view s : parts)
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return Mix(h);
}

constexpr std::string_view kNumbers[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"};

// Feature families; a text feature's hash is Gram(family, pieces...).
enum Tag : uint64_t {
  kUni = 1, kBi, kTri, kWord, kWordBi,  // + kHead / kTail offsets
  kHead = 16, kTail = 32,
};

enum class Cls { kHan, kWord, kSpace, kBreak };

inline Cls Classify(uint32_t cp) {
  // Kana, CJK ideographs, Hangul, …: none of the break ranges below lies in
  // [U+3040, U+FE10), the bulk of a Chinese answer.
  if (cp >= 0x3040 && cp < 0xFE10) return Cls::kHan;
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return Cls::kWord;
    if (cp == ' ' || cp == '\t') return Cls::kSpace;
    return Cls::kBreak;
  }
  if (cp == 0x2019) return Cls::kBreak;  // handled as an apostrophe by the caller
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE6F) ||
      (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65) || cp >= 0x1F000 || cp == 0x00A0 || (cp >= 0x80 && cp <= 0xBF) ||
      cp == 0xFEFF)
    return Cls::kBreak;
  return Cls::kHan;
}

// Decodes UTF-8 into code points and their byte offsets (plus the end
// offset), replacing both vectors' contents; invalid bytes are skipped, a
// sequence cut by the end of `s` ends the decoding. ASCII and well-formed
// 3-byte sequences (all of Chinese) take a short path; both buffers are
// sized once (at most one code point per byte, not zeroed), written through
// pointers, then cut to the count.
void Decode(std::string_view s, CodePoints* cps, CodePoints* offsets) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  cps->resize(n);
  offsets->resize(n + 1);
  uint32_t* cp_out = cps->data();
  uint32_t* off_out = offsets->data();
  size_t i = 0;
  while (i < n) {
    const uint32_t c = p[i];
    if (c < 0x80) {
      *cp_out++ = c, *off_out++ = static_cast<uint32_t>(i++);
      continue;
    }
    if ((c & 0xF0) == 0xE0 && i + 3 <= n && ((p[i + 1] & 0xC0) | (p[i + 2] & 0xC0) << 8) == 0x8080) {
      *cp_out++ = (c & 0x0F) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu);
      *off_out++ = static_cast<uint32_t>(i);
      i += 3;
      continue;
    }
    uint32_t cp;
    size_t len;
    if ((c >> 5) == 0x6) cp = c & 0x1F, len = 2;
    else if ((c >> 4) == 0xE) cp = c & 0x0F, len = 3;
    else if ((c >> 3) == 0x1E) cp = c & 0x07, len = 4;
    else { ++i; continue; }
    if (i + len > n) break;
    bool ok = true;
    for (size_t j = 1; j < len; ++j) {
      if ((p[i + j] & 0xC0) != 0x80) { ok = false; break; }
      cp = (cp << 6) | (p[i + j] & 0x3F);
    }
    if (!ok) { ++i; continue; }
    *cp_out++ = cp, *off_out++ = static_cast<uint32_t>(i);
    i += len;
  }
  *off_out = static_cast<uint32_t>(std::min(i, n));
  const size_t k = static_cast<size_t>(cp_out - cps->data());
  cps->resize(k);
  offsets->resize(k + 1);
}

// Decode(a) read from the rules' decoding of the same answer: false (Decode
// must run) unless it covers exactly `a` (nothing skipped before it, nothing
// cut after it) and no byte was dropped, so the code points and offsets are
// Decode's. A folded char is its code point but below 0x80, where it is the
// answer's own byte (upper case kept) or, for a multi-byte one (a full-width
// form, U+3000, a curly quote: all three bytes long), decoded again.
bool FromDecoded(std::string_view a, const refusal::DecodedAnswer* decoded, CodePoints* cps, CodePoints* offsets) {
  if (decoded == nullptr || !decoded->text || decoded->skipped != 0 || !decoded->text->well_formed()) return false;
  const refusal::AnswerText& t = *decoded->text;
  const auto n = static_cast<uint32_t>(t.chars().size());
  if (t.ByteAt(n) != a.size()) return false;
  cps->resize(n);
  offsets->resize(n + 1);
  const char32_t* folded = t.chars().data();
  const auto* bytes = reinterpret_cast<const unsigned char*>(a.data());
  uint32_t* cp_out = cps->data();
  uint32_t* off_out = offsets->data();
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t cp = folded[i];
    const uint32_t at = t.ByteAt(i);
    if (cp < 0x80) {
      const uint32_t b = bytes[at];
      cp = b < 0x80 ? b : (b & 0x0F) << 12 | (bytes[at + 1] & 0x3Fu) << 6 | (bytes[at + 2] & 0x3Fu);
    }
    cp_out[i] = cp;
    off_out[i] = at;
  }
  off_out[n] = static_cast<uint32_t>(a.size());
  return true;
}

// Content keys for question-answer overlap: Han bigrams and English words of
// at least 4 letters, passed to `key(uint64_t)` in text order. The answer's
// keys are read by the text pass instead (KeyMarks), which must find the
// same ones (tests/eval/refusal_model_features_test.cc pins the overlap).
template <typename KeyFn>
void ForEachKey(const CodePoints& cps, KeyFn key) {
  uint32_t prev_han = 0;
  uint64_t word = kWordSeed;
  int word_len = 0;
  auto end_word = [&] {
    if (word_len >= 4) key(Gram(kWord, word));
    word = kWordSeed, word_len = 0;
  };
  for (uint32_t cp : cps) {
    const Cls cls = Classify(cp);
    if (cls == Cls::kHan) {
      end_word();
      if (prev_han) key(Gram(kBi, prev_han, cp));
      prev_han = cp;
    } else if (cls == Cls::kWord) {
      prev_han = 0;
      word = WordStep(word, cp < 0x80 ? (cp | 0x20) : cp);
      ++word_len;
    } else {
      prev_han = 0;
      end_word();
    }
  }
  end_word();
}

// The content keys of `cps`, sorted and unique.
void CollectKeys(const CodePoints& cps, std::vector<uint64_t>* keys) {
  ForEachKey(cps, [keys](uint64_t k) { keys->push_back(k); });
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
}

// The line breaks in `s` (memchr from one to the next: few in an answer).
size_t CountLines(std::string_view s) {
  size_t lines = 0;
  for (size_t at = s.find('\n'); at != std::string_view::npos; at = s.find('\n', at + 1)) ++lines;
  return lines;
}

const char* Bucket(size_t v, std::initializer_list<size_t> bounds, std::initializer_list<const char*> names) {
  auto name = names.begin();
  for (size_t b : bounds) {
    if (v <= b) return *name;
    ++name;
  }
  return *name;
}

// List items: lines starting (after spaces) with a digit run and . 、 ) ） or a bullet.
size_t CountListItems(std::string_view s) {
  size_t items = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
    if (j < s.size()) {
      if (s[j] == '-' || s[j] == '*' || s.substr(j, 3) == "\xE2\x80\xA2") {
        ++items;
      } else if (s[j] >= '0' && s[j] <= '9') {
        size_t k = j;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        if (k < s.size() && (s[k] == '.' || s[k] == ')' || s.substr(k, 3) == "\xE3\x80\x81" ||
                             s.substr(k, 3) == "\xEF\xBC\x89"))
          ++items;
      }
    }
    const size_t nl = s.find('\n', i);
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  return items;
}

}  // namespace

void AppendFixed2(std::string* out, double v, bool plus) {
  char buf[64];
  char* p = buf;
  if (plus && !std::signbit(v)) *p++ = '+';
  const std::to_chars_result r = std::to_chars(p, buf + sizeof buf, v, std::chars_format::fixed, 2);
  if (r.ec != std::errc()) {  // |v| over 10^60: a weight or p never is
    absl::StrAppend(out, plus ? absl::StrFormat("%+.2f", v) : absl::StrFormat("%.2f", v));
    return;
  }
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

std::string DenseFeature::Name() const {
  return absl::StrCat(Av(parts[0]), Av(parts[1]), Av(parts[2]), Av(parts[3]));
}

void FeatureList::Clear() {
  text.clear();
  text_count = 0;
  dense.clear();
  cps.clear();
  offsets.clear();
  question_keys.clear();
  have_question_keys = false;
}

namespace {

// ExtractFeatures' steps. The text features (Han uni/bi/trigrams, words and
// word bigrams, with head and tail copies) of out->cps; counts the Han and
// Latin characters into *han_count and *latin_count.

// The question's keys the answer holds, marked during the text pass (as
// ForEachKey would find them, in another order: each Han bigram, whose key
// is its body feature's hash, and each run of 4 or more word characters,
// which an apostrophe ends) into out->found for QuestionOverlapFeatures. A
// 64-bit filter of the question's keys (bit key % 64) spares most keys the
// binary search; without a question the filter is empty and marks nothing.
struct KeyMarks {
  const uint64_t* q_begin = nullptr;
  const uint64_t* q_end = nullptr;
  uint8_t* found = nullptr;
  uint64_t filter = 0;
  uint64_t word = kWordSeed;  // the current run of word characters, as ForEachKey hashes it
  uint32_t word_len = 0;

  explicit KeyMarks(FeatureList* out) {
    if (!out->have_question_keys) return;
    q_begin = out->question_keys.data(), q_end = q_begin + out->question_keys.size();
    found = out->found.data();
    for (const uint64_t* k = q_begin; k != q_end; ++k) filter |= uint64_t{1} << (*k & 63);
  }
  __attribute__((always_inline)) void Mark(uint64_t key) {
    if (filter >> (key & 63) & 1) Lookup(key);
  }
  void Lookup(uint64_t key) {
    const uint64_t* at = std::lower_bound(q_begin, q_end, key);
    if (at != q_end && *at == key) found[at - q_begin] = 1;
  }
  __attribute__((always_inline)) void Letter(uint64_t lower) { word = WordStep(word, lower), ++word_len; }
  __attribute__((always_inline)) void EndWord() {
    if (word_len >= 4) Mark(Gram(kWord, word));
    word = kWordSeed, word_len = 0;
  }
};

// Where TextFeatures puts its n-grams: counts every one, keeps (with its code
// point span [first, last] as bytes) those out->keep_slots lets through;
// kFilter: keep_slots is set (tested once, not per feature). `pieces` as
// GramFinish takes them: P1(x) + P2(y) + P3(z).
template <bool kFilter>
struct TextSink {
  FeatureList* out;
  const uint32_t* off;
  uint32_t n;
  // With edges, an n-gram starting before head_end has a head copy, one
  // ending at or after tail_from (last + kEdgeChars >= n) a tail copy.
  uint32_t head_end, tail_from;
  const uint64_t* keep;
  int keep_shift;
  size_t count = 0;  // all text features

  TextSink(FeatureList* list, bool edges)
      : out(list), off(list->offsets.data()), n(static_cast<uint32_t>(list->cps.size())),
        head_end(edges ? kEdgeChars : 0),
        tail_from(!edges ? UINT32_MAX : n > kEdgeChars ? n - kEdgeChars : 0), keep(list->keep_slots),
        keep_shift(64 - list->keep_bits) {}
  // The feature whose hash is GramLast(mix): its slot is read from the mix
  // (keep_bits <= kMaxMixSlotBits), the last step made only when kept.
  __attribute__((always_inline)) void Push(uint64_t mix, uint32_t first, uint32_t last) {
    ++count;
    Keep(mix, first, last);
  }
  // Push without the count (the caller counts).
  __attribute__((always_inline)) void Keep(uint64_t mix, uint32_t first, uint32_t last) {
    if (kFilter) {
      const uint64_t slot = mix >> keep_shift;
      if (!(keep[slot >> 6] >> (slot & 63) & 1)) return;
    }
    out->text.push_back({GramLast(mix), off[first], off[last + 1]});
  }
  // Returns the body feature's hash.
  __attribute__((always_inline)) uint64_t Emit(uint64_t tag, uint32_t first, uint32_t last, uint64_t pieces) {
    const uint64_t body = GramMix(tag, pieces);
    Push(body, first, last);
    if (first < head_end) Push(GramMix(tag + kHead, pieces), first, last);
    if (last >= tail_from) Push(GramMix(tag + kTail, pieces), first, last);
    return GramLast(body);
  }
  // Unigrams of the head and tail windows only (no body copy).
  void EmitEdgeUni(uint32_t i, uint64_t pieces) {
    if (i < kEdgeChars) Push(GramMix(kUni + kHead, pieces), i, i);
    if (i + kEdgeChars >= n) Push(GramMix(kUni + kTail, pieces), i, i);
  }
};

// The Han run TextFeatures is in: the pieces of its last two characters.
struct HanRun {
  uint64_t p1_prev = 0, p2_prev = 0, p1_prev2 = 0;  // P1 and P2 of the previous char, P1 of the one before
  uint32_t run = 0;                                 // Han characters in the run so far
};

// TextFeatures' inner loop for the Han characters of a run from i on (run
// >= 2: each has its unigram, bigram and trigram), before `end` (no n-gram
// there has a head or tail copy): the same features in the same order, with
// no test per feature but its slot's bit. Returns where it stopped (a
// character that is not Han, or `end`); i itself is Han.
template <bool kFilter>
__attribute__((always_inline)) inline uint32_t HanMiddle(const uint32_t* cps, uint32_t i, uint32_t end, TextSink<kFilter>& sink, KeyMarks& keys,
                   HanRun& h) {
  uint64_t p1_prev = h.p1_prev, p2_prev = h.p2_prev, p1_prev2 = h.p1_prev2;
  const uint32_t start = i;
  for (; i < end; ++i) {
    const uint32_t cp = cps[i];
    if (i > start && Classify(cp) != Cls::kHan) break;
    const uint64_t c = uint64_t{cp} + 1;
    const uint64_t p1 = c * kK1, p2 = c * kK2;
    sink.Keep(GramMix(kUni, p1 + kK2 + kK3), i, i);
    const uint64_t bi = GramMix(kBi, p1_prev + p2 + kK3);
    sink.Keep(bi, i - 1, i);
    keys.Mark(GramLast(bi));
    sink.Keep(GramMix(kTri, p1_prev2 + p2_prev + c * kK3), i - 2, i);
    p1_prev2 = p1_prev, p1_prev = p1, p2_prev = p2;
  }
  sink.count += 3 * size_t{i - start};
  h.p1_prev = p1_prev, h.p2_prev = p2_prev, h.p1_prev2 = p1_prev2;
  h.run += i - start;
  return i;
}

// TextFeatures' step for Han character i anywhere (any families, edge
// copies): its unigram, bigram (and its question-key mark) and trigram.
template <bool kFilter>
__attribute__((always_inline)) inline void HanStep(uint32_t i, uint32_t cp, uint32_t fam, TextSink<kFilter>& sink,
                                                   KeyMarks& keys, HanRun& h) {
  const uint64_t p1 = (uint64_t{cp} + 1) * kK1, p2 = (uint64_t{cp} + 1) * kK2;
  if (fam & kFamUni) sink.Emit(kUni, i, i, p1 + kK2 + kK3);
  else if (fam & kFamEdgeUni) sink.EmitEdgeUni(i, p1 + kK2 + kK3);
  if (h.run >= 1)
    keys.Mark((fam & kFamBi) ? sink.Emit(kBi, i - 1, i, h.p1_prev + p2 + kK3) : GramFinish(kBi, h.p1_prev + p2 + kK3));
  if (h.run >= 2 && (fam & kFamTri)) sink.Emit(kTri, i - 2, i, h.p1_prev2 + h.p2_prev + (uint64_t{cp} + 1) * kK3);
  h.p1_prev2 = h.p1_prev, h.p1_prev = p1, h.p2_prev = p2;
  ++h.run;
}

template <bool kFilter>
void TextFeatures(const FeatureSettings& settings, FeatureList* out, size_t* han_count, size_t* latin_count) {
  const auto& cps = out->cps;
  const uint32_t n = static_cast<uint32_t>(cps.size());
  const uint32_t fam = settings.families;
  TextSink<kFilter> sink(out, (fam & kFamEdges) != 0);
  KeyMarks keys(out);
  HanRun h;
  // Where HanMiddle may run: all three Han families, no edge copies.
  const bool middle = (fam & (kFamUni | kFamBi | kFamTri)) == (kFamUni | kFamBi | kFamTri);
  const uint32_t mid_begin = sink.head_end == 0 ? 0 : sink.head_end + 2, mid_end = std::min(sink.tail_from, n);
  size_t& han = *han_count;
  size_t& latin = *latin_count;
  uint64_t word = 0, prev_word = 0;
  uint32_t word_start = 0, prev_word_start = 0;
  bool in_word = false, have_prev_word = false;
  auto end_word = [&](uint32_t last) {
    if (!in_word) return;
    if (fam & kFamWord) sink.Emit(kWord, word_start, last, (word + 1) * kK1 + kK2 + kK3);
    if (have_prev_word && (fam & kFamWordBi))
      sink.Emit(kWordBi, prev_word_start, last, (prev_word + 1) * kK1 + (word + 1) * kK2 + kK3);
    prev_word = word, prev_word_start = word_start, have_prev_word = true;
    in_word = false;
  };
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t cp = cps[i];
    Cls cls = Classify(cp);
    // An apostrophe between letters belongs to the word (can't, don't).
    if ((cp == '\'' || cp == 0x2019) && in_word && i + 1 < n && Classify(cps[i + 1]) == Cls::kWord) cls = Cls::kWord;
    if (cls == Cls::kHan) {
      if (in_word) end_word(i - 1), keys.EndWord();
      have_prev_word = false;
      if (middle && h.run >= 2 && i >= mid_begin && i < mid_end) {
        const uint32_t e = HanMiddle(cps.data(), i, mid_end, sink, keys, h);
        han += e - i;
        i = e - 1;
        continue;
      }
      ++han;
      HanStep(i, cp, fam, sink, keys, h);
      continue;
    }
    h.run = 0;
    if (cls == Cls::kWord) {
      ++latin;
      if (!in_word) in_word = true, word = kWordSeed, word_start = i;
      const uint32_t lower = cp == 0x2019 ? '\'' : (cp < 0x80 && cp >= 'A' && cp <= 'Z' ? cp | 0x20 : cp);
      word = WordStep(word, lower);
      if (lower == '\'') keys.EndWord();
      else keys.Letter(lower);
      continue;
    }
    if (in_word) end_word(i - 1), keys.EndWord();
    if (cls == Cls::kBreak) have_prev_word = false;
  }
  if (in_word) end_word(n - 1), keys.EndWord();
  out->text_count = sink.count;
}

// One dense indicator feature named by its parts (views of static or rules' strings).
void Dense(FeatureList* out, std::string_view a1, std::string_view a2 = {}, std::string_view a3 = {},
           std::string_view a4 = {}) {
  out->dense.push_back({HashParts({a1, a2, a3, a4}), {a1, a2, a3, a4}});
}

// The follow= features of the rules' deciding clause in `a`.
// `at`: where the clause first stands in the whole answer (ExtractFeatures
// searches it once for this and RuleFeatures).
void FollowFeatures(std::string_view a, const RefusalVerdict& rules, size_t at, const char* label,
                    FeatureList* out) {
  // What follows the deciding clause: nothing, a few words, a sentence or
  // two, a paragraph, an answer; with list items after it or not.
  const char* follow = "noclause";
  const char* follow_list = "0";
  if (!rules.clause.empty()) {
    // The first occurrence in the whole answer is the first in its prefix
    // `a` when it ends within `a`; else `a` holds none.
    if (at != std::string_view::npos && at + rules.clause.size() > a.size()) at = std::string_view::npos;
    if (at != std::string_view::npos) {
      const std::string_view rest = a.substr(at + rules.clause.size());
      size_t chars = 0;
      for (unsigned char c : rest) chars += (c & 0xC0) != 0x80 && c != ' ' && c != '\n';
      follow = Bucket(chars, {3, 20, 80, 200}, {"0", "1-20", "21-80", "81-200", "201+"});
      follow_list = CountListItems(rest) > 0 ? "1" : "0";
    }
  }
  Dense(out, "follow=", follow, "&rules=", label);
  Dense(out, "follow=", follow, "&list_after=", follow_list);
}

// The rules' verdict, construction and where its clause stands in the answer.
void RuleFeatures(std::string_view answer, const RefusalVerdict& rules, size_t at, const char* label,
                  const char* lang, const char* list, FeatureList* out) {
  Dense(out, "rules=", label);
  Dense(out, "rules=", label, "&lang=", lang);
  Dense(out, "rules=", label, "&list=", list);
  Dense(out, "cons=", rules.construction);
  const char* pos = "none";
  if (!rules.clause.empty()) {
    if (at != std::string_view::npos) {
      const double f = static_cast<double>(at) / static_cast<double>(answer.size());
      pos = f < 0.05 ? "start" : f < 0.25 ? "early" : f < 0.6 ? "mid" : "late";
    }
  }
  Dense(out, "act_pos=", pos);
  Dense(out, "act_pos=", pos, "&list=", list);
}

// The question's content keys, sorted and unique; decoded and collected on
// the first call per ExtractFeatures (out->qcps holds the question after it).
const std::vector<uint64_t>& QuestionKeys(std::string_view question, FeatureList* out) {
  if (!out->have_question_keys) {
    out->qcps.clear();
    out->qoffsets.clear();
    Decode(question.substr(0, std::min(question.size(), kMaxFeatureBytes)), &out->qcps, &out->qoffsets);
    CollectKeys(out->qcps, &out->question_keys);
    out->have_question_keys = true;
  }
  return out->question_keys;
}

// How much of the question's content the answer repeats (overlap of Han
// bigrams and long words); "q=none" without a question. Reads out->found,
// which the text pass filled (ExtractFeatures sizes it first).
void QuestionOverlapFeatures(std::string_view question, uint32_t n, const char* list, FeatureList* out) {
  if (question.empty()) {
    Dense(out, "q=none");
  } else {
    // The question's keys (few, sorted) found among the answer's (many),
    // marked by the text pass (KeyMarks).
    const std::vector<uint8_t>& found = out->found;
    const size_t shared = static_cast<size_t>(std::count(found.begin(), found.end(), 1));
    const size_t q = out->question_keys.size();
    const char* overlap = "none";
    if (q > 0) {
      const double f = static_cast<double>(shared) / static_cast<double>(q);
      overlap = shared == 0 ? "0" : f <= 0.15 ? "low" : f <= 0.35 ? "some" : f <= 0.6 ? "half" : "most";
    }
    Dense(out, "q_overlap=", overlap);
    Dense(out, "q_overlap=", overlap, "&list=", list);
    Dense(out, "q_overlap=", overlap, "&long=", n > 200 ? "1" : "0");
  }
}

// The question's content keys, each an indicator of its own (a question given).
void QuestionTextFeatures(std::string_view question, bool scaled, FeatureList* out) {
  // The question's content keys, each an indicator of its own: the kind of
  // request (写一首, 教我, how do i) the answer is read against. Scaled
  // (family qscale), a long question's many keys weigh as much together as a
  // short one's few: what was asked cannot outweigh what was answered.
  const std::vector<uint64_t>& q_keys = QuestionKeys(question, out);
  const size_t first = out->dense.size();
  for (size_t i = 0; i < q_keys.size(); ++i)
    if (i == 0 || q_keys[i] != q_keys[i - 1]) out->dense.push_back({Mix(q_keys[i] ^ 0x51ULL), {"q_key"}});
  const size_t n = out->dense.size() - first;
  if (scaled && n > 0)
    for (size_t i = first; i < out->dense.size(); ++i) out->dense[i].value = static_cast<float>(1.0 / std::sqrt(static_cast<double>(n)));
}

// Question-answer agreement (family `agree`): does the answer's body deliver
// what the question asks? Without these an answer with no refusal act and
// no delivered content (a lecture, a redirect) and one with no act that
// delivers the harmful method look alike to the rules' features. Read: the
// kind of request, the kind of content after the answer's first sentence
// (code, steps, quantities, prose by length), how much of the question's
// content that body takes up, and the longest run of the question's
// wording it restates.

// FNV-1a of a lowercase ASCII word, as TextFeatures and ScanBody hash words.
constexpr uint64_t WordHash(std::string_view w) {
  uint64_t h = kWordSeed;
  for (char c : w) h = WordStep(h, static_cast<unsigned char>(c));
  return h;
}

constexpr uint64_t kStepWords[] = {WordHash("first"), WordHash("then"), WordHash("next"), WordHash("finally"),
                                   WordHash("step"), WordHash("afterwards")};
constexpr uint64_t kUnitWords[] = {
    WordHash("g"),       WordHash("mg"),      WordHash("kg"),     WordHash("ml"),     WordHash("l"),
    WordHash("cup"),     WordHash("cups"),    WordHash("tbsp"),   WordHash("tsp"),    WordHash("teaspoons"),
    WordHash("tablespoons"), WordHash("minutes"), WordHash("minute"), WordHash("min"), WordHash("hours"),
    WordHash("hour"),    WordHash("seconds"), WordHash("days"),   WordHash("degrees"), WordHash("percent"),
    WordHash("times"),   WordHash("oz"),      WordHash("lb"),     WordHash("lbs"),    WordHash("cm"),
    WordHash("mm"),      WordHash("inches"),  WordHash("feet"),   WordHash("km"),     WordHash("grams")};

template <size_t N>
bool OneOf(uint64_t h, const uint64_t (&set)[N]) {
  return std::find(std::begin(set), std::end(set), h) != std::end(set);
}

// A unit after a number in digits (5克, 30分钟, 2倍, 100元).
bool IsUnitHan(uint32_t cp) {
  switch (cp) {
    case U'克': case U'斤': case U'升': case U'毫': case U'厘': case U'米': case U'度': case U'分': case U'秒':
    case U'小': case U'天': case U'周': case U'次': case U'遍': case U'片': case U'粒': case U'勺': case U'杯':
    case U'滴': case U'份': case U'倍': case U'元': case U'块': case U'个': case U'层': case U'千': case U'万':
      return true;
    default:
      return false;
  }
}

// A measure after a Chinese numeral that is a quantity, not an idiom (两勺, 三克; not 十分, 一次).
bool IsNumeralUnit(uint32_t prev, uint32_t cp) {
  const bool numeral = prev == U'一' || prev == U'二' || prev == U'三' || prev == U'四' || prev == U'五' ||
                       prev == U'六' || prev == U'七' || prev == U'八' || prev == U'九' || prev == U'十' ||
                       prev == U'两' || prev == U'半';
  return numeral && (cp == U'克' || cp == U'斤' || cp == U'升' || cp == U'勺' || cp == U'杯' || cp == U'滴' ||
                     cp == U'粒' || cp == U'毫');
}

// Han bigrams that mark a sequence of steps or an enumeration in prose
// (首先, 然后, 最后, 步骤; 第二, 二是: a second item implies a first).
bool IsStepBigram(uint32_t a, uint32_t b) {
  return (a == U'首' && b == U'先') || (a == U'然' && b == U'后') || (a == U'接' && b == U'着') ||
         (a == U'其' && b == U'次') || (a == U'最' && b == U'后') || (a == U'步' && b == U'骤') ||
         (a == U'随' && b == U'后') || (a == U'第' && b == U'二') || (a == U'二' && b == U'是');
}

// The kind of request: "howto" (a method, steps, a recipe), "write" (a
// text, list, translation or code to produce), "ask" (anything else),
// "none" (no question). Reads the question's first 512 bytes.
const char* AskKind(std::string_view question, std::string* lower) {
  if (question.empty()) return "none";
  lower->assign(question.substr(0, std::min<size_t>(question.size(), 512)));
  for (char& c : *lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  static constexpr std::string_view kHowTo[] = {
      "怎么", "怎样", "如何", "方法", "步骤", "教我", "教程", "配方", "攻略", "办法", "流程",
      "how to", "how do", "how can", "how would", "how should", "steps", "ways to", "recipe", "instructions"};
  static constexpr std::string_view kWrite[] = {"写", "编", "生成", "创作", "起草", "翻译", "列出", "列举",
                                                "造句", "文案", "代码", "write", "draft", "compose", "generate",
                                                "translate", "list ", "give me", "create", "code"};
  for (std::string_view m : kHowTo)
    if (lower->find(m) != std::string::npos) return "howto";
  for (std::string_view m : kWrite)
    if (lower->find(m) != std::string::npos) return "write";
  return "ask";
}

// Where the answer's body starts, in code points: after its first sentence
// (ended by 。！？：； ! ? : a line break, or ". ") when that ends within
// 2 * kEdgeChars characters, else at kEdgeChars; n when the answer is shorter.
uint32_t BodyStart(const CodePoints& cps) {
  const uint32_t n = static_cast<uint32_t>(cps.size());
  const uint32_t limit = std::min<uint32_t>(n, 2 * kEdgeChars);
  for (uint32_t i = 2; i < limit; ++i) {
    const uint32_t c = cps[i];
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1A || c == 0xFF1B || c == '!' || c == '?' ||
        c == ':' || c == '\n' || (c == '.' && (i + 1 == n || cps[i + 1] == ' ' || cps[i + 1] == '\n')))
      return i + 1;
  }
  return std::min(n, kEdgeChars);
}

// What ScanBody counts in the body.
struct BodyStats {
  size_t chars = 0;       // code points that are not spaces
  size_t quantities = 0;  // numbers with a unit: 5克, 10 ml, 3%, 5mg, 两勺
  size_t step_words = 0;  // 首先, 然后, 最后, 步骤, first, then, next, finally, step
  size_t backticks = 0;
  uint32_t restate = 0;   // longest run of the question's Han bigrams in a row, in characters
};

// One pass over cps[from..]: BodyStats, and out->body_found[i] set for each
// question key (q_keys, sorted) the body holds.
void ScanBody(const CodePoints& cps, uint32_t from, const std::vector<uint64_t>& q_keys,
              FeatureList* out, BodyStats* st) {
  std::vector<uint8_t>& found = out->body_found;
  found.assign(q_keys.size(), 0);
  // A one-word filter of the question's keys (bit key % 64): most of the
  // body's keys are not the question's and skip the binary search.
  uint64_t filter = 0;
  for (uint64_t key : q_keys) filter |= uint64_t{1} << (key & 63);
  auto mark = [&](uint64_t key) {
    if (!(filter >> (key & 63) & 1)) return false;
    const auto at = std::lower_bound(q_keys.begin(), q_keys.end(), key);
    if (at == q_keys.end() || *at != key) return false;
    found[static_cast<size_t>(at - q_keys.begin())] = 1;
    return true;
  };
  uint32_t prev_han = 0, run = 0;
  uint64_t word = kWordSeed;
  size_t word_len = 0, lead_digits = 0;
  bool number_pending = false;  // a bare number just ended; a unit may follow (after one space)
  auto end_word = [&] {
    if (word_len == 0) return;
    if (word_len >= 4) mark(Gram(kWord, word));
    if (OneOf(word, kStepWords)) ++st->step_words;
    if (number_pending && lead_digits == 0 && OneOf(word, kUnitWords)) ++st->quantities;
    number_pending = lead_digits == word_len;
    if (lead_digits > 0 && lead_digits < word_len) ++st->quantities;  // 5mg, 30s
    word = kWordSeed, word_len = lead_digits = 0;
  };
  for (uint32_t i = from; i < cps.size(); ++i) {
    const uint32_t cp = cps[i];
    const Cls cls = Classify(cp);
    if (cls != Cls::kWord) end_word();
    if (cls != Cls::kHan) prev_han = 0, run = 0;
    if (cls == Cls::kWord) {
      if (word_len == lead_digits && cp >= '0' && cp <= '9') ++lead_digits;
      word = WordStep(word, cp < 0x80 ? (cp | 0x20) : cp), ++word_len;
      st->chars++;
      continue;
    }
    if (cls == Cls::kSpace) continue;  // a number stays pending across one space
    st->chars += cp != '\n';
    st->backticks += cp == '`';
    if (number_pending && (cp == '%' || cp == 0xFF05 || cp == 0x2103 || IsUnitHan(cp))) ++st->quantities;
    number_pending = false;
    if (cls != Cls::kHan) continue;
    if (prev_han) {
      if (IsNumeralUnit(prev_han, cp)) ++st->quantities;
      if (IsStepBigram(prev_han, cp)) ++st->step_words;
      run = mark(Gram(kBi, prev_han, cp)) ? run + 1 : 0;
      st->restate = std::max(st->restate, run == 0 ? 0 : run + 1);
    }
    prev_han = cp;
  }
  end_word();
}

// The agreement features (see above).
void AgreementFeatures(std::string_view a, std::string_view question, FeatureList* out) {
  static const std::vector<uint64_t> kNoKeys;
  const std::vector<uint64_t>& q_keys = question.empty() ? kNoKeys : QuestionKeys(question, out);
  const uint32_t from = BodyStart(out->cps);
  BodyStats st;
  ScanBody(out->cps, from, q_keys, out, &st);
  const std::string_view body = a.substr(std::min<size_t>(out->offsets[from], a.size()));
  const size_t items = CountListItems(body);
  const char* deliver = body.find("```") != std::string_view::npos || st.backticks >= 4 ? "code"
                        : items >= 2 || st.step_words >= 2                            ? "steps"
                        : st.quantities >= 2                                          ? "quantities"
                        : Bucket(st.chars, {0, 40, 200}, {"nobody", "short", "medium", "long"});
  const char* overlap = "noq";
  const char* restate = "noq";
  if (!q_keys.empty()) {
    const auto shared = static_cast<size_t>(std::count(out->body_found.begin(), out->body_found.end(), 1));
    const double f = static_cast<double>(shared) / static_cast<double>(q_keys.size());
    overlap = shared == 0 ? "0" : f <= 0.15 ? "low" : f <= 0.35 ? "some" : f <= 0.6 ? "half" : "most";
    restate = Bucket(st.restate, {2, 3, 6}, {"0-2", "3", "4-6", "7+"});
  }
  const char* ask = AskKind(question, &out->lower);
  // No crosses with the rules' label: with them (three more indicators)
  // leave-one-file-out CV over the 30 dev files fell from 96.46% (3.1%
  // uncertain) to 96.16% (3.2%) (bench/RESULTS.md, round 10).
  Dense(out, "agree_ask=", ask, "&deliver=", deliver);
  Dense(out, "agree_body_q=", overlap, "&deliver=", deliver);
  Dense(out, "agree_restate=", restate);
  Dense(out, "agree_qty=", Bucket(st.quantities, {0, 2}, {"0", "1-2", "3+"}));
  Dense(out, "agree_steps=", Bucket(st.step_words, {0, 1}, {"0", "1", "2+"}), "&list=", items > 0 ? "1" : "0");
}

}  // namespace

void ExtractFeatures(std::string_view answer, std::string_view question, const RefusalVerdict& rules,
                     const FeatureSettings& settings, FeatureList* out) {
  out->Clear();
  const std::string_view a = answer.substr(0, std::min(answer.size(), kMaxFeatureBytes));
  if (!FromDecoded(a, out->decoded, &out->cps, &out->offsets)) Decode(a, &out->cps, &out->offsets);
  const uint32_t n = static_cast<uint32_t>(out->cps.size());
  const uint32_t fam = settings.families;
  size_t han = 0, latin = 0;
  if (settings.question_features && !question.empty()) {  // the text pass marks the question's keys it meets
    out->found.assign(QuestionKeys(question, out).size(), 0);
  }
  if (out->keep_slots && out->keep_bits <= kMaxMixSlotBits) TextFeatures<true>(settings, out, &han, &latin);
  else TextFeatures<false>(settings, out, &han, &latin);

  const char* lang = han * 3 >= latin ? "zh" : "en";
  Dense(out, "lang=", lang);
  const size_t items = CountListItems(a);
  const char* list = Bucket(items, {0, 2, 5}, {"0", "1-2", "3-5", "6+"});
  if (fam & kFamList) {
    Dense(out, "list=", list);
    if (a.find("```") != std::string_view::npos) Dense(out, "code");
  }
  int len_bucket = 0;
  for (size_t v = n + 1; v > 1 && len_bucket < 13; v >>= 1) ++len_bucket;
  if (fam & kFamLen) Dense(out, "len=", kNumbers[len_bucket]);
  const size_t lines = CountLines(a);
  if (fam & kFamLines) Dense(out, "lines=", Bucket(lines, {0, 3, 10}, {"0", "1-3", "4-10", "11+"}));
  const char* label = RefusalLabelName(rules.label);
  if (fam & kFamLenRules) Dense(out, "len=", kNumbers[len_bucket], "&rules=", label);
  // Where the rules' clause first stands in the answer (searched once for both).
  const size_t clause_at = rules.clause.empty() || !((fam & kFamFollow) || settings.rule_features)
                               ? std::string_view::npos
                               : answer.find(rules.clause);
  if (fam & kFamFollow) FollowFeatures(a, rules, clause_at, label, out);
  if (settings.rule_features) RuleFeatures(answer, rules, clause_at, label, lang, list, out);
  if (settings.question_features) QuestionOverlapFeatures(question, n, list, out);
  if ((fam & kFamQText) && !question.empty()) QuestionTextFeatures(question, (fam & kFamQScale) != 0, out);
  if (fam & kFamAgree) AgreementFeatures(a, question, out);
}

}  // namespace lanjie::refusal_model
