// Variant matching (拼音 / 谐音 / 拆字): internal tables and the matcher.
//
// Readings: every CJK character of folded text becomes the token of its
// text id (VariantData::TextId): its toneless reading, or for a character
// with several readings of running text (行: xing, hang) the id of that
// set, which stands for each of them (冰都 reads bing du as well as bing
// dou); every ASCII word of folded
// text that splits completely into pinyin syllables (tone digits allowed
// after a syllable, ü written u or v) becomes the tokens of those syllables,
// and Latin words separated by one space continue the same token run. A
// keyword's variant patterns are its token sequences over all readings of
// its characters (polyphones: every reading; at most kMaxReadingPatterns).
// A token match that is not the keyword itself is a homophone hit (only CJK
// characters, at least one differing) or a pinyin hit (some Latin syllable),
// after the real-word guard (RealWordGuard) and Latin whole-word checks.
//
// Split characters (拆字): two consecutive characters that are the
// components of a character (data/variants/chaizi.tsv; 女干, 木仓) are read
// as that character by the matcher, so 木仓支 matches 枪支's pattern with
// via chaizi. Pinyin initials (opt-in) are ordinary whole-word literals in
// the Hyperscan databases (PatternInfo::via = kViaPinyin), and so are the
// forms with numerals in digits (KeywordNumeralForms; kViaNumeral, with
// PatternInfo::whole_word = kDigitEdges).
//
// Thread safety: VariantData and VariantIndex are immutable; a
// VariantMatcher belongs to one scanner (one thread).
#ifndef LANJIE_ENGINE_MATCH_VARIANTS_H_
#define LANJIE_ENGINE_MATCH_VARIANTS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "lanjie/match/artifact.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie::internal {

struct ReadingRecord {
  uint32_t cp;
  uint16_t syllables[4];  // primary first; 0 = none
  uint8_t tones[4];       // per syllable: bit t for tone t (1-4; 5 the neutral tone)
};
// A character with several readings of running text (its primary and
// those kHanyuPinlu counts: 行 háng, 都 dū; not 万 mò of the surname 万俟)
// and the text id of that set (VariantData::TextId).
struct TextIdRecord {
  uint32_t cp;
  uint16_t text_id;
};
struct ChaiziRecord {
  uint32_t cp;
  const char* components;  // UTF-8, two characters
};
// Generated from the ChaiziRecords (gen/chaizi_pairs.h): every spelling of
// a character's components, and the 拆字 group of every first component.
struct ComposeRecord {
  uint32_t a, b, whole;
};
struct ChaiziGroupRecord {
  uint32_t first;
  int group;
};

enum Via : uint8_t { kViaExact = 0, kViaPinyin = 1, kViaHomophone = 2, kViaChaizi = 3, kViaNumeral = 4 };
inline constexpr int kViaCount = 5;
// Hits of these classes are checked by the real-word guard (RealWordGuard):
// those whose text reads like the keyword. A numeral form is the keyword's
// own number in digits: no common word has digits.
inline bool GuardedVia(uint8_t via) { return via != kViaExact && via != kViaNumeral; }

