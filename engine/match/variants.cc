#include "variants.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <iterator>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/han.h"
#include "lanjie/common/sv.h"
#include "compiled.h"
#include "pod_bytes.h"
#include "lanjie/common/utf8.h"
#include "lanjie/match/variant_forms.h"

namespace lanjie {

namespace internal {
namespace {
#include "variant_data.inc"

// The record of code point `cp` in a generated table sorted by code point, or nullptr.
template <typename Record, size_t N>
const Record* FindByCodePoint(const Record (&table)[N], uint32_t cp) {
  const Record* it =
      std::lower_bound(std::begin(table), std::end(table), cp, [](const Record& r, uint32_t c) { return r.cp < c; });
  return it != std::end(table) && it->cp == cp ? it : nullptr;
}

const ReadingRecord* FindRecord(uint32_t cp) { return FindByCodePoint(kReadingRecords, cp); }

const absl::flat_hash_map<std::string_view, uint16_t>& SyllableMap() {
  static const auto* m = [] {
    auto* map = new absl::flat_hash_map<std::string_view, uint16_t>();
    for (uint32_t i = 1; i < kSyllableCount; ++i) (*map)[kSyllables[i]] = static_cast<uint16_t>(i);
    // ü typed as v (lv, nv, lve, nve) and as u (folding turns ü into u).
    for (auto [alias, real] : {std::pair<const char*, const char*>{"lv", "lu"}, {"nv", "nu"}, {"lve", "lue"},
                               {"nve", "nue"}}) {
      auto it = map->find(real);
      if (it != map->end()) (*map)[alias] = it->second;
    }
    return map;
  }();
  return *m;
}

}  // namespace

VariantData::VariantData() {
  BuildReadings();
  BuildDenseTokens();
  BuildChaizi();
}

// Primary reading and text id of every BMP code point; the text ids that
// accept each syllable.
void VariantData::BuildReadings() {
  first_set_id_ = static_cast<uint16_t>(kSyllableCount);
  sets_ = kTextSets;
  hosts_.assign(kSyllableCount, {});
  for (uint32_t syl = 0; syl < kSyllableCount; ++syl) hosts_[syl].push_back(static_cast<uint16_t>(syl));
  for (size_t k = 0; k < std::size(kTextSets); ++k)
    for (int i = 0; i < 4 && kTextSets[k][i]; ++i)
      hosts_[kTextSets[k][i]].push_back(static_cast<uint16_t>(first_set_id_ + k));
  primary_.assign(0x10000, 0);
  for (const ReadingRecord& r : kReadingRecords)
    if (r.cp < 0x10000) primary_[r.cp] = r.syllables[0];
  text_id_ = primary_;
  for (const TextIdRecord& r : kTextIdRecords)
    if (r.cp < 0x10000) text_id_[r.cp] = r.text_id;
}

uint32_t VariantData::text_id_count() { return kSyllableCount + static_cast<uint32_t>(std::size(kTextSets)); }

// dense2_ (token of every 2-byte dense code), dense_cp_ and final_index_
// (decoding 3-byte codes).
void VariantData::BuildDenseTokens() {
  // Every 2-byte dense code: decode it through a FoldTable's ranking (the
  // ranking is independent of the folding options).
  dense2_.assign(1 << 14, 0);
  dense_cp_.assign(FoldTable::kDenseAstral, 0);
  {
    int n = 0;
    for (int b = 0; b < 0x80; ++b) {
      final_index_[b] = 0;
      if (b != '\n' && b != ' ' && !(b >= '0' && b <= '9') && !(b >= 'a' && b <= 'z'))
        final_index_[b] = static_cast<uint8_t>(n++);
    }
  }
  auto table = FoldTable::Shared(NormalizerOptions());
  if (table.ok()) {
    const FoldTable& fold = **table;
    uint16_t* const dense_cp = dense_cp_.data();
    const uint16_t* const text_id = text_id_.data();
    for (uint32_t cp = 0x80; cp < 0x10000; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      const uint32_t v = fold.DenseValue(cp);
      if (v < FoldTable::kDenseAstral) dense_cp[v] = static_cast<uint16_t>(cp);
      if (text_id[cp] == 0 || v / 90 >= 128) continue;
      char code[4];
      if (FoldTable::PutDense(v, code) != 2) continue;
      dense2_[((static_cast<unsigned char>(code[0]) & 0x7F) << 7) | static_cast<unsigned char>(code[1])] =
          (uint32_t{text_id[cp]} << 16) | cp;  // kChaiziFirst is added below
    }
  }
}

namespace {
// The generator's 拆字 groups fit the word table's bits.
constexpr bool ChaiziGroupsInRange() {
  for (const ChaiziGroupRecord& g : kChaiziGroupRecords)
    if (g.group < 0 || g.group >= VariantData::kChaiziGroups) return false;
  return true;
}
static_assert(ChaiziGroupsInRange(), "gen_variant_data's kChaiziGroups must be VariantData::kChaiziGroups");
}  // namespace

// chaizi_first_, chaizi_pairs_ and the kChaiziFirst flag of dense2_
// (after BuildDenseTokens), from the generated component pairs.
void VariantData::BuildChaizi() {
  static_assert(std::size(kChaiziGroupRecords) > 0 && std::size(kComposeRecords) > 0, "generated 拆字 tables");
  chaizi_first_.assign(0x10000 / 64, 0);
  chaizi_pairs_.assign((1u << 16) / 64, 0);
  for (const ComposeRecord& c : kComposeRecords) {
    if (c.a < 0x10000) chaizi_first_[c.a >> 6] |= uint64_t{1} << (c.a & 63);
    const uint32_t h = PairHash(c.a, c.b);
    chaizi_pairs_[h >> 6] |= uint64_t{1} << (h & 63);
  }
  for (uint32_t& tok : dense2_)
    if (tok != 0 && MayBeginChaizi(tok & 0xFFFF)) tok |= kChaiziFirst;
}

std::vector<VariantData::Word> VariantData::WordTable(const std::vector<uint64_t>* wholes) const {
  // The word table of FastRun's inner loop: the syllable and the 拆字
  // group bits (a pair (a, b) kept sets a's group in a's first mask and in
  // b's second mask, so MayPairWords holds for every pair kept). The
  // groups are the whole table's: a list's table has a subset of its bits.
  // Text ids are below 1024 (gen_variant_data checks it): 10 bits.
  static_assert(kWordSyllableShift + 10 <= 8 * sizeof(Word) && 2 * kChaiziGroups <= kWordSyllableShift,
                "word entry layout");
  // Per BMP code point: its first-component bit and its second-component group bits.
  std::vector<uint32_t> bits(0x10000, 0);
  for (const ComposeRecord& c : kComposeRecords) {
    if (wholes != nullptr && !(c.whole < 0x10000 && (((*wholes)[c.whole >> 6] >> (c.whole & 63)) & 1))) continue;
    const ChaiziGroupRecord* g =
        std::lower_bound(std::begin(kChaiziGroupRecords), std::end(kChaiziGroupRecords), c.a,
                         [](const ChaiziGroupRecord& r, uint32_t first) { return r.first < first; });
    if (g != std::end(kChaiziGroupRecords) && g->first == c.a && c.b < 0x10000) {
      bits[c.a] |= 1u << (kChaiziGroups + g->group);
      bits[c.b] |= 1u << g->group;
    }
  }
  std::vector<Word> out(1 << 16, 0);
  for (uint32_t b0 = 0x80; b0 < 0x100; ++b0) {
    for (uint32_t b1 = 0; b1 < 0x80; ++b1) {
      const uint32_t tok = dense2_[((b0 & 0x7F) << 7) | b1];
      if (tok == 0) continue;
      const uint32_t cp = tok & 0xFFFF, syl = (tok >> 16) & kSyllableMask;
      const unsigned char bytes[2] = {static_cast<unsigned char>(b0), static_cast<unsigned char>(b1)};
      out[WordSlot(bytes)] = static_cast<Word>(syl << kWordSyllableShift | bits[cp]);
    }
  }
  return out;
}

namespace {
// A hash of the generated data (readings, syllables, common words, 拆字),
// recorded in artifacts: they must be scanned with the same tables.
// Evaluated by the compiler (it was 2.3 M instructions at every load).
constexpr uint64_t DataFingerprint() {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](uint64_t v) {
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
  };
  for (const ReadingRecord& r : kReadingRecords)
    mix(r.cp | uint64_t{r.syllables[0]} << 21 | uint64_t{r.syllables[1]} << 32 | uint64_t{r.syllables[2]} << 42 |
        uint64_t{r.syllables[3]} << 52);
  for (const TextIdRecord& r : kTextIdRecords) mix(uint64_t{r.cp} << 16 | r.text_id);
  for (const auto& set : kTextSets)
    mix(uint64_t{set[0]} | uint64_t{set[1]} << 16 | uint64_t{set[2]} << 32 | uint64_t{set[3]} << 48);
  for (uint32_t i = 1; i < kSyllableCount; ++i)
    for (const char* s = kSyllables[i]; *s; ++s) mix(static_cast<unsigned char>(*s) + i * 256);
  for (uint64_t w : kCommonWords) mix(w);
  for (const ChaiziRecord& c : kChaiziRecords) {
    mix(c.cp);
    for (const char* s = c.components; *s; ++s) mix(static_cast<unsigned char>(*s));
  }
  // Stored variant indexes hold word tables made from these (VIDX).
  for (const ComposeRecord& c : kComposeRecords) mix(uint64_t{c.a} << 32 | c.b), mix(c.whole);
  for (const ChaiziGroupRecord& g : kChaiziGroupRecords) mix(uint64_t{g.first} << 8 | static_cast<uint32_t>(g.group));
  return h;
}
}  // namespace

uint64_t VariantData::Fingerprint() {
  static constexpr uint64_t kFingerprint = DataFingerprint();
  return kFingerprint;
}

uint32_t VariantData::CodePointOfDense(uint32_t v) const {
  if (v < FoldTable::kDenseAstral) return dense_cp_[v];
  if (v < FoldTable::kDenseInvalid) return v - FoldTable::kDenseAstral + 0x10000;
  return 0;  // an invalid byte kept as is
}

uint32_t VariantData::DenseToken3(unsigned b0, unsigned b1, unsigned b2) const {
  const uint32_t cp = CodePointOfDense((((b0 & 0x7F) << 7) | (b1 & 0x7F)) * 90 + final_index_[b2 & 0x7F]);
  const uint16_t syl = cp ? TextId(cp) : 0;
  return syl ? (uint32_t{syl} << 21) | cp : 0;
}

uint32_t VariantData::DenseCodePoint(const unsigned char* p, size_t len) const {
  if (len == 1) return p[0] < 0x80 ? p[0] : 0xFFFD;
  uint32_t v;
  if (len == 2 && p[0] >= 0x80 && p[1] < 0x80) {
    v = (p[0] & 0x7Fu) * 90 + final_index_[p[1]];
  } else if (len == 3 && p[0] >= 0x80 && p[1] >= 0x80 && p[2] < 0x80) {
    v = (((p[0] & 0x7Fu) << 7) | (p[1] & 0x7Fu)) * 90 + final_index_[p[2]];
  } else {
    return 0xFFFD;
  }
  const uint32_t cp = CodePointOfDense(v);
  return cp ? cp : 0xFFFD;
}

namespace {
std::atomic<bool> tables_built{false};
}  // namespace

const VariantData& VariantData::Get() {
  static const VariantData* data = [] {
    auto* d = new VariantData();
    tables_built.store(true, std::memory_order_release);
    return d;
  }();
  return *data;
}

bool VariantData::Built() { return tables_built.load(std::memory_order_acquire); }

uint32_t VariantData::syllable_count() { return kSyllableCount; }
const char* VariantData::Syllable(uint16_t id) { return id < kSyllableCount ? kSyllables[id] : ""; }
const char* VariantData::Source() { return kVariantDataSource; }

uint16_t VariantData::SyllableId(std::string_view s) const {
  const auto& m = SyllableMap();
  auto it = m.find(s);
  return it == m.end() ? 0 : it->second;
}

uint16_t VariantData::PrimarySlow(uint32_t cp) const {
  const ReadingRecord* r = FindRecord(cp);
  return r ? r->syllables[0] : 0;
}

uint16_t VariantData::TextIdSlow(uint32_t cp) const {
  if (const TextIdRecord* t = FindByCodePoint(kTextIdRecords, cp)) return t->text_id;
  return PrimarySlow(cp);
}

int VariantData::Readings(uint32_t cp, uint16_t out[4]) {
  const ReadingRecord* r = FindRecord(cp);
  if (!r) return 0;
  int n = 0;
  for (uint16_t s : r->syllables)
    if (s) out[n++] = s;
  return n;
}

uint8_t VariantData::Tones(uint32_t cp, uint16_t syllable) {
  const ReadingRecord* r = FindRecord(cp);
  if (!r || syllable == 0) return 0;
  for (int i = 0; i < 4; ++i)
    if (r->syllables[i] == syllable) return r->tones[i];
  return 0;
}

bool VariantData::IsCommonWord(const uint32_t* cps, size_t n) const {
  if (n < 2 || n > 4) return false;
  uint64_t key = 0;
  for (size_t i = 0; i < n; ++i) {
    if (cps[i] >= 0x10000) return false;
    key |= uint64_t{cps[i]} << (16 * i);
  }
  return std::binary_search(std::begin(kCommonWords), std::end(kCommonWords), key);
}

uint32_t VariantData::Compose(uint32_t a, uint32_t b) const {
  const uint64_t key = uint64_t{a} << 32 | b;
  const auto less = [](const ComposeRecord& c, uint64_t k) { return (uint64_t{c.a} << 32 | c.b) < k; };
  const auto* it = std::lower_bound(std::begin(kComposeRecords), std::end(kComposeRecords), key, less);
  return it != std::end(kComposeRecords) && it->a == a && it->b == b ? it->whole : 0;
}

std::string_view VariantData::Chaizi(uint32_t cp) const {
  const ChaiziRecord* first = std::begin(kChaiziRecords);
  const ChaiziRecord* last = std::end(kChaiziRecords);
  static const std::vector<const ChaiziRecord*>* sorted = [first, last] {
    auto* v = new std::vector<const ChaiziRecord*>();
    for (const ChaiziRecord* r = first; r != last; ++r) v->push_back(r);
    std::sort(v->begin(), v->end(), [](const ChaiziRecord* a, const ChaiziRecord* b) { return a->cp < b->cp; });
    return v;
  }();
  auto it = std::lower_bound(sorted->begin(), sorted->end(), cp,
                             [](const ChaiziRecord* r, uint32_t c) { return r->cp < c; });
  return it != sorted->end() && (*it)->cp == cp ? std::string_view((*it)->components) : std::string_view();
}

// ---------------------------------------------------------------------------

namespace {
uint32_t Bigram(uint16_t a, uint16_t b, uint32_t stride) { return uint32_t{a} * stride + b; }
}  // namespace

void VariantIndex::Build(absl::Span<const VariantPattern> patterns, absl::Span<const uint16_t> syllables,
                         absl::Span<const uint32_t> chars) {
  const VariantData& data = VariantData::Get();  // the walk's tables: built here, not at the first scan
  stride_ = VariantData::text_id_count();
  const uint32_t n = stride_ * stride_;
  bits_.assign((n + 63) / 64, 0);
  range_bits_.assign((n + 63) / 64, 0);
  homophone_bits_.assign((n + 63) / 64, 0);
  pair_step_bits_.assign((n + 63) / 64, 0);
  has_plain2_ = false;
  split_chars_.assign(0x10000 / 64, 0);
  for (const VariantPattern& p : patterns) {
    if (!(p.classes & 4)) continue;
    for (uint32_t k = 0; k < p.length; ++k)
      if (const uint32_t c = chars[p.offset + k]; c < 0x10000) split_chars_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  words_ = data.WordTable(&split_chars_);
  starts_.clear();
  third_.assign(patterns.size(), 0);
  const auto set = [](std::vector<uint64_t>& bits, uint32_t b) { bits[b >> 6] |= uint64_t{1} << (b & 63); };
  // Every bigram of text ids that accepts syllables (a, b).
  const auto set_hosts = [&](std::vector<uint64_t>& bits, uint16_t a, uint16_t b) {
    for (const uint16_t x : data.Hosts(a))
      for (const uint16_t y : data.Hosts(b)) set(bits, Bigram(x, y, stride_));
  };
  // The plain keys, one per text ids that accept their syllables: the
  // filter is sized by them once they are all known.
  std::vector<uint64_t> plain_keys;
  uint32_t prev = UINT32_MAX;
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    const VariantPattern& p = patterns[i];
    const uint16_t* const syl = syllables.data() + p.offset;
    const uint32_t last = p.length - 1;
    if (p.length >= 3) third_[i] = syl[last - 2];
    const uint32_t b = Bigram(syl[last - 1], syl[last], stride_);
    // Sorted by this bigram: a new one begins its range here.
    if (b != prev) starts_.push_back(i);
    prev = b;
    set(range_bits_, b);
    set_hosts(bits_, syl[last - 1], syl[last]);
    if (!(p.classes & 2)) continue;
    set_hosts(homophone_bits_, syl[last - 1], syl[last]);
    set_hosts(pair_step_bits_, syl[last - 1], syl[last]);
    if (p.length >= 3) set_hosts(pair_step_bits_, syl[last - 2], syl[last - 1]);
    const uint32_t* const ch = chars.data() + p.offset;
    if (p.length == 2) {
      has_plain2_ = true;
      for (const uint16_t x : data.Hosts(syl[0])) plain_keys.push_back(PlainKeyLastKept(x, ch[1]));
      for (const uint16_t y : data.Hosts(syl[1])) plain_keys.push_back(PlainKeyFirstKept(ch[0], y));
    } else {
      for (const uint16_t x : data.Hosts(syl[last - 2]))
        for (const uint16_t y : data.Hosts(syl[last - 1]))
          for (const uint16_t z : data.Hosts(syl[last])) plain_keys.push_back(PlainKeyTrigram(x, y, z));
    }
  }
  uint32_t log_bits = 12;
  while (log_bits < 22 && (size_t{1} << log_bits) < plain_keys.size() * 32) ++log_bits;
  plain_shift_ = 32 - log_bits;
  plain_bits_.assign((size_t{1} << log_bits) / 64, 0);
  for (const uint64_t key : plain_keys) SetPlainBit(key);
  // Text id 0 (a code without a reading, or not a 2-byte code) on either
  // side of a step's bigram sends the pair loop to its rare path, which
  // hands the character back: the common path needs no test for it.
  for (uint32_t s = 0; s < stride_; ++s)
    for (const uint32_t b : {Bigram(s, 0, stride_), Bigram(0, static_cast<uint16_t>(s), stride_)})
      set(pair_step_bits_, b);
  starts_.push_back(static_cast<uint32_t>(patterns.size()));
  FillRanks();
}

void VariantIndex::FillRanks() {
  ranks_.assign(range_bits_.size(), 0);
  uint32_t below = 0;
  for (size_t w = 0; w < range_bits_.size(); ++w) {
    ranks_[w] = below;
    below += static_cast<uint32_t>(__builtin_popcountll(range_bits_[w]));
  }
}

namespace {

// VIDX section: a header of uint32 fields, then the tables in the order
// Serialize appends them, each as the header sizes them: the bitmaps
// (64-bit words), the third-to-last syllables (16-bit, one per pattern),
// the pattern ranges (32-bit), the word table (16-bit).
struct IndexHeader {
  uint32_t stride, plain_shift, has_plain2, bitmap_words, plain_words, starts, word_entries, patterns;
};
static_assert(sizeof(IndexHeader) == 32, "IndexHeader is serialized byte for byte");
// IndexHeader::stride's high half: the layout (2: bitmaps over text ids,
// the range bitmap, 64-bit plain keys with two bits each; before it, 0:
// over syllables).
constexpr uint32_t kIndexLayout = 2;

}  // namespace

std::string VariantIndex::Serialize() const {
  const IndexHeader h{stride_ | kIndexLayout << 16,
                      plain_shift_,
                      has_plain2_ ? 1u : 0u,
                      static_cast<uint32_t>(bits_.size()),
                      static_cast<uint32_t>(plain_bits_.size()),
                      static_cast<uint32_t>(starts_.size()),
                      static_cast<uint32_t>(words_.size()),
                      static_cast<uint32_t>(third_.size())};
  std::string out(reinterpret_cast<const char*>(&h), sizeof(h));
  for (const auto* v : {&bits_, &range_bits_, &homophone_bits_, &pair_step_bits_, &split_chars_, &plain_bits_})
    out += PodBytes(*v);
  out += PodBytes(third_);
  out += PodBytes(starts_);
  out += PodBytes(words_);
  return out;
}

absl::Status VariantIndex::Deserialize(std::string_view bytes, size_t pattern_count) {
  (void)VariantData::Get();  // the walk's tables: built here, as by Build
  const auto bad = [](const char* why) { return absl::InvalidArgumentError(absl::StrCat("variant index: ", why)); };
  IndexHeader h;
  if (bytes.size() < sizeof(h)) return bad("truncated header");
  std::memcpy(&h, bytes.data(), sizeof(h));
  bytes.remove_prefix(sizeof(h));
  const uint32_t stride = VariantData::text_id_count();
  if (h.stride != (stride | kIndexLayout << 16))
    return absl::FailedPreconditionError("variant index: another layout or other text ids");
  if (h.bitmap_words != (stride * stride + 63) / 64) return bad("bitmap size");
  const uint32_t plain_log = 32 - h.plain_shift;
  if (h.plain_shift > 20 || plain_log > 22 || h.plain_words != (uint32_t{1} << plain_log) / 64 || h.has_plain2 > 1)
    return bad("plain bitmap size");
  if (h.word_entries != (1u << 16) || h.starts < 1 || h.starts > pattern_count + 1 || h.patterns != pattern_count)
    return bad("table sizes");
  if (!TakePods(&bytes, h.bitmap_words, &bits_) || !TakePods(&bytes, h.bitmap_words, &range_bits_) ||
      !TakePods(&bytes, h.bitmap_words, &homophone_bits_) ||
      !TakePods(&bytes, h.bitmap_words, &pair_step_bits_) || !TakePods(&bytes, 0x10000 / 64, &split_chars_) ||
      !TakePods(&bytes, h.plain_words, &plain_bits_) || !TakePods(&bytes, h.patterns, &third_) ||
      !TakePods(&bytes, h.starts, &starts_) ||
      !TakePods(&bytes, h.word_entries, &words_) || !bytes.empty())
    return bad("section size does not match its header");
  stride_ = stride;
  plain_shift_ = h.plain_shift;
  has_plain2_ = h.has_plain2 != 0;
  FillRanks();
  // Match reads patterns [starts_[r], starts_[r + 1]) of every set bigram.
  const uint32_t set =
      ranks_.empty() ? 0 : ranks_.back() + static_cast<uint32_t>(__builtin_popcountll(range_bits_.back()));
  if (h.starts != set + 1 || starts_.front() != 0 || starts_.back() != pattern_count)
    return bad("pattern ranges do not cover the patterns");
  for (size_t r = 1; r < starts_.size(); ++r)
    if (starts_[r] <= starts_[r - 1]) return bad("pattern ranges out of order");
  // The walk indexes the bigram bitmaps by the word table's syllables.
  for (const VariantData::Word w : words_)
    if (VariantData::WordSyllable(w) >= stride) return bad("word table syllable out of range");
  return absl::OkStatus();
}

void VariantMatcher::Reset() {
  count_ = 0;
  special_until_ = 0;
  run_ = 0;
  word_len_ = 0;
  word_continues_ = false;
  word_overflow_ = false;
  out_.clear();
}

void VariantMatcher::Push(const Tok& t) {
  ring_[count_ % kRing] = t;
  ++count_;
  if (t.latin) special_until_ = count_ - 1 + d_->max_variant_length;
  if (++run_ < 2) return;
  // The common case (no pattern ends with these two syllables) costs one
  // bit test; where only plain characters are in reach, MayEndPlain
  // narrows it further (the filter FastRun applies too).
  const VariantIndex& index = d_->variant_index;
  const Tok& prev = ring_[(count_ - 2) % kRing];
  const uint32_t b = prev.syl * index.stride() + t.syl;
  if (!index.MayEnd(b)) return;
  if (count_ - 1 >= special_until_ &&
      !(index.MayEndHomophone(b) &&
        index.MayEndPlain(prev.syl, prev.cp, t.syl, t.cp, run_ >= 3 ? ring_[(count_ - 3) % kRing].syl : 0)))
    return;
  Match();
}

bool VariantMatcher::SameTones(const uint16_t* syl, const uint32_t* chars) const {
  for (uint32_t k = 0; k < 2; ++k) {
    const Tok& x = ring_[(count_ - 2 + k) % kRing];
    if (x.cp == chars[k]) continue;
    if ((VariantData::Tones(x.cp, syl[k]) & VariantData::Tones(chars[k], syl[k])) == 0) return false;
  }
  return true;
}

void VariantMatcher::Match() {
  if (run_ < 2) return;
  const Tok& t = ring_[(count_ - 1) % kRing];
  const Tok& prev = ring_[(count_ - 2) % kRing];
  if (!d_->variant_index.MayEnd(Bigram(prev.syl, t.syl, d_->variant_index.stride()))) return;
  // A token of a character with several readings stands for each: the
  // patterns are looked up per reading (different buckets: no pattern
  // twice).
  const VariantData& data = VariantData::Get();
  uint16_t prev_syl[4], last_syl[4];
  const int np = data.Expand(prev.syl, prev_syl), nl = data.Expand(t.syl, last_syl);
  for (int a = 0; a < np; ++a)
    for (int b = 0; b < nl; ++b) MatchReadings(prev_syl[a], last_syl[b], data);
}

void VariantMatcher::MatchReadings(uint16_t s_prev, uint16_t s_last, const VariantData& data) {
  const VariantIndex& index = d_->variant_index;
  const uint32_t b = Bigram(s_prev, s_last, index.stride());
  if (!index.HasRange(b)) return;
  const Tok& t = ring_[(count_ - 1) % kRing];
  const Tok& prev = ring_[(count_ - 2) % kRing];
  // The bucket holds its two-syllable patterns (third-to-last 0) first,
  // then the others by their third-to-last syllable: only the run of a
  // reading of the token before `prev` can match (compile sorts them so;
  // the artifact's reader checks it).
  const auto [first, end] = index.Range(b);
  const uint16_t* const third = index.third_data();
  // Two characters read as themselves match a two-syllable pattern only as
  // its homophone (else they are the keyword, or other characters), and
  // two-character homophones are opt-in (has_plain2). Without them, the
  // search below runs over the whole bucket (its third-to-last syllables
  // are >= 1, the two-syllable patterns' 0).
  const bool plain = !t.latin && !prev.latin && !t.merged && !prev.merged;
  const uint16_t* longer = third + first;
  if (!plain || index.has_plain2()) {
    longer = std::lower_bound(third + first, third + end, uint16_t{1});
    for (uint32_t i = first, e = static_cast<uint32_t>(longer - third); i < e; ++i) TryPattern(i, data);
  }
  if (run_ < 3 || longer == third + end) return;
  uint16_t before_prev[4];
  const int n = data.Expand(ring_[(count_ - 3) % kRing].syl, before_prev);
  for (int k = 0; k < n; ++k) {
    const auto [lo, hi] = std::equal_range(longer, third + end, before_prev[k]);
    for (const uint16_t* q = lo; q < hi; ++q) TryPattern(static_cast<uint32_t>(q - third), data);
  }
}

void VariantMatcher::TryPattern(uint32_t i, const VariantData& data) {
  const Tok& t = ring_[(count_ - 1) % kRing];
  const VariantPattern& p = d_->variant_patterns[i];
  if (p.length > std::min<uint32_t>(run_, kRing)) return;
  const uint16_t* syl = d_->variant_syllables.data() + p.offset;
  const uint32_t* chars = d_->variant_chars.data() + p.offset;
  // The last three syllables are known accepted (the bucket and the
  // third): compare the others, from the end.
  uint32_t left = p.length > 3 ? p.length - 3 : 0;
  while (left > 0 && data.Accepts(ring_[(count_ - 4 - (p.length - 3 - left)) % kRing].syl, syl[left - 1])) --left;
  if (left > 0) return;
  bool ok = true, latin = false, substituted = false, merged = false;
  uint32_t kept = 0;
  for (uint32_t k = 0; k < p.length && ok; ++k) {
    const Tok& x = ring_[(count_ - p.length + k) % kRing];
    ok = data.Accepts(x.syl, syl[k]) &&
         !((p.classes & 8) && (!x.latin || (k > 0 && x.word_start && !((p.word_breaks >> (k - 1)) & 1))));
    latin |= x.latin != 0;
    substituted |= !x.latin && x.cp != chars[k];
    merged |= x.merged != 0;
    kept += !x.latin && x.cp == chars[k];
  }
  if (!ok) return;
  if (!latin && !substituted && !merged) return;  // the keyword itself: the literal databases report it
  const Tok& first = ring_[(count_ - p.length) % kRing];
  // Latin pinyin follows the whole-word rules: the span starts and ends
  // at Latin word boundaries.
  if (first.latin && !first.word_start) return;
  if (t.latin && !t.word_end) return;
  if (latin && !(p.classes & 1)) return;
  if (substituted && !(p.classes & 2)) return;
  if (merged && !(p.classes & 4)) return;
  // Homophones keep at least one character of the keyword: a text made
  // only of other characters with the same sounds is nearly always just
  // text (四友 is not 丝诱).
  if (!latin && kept == 0) return;
  // A two-character keyword's homophone also keeps the tone of the
  // character it replaces (兵毒 for 冰毒; not 约跑 for 约炮): with one
  // character left, the sound is all the evidence.
  if (substituted && !latin && !merged && p.length == 2 && !SameTones(syl, chars)) return;
  // Another reading of the same tokens may have matched another pattern
  // of the entry (寅行 reads yin xing and yin hang: 银行's two patterns).
  for (size_t j = out_.size(); j > 0 && out_[j - 1].end == t.end; --j)
    if (out_[j - 1].start == first.start && d_->variant_patterns[out_[j - 1].pattern].entry == p.entry) return;
  const uint8_t via = latin ? kViaPinyin : substituted ? kViaHomophone : kViaChaizi;
  out_.push_back({first.start, t.end, i, via});
}

void VariantMatcher::Char(uint32_t cp, uint16_t syl, uint64_t start, uint64_t end) {
  const VariantData& data = VariantData::Get();
  // 拆字: a character written as its two components (女干) stands for the
  // character (奸) from here on.
  if (run_ > 0 && data.MayBePair(ring_[(count_ - 1) % kRing].cp, cp)) {
    Tok& prev = ring_[(count_ - 1) % kRing];
    if (!prev.latin && !prev.merged) {
      // Only into a character some keyword of the list can be split from
      // (中心 stays 中心 for a list without 忠): a merge takes the two
      // characters' own readings out of the run.
      uint32_t whole = data.Compose(prev.cp, cp);
      if (whole && !d_->variant_index.MaySplit(whole)) whole = 0;
      const uint16_t whole_syl = whole ? data.TextId(whole) : 0;
      if (whole_syl) {
        prev = Tok{whole_syl, 0, 0, 0, 1, whole, prev.start, end};
        special_until_ = count_ - 1 + d_->max_variant_length;
        Match();
        return;
      }
    }
  }
  if (syl == 0) {
    Barrier();
    return;
  }
  Tok t{syl, 0, 0, 0, 0, cp, start, end};
  Push(t);
}

void VariantMatcher::WordByte(char c, uint64_t pos) {
  if (word_len_ == 0) word_start_ = pos;
  if (word_len_ < sizeof(word_)) {
    word_[word_len_] = c;
  } else {
    word_overflow_ = true;
  }
  ++word_len_;
  word_end_ = pos + 1;
}

bool SplitPinyin(const char* word, uint32_t n, uint16_t* syl, uint8_t* take) {
  // Longest syllable first, each optionally followed by one tone digit
  // 0-5. ok[i]: word[i..n) splits.
  if (n > 64) return false;
  const VariantData& data = VariantData::Get();
  int8_t ok[65];
  ok[n] = 1;
  for (int i = static_cast<int>(n) - 1; i >= 0; --i) {
    ok[i] = 0;
    for (int len = std::min(6, static_cast<int>(n) - i); len >= 1 && !ok[i]; --len) {
      const uint16_t s = data.SyllableId(std::string_view(word + i, static_cast<size_t>(len)));
      if (s == 0) continue;
      int j = i + len;
      if (j < static_cast<int>(n) && word[j] >= '0' && word[j] <= '5') ++j;
      if (ok[j]) {
        ok[i] = 1;
        take[i] = static_cast<uint8_t>(j - i);
        syl[i] = s;
      }
    }
  }
  return ok[0] != 0;
}

std::vector<uint16_t> JoinedPinyinReading(const std::vector<uint16_t>& syllables, uint16_t* word_breaks) {
  std::string joined;
  std::vector<bool> ends;  // ends[k]: one of `syllables` ends after letter k - 1
  for (uint16_t s : syllables) {
    joined += VariantData::Syllable(s);
    ends.resize(joined.size() + 1, false);
    ends[joined.size()] = true;
  }
  *word_breaks = 0;
  uint16_t syl[64];
  uint8_t take[64];
  std::vector<uint16_t> out;
  if (!SplitPinyin(joined.data(), static_cast<uint32_t>(joined.size()), syl, take)) return out;
  for (uint32_t i = 0; i < joined.size(); i += take[i]) {
    if (out.size() < 16 && ends[i + take[i]]) *word_breaks |= static_cast<uint16_t>(1u << out.size());
    out.push_back(syl[i]);
  }
  return out;
}

void VariantMatcher::EndWord() {
  if (word_len_ == 0) return;
  const uint32_t n = word_len_;
  word_len_ = 0;
  word_continues_ = false;
  if (word_overflow_ || n > sizeof(word_)) {
    word_overflow_ = false;
    Barrier();
    return;
  }
  uint8_t take[64];
  uint16_t syl[64];
  if (!SplitPinyin(word_, n, syl, take)) {
    Barrier();
    return;
  }
  for (uint32_t i = 0; i < n;) {
    Tok t{syl[i], 1, static_cast<uint8_t>(i == 0), static_cast<uint8_t>(i + take[i] == n), 0, 0,
          word_start_ + i, word_start_ + i + take[i]};
    Push(t);
    i += take[i];
  }
}

void VariantMatcher::FeedUtf8(const char* p, size_t len, uint64_t pos) {
  const VariantData& data = VariantData::Get();
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  const auto* end = s + len;
  while (s < end) {
    const uint64_t at = pos + static_cast<uint64_t>(s - reinterpret_cast<const unsigned char*>(p));
    const unsigned b = *s;
    if (b < 0x80) {
      AsciiByte(b, at);
      ++s;
      continue;
    }
    uint32_t cp;
    int n = DecodeUtf8(s, end, &cp);
    if (n <= 0) n = 1, cp = 0xFFFD;
    EndWord();
    word_continues_ = false;
    Char(cp, data.TextId(cp), at, at + static_cast<uint64_t>(n));
    s += n;
  }
}

namespace {

uint32_t DenseIndex(const unsigned char* p) { return ((p[0] & 0x7Fu) << 7) | p[1]; }

// True when the 2-byte code at q (word w; the character before it has
// word prev_w, the one before that syllable sa, 0: none) needs Char():
// a plain homophone pattern may end there (the bigram, then MayEndPlain or
// its trigram alone) or the two characters may be the components of
// another (拆字). False positives only (hashed bitmaps): a stop where no
// pattern ends costs time, not results.
inline bool StopAt(const unsigned char* q, uint32_t prev_w, uint32_t w, uint32_t sa, const VariantData& data,
                   const VariantIndex& index) {
  constexpr int kShift = VariantData::kWordSyllableShift;
  const uint32_t bg = VariantData::WordRow(prev_w, index.stride()) + (w >> kShift);
  const bool bigram = (index.homophone_bits_data()[bg >> 6] & (uint64_t{1} << (bg & 63))) != 0;
  const bool pair = VariantData::MayPairWords(prev_w, w);
  if (!bigram && !pair) return false;
  const uint16_t s0 = static_cast<uint16_t>(prev_w >> kShift), s1 = static_cast<uint16_t>(w >> kShift);
  const uint32_t* const dense2 = data.dense2_data();
  const uint32_t pcp = dense2[DenseIndex(q - 2)] & 0xFFFF, ccp = dense2[DenseIndex(q)] & 0xFFFF;
  // Without two-syllable homophone patterns only MayEndPlain's trigram
  // can hold (one bitmap read instead of three).
  const bool end_here =
      bigram && (index.has_plain2() ? index.MayEndPlain(s0, pcp, s1, ccp, static_cast<uint16_t>(sa))
                                    : sa != 0 && index.MayEndTrigram(static_cast<uint16_t>(sa), s0, s1));
  return end_here || (pair && data.MayBePair(pcp, ccp));
}

// PlainLoop's step: the syllable two characters before q (q >= first):
// before `first` only pprev_syl knows it; from first - 2 on it is a 2-byte
// code with a reading.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline uint32_t SyllableBeforeLast(const unsigned char* q, const unsigned char* first,
                                                                const VariantData::Word* words, uint32_t pprev_syl) {
  return q >= first + 2 ? words[VariantData::WordSlot(q - 4)] >> VariantData::kWordSyllableShift : pprev_syl;
}

// PlainLoop's pair loop, the exact test of a step its bits flagged (c0 at
// p - 2 with word prev_w, c1 at p with w1, c2 at p + 2 with w2): nullptr to
// go on with the next step, else where PlainLoop returns (*stop set when a
// pattern may end there).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline const unsigned char* PairStepExact(
    const unsigned char* p, const unsigned char* first, uint32_t prev_w, uint32_t w1, uint32_t w2, bool step_bit,
    uint32_t flags1, uint32_t flags2, uint32_t pprev_syl, const VariantData& data, const VariantIndex& index,
    bool* stop) {
  constexpr int kShift = VariantData::kWordSyllableShift;
  const VariantData::Word* const words = index.word_data();
  if (prev_w == 0) return p - 2;  // the last step's c2 is not a plain character: the caller decides
  if (w1 == 0) return p;
  if (w2 == 0) {  // c1 is plain, c2 is not
    if (StopAt(p, prev_w, w1, SyllableBeforeLast(p, first, words, pprev_syl), data, index)) *stop = true;
    return *stop ? p : p + 2;
  }
  // A plain match ending at c1 needs the trigram (c-1, c0, c1), one
  // ending at c2 the trigram (c0, c1, c2), a 拆字 pair its hashed
  // pair bit: the exact test runs only where one of them holds.
  const uint32_t* const dense2 = data.dense2_data();
  const auto pair_at = [&](const unsigned char* q) {
    return data.MayBePair(dense2[DenseIndex(q - 2)] & 0xFFFF, dense2[DenseIndex(q)] & 0xFFFF);
  };
  const uint32_t sb = SyllableBeforeLast(p, first, words, pprev_syl);
  const uint16_t s0 = static_cast<uint16_t>(prev_w >> kShift), s1 = static_cast<uint16_t>(w1 >> kShift);
  if ((flags1 && pair_at(p)) || (flags2 && pair_at(p + 2)) ||
      (step_bit && ((sb != 0 && index.MayEndTrigram(static_cast<uint16_t>(sb), s0, s1)) ||
                    index.MayEndTrigram(s0, s1, static_cast<uint16_t>(w2 >> kShift))))) {
    if (StopAt(p, prev_w, w1, sb, data, index)) {
      *stop = true;
      return p;
    }
    if (StopAt(p + 2, w1, w2, s0, data, index)) {
      *stop = true;
      return p + 2;
    }
  }
  return nullptr;
}

