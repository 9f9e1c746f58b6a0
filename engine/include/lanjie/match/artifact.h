// A compiled keyword interception list (.ljdb): Hyperscan databases, the
// entry table and the normalizer configuration, with a format version and
// checksums. Immutable once built; share one instance between all threads.
//
// Costs: Compile runs Hyperscan's compiler (seconds for ~100k keywords).
// Load maps the file, verifies its checksum (XXH3-128) and deserializes the
// databases: milliseconds (about 16 ms for 64k keywords here). Neither is
// on a scanning hot path.
#ifndef LANJIE_ARTIFACT_H_
#define LANJIE_ARTIFACT_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/lexicon/variant_options.h"
#include "lanjie/normalize/normalize.h"
#include "lanjie/lexicon/validate.h"

namespace lanjie {

namespace internal {
struct CompiledData;    // the tables behind an Artifact (private to match/)
struct ArtifactAccess;  // how match/ reaches them (private to match/)
}  // namespace internal

// One keyword of the compiled list: a view into the Artifact's entry table,
// valid as long as the Artifact lives. Every string_view is followed by a
// NUL byte in the table (data() is a C string).
struct CompiledEntry {
  std::string_view keyword;     // as written in the source
  std::string_view normalized;  // folded form that is matched (for literals and rules: after folding)
  std::string_view risk;        // canonical risk code
  std::string_view note;
  std::string_view source;
  uint32_t line = 0;
  EntryKind kind = EntryKind::kLiteral;
  Action action = Action::kBlock;
  bool whole_word = false;  // Latin keyword matched only as a whole word
};

// The list entry a compiled entry was built from, as far as the artifact
// keeps it: keyword, risk, kind, action, note, source, line, and the match
// mode of a literal (kAuto when it gives the same whole-word choice, else
// explicit), so that compiling the result again matches the same way. Import
// metadata (variants column, dates, origin, accept_broad) is not stored in
// an artifact and comes back empty. Cost: copies the strings. Thread-safe.
LANJIE_EXPORT Entry ToSourceEntry(const CompiledEntry& compiled);

// The entries of an artifact, packed into one buffer: records with their
// strings inline, source file names interned. Loading copies the buffer (or
// reads it in place, LoadOptions::read_in_place) and indexes it once
// (O(entries), no allocation per entry); operator[] decodes one record in
// O(1) without allocating. Immutable once built; copies share the buffer.
// Thread safety: const members from any thread; a Builder from one thread.
// Errors: FromBytes returns InvalidArgument for a record outside the buffer
// or an enum out of range; Builder::Build as stated there. Call order:
// Builder::Add*, then Build once (the Builder is consumed).
class LANJIE_EXPORT EntryTable {
 public:
  size_t size() const { return offsets_.size(); }
  bool empty() const { return offsets_.empty(); }
  CompiledEntry operator[](size_t index) const;

  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = CompiledEntry;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = CompiledEntry;
    Iterator(const EntryTable* table, size_t index) : table_(table), index_(index) {}
    CompiledEntry operator*() const { return (*table_)[index_]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    bool operator==(const Iterator& o) const { return index_ == o.index_; }
    bool operator!=(const Iterator& o) const { return index_ != o.index_; }

   private:
    const EntryTable* table_;
    size_t index_;
  };
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

  // The packed form, as stored in an artifact file.
  std::string_view bytes() const { return bytes_; }
  // Takes a packed buffer (from bytes()); verifies every record lies within
  // it and every enum is in range. O(size).
  static absl::StatusOr<EntryTable> FromBytes(std::string bytes);
  // The same checks, reading `bytes` in place (no copy): `keep` owns them
  // and is held as long as the table (or a copy of it) lives.
  static absl::StatusOr<EntryTable> FromKeptBytes(std::string_view bytes, std::shared_ptr<const void> keep);

  // Packs entries in the order added; entries from the same source file
  // share one interned name.
  class Builder {
   public:
    void Add(const CompiledEntry entry);
    // Fails only when a field exceeds the format's limits (4 GiB strings,
    // 255-byte risk codes).
    absl::StatusOr<EntryTable> Build() &&;

   private:
    std::unordered_map<std::string, uint32_t> source_ids_;
    std::vector<std::string> sources_;
    std::string records_;
    uint32_t count_ = 0;
    bool too_long_ = false;
  };

