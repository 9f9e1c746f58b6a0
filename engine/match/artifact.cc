#include "lanjie/match/artifact.h"

#include <fcntl.h>
#include <hs/hs.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>

#include <cstdio>
#include <algorithm>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/sv.h"
#include "compiled.h"
#include "lanjie/match/hash.h"
#include "hs_crc.h"
#include "pod_bytes.h"
#include "hs_util.h"

namespace lanjie {
namespace {

using internal::CompiledData;
using internal::PodBytes;
using internal::ReadPods;
using internal::ViewPods;
using internal::HsDatabase;

constexpr char kMagic[8] = {'L', 'J', 'D', 'B', '\r', '\n', '\x1a', '\n'};
constexpr uint32_t kEndianMark = 0x01020304;
constexpr size_t kHeaderSize = 24;  // magic, version, endian mark, payload size
constexpr size_t kTrailerSize = 16;  // internal::ArtifactChecksum of everything before it

// A section's tag: its four ASCII letters as a little-endian uint32_t.
constexpr uint32_t SectionTag(const char (&name)[5]) {
  return static_cast<uint32_t>(static_cast<unsigned char>(name[0])) |
         static_cast<uint32_t>(static_cast<unsigned char>(name[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(name[2])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(name[3])) << 24;
}

// The sections, by what they hold: tables, Hyperscan databases (kHsLitBlock:
// format 4's block-mode literals, not written since format 5), the dense
// literals' lengths, the variant tables, the side matcher's keywords.
enum Tag : uint32_t {
  kMeta = SectionTag("META"), kEntries = SectionTag("ENTR"), kLitPat = SectionTag("LPAT"),
  kRePat = SectionTag("RPAT"), kClauses = SectionTag("CLAU"), kRules = SectionTag("RULE"),
  kHsLitBlock = SectionTag("HSLB"), kHsLitStream = SectionTag("HSLS"), kHsReBlock = SectionTag("HSRB"),
  kHsReStream = SectionTag("HSRS"), kHsLitDense = SectionTag("HSLD"), kDenseLen = SectionTag("DLEN"),
  kVarPat = SectionTag("VPAT"), kVarSyl = SectionTag("VSYL"), kVarChr = SectionTag("VCHR"), kVarOrd = SectionTag("VORD"),
  kSide = SectionTag("SIDE"),  // format 6: the dense pass's side matcher (dense_side.h)
  // The variant index (VariantIndex::Serialize) of an artifact with variant
  // patterns; optional in formats 5 and 6: a reader that knows no VIDX
  // skips it, and an artifact without it has its index built at load.
  kVarIdx = SectionTag("VIDX"),
  // Zero bytes before a table section so that its records start at a file
  // offset that is a multiple of kTableAlignment: a load that reads in place
  // views them (pod_table.h) instead of copying. Every reader skips it (an
  // unknown tag); a table that is not aligned (a file written before PADD)
  // is copied, as before.
  kPadding = SectionTag("PADD"),
};
constexpr size_t kTableAlignment = 8;  // >= alignof of every table's record
static_assert(kMeta == 0x4154454d && kVarOrd == 0x44524f56, "tags as written by every format-5 artifact");

bool IsHsSection(uint32_t tag) {
  return tag == kHsLitBlock || tag == kHsLitStream || tag == kHsReBlock || tag == kHsReStream || tag == kHsLitDense;
}

// A serialized Hyperscan database: a 32-byte header (magic, version,
// bytecode length, platform, CRC-32C, two reserved words), the bytecode,
// then zero padding (sizeof(hs_database_t) - 32 bytes).
constexpr size_t kHsHeaderSize = 32;

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void U64(uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), 8); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }
  void Raw(std::string_view s) { out_.append(s.data(), s.size()); }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Bounds-checked reader: every read fails cleanly on truncated data.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool U8(uint8_t* v) { return Copy(v, 1); }
  bool U32(uint32_t* v) { return Copy(v, 4); }
  bool U64(uint64_t* v) { return Copy(v, 8); }
  bool Str(std::string* s) {
    uint32_t n;
    if (!U32(&n) || n > in_.size() - pos_) return false;
    s->assign(in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool Bytes(size_t n, std::string_view* s) {
    if (n > in_.size() - pos_) return false;
    *s = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  bool Copy(void* v, size_t n) {
    if (n > in_.size() - pos_) return false;
    std::memcpy(v, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
};

std::string SerializeDb(const HsDatabase& db) {
  if (!db) return {};
  char* bytes = nullptr;
  size_t len = 0;
  if (hs_serialize_database(db.get(), &bytes, &len) != HS_SUCCESS) return {};
  std::string out(bytes, len);
  free(bytes);
  return out;
}

absl::Status Corrupt(std::string_view name, std::string_view why) { return internal::CorruptArtifact(name, why); }

}  // namespace

namespace internal {

std::string ArtifactChecksum(std::string_view file) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  size_t pos = std::min(file.size(), kHeaderSize);
  size_t hashed = 0;  // file[hashed, pos) is still to be hashed
  while (file.size() - pos >= 12) {
    uint32_t tag;
    uint64_t len;
    std::memcpy(&tag, file.data() + pos, 4);
    std::memcpy(&len, file.data() + pos + 4, 8);
    pos += 12;
    if (len > file.size() - pos) break;  // malformed: the rest is hashed as bytes
    if (IsHsSection(tag) && len >= kHsHeaderSize) {
      uint32_t bytecode = 0;
      std::memcpy(&bytecode, file.data() + pos + 8, 4);
      if (bytecode <= len - kHsHeaderSize) {
        // Up to and including the Hyperscan header; skip the bytecode.
        XXH3_128bits_update(state, file.data() + hashed, pos + kHsHeaderSize - hashed);
        hashed = pos + kHsHeaderSize + bytecode;
      }
    }
    pos += len;
  }
  XXH3_128bits_update(state, file.data() + hashed, file.size() - hashed);
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state));
  XXH3_freeState(state);
  return std::string(reinterpret_cast<const char*>(canonical.digest), sizeof(canonical.digest));
}

}  // namespace internal

Artifact::Artifact() : data_(std::make_unique<CompiledData>()) {}
Artifact::~Artifact() = default;

const EntryTable& Artifact::entries() const { return data_->entries; }
const FoldTable& Artifact::fold_table() const { return *data_->fold; }
const NormalizerOptions& Artifact::normalizer_options() const { return data_->normalizer; }
const std::string& Artifact::list_hash() const { return data_->list_hash; }
const std::string& Artifact::name() const { return data_->name; }
const std::string& Artifact::list_version() const {
  static const std::string* const kUnknown = new std::string("unknown");
  return data_->list_version.empty() ? *kUnknown : data_->list_version;
}
uint32_t Artifact::max_literal_length() const { return data_->max_literal_length; }

// The format an artifact is written in: 6 only when it needs what 6 added.
static uint32_t FormatOf(const CompiledData& d) {
  return d.side.empty() ? kOldestArtifactFormatVersion : kArtifactFormatVersion;
}

Artifact::Info Artifact::info() const {
  Info info;
  info.created = data_->created;
  info.lanjie_version = data_->lanjie_version;
  info.list_version = list_version();
  info.portable = data_->portable;
  for (const internal::PatternInfo& p : data_->literal_patterns) {
    info.literal_patterns += p.role != internal::PatternRole::kAllow;
    info.allow_phrases += p.role == internal::PatternRole::kAllow;
  }
  for (const internal::PatternInfo& p : data_->literal_patterns) {
    info.chaizi_literals += p.via == internal::kViaChaizi;
    info.initials_literals += p.via == internal::kViaPinyin;
    info.numeral_literals += p.via == internal::kViaNumeral;
  }
  info.literal_patterns -= info.chaizi_literals + info.initials_literals + info.numeral_literals;
  info.variant_patterns = data_->variant_patterns.size();
  info.variants = VariantOptionsToString(data_->variants);
  info.regex_patterns = data_->regex_patterns.size();
  info.rules = data_->rules.size();
  info.format = FormatOf(*data_);
  info.side_keywords = data_->side.size();
  return info;
}

std::string Artifact::Serialize() const {
  const CompiledData& d = *data_;
  const uint32_t format = FormatOf(d);
  nlohmann::json meta = {
      {"format", format},
      {"name", d.name},
      {"created", d.created},
      {"lanjie_version", d.lanjie_version},
      {"list_version", d.list_version},  // additive: absent in older files
      {"list_hash", d.list_hash},
      {"normalizer", OptionsToString(d.normalizer)},
      {"fold_data", {{"fingerprint", absl::StrCat(absl::Hex(FoldDataFingerprint(), absl::kZeroPad16))},
                     {"source", FoldDataSource()}}},
      {"portable", d.portable},
      {"hyperscan", hs_version()},
      {"max_literal_length", d.max_literal_length},
      {"max_allow_length", d.max_allow_length},
      {"entries", d.entries.size()},
      {"literal_patterns", d.literal_patterns.size()},
      {"regex_patterns", d.regex_patterns.size()},
      {"rules", d.rules.size()},
      {"variants", VariantOptionsToString(d.variants)},
      {"variant_data", {{"fingerprint", absl::StrCat(absl::Hex(internal::VariantData::Fingerprint(), absl::kZeroPad16))},
                        {"source", internal::VariantData::Source()}}},
      {"max_variant_length", d.max_variant_length},
  };
  // The sections in file order (Load finds them by tag, kSectionTags): a
  // table's bytes, or a Hyperscan database, serialized as it is written.
  struct Section {
    uint32_t tag;
    std::string_view bytes;
    const HsDatabase* db = nullptr;
    const internal::LazyDatabase* lazy = nullptr;
  };
  const std::string meta_text = meta.dump();
  std::vector<Section> sections = {
      {kMeta, meta_text}, {kEntries, d.entries.bytes()}, {kLitPat, PodBytes(d.literal_patterns)},
      {kRePat, PodBytes(d.regex_patterns)}, {kClauses, PodBytes(d.clauses)}, {kRules, PodBytes(d.rules)},
      {kHsLitStream, {}, nullptr, &d.literal_stream}, {kHsReBlock, {}, &d.regex_block},
      {kHsReStream, {}, nullptr, &d.regex_stream},
      {kHsLitDense, {}, &d.literal_dense}, {kDenseLen, PodBytes(d.dense_lengths)}, {kVarPat, PodBytes(d.variant_patterns)},
      {kVarSyl, PodBytes(d.variant_syllables)}, {kVarChr, PodBytes(d.variant_chars)}, {kVarOrd, PodBytes(d.variant_prefix_order)},
  };
  if (!d.side.empty()) sections.push_back({kSide, PodBytes(d.side.keywords())});
  const std::string variant_index = d.variant_index.empty() ? std::string() : d.variant_index.Serialize();
  if (!variant_index.empty()) sections.push_back({kVarIdx, variant_index});
  Writer payload;
  constexpr size_t kSectionHead = 12;  // tag, length
  for (const Section& s : sections) {
    const std::string db = s.db != nullptr ? SerializeDb(*s.db) : s.lazy != nullptr ? s.lazy->Serialize() : std::string();
    const std::string_view bytes = s.db != nullptr || s.lazy != nullptr ? std::string_view(db) : s.bytes;
    if (const size_t body = kHeaderSize + payload.out().size() + kSectionHead; body % kTableAlignment != 0) {
      // A padding section of its own head and `pad` zero bytes moves this body to the next multiple.
      const size_t pad = (kTableAlignment - (body + kSectionHead) % kTableAlignment) % kTableAlignment;
      payload.U32(kPadding);
      payload.U64(pad);
      payload.Raw(std::string(pad, '\0'));
    }
    payload.U32(s.tag);
    payload.U64(bytes.size());
    payload.Raw(bytes);
  }

  Writer file;
  file.Raw(std::string_view(kMagic, sizeof(kMagic)));
  file.U32(format);
  file.U32(kEndianMark);
  file.U64(payload.out().size());
  file.Raw(payload.out());
  file.Raw(internal::ArtifactChecksum(file.out()));
  return std::move(file.out());
}

absl::Status Artifact::Save(const std::string& path) const { return WriteFileAtomically(path, Serialize()); }

namespace {

// A read-only private mapping of a file, held only while it is loaded
// (with LoadOptions::read_in_place: as long as the artifact lives, which
// then reads its entry table and deferred databases there); else Load
// copies out everything it keeps (the entry table, the deserialized
// databases). MAP_POPULATE maps the page-cache pages in one call, without
// the zero-fill and copy of reading into fresh memory (0.2 ms instead of
// 12 ms for a 23 MB file here). The file must not be truncated in place
// meanwhile (that would be SIGBUS); Artifact::Save and
// `lanjie compile` replace files by rename, which is always safe.
class FileMapping {
 public:
  ~FileMapping() {
    if (map_ != MAP_FAILED) ::munmap(map_, size_);
  }
  absl::Status Map(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return absl::NotFoundError(absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
    absl::Status status = MapFd(fd, path);
    ::close(fd);
    return status;
  }
  std::string_view view() const {
    return map_ == MAP_FAILED ? std::string_view() : std::string_view(static_cast<const char*>(map_), size_);
  }

 private:
  absl::Status MapFd(int fd, const std::string& path) {
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
      return absl::DataLossError(absl::StrCat(path, ": not a regular file"));
    size_ = static_cast<size_t>(st.st_size);
    if (size_ == 0) return absl::OkStatus();
    map_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (map_ == MAP_FAILED) return absl::ResourceExhaustedError(absl::StrCat(path, ": cannot map: ", std::strerror(errno)));
    return absl::OkStatus();
  }
  void* map_ = MAP_FAILED;
  size_t size_ = 0;
};

// The payload's sections by position in kSectionTags; the first
// kRequiredSections must be present.
constexpr int kSections = 18;
constexpr int kRequiredSections = 6;
constexpr uint32_t kSectionTags[kSections] = {kMeta,       kEntries,     kLitPat,    kRePat,      kClauses,
                                              kRules,      kHsLitBlock,  kHsLitStream, kHsReBlock, kHsReStream,
                                              kHsLitDense, kDenseLen,    kVarPat,    kVarSyl,     kVarChr,
                                              kVarOrd,     kSide,        kVarIdx};
constexpr int kSideSection = 16;
constexpr int kVarIdxSection = 17;
struct Sections {
  std::string_view sec[kSections];
  bool present[kSections] = {};
  uint32_t format = 0;  // the header's format version
};

// Checks magic, format version, byte order and size (not the checksum); on
// success *payload_size is the length of the section table after the header.
absl::Status CheckHeader(std::string_view bytes, std::string_view name, uint64_t* payload_size, uint32_t* format) {
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return absl::InvalidArgumentError(absl::StrCat(Av(name), ": not a lanjie artifact (.ljdb): bad magic bytes"));
  if (bytes.size() < kHeaderSize + kTrailerSize)
    return Corrupt(name, absl::StrCat("truncated: only ", bytes.size(), " bytes"));
  Reader header(bytes.substr(8, kHeaderSize - 8));
  uint32_t version = 0, endian = 0;
  header.U32(&version);
  header.U32(&endian);
  header.U64(payload_size);
  if (version > kArtifactFormatVersion)
    return absl::FailedPreconditionError(absl::StrCat(Av(name), ": artifact format version ", version,
                                                      " is newer than this lanjie supports (", kArtifactFormatVersion,
                                                      "); upgrade lanjie or compile the list with this version"));
  if (version < kOldestArtifactFormatVersion)
    return absl::FailedPreconditionError(absl::StrCat(Av(name), ": artifact format version ", version,
                                                      " is older than this lanjie reads (", kOldestArtifactFormatVersion,
                                                      "); recompile the list with 'lanjie compile'"));
  if (endian != kEndianMark)
    return absl::FailedPreconditionError(absl::StrCat(Av(name), ": artifact written on a machine of other byte order; recompile it here"));
  if (*payload_size != bytes.size() - kHeaderSize - kTrailerSize)
    return Corrupt(name, absl::StrCat("truncated or padded: header says ", *payload_size + kHeaderSize + kTrailerSize,
                                      " bytes, file has ", bytes.size()));
  *format = version;
  return absl::OkStatus();
}

// The trailer matches the bytes before it. Call after CheckHeader.
bool ChecksumMatches(std::string_view bytes) {
  const std::string_view covered = bytes.substr(0, bytes.size() - kTrailerSize);
  return internal::ArtifactChecksum(covered) == bytes.substr(bytes.size() - kTrailerSize);
}

absl::Status ChecksumMismatch(std::string_view name) { return Corrupt(name, "checksum mismatch"); }

// Splits the payload into its sections (views into it; unknown tags are skipped).
absl::Status ReadSectionTable(std::string_view payload_bytes, std::string_view name, Sections* out) {
  Reader payload(payload_bytes);
  while (!payload.done()) {
    uint32_t tag;
    uint64_t len;
    std::string_view body;
    if (!payload.U32(&tag) || !payload.U64(&len) || !payload.Bytes(len, &body)) return Corrupt(name, "bad section table");
    for (int i = 0; i < kSections; ++i)
      if (kSectionTags[i] == tag) {
        out->sec[i] = body;
        out->present[i] = true;
      }
  }
  for (int i = 0; i < kRequiredSections; ++i)
    if (!out->present[i]) return Corrupt(name, "a required section is missing");
  return absl::OkStatus();
}

// The artifact must have been built with this binary's folding and variant tables.
absl::Status CheckDataFingerprints(const nlohmann::json& meta, std::string_view name) {
  const std::string want_fp = absl::StrCat(absl::Hex(FoldDataFingerprint(), absl::kZeroPad16));
  const std::string have_fp = meta.value("/fold_data/fingerprint"_json_pointer, std::string());
  if (have_fp != want_fp) {
    return absl::FailedPreconditionError(absl::StrCat(
        Av(name), ": built with other folding tables (",
        meta.value("/fold_data/source"_json_pointer, std::string("unknown")), ", fingerprint ", have_fp,
        ") than this lanjie (", FoldDataSource(), ", ", want_fp, "); recompile the list with 'lanjie compile'"));
  }
  const std::string want_vfp = absl::StrCat(absl::Hex(internal::VariantData::Fingerprint(), absl::kZeroPad16));
  const std::string have_vfp = meta.value("/variant_data/fingerprint"_json_pointer, std::string());
  if (have_vfp != want_vfp) {
    return absl::FailedPreconditionError(absl::StrCat(
        Av(name), ": built with other variant tables (",
        meta.value("/variant_data/source"_json_pointer, std::string("unknown")), ", fingerprint ", have_vfp,
        ") than this lanjie (", internal::VariantData::Source(), ", ", want_vfp,
        "); recompile the list with 'lanjie compile'"));
  }
  return absl::OkStatus();
}

// Reads the META section (JSON) into d's options and descriptive fields.
absl::Status ReadMeta(std::string_view text, std::string_view name, CompiledData& d) {
  nlohmann::json meta = nlohmann::json::parse(text, nullptr, false);
  if (meta.is_discarded() || !meta.is_object()) return Corrupt(name, "metadata is not JSON");
  if (absl::Status st = CheckDataFingerprints(meta, name); !st.ok()) return st;
  auto vopts = ParseVariantOptions(meta.value("variants", std::string("none")));
  if (!vopts.ok()) return Corrupt(name, Sv(vopts.status().message()));
  d.variants = *vopts;
  d.max_variant_length = meta.value("max_variant_length", 0u);
  auto opts = ParseOptions(meta.value("normalizer", std::string()));
  if (!opts.ok()) return Corrupt(name, Sv(opts.status().message()));
  d.normalizer = *opts;
  d.name = meta.value("name", "");
  d.created = meta.value("created", "");
  d.lanjie_version = meta.value("lanjie_version", "");
  d.list_version = meta.value("list_version", "");
  d.list_hash = meta.value("list_hash", "");
  d.portable = meta.value("portable", false);
  d.max_literal_length = meta.value("max_literal_length", 0u);
  d.max_allow_length = meta.value("max_allow_length", 0u);
  return absl::OkStatus();
}

// The entry table of section 1 (not yet checked against anything else).
// With `keep` (LoadOptions::read_in_place), read in place.
absl::StatusOr<EntryTable> ReadEntries(const Sections& s, const std::shared_ptr<const void>& keep) {
  return keep != nullptr ? EntryTable::FromKeptBytes(s.sec[1], keep) : EntryTable::FromBytes(std::string(s.sec[1]));
}

// Takes the entry table (from ReadEntries) and reads the literal/regex
// pattern, clause and rule tables (in place when `keep`, the bytes' owner,
// is set: ViewPods); checks every pattern's target index.
absl::Status ReadPatternTables(const Sections& s, std::string_view name, absl::StatusOr<EntryTable> entries,
                               const std::shared_ptr<const void>& keep, CompiledData& d) {
  if (!entries.ok()) return Corrupt(name, Sv(entries.status().message()));
  d.entries = *std::move(entries);
  if (!ViewPods(s.sec[2], keep, &d.literal_patterns) || !ViewPods(s.sec[3], keep, &d.regex_patterns) ||
      !ViewPods(s.sec[4], keep, &d.clauses) || !ViewPods(s.sec[5], keep, &d.rules) ||
      !ViewPods(s.sec[11], keep, &d.dense_lengths) || d.dense_lengths.size() != d.literal_patterns.size())
    return Corrupt(name, "pattern tables");
  // Every index a scan will follow must be in range.
  for (const auto* table : {&d.literal_patterns, &d.regex_patterns})
    for (const internal::PatternInfo& p : *table) {
      const size_t limit = p.role == internal::PatternRole::kTerm ? d.clauses.size() : d.entries.size();
      if (p.target >= limit || static_cast<uint8_t>(p.role) > 2 || p.via >= internal::kViaCount ||
          p.whole_word > internal::kDigitEdges)
        return Corrupt(name, "pattern table index");
    }
  // A literal's length says where its match starts, and the stream keeps
  // max_literal_length bytes for the matches to come (ReadMeta came first).
  for (const internal::PatternInfo& p : d.literal_patterns)
    if (p.length == 0 || p.length > d.max_literal_length) return Corrupt(name, "literal pattern length");
  return absl::OkStatus();
}

// Reads the variant tables, checks their ranges and order, reads the
// variant index (builds it for an artifact without one) and, the first
// time, the walk's shared tables (VariantData: only artifacts with variant
// patterns pay for them). In place when `keep` is set, as ReadPatternTables.
// Call after ReadMeta and ReadPatternTables.
absl::Status ReadVariantTables(const Sections& s, std::string_view name, const std::shared_ptr<const void>& keep,
                               CompiledData& d) {
  if (!ViewPods(s.sec[12], keep, &d.variant_patterns) || !ViewPods(s.sec[13], keep, &d.variant_syllables) ||
      !ViewPods(s.sec[14], keep, &d.variant_chars) || d.variant_syllables.size() != d.variant_chars.size() ||
      !ViewPods(s.sec[15], keep, &d.variant_prefix_order) ||
      d.variant_prefix_order.size() != d.variant_patterns.size())
    return Corrupt(name, "variant tables");
  const uint32_t syllables = internal::VariantData::syllable_count();
  for (uint16_t syl : d.variant_syllables)
    if (syl == 0 || syl >= syllables) return Corrupt(name, "variant syllable out of range");
  // Sorted by (second-to-last, last, third-to-last or 0) syllable: the
  // index's ranges and Match's search within them rely on it.
  uint64_t last = 0;
  for (const internal::VariantPattern& p : d.variant_patterns) {
    if (p.entry >= d.entries.size() || p.length < 2 || p.length > d.max_variant_length ||
        uint64_t{p.offset} + p.length > d.variant_syllables.size())
      return Corrupt(name, "variant pattern table");
    const uint16_t* syl = d.variant_syllables.data() + p.offset + p.length - 2;
    const uint64_t key = uint64_t{syl[0]} << 32 | uint64_t{syl[1]} << 16 | (p.length >= 3 ? syl[-1] : 0);
    if (key < last) return Corrupt(name, "variant pattern order");
    last = key;
  }
  for (uint32_t i : d.variant_prefix_order)
    if (i >= d.variant_patterns.size()) return Corrupt(name, "variant prefix order");
  if (d.variant_patterns.empty()) {
    if (s.present[kVarIdxSection]) return Corrupt(name, "variant index without variant patterns");
  } else if (s.present[kVarIdxSection]) {
    absl::Status st = d.variant_index.Deserialize(s.sec[kVarIdxSection], d.variant_patterns.size());
    // An index of another layout (an older lanjie's) is rebuilt from the patterns.
    if (absl::IsFailedPrecondition(st)) {
      d.variant_index.Build(d.variant_patterns, d.variant_syllables, d.variant_chars);
    } else if (!st.ok()) {
      return Corrupt(name, Sv(st.message()));
    }
  } else {
    d.variant_index.Build(d.variant_patterns, d.variant_syllables, d.variant_chars);
  }
  return absl::OkStatus();
}

// Reads the side matcher's keywords (format 6 has them, format 5 has not)
// and builds its tables; every keyword must name a literal of its dense
// length. Call after ReadPatternTables.
absl::Status ReadSideTable(const Sections& s, std::string_view name, CompiledData& d) {
  const bool want = s.format >= kArtifactFormatVersion;
  if (s.present[kSideSection] != want)
    return Corrupt(name, want ? "format 6 without its side matcher section" : "side matcher section in a format-5 file");
  if (!want) return absl::OkStatus();
  std::vector<internal::SideKeyword> keywords;
  if (!ReadPods(s.sec[kSideSection], &keywords) || keywords.empty()) return Corrupt(name, "side matcher table size");
  for (const internal::SideKeyword& k : keywords)
    if (k.id >= d.dense_lengths.size() || d.dense_lengths[k.id] != k.length)
      return Corrupt(name, "side matcher keyword names no literal of its length");
  if (absl::Status st = d.side.Build(std::move(keywords)); !st.ok())
    return Corrupt(name, absl::StrCat("side matcher table: ", st.message()));
  return absl::OkStatus();
}

absl::Status CheckRuleIndexes(std::string_view name, const CompiledData& d) {
  for (const internal::ClauseInfo& c : d.clauses)
    if (c.rule >= d.rules.size()) return Corrupt(name, "clause table index");
  for (const internal::RuleInfo& r : d.rules)
    if (r.entry >= d.entries.size() || r.first_clause + uint64_t{r.clause_count} > d.clauses.size())
      return Corrupt(name, "rule table index");
  return absl::OkStatus();
}

// The Hyperscan databases in the order a load checks them: sections 7-10
// (sec[6], format 4's block-mode literal database, is not read: format 5
// has none). kDenseDb is the one ScanLines' block pass scans with; the
// stream databases may be deferred (LoadOptions::read_in_place).
constexpr int kDatabases = 4;
constexpr int kLitStreamDb = 0, kReStreamDb = 2, kDenseDb = 3;
const char* const kDbWhat[kDatabases] = {"literal stream", "regex block", "regex stream", "literal prefilter"};

// Whether a load reads in place (LoadOptions::read_in_place): defers the
// stream databases and views the entry table; `keep` (null when off) owns
// the bytes the sections view.
struct Deferral {
  bool on = false;
  std::shared_ptr<const void> keep;
};

// A load's databases before CompiledData takes them: each deserialized,
// or (deferred) checked, with its header's platform word, or failed.
struct DbSlots {
  absl::StatusOr<HsDatabase> db[kDatabases];
  bool deferred[kDatabases] = {};
  uint64_t platform[kDatabases] = {};  // of a deferred slot
};

// Slot i: deserialized, or only checked when it is a stream database that
// `defer` defers. False when it fails (its error is in the slot).
bool ReadSlot(const Sections& s, std::string_view name, int i, const Deferral& defer, DbSlots& slots) {
  const std::string_view bytes = s.sec[7 + i];
  if (defer.on && (i == kLitStreamDb || i == kReStreamDb) && !bytes.empty() && internal::HsBytecodeCrcAvailable()) {
    absl::StatusOr<uint64_t> platform = internal::CheckSerializedDb(bytes, name, kDbWhat[i]);
    if (!platform.ok()) {
      slots.db[i] = platform.status();
      return false;
    }
    slots.db[i] = HsDatabase();
    slots.deferred[i] = true;
    slots.platform[i] = *platform;
    return true;
  }
  slots.db[i] = internal::DeserializeDb(bytes, name, kDbWhat[i]);
  return slots.db[i].ok();
}

// Hyperscan's platform check is not public: a deferred database stays
// deferred only when its platform word is that of a database this load
// deserialized (the same artifact compiles all of them for one platform);
// else it is deserialized now. So a load accepts and refuses the files it
// does without deferring, with the same errors.
void SettleDeferred(const Sections& s, std::string_view name, DbSlots& slots) {
  const uint64_t* accepted = nullptr;
  uint64_t platform = 0;
  for (int i = 0; i < kDatabases && accepted == nullptr; ++i)
    if (!slots.deferred[i] && slots.db[i].ok() && *slots.db[i] != nullptr)
      accepted = &(platform = internal::SerializedPlatform(s.sec[7 + i]));
  for (int i = 0; i < kDatabases; ++i)
    if (slots.deferred[i] && (accepted == nullptr || slots.platform[i] != *accepted)) {
      slots.deferred[i] = false;
      slots.db[i] = internal::DeserializeDb(s.sec[7 + i], name, kDbWhat[i]);
    }
}

// Takes the slots (the first error in order is returned; later slots are
// not looked at); each database must exist exactly when its pattern table
// is non-empty. Call after SettleDeferred.
absl::Status TakeDatabases(const Sections& s, std::string_view name, DbSlots& slots, const Deferral& defer,
                           CompiledData& d) {
  for (int i = 0; i < kDatabases; ++i)
    if (!slots.db[i].ok()) return slots.db[i].status();
  for (int i : {kLitStreamDb, kReStreamDb}) {
    internal::LazyDatabase& lazy = i == kLitStreamDb ? d.literal_stream : d.regex_stream;
    if (slots.deferred[i]) {
      lazy.Defer(s.sec[7 + i], defer.keep, std::string(name), kDbWhat[i]);
    } else {
      lazy.Set(*std::move(slots.db[i]));
    }
  }
  d.regex_block = *std::move(slots.db[1]);
  d.literal_dense = *std::move(slots.db[kDenseDb]);
  if ((d.regex_patterns.empty() != !d.regex_block) ||
      (d.literal_patterns.empty() != !d.literal_stream.present()) ||
      (d.regex_patterns.empty() != !d.regex_stream.present()) ||
      ((d.literal_patterns.size() == d.side.size()) != !d.literal_dense))
    return Corrupt(name, "databases do not match the pattern tables");
  return absl::OkStatus();
}

// Reads the databases in order, up to the first that fails.
absl::Status ReadDatabases(const Sections& s, std::string_view name, const Deferral& defer, CompiledData& d) {
  DbSlots slots;
  for (int i = 0; i < kDatabases; ++i)
    if (!ReadSlot(s, name, i, defer, slots)) break;
  SettleDeferred(s, name, slots);
  return TakeDatabases(s, name, slots, defer, d);
}

// What a load reads besides the databases, in the one-thread order: after
// the envelope and the section table. `keep`: the owner of the bytes the
// sections view when the load reads in place (the entry table and the
// other tables are then views), else null (they are copied).
absl::Status ReadTables(const Sections& sections, std::string_view name, const std::shared_ptr<const void>& keep,
                        CompiledData& d) {
  if (absl::Status st = ReadMeta(sections.sec[0], name, d); !st.ok()) return st;
  if (absl::Status st = ReadPatternTables(sections, name, ReadEntries(sections, keep), keep, d); !st.ok()) return st;
  if (absl::Status st = ReadVariantTables(sections, name, keep, d); !st.ok()) return st;
  if (absl::Status st = ReadSideTable(sections, name, d); !st.ok()) return st;
  return CheckRuleIndexes(name, d);
}

// The share of a load that LoadOptions::threads >= 2 gives a helper thread:
// the dense literal database (the largest that a scan of lines needs) and
// a Hyperscan scratch for it, which the calling thread grows for the other
// databases and keeps as the artifact's scratch prototype.
struct HelperShare {
  absl::StatusOr<HsDatabase> dense;
  hs_scratch_t* scratch = nullptr;  // for `dense`; null when none was made