// FastRun's inner loop: takes the 2-byte codes at p while each needs
// nothing but appending, and returns the first one it does not take (not
// a 2-byte code, no reading, or StopAt: *stop). The character before p is
// a 2-byte code with word entry prev_w (see WordTable); pprev_syl is
// the syllable of the one before it (0: none). Few live values, so that
// the loops stay in registers.
//
// Without two-syllable homophone patterns (the default) a pair loop takes
// two characters a step (c1, c2 after c0 = the character before): one
// 4-byte load, two table loads, one bigram bit test on (c0, c1) in
// pair_step_bits (a plain match ending at c1 has (c0, c1) in its last
// bigram, one ending at c2 has it as the bigram before its last) and the
// two 拆字 flag tests (~30 instructions a step); only when that says maybe
// do the trigram and 拆字 pair bits, then StopAt, look at c1 and c2. The
// single loop (one character a step, ~26 instructions) takes the rest.
// Tried and dropped (bench/RESULTS.md, variants13): the two syllable
// trigrams of a step instead of its bigram, hashed or as 32-bit rows per
// bigram (also read only where the bigram bit is set): half the
// mispredictions callgrind counts at 64k, more L1 misses, no CPU gain.
const unsigned char* PlainLoop(const unsigned char* p, const unsigned char* end, const VariantData& data,
                               const VariantIndex& index, uint32_t prev_w, uint32_t pprev_syl, bool* stop) {
  const VariantData::Word* const words = index.word_data();
  const unsigned char* const first = p;
  const uint32_t stride = index.stride();
  constexpr int kShift = VariantData::kWordSyllableShift;
  const auto syllable_before_last = [&](const unsigned char* q) {
    return SyllableBeforeLast(q, first, words, pprev_syl);
  };
  if (!index.has_plain2()) {
    const uint64_t* const step_bits = index.pair_step_bits_data();
    for (; p + 3 < end; p += 4) {
      uint32_t x;
      std::memcpy(&x, p, 4);
      static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the pair loop byte-swaps a little-endian load");
      x = __builtin_bswap32(x);  // p[0] p[1] p[2] p[3], high to low: two WordSlots
      const uint32_t w1 = words[x >> 16], w2 = words[x & 0xFFFF];
      // prev_w, w1 or w2 may be 0 (no reading, or p + 2 is not where a
      // code starts): syllable 0 sets the step bit (prev_w, w1) now or at
      // the next step (w2 is the next prev_w).
      const uint32_t bg = VariantData::WordRow(prev_w, stride) + (w1 >> kShift);
      const bool step_bit = (step_bits[bg >> 6] & (uint64_t{1} << (bg & 63))) != 0;
      constexpr int kGroups = VariantData::kChaiziGroups;
      const uint32_t flags1 = prev_w & (w1 << kGroups) & VariantData::kWordFirstMask;
      const uint32_t flags2 = w1 & (w2 << kGroups) & VariantData::kWordFirstMask;
      if (__builtin_expect(step_bit || (flags1 | flags2) != 0, 0)) {
        if (const unsigned char* at = PairStepExact(p, first, prev_w, w1, w2, step_bit, flags1, flags2, pprev_syl,
                                                    data, index, stop))
          return at;
      }
      prev_w = w2;
    }
    if (prev_w == 0) return p - 2;  // as above, at the end of the pair loop
  }
  const uint64_t* const homophone_bits = index.homophone_bits_data();
  for (; p + 1 < end; p += 2) {
    const uint32_t w = words[VariantData::WordSlot(p)];
    if (w == 0) break;  // not a 2-byte code with a reading: the outer loop decides
    const uint32_t bg = VariantData::WordRow(prev_w, stride) + (w >> kShift);
    const bool bigram = (homophone_bits[bg >> 6] & (uint64_t{1} << (bg & 63))) != 0;
    const bool pair = VariantData::MayPairWords(prev_w, w);
    if (__builtin_expect(bigram || pair, 0) && StopAt(p, prev_w, w, syllable_before_last(p), data, index)) {
      *stop = true;
      return p;
    }
    prev_w = w;
  }
  return p;
}