// The generated tables (readings, common words, split characters).
class VariantData {
 public:
  // The tables, built at the first call (~3 M instructions; thread-safe):
  // by VariantIndex::Build, so only for artifacts with variant patterns.
  // The static members (syllable_count, Syllable, Readings, Fingerprint,
  // Source) read the generated data only and build no tables.
  static const VariantData& Get();
  // True once Get() has built the tables in this process (for tests).
  static bool Built();
  static uint32_t syllable_count();
  static const char* Syllable(uint16_t id);
  // Syllable id of an ASCII lower-case string (aliases lv/nv/lve/nve), or 0.
  uint16_t SyllableId(std::string_view s) const;
  // Primary reading of a code point, 0 when it has none.
  uint16_t Primary(uint32_t cp) const { return cp < 0x10000 ? primary_[cp] : PrimarySlow(cp); }
  // Text ids: the alphabet the walk reads text in. A character with one
  // reading of running text (ReadingRecord::text) is read as its syllable
  // (ids below syllable_count()); one with several as the id of that set
  // of readings (syllable_count() and up, one
  // per distinct set, numbered at build time: gen_variant_data), which
  // Accepts for each syllable of the set. Keyword
  // patterns stay in syllables: a text id matches a pattern's syllable
  // when Accepts says so, and the index's bitmaps are over text ids
  // (VariantIndex::Build sets a bigram's bits for every text id that
  // accepts its syllables, Hosts). text_id_count() <= 1024 (the
  // generator checks it).
  static uint32_t text_id_count();
  // Text id of a code point, 0 when it has no reading.
  uint16_t TextId(uint32_t cp) const { return cp < 0x10000 ? text_id_[cp] : TextIdSlow(cp); }
  // True when text id `id` stands for syllable `syllable`.
  bool Accepts(uint16_t id, uint16_t syllable) const {
    if (id == syllable) return true;
    if (id < first_set_id_) return false;
    const uint16_t* set = sets_[id - first_set_id_];
    return set[0] == syllable || set[1] == syllable || set[2] == syllable || set[3] == syllable;
  }
  // The syllables text id `id` stands for (itself, or its set's); the count.
  int Expand(uint16_t id, uint16_t out[4]) const {
    if (id < first_set_id_) {
      out[0] = id;
      return 1;
    }
    const uint16_t* set = sets_[id - first_set_id_];
    int n = 0;
    while (n < 4 && set[n]) out[n] = set[n], ++n;
    return n;
  }
  // The text ids that accept syllable `s`: s itself first, then the sets holding it.
  const std::vector<uint16_t>& Hosts(uint16_t s) const { return hosts_[s]; }
  // All readings (primary first); returns the count (0..4).
  static int Readings(uint32_t cp, uint16_t out[4]);
  // The tones `cp` is read with in reading `syllable` (ReadingRecord::tones),
  // 0 when it has no such reading. A binary search: the rare path only.
  static uint8_t Tones(uint32_t cp, uint16_t syllable);
  // True when the characters form a common word (2..4 BMP characters).
  bool IsCommonWord(const uint32_t* cps, size_t n) const;
  // Split-character components (UTF-8) of `cp`, empty when it has none.
  std::string_view Chaizi(uint32_t cp) const;
  // The character written as components `a` `b` (radical or full forms), or 0.
  bool MayBeginChaizi(uint32_t a) const { return a < 0x10000 && ((chaizi_first_[a >> 6] >> (a & 63)) & 1); }
  bool MayBePair(uint32_t a, uint32_t b) const {
    const uint32_t h = PairHash(a, b);
    return (chaizi_pairs_[h >> 6] >> (h & 63)) & 1;
  }
  static uint32_t PairHash(uint32_t a, uint32_t b) { return (a * 0x9E3779B1u ^ b * 0x85EBCA77u) >> 16; }
  uint32_t Compose(uint32_t a, uint32_t b) const;
  static uint64_t Fingerprint();  // of the generated data; computed once
  static const char* Source();
  // Token of a dense code made of prefix byte `hi` (>= 0x80) and final byte
  // `lo` (< 0x80): packed (text id << 16) | code point; 0 when the code is
  // not a 2-byte code of a character with a reading.
  uint32_t DenseToken(unsigned hi, unsigned lo) const { return DenseTokenFlagged(hi, lo) & ~kChaiziFirst; }
  // The same with kChaiziFirst set when the character begins a 拆字 pair
  // (MayBeginChaizi); the text id is (token >> 16) & kSyllableMask.
  uint32_t DenseTokenFlagged(unsigned hi, unsigned lo) const { return dense2_[((hi & 0x7F) << 7) | lo]; }
  static constexpr uint32_t kChaiziFirst = 1u << 31;
  const uint32_t* dense2_data() const { return dense2_.data(); }  // DenseTokenFlagged's table
  static constexpr uint32_t kSyllableMask = 0x7FFF;
  // The table FastRun's inner loop reads (2^16 entries of 16 bits, 128
  // KiB), indexed by the two bytes of a code (WordSlot): 0 unless they are
  // a 2-byte code (p[0] >= 0x80, p[1] < 0x80) of a character with a
  // reading; else the text id in bits 6..15 (kWordSyllableShift) and the
  // 拆字 groups: the characters that begin a component pair are split into
  // kChaiziGroups groups (by the pairs they share, BuildWordTable); a first
  // component has its group's bit in kWordFirstMask (bits 3..5), a second
  // one the groups of the first components it pairs with in bits 0..2.
  // One load classifies and reads a character; two characters may be a
  // 拆字 pair only if MayPairWords (false positives only: MayBePair, then
  // Compose, decide), and their bigram is WordRow(prev, stride) +
  // WordSyllable(cur). 16-bit entries keep the part of the table ordinary
  // text touches (~20 KiB) in L1 beside the bigram bitmaps; 32-bit ones
  // with 11 groups missed L1 more than their fewer 拆字 stops saved
  // (bench/RESULTS.md, variants8).
  using Word = uint16_t;
  // The word table whose 拆字 bits cover only the pairs that compose a
  // character of `wholes` (a BMP bitmap; nullptr: all): a list's own
  // (VariantIndex::word_data), so its walk stops only at pairs it can
  // merge. 2^16 entries (128 KiB), ~16k of them filled; the groups are the
  // whole table's (computed at build time: kChaiziGroupRecords).
  std::vector<Word> WordTable(const std::vector<uint64_t>* wholes) const;
  static constexpr int kChaiziGroups = 3;
  static constexpr uint32_t kWordSecondMask = (1u << kChaiziGroups) - 1;
  static constexpr uint32_t kWordFirstMask = kWordSecondMask << kChaiziGroups;
  static constexpr int kWordSyllableShift = 6;
  static uint32_t WordSyllable(uint32_t w) { return w >> kWordSyllableShift; }
  static uint32_t WordRow(uint32_t w, uint32_t stride) { return (w >> kWordSyllableShift) * stride; }
  static bool MayPairWords(uint32_t prev, uint32_t cur) { return (prev & (cur << kChaiziGroups) & kWordFirstMask) != 0; }
  // The slot of the two bytes at p: first byte high, second low. 2-byte
  // codes are numbered by rank (GB2312's hanzi first; 90 codes a prefix
  // byte, told apart by the low byte of the slot), so the entries of the
  // few thousand characters of ordinary text share a few hundred cache
  // lines of the table, not one line each.
  static uint32_t WordSlot(const unsigned char* p) {
    uint16_t w;
    std::memcpy(&w, p, 2);
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "WordSlot byte-swaps a little-endian load");
    return __builtin_bswap16(w);  // p[0] << 8 | p[1]
  }
  // The same for a 3-byte code (prefix bytes b0, b1 >= 0x80, final b2 < 0x80).
  uint32_t DenseToken3(unsigned b0, unsigned b1, unsigned b2) const;
  // The code point of the dense code of `len` bytes at p (ASCII: itself;
  // 2 or 3 bytes: prefix bytes >= 0x80, final byte < 0x80), with or without
  // a reading; 0xFFFD for an invalid byte's code or bytes that are no code.
  // The inverse of FoldTable::EncodeDense on one code point.
  uint32_t DenseCodePoint(const unsigned char* p, size_t len) const;

 private:
  VariantData();  // the steps below, in this order
  void BuildReadings();
  void BuildDenseTokens();
  void BuildChaizi();
  uint16_t PrimarySlow(uint32_t cp) const;
  uint16_t TextIdSlow(uint32_t cp) const;
  // The code point of dense number v (FoldTable::DenseValue's inverse), 0
  // for an invalid byte's number or one no code point has.
  uint32_t CodePointOfDense(uint32_t v) const;
  std::vector<uint16_t> primary_;  // BMP code point -> primary syllable
  std::vector<uint16_t> text_id_;  // BMP code point -> text id
  uint16_t first_set_id_ = 0;      // syllable_count(): the first id of a set of readings
  const uint16_t (*sets_)[4] = nullptr;       // text id - first_set_id_ -> its syllables (0 after them)
  std::vector<std::vector<uint16_t>> hosts_;  // syllable -> Hosts
  std::vector<uint32_t> dense2_;   // 2-byte dense code -> token
  std::vector<uint16_t> dense_cp_;  // dense number v < FoldTable::kDenseAstral -> BMP code point
  uint8_t final_index_[128];        // final byte of a dense code -> its index (0..89)
  std::vector<uint64_t> chaizi_first_;  // bitmap: BMP code points that begin a component pair
  std::vector<uint64_t> chaizi_pairs_;  // bitmap over PairHash of every component pair (2^16 bits: 8 KiB, ~5% full)
};

