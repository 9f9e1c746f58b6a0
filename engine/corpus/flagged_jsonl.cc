// See lanjie/corpus/flagged_jsonl.h.
#include "lanjie/corpus/flagged_jsonl.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/common/json_string.h"

namespace lanjie::corpus {

FlaggedJsonlWriter::FlaggedJsonlWriter(std::string path, size_t spill_bytes)
    : path_(std::move(path)), spill_bytes_(std::max<size_t>(spill_bytes, 1)) {}

FlaggedJsonlWriter::~FlaggedJsonlWriter() {
  if (file_ != nullptr) std::fclose(file_);
  if (!tmp_.empty() && !committed_) std::remove(tmp_.c_str());
}

absl::Status FlaggedJsonlWriter::OnRecord(const FlaggedRecord& r) {
  if (!error_.ok()) return error_;
  std::string_view verdict = r.failed ? std::string_view("\"不合格\"}\n") : std::string_view("\"合格\"}\n");
  Put("{\"hits\":[");
  for (size_t i = 0; i < r.hits.size(); ++i) {
    const RecordHit& h = r.hits[i];
    if (!r.failed && h.action == "review") verdict = "\"待复核\"}\n";
    if (i > 0) Put(",");
    const Entry& e = EntryOf(h);
    Put("{\"action\":");
    Put(e.action);
    Put(",\"end\":");
    PutInt(h.end);
    if (!h.field.empty()) {
      if (h.field != field_) {
        field_.assign(h.field);
        field_json_ = ",\"field\":";
        AppendJson(h.field, &field_json_);
      }
      Put(field_json_);
    }
    Put(e.keyword_risk);
    Put(",\"start\":");
    PutInt(h.start);
    Put(",\"text\":");
    if (h.text == h.keyword) {
      Put(std::string_view(e.keyword_risk).substr(e.keyword_begin, e.keyword_len));
    } else {
      PutJson(h.text);
    }
    if (!h.via.empty()) {
      Put(",\"via\":");
      PutJson(h.via);
    }
    Put("}");
  }
  if (r.path != source_) {
    source_.assign(r.path);
    source_plain_ = NeedsNoEscape(r.path);
    source_json_ = ",\"source\":";
    AppendJson(r.path, &source_json_);
    source_json_ += ",\"verdict\":";
  }
  Put("],\"id\":");
  PutId(r.id);
  Put(",\"offset\":");
  PutInt(r.offset);
  Put(source_json_);
  Put(verdict);
  max_len_ = std::max(max_len_, len_);
  if (len_ >= spill_bytes_) return Spill();
  return absl::OkStatus();
}

absl::Status FlaggedJsonlWriter::Spill() {
  if (file_ == nullptr) {
    tmp_ = TempPathFor(path_);
    file_ = std::fopen(tmp_.c_str(), "wb");
    if (file_ == nullptr) {
      error_ = absl::InternalError(absl::StrCat(tmp_, ": cannot create: ", std::strerror(errno)));
      tmp_.clear();
      return error_;
    }
  }
  if (len_ > 0 && std::fwrite(buf_.get(), 1, len_, file_) != len_) {
    error_ = absl::InternalError(absl::StrCat(tmp_, ": write failed: ", std::strerror(errno)));
    return error_;
  }
  spilled_ += static_cast<int64_t>(len_);
  len_ = 0;
  return absl::OkStatus();
}

absl::Status FlaggedJsonlWriter::Commit() {
  if (!error_.ok()) return error_;
  if (committed_) return absl::FailedPreconditionError(absl::StrCat(path_, ": already committed"));
  if (file_ == nullptr) {
    absl::Status s = WriteFileAtomically(path_, std::string_view(buf_.get(), len_));
    committed_ = s.ok();
    return s;
  }
  if (absl::Status s = Spill(); !s.ok()) return s;
  if (absl::Status s = CloseTemporary(); !s.ok()) return s;
  absl::Status s = CommitFileAtomically(tmp_, path_);  // removes tmp_ on failure
  committed_ = true;  // tmp_ is renamed or removed either way
  return s;
}

absl::Status FlaggedJsonlWriter::CommitWithTrailer(std::string_view trailer) {
  if (absl::Status s = WriteTrailerAndClose(trailer); !s.ok()) return s;
  absl::Status s = CommitFileDataAtomically(tmp_, path_);  // removes tmp_ on failure
  committed_ = true;
  return s;
}

absl::StatusOr<std::string> FlaggedJsonlWriter::CloseWithTrailer(std::string_view trailer) {
  if (absl::Status s = WriteTrailerAndClose(trailer); !s.ok()) return s;
  committed_ = true;  // handed over: the destructor leaves tmp_ alone
  return tmp_;
}

absl::Status FlaggedJsonlWriter::WriteTrailerAndClose(std::string_view trailer) {
  if (!error_.ok()) return error_;
  if (committed_) return absl::FailedPreconditionError(absl::StrCat(path_, ": already committed"));
  // Everything through the temporary file (opened now if nothing spilled).
  if (absl::Status s = Spill(); !s.ok()) return s;
  if (!trailer.empty() && std::fwrite(trailer.data(), 1, trailer.size(), file_) != trailer.size()) {
    error_ = absl::InternalError(absl::StrCat(tmp_, ": write failed: ", std::strerror(errno)));
    return error_;
  }
  return CloseTemporary();
}

absl::Status FlaggedJsonlWriter::CloseTemporary() {
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) error_ = absl::InternalError(absl::StrCat(tmp_, ": write failed: ", std::strerror(errno)));
  return error_;
}

