#ifndef LANJIE_ENGINE_MATCH_COMPILED_H_
#define LANJIE_ENGINE_MATCH_COMPILED_H_

#include <hs/hs.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "lanjie/match/artifact.h"
#include "lanjie/normalize/normalize.h"
#include "dense_side.h"
#include "hs_database.h"
#include "pod_table.h"
#include "variants.h"

namespace lanjie::internal {

// The scratch every scanner of one artifact clones (AllocScratch in
// scanner.cc). hs_alloc_scratch re-validates each database it is given,
// CRC-32C over all of its bytecode (~0.5 instructions a byte: 11 M
// instructions for the 64k list's 18 MB of databases); hs_clone_scratch
// copies a scratch without looking at the databases. So the databases are
// validated once per artifact, not once per scanner. Made on first use,
// under the mutex; freed with the artifact. Movable (compile moves
// CompiledData around before any scanner exists). A stream database that
// the load deferred (LazyDatabase) is added when first needed.
class ScratchPrototype {
 public:
  struct State {
    absl::Mutex mu;
    hs_scratch_t* scratch = nullptr;  // guarded by mu; null until the first AllocScratch
    bool streams = false;  // guarded by mu: `scratch` serves the stream databases too
    ~State() {
      if (scratch) hs_free_scratch(scratch);
    }
  };
  State& state() const { return *state_; }

 private:
  std::unique_ptr<State> state_ = std::make_unique<State>();
};

// What a Hyperscan pattern id stands for.
enum class PatternRole : uint8_t {
  kEntry = 0,   // target: entry index
  kAllow = 1,   // target: entry index of the allow-list phrase
  kTerm = 2,    // target: clause index (one alternative of a rule clause)
};

// PatternInfo::whole_word: the match may not continue a Latin word or
// number on either side (kWholeWord), or a digit at either end of the
// match may not continue a number (kDigitEdges: 6合彩 is not in 16合彩).
inline constexpr uint8_t kWholeWord = 1;
inline constexpr uint8_t kDigitEdges = 2;

// Fixed-size record, serialized as is (little-endian hosts only).
struct PatternInfo {
  uint32_t target;
  uint32_t length;  // folded literal length in bytes; 0 for regexes (start from SOM)
  PatternRole role;
  uint8_t whole_word;  // 0, kWholeWord or kDigitEdges
  uint8_t regex;
  uint8_t via;  // 0, or the variant class of a split-character, initials or numeral literal (variants.h Via)
};
static_assert(sizeof(PatternInfo) == 12, "PatternInfo is serialized byte for byte");

struct ClauseInfo {
  uint32_t rule;
  uint8_t negated;
  uint8_t reserved[3];
};
static_assert(sizeof(ClauseInfo) == 8, "ClauseInfo is serialized byte for byte");

struct RuleInfo {
  uint32_t entry;
  uint32_t first_clause;
  uint32_t clause_count;
  uint32_t positive_count;
};
static_assert(sizeof(RuleInfo) == 16, "RuleInfo is serialized byte for byte");

struct CompiledData {
  std::string name;
  std::string list_hash;
  NormalizerOptions normalizer;
  std::shared_ptr<const FoldTable> fold;
  EntryTable entries;
  PodTable<PatternInfo> literal_patterns;  // by Hyperscan id in the literal databases
  PodTable<PatternInfo> regex_patterns;    // by Hyperscan id in the regex databases
  PodTable<ClauseInfo> clauses;
  PodTable<RuleInfo> rules;
  uint32_t max_literal_length = 0;  // over entry, term and allow literals
  uint32_t max_allow_length = 0;
  bool portable = false;
  // The literals in folded UTF-8 are compiled once, in stream mode: the
  // StreamScanner's database, and Scanner::Scan's for single texts (one
  // stream per scanner, reset after each text: for literals, matches are
  // the same as a block scan's). Format 4 had a block-mode copy too. The
  // two stream databases are what ScanLines never scans: a load may leave
  // them serialized until first use (LoadOptions::read_in_place).
  LazyDatabase literal_stream, regex_stream;
  HsDatabase regex_block;
  // The literals again in FoldTable's dense code, block mode, same ids as
  // literal_stream: what Scanner::ScanLines scans blocks with (4-6x faster on
  // Chinese text), less the side keywords (`side` below). Null exactly when
  // there are no literals outside `side`.
  HsDatabase literal_dense;
  PodTable<uint32_t> dense_lengths;  // by literal id: length of its dense code
  // The literals of two or three 2-byte dense codes, when the list has
  // enough of them (CompileOptions::dense_side_min_keywords): then they are
  // not in literal_dense, and ScanLines finds them with this matcher
  // (dense_side.h). literal_dense is null when every literal is here.
  DenseSide side;
  ScratchPrototype scratch_prototype;   // what AllocScratch clones for every scanner
  // Variant token patterns (variants.h), sorted by their last two syllables.
  VariantOptions variants;  // the artifact's default classes
  PodTable<VariantPattern> variant_patterns;
  PodTable<uint16_t> variant_syllables;
  PodTable<uint32_t> variant_chars;  // the keyword's folded code point per syllable
  PodTable<uint32_t> variant_prefix_order;  // pattern indices by token sequence (prefix lookups)
  VariantIndex variant_index;           // built from the above at compile and load
  uint32_t max_variant_length = 0;      // longest variant pattern, syllables
  std::string created;  // RFC 3339
  std::string lanjie_version;  // the compiling lanjie's Version()
  std::string list_version;    // CompileOptions::list_version ("" = none)
};

// Whether every stream database of `d` is deserialized (or absent): what
// a scratch prototype made now covers. O(1).
inline bool StreamDatabasesLoaded(const CompiledData& d) {
  return (!d.literal_stream.present() || d.literal_stream.loaded()) &&
         (!d.regex_stream.present() || d.regex_stream.loaded());
}

// How match/ (and the white-box tests and benchmarks) reach an Artifact's
// tables; artifact.h keeps them private and names no member of them.
struct ArtifactAccess {
  static const CompiledData& Data(const Artifact& a) { return *a.data_; }
  // Artifact::FromKeptBytes (bytes anywhere, `keep` their owner): for tests of
  // how a load reads in place.
  static absl::StatusOr<std::shared_ptr<const Artifact>> FromKeptBytes(std::string_view bytes, std::string_view name,
                                                                       const LoadOptions& options,
                                                                       std::shared_ptr<const void> keep) {
    return Artifact::FromKeptBytes(bytes, name, options, std::move(keep));
  }
};
// The tables of `a` (valid as long as `a` lives). O(1), inline.
inline const CompiledData& DataOf(const Artifact& a) { return ArtifactAccess::Data(a); }

// Hex SHA-256 over the folding options and every entry's content (not its
// source file or line): Artifact::list_hash(). Defined in hash.cc.
std::string ListHash(const CompiledData& data);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_COMPILED_H_
