#include "lanjie/lexicon/lexicon.h"
#include "lanjie/lexicon/variant_options.h"


#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {

const char* EntryKindName(EntryKind k) {
  switch (k) {
    case EntryKind::kLiteral: return "literal";
    case EntryKind::kRegex: return "regex";
    case EntryKind::kRule: return "rule";
  }
  return "?";
}
const char* ActionName(Action a) {
  switch (a) {
    case Action::kBlock: return "block";
    case Action::kMask: return "mask";
    case Action::kReview: return "review";
    case Action::kAllow: return "allow";
  }
  return "?";
}
const char* WordModeName(WordMode m) {
  switch (m) {
    case WordMode::kAuto: return "auto";
    case WordMode::kWord: return "word";
    case WordMode::kSubstring: return "substring";
  }
  return "?";
}

absl::StatusOr<EntryKind> ParseEntryKind(std::string_view t) {
  std::string s = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(t)));
  if (s.empty() || s == "literal") return EntryKind::kLiteral;
  if (s == "regex") return EntryKind::kRegex;
  if (s == "rule") return EntryKind::kRule;
  return absl::InvalidArgumentError(absl::StrCat("unknown kind '", Av(t), "' (literal, regex, rule)"));
}
absl::StatusOr<Action> ParseAction(std::string_view t) {
  std::string s = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(t)));
  if (s.empty() || s == "block") return Action::kBlock;
  if (s == "mask") return Action::kMask;
  if (s == "review") return Action::kReview;
  if (s == "allow") return Action::kAllow;
  return absl::InvalidArgumentError(absl::StrCat("unknown action '", Av(t), "' (block, mask, review, allow)"));
}
absl::StatusOr<WordMode> ParseWordMode(std::string_view t) {
  std::string s = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(t)));
  if (s.empty() || s == "auto") return WordMode::kAuto;
  if (s == "word") return WordMode::kWord;
  if (s == "substring") return WordMode::kSubstring;
  return absl::InvalidArgumentError(absl::StrCat("unknown match mode '", Av(t), "' (auto, word, substring)"));
}

bool IsLatinWord(std::string_view folded) {
  bool alnum = false;
  for (char c : folded) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) alnum = true;
    else if (c != ' ') return false;
  }
  return alnum;
}

bool WholeWord(WordMode mode, std::string_view folded) {
  switch (mode) {
    case WordMode::kWord: return true;
    case WordMode::kSubstring: return false;
    case WordMode::kAuto: return IsLatinWord(folded);
  }
  return false;
}

std::string Diagnostic::ToString() const {
  const char* sev = severity == kError ? "error" : severity == kWarning ? "warning" : "info";
  if (line == 0) return absl::StrCat(file, ": ", sev, ": ", message);
  return absl::StrCat(file, ":", line, ": ", sev, ": ", message);
}

size_t Lexicon::CountDiagnostics(Diagnostic::Severity severity) const {
  size_t n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == severity;
  return n;
}

void Lexicon::AddDiagnostic(Diagnostic::Severity severity, std::string file, uint32_t line,
                            std::string message, Finding kind) {
  diagnostics.push_back({severity, std::move(file), line, std::move(message), kind});
}

const char* FindingName(Finding k) {
  switch (k) {
    case Finding::kOther: return "other";
    case Finding::kUnreadable: return "unreadable";
    case Finding::kEmptyFile: return "empty-file";
    case Finding::kBadRow: return "bad-row";
    case Finding::kBadField: return "bad-field";
    case Finding::kNoRisk: return "no-risk";
    case Finding::kUnmappedCategory: return "unmapped-category";
    case Finding::kSkipped: return "skipped";
    case Finding::kEncoding: return "encoding";
    case Finding::kGarbage: return "garbage";
    case Finding::kFoldsToNothing: return "folds-to-nothing";
    case Finding::kExactDuplicate: return "exact-duplicate";
    case Finding::kFoldedDuplicate: return "folded-duplicate";
    case Finding::kConflict: return "conflict";
    case Finding::kOverBroad: return "over-broad";
    case Finding::kLongKeyword: return "long-keyword";
    case Finding::kInnerSpace: return "inner-space";
    case Finding::kCovered: return "covered";
    case Finding::kInvalidRegex: return "invalid-regex";
    case Finding::kInvalidRule: return "invalid-rule";
    case Finding::kNotLiteralAllow: return "not-literal-allow";
    case Finding::kLineBreak: return "line-break";
    case Finding::kVariants: return "variants";
    case Finding::kQuarantined: return "quarantined";
  }
  return "?";
}

}  // namespace lanjie