// FastRun's view of the run's last two tokens, wherever they are (in the
// ring or not yet): all 0 when the run is empty (syllable 0 ends no
// pattern and begins no 拆字 pair). Kept in FastRun's locals: a store to a
// member would make the compiler reload the tables every character.
struct RunTail {
  uint32_t prev_row = 0;  // prev_syl * stride: the bigram row of the last token
  uint32_t prev_cp = 0;
  uint16_t prev_syl = 0, pprev_syl = 0;
  bool prev_first = false;  // the last token may begin a 拆字 pair

  // The tail of a run whose last token (in the ring) is (last_syl, last_cp)
  // and the one before it has syllable before_syl (0: none).
  static RunTail After(uint16_t last_syl, uint32_t last_cp, uint16_t before_syl, uint32_t stride,
                       const VariantData& data) {
    RunTail tail;
    tail.prev_row = uint32_t{last_syl} * stride;
    tail.prev_syl = last_syl;
    tail.prev_cp = last_cp;
    tail.pprev_syl = before_syl;
    // An astral character is not in the bitmap: let MayBePair decide.
    tail.prev_first = last_cp >= 0x10000 || data.MayBeginChaizi(last_cp);
    return tail;
  }
  // The dense token `tok` (syllable syl, code point cp) is appended.
  ABSL_ATTRIBUTE_ALWAYS_INLINE void Append(uint32_t tok, uint32_t syl, uint32_t cp, uint32_t stride) {
    prev_row = syl * stride;
    pprev_syl = prev_syl;
    prev_syl = static_cast<uint16_t>(syl);
    prev_cp = cp;
    prev_first = (tok & VariantData::kChaiziFirst) != 0;
  }
  // The last two tokens read back from the bytes before s, both 2-byte
  // codes (PlainLoop appended at least one).
  ABSL_ATTRIBUTE_ALWAYS_INLINE void Reload(const unsigned char* s, const uint32_t* dense2, uint32_t stride) {
    const uint32_t last = dense2[DenseIndex(s - 2)];
    pprev_syl = static_cast<uint16_t>((dense2[DenseIndex(s - 4)] >> 16) & VariantData::kSyllableMask);
    prev_syl = static_cast<uint16_t>((last >> 16) & VariantData::kSyllableMask);
    prev_row = prev_syl * stride;
    prev_cp = last & 0xFFFF;
    prev_first = (last & VariantData::kChaiziFirst) != 0;
  }
  // Whether appending (syl, cp) needs Char(): a pattern may end there
  // (Push's bigram test; outside the window after a Latin or merged token
  // narrowed by MayEndPlain to plain characters) or the last character and
  // this one may be the components of another (拆字).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool MayStop(uint32_t syl, uint32_t cp, bool in_special_window,
                                            const VariantData& data, const VariantIndex& index) const {
    const uint32_t bigram = prev_row + syl;
    if (in_special_window) {
      if ((index.bits_data()[bigram >> 6] >> (bigram & 63)) & 1) return true;
    } else if (((index.homophone_bits_data()[bigram >> 6] >> (bigram & 63)) & 1) &&
               index.MayEndPlain(prev_syl, prev_cp, static_cast<uint16_t>(syl), cp, pprev_syl)) {
      return true;
    }
    return prev_first && data.MayBePair(prev_cp, cp);
  }
};