// The classes of a keyword's pattern of its joined pinyin as the matcher
// reads it (JoinedPinyinReading): pinyin, Latin tokens only, and a text
// word may end only where VariantPattern::word_breaks allows.
inline constexpr uint8_t kJoinedPinyinOnly = 1 | 8;

// Per-artifact lookup structure over CompiledData::variant_patterns (sorted
// by their second-to-last, then last, then third-to-last syllable, none
// first). Built at compile (O(patterns), ~9 M instructions at 64k keywords)
// and stored in the artifact; Load reads it back (Deserialize: O(its size),
// ~0.5 MB at 64k) and builds it only for an artifact without it.
struct VariantPattern {
  uint32_t entry;
  uint32_t offset;   // into variant_syllables / variant_chars
  uint8_t length;    // syllables, >= 2
  uint8_t classes;   // bit 0: pinyin allowed, bit 1: homophone allowed, bit 2: chaizi allowed,
                     // bit 3: Latin tokens only, words ending only at word_breaks (kJoinedPinyinOnly)
  // With bit 3: bit i set when a text word may end after token i (i < 16),
  // i.e. where the keyword's own syllables also end (西安 xi an read as
  // xian: "xian shi bian" for 西安事变; 万钢 wan gang read as wang ang: not
  // "wang ang"). 0 in artifacts written before it: one word only.
  uint16_t word_breaks;
};
static_assert(sizeof(VariantPattern) == 12, "VariantPattern is serialized byte for byte");

