// The keyword interception list before compilation: entries as the user
// wrote them, with where each came from, plus every problem found reading
// them. Reading never drops a line silently: a line that cannot become an
// entry becomes a Diagnostic naming the file and line.
#ifndef LANJIE_LEXICON_H_
#define LANJIE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace lanjie {

enum class EntryKind : uint8_t {
  kLiteral,  // a keyword, folded like the text
  kRegex,    // a Hyperscan regex over the folded text
  kRule,     // keywords combined with & (and), ! (not), | (or); see rule.h
};
enum class Action : uint8_t {
  kBlock,   // refuse / stop
  kMask,    // replace the span with '*'
  kReview,  // let through, report
  kAllow,   // allow-list phrase: suppresses hits that lie inside it
};
enum class WordMode : uint8_t {
  kAuto,       // whole words for keywords made only of ASCII letters/digits
  kWord,       // whole words
  kSubstring,  // anywhere
};

const char* EntryKindName(EntryKind kind);
const char* ActionName(Action action);
const char* WordModeName(WordMode mode);
absl::StatusOr<EntryKind> ParseEntryKind(std::string_view text);
absl::StatusOr<Action> ParseAction(std::string_view text);
absl::StatusOr<WordMode> ParseWordMode(std::string_view text);

struct Entry {
  std::string keyword;  // as written in the source
  std::string risk;     // canonical risk code; empty for allow-list entries
  EntryKind kind = EntryKind::kLiteral;
  Action action = Action::kBlock;
  WordMode match = WordMode::kAuto;
  std::string note;
  // Variant classes for this entry (a `variants` column: on, off, all, or a
  // list such as "pinyin,initials"); empty: the artifact's default.
  std::string variants;
  std::string source;  // file the entry came from
  uint32_t line = 0;   // 1-based line in `source`
  // Carried through merges and re-imports (canonical CSV columns; the
  // compiled artifact does not store them).
  bool accept_broad = false;  // accepted although over-broad (lanjie/lexicon/hygiene.h)
  std::string first_seen;     // YYYY-MM-DD the keyword entered the list; "" unknown
  std::string updated;        // YYYY-MM-DD of its last change (added or re-tagged); "" unknown
  std::string origin;         // the original source (file:line) before any re-import; "" = source
};

struct Diagnostic {
  enum Severity : uint8_t { kError, kWarning, kInfo };
  Severity severity = kError;
  std::string file;
  uint32_t line = 0;  // 0: the whole file
  std::string message;

  // "file:line: error: message"
  std::string ToString() const;
};

struct Lexicon {
  std::vector<Entry> entries;
  std::vector<Diagnostic> diagnostics;

  size_t CountDiagnostics(Diagnostic::Severity severity) const;
  void AddDiagnostic(Diagnostic::Severity severity, std::string file, uint32_t line, std::string message);
};

struct ReadOptions {
  // For plain-text lists (one keyword per line), and for table rows whose
  // risk cell is empty: the risk, kind and action to apply.
  std::string default_risk;
  EntryKind default_kind = EntryKind::kLiteral;
  Action default_action = Action::kBlock;
};

// Reads a keyword list and appends its entries and diagnostics to `out`.
// Format by extension: .csv (comma) and .tsv (tab) with a header row naming
// at least `keyword` and `risk` (optional `kind`, `action`, `match`, `note`);
// anything else is a plain list, one keyword per line. Input must be UTF-8
// (a BOM is accepted). Returns an error only when the file cannot be read;
// problems with single lines become diagnostics.
absl::Status ReadLexiconFile(const std::string& path, const ReadOptions& options, Lexicon* out);
// The same for contents already in memory; `name` is used in diagnostics.
void ReadLexiconText(std::string_view name, std::string_view contents, bool table, char delimiter,
                     const ReadOptions& options, Lexicon* out);

}  // namespace lanjie

#endif  // LANJIE_LEXICON_H_
