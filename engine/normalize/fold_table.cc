#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "decoration.h"
#include "fold_classes.h"
#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

#include "fold_data.inc"
#ifndef LANJIE_FOLD_DEFAULT_GENERATOR
// kBuiltIn*: the tables of the default options, composed at build time by
// gen/gen_fold_default.cc (this file compiled with the macro above).
#include "fold_default.inc"
#endif

using RecordIndex = absl::flat_hash_map<uint32_t, const FoldRecord*>;

constexpr uint64_t kFoldRulesVersion = 3;

const RecordIndex& Records() {
  static const RecordIndex* index = [] {
    auto* m = new RecordIndex();
    m->reserve(sizeof(kFoldRecords) / sizeof(kFoldRecords[0]));
    for (const FoldRecord& r : kFoldRecords) (*m)[r.cp] = &r;
    return m;
  }();
  return *index;
}

const FoldRecord* Find(const RecordIndex& index, uint32_t cp) {
  auto it = index.find(cp);
  return it == index.end() ? nullptr : it->second;
}

bool IsAsciiWord(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
}

bool Contains(const std::u32string& set, uint32_t cp) {
  return set.find(static_cast<char32_t>(cp)) != std::u32string::npos;
}

// What a dropped code point means beyond noise (FoldTable::kDrop* flags).
uint32_t DropFlags(uint32_t cp, uint8_t classes) {
  switch (cp) {
    // Sentence and clause punctuation of Chinese text: 、。，；：？！… ‥ ．｡
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0xFF1F: case 0xFF01:
    case 0x2026: case 0x2025: case 0xFF0E: case 0xFF61:
      return FoldTable::kDropSentence;
    case '\'': case 0x2019: case 0x02BC: case 0xFF07:
      return FoldTable::kDropApostrophe;
    case 0x20E3:
      return FoldTable::kDropKeycap;
    case '&': case '%':
      return FoldTable::kDropReference;
    case '-': case 0x2010: case 0x2011: case 0x00AD: case 0xFE63: case 0xFF0D:
      return FoldTable::kDropHyphen;
    default:
      return (classes & fold_class::kMark) ? FoldTable::kDropMark : 0;
  }
}

}  // namespace

uint64_t FoldDataFingerprint() {
#ifndef LANJIE_FOLD_DEFAULT_GENERATOR
  return kBuiltInFingerprint;  // the generator's value of the function below
#else
  static const uint64_t fp = [] {
    // One multiply-xorshift step per 64-bit word (~30 µs for the whole
    // table); the library returns the generator's result as a constant.
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](uint64_t v) {
      h = (h ^ v) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 29;
    };
    for (const FoldRecord& r : kFoldRecords) {
      mix(r.cp);
      mix(r.classes | (uint64_t{r.nfkc_length} << 8) | (uint64_t{r.nfkc_mapped} << 16));
      mix(r.nfkc_offset);
      mix(r.t2s);
      mix(r.lookalike);
    }
    for (char32_t c : kFoldPool) mix(c);
    for (char16_t c : kDenseFirst) mix(c);
    // The folding rules themselves: an artifact compiled under other rules
    // folded its keywords differently. 2: spelled-out letters join,
    // references decode, keycaps are noise (issue 11's also-fix list).
    // 3: decoration between two Chinese characters is dropped (冰①毒).
    mix(kFoldRulesVersion);
    return h;
  }();
  return fp;
#endif
}

const char* FoldDataSource() { return kFoldDataSource; }

absl::StatusOr<std::shared_ptr<const FoldTable>> FoldTable::Create(const NormalizerOptions& options) {
#ifndef LANJIE_FOLD_DEFAULT_GENERATOR
  if (options == NormalizerOptions()) {
    std::shared_ptr<FoldTable> table(new FoldTable());
    table->options_ = options;
    table->stage1_ = kBuiltInStage1;
    table->blocks_ = kBuiltInBlocks;
    table->pool_ = reinterpret_cast<const char*>(kBuiltInPool);
    table->fold3_ = kBuiltInFold3;
    table->fold3_dense_ = kBuiltInFold3Dense;
    table->dense_rank_ = kBuiltInDenseRank;
    table->invalid_entry_ = kBuiltInInvalidEntry;
    return std::shared_ptr<const FoldTable>(std::move(table));
  }
#endif
  return Compose(options);
}

absl::StatusOr<std::shared_ptr<const FoldTable>> FoldTable::Compose(const NormalizerOptions& options) {
  std::shared_ptr<FoldTable> table(new FoldTable());
  if (auto st = table->ComposeInto(options); !st.ok()) return st;
  return std::shared_ptr<const FoldTable>(std::move(table));
}

