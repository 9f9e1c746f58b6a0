#include "dense_side.h"

#include <algorithm>
#include <cstring>

#include "absl/base/attributes.h"
#include "absl/strings/str_cat.h"

namespace lanjie::internal {

namespace {

// The key of the `n` bytes at p (n <= 7): the bytes, and n in the top byte,
// so a 4- and a 6-byte code with the same first 4 bytes differ and no key
// is 0.
inline uint64_t Key(const unsigned char* p, size_t n) {
  uint64_t k = 0;
  std::memcpy(&k, p, n);
  return k | (uint64_t{n} << 56);
}

}  // namespace

bool IsSideCode(std::string_view dense) {
  if (dense.size() != 4 && dense.size() != 6) return false;
  for (size_t i = 0; i < dense.size(); i += 2)
    if (static_cast<unsigned char>(dense[i]) < 0x80 || static_cast<unsigned char>(dense[i + 1]) >= 0x80) return false;
  return true;
}

absl::Status DenseSide::Build(std::vector<SideKeyword> keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    const SideKeyword& k = keywords[i];
    const bool padded = k.length <= sizeof(k.code) &&
                        std::all_of(k.code + k.length, k.code + sizeof(k.code), [](uint8_t b) { return b == 0; });
    if (!padded || !IsSideCode(std::string_view(reinterpret_cast<const char*>(k.code), k.length)))
      return absl::InvalidArgumentError(absl::StrCat("side keyword ", i, ": not two or three 2-byte codes"));
    if (i > 0 && k.id <= keywords[i - 1].id)
      return absl::InvalidArgumentError(absl::StrCat("side keyword ", i, ": ids not ascending"));
  }
  keywords_ = std::move(keywords);
  filter_.assign((size_t{2} << kFilterBits) / 64, 0);
  second_.assign((size_t{1} << kSecondBits) / 64, 0);
  size_t n4 = 0;
  for (const SideKeyword& k : keywords_) n4 += k.length == 4;
  const auto bits_for = [](size_t n) {
    int b = 10;
    while ((size_t{1} << b) < 2 * n) ++b;
    return b;
  };
  slot4_bits_ = bits_for(n4);
  slot6_bits_ = bits_for(keywords_.size() - n4);
  slots4_.assign(size_t{1} << slot4_bits_, Slot4());
  slots6_.assign(size_t{1} << slot6_bits_, Slot6());
  for (const SideKeyword& k : keywords_) {  // in id order: a probe meets equal keys in id order
    uint32_t key4;
    std::memcpy(&key4, k.code, 4);
    const uint64_t h = Hash(key4);
    filter_[FilterWord(h)] |= uint64_t{k.length == 4 ? 1u : 2u} << FilterShift(h);
    if (k.length == 4) {
      const size_t bit = SecondOf4(h);
      second_[bit >> 6] |= uint64_t{1} << (bit & 63);
      size_t j = h >> (64 - slot4_bits_);  // the 4-byte table's hash is the filter's
      while (slots4_[j].key != 0) j = (j + 1) & (slots4_.size() - 1);
      slots4_[j] = Slot4{key4, k.id};
    } else {
      const uint64_t key = Key(k.code, 6);
      const uint64_t h6 = Hash(key);
      const size_t bit = SecondOf6(h6);
      second_[bit >> 6] |= uint64_t{1} << (bit & 63);
      size_t j = h6 >> (64 - slot6_bits_);
      while (slots6_[j].key != 0) j = (j + 1) & (slots6_.size() - 1);
      slots6_[j] = Slot6{key, k.id};
    }
  }
  return absl::OkStatus();
}

template <typename S, typename K>
inline void DenseSide::Probe(const std::vector<S>& slots, int bits, uint64_t hash, K key, uint64_t end,
                             std::vector<BlockMatch>* out) {
  const size_t mask = slots.size() - 1;
  for (size_t j = hash >> (64 - bits); slots[j].key != 0; j = (j + 1) & mask)
    if (slots[j].key == key) out->push_back(BlockMatch{end, slots[j].id});
}

ABSL_ATTRIBUTE_ALWAYS_INLINE inline void DenseSide::TestPair(const unsigned char* t, size_t n, size_t at,
                                                             uint32_t w, std::vector<BlockMatch>* out) const {
  const uint64_t h = Hash(w);  // the filter's hash, and the 4-byte table's
  const unsigned bits = static_cast<unsigned>(filter_[FilterWord(h)] >> FilterShift(h)) & 3;
  if (bits == 0) return;
  if ((bits & 1) && InSecond(SecondOf4(h))) Probe(slots4_, slot4_bits_, h, w, at + 4, out);
  if ((bits & 2) && at + 6 <= n && t[at + 4] >= 0x80 && t[at + 5] < 0x80) {
    const uint64_t key6 = Key(t + at, 6);
    const uint64_t h6 = Hash(key6);
    if (InSecond(SecondOf6(h6))) Probe(slots6_, slot6_bits_, h6, key6, at + 6, out);
  }
}

void DenseSide::Scan(const unsigned char* t, size_t n, std::vector<BlockMatch>* out) const {
  // One code at a time (a code is 1-3 bytes and ends with its only byte
  // < 0x80); where two 2-byte codes start (one 4-byte mask test), the
  // filter on their 4 bytes, then the table for them when a 4-byte keyword
  // may be them, and for the three codes when a third 2-byte code follows
  // and a 6-byte keyword may start with the two (TestPair). Ends come out
  // ascending: a test at i ends at i + 4 or i + 6, the next test starts at
  // i + 2. (Reading runs of 2-byte codes 16 bytes at a time, seven tests
  // per loop, saved 16% of the instructions here and no CPU time: the
  // filter's loads and its unpredictable test are the cost; bench/RESULTS.md,
  // scan round 18.)
  if (keywords_.empty()) return;
  for (size_t i = 0; i + 4 <= n;) {
    uint32_t w;
    std::memcpy(&w, t + i, 4);
    if ((w & 0x80808080u) != 0x00800080u) {  // not two 2-byte codes: step over the code at i
      i += (w & 0x80u) == 0 ? 1 : (w & 0x8000u) == 0 ? 2 : 3;
      continue;
    }
    TestPair(t, n, i, w, out);
    i += 2;
  }
}

}  // namespace lanjie::internal
