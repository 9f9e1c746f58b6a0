#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
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

constexpr uint64_t kFoldRulesVersion = 2;

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

absl::Status FoldTable::ComposeInto(const NormalizerOptions& options) {
  const RecordIndex& index = Records();
  options_ = options;
  owned_ = std::make_unique<Owned>();
  Owned& own = *owned_;

  auto is_noise = [&](uint32_t cp, uint8_t classes) {
    if (!options.remove_noise || Contains(options.keep, cp)) return false;
    return (classes & options.noise_classes) != 0 || Contains(options.extra_noise, cp);
  };

  // Entries for every code point a record or an option touches; all others keep.
  std::vector<uint32_t> touched;
  touched.reserve(index.size() + options.extra_noise.size());
  for (const auto& kv : index) touched.push_back(kv.first);
  for (char32_t c : options.extra_noise) touched.push_back(c);
  for (uint32_t c = 'a'; c <= 'z'; ++c) touched.push_back(c);
  for (uint32_t c = '0'; c <= '9'; ++c) touched.push_back(c);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());

  // A keycap emoji is noise when its U+20E3 is.
  const FoldRecord* keycap = Find(index, 0x20E3);
  const bool keycap_is_noise = is_noise(0x20E3, keycap ? keycap->classes : 0);

  std::vector<std::pair<uint32_t, uint32_t>> entries;  // sorted by code point
  absl::flat_hash_map<std::string, uint32_t> pool_index;
  std::u32string seq;
  std::string utf8;
  for (uint32_t cp : touched) {
    if (cp > 0x10FFFF) return absl::InvalidArgumentError("noise character out of Unicode range");
    const FoldRecord* self = Find(index, cp);
    const uint8_t self_classes = self ? self->classes : 0;

    seq.assign(1, static_cast<char32_t>(cp));
    // A code point with a look-alike of its own takes it before NFKC could
    // turn it into a letter without one (lunate sigma: NFKC gives σ).
    const bool own_lookalike = options.fold_lookalikes && self && self->nfkc_mapped && self->lookalike;
    if (options.fold_compat_case && self && self->nfkc_mapped && !own_lookalike)
      seq.assign(kFoldPool + self->nfkc_offset, self->nfkc_length);
    std::u32string folded;
    for (char32_t c : seq) {
      const FoldRecord* r = Find(index, c);
      if (options.traditional_to_simplified && r && r->t2s) {
        c = r->t2s;
        r = Find(index, c);
      }
      if (options.fold_lookalikes && r && r->lookalike) {
        c = r->lookalike;
        r = Find(index, c);
      }
      if (is_noise(c, r ? r->classes : 0)) continue;
      folded.push_back(c);
    }

    uint32_t entry;
    const bool space = (self_classes & fold_class::kWhitespace) && is_noise(cp, self_classes);
    if (space) {
      entry = uint32_t{kSpace} << 30;
    } else if (folded.empty()) {
      entry = uint32_t{kDrop} << 30;
      if (options.remove_noise) entry |= DropFlags(cp, self_classes);
    } else if (folded.size() == 1 && folded[0] == cp) {
      entry = uint32_t{kKeep} << 30;
      if (IsAsciiWord(cp)) entry |= kFirstWord | kLastWord;
      if (cp >= '0' && cp <= '9' && keycap_is_noise) entry |= kKeycapBase;
    } else {
      utf8.clear();
      for (char32_t c : folded) AppendUtf8(c, &utf8);
      if (utf8.size() > 63) return absl::InternalError("fold replacement longer than 63 bytes");
      auto [it, inserted] = pool_index.try_emplace(utf8, static_cast<uint32_t>(own.pool.size()));
      if (inserted) own.pool += utf8;
      if (it->second >= (1u << 21)) return absl::InternalError("fold pool overflow");
      entry = (uint32_t{kReplace} << 30) | (it->second << 6) | static_cast<uint32_t>(utf8.size());
      if (IsAsciiWord(folded.front())) entry |= kFirstWord;
      if (IsAsciiWord(folded.back())) entry |= kLastWord;
      if (folded.size() == 1) entry |= kSingleCodePoint;
    }
    if (entry != 0) entries.emplace_back(cp, entry);
  }

  // Two-stage table; identical blocks (most of Unicode keeps) are shared.
  constexpr uint32_t kBlocks = 0x110000 >> 8;
  own.stage1.assign(kBlocks, 0);
  own.blocks.assign(256, 0);  // block 0: all keep
  absl::flat_hash_map<std::string, uint16_t> seen;
  seen[std::string(256 * sizeof(uint32_t), '\0')] = 0;
  std::vector<uint32_t> block(256);
  for (size_t i = 0; i < entries.size();) {
    const uint32_t b = entries[i].first >> 8;
    std::fill(block.begin(), block.end(), 0);
    for (; i < entries.size() && (entries[i].first >> 8) == b; ++i) block[entries[i].first & 0xff] = entries[i].second;
    std::string key(reinterpret_cast<const char*>(block.data()), 256 * sizeof(uint32_t));
    auto [it, inserted] = seen.try_emplace(key, static_cast<uint16_t>(own.blocks.size() / 256));
    if (inserted) own.blocks.insert(own.blocks.end(), block.begin(), block.end());
    own.stage1[b] = it->second;
  }
  own.fold3.assign(0x10000, 0);
  for (uint32_t cp = 0x800; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const uint32_t e = own.blocks[(static_cast<size_t>(own.stage1[cp >> 8]) << 8) | (cp & 0xff)];
    const auto* bytes = reinterpret_cast<const unsigned char*>(own.pool.data() + ((e >> 6) & 0x1FFFFF));
    if (e == 0) {
      own.fold3[cp] = (0xE0 | (cp >> 12)) | ((0x80 | ((cp >> 6) & 0x3F)) << 8) | ((0x80 | (cp & 0x3F)) << 16);
    } else if ((e >> 30) == kReplace && (e & 63) == 3 && (e & kSingleCodePoint) &&
               !(e & (kFirstWord | kLastWord))) {
      own.fold3[cp] = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
    }
  }
  // An invalid byte is noise; kept (noise removal off), it becomes U+FFFD,
  // so folded text is always valid UTF-8: two kept invalid bytes can never
  // join into a character, and UTF-8 regex scanning gets valid input.
  if (options.remove_noise) {
    invalid_entry_ = uint32_t{kDrop} << 30;
  } else {
    const std::string replacement = "\xEF\xBF\xBD";
    auto [it, inserted] = pool_index.try_emplace(replacement, static_cast<uint32_t>(own.pool.size()));
    if (inserted) own.pool += replacement;
    invalid_entry_ = (uint32_t{kReplace} << 30) | (it->second << 6) | 3u | kSingleCodePoint;
  }
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
    const uint32_t f = fold3_[cp];
    if (f == 0) {
      // Noise the fast path drops inline (dense output keeps no offset
      // map, so a run need not map byte for byte): length 0, nonzero.
      if ((Lookup(cp) >> 30) == kDrop) own.fold3_dense[cp] = 1;
      continue;
    }
    const uint32_t folded = ((f & 0x0F) << 12) | (((f >> 8) & 0x3F) << 6) | ((f >> 16) & 0x3F);
    char code[4] = {0, 0, 0, 0};
    const size_t n = PutDense(DenseValue(folded), code);
    uint32_t packed = 0;
    std::memcpy(&packed, code, 3);
    own.fold3_dense[cp] = packed | static_cast<uint32_t>(n) << 24;
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