namespace {

// Composes one table entry per code point for one set of options; the
// replacement bytes go into `pool`, each distinct replacement once.
class EntryComposer {
 public:
  EntryComposer(const RecordIndex& index, const NormalizerOptions& options, std::string* pool)
      : index_(index), options_(options), pool_(*pool) {
    // A keycap emoji is noise when its U+20E3 is.
    const FoldRecord* keycap = Find(index, 0x20E3);
    keycap_is_noise_ = IsNoise(0x20E3, keycap ? keycap->classes : 0);
  }

  // Every code point a record or an option touches; all others keep.
  std::vector<uint32_t> TouchedCodePoints() const {
    std::vector<uint32_t> touched;
    touched.reserve(index_.size() + options_.extra_noise.size());
    for (const auto& kv : index_) touched.push_back(kv.first);
    for (char32_t c : options_.extra_noise) touched.push_back(c);
    for (uint32_t c = 'a'; c <= 'z'; ++c) touched.push_back(c);
    for (uint32_t c = '0'; c <= '9'; ++c) touched.push_back(c);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    return touched;
  }

  // The entry of `cp` (FoldTable's entry layout; 0 = keep as is).
  absl::StatusOr<uint32_t> EntryFor(uint32_t cp) {
    if (cp > 0x10FFFF) return absl::InvalidArgumentError("noise character out of Unicode range");
    const FoldRecord* self = Find(index_, cp);
    const uint8_t self_classes = self ? self->classes : 0;
    const std::u32string folded = Folded(cp, self);
    if ((self_classes & fold_class::kWhitespace) && IsNoise(cp, self_classes)) return uint32_t{FoldTable::kSpace} << 30;
    if (folded.empty()) {
      uint32_t entry = uint32_t{FoldTable::kDrop} << 30;
      if (options_.remove_noise) entry |= DropFlags(cp, self_classes);
      return entry;
    }
    if (folded.size() == 1 && folded[0] == cp) {
      uint32_t entry = uint32_t{FoldTable::kKeep} << 30;
      if (IsAsciiWord(cp)) entry |= FoldTable::kFirstWord | FoldTable::kLastWord;
      if (cp >= '0' && cp <= '9' && keycap_is_noise_) entry |= FoldTable::kKeycapBase;
      return entry;
    }
    std::string utf8;
    for (char32_t c : folded) AppendUtf8(c, &utf8);
    if (utf8.size() > 63) return absl::InternalError("fold replacement longer than 63 bytes");
    auto offset = PoolOffset(utf8);
    if (!offset.ok()) return offset.status();
    uint32_t entry = ReplaceEntry(*offset, utf8.size());
    if (IsAsciiWord(folded.front())) entry |= FoldTable::kFirstWord;
    if (IsAsciiWord(folded.back())) entry |= FoldTable::kLastWord;
    if (folded.size() == 1) entry |= FoldTable::kSingleCodePoint;
    return entry;
  }

  // The entry of an invalid UTF-8 byte: noise, or, kept (noise removal off),
  // U+FFFD, so folded text is always valid UTF-8: two kept invalid bytes can
  // never join into a character, and UTF-8 regex scanning gets valid input.
  absl::StatusOr<uint32_t> InvalidByteEntry() {
    if (options_.remove_noise) return uint32_t{FoldTable::kDrop} << 30;
    auto offset = PoolOffset("\xEF\xBF\xBD");
    if (!offset.ok()) return offset.status();
    return ReplaceEntry(*offset, 3) | FoldTable::kSingleCodePoint;
  }

 private:
  bool IsNoise(uint32_t cp, uint8_t classes) const {
    if (!options_.remove_noise || Contains(options_.keep, cp)) return false;
    return (classes & options_.noise_classes) != 0 || Contains(options_.extra_noise, cp);
  }

  // What `cp` folds to under the options, noise removed.
  std::u32string Folded(uint32_t cp, const FoldRecord* self) const {
    std::u32string seq(1, static_cast<char32_t>(cp));
    // A code point with a look-alike of its own takes it before NFKC could
    // turn it into a letter without one (lunate sigma: NFKC gives σ).
    const bool own_lookalike = options_.fold_lookalikes && self && self->nfkc_mapped && self->lookalike;
    if (options_.fold_compat_case && self && self->nfkc_mapped && !own_lookalike)
      seq.assign(kFoldPool + self->nfkc_offset, self->nfkc_length);
    std::u32string folded;
    for (char32_t c : seq) {
      const FoldRecord* r = Find(index_, c);
      if (options_.traditional_to_simplified && r && r->t2s) {
        c = r->t2s;
        r = Find(index_, c);
      }
      if (options_.fold_lookalikes && r && r->lookalike) {
        c = r->lookalike;
        r = Find(index_, c);
      }
      if (IsNoise(c, r ? r->classes : 0)) continue;
      folded.push_back(c);
    }
    return folded;
  }