const FlaggedJsonlWriter::Entry& FlaggedJsonlWriter::EntryOf(const RecordHit& h) {
  const Key key{h.action.data(), h.keyword.data(), h.risk.data(), h.action.size(), h.keyword.size(), h.risk.size()};
  auto [it, added] = entries_.try_emplace(key);
  Entry& e = it->second;
  if (added) {
    AppendJson(h.action, &e.action);
    e.keyword_risk = ",\"keyword\":";
    e.keyword_begin = e.keyword_risk.size();
    AppendJson(h.keyword, &e.keyword_risk);
    e.keyword_len = e.keyword_risk.size() - e.keyword_begin;
    e.keyword_risk += ",\"risk\":";
    AppendJson(h.risk, &e.keyword_risk);
  }
  return e;
}

bool FlaggedJsonlWriter::NeedsNoEscape(std::string_view s) {
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b >= 0x7f || b == '"' || b == '\\') return false;
  }
  return true;
}

// AppendJsonString, with printable ASCII free of '"' and '\\' copied as is.
void FlaggedJsonlWriter::AppendJson(std::string_view s, std::string* to) {
  if (!NeedsNoEscape(s)) {
    AppendJsonString(s, to);
    return;
  }
  to->push_back('"');
  to->append(s);
  to->push_back('"');
}

// The first Grow takes room for spill_bytes_ (up to 16 MiB) and a line at
// once: a buffer that doubled from 4 KiB copied each of its sizes again (as
// much again as the lines held: 0.1-0.3 instructions a byte of a poetry
// audit) and touched fresh pages for each copy. Pages not written are not
// touched, so a shard with few flagged records costs no more memory.
void FlaggedJsonlWriter::Grow(size_t n) {
  cap_ = std::max({2 * cap_, len_ + n + 4096, std::min(spill_bytes_, size_t{16} << 20) + 4096});
  std::unique_ptr<char[]> grown(new char[cap_]);  // not zeroed
  if (len_ > 0) std::memcpy(grown.get(), buf_.get(), len_);
  buf_ = std::move(grown);
}

// Printable ASCII free of '"' and '\\' (ids such as "PATH:OFFSET") goes
// straight into the buffer between quotes; anything else is escaped by
// AppendJsonString into scratch_ first. The same bytes either way.
void FlaggedJsonlWriter::PutJson(std::string_view s) {
  if (!NeedsNoEscape(s)) {
    scratch_.clear();
    AppendJsonString(s, &scratch_);
    Put(scratch_);
    return;
  }
  PutQuoted(s);
}

void FlaggedJsonlWriter::PutQuoted(std::string_view s) {
  char* at = Room(s.size() + 2);
  at[0] = '"';
  if (!s.empty()) std::memcpy(at + 1, s.data(), s.size());
  at[s.size() + 1] = '"';
}

// An id that starts with the record's source path (the audit's PATH:INDEX
// ids) is checked for escapes past the path only when the path needs none
// (known since the path was last seen): PutJson's bytes, without reading the
// path's characters again for every flagged record.
void FlaggedJsonlWriter::PutId(std::string_view id) {
  if (source_plain_ && id.size() >= source_.size() && id.compare(0, source_.size(), source_) == 0 &&
      NeedsNoEscape(id.substr(source_.size()))) {
    PutQuoted(id);
    return;
  }
  PutJson(id);
}

void FlaggedJsonlWriter::PutInt(int64_t v) {
  char* at = Room(24);
  const std::to_chars_result r = std::to_chars(at, at + 24, v);
  len_ -= 24 - static_cast<size_t>(r.ptr - at);
}

}  // namespace lanjie::corpus