 private:
  std::string_view bytes_;  // owned by keep_
  std::shared_ptr<const void> keep_;
  std::vector<uint32_t> offsets_;  // record start in bytes_, per entry
  struct Span {
    uint32_t offset, size;
  };
  std::vector<Span> sources_;  // interned source names in bytes_
};

// How Artifact::Load / FromBytes may work. The result and every error are
// the same whatever the options; only the time to load differs.
struct LoadOptions {
  // Threads the load may keep busy. 1 (default): everything on the calling
  // thread. 2 or more: one helper thread (started and joined inside the
  // call) deserializes the dense literal database and makes a scratch for
  // it while the calling thread deserializes (or checks) the others,
  // verifies the checksum and then reads the tables, and the artifact's
  // Hyperscan scratch prototype (what every
  // Scanner clones) is made during the load instead of by the first
  // Scanner::Create. The parts are checked in the one-thread order after
  // both are done: a corrupt file gives the same error, and no table is
  // read from it before its checksum is known to match. `lanjie scan
  // --threads N` passes N: it would leave the other cores idle meanwhile.
  int threads = 1;
  // Read the file in place instead of copying it out, for a process that
  // scans lines and exits (`lanjie scan`): the entry table and the pattern,
  // rule and variant tables are read from the file's mapping (the tables
  // only where compile aligned them: files written before that copy them),
  // and the UTF-8 stream databases (what Scanner::Scan,
  // StreamScanner and the long lines of a search scan; ScanLines never
  // does) stay serialized there until first needed, instead of being copied
  // into memory of their own and validated twice (load, then the scratch).
  // They are still checked during the load (Hyperscan's header checks and
  // the CRC-32C of the bytecode: the same errors); only an out-of-memory
  // moves to the first Scan or StreamScanner::Create that needs them (and
  // the first use costs what the load saved). Load then keeps the file
  // mapped for the artifact's life: the file must not be truncated in place
  // meanwhile (replacing it by rename, as `lanjie compile` and Save do, is
  // safe); FromBytes copies the bytes once. Default false: a server that
  // loads a list once pays everything up front. Without SSE4.2 (the CRC)
  // this option does nothing.
  bool read_in_place = false;
};

struct CompileOptions {
  NormalizerOptions normalizer;
  // Default variant classes; an entry's `variants` column overrides them.
  VariantOptions variants;
  // Compile Hyperscan databases for any x86-64 CPU instead of this host's
  // instruction set (slower scans, but the file loads on every machine).
  bool portable = false;
  std::string name;  // free text recorded in the artifact, e.g. "list 2026-W47"
  // The list version (`--list-version`, e.g. "2026-W48"), recorded in the
  // artifact's metadata and shown by info, /readyz, /metrics, the audit log
  // and reports. Not part of list_hash (the content hash). "" = none.
  std::string list_version;
  // Validate: also run the covered-by check (kCovered info findings; costs
  // O(sum of n^2) hash lookups). Default false.
  bool check_covered = false;
  // The dense pass's side matcher (issue 16): when at least this many
  // literals are two or three common CJK characters (two-byte codes of the
  // dense folding), ScanLines (`lanjie scan`, ScannerPool, the C and Python
  // line scans) finds them with a hash-table matcher instead of Hyperscan,
  // whose cost they dominate in large lists (250k entries: 84k of them, a
  // third of the literals, two thirds of Hyperscan's work); the hits are
  // the same. The artifact is then format 6 (kArtifactFormatVersion), which
  // lanjie before format 6 refuses; smaller lists stay format 5, byte for
  // byte as before. SIZE_MAX: never; 0 or 1: whenever there is one.
  size_t dense_side_min_keywords = 20000;
};

// Call order: Validate, then (after optional filtering of the list, e.g.
// the hygiene quarantine) CompileValidated; or Compile, which does both.
// Load / FromBytes for a saved list. Then share the artifact (a
// shared_ptr<const Artifact>) with Scanners, StreamScanners and Filters.
// Thread safety: static functions; concurrent calls are independent. An
// Artifact is immutable: its const members may be called from any thread.
// Cost: as said at the top of this file; accessors are O(1) except info()
// (O(1), copies strings) and Serialize (O(file size)).
// Errors: per function below. Load / FromBytes: NotFound (cannot open),
// InvalidArgument (not an artifact), DataLoss (truncated or corrupted),
// FailedPrecondition (newer format, other byte order, databases for another
// CPU or Hyperscan), ResourceExhausted (cannot map); each message names the
// file and the reason. Save returns the error of the write or rename.
class LANJIE_EXPORT Artifact {
 public:
  // The one validation pass over a list: ValidateAndMerge (validate.h) with
  // options.normalizer and options.check_covered, then the matcher's checks
  // (kInvalidRegex, kInvalidRule, kNotLiteralAllow, kLineBreak, kBadField
  // for a bad variants cell), whose rejected entries leave list.merged. Every
  // finding is a typed Diagnostic (lexicon.h). Fails only on invalid
  // normalizer options. Cost: one fold per keyword, one Hyperscan
  // expression check per regex; no database is compiled.
  static absl::StatusOr<ValidatedList> Validate(const std::vector<Entry>& entries, const CompileOptions& options);
  // Builds the artifact from a list Validate returned (entries with error
  // findings are already out of list.merged; nothing is checked again).
  // options.normalizer must be the one the list was validated with. Build
  // notes (kVariants warnings) are appended to `diagnostics`. Errors:
  // InvalidArgument (a list whose vectors differ in size, fields over the
  // format's limits), Internal (Hyperscan failures). Cost: Hyperscan's
  // compiler, seconds for ~100k keywords.
  static absl::StatusOr<std::shared_ptr<const Artifact>> CompileValidated(const ValidatedList& list,
                                                                          const CompileOptions& options,
                                                                          std::vector<Diagnostic>* diagnostics);
  // Validate, then CompileValidated. Every finding is appended to
  // `diagnostics`; any error-severity finding makes the call fail with
  // InvalidArgument after all entries were checked.
  static absl::StatusOr<std::shared_ptr<const Artifact>> Compile(const std::vector<Entry>& entries,
                                                                  const CompileOptions& options,
                                                                  std::vector<Diagnostic>* diagnostics);
  // Reads and verifies a .ljdb file. Truncated or corrupted files, newer
  // format versions and databases built for another CPU are errors that say so.
  // Cost: O(file size), a few ms for 64k keywords on one thread;
  // options.threads >= 2 spreads it over two (LoadOptions). Without options:
  // LoadOptions() (one thread).
  static absl::StatusOr<std::shared_ptr<const Artifact>> Load(const std::string& path);
  static absl::StatusOr<std::shared_ptr<const Artifact>> Load(const std::string& path, const LoadOptions& options);
  static absl::StatusOr<std::shared_ptr<const Artifact>> FromBytes(std::string_view bytes,
                                                                    std::string_view name);
  static absl::StatusOr<std::shared_ptr<const Artifact>> FromBytes(std::string_view bytes, std::string_view name,
                                                                    const LoadOptions& options);

