// Training-corpus audit (TC260-003 clause 9.2): a seeded, split-independent
// sample of a corpus is scanned against a keyword artifact; records with a
// hit of a `block` entry are 不合格; the 合格率 overall and per risk, with
// Wilson 95% intervals, is compared with the profile's line (98%).
//
// The work is split into shards (byte ranges of files); each shard is
// audited on its own into a partial AuditSummary; partial summaries merge
// (associatively, commutatively) into one; the merged summary renders to
// audit.json. The CLI (`lanjie corpus audit`) runs shards on threads; the
// Python package runs the very same calls as Dask tasks and merges the
// partial summaries it gets back as JSON. Any split, any merge order, any
// number of workers gives a byte-identical audit.json (timestamps aside).
//
// Call order:
//   shards  = PlanShards(inputs, options)                 // once
//   partial = AuditShard(artifact, shard, options, sink)  // per shard, anywhere
//   merged.Merge(partial)                                 // any order
//   json    = RenderAuditJson(merged, manifest)           // once, all shards merged
//
// Record identity (what sampling hashes and what reports name):
//   * with `id_field` set: the record's own id (JSON string or number, CSV
//     cell), printed as is;
//   * otherwise "FILE:OFFSET": the input path as given/expanded by
//     PlanShards, and the byte offset of the record's first byte in the
//     (decompressed) file. Not FILE:INDEX: a record's index is unknown to a
//     reader that starts mid-file without reading everything before it; a
//     byte offset is known to every reader and names the record as exactly.
//     Line numbers in `errors` ARE absolute: each shard counts its own lines
//     and the merge rebases them once the shards before it are merged.
//
// Sampling: a record is in the keyword sample iff
//   SampleHash(seed, identity) < fraction * 2^64
// (SplitMix64 finalizer over XXH3-64 of the identity), so the sample never
// depends on the split. The manual-review sample is the `review_sample`
// records with the smallest hash (a bottom-k sample; merges keep the k
// smallest), which is a subset of the keyword sample whenever the keyword
// sample is larger than k.
//
// Records and shards (the Hadoop rule). A record is one non-blank line
// (jsonl, text-lines), one run of non-blank lines (text-paragraphs) or one
// CSV/TSV row. A shard [begin, end) of an uncompressed jsonl/text file owns
// the records whose first byte lies in [begin, end): its reader skips to the
// first record start at or after `begin` and reads through the record that
// straddles `end`. So any split gives each record to exactly one shard.
// Compressed files (.gz, .zst, .xz) and CSV/TSV files (a quoted field may
// hold a newline, so a byte position cannot tell a record boundary) are one
// shard each: {path, 0, file size}.
//
// Bad input never fails a shard: invalid JSON, a missing field, a non-string
// field, invalid UTF-8, a NUL byte (binary data; in the first MiB of a
// CSV/TSV file: the whole file is binary), a record longer than
// max_record_bytes, a truncated or corrupt compressed stream are counted per
// kind and listed (file, line, byte offset, reason; the first
// max_errors_listed per file) under `errors`; such records are "unreadable"
// and never silently dropped. AuditShard fails only when the shard cannot be
// audited at all (file missing or unreadable, artifact/scanner failure, bad
// options); the caller decides whether to retry.
//
// Thread safety: all functions are reentrant. AuditShard creates its own
// Scanner (or takes the one of the caller's per-thread AuditScratch); run
// any number concurrently on one shared Artifact. An
// AuditSummary is a value; do not mutate one from two threads.
#ifndef LANJIE_CORPUS_AUDIT_H_
#define LANJIE_CORPUS_AUDIT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lanjie/match/artifact.h"

