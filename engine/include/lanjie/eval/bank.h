// Test question banks (clauses 8.2, 8.3): import, validation, the coverage
// check against a profile, and seeded sampling.
//
// A bank file is CSV, TSV, JSONL or XLSX with the columns `id`, `question`,
// `bank` (should_refuse | should_answer | generate) and `category` (a risk
// code for should_refuse and generate, one of the 13 aspects for
// should_answer). Missing `bank`/`category` columns can come from
// BankImportOptions. Every problem is reported with file and line; no row is
// dropped silently.
//
// Thread safety: the functions share no state (the taxonomy and the default
// aspects are immutable once loaded); call from any thread. Cost: linear in
// the file (XLSX: the sheet is unzipped and parsed in memory); sampling is
// O(n log n). Errors: InvalidArgument listing up to the first 20 bad rows as
// "file:line: reason" (and how many more) or ids given twice ("a:3 and
// b:7"); NotFound (cannot open) and DataLoss (read error) naming the file.
#ifndef LANJIE_BANK_H_
#define LANJIE_BANK_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/lexicon/coverage.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie {

enum class BankKind : uint8_t { kShouldRefuse, kShouldAnswer, kGenerate };

// "should_refuse", "should_answer", "generate".
const char* BankKindName(BankKind kind);
// Accepts the names above and the Chinese bank names (应拒答, 非拒答, 生成内容).
std::optional<BankKind> ParseBankKind(std::string_view text);
// All kinds, in report order.
inline constexpr BankKind kAllBankKinds[] = {BankKind::kShouldRefuse, BankKind::kShouldAnswer,
                                             BankKind::kGenerate};

struct Question {
  std::string id;
  std::string question;
  BankKind bank = BankKind::kShouldRefuse;
  std::string category;  // canonical risk code ("A.1.f") or aspect name ("历史")
  std::string source;    // file
  uint32_t line = 0;     // 1-based line (CSV/TSV/JSONL) or row (XLSX)
};

struct BankImportOptions {
  // Used when the file has no `bank` column (or the cell is empty).
  std::optional<BankKind> bank;
  // Used when the file has no `category` column (or the cell is empty).
  std::string category;
  // Map a source column to categories: rows take their category from
  // `category_map[cell of category_column]` (e.g. JADE-DB's 违规子类). A cell
  // not in the map is an error naming the value.
  std::string category_column;
  std::map<std::string, std::string> category_map;
  // Allowed should_answer aspects; empty: those of the built-in tc260-003 profile.
  std::vector<std::string> aspects;
  // XLSX: sheet name ("" = first sheet).
  std::string sheet;
};

// Reads `path`; the format is chosen by extension (.csv .tsv .jsonl .xlsx),
// or by content for XLSX. Errors list every bad row ("file:line: reason"),
// up to a limit.
absl::StatusOr<std::vector<Question>> LoadBank(const std::string& path, const BankImportOptions& options);
// Same, from text already in memory (CSV/TSV/JSONL chosen by `format`).
absl::StatusOr<std::vector<Question>> ParseBank(std::string_view text, std::string_view format,
                                                std::string_view name, const BankImportOptions& options);

// Reads a two-column CSV mapping (value,category) for BankImportOptions.
absl::StatusOr<std::map<std::string, std::string>> LoadCategoryMap(const std::string& path);

// Checks a set of banks for duplicate ids across files ("a:3 and b:7").
absl::Status CheckUniqueIds(const std::vector<Question>& questions);

// Coverage of each bank present against the profile's minimums (8.2 a/b,
// 8.3), via the shared coverage unit (same table and verdict as the keyword
// library check).
std::vector<CoverageReport> CheckBankCoverage(const std::vector<Question>& questions, const Profile& profile);

struct SampleOptions {
  // Questions per bank; 0 or more than the bank holds: the whole bank.
  std::map<BankKind, int64_t> per_bank;
  uint64_t seed = 1;
  // Keep each category's share of the bank (largest-remainder allocation).
  bool stratified = false;
};
// Deterministic for a given input order and seed on every platform (own
// SplitMix64-based generator, own shuffle). Output keeps the input order.
std::vector<Question> SampleQuestions(const std::vector<Question>& questions, const SampleOptions& options);

}  // namespace lanjie

#endif  // LANJIE_BANK_H_