class VariantIndex {
 public:
  VariantIndex() = default;
  // Requires the patterns sorted as above (compile sorts them; the
  // artifact's reader refuses another order).
  void Build(absl::Span<const VariantPattern> patterns, absl::Span<const uint16_t> syllables,
             absl::Span<const uint32_t> chars);
  // The built index as bytes (the artifact's VIDX section), and back:
  // Deserialize checks every size, the rank directory and that the pattern
  // ranges are ordered and end at `pattern_count` (the ranges Match reads),
  // and fails with InvalidArgument naming what is wrong (FailedPrecondition
  // for an index of another layout or alphabet: rebuild it); it trusts the
  // bitmaps' bits (the artifact's checksum covers them). Both need
  // VariantData's tables (the word table is built from them): the
  // artifact's variant_data fingerprint must match this binary's.
  std::string Serialize() const;
  absl::Status Deserialize(std::string_view bytes, size_t pattern_count);
  bool empty() const { return starts_.empty(); }
  // Bigrams are of text ids (VariantData::TextId): `a * stride() + b`.
  // True when some pattern may end with text ids (a, b): its last two
  // syllables are accepted by them (VariantData::Hosts).
  bool MayEnd(uint32_t bigram) const { return (bits_[bigram >> 6] >> (bigram & 63)) & 1; }
  // True when some pattern's last two syllables are exactly (a, b), both
  // syllables: Range's bigrams.
  bool HasRange(uint32_t bigram) const { return (range_bits_[bigram >> 6] >> (bigram & 63)) & 1; }
  // True when `cp` is a character of a pattern that allows 拆字: the only
  // characters two components are read as (VariantMatcher::Char).
  bool MaySplit(uint32_t cp) const { return cp < 0x10000 && ((split_chars_[cp >> 6] >> (cp & 63)) & 1); }
  // The walk's word table (VariantData::WordTable) with the
  // 拆字 bits of the pairs that compose a MaySplit character only.
  const VariantData::Word* word_data() const { return words_.data(); }
  // The same over the patterns that allow homophones: the only ones that
  // can match tokens that are all CJK characters read as themselves (no
  // Latin syllable, no 拆字 merge), since such a match that substitutes no
  // character is the keyword itself.
  bool MayEndHomophone(uint32_t bigram) const { return (homophone_bits_[bigram >> 6] >> (bigram & 63)) & 1; }
  // Finer tests for such plain tokens, asked after MayEndHomophone: a
  // homophone match keeps at least one character of the keyword, so a
  // two-token pattern ends here only if it keeps the last character
  // (syllable s0, character c1) or the first (c0, syllable s1); a longer one
  // only if its last three syllables are (sa, sb, sc). Hashed bitmaps: false
  // positives, never false negatives.
  bool MayEndPlain(uint16_t s0, uint32_t c0, uint16_t s1, uint32_t c1, uint16_t sa) const {
    return PlainBit(PlainKeyLastKept(s0, c1)) || PlainBit(PlainKeyFirstKept(c0, s1)) ||
           (sa != 0 && PlainBit(PlainKeyTrigram(sa, s0, s1)));
  }
  // True when some two-syllable pattern allows homophones (opt-in per
  // entry): only then can a plain match end without a syllable trigram.
  bool has_plain2() const { return has_plain2_; }
  // The trigram part of MayEndPlain alone (for sa != 0).
  bool MayEndTrigram(uint16_t sa, uint16_t s0, uint16_t s1) const { return PlainBit(PlainKeyTrigram(sa, s0, s1)); }
  // The patterns ending with syllables `bigram` are [first, second) of the
  // pattern table. Requires HasRange(bigram).
  std::pair<uint32_t, uint32_t> Range(uint32_t bigram) const {
    const uint32_t r = Rank(bigram);
    return {starts_[r], starts_[r + 1]};
  }
  // Per pattern, in pattern order: its third-to-last syllable, 0 for a
  // two-syllable pattern. The patterns of a bucket are sorted by it, so
  // Match finds those that can end at the ring by two binary searches here
  // instead of reading every pattern's syllables (a 250k list's buckets
  // hold ~17 patterns on average, most differing there).
  const uint16_t* third_data() const { return third_.data(); }
  uint32_t stride() const { return stride_; }
  const uint64_t* bits_data() const { return bits_.data(); }                      // MayEnd's bitmap
  const uint64_t* homophone_bits_data() const { return homophone_bits_.data(); }  // MayEndHomophone's
  // The bigrams of MayEndHomophone and, for the homophone patterns of three
  // or more syllables, their third- and second-to-last syllables: where a
  // plain match ends at character i, either (i - 1, i) or (i - 2, i - 1) is
  // set, so the walk tests every other bigram (FastRun's pair loop, only
  // when !has_plain2()). Every bigram with syllable 0 on either side is
  // set too: the pair loop's rare path then hands such a character back.
  const uint64_t* pair_step_bits_data() const { return pair_step_bits_.data(); }