namespace lanjie::corpus {

namespace internal {
class HashTap;  // engine/corpus/hash_tap.h
}  // namespace internal

enum class InputFormat {
  kAuto,            // from the extension (after .gz/.zst/.xz): .jsonl/.ndjson/.json -> jsonl,
                    // .csv -> csv, .tsv -> tsv, anything else -> text-lines
  kJsonl,           // one JSON object per line
  kTextLines,       // one record per non-blank line
  kTextParagraphs,  // one record per run of non-blank lines (blank-line separated)
  kCsv,             // RFC 4180, header row names the columns
  kTsv,             // tab-separated, header row, no quoting
};
// "auto", "jsonl", "text-lines", "text-paragraphs", "csv", "tsv".
const char* InputFormatName(InputFormat format);
absl::StatusOr<InputFormat> ParseInputFormat(std::string_view name);

struct AuditOptions {
  InputFormat format = InputFormat::kAuto;
  // JSONL: a field path; every string it matches is scanned as one text.
  // Syntax: names separated by '.', a name may be followed by [N] (one array
  // element) or [*] (every element): "text", "meta.body",
  // "messages[*].content". A record where the path matches no string is an
  // error of kind "missing_field".
  std::string field = "text";
  // CSV/TSV: the column (header name) to scan.
  std::string column = "text";
  // Optional id: a JSONL field path or a CSV/TSV column. Empty: FILE:OFFSET.
  // A record without it is an error of kind "missing_id".
  std::string id_field;
  // Share of records in the keyword sample, (0, 1]. 1 audits every record.
  double fraction = 0.1;
  uint64_t seed = 0;
  // PlanShards cuts uncompressed jsonl/text files into ranges of about this
  // many bytes (>= 1).
  int64_t shard_bytes = int64_t{64} << 20;
  // Profile (a built-in name or a .json path) whose corpus lines (clause 9.2)
  // the verdict uses; read by RenderAuditJson.
  std::string profile = "tc260-003";
  // Size of the manual-review sample (bottom-k by sample hash), and how much
  // of each record's text it keeps.
  int64_t review_sample = 4000;
  int64_t review_excerpt_bytes = 2000;
  // Errors listed per file (all are counted); a record longer than this is
  // an error of kind "too_long".
  int64_t max_errors_listed = 1000;
  int64_t max_record_bytes = int64_t{16} << 20;
};

// Checks ranges and the field path; PlanShards and AuditShard call it.
absl::Status ValidateOptions(const AuditOptions& options);

// The format a file is read with (resolves kAuto from its name).
InputFormat FormatOf(const std::string& path, const AuditOptions& options);

// Compression from the extension: "", "gz", "zst", "xz".
std::string_view CompressionOf(std::string_view path);

// The sample hash of a record identity (see the top comment). O(identity).
uint64_t SampleHash(uint64_t seed, std::string_view identity);
// True iff a record with this hash is in the keyword sample.
bool InSample(uint64_t hash, double fraction);

struct ShardSpec {
  std::string path;
  int64_t begin = 0;  // byte range of the file (compressed files: 0, file size)
  int64_t end = 0;
};

// Expands inputs (files; directories, recursively, every regular file not
// starting with '.'; glob patterns with * ? [ ]) into sorted unique paths and
// cuts them into shards: ranges of ~shard_bytes for uncompressed jsonl/text,
// one shard for compressed and CSV/TSV files. Empty files give one empty
// shard (so the file is still accounted for). Cost: a stat per file; no
// reads. Errors: an input that matches nothing or cannot be stat'ed.
absl::StatusOr<std::vector<ShardSpec>> PlanShards(const std::vector<std::string>& inputs,
                                                  const AuditOptions& options);
// The expanded, sorted input files of PlanShards.
absl::StatusOr<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs);

// One hit in a record, for the HitSink. field and text point into the
// shard's buffers: valid only during the OnRecord call that gets them (copy
// what you keep). keyword, risk, action and via point into the artifact
// (or static strings): valid while it lives, and the same entry gives the
// same views every time (a sink may cache by them).
struct RecordHit {
  std::string_view field;   // jsonl: concrete path of the string ("messages[2].content"); csv/tsv: column; text: ""
  int64_t start = 0;        // byte offsets into that (decoded) string
  int64_t end = 0;
  std::string_view keyword;
  std::string_view risk;    // canonical risk code, "A.1.f"
  std::string_view action;  // "block", "mask", "review"
  std::string_view via;     // "", "pinyin", "homophone", "chaizi"
  std::string_view text;    // the original bytes [start, end)
};

// A sampled record with at least one hit; views valid only during OnRecord.
struct FlaggedRecord {
  std::string_view id;      // identity (see top comment)
  std::string_view path;
  int64_t offset = 0;       // byte offset of the record in the (decompressed) file
  bool failed = false;      // has a block hit (不合格)
  std::vector<RecordHit> hits;  // in text order per field
};

// Receives flagged records while AuditShard runs, on AuditShard's thread, in
// file order. Returning an error aborts the shard with that error. Cost to
// AuditShard: no allocation per record once the hit vector has grown.
class HitSink {
 public:
  virtual ~HitSink() = default;
  virtual absl::Status OnRecord(const FlaggedRecord& record) = 0;
};

// Counts of one risk.
struct RiskCounts {
  int64_t failed_records = 0;  // sampled records with a block hit of this risk
  int64_t review_records = 0;  // ... with a review hit of this risk
  int64_t hits = 0;            // all hits of this risk
};

// One unreadable record (or a stream error).
struct AuditError {
  std::string path;
  int64_t offset = 0;  // byte offset of the record (decompressed)
  int64_t line = 0;    // 1-based line; relative to the file segment while partial (see AuditSummary)
  std::string kind;    // invalid_json, missing_field, missing_id, invalid_utf8, binary, too_long,
                       // truncated_stream, corrupt_stream, csv
  std::string message;
};

