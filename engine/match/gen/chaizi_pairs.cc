#include "chaizi_pairs.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>

namespace lanjie_gen {
namespace {

// Radical forms of split-character components and the full characters
// evaders also type for them. ⺈ (a CJK Radicals Supplement symbol, no
// Unihan reading) is removed from text as noise before the walk, so 负's
// ⺈贝 is found only as 刀贝.
constexpr std::pair<char32_t, char32_t> kRadicalFull[] = {
    {U'亻', U'人'}, {U'扌', U'手'}, {U'氵', U'水'}, {U'讠', U'言'}, {U'钅', U'金'}, {U'饣', U'食'},
    {U'纟', U'丝'}, {U'忄', U'心'}, {U'犭', U'犬'}, {U'礻', U'示'}, {U'衤', U'衣'}, {U'艹', U'草'},
    {U'刂', U'刀'}, {U'灬', U'火'}, {U'罒', U'四'}, {U'⺈', U'刀'}};

// The full character typed for radical form x, or 0 when x is none.
uint32_t FullForm(uint32_t x) {
  for (auto [rad, full] : kRadicalFull)
    if (x == static_cast<uint32_t>(rad)) return static_cast<uint32_t>(full);
  return 0;
}

using Set = std::vector<uint64_t>;  // bits over the second components' indexes

size_t Count(const Set& x) {
  size_t n = 0;
  for (uint64_t w : x) n += static_cast<size_t>(__builtin_popcountll(w));
  return n;
}

}  // namespace

std::vector<ComposePair> ComposePairs(const std::vector<std::pair<char32_t, std::u32string>>& splits) {
  std::vector<ComposePair> out;
  for (const auto& [whole, comps] : splits) {
    if (comps.size() != 2) continue;
    const uint32_t c0 = comps[0], c1 = comps[1];
    const uint32_t f0 = FullForm(c0), f1 = FullForm(c1);
    out.push_back({c0, c1, static_cast<uint32_t>(whole)});
    if (f0) out.push_back({f0, c1, static_cast<uint32_t>(whole)});
    if (f1) out.push_back({c0, f1, static_cast<uint32_t>(whole)});
    if (f0 && f1) out.push_back({f0, f1, static_cast<uint32_t>(whole)});
  }
  std::sort(out.begin(), out.end(), [](const ComposePair& x, const ComposePair& y) {
    return std::tie(x.a, x.b, x.whole) < std::tie(y.a, y.b, y.whole);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const ComposePair& x, const ComposePair& y) { return x.a == y.a && x.b == y.b; }),
            out.end());
  return out;
}

std::map<uint32_t, int> ChaiziGroups(const std::vector<ComposePair>& pairs, int groups) {
  std::map<uint32_t, uint32_t> second_index;  // in order of first appearance
  std::vector<uint32_t> firsts;
  for (const ComposePair& p : pairs) {
    if (p.a >= 0x10000 || p.b >= 0x10000) continue;
    second_index.try_emplace(p.b, static_cast<uint32_t>(second_index.size()));
    firsts.push_back(p.a);
  }
  std::sort(firsts.begin(), firsts.end());
  firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
  const size_t words = (second_index.size() + 63) / 64;
  std::map<uint32_t, Set> seconds;  // first -> its seconds
  for (const ComposePair& p : pairs) {
    if (p.a >= 0x10000 || p.b >= 0x10000) continue;
    Set& set = seconds.try_emplace(p.a, Set(words, 0)).first->second;
    const uint32_t i = second_index[p.b];
    set[i >> 6] |= uint64_t{1} << (i & 63);
  }
  std::map<uint32_t, size_t> degree;
  for (uint32_t a : firsts) degree[a] = Count(seconds[a]);
  std::stable_sort(firsts.begin(), firsts.end(), [&degree](uint32_t x, uint32_t y) { return degree[x] > degree[y]; });
  std::vector<Set> group_seconds(static_cast<size_t>(groups), Set(words, 0));
  std::vector<size_t> members(static_cast<size_t>(groups), 0);
  std::map<uint32_t, int> out;
  for (uint32_t a : firsts) {
    const Set& mine = seconds[a];
    int best = 0;
    size_t best_cost = SIZE_MAX;
    for (int g = 0; g < groups; ++g) {
      const Set& theirs = group_seconds[static_cast<size_t>(g)];
      size_t added = 0, foreign = 0;
      for (size_t i = 0; i < words; ++i) {
        added += static_cast<size_t>(__builtin_popcountll(mine[i] & ~theirs[i]));
        foreign += static_cast<size_t>(__builtin_popcountll(theirs[i] & ~mine[i]));
      }
      const size_t cost = added * members[static_cast<size_t>(g)] + foreign;
      if (cost < best_cost) best_cost = cost, best = g;
    }
    Set& theirs = group_seconds[static_cast<size_t>(best)];
    for (size_t i = 0; i < words; ++i) theirs[i] |= mine[i];
    ++members[static_cast<size_t>(best)];
    out[a] = best;
  }
  return out;
}

}  // namespace lanjie_gen