 private:
  uint32_t stride_ = 0;
  std::vector<uint64_t> bits_;        // MayEnd's (widened to text ids)
  std::vector<uint64_t> range_bits_;  // HasRange's (syllables only)
  // Keys of 64 bits: a tag, then text ids and code points. The bitmap has
  // about 32 bits per key it was built from (2^12 .. 2^22 bits): small
  // lists keep it in L1, where the walk's reads of it hit; a 250k list's
  // (~730k keys) fills a fifth of its 2^22.
  static uint64_t PlainKeyLastKept(uint16_t s0, uint32_t c1) { return 1ull << 60 | uint64_t{s0} << 32 | c1; }
  static uint64_t PlainKeyFirstKept(uint32_t c0, uint16_t s1) { return 2ull << 60 | uint64_t{c0} << 16 | s1; }
  static uint64_t PlainKeyTrigram(uint16_t a, uint16_t b, uint16_t c) {
    return 3ull << 60 | uint64_t{a} << 32 | uint64_t{b} << 16 | c;
  }
  // Two bits of one 64-bit word per key (a blocked Bloom filter): one
  // load a test, as with one bit, and a quarter of the false positives at
  // a fill of a tenth or more (a 250k list's: each of them a stop of the
  // walk). The word from the product's top bits (at most 16: 2^22 bits),
  // the two bits from the twelve below those.
  static uint64_t PlainProduct(uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }
  uint64_t PlainWord(uint64_t h) const { return h >> (38 + plain_shift_); }
  static uint64_t PlainMask(uint64_t h) { return uint64_t{1} << ((h >> 42) & 63) | uint64_t{1} << ((h >> 36) & 63); }
  bool PlainBit(uint64_t key) const {
    const uint64_t h = PlainProduct(key), mask = PlainMask(h);
    return (plain_bits_[PlainWord(h)] & mask) == mask;
  }
  void SetPlainBit(uint64_t key) {
    const uint64_t h = PlainProduct(key);
    plain_bits_[PlainWord(h)] |= PlainMask(h);
  }
  bool has_plain2_ = false;
  uint32_t plain_shift_ = 32 - 12;  // 32 - log2(bitmap bits)
  std::vector<uint64_t> homophone_bits_;
  std::vector<uint64_t> split_chars_;  // MaySplit's bitmap over the BMP (8 KiB)
  std::vector<VariantData::Word> words_;  // word_data (128 KiB)
  std::vector<uint64_t> pair_step_bits_;
  std::vector<uint64_t> plain_bits_;
  // The bigrams of range_bits_ by rank: ranks_[w] counts the set bits of
  // range_bits_[0, w); starts_[r] is where the patterns of the r-th set
  // bigram begin, starts_.back() the pattern count (a few KiB where a
  // table over every bigram took 660 KiB to clear and sum at each load).
  void FillRanks();  // ranks_ from range_bits_
  uint32_t Rank(uint32_t bigram) const {
    const uint64_t below = range_bits_[bigram >> 6] & ((uint64_t{1} << (bigram & 63)) - 1);
    return ranks_[bigram >> 6] + static_cast<uint32_t>(__builtin_popcountll(below));
  }
  std::vector<uint32_t> ranks_;
  std::vector<uint32_t> starts_;
  std::vector<uint16_t> third_;
};

