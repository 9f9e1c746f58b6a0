// flagged.jsonl: one line per flagged record of a shard, written to a file
// with bounded memory. A line is canonical compact JSON with sorted keys:
//   {"hits":[{"action":A,"end":E[,"field":F],"keyword":K,"risk":R,"start":S,
//    "text":T[,"via":V]},...],"id":ID,"offset":O,"source":PATH,"verdict":V}
// with V 不合格 (a block hit), 待复核 (a review hit, no block hit) or 合格.
// Strings are escaped as AppendJsonString escapes them.
//
// The lines are built in a buffer without a JSON DOM (this is on the
// audit's per-record path); what repeats is escaped once: an entry's action,
// keyword and risk (cached by their views, which point into the artifact:
// see RecordHit), the field name and the source path (the last one kept),
// and a hit's text that equals its keyword.
//
// Memory: once the buffer holds spill_bytes, it is appended to a temporary
// file beside the target, so a shard with many flagged records holds at most
// spill_bytes plus one line (the buffer is allocated for that at the first
// line, up to 16 MiB, and grows only for a longer line). Commit writes the rest and renames the
// temporary file over the target (CommitFileAtomically: a crash leaves the
// old target or the new one, never half of either); a writer destroyed
// without a successful Commit removes its temporary file and leaves the
// target untouched. With nothing spilled, Commit is WriteFileAtomically.
//
// Thread safety: one object per thread (it is one shard's HitSink). Call
// order: OnRecord any number of times, then Commit once. Cost: one pass over
// the bytes written (strings escaped unless cached), one file write per
// spill_bytes. Errors: OnRecord returns InternalError naming the temporary
// file and errno's text when it cannot be created or written; Commit returns
// that error, or WriteFileAtomically's / CommitFileAtomically's (naming the
// target). After an error nothing is committed and the target is untouched.
#ifndef LANJIE_CORPUS_FLAGGED_JSONL_H_
#define LANJIE_CORPUS_FLAGGED_JSONL_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/corpus/audit.h"

namespace lanjie::corpus {

class LANJIE_EXPORT FlaggedJsonlWriter : public HitSink {
 public:
  static constexpr size_t kDefaultSpillBytes = size_t{1} << 20;

  // Writes to `path` at Commit; buffers at most spill_bytes (>= 1) before
  // appending to the temporary file.
  explicit FlaggedJsonlWriter(std::string path, size_t spill_bytes = kDefaultSpillBytes);
  ~FlaggedJsonlWriter() override;
  FlaggedJsonlWriter(const FlaggedJsonlWriter&) = delete;
  FlaggedJsonlWriter& operator=(const FlaggedJsonlWriter&) = delete;

  // Appends the record's line; spills the buffer once it holds spill_bytes.
  absl::Status OnRecord(const FlaggedRecord& record) override;
  // Makes the target hold every line written (see above). Once only.
  absl::Status Commit();
  // Commit, but `trailer` is written after the lines and the target is
  // replaced with one fsync (CommitFileDataAtomically: no directory fsync,
  // so after a power loss the target may be missing). For the audit's
  // per-shard state record (lanjie/corpus/shard_state.h). Once only,
  // instead of Commit.
  absl::Status CommitWithTrailer(std::string_view trailer);
  // CommitWithTrailer without its last step: the lines and `trailer` are
  // written to the temporary file, which is closed (not fsynced) and
  // handed over: returns its name (beside path()), which the caller
  // commits (CommitFileDataAtomically(tmp, path())) or removes; the writer
  // no longer removes it. For a caller that commits on another thread
  // (the audit's shard records: the worker does not wait for the disk).
  // Once only, instead of Commit. Errors: as CommitWithTrailer's (then no
  // temporary file is left).
  absl::StatusOr<std::string> CloseWithTrailer(std::string_view trailer);
  const std::string& path() const { return path_; }

  // Bytes buffered now, and the most ever buffered (for tests and memory figures).
  size_t buffered_bytes() const { return len_; }
  size_t max_buffered_bytes() const { return max_len_; }
  // Lines' bytes written so far, buffered or spilled.
  int64_t bytes_written() const { return spilled_ + static_cast<int64_t>(len_); }

 private:
  // An entry's escaped strings: the action ("\"block\"") and
  // ",\"keyword\":K,\"risk\":R", K at [keyword_begin, +keyword_len).
  struct Entry {
    std::string action, keyword_risk;
    size_t keyword_begin = 0, keyword_len = 0;
  };
  // An entry by the identity of its views into the artifact.
  struct Key {
    const char *action, *keyword, *risk;
    size_t action_len, keyword_len, risk_len;
    bool operator==(const Key& o) const {
      return action == o.action && keyword == o.keyword && risk == o.risk && action_len == o.action_len &&
             keyword_len == o.keyword_len && risk_len == o.risk_len;
    }
    template <typename H>
    friend H AbslHashValue(H h, const Key& k) {
      return H::combine(std::move(h), k.action, k.keyword, k.risk, k.action_len, k.keyword_len, k.risk_len);
    }
  };

  const Entry& EntryOf(const RecordHit& h);
  // True when JSON needs no escape in s (printable ASCII, no '"' or '\\').
  static bool NeedsNoEscape(std::string_view s);
  static void AppendJson(std::string_view s, std::string* to);
  // Room for n more bytes at the end of the buffer (inline: a bounds check
  // on the per-record path; Grow when it fails).
  char* Room(size_t n) {
    if (len_ + n > cap_) Grow(n);
    char* at = buf_.get() + len_;
    len_ += n;
    return at;
  }
  void Grow(size_t n);
  template <size_t N>
  void Put(const char (&lit)[N]) {
    std::memcpy(Room(N - 1), lit, N - 1);
  }
  void Put(std::string_view s) { std::memcpy(Room(s.size()), s.data(), s.size()); }
  void PutJson(std::string_view s);
  void PutQuoted(std::string_view s);  // s (needing no escape) between quotes
  void PutId(std::string_view id);     // PutJson(id), the source path's part not checked again
  void PutInt(int64_t v);
  absl::Status Spill();
  // The lines and `trailer` written to the temporary file (opened now if
  // nothing spilled), which is then closed; not committed.
  absl::Status WriteTrailerAndClose(std::string_view trailer);
  // Closes the temporary file Spill opened; a failure becomes error_.
  absl::Status CloseTemporary();

  std::string path_, tmp_;
  size_t spill_bytes_;
  std::FILE* file_ = nullptr;  // the temporary file, once spilled
  int64_t spilled_ = 0;
  bool committed_ = false;
  absl::Status error_;         // the first write error (then nothing is committed)
  absl::flat_hash_map<Key, Entry> entries_;
  std::string field_, field_json_ = ",\"field\":\"\"";
  std::string source_, source_json_ = ",\"source\":\"\",\"verdict\":";
  bool source_plain_ = true;  // source_ needs no escape
  std::string scratch_;
  // buf_[0, len_) is the text not yet spilled; buf_ (cap_ bytes) is
  // allocated once for spill_bytes_ and a line (Grow), so a Put is a bounds
  // check and a memcpy.
  std::unique_ptr<char[]> buf_;
  size_t len_ = 0, cap_ = 0, max_len_ = 0;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_CORPUS_FLAGGED_JSONL_H_