  absl::StatusOr<uint32_t> PoolOffset(const std::string& bytes) {
    auto [it, inserted] = pool_index_.try_emplace(bytes, static_cast<uint32_t>(pool_.size()));
    if (inserted) pool_ += bytes;
    if (it->second >= (1u << 21)) return absl::InternalError("fold pool overflow");
    return it->second;
  }

  static uint32_t ReplaceEntry(uint32_t offset, size_t length) {
    return (uint32_t{FoldTable::kReplace} << 30) | (offset << 6) | static_cast<uint32_t>(length);
  }

  const RecordIndex& index_;
  const NormalizerOptions& options_;
  std::string& pool_;
  absl::flat_hash_map<std::string, uint32_t> pool_index_;
  bool keycap_is_noise_ = false;
};

// The two-stage table of `entries` (sorted by code point): stage1 maps
// code point >> 8 to a block of 256 entries; identical blocks (most of
// Unicode keeps) are stored once, block 0 being all keep.
void BuildTwoStageTable(const std::vector<std::pair<uint32_t, uint32_t>>& entries, std::vector<uint16_t>* stage1,
                        std::vector<uint32_t>* blocks) {
  constexpr uint32_t kBlocks = 0x110000 >> 8;
  stage1->assign(kBlocks, 0);
  blocks->assign(256, 0);
  absl::flat_hash_map<std::string, uint16_t> seen;
  seen[std::string(256 * sizeof(uint32_t), '\0')] = 0;
  std::vector<uint32_t> block(256);
  for (size_t i = 0; i < entries.size();) {
    const uint32_t b = entries[i].first >> 8;
    std::fill(block.begin(), block.end(), 0);
    for (; i < entries.size() && (entries[i].first >> 8) == b; ++i) block[entries[i].first & 0xff] = entries[i].second;
    std::string key(reinterpret_cast<const char*>(block.data()), 256 * sizeof(uint32_t));
    auto [it, inserted] = seen.try_emplace(key, static_cast<uint16_t>(blocks->size() / 256));
    if (inserted) blocks->insert(blocks->end(), block.begin(), block.end());
    (*stage1)[b] = it->second;
  }
}

// FoldTable::fold3_ from the composed two-stage table (at Fold3SlotOf slots).
// Decoration (IsDecorationForm) is left out: whether it folds depends on its
// neighbours, which only the general path looks at.
std::vector<uint32_t> BuildFold3(const std::vector<uint16_t>& stage1, const std::vector<uint32_t>& blocks,
                                 const std::string& pool) {
  std::vector<uint32_t> fold3(0x10000, 0);
  for (uint32_t cp = 0x800; cp < 0x10000; ++cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || IsDecorationForm(cp)) continue;
    const uint32_t e = blocks[(static_cast<size_t>(stage1[cp >> 8]) << 8) | (cp & 0xff)];
    const auto* bytes = reinterpret_cast<const unsigned char*>(pool.data() + ((e >> 6) & 0x1FFFFF));
    if (e == 0) {
      fold3[FoldTable::Fold3SlotOf(cp)] =
          (0xE0 | (cp >> 12)) | ((0x80 | ((cp >> 6) & 0x3F)) << 8) | ((0x80 | (cp & 0x3F)) << 16);
    } else if ((e >> 30) == FoldTable::kReplace && (e & 63) == 3 && (e & FoldTable::kSingleCodePoint) &&
               !(e & (FoldTable::kFirstWord | FoldTable::kLastWord))) {
      fold3[FoldTable::Fold3SlotOf(cp)] = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
    }
  }
  return fold3;
}

}  // namespace

absl::Status FoldTable::ComposeInto(const NormalizerOptions& options) {
  options_ = options;
  owned_ = std::make_unique<Owned>();
  Owned& own = *owned_;
  EntryComposer composer(Records(), options, &own.pool);
  std::vector<std::pair<uint32_t, uint32_t>> entries;  // sorted by code point
  for (uint32_t cp : composer.TouchedCodePoints()) {
    auto entry = composer.EntryFor(cp);
    if (!entry.ok()) return entry.status();
    if (*entry != 0) entries.emplace_back(cp, *entry);
  }
  BuildTwoStageTable(entries, &own.stage1, &own.blocks);
  own.fold3 = BuildFold3(own.stage1, own.blocks, own.pool);
  auto invalid = composer.InvalidByteEntry();
  if (!invalid.ok()) return invalid.status();
  invalid_entry_ = *invalid;
  stage1_ = own.stage1.data();
  blocks_ = own.blocks.data();
  pool_ = own.pool.data();
  fold3_ = own.fold3.data();
  BuildDense();
  return absl::OkStatus();
}

