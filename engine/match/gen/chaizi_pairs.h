// The 拆字 component pairs and their groups, computed at build time by
// gen_variant_data (never at load): every way evaders write a split
// character's two components, and the word table's 拆字 groups
// (VariantData::WordTable, variants.h).
//
// Deterministic: the same chaizi.tsv gives the same pairs and groups, so
// the tables a stored artifact's variant index was built with are those of
// every binary with the same variant-data fingerprint.
#ifndef LANJIE_ENGINE_MATCH_GEN_CHAIZI_PAIRS_H_
#define LANJIE_ENGINE_MATCH_GEN_CHAIZI_PAIRS_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace lanjie_gen {

struct ComposePair {
  uint32_t a, b, whole;  // components a then b are read as `whole`
};

// The pairs of every split character (its code point and its two
// components), each also with either radical form typed as the full
// character (亻 as 人); sorted by (a, b), one per (a, b): the smallest
// `whole` where two characters share a spelling.
std::vector<ComposePair> ComposePairs(const std::vector<std::pair<char32_t, std::u32string>>& splits);

// The 拆字 group (0 .. groups - 1) of every first component (a BMP pair's
// a): greedily, most pairs first, into the group whose second components
// it adds least to (weighted by the group's size) and that adds least of
// its own, so that characters pairing with the same second components
// share a group and a second component's group bits stay few. `pairs`
// sorted as ComposePairs returns them.
std::map<uint32_t, int> ChaiziGroups(const std::vector<ComposePair>& pairs, int groups);

}  // namespace lanjie_gen

#endif  // LANJIE_ENGINE_MATCH_GEN_CHAIZI_PAIRS_H_