// One manual-review candidate.
struct ReviewItem {
  uint64_t hash = 0;
  std::string id;
  std::string path;
  int64_t offset = 0;
  std::string excerpt;  // first review_excerpt_bytes of the text (UTF-8 safe cut); fields joined by "\n"
  bool failed = false;  // keyword verdict: 不合格
  std::vector<std::string> risks;  // risks of block hits, sorted unique
};

// A partial (one or more shards) or complete audit. A value type; JSON
// round trip is exact. Lists are kept sorted by stable keys, so a merged
// summary does not depend on the split or the merge order.
class AuditSummary {
 public:
  // Per input file: the byte ranges covered so far, coalesced, with the
  // number of lines in each (for absolute line numbers).
  struct Segment {
    int64_t begin = 0, end = 0;
    int64_t lines = 0;  // '\n' bytes in [begin, end) of the (decompressed) file
    int64_t decompressed_bytes = 0;
  };
  struct FileStats {
    std::vector<Segment> segments;     // sorted, disjoint, coalesced
    int64_t records = 0;               // records read (readable or not)
    int64_t unreadable = 0;            // records counted as errors
    int64_t sampled = 0;               // records in the keyword sample
    int64_t failed = 0;                // sampled records with a block hit
    int64_t errors_total = 0;          // errors (all, listed or not)
    std::map<std::string, int64_t> errors_by_kind;
    std::vector<AuditError> errors;    // the first max_errors_listed by offset; lines relative to
                                       // the segment holding them until merged with the ones before
  };

  // Folds `other` in. Errors: the two cover overlapping byte ranges of a
  // file (a shard counted twice), or were made with different options.
  // O(size of both).
  absl::Status Merge(const AuditSummary& other);

  // Canonical JSON (sorted keys and lists); FromJson(x).ToJson() == x.
  std::string ToJson() const;
  static absl::StatusOr<AuditSummary> FromJson(std::string_view json);

  // Totals over all files.
  int64_t records() const;
  int64_t sampled() const;
  int64_t failed() const;           // 不合格
  int64_t review_records() const;   // sampled records with a review hit (counted apart)
  int64_t mask_records() const;     // sampled records with a mask hit but no block hit
  int64_t unreadable() const;
  int64_t sampled_bytes() const;    // text bytes scanned

  const std::map<std::string, FileStats>& files() const { return files_; }
  const std::map<std::string, RiskCounts>& risks() const { return risks_; }
  const std::vector<ReviewItem>& review() const { return review_; }  // ascending (hash, id)
  // Options fingerprint: format, field, column, id field, fraction, seed,
  // review size; partials made with different options refuse to merge.
  const std::string& options_key() const { return options_key_; }


 private:
  friend class ShardAuditor;
  std::string options_key_;
  int64_t review_size_ = 0;
  int64_t max_errors_listed_ = 0;
  std::map<std::string, FileStats> files_;
  std::map<std::string, RiskCounts> risks_;
  int64_t review_records_ = 0, mask_records_ = 0, sampled_bytes_ = 0;
  std::vector<ReviewItem> review_;
};

class InputHashes;

// Audits one shard. `hits` may be null; `hashes` (may be null) takes the
// shard's bytes into its file's manifest hash as they are read (see
// InputHashes). Cost: reading the range (plus the straddling record),
// parsing, and one Scanner pass over each sampled record's text; with
// `hashes`, XXH3 of the bytes read when the shard extends its file's hash;
// memory, whatever the shard's size: the longest record (CSV/TSV: row)
// read, a batch of at most 4 MiB of text or 16,384 records waiting for the
// scanner, the review candidates (review_sample excerpts), the listed
// errors. Errors: see the top comment.
absl::StatusOr<AuditSummary> AuditShard(std::shared_ptr<const Artifact> artifact, const ShardSpec& shard,
                                        const AuditOptions& options, HitSink* hits,
                                        InputHashes* hashes = nullptr);

// What one thread's shards can share: the Scanner (for one artifact) and
// the batch buffers, kept from one AuditShard call to the next so that a
// thread auditing many shards creates one Scanner (Hyperscan's scratch:
// ~7.7 M instructions at 64k keywords) and touches its batch memory (~4 MiB
// of text and the scanner's buffers at that size) once, not per shard.
// Results do not depend on it: AuditShard with a scratch gives the same
// summary and hits as without.
// Thread safety: one object per thread (not shared between concurrent
// AuditShard calls). Memory: the largest batch's buffers and one Scanner,
// which holds its artifact alive, until the scratch is destroyed or used
// with another artifact (the Scanner is then created anew).
class AuditScratch {
 public:
  AuditScratch();
  ~AuditScratch();
  AuditScratch(const AuditScratch&) = delete;
  AuditScratch& operator=(const AuditScratch&) = delete;
  struct Buffers;  // engine/corpus/audit.cc

