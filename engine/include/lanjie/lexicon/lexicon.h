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
#include "lanjie/common/export.h"

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

LANJIE_EXPORT const char* EntryKindName(EntryKind kind);
LANJIE_EXPORT const char* ActionName(Action action);
LANJIE_EXPORT const char* WordModeName(WordMode mode);
LANJIE_EXPORT absl::StatusOr<EntryKind> ParseEntryKind(std::string_view text);
LANJIE_EXPORT absl::StatusOr<Action> ParseAction(std::string_view text);
LANJIE_EXPORT absl::StatusOr<WordMode> ParseWordMode(std::string_view text);

// A folded keyword made only of ASCII letters, digits and spaces (at least
// one letter or digit).
LANJIE_EXPORT bool IsLatinWord(std::string_view folded);
// Whether a folded keyword in `mode` matches only as a whole word: kWord
// always, kAuto for Latin words, kSubstring never. The one rule shared by
// validation, hygiene and the matcher.
LANJIE_EXPORT bool WholeWord(WordMode mode, std::string_view folded);

struct LANJIE_EXPORT Entry {
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

// What a Diagnostic is about: a typed verdict that callers filter on (never
// on the message text). Import findings first, then validation
// (ValidateAndMerge and the matcher's checks in Artifact::Validate), then
// the build (variant expansion).
enum class Finding : uint8_t {
  kOther,             // anything not listed below
  kUnreadable,        // a file or part of one that could not be read (encoding, sheet, CSV syntax)
  kEmptyFile,         // no keywords in the file
  kBadRow,            // a row or line that is not an entry (empty keyword, missing column, run-away line)
  kBadField,          // an unknown kind / action / match / variants value, an unknown risk code
  kNoRisk,            // a keyword without category or risk
  kUnmappedCategory,  // categories no map entry names (one finding for the whole import)
  kSkipped,           // a file or category mapped to '-' / not a keyword file
  kEncoding,          // low-confidence encoding guess, undecodable characters
  kGarbage,           // control characters, U+FFFD, private-use or unassigned code points
  kFoldsToNothing,    // only punctuation, spaces or symbols
  kExactDuplicate,    // the same text as an earlier entry: merged
  kFoldedDuplicate,   // the same text after folding: merged
  kConflict,          // the same keyword with another risk: both kept
  kOverBroad,         // one character, a short number, one or two Latin letters
  kLongKeyword,       // a sentence rather than a keyword
  kInnerSpace,        // matched as one phrase
  kCovered,           // a shorter keyword already matches it
  kInvalidRegex,      // rejected by Hyperscan
  kInvalidRule,       // rule syntax, a term that folds to nothing
  kNotLiteralAllow,   // an allow-list entry that is a regex or rule
  kLineBreak,         // a keyword with a line break
  kVariants,          // a variant expansion note (compile)
  kQuarantined,       // an over-broad entry kept out of the list (hygiene)
};
LANJIE_EXPORT const char* FindingName(Finding kind);

struct Diagnostic {
  enum Severity : uint8_t { kError, kWarning, kInfo };
  static constexpr size_t kNoEntry = static_cast<size_t>(-1);
  Severity severity = kError;
  std::string file;
  uint32_t line = 0;  // 0: the whole file
  std::string message;
  Finding kind = Finding::kOther;
  // Index of the entry in the list that was validated or compiled
  // (kNoEntry for import findings and findings about a whole file).
  size_t entry = kNoEntry;

  // "file:line: error: message"
  LANJIE_EXPORT std::string ToString() const;
};

struct LANJIE_EXPORT Lexicon {
  std::vector<Entry> entries;
  std::vector<Diagnostic> diagnostics;

  size_t CountDiagnostics(Diagnostic::Severity severity) const;
  void AddDiagnostic(Diagnostic::Severity severity, std::string file, uint32_t line, std::string message,
                     Finding kind = Finding::kOther);
};

// How a source is read. kAuto: .xlsx (or a ZIP) is a workbook, .csv/.tsv a
// table, anything else a plain list, or a tag list when most lines end in
// numeric tags; a directory reads each .txt/.csv/.tsv/.xlsx file in it.
enum class SourceFormat { kAuto, kTable, kXlsx, kPlain, kTags, kDirectory };
LANJIE_EXPORT const char* SourceFormatName(SourceFormat f);
LANJIE_EXPORT absl::StatusOr<SourceFormat> ParseSourceFormat(std::string_view text);

class CategoryMap;  // engine/lexicon/category_map.h

// Options of the one keyword importer. Every default is what `lanjie
// compile`, the C API and Python use.
struct ReadOptions {
  SourceFormat format = SourceFormat::kAuto;
  std::string encoding;  // "" (default): detect (BOM, valid UTF-8, else GB18030/Big5/... by uchardet)
  std::string sheet;     // XLSX sheet; "" (default): 关键词 if the workbook has it, else the first
  // For plain lists, and for table rows whose risk/category cell is empty:
  // a risk code ("A.1.f") or a category name mapped by `map`. Default "".
  std::string default_risk;
  // When default_risk is empty: the category is the file name (政治类.txt ->
  // 政治 -> A.1.a; a name no map knows is one kUnmappedCategory error).
  // Default true; false: a keyword without a risk is a kNoRisk error for its line.
  bool category_from_file_name = true;
  EntryKind default_kind = EntryKind::kLiteral;  // for plain lists and empty kind cells
  Action default_action = Action::kBlock;        // for plain lists and empty action cells
  // A keyword longer than this (bytes) is an error for its line, not an
  // entry: a run-away line (a file without line breaks) is reported, not
  // imported. Default 1024.
  size_t max_keyword_bytes = 1024;
  // Category names -> risk codes. nullptr (default): the compiled-in
  // defaults (data/category_map.tsv). Not owned; must outlive the call.
  const CategoryMap* map = nullptr;
  // Set by the importer for the files of a directory (a file whose name maps
  // to '-' is skipped even when default_risk is given). Leave false.
  bool in_directory = false;
};

// Reads a keyword source (file or directory) in any of the formats and
// encodings above and appends its entries and diagnostics to `out`. Table
// headers name columns in English or Chinese (keyword / 关键词 / 敏感词, risk /
// 风险类别代码, category / 分类, kind, action, match, note, variants, accept,
// first_seen, updated, origin). Returns NotFound / DataLoss only when the
// path cannot be read at all; every line either becomes an entry or a
// diagnostic naming the file, line and reason (nothing is dropped silently).
// Categories no map names are reported once, as one kUnmappedCategory error.
// Thread safety: free function; concurrent calls on different `out` are safe.
// Cost: O(file size), plus uchardet on non-UTF-8 text.
LANJIE_EXPORT absl::Status ReadLexiconFile(const std::string& path, const ReadOptions& options, Lexicon* out);
// The same for bytes already in memory; `name` gives the format (by its
// extension, unless options.format says) and names the source in diagnostics.
LANJIE_EXPORT
void ReadLexiconBytes(std::string_view name, std::string_view bytes, const ReadOptions& options, Lexicon* out);

}  // namespace lanjie

#endif  // LANJIE_LEXICON_H_