// FastRun's inner loop (PlainLoop) from s, after a character appended
// outside the window where a Latin or merged token is in reach: appends
// what it takes to the run (*n, *tail) and returns where it stopped
// (*stop: a pattern may end there).
ABSL_ATTRIBUTE_ALWAYS_INLINE inline const unsigned char* TakePlainRun(const unsigned char* s,
                                                                      const unsigned char* end,
                                                                      const VariantData& data,
                                                                      const VariantIndex& index, RunTail* tail,
                                                                      uint32_t* n, bool* stop) {
  const unsigned char* const from = s;
  s = PlainLoop(s, end, data, index, index.word_data()[VariantData::WordSlot(s - 2)], tail->pprev_syl, stop);
  if (s != from) {
    *n += static_cast<uint32_t>(s - from) / 2;
    tail->Reload(s, data.dense2_data(), index.stride());  // 2-byte codes from from - 2 (appended before) on
  }
  return s;
}

}  // namespace

// FastRun's last step: the run's n new tokens from run_begin join it;
// only the tail goes into the ring (Match and HoldFrom look back at most
// the longest pattern's length).
void VariantMatcher::PushRunTail(const unsigned char* run_begin, uint32_t n, const unsigned char* base, uint64_t pos,
                                 const VariantData& data) {
  const uint32_t keep = std::min<uint32_t>(std::max<uint32_t>(d_->max_variant_length, 2), kRing);
  const uint64_t first_at = pos + static_cast<uint64_t>(run_begin - base);
  for (uint32_t j = n > keep ? n - keep : 0; j < n; ++j) {
    const uint32_t tok = data.DenseToken(run_begin[2 * j], run_begin[2 * j + 1]);
    const uint64_t at = first_at + 2 * uint64_t{j};
    ring_[(count_ + j) % kRing] = Tok{static_cast<uint16_t>(tok >> 16), 0, 0, 0, 0, tok & 0xFFFF, at, at + 2};
  }
  count_ += n;
  run_ += n;
}