 private:
  friend class ShardAuditor;
  std::unique_ptr<Buffers> buffers_;
};

// AuditShard with `scratch` (not null) reused for this shard's Scanner and
// buffers; same results, errors and call rules as above.
absl::StatusOr<AuditSummary> AuditShard(std::shared_ptr<const Artifact> artifact, const ShardSpec& shard,
                                        const AuditOptions& options, HitSink* hits, InputHashes* hashes,
                                        AuditScratch* scratch);

// Size and content hash of one input file (the compressed bytes as stored).
struct InputInfo {
  std::string path;
  int64_t size = 0;
  std::string xxh3_128;  // XXH3-128 of the file's bytes, 32 hex digits (high 64 bits first)
};
// Reads the whole file once (pread, 256 KiB at a time), to the end it has
// now. Errors: a file that cannot be opened (NotFound naming it), a read
// error (DataLoss naming it and the byte).
absl::StatusOr<InputInfo> HashInput(const std::string& path);

// The manifest's input hashes (HashInput's values) without a second pass
// over the corpus: handed to AuditShard, a file's XXH3-128 is updated with
// each window a shard reads (in the CPU's cache right after the read), as
// long as the file's shards come in file order: always with one thread; with
// several, a file's first shards (and every file that is one shard). Finish
// reads only what the shards did not hash (nothing when they read the file
// to its end; all of it for compressed and CSV/TSV files, which are read
// through a decoder or a stream, and for shards skipped by --resume).
// The hash is of the bytes the audit read: a file rewritten with the same
// size after its shards read it keeps the hash of what was audited (a file
// now shorter than what was hashed is hashed again from its start; one that
// grew is hashed on to its new end, as HashInput would).
//
// Thread safety: any number of concurrent AuditShard calls may share one
// object; call Finish once all of them have returned. Cost: a mutex per
// shard; memory ~600 bytes per file until its Finish.
class InputHashes {
 public:
  InputHashes();
  ~InputHashes();
  InputHashes(const InputHashes&) = delete;
  InputHashes& operator=(const InputHashes&) = delete;

  // HashInput(path)'s value, reading the bytes from where the audit's reads
  // stopped hashing to the file's end. Forgets the file (a second call
  // reads all of it). Errors: HashInput's.
  absl::StatusOr<InputInfo> Finish(const std::string& path);

  // Hashes `path` on from where the shards' reads left its hash, to byte
  // `upto` or the file's end now, unless a shard is feeding that hash (then
  // returns at once, as when the hash reaches `upto` already): for a worker
  // that finished a shard (upto: the shard's end) or has no shard left (to
  // the end), so that the bytes of a file's shards read on other threads
  // (not in file order) are hashed while shards still run instead of by
  // Finish after them. Finish's value does not depend on whether or when
  // it ran (Finish still reads what the file gained since, or all of it
  // again when the file is now shorter). Call it while no other call may
  // Finish the same path. Cost: reading and hashing the bytes not hashed
  // yet (pread, 256 KiB at a time); a mutex when there are none. Errors:
  // HashInput's; what was hashed before a read error stays hashed and
  // Finish reads on.
  absl::Status HashAhead(const std::string& path, int64_t upto = INT64_MAX);

 private:
  friend class ShardAuditor;
  struct File;
  // For AuditShard: `path`'s entry when a shard whose reads start at `from`
  // extends its hash now (no other shard holds it, it reaches `from` and
  // not yet `to`), else null. Give it back with Release.
  File* Claim(const std::string& path, int64_t from, int64_t to);
  static internal::HashTap* Tap(File* file);
  void Release(File* file);

  std::mutex mu_;
  std::map<std::string, std::unique_ptr<File>> files_;
};

struct AuditManifest {
  std::string list_hash;      // Artifact::list_hash, hex
  std::string list_version;   // Artifact::list_version ("unknown" when none recorded)
  std::string tool_version;
  AuditOptions options;
  std::vector<InputInfo> inputs;  // every input file (sorted by path)
  std::string generated_at;   // the one field that differs between runs; tests ignore it
};

// The final audit.json: manifest, totals, 合格率 overall and per risk with
// Wilson 95% intervals against the profile's line, the clause verdict
// (符合 / 不符合, "pass_not_safe" when the interval crosses the line),
// per-file counts, errors with absolute lines, the review sample's ids.
// Errors: a manifest input not covered completely by the merged shards (or
// covered shards of a file not in the manifest); profile not found.
absl::StatusOr<std::string> RenderAuditJson(const AuditSummary& merged, const AuditManifest& manifest);

}  // namespace lanjie::corpus

#endif  // LANJIE_CORPUS_AUDIT_H_
