// The corpus audit's completion record of one shard (`lanjie corpus audit`'s
// DIR/.state/KEY.shard): one file holding the shard's flagged.jsonl lines,
// then its partial summary (AuditSummary::ToJson), then a footer line
//   "\nlanjie-shard-state 1 HITS_BYTES SUMMARY_BYTES\n"
// written to a temporary file and renamed into place with ONE fsync (the
// file's; no directory fsync): a shard's record exists whole or not at all,
// after kill -9 or a crash; after a power loss a missing record only means
// the shard is audited again on --resume. (Before: two files, each written
// with two fsyncs.)
//
// Thread safety: free functions, one shard per call. Cost: Commit writes the
// lines already spilled plus the summary; Read reads the footer and the
// summary (two preads), not the lines. Errors: Commit returns the writer's
// error (naming the file); Read returns NotFound when there is no record and
// DataLoss naming the file when it is not a whole record (then the shard is
// redone).
#ifndef LANJIE_CORPUS_SHARD_STATE_H_
#define LANJIE_CORPUS_SHARD_STATE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/corpus/flagged_jsonl.h"

namespace lanjie::corpus {

// Writes `hits`' lines, then `summary` and the footer, as the record at the
// writer's path. Call instead of hits->Commit().
LANJIE_EXPORT absl::Status CommitShardState(FlaggedJsonlWriter* hits, std::string_view summary);
// CommitShardState without the commit: the record is whole in a temporary
// file beside hits->path(), closed, whose name is returned; the caller
// commits it (CommitFileDataAtomically(tmp, hits->path()): the same one
// fsync and rename) or removes it. For a caller that commits on another
// thread than the one that audits.
LANJIE_EXPORT absl::StatusOr<std::string> CloseShardState(FlaggedJsonlWriter* hits, std::string_view summary);

struct ShardState {
  std::string summary;     // the partial summary's JSON
  int64_t hits_bytes = 0;  // the flagged lines: the record's first hits_bytes bytes
};
LANJIE_EXPORT absl::StatusOr<ShardState> ReadShardState(const std::string& path);

}  // namespace lanjie::corpus

#endif  // LANJIE_CORPUS_SHARD_STATE_H_