// A token-pattern match before the real-word guard.
struct VariantCandidate {
  uint64_t start, end;  // folded (or dense) offsets
  uint32_t pattern;
  uint8_t via;
  // Set by Scanner::FindVariantLines when the dense guard could not decide
  // (GuardVerdict::kWordReachesOut): the line is folded in UTF-8 again.
  bool undecided = false;
};

struct CompiledData;

// Streams folded text (UTF-8 or the dense code) through the token patterns.
// Candidates whose tokens are exactly the keyword are skipped (the literal
// databases report those). Cost: one table lookup and one bit test per
// character; more only where a pattern's last two syllables occur.
class VariantMatcher {
 public:
  explicit VariantMatcher(const CompiledData* d) : d_(d) {}
  void Reset();
  // Folded UTF-8 bytes starting at absolute folded offset `pos`, contiguous
  // with what was fed before.
  void FeedUtf8(const char* p, size_t len, uint64_t pos);
  // Dense code (FoldTable::EncodeDense) starting at dense offset `pos`.
  void FeedDense(const char* p, size_t len, uint64_t pos);
  // Ends a pending Latin word (end of text).
  void Finish();
  // True while a Latin word is open: its tokens are not pushed yet.
  bool word_open() const { return word_len_ > 0; }
  uint64_t word_start() const { return word_start_; }
  std::vector<VariantCandidate>& candidates() { return out_; }
  // Earliest offset at which a future candidate can start (UINT64_MAX: none).
  uint64_t HoldFrom() const;
  bool IsPrefix(uint64_t from, uint32_t k) const;  // ring tokens [from, from + k) begin a longer pattern

 private:
  struct Tok {
    uint16_t syl;  // text id (a Latin token: its syllable); 0: barrier
    uint8_t latin, word_start, word_end, merged;  // merged: two components read as one character (拆字)
    uint32_t cp;
    uint64_t start, end;
  };
  void Push(const Tok& t);
  void Match();  // patterns ending at the last token
  // Match's patterns whose last two syllables are (s_prev, s_last): one
  // reading of each of the last two tokens.
  void MatchReadings(uint16_t s_prev, uint16_t s_last, const VariantData& data);
  // Match's test of pattern i, whose last three syllables (two if it has
  // two) are known to be accepted by the ring's tokens.
  void TryPattern(uint32_t i, const VariantData& data);
  // The last two tokens against a two-syllable pattern's syllables and
  // keyword characters: each substituted character shares a tone with the
  // keyword's character in that reading (VariantData::Tones).
  bool SameTones(const uint16_t* syl, const uint32_t* chars) const;
  void Barrier() { run_ = 0; }
  void WordByte(char c, uint64_t pos);
  void EndWord();
  void Char(uint32_t cp, uint16_t syl, uint64_t start, uint64_t end);
  // An ASCII byte of folded text: a Latin word byte, the one space that
  // joins two Latin words, or a barrier.
  void AsciiByte(unsigned b, uint64_t at);
  // FeedDense's slow path for the non-ASCII code at s (2-byte, 3-byte, or
  // a broken one: a barrier) at dense offset `at`; returns the byte after it.
  const unsigned char* DenseChar(const unsigned char* s, const unsigned char* end, uint64_t at);
  // FeedDense's fast loop over 2-byte codes: consumes the characters that
  // Char() would only append (no pattern can end there, no 拆字 pair) and
  // returns where it stopped. Same results as Char() on each; what differs
  // is that only the last kRing of them are written to the ring.
  const unsigned char* FastRun(const unsigned char* s, const unsigned char* end, const unsigned char* base,
                               uint64_t pos);
  // FastRun's last step: the n tokens at run_begin (2-byte codes, base
  // at dense offset pos) join the run; the last ones go into the ring.
  void PushRunTail(const unsigned char* run_begin, uint32_t n, const unsigned char* base, uint64_t pos,
                   const VariantData& data);