// Invariant while looping: the n characters [run_begin, s) are tokens of
// the current run that are not in the ring yet (count_ and run_ do not
// count them); `tail` describes the run's last tokens.
//
// Two loops: the outer one takes one character at a time and handles
// everything (barriers, the window after a Latin or merged token where any
// pattern may end, the run's first character); once a character is
// appended outside that window, the inner loop (TakePlainRun) takes the
// plain 2-byte codes that follow and hands anything else back.
const unsigned char* VariantMatcher::FastRun(const unsigned char* s, const unsigned char* end,
                                             const unsigned char* base, uint64_t pos) {
  const VariantData& data = VariantData::Get();
  const VariantIndex& index = d_->variant_index;
  const uint32_t stride = index.stride();
  const uint32_t* const dense2 = data.dense2_data();
  const uint64_t count = count_;
  uint64_t special = special_until_;  // 0 once a barrier is crossed: nothing before it is in reach
  const unsigned char* run_begin = s;
  uint32_t n = 0;
  bool barrier = false, ascii_barrier = false;
  RunTail tail;
  if (run_ > 0) {
    const Tok& last = ring_[(count_ - 1) % kRing];
    tail = RunTail::After(last.syl, last.cp, run_ > 1 ? ring_[(count_ - 2) % kRing].syl : 0, stride, data);
  }
  // A barrier of `len` bytes at s: the run so far is out of reach.
  const auto cross_barrier = [&](int len) {
    barrier = true;
    special = 0;
    n = 0;
    tail = RunTail();
    s += len;
    run_begin = s;
  };
  while (s + 1 < end) {
    const unsigned b0 = s[0];
    if (b0 < 0x80) {
      // A word byte opens a Latin word (the slow path); any other is a barrier.
      if ((b0 >= 'a' && b0 <= 'z') || (b0 >= '0' && b0 <= '9')) break;
      ascii_barrier = true;
      cross_barrier(1);
      continue;
    }
    const unsigned b1 = s[1];
    if (b1 >= 0x80) break;  // a 3-byte code
    const uint32_t tok = dense2[((b0 & 0x7F) << 7) | b1];
    if (tok == 0) {  // a character without a reading: a barrier
      cross_barrier(2);
      continue;
    }
    const uint32_t syl = (tok >> 16) & VariantData::kSyllableMask;
    const uint32_t cp = tok & 0xFFFF;
    // Stop exactly where Char() would do more than append.
    if (tail.MayStop(syl, cp, count + n < special, data, index)) break;
    tail.Append(tok, syl, cp, stride);
    ++n;
    s += 2;
    if (count + n < special) continue;
    bool stop = false;
    s = TakePlainRun(s, end, data, index, &tail, &n, &stop);
    if (stop) break;
  }
  if (barrier) run_ = 0;
  if (ascii_barrier) word_continues_ = false;  // as the slow path: a dense barrier leaves it as it was
  PushRunTail(run_begin, n, base, pos, data);
  return s;
}