  void Run(const Sections& sections, std::string_view name) {
    dense = internal::DeserializeDb(sections.sec[7 + kDenseDb], name, kDbWhat[kDenseDb]);
    if (dense.ok() && *dense && hs_alloc_scratch(dense->get(), &scratch) != HS_SUCCESS) scratch = nullptr;
  }
  ~HelperShare() {
    if (scratch) hs_free_scratch(scratch);
  }
};

// Grows `share`'s scratch for d's other databases and makes it d's scratch
// prototype (what internal::AllocScratch would make on first use: the same
// scratch, as hs_alloc_scratch grows one scratch for every database it is
// given). On any Hyperscan failure the prototype is left to AllocScratch,
// which reports it.
void AdoptScratch(HelperShare& share, const CompiledData& d) {
  if (share.scratch == nullptr) return;
  for (hs_database_t* db : {d.literal_stream.loaded(), d.regex_block.get(), d.regex_stream.loaded()}) {
    if (db != nullptr && hs_alloc_scratch(db, &share.scratch) != HS_SUCCESS) return;  // *scratch freed or kept by hs
  }
  internal::ScratchPrototype::State& proto = d.scratch_prototype.state();
  absl::MutexLock lock(&proto.mu);
  if (proto.scratch != nullptr) return;
  std::swap(proto.scratch, share.scratch);
  proto.streams = internal::StreamDatabasesLoaded(d);
}

// The load's reading on two threads (LoadOptions::threads >= 2): a helper
// thread takes HelperShare while this one reads (or checks) the other
// databases, the entry table and the other tables and verifies the
// checksum; then every result is checked in the one-thread order, the
// checksum first, so a file gives the same error either way. Before the
// checksum is known only bounds-checked readers touch the bytes (the
// tables' readers check every index, as they must for a resealed file;
// Hyperscan's header checks; sizes bounded by the section's). If no thread
// can be started, this one does the helper's share after its own.
absl::Status ReadWithHelper(std::string_view bytes, const Sections& sections, std::string_view name,
                            const Deferral& defer, CompiledData& d) {
  HelperShare share;
  std::thread helper;
  try {
    helper = std::thread([&share, &sections, name] { share.Run(sections, name); });
  } catch (const std::system_error&) {
  }
  DbSlots slots;
  for (int i = 0; i < kDatabases; ++i)
    if (i != kDenseDb && !ReadSlot(sections, name, i, defer, slots)) break;
  const bool checksum_ok = ChecksumMatches(bytes);
  const absl::Status tables =
      checksum_ok ? ReadTables(sections, name, defer.keep, d) : absl::OkStatus();
  if (helper.joinable()) {
    helper.join();
  } else {
    share.Run(sections, name);
  }
  if (!checksum_ok) return ChecksumMismatch(name);
  if (!tables.ok()) return tables;
  slots.db[kDenseDb] = std::move(share.dense);
  SettleDeferred(sections, name, slots);
  if (absl::Status st = TakeDatabases(sections, name, slots, defer, d); !st.ok()) return st;
  AdoptScratch(share, d);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::Load(const std::string& path) {
  return Load(path, LoadOptions());
}

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::Load(const std::string& path, const LoadOptions& options) {
  auto file = std::make_shared<FileMapping>();
  if (auto st = file->Map(path); !st.ok()) return st;
  // Deferred databases read the mapping later: it then lives as long as they do.
  return FromKeptBytes(file->view(), path, options, file);
}

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::FromBytes(std::string_view bytes, std::string_view name) {
  return FromBytes(bytes, name, LoadOptions());
}

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::FromBytes(std::string_view bytes, std::string_view name,
                                                                    const LoadOptions& options) {
  return FromKeptBytes(bytes, name, options, nullptr);
}

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::FromKeptBytes(std::string_view bytes, std::string_view name,
                                                                        const LoadOptions& options,
                                                                        std::shared_ptr<const void> keep) {
  const bool in_place = options.read_in_place && internal::HsBytecodeCrcAvailable();
  Deferral defer{in_place, in_place ? std::move(keep) : nullptr};
  if (defer.on && defer.keep == nullptr) {  // the caller's bytes may not outlive the artifact
    auto copy = std::make_shared<const std::string>(bytes);
    bytes = *copy;
    defer.keep = std::move(copy);
  }
  uint64_t payload_size = 0;
  Sections sections;
  if (absl::Status st = CheckHeader(bytes, name, &payload_size, &sections.format); !st.ok()) return st;
  std::shared_ptr<Artifact> artifact(new Artifact());
  CompiledData& d = *artifact->data_;
  const absl::Status table = ReadSectionTable(bytes.substr(kHeaderSize, payload_size), name, &sections);
  if (options.threads >= 2 && table.ok()) {
    if (absl::Status st = ReadWithHelper(bytes, sections, name, defer, d); !st.ok()) return st;
  } else {
    if (!ChecksumMatches(bytes)) return ChecksumMismatch(name);
    if (!table.ok()) return table;
    if (absl::Status st = ReadTables(sections, name, defer.keep, d); !st.ok()) return st;
    if (absl::Status st = ReadDatabases(sections, name, defer, d); !st.ok()) return st;
  }
  auto fold = FoldTable::Shared(d.normalizer);
  if (!fold.ok()) return fold.status();
  d.fold = *fold;
  return std::shared_ptr<const Artifact>(std::move(artifact));
}

}  // namespace lanjie