  std::string Serialize() const;
  absl::Status Save(const std::string& path) const;  // atomic: writes a temp file, then renames

  const EntryTable& entries() const;
  const FoldTable& fold_table() const;
  const NormalizerOptions& normalizer_options() const;
  // SHA-256 (hex) of the list's content: entries and folding options. Equal
  // lists give equal hashes whenever and wherever they are compiled.
  const std::string& list_hash() const;
  // CompileOptions::list_version; "unknown" when the artifact records none
  // (compiled without one, or written before the field existed). O(1).
  const std::string& list_version() const;
  const std::string& name() const;
  // Longest folded literal (bytes): bounds how much text a stream holds back.
  uint32_t max_literal_length() const;
  struct Info {
    std::string created;  // RFC 3339, UTC
    // The lanjie version that compiled it (lanjie/common/version.h; "" for
    // artifacts written before the header recorded it).
    std::string lanjie_version;
    bool portable = false;
    size_t literal_patterns = 0, regex_patterns = 0, rules = 0, allow_phrases = 0;
    // Variant forms: token patterns (pinyin / homophone), split-character
    // and initials literals; the artifact's default variant classes.
    size_t variant_patterns = 0, chaizi_literals = 0, initials_literals = 0, numeral_literals = 0;
    std::string variants;
    std::string list_version;  // as list_version()
    // The artifact's format version (5, or 6 with a side matcher) and the
    // side matcher's keywords (CompileOptions::dense_side_min_keywords).
    uint32_t format = 0;
    size_t side_keywords = 0;
  };
  Info info() const;

  ~Artifact();
  Artifact(const Artifact&) = delete;
  Artifact& operator=(const Artifact&) = delete;

 private:
  friend struct internal::ArtifactAccess;
  Artifact();
  // FromBytes; `keep` owns `bytes` for as long as deferred databases may be
  // read from them (null: FromBytes copies them when it defers any).
  static absl::StatusOr<std::shared_ptr<const Artifact>> FromKeptBytes(std::string_view bytes, std::string_view name,
                                                                       const LoadOptions& options,
                                                                       std::shared_ptr<const void> keep);
  std::unique_ptr<internal::CompiledData> data_;
};

// Newest artifact format version (what lanjie writes when a list needs it).
// Files with a newer version are refused, those older than
// kOldestArtifactFormatVersion are asked to be recompiled. 4: the trailer no longer hashes
// Hyperscan bytecode, which Hyperscan's CRC-32C covers (ArtifactChecksum).
// 5: no block-mode copy of the UTF-8 literal database (single texts are
// scanned with the stream database): one database fewer to compile and load.
// 6: a SIDE section, the dense pass's side matcher (CompileOptions::
// dense_side_min_keywords), whose keywords are not in the dense database: a
// reader of format 5 would miss them, so only artifacts with that section
// are written as format 6; the others are still format 5, and both are read.
inline constexpr uint32_t kArtifactFormatVersion = 6;
// The oldest format this lanjie reads.
inline constexpr uint32_t kOldestArtifactFormatVersion = 5;

}  // namespace lanjie

#endif  // LANJIE_ARTIFACT_H_