  const CompiledData* d_;
  static constexpr int kRing = 64;
  Tok ring_[kRing];
  uint64_t count_ = 0;
  uint32_t run_ = 0;
  // Until count_ reaches this, a pattern ending at the next token may
  // include a Latin or merged (拆字) token: FastRun then uses MayEnd, not
  // MayEndHomophone.
  uint64_t special_until_ = 0;
  char word_[64];
  uint32_t word_len_ = 0;
  uint64_t word_start_ = 0, word_end_ = 0;
  bool word_continues_ = false;  // the open word follows another after one space
  bool word_overflow_ = false;
  mutable std::vector<uint8_t> first_syllables_;  // syllables that begin a pattern (lazily built)
  std::vector<VariantCandidate> out_;
};

// The real-word guard: true when the variant hit [start, end) of folded
// `text` lies where the text is a common word rather than an evasion: a
// common word covers the whole span, or a common word crosses the span's
// edge and contains a character of the span that differs from the keyword
// (病毒 is not 冰毒; 生病读书 holds no 冰毒); a span that keeps three or more
// of the keyword's characters only by a word that covers it (法轮大发好 is
// 法轮大法). Looks at most 3 characters either side, never across sentence
// punctuation folding dropped (上讠方，能 is 上访: 方能 is no word there).
// `keyword` is the entry's folded form.
bool RealWordGuard(const NormalizedText& text, uint64_t start, uint64_t end, std::string_view keyword);
// Bytes of folded text the guard reads past a span's end.
inline constexpr uint32_t kGuardLookahead = 12;
// A word, if any, that speaks against a variant hit: the span itself is a
// common word, or a common word reaches out of the span (RealWordGuard).
enum class GuardVerdict : uint8_t { kNoWord, kWordIsSpan, kWordReachesOut };
// The same guard over the dense code (FoldTable::EncodeDense) of one line
// of folded text: `line` holds the line's codes (`size` bytes, no '\n'),
// [start, end) are code boundaries of it. The dense code keeps no trace of
// the sentence punctuation folding dropped, so a word that reaches out of
// the span may cross it: kWordReachesOut means "decide on the line's
// folded UTF-8" (RealWordGuard there, which knows the punctuation);
// kWordIsSpan and kNoWord are final. Without punctuation in reach, it is
// RealWordGuard's answer (the code is one-to-one per code point; the guard
// reads code points only). Scanner::ScanLines decides its variant
// candidates with it in the block pass. Reads at most 3 codes either side
// of the span; no allocation.
GuardVerdict RealWordGuardDense(const unsigned char* line, uint64_t size, uint64_t start, uint64_t end,
                                std::string_view keyword);

// Splits the ASCII lower-case word[0..n) into pinyin syllables as the
// matcher reads a Latin word (longest syllable first, each optionally
// followed by one tone digit): syl[i] and take[i] (its bytes) at each
// syllable start i. False when it does not split (or n > 64).
bool SplitPinyin(const char* word, uint32_t n, uint16_t* syl, uint8_t* take);
// The syllables the matcher reads `syllables` as once written joined as one
// word: themselves, or another split of the same letters (wan gang is read
// wang ang); empty when the joined word does not split. *word_breaks gets
// bit i set when the end of read syllable i (i < 16) is also the end of
// one of `syllables` (VariantPattern::word_breaks).
std::vector<uint16_t> JoinedPinyinReading(const std::vector<uint16_t>& syllables, uint16_t* word_breaks);

// Variant patterns and literals for one entry at compile time.
struct EntryVariants {
  std::vector<std::vector<uint16_t>> readings;  // token patterns (same length as the keyword)
  std::vector<std::string> initials;            // Latin initials literals
  std::vector<std::string> numerals;            // numerals in digits (KeywordNumeralForms), folded
  std::string warning;                          // non-empty when the expansion was cut
};
inline constexpr size_t kMaxReadingPatterns = 16;
inline constexpr size_t kMaxVariantSyllables = 24;
EntryVariants ExpandVariants(const FoldTable& fold, std::string_view folded, const VariantOptions& options);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_VARIANTS_H_