namespace {

// Final bytes of dense codes: 0x00-0x7F without '\n', ' ', '0'-'9', 'a'-'z'.
struct DenseFinals {
  unsigned char byte[90];
  DenseFinals() {
    int n = 0;
    for (int b = 0; b < 0x80; ++b)
      if (b != '\n' && b != ' ' && !(b >= '0' && b <= '9') && !(b >= 'a' && b <= 'z'))
        byte[n++] = static_cast<unsigned char>(b);
  }
};
const DenseFinals kDenseFinals;

}  // namespace

size_t FoldTable::PutDense(uint32_t v, char* out) {
  const uint32_t q = v / 90;
  size_t n = 0;
  if (q >= 128) out[n++] = static_cast<char>(0x80 | (q >> 7));
  out[n++] = static_cast<char>(0x80 | (q & 0x7F));
  out[n++] = static_cast<char>(kDenseFinals.byte[v % 90]);
  return n;
}

void FoldTable::BuildDense() {
  Owned& own = *owned_;
#ifndef LANJIE_FOLD_DEFAULT_GENERATOR
  dense_rank_ = kBuiltInDenseRank;  // independent of the options
#else
  // Numbers in order of expected frequency: GB2312's hanzi, the rest of the
  // CJK Unified Ideographs block, every other BMP code point. 11,520
  // numbers (v < 90 * 128) get 2-byte codes.
  own.dense_rank.assign(0x10000, 0);
  std::vector<bool> ranked(0x10000, false);
  uint32_t next = 0;
  auto rank = [&](uint32_t cp) {
    if (cp < 0x80 || (cp >= 0xD800 && cp <= 0xDFFF) || ranked[cp]) return;
    ranked[cp] = true;
    own.dense_rank[cp] = static_cast<uint16_t>(next++);
  };
  for (char16_t c : kDenseFirst) rank(c);
  for (uint32_t cp = 0x4E00; cp <= 0x9FFF; ++cp) rank(cp);
  for (uint32_t cp = 0x80; cp < 0x10000; ++cp) rank(cp);
  dense_rank_ = own.dense_rank.data();
#endif
  own.fold3_dense.assign(0x10000, 0);
  for (uint32_t cp = 0x800; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const uint32_t slot = Fold3SlotOf(cp);
    const uint32_t f = fold3_[slot];
    if (f == 0) {
      // Noise the fast path drops inline (dense output keeps no offset
      // map, so a run need not map byte for byte): length 0, nonzero. Not
      // combining marks: after a character they are part of it, which
      // SkipPlainNoise knows and the inline drop would not.
      const uint32_t e = Lookup(cp);
      if ((e >> 30) == kDrop && !(e & kDropMark)) own.fold3_dense[slot] = 1;
      continue;
    }
    const uint32_t folded = ((f & 0x0F) << 12) | (((f >> 8) & 0x3F) << 6) | ((f >> 16) & 0x3F);
    char code[4] = {0, 0, 0, 0};
    const size_t n = PutDense(DenseValue(folded), code);
    uint32_t packed = 0;
    std::memcpy(&packed, code, 3);
    own.fold3_dense[slot] = packed | static_cast<uint32_t>(n) << 24;
  }
  fold3_dense_ = own.fold3_dense.data();
}

size_t FoldTable::EncodeDenseTo(const char* bytes, size_t len, char* out) const {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes);
  const auto* end = p + len;
  char* w = out;
  while (p < end) {
    uint32_t cp = *p;
    if (cp < 0x80) {
      *w++ = static_cast<char>(cp);
      ++p;
      continue;
    }
    const int n = DecodeUtf8(p, end, &cp);
    w += PutDense(n > 0 ? DenseValue(cp) : kDenseInvalid + (*p - 0x80u), w);
    p += n > 0 ? n : 1;
  }
  return static_cast<size_t>(w - out);
}

std::string FoldTable::EncodeDense(std::string_view folded) const {
  std::string out(folded.size() * 3, '\0');
  out.resize(EncodeDenseTo(folded.data(), folded.size(), out.data()));
  return out;
}

absl::StatusOr<std::shared_ptr<const FoldTable>> FoldTable::Shared(const NormalizerOptions& options) {
  static absl::Mutex mu;
  static auto* cache = new absl::flat_hash_map<std::string, std::weak_ptr<const FoldTable>>();
  const std::string key = OptionsToString(options);
  absl::MutexLock lock(&mu);
  std::weak_ptr<const FoldTable>& slot = (*cache)[key];
  if (std::shared_ptr<const FoldTable> live = slot.lock()) return live;
  auto created = Create(options);
  if (created.ok()) slot = *created;
  return created;
}

}  // namespace lanjie