void VariantMatcher::FeedDense(const char* p, size_t len, uint64_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  const auto* end = s + len;
  const auto* base = s;
  while (s < end) {
    // Runs of 2-byte codes (nearly all CJK text) outside a Latin word take
    // the fast loop; it stops before the character that needs Char().
    if (*s >= 0x80 && word_len_ == 0) {
      s = FastRun(s, end, base, pos);
      if (s >= end) break;
    }
    const uint64_t at = pos + static_cast<uint64_t>(s - base);
    if (*s < 0x80) {
      AsciiByte(*s, at);
      ++s;
    } else {
      s = DenseChar(s, end, at);
    }
  }
}

const unsigned char* VariantMatcher::DenseChar(const unsigned char* s, const unsigned char* end, uint64_t at) {
  const VariantData& data = VariantData::Get();
  const unsigned b = *s;
  if (s + 1 < end && s[1] < 0x80) {  // a 2-byte code
    const uint32_t tok = data.DenseToken(b, s[1]);
    if (word_len_) {
      EndWord();
      word_continues_ = false;
    }
    if (tok == 0) {
      Barrier();
    } else {
      Char(tok & 0xFFFF, static_cast<uint16_t>(tok >> 16), at, at + 2);
    }
    return s + 2;
  }
  // A 3-byte code (rarer and astral characters).
  EndWord();
  word_continues_ = false;
  if (s + 2 < end && s[1] >= 0x80 && s[2] < 0x80) {
    const uint32_t tok = data.DenseToken3(b, s[1], s[2]);
    if (tok == 0) {
      Barrier();
    } else {
      Char(tok & 0x1FFFFF, static_cast<uint16_t>(tok >> 21), at, at + 3);
    }
    return s + 3;
  }
  // Not a whole code: skip it, and the byte that would end it.
  Barrier();
  while (s < end && *s >= 0x80) ++s;
  if (s < end) ++s;
  return s;
}

void VariantMatcher::AsciiByte(unsigned b, uint64_t at) {
  if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
    WordByte(static_cast<char>(b), at);
  } else if (b == ' ' && word_len_ > 0) {
    EndWord();
    word_continues_ = true;  // the next word (if one follows at once) continues this run
  } else {
    EndWord();
    word_continues_ = false;
    Barrier();
  }
}

namespace {

// True when the syllables seq[0, k) begin a pattern longer than k
// (binary search in the patterns ordered by syllable sequence).
bool BeginsLongerPattern(const CompiledData& d, const uint16_t* seq, uint32_t k) {
  const auto& order = d.variant_prefix_order;
  const uint16_t* syl = d.variant_syllables.data();
  auto cmp_less = [&](uint32_t pi) {  // pattern's first k tokens < query?
    const VariantPattern& p = d.variant_patterns[pi];
    for (uint32_t j = 0; j < k; ++j) {
      if (j >= p.length) return true;
      const uint16_t a = syl[p.offset + j], b = seq[j];
      if (a != b) return a < b;
    }
    return false;
  };
  size_t lo = 0, hi = order.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (cmp_less(order[mid])) lo = mid + 1;
    else hi = mid;
  }
  if (lo == order.size()) return false;
  const VariantPattern& p = d.variant_patterns[order[lo]];
  if (p.length <= k) return false;
  for (uint32_t j = 0; j < k; ++j)
    if (syl[p.offset + j] != seq[j]) return false;
  return true;
}

}  // namespace

