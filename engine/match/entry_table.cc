// Packed entry table. Layout of bytes_ (little-endian, unaligned):
//   u32 count, u32 source_count,
//   source_count x (u32 size, bytes),
//   count x record: u32 keyword_size, u32 normalized_size, u32 note_size,
//                   u32 source_id, u32 line, u8 risk_size, u8 kind,
//                   u8 action, u8 whole_word,
//                   then keyword, normalized, risk and note bytes, each
//                   followed by a NUL byte.
// Every string (source names too) is followed by a NUL, so views into the
// table can be handed to C as NUL-terminated strings. FromBytes checks every
// size and terminator once, so operator[] reads without bounds checks.
#include <cstring>
#include <limits>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "lanjie/match/artifact.h"

namespace lanjie {
namespace {

constexpr size_t kRecordHeader = 24;

struct RecordHeader {
  uint32_t keyword_size, normalized_size, note_size, source_id, line;
  uint8_t risk_size, kind, action, whole_word;
};
static_assert(sizeof(RecordHeader) == kRecordHeader, "record header is read byte for byte");

void PutU32(std::string* out, uint32_t v) { out->append(reinterpret_cast<const char*>(&v), 4); }

uint32_t GetU32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

}  // namespace

CompiledEntry EntryTable::operator[](size_t index) const {
  const char* p = bytes_.data() + offsets_[index];
  RecordHeader h;
  std::memcpy(&h, p, kRecordHeader);
  p += kRecordHeader;
  CompiledEntry e;
  e.keyword = std::string_view(p, h.keyword_size);
  p += h.keyword_size + 1;
  e.normalized = std::string_view(p, h.normalized_size);
  p += h.normalized_size + 1;
  e.risk = std::string_view(p, h.risk_size);
  p += h.risk_size + 1;
  e.note = std::string_view(p, h.note_size);
  const Span source = sources_[h.source_id];
  e.source = std::string_view(bytes_.data() + source.offset, source.size);
  e.line = h.line;
  e.kind = static_cast<EntryKind>(h.kind);
  e.action = static_cast<Action>(h.action);
  e.whole_word = h.whole_word != 0;
  return e;
}

Entry ToSourceEntry(const CompiledEntry& compiled) {
  Entry e;
  e.keyword = compiled.keyword;
  e.risk = compiled.risk;
  e.kind = compiled.kind;
  e.action = compiled.action;
  if (compiled.kind == EntryKind::kLiteral && WholeWord(WordMode::kAuto, compiled.normalized) != compiled.whole_word)
    e.match = compiled.whole_word ? WordMode::kWord : WordMode::kSubstring;
  e.note = compiled.note;
  e.source = compiled.source;
  e.line = compiled.line;
  return e;
}

absl::StatusOr<EntryTable> EntryTable::FromBytes(std::string bytes) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  const std::string_view view = *owned;
  return FromKeptBytes(view, std::move(owned));
}

absl::StatusOr<EntryTable> EntryTable::FromKeptBytes(std::string_view bytes, std::shared_ptr<const void> keep) {
  const auto bad = [](std::string_view why) {
    return absl::DataLossError(absl::StrCat("entry table: ", Av(why)));
  };
  if (bytes.size() > std::numeric_limits<uint32_t>::max()) return bad("over 4 GiB");
  if (bytes.size() < 8) return bad("truncated header");
  EntryTable t;
  const char* data = bytes.data();
  const uint64_t size = bytes.size();
  const uint32_t count = GetU32(data);
  const uint32_t source_count = GetU32(data + 4);
  uint64_t pos = 8;
  // Each source takes >= 4 bytes and each record >= kRecordHeader: reject
  // absurd counts before reserving memory for them.
  if (source_count > (size - pos) / 4) return bad("source count");
  t.sources_.reserve(source_count);
  for (uint32_t i = 0; i < source_count; ++i) {
    if (size - pos < 4) return bad("truncated source table");
    const uint32_t n = GetU32(data + pos);
    pos += 4;
    if (n >= size - pos || data[pos + n] != '\0') return bad("truncated source name");
    t.sources_.push_back({static_cast<uint32_t>(pos), n});
    pos += n + 1;
  }
  if (count > (size - pos) / kRecordHeader) return bad("entry count");
  t.offsets_.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    if (size - pos < kRecordHeader) return bad(absl::StrCat("entry ", i, " truncated"));
    RecordHeader h;
    std::memcpy(&h, data + pos, kRecordHeader);
    const uint64_t body = uint64_t{h.keyword_size} + h.normalized_size + h.risk_size + h.note_size + 4;
    if (body > size - pos - kRecordHeader) return bad(absl::StrCat("entry ", i, " truncated"));
    const uint64_t ends[4] = {uint64_t{h.keyword_size}, uint64_t{h.normalized_size} + 1, uint64_t{h.risk_size} + 1,
                              uint64_t{h.note_size} + 1};
    uint64_t at = pos + kRecordHeader;
    for (uint64_t n : ends) {
      at += n;
      if (data[at] != '\0') return bad(absl::StrCat("entry ", i, " has an unterminated string"));
    }
    if (h.source_id >= source_count || h.kind > 2 || h.action > 3 || h.whole_word > 1)
      return bad(absl::StrCat("entry ", i, " has a value out of range"));
    t.offsets_.push_back(static_cast<uint32_t>(pos));
    pos += kRecordHeader + body;
  }
  if (pos != size) return bad("trailing bytes");
  t.bytes_ = bytes;
  t.keep_ = std::move(keep);
  return t;
}

void EntryTable::Builder::Add(const CompiledEntry e) {
  auto [it, inserted] = source_ids_.try_emplace(std::string(e.source), static_cast<uint32_t>(sources_.size()));
  if (inserted) sources_.emplace_back(e.source);
  constexpr uint64_t kMax = std::numeric_limits<uint32_t>::max();
  if (e.keyword.size() > kMax || e.normalized.size() > kMax || e.note.size() > kMax || e.risk.size() > 255) {
    too_long_ = true;
    return;
  }
  RecordHeader h{static_cast<uint32_t>(e.keyword.size()),
                 static_cast<uint32_t>(e.normalized.size()),
                 static_cast<uint32_t>(e.note.size()),
                 it->second,
                 e.line,
                 static_cast<uint8_t>(e.risk.size()),
                 static_cast<uint8_t>(e.kind),
                 static_cast<uint8_t>(e.action),
                 static_cast<uint8_t>(e.whole_word ? 1 : 0)};
  records_.append(reinterpret_cast<const char*>(&h), kRecordHeader);
  for (std::string_view field : {e.keyword, e.normalized, e.risk, e.note}) {
    records_ += field;
    records_.push_back('\0');
  }
  ++count_;
}

absl::StatusOr<EntryTable> EntryTable::Builder::Build() && {
  if (too_long_) return absl::InvalidArgumentError("an entry is too long for the artifact format");
  std::string bytes;
  size_t names = 0;
  for (const std::string& s : sources_) names += 5 + s.size();
  bytes.reserve(8 + names + records_.size());
  PutU32(&bytes, count_);
  PutU32(&bytes, static_cast<uint32_t>(sources_.size()));
  for (const std::string& s : sources_) {
    PutU32(&bytes, static_cast<uint32_t>(s.size()));
    bytes += s;
    bytes.push_back('\0');
  }
  bytes += records_;
  records_.clear();
  return FromBytes(std::move(bytes));
}

}  // namespace lanjie
