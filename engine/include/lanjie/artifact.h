// A compiled keyword interception list (.ljdb): Hyperscan databases, the
// entry table and the normalizer configuration, with a format version and
// checksums. Immutable once built; share one instance between all threads.
//
// Costs: Compile runs Hyperscan's compiler (seconds for ~100k keywords).
// Load reads the file, verifies its SHA-256 and deserializes the databases:
// milliseconds. Neither is on a scanning hot path.
#ifndef LANJIE_ARTIFACT_H_
#define LANJIE_ARTIFACT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/lexicon.h"
#include "lanjie/normalize.h"

namespace lanjie {

namespace internal {
struct CompiledData;
}

// One keyword of the compiled list.
struct CompiledEntry {
  std::string keyword;     // as written in the source
  std::string normalized;  // folded form that is matched (for literals and rules: after folding)
  std::string risk;        // canonical risk code
  std::string note;
  std::string source;
  uint32_t line = 0;
  EntryKind kind = EntryKind::kLiteral;
  Action action = Action::kBlock;
  bool whole_word = false;  // Latin keyword matched only as a whole word
};

struct CompileOptions {
  NormalizerOptions normalizer;
  // Compile Hyperscan databases for any x86-64 CPU instead of this host's
  // instruction set (slower scans, but the file loads on every machine).
  bool portable = false;
  std::string name;  // free text recorded in the artifact, e.g. "list 2026-W47"
  // Check the entries and report diagnostics, but skip Hyperscan compilation
  // (the call then fails with FailedPrecondition "validated only").
  bool validate_only = false;
};

class Artifact {
 public:
  // Builds the artifact. Problems per entry (keywords that fold to nothing,
  // bad regexes and rules, duplicates, conflicts) are appended to
  // `diagnostics` with file and line; any error-severity problem makes the
  // call fail after all entries were checked.
  static absl::StatusOr<std::shared_ptr<const Artifact>> Compile(const std::vector<Entry>& entries,
                                                                  const CompileOptions& options,
                                                                  std::vector<Diagnostic>* diagnostics);
  // Reads and verifies a .ljdb file. Truncated or corrupted files, newer
  // format versions and databases built for another CPU are errors that say so.
  static absl::StatusOr<std::shared_ptr<const Artifact>> Load(const std::string& path);
  static absl::StatusOr<std::shared_ptr<const Artifact>> FromBytes(std::string_view bytes,
                                                                    std::string_view name);

  std::string Serialize() const;
  absl::Status Save(const std::string& path) const;  // atomic: writes a temp file, then renames

  const std::vector<CompiledEntry>& entries() const;
  const FoldTable& fold_table() const;
  const NormalizerOptions& normalizer_options() const;
  // SHA-256 (hex) of the list's content: entries and folding options. Equal
  // lists give equal hashes whenever and wherever they are compiled.
  const std::string& list_hash() const;
  const std::string& name() const;
  // Longest folded literal (bytes): bounds how much text a stream holds back.
  uint32_t max_literal_length() const;
  struct Info {
    std::string created;  // RFC 3339, UTC
    bool portable = false;
    size_t literal_patterns = 0, regex_patterns = 0, rules = 0, allow_phrases = 0;
  };
  Info info() const;
  // Internal tables, for the scanners.
  const internal::CompiledData& data() const { return *data_; }

  ~Artifact();

 private:
  Artifact();
  std::unique_ptr<internal::CompiledData> data_;
};

// Current artifact format version. Files with a newer version are refused.
inline constexpr uint32_t kArtifactFormatVersion = 1;

}  // namespace lanjie

#endif  // LANJIE_ARTIFACT_H_