bool VariantMatcher::IsPrefix(uint64_t from, uint32_t k) const {
  // Every reading of the tokens (text ids of characters with several
  // stand for each), up to kMaxSequences sequences; past that, true
  // (holding text longer is safe).
  constexpr uint32_t kMaxSequences = 64;
  const VariantData& data = VariantData::Get();
  uint16_t readings[kRing][4];
  int count[kRing];
  uint32_t sequences = 1;
  for (uint32_t j = 0; j < k; ++j) {
    count[j] = data.Expand(ring_[(from + j) % kRing].syl, readings[j]);
    sequences *= static_cast<uint32_t>(count[j]);
    if (sequences > kMaxSequences) return true;
  }
  uint16_t seq[kRing];
  for (uint32_t n = 0; n < sequences; ++n) {
    for (uint32_t j = 0, rest = n; j < k; ++j) {
      seq[j] = readings[j][rest % count[j]];
      rest /= count[j];
    }
    if (BeginsLongerPattern(*d_, seq, k)) return true;
  }
  return false;
}

uint64_t VariantMatcher::HoldFrom() const {
  // An open Latin word may still become pinyin; otherwise only a tail of
  // the current token run that begins some pattern is held.
  uint64_t hold = UINT64_MAX;
  if (word_len_ > 0 && word_len_ <= sizeof(word_)) {
    // Held while the word so far can begin a pattern's first syllable.
    if (first_syllables_.empty()) {
      first_syllables_.assign(VariantData::Get().syllable_count(), 0);
      for (const VariantPattern& p : d_->variant_patterns) first_syllables_[d_->variant_syllables[p.offset]] = 1;
    }
    const VariantData& data = VariantData::Get();
    for (uint32_t s = 1; s < first_syllables_.size() && hold == UINT64_MAX; ++s) {
      if (!first_syllables_[s]) continue;
      const char* syl = data.Syllable(static_cast<uint16_t>(s));
      const size_t n = std::min<size_t>(std::strlen(syl), word_len_);
      if (std::memcmp(syl, word_, n) == 0) hold = word_start_;
    }
  }
  const uint32_t back = std::min<uint32_t>({run_, d_->max_variant_length > 0 ? d_->max_variant_length - 1 : 0,
                                            static_cast<uint32_t>(kRing - 1)});
  for (uint32_t k = back; k >= 1; --k) {
    if (IsPrefix(count_ - k, k)) {
      hold = std::min(hold, ring_[(count_ - k) % kRing].start);
      break;
    }
  }
  return hold;
}

void VariantMatcher::Finish() {
  EndWord();
  word_continues_ = false;
  Barrier();
}

// ---------------------------------------------------------------------------

namespace {
bool IsParticle(uint32_t cp) {
  static constexpr char32_t kParticles[] = U"了着过的地得吗呢吧啊啦么呀嘛";
  for (char32_t c : kParticles)
    if (c && c == cp) return true;
  return false;
}
}  // namespace

namespace {

// A span read for the real-word guard: its CJK characters in order, each
// run of anything else (Latin syllables, never words) as one kLatinPiece
// between them, so that no word is read across a syllable (有yao头wan: 有
// and 头 are not neighbours; 发lun功 holds no 发功).
constexpr uint32_t kLatinPiece = 0;
struct SpanShape {
  size_t han = 0;  // CJK characters
  bool latin = false, latin_first = false, latin_last = false;  // anything else: at all, first, last
  // Appends code point `cp` to span[0..*n) (at most 64 kept).
  void Add(uint32_t cp, bool at_start, uint32_t span[64], size_t* n) {
    const bool is_han = IsHanIdeograph(cp);
    if (is_han) ++han;
    latin_first = latin_first || (at_start && !is_han);
    latin = latin || !is_han;
    latin_last = !is_han;
    if (*n < 64 && (is_han || *n == 0 || span[*n - 1] != kLatinPiece)) span[(*n)++] = is_han ? cp : kLatinPiece;
  }
};

// The span [p, end) (SpanShape::Add); returns its length in span.
size_t SpanCharacters(const unsigned char* p, const unsigned char* end, const unsigned char* text_end, uint32_t span[64],
                      SpanShape* shape) {
  size_t n = 0;
  for (const unsigned char* const start = p; p < end;) {
    uint32_t cp;
    int k = DecodeUtf8(p, text_end, &cp);
    if (k <= 0) k = 1, cp = 0xFFFD;
    shape->Add(cp, p == start, span, &n);
    p += k;
  }
  return n;
}

// The CJK characters of `keyword` into kw[0..cap); returns how many it
// has (more than cap: the caller asks again with room for all).
size_t KeywordCharacters(std::string_view keyword, uint32_t* kw, size_t cap) {
  size_t n = 0;
  for (const unsigned char *p = reinterpret_cast<const unsigned char*>(keyword.data()), *e = p + keyword.size();
       p < e;) {
    uint32_t cp;
    int k = DecodeUtf8(p, e, &cp);
    if (k <= 0) k = 1, cp = 0xFFFD;
    if (IsHanIdeograph(cp)) {
      if (n < cap) kw[n] = cp;
      ++n;
    }
    p += k;
  }
  return n;
}

// differs[i]: span character i is not the keyword's (position by position
// when the lengths agree and the span is all CJK; with Latin syllables in
// the span, each character not found among the keyword's, in order, after
// the one found before it; else what lies between the common prefix and
// suffix).
void MarkSubstituted(const uint32_t* span, size_t n, const uint32_t* kw, size_t kw_size, bool latin, bool* differs) {
  if (latin) {  // yao头wan for 摇头丸: 头 is the keyword's
    size_t next = 0;
    for (size_t i = 0; i < n; ++i) {
      differs[i] = false;
      if (span[i] == kLatinPiece) continue;
      size_t j = next;
      while (j < kw_size && kw[j] != span[i]) ++j;
      differs[i] = j == kw_size;
      if (j < kw_size) next = j + 1;
    }
    return;
  }
  size_t pre = 0, suf = 0;
  while (pre < n && pre < kw_size && span[pre] == kw[pre]) ++pre;
  while (suf < n - pre && suf < kw_size - std::min(pre, kw_size) && span[n - 1 - suf] == kw[kw_size - 1 - suf])
    ++suf;
  if (n == kw_size && !latin) {
    for (size_t i = 0; i < n; ++i) differs[i] = span[i] != kw[i];
  } else {
    for (size_t i = 0; i < n; ++i) differs[i] = i >= pre && i < n - suf;
  }
}

// Up to 3 CJK characters right before `at` (contiguous, not across
// sentence punctuation of `text`), in text order.
size_t CharactersBefore(const NormalizedText& text, const unsigned char* base, const unsigned char* at,
                        const unsigned char* text_end, uint32_t out[3]) {
  uint32_t tmp[3];
  size_t before = 0;
  const unsigned char* p = at;
  while (before < 3 && p > base && !text.HasBoundary(text.base() + static_cast<uint64_t>(p - base), FoldBoundary::kSentence)) {
    const unsigned char* q = p - 1;
    while (q > base && (*q & 0xC0) == 0x80) --q;
    uint32_t cp;
    if (DecodeUtf8(q, text_end, &cp) <= 0 || !IsHanIdeograph(cp)) break;
    tmp[before++] = cp;
    p = q;
  }
  for (size_t i = 0; i < before; ++i) out[i] = tmp[before - 1 - i];
  return before;
}

// Up to 3 CJK characters right from `at` (contiguous, not across sentence
// punctuation of `text`, whose bytes start at `base`).
size_t CharactersAfter(const NormalizedText& text, const unsigned char* base, const unsigned char* at,
                       const unsigned char* text_end, uint32_t out[3]) {
  size_t after = 0;
  for (const unsigned char* p = at;
       after < 3 && p < text_end && !text.HasBoundary(text.base() + static_cast<uint64_t>(p - base), FoldBoundary::kSentence);) {
    uint32_t cp;
    const int k = DecodeUtf8(p, text_end, &cp);
    if (k <= 0 || !IsHanIdeograph(cp)) break;
    out[after++] = cp;
    p += k;
  }
  return after;
}

// ext[0..m) is the span ext[lo..hi) with its context; ext_diff marks the
// span's substituted characters. kWordIsSpan when the span is a common
// word; else kWordReachesOut when a common word of 2-4 characters covers
// the span, or (reach_out) crosses its edge over a substituted character
// and reaches out by more than grammatical particles; else kNoWord.
GuardVerdict CommonWordAcrossSpan(const VariantData& data, const uint32_t* ext, const bool* ext_diff, size_t m,
                                  size_t lo, size_t hi, bool latin, bool reach_out) {
  if (!latin && data.IsCommonWord(ext + lo, hi - lo)) return GuardVerdict::kWordIsSpan;
  for (size_t a = 0; a < m; ++a) {
    if (ext[a] == kLatinPiece) continue;
    for (size_t len = 2; len <= 4 && a + len <= m; ++len) {
      const size_t b = a + len;
      if (ext[b - 1] == kLatinPiece) break;  // no word across a Latin syllable
      if (b <= lo || a >= hi) continue;      // no overlap
      const bool covers = a <= lo && b >= hi;
      const bool crosses = a < lo || b > hi;
      if (!covers && !crosses) continue;  // a word inside the span says nothing
      if (!covers && !reach_out) continue;
      if (!covers || latin) {
        bool any = false;
        for (size_t i = std::max(a, lo); i < std::min(b, hi); ++i) any |= ext_diff[i];
        if (!any) continue;
        // A word that reaches out of the span only by grammatical particles
        // (干了, 的毒) says nothing about the span.
        bool only_particles = true;
        for (size_t i = a; i < b; ++i)
          if (i < lo || i >= hi) only_particles = only_particles && IsParticle(ext[i]);
        if (!covers && only_particles) continue;
      }
      if (data.IsCommonWord(ext + a, len)) return GuardVerdict::kWordReachesOut;
    }
  }
  return GuardVerdict::kNoWord;
}

// RealWordGuard's decision once the text is read: the span's CJK
// characters span[0..n) and its Latin parts, up to 3 CJK characters before
// it (contiguous, in text order) and after it. A Latin syllable at an edge
// stands between the span's characters and the text beside it, so no word
// is read across that edge (有yao头wan: 有 and 头 make no word there).
GuardVerdict GuardCharacters(const uint32_t* span, size_t n, SpanShape shape, const uint32_t* before, size_t nb,
                             const uint32_t* after, size_t na, std::string_view keyword) {
  if (shape.han == 0) return GuardVerdict::kNoWord;
  const bool latin = shape.latin;
  if (shape.latin_first) nb = 0;
  if (shape.latin_last) na = 0;
  bool differs[64];
  // The keyword's characters: on the stack (keywords with variants have at
  // most kMaxVariantSyllables), on the heap only beyond that.
  uint32_t kw_small[64];
  std::vector<uint32_t> kw_large;
  const uint32_t* kw = kw_small;
  size_t kw_size = KeywordCharacters(keyword, kw_small, 64);
  if (kw_size > 64) {
    kw_large.resize(kw_size);
    kw_size = KeywordCharacters(keyword, kw_large.data(), kw_size);
    kw = kw_large.data();
  }
  MarkSubstituted(span, n, kw, kw_size, latin, differs);
  // The span with up to 3 CJK characters either side, contiguous in the folded text.
  uint32_t ext[70];
  bool ext_diff[70] = {};
  for (size_t i = 0; i < nb; ++i) ext[i] = before[i];
  for (size_t i = 0; i < n; ++i) {
    ext[nb + i] = span[i];
    ext_diff[nb + i] = differs[i];
  }
  for (size_t i = 0; i < na; ++i) ext[nb + n + i] = after[i];
  // A span that keeps three or more of the keyword's characters (法轮大发
  // for 法轮大法), or writes one as its components (乳氵勾在这: 勾在), is not
  // undone by a word its substituted character makes with the text beside
  // it (发好): only a word the span itself is, or covers, speaks against it.
  // A Latin syllable is the keyword's own character read aloud: each run
  // of them counts as one kept character (qiang支弹要卖: 要卖 says nothing).
  size_t kept = 0;
  for (size_t i = 0; i < n; ++i) kept += !differs[i];
  const bool split = !latin && n > kw_size;
  const bool reach_out = kept < 3 && !split;
  return CommonWordAcrossSpan(VariantData::Get(), ext, ext_diff, nb + n + na, nb, nb + n, latin, reach_out);
}

}  // namespace

