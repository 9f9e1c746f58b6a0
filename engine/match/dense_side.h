// The dense pass's side matcher (issue 16): an exact matcher for the
// literals whose dense code (FoldTable::EncodeDense) is two or three
// 2-byte codes, i.e. two or three common CJK characters. In a 250k-entry
// list they are a third of the literals and cost two thirds of Hyperscan's
// (FDR's) confirmation work; here they cost a hash probe where two 2-byte
// codes start. Artifacts with enough of them (CompileOptions::
// dense_side_min_keywords) leave them out of the dense literal database and
// hold them here (format 6, section SIDE); ScanLines merges both matchers'
// matches before its (line, end) sort. The UTF-8 databases (Scan,
// StreamScanner) keep every literal.
//
// Thread safety: immutable after Build; Scan is const and may run on any
// number of threads. Cost: Build O(keywords), a slot of 8 bytes (two
// codes) or 16 (three) at load factor <= 1/2 plus filters of 256 and 128 KiB; Scan
// O(codes of the text), no allocation beyond the output vector's growth. Errors: Build returns
// InvalidArgument naming the first bad record. Call order: Build once,
// then Scan.
#ifndef LANJIE_ENGINE_MATCH_DENSE_SIDE_H_
#define LANJIE_ENGINE_MATCH_DENSE_SIDE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "hs_util.h"

namespace lanjie::internal {

// One side keyword, serialized as is in the SIDE section (little-endian).
struct SideKeyword {
  uint32_t id;      // literal pattern id (the same id the UTF-8 databases report)
  uint8_t length;   // dense bytes: 4 or 6
  uint8_t code[7];  // the dense code, zero-padded
};
static_assert(sizeof(SideKeyword) == 12, "SideKeyword is serialized byte for byte");

// True when `dense` is exactly two or three 2-byte dense codes (a lead
// byte >= 0x80, then a final byte < 0x80). O(1).
bool IsSideCode(std::string_view dense);

class DenseSide {
 public:
  // Takes `keywords` (ids strictly ascending, each IsSideCode, padding
  // zero) and builds the filter and the hash table.
  absl::Status Build(std::vector<SideKeyword> keywords);
  bool empty() const { return keywords_.empty(); }
  size_t size() const { return keywords_.size(); }
  const std::vector<SideKeyword>& keywords() const { return keywords_; }

  // Appends {end, id} for every side keyword occurring in the dense text
  // t[0, n) at a code boundary, by end (several ids at one end: in id
  // order). A match that starts inside a code is not reported: the scanner
  // drops those of Hyperscan too (DenseMatchSpan).
  void Scan(const unsigned char* t, size_t n, std::vector<BlockMatch>* out) const;

 private:
  // Two tables, by key length: 4-byte keys in 8-byte slots, 6-byte keys in
  // 16-byte ones (one table of 16-byte slots for both was 4 MiB at 250k
  // entries; 3 MiB now: 256 fewer page faults at load, 3-9% less scan CPU;
  // bench/RESULTS.md, scan round 17). A key is never 0 (a code's lead byte
  // is >= 0x80): 0 marks an empty slot.
  struct Slot4 {
    uint32_t key = 0;  // the two codes' bytes
    uint32_t id = 0;
  };
  struct Slot6 {
    uint64_t key = 0;  // the three codes' bytes, 6 in the top byte (Key)
    uint32_t id = 0;
  };
  // The filter: two bits per hash of a 4-byte prefix (2^kFilterBits hashes,
  // the top bits of Hash of the prefix's bytes, which is also the 4-byte
  // table's hash): bit 0, a 4-byte keyword is that prefix; bit 1, a 6-byte
  // keyword starts with it. Scan probes the table only for the lengths
  // whose bit is set (one bit for both probed both: 1.9x the probes and 21%
  // more misses leaving a 2 MiB cache at 250k entries; bench/RESULTS.md,
  // scan round 17).
  static constexpr int kFilterBits = 20;
  static uint64_t Hash(uint64_t k) { return k * 0x9E3779B97F4A7C15ull; }
  // The filter word of hash h (its top kFilterBits - 5 bits) and the shift
  // of its two bits there (the next 5 bits, times 2).
  static size_t FilterWord(uint64_t h) { return h >> (64 - (kFilterBits - 5)); }
  static unsigned FilterShift(uint64_t h) { return static_cast<unsigned>(h >> (64 - kFilterBits - 1)) & 62; }
  // The second filter, one bit per hash (2^kSecondBits of them), tested
  // where the first passes, before the tables: a 4-byte keyword sets the
  // bit of other bits of its Hash (SecondOf4: bits 24-43, the first filter
  // reads bits 44-63), a 6-byte keyword the bit of its whole code (SecondOf6:
  // the top bits of Hash(Key), also the 6-byte table's hash). The first
  // filter's bit 1 passes wherever the two codes start some 6-byte keyword:
  // at 250k entries 249 k probes of the 2 MiB 6-byte table per 8 MB of
  // text found 4.4 k matches (bench/RESULTS.md, scan round 18).
  static constexpr int kSecondBits = 20;
  static size_t SecondOf4(uint64_t h) {
    return (h >> (64 - kFilterBits - kSecondBits)) & ((size_t{1} << kSecondBits) - 1);
  }
  static size_t SecondOf6(uint64_t h6) { return h6 >> (64 - kSecondBits); }
  bool InSecond(size_t bit) const { return (second_[bit >> 6] >> (bit & 63)) & 1; }
  // Appends {end, id} for every slot of `slots` (2^bits, linear probing
  // from the top bits of `hash`, Hash(key)) whose key is `key`, in the
  // order they were inserted (id order).
  template <typename S, typename K>
  static void Probe(const std::vector<S>& slots, int bits, uint64_t hash, K key, uint64_t end,
                    std::vector<BlockMatch>* out);

  // Scan's step where two 2-byte codes start at `at` (their bytes `w`):
  // the filter, then for each length it passes (a 6-byte keyword only
  // where a third 2-byte code follows in t[0, n)) the second filter and
  // that length's table.
  void TestPair(const unsigned char* t, size_t n, size_t at, uint32_t w, std::vector<BlockMatch>* out) const;

  std::vector<SideKeyword> keywords_;
  std::vector<uint64_t> filter_;
  std::vector<uint64_t> second_;
  std::vector<Slot4> slots4_;
  std::vector<Slot6> slots6_;
  int slot4_bits_ = 0, slot6_bits_ = 0;
};

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_DENSE_SIDE_H_