bool RealWordGuard(const NormalizedText& text, uint64_t start, uint64_t end, std::string_view keyword) {
  const auto* base = reinterpret_cast<const unsigned char*>(text.data());
  const auto* tend = base + text.size();
  if (start < text.base() || end > text.end() || start >= end) return false;
  const unsigned char* from = base + (start - text.base());
  const unsigned char* to = base + (end - text.base());
  uint32_t span[64];
  SpanShape shape;
  const size_t n = SpanCharacters(from, to, tend, span, &shape);
  if (shape.han == 0) return false;
  uint32_t before[3], after[3];
  const size_t nb = CharactersBefore(text, base, from, tend, before);
  const size_t na = CharactersAfter(text, base, to, tend, after);
  return GuardCharacters(span, n, shape, before, nb, after, na, keyword) != GuardVerdict::kNoWord;
}

GuardVerdict RealWordGuardDense(const unsigned char* line, uint64_t size, uint64_t start, uint64_t end,
                                std::string_view keyword) {
  if (start >= end || end > size) return GuardVerdict::kNoWord;
  const VariantData& data = VariantData::Get();
  const unsigned char* const line_end = line + size;
  // The span, code by code (SpanCharacters).
  uint32_t span[64];
  size_t n = 0;
  SpanShape shape;
  for (const unsigned char *p = line + start, *to = line + end; p < to;) {
    size_t k = FoldTable::DenseCodeLengthAt(p, to);
    const uint32_t cp = k == 0 ? 0xFFFD : data.DenseCodePoint(p, k);
    if (k == 0) k = 1;
    shape.Add(cp, p == line + start, span, &n);
    p += k;
  }
  if (shape.han == 0) return GuardVerdict::kNoWord;
  // Up to 3 CJK characters right before the span (CharactersBefore): a
  // code ends with its only byte < 0x80, so the one before a boundary
  // starts after the previous byte < 0x80.
  uint32_t tmp[3], before[3];
  size_t nb = 0;
  for (const unsigned char* p = line + start; nb < 3 && p > line;) {
    const unsigned char* q = p - 1;
    while (q > line && q[-1] >= 0x80) --q;
    const uint32_t cp = data.DenseCodePoint(q, static_cast<size_t>(p - q));
    if (!IsHanIdeograph(cp)) break;
    tmp[nb++] = cp;
    p = q;
  }
  for (size_t i = 0; i < nb; ++i) before[i] = tmp[nb - 1 - i];
  // Up to 3 CJK characters right after it (CharactersAfter).
  uint32_t after[3];
  size_t na = 0;
  for (const unsigned char* p = line + end; na < 3 && p < line_end;) {
    const size_t k = FoldTable::DenseCodeLengthAt(p, line_end);
    if (k == 0) break;
    const uint32_t cp = data.DenseCodePoint(p, k);
    if (!IsHanIdeograph(cp)) break;
    after[na++] = cp;
    p += k;
  }
  return GuardCharacters(span, n, shape, before, nb, after, na, keyword);
}

// ---------------------------------------------------------------------------

namespace {

// The code points of `folded`, or false when one is not a CJK character
// (variants only for keywords made of CJK characters).
bool CjkCharacters(std::string_view folded, std::vector<uint32_t>* cps) {
  for (const unsigned char *p = reinterpret_cast<const unsigned char*>(folded.data()), *e = p + folded.size();
       p < e;) {
    uint32_t cp;
    const int k = DecodeUtf8(p, e, &cp);
    if (k <= 0 || !IsHanIdeograph(cp)) return false;
    cps->push_back(cp);
    p += k;
  }
  return true;
}

// Every reading of every character (primary first), or false when a
// character has none.
bool CharacterReadings(const std::vector<uint32_t>& cps, std::vector<std::vector<uint16_t>>* per_char) {
  for (uint32_t cp : cps) {
    uint16_t r[4];
    const int k = VariantData::Readings(cp, r);
    if (k == 0) return false;
    per_char->emplace_back(r, r + k);
  }
  return true;
}

// The token patterns: every combination of the characters' readings, the
// primary readings first, at most kMaxReadingPatterns (then a warning).
void ReadingCombinations(const std::vector<std::vector<uint16_t>>& per_char, std::string_view folded,
                         EntryVariants* out) {
  size_t total = 1;
  for (const auto& r : per_char) total = std::min<size_t>(total * r.size(), 1u << 20);
  std::vector<size_t> idx(per_char.size(), 0);
  for (;;) {
    if (out->readings.size() == kMaxReadingPatterns) {
      out->warning = absl::StrCat("'", Av(folded), "' has ", total, " reading combinations (polyphonic characters); ",
                                  kMaxReadingPatterns, " kept for pinyin/homophone variants");
      return;
    }
    std::vector<uint16_t> seq;
    for (size_t i = 0; i < per_char.size(); ++i) seq.push_back(per_char[i][idx[i]]);
    out->readings.push_back(std::move(seq));
    bool done = true;
    for (size_t i = per_char.size(); i-- > 0;) {
      if (++idx[i] < per_char[i].size()) {
        done = false;
        break;
      }
      idx[i] = 0;
    }
    if (done) return;
  }
}

// The Latin initials of each token pattern (bd for bing du), without duplicates.
std::vector<std::string> Initials(const std::vector<std::vector<uint16_t>>& readings) {
  std::vector<std::string> out;
  for (const auto& seq : readings) {
    std::string s;
    for (uint16_t syl : seq) s.push_back(VariantData::Syllable(syl)[0]);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

}  // namespace

EntryVariants ExpandVariants(const FoldTable& /*fold*/, std::string_view folded, const VariantOptions& options) {
  EntryVariants out;
  std::vector<uint32_t> cps;
  if (!CjkCharacters(folded, &cps) || cps.size() < 2) return out;  // single characters never get variants
  if (options.numeral) {
    const std::u32string k(cps.begin(), cps.end());
    out.numerals = KeywordNumeralForms(k);
  }
  if (!(options.pinyin || options.homophone || options.chaizi || options.initials) ||
      cps.size() > kMaxVariantSyllables)
    return out;
  std::vector<std::vector<uint16_t>> per_char;
  if (!CharacterReadings(cps, &per_char)) return out;
  ReadingCombinations(per_char, folded, &out);
  if (options.initials) out.initials = Initials(out.readings);
  if (!options.pinyin && !options.homophone && !options.chaizi) out.readings.clear();
  return out;
}

}  // namespace internal

}  // namespace lanjie
