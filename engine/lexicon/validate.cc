#include "lanjie/lexicon/validate.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lanjie/common/han.h"
#include "lanjie/common/utf8.h"

namespace lanjie {
namespace {

std::string Where(const Entry& e) { return e.line ? absl::StrCat(e.source, ":", e.line) : e.source; }

// Escapes control characters so a diagnostic stays on one line.
std::string Printable(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    uint32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) {
      absl::StrAppendFormat(&out, "\\x%02X", *p);
      ++p;
      continue;
    }
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) absl::StrAppendFormat(&out, "\\u%04X", cp);
    else out.append(reinterpret_cast<const char*>(p), n);
    p += n;
  }
  return out;
}

// Why `keyword` is garbage ("" if it is not): invalid UTF-8, control
// characters, U+FFFD from a failed decode, private-use or unassigned code points.
std::string GarbageReason(std::string_view keyword) {
  const auto* p = reinterpret_cast<const unsigned char*>(keyword.data());
  const auto* end = p + keyword.size();
  while (p < end) {
    uint32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) return absl::StrFormat("invalid UTF-8 byte 0x%02X", *p);
    p += n;
    if (cp == 0xFFFD || cp == 0x1A) return "undecodable character (U+FFFD/U+001A): wrong encoding?";
    switch (u_charType(static_cast<UChar32>(cp))) {
      case U_CONTROL_CHAR: return absl::StrFormat("control character U+%04X", cp);
      case U_PRIVATE_USE_CHAR: return absl::StrFormat("private-use character U+%04X", cp);
      case U_UNASSIGNED: return absl::StrFormat("unassigned code point U+%04X", cp);
      case U_SURROGATE: return "surrogate code point";
      default: break;
    }
  }
  return "";
}


bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Why the folded keyword is over-broad ("" if it is not).
std::string OverBroadReason(std::string_view folded, size_t code_points) {
  if (code_points == 1) {
    uint32_t cp = 0;
    DecodeUtf8(reinterpret_cast<const unsigned char*>(folded.data()),
               reinterpret_cast<const unsigned char*>(folded.data()) + folded.size(), &cp);
    return IsHanIdeograph(cp) ? "a single Chinese character matches inside countless ordinary words"
                              : "a single character matches almost everywhere";
  }
  bool digits = !folded.empty(), latin = !folded.empty();
  for (char c : folded) {
    digits &= c >= '0' && c <= '9';
    latin &= IsAsciiAlnum(c);
  }
  if (digits && folded.size() <= 6) return "a short number matches prices, dates and phone numbers";
  if (latin && folded.size() <= 2) return "one or two Latin letters match abbreviations and names";
  return "";
}

// One validation pass over a list; each step is one kind of check.
class Validator {
 public:
  Validator(const FoldTable& table, const ValidateOptions& options, ValidatedList* out)
      : table_(table), options_(options), out_(*out), st_(out->stats) {}

  void Add(const Entry& e, size_t index) {
    std::string folded;
    if (!CheckText(e, index, &folded)) return;
    const std::string prefix = absl::StrCat(static_cast<int>(e.kind), "\x1f", static_cast<int>(e.action), "\x1f",
                                            e.kind == EntryKind::kLiteral && WholeWord(e.match, folded), "\x1f");
    std::vector<size_t>& raw_list = by_raw_[prefix + e.keyword];
    std::vector<size_t>& folded_list = by_folded_[prefix + (folded.empty() ? e.keyword : folded)];
    if (MergedAsDuplicate(e, index, folded, raw_list, folded_list)) return;
    ReportConflict(e, index, folded_list);
    Lint(e, index, folded);
    raw_list.push_back(out_.merged.size());
    folded_list.push_back(out_.merged.size());
    out_.merged.push_back(e);
    out_.folded.push_back(std::move(folded));
    out_.input_index.push_back(index);
  }

  void CheckCovered();

 private:
  void Report(Diagnostic::Severity sev, Finding kind, const Entry& e, size_t index, std::string msg) {
    out_.diagnostics.push_back({sev, e.source, e.line, std::move(msg), kind, index});
  }
  bool CheckText(const Entry& e, size_t index, std::string* folded);
  bool MergedAsDuplicate(const Entry& e, size_t index, const std::string& folded,
                         const std::vector<size_t>& raw_list, const std::vector<size_t>& folded_list);
  void ReportConflict(const Entry& e, size_t index, const std::vector<size_t>& folded_list);
  void Lint(const Entry& e, size_t index, const std::string& folded);

  const FoldTable& table_;
  const ValidateOptions& options_;
  ValidatedList& out_;
  ValidationStats& st_;
  // Duplicate keys: (kind, action, whole word, text) -> merged indexes.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_raw_, by_folded_;
};

// Garbage and keywords that fold to nothing are errors: not taken.
bool Validator::CheckText(const Entry& e, size_t index, std::string* folded) {
  if (std::string why = GarbageReason(e.keyword); !why.empty()) {
    ++st_.garbage;
    Report(Diagnostic::kError, Finding::kGarbage, e, index,
           absl::StrCat("keyword '", Printable(e.keyword), "': ", why, "; not taken"));
    return false;
  }
  if (e.kind != EntryKind::kLiteral) return true;
  *folded = Fold(table_, e.keyword);
  if (folded->empty()) {
    ++st_.folds_to_nothing;
    Report(Diagnostic::kError, Finding::kFoldsToNothing, e, index,
           absl::StrCat("keyword '", e.keyword, "' folds to nothing (only punctuation, spaces or symbols); not taken"));
    return false;
  }
  return true;
}

// Exact duplicates (same text as written), then duplicates after folding,
// with the same risk: merged into the first.
bool Validator::MergedAsDuplicate(const Entry& e, size_t index, const std::string& folded,
                                  const std::vector<size_t>& raw_list, const std::vector<size_t>& folded_list) {
  for (size_t i : raw_list) {
    const Entry& first = out_.merged[i];
    if (first.risk != e.risk) continue;
    ++st_.exact_duplicates;
    Report(Diagnostic::kWarning, Finding::kExactDuplicate, e, index,
           absl::StrCat("exact duplicate of '", e.keyword, "' at ", Where(first), "; merged"));
    return true;
  }
  for (size_t i : folded_list) {
    const Entry& first = out_.merged[i];
    if (first.risk != e.risk) continue;
    ++st_.folded_duplicates;
    Report(Diagnostic::kWarning, Finding::kFoldedDuplicate, e, index,
           absl::StrCat("duplicate after normalization: '", e.keyword, "' folds to '", folded, "' like '",
                        first.keyword, "' at ", Where(first), "; merged"));
    return true;
  }
  return false;
}

// The same keyword with another risk: both kept.
void Validator::ReportConflict(const Entry& e, size_t index, const std::vector<size_t>& folded_list) {
  for (size_t i : folded_list) {
    const Entry& first = out_.merged[i];
    if (first.source == e.source && first.line == e.line) continue;  // one line with several tags
    ++st_.conflicts;
    Report(Diagnostic::kWarning, Finding::kConflict, e, index,
           absl::StrCat("conflict: '", e.keyword, "' (", e.risk, ") is the same keyword as '", first.keyword, "' (",
                        first.risk, ") at ", Where(first), "; both kept, a hit reports both risks"));
    return;
  }
}

// Over-broad, over-long and spaced blocking keywords.
void Validator::Lint(const Entry& e, size_t index, const std::string& folded) {
  if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow) return;
  const size_t cps = CodePointStarts(folded).size() - 1;
  if (std::string why = OverBroadReason(folded, cps); !why.empty()) {
    ++st_.over_broad;
    Report(Diagnostic::kWarning, Finding::kOverBroad, e, index,
           absl::StrCat("over-broad keyword '", e.keyword, "': ", why));
  } else if (cps > options_.long_keyword_chars) {
    ++st_.long_keywords;
    Report(Diagnostic::kWarning, Finding::kLongKeyword, e, index,
           absl::StrCat("keyword of ", cps, " characters: a sentence rather than a keyword? It fires only on "
                        "this exact text"));
  }
  if (folded.find(' ') != std::string::npos) {
    ++st_.inner_space;
    Report(Diagnostic::kInfo, Finding::kInnerSpace, e, index,
           absl::StrCat("keyword '", e.keyword, "' has inner spaces: matched as one phrase '", folded, "'"));
  }
}

// Longer blocking literals that a shorter one already matches.
void Validator::CheckCovered() {
  absl::flat_hash_map<std::string_view, size_t> literal;  // folded -> first merged index
  size_t longest = 0;
  auto blocking_literal = [](const Entry& e) { return e.kind == EntryKind::kLiteral && e.action != Action::kAllow; };
  for (size_t i = 0; i < out_.merged.size(); ++i) {
    if (!blocking_literal(out_.merged[i])) continue;
    literal.try_emplace(out_.folded[i], i);
    longest = std::max(longest, out_.folded[i].size());
  }
  for (size_t i = 0; i < out_.merged.size(); ++i) {
    const Entry& e = out_.merged[i];
    if (!blocking_literal(e)) continue;
    const std::string& f = out_.folded[i];
    const std::vector<uint32_t> starts = CodePointStarts(f);
    const size_t n = starts.size() - 1;
    bool found = false;
    for (size_t a = 0; a < n && !found; ++a) {
      for (size_t b = a + 1; b <= n && !found; ++b) {
        if (b - a == n) break;  // the keyword itself
        const size_t len = starts[b] - starts[a];
        if (len > longest) break;
        auto it = literal.find(std::string_view(f).substr(starts[a], len));
        if (it == literal.end()) continue;
        const Entry& shorter = out_.merged[it->second];
        if (WholeWord(shorter.match, out_.folded[it->second])) {
          const bool left_ok = starts[a] == 0 || !IsAsciiAlnum(f[starts[a] - 1]);
          const bool right_ok = starts[b] == f.size() || !IsAsciiAlnum(f[starts[b]]);
          if (!left_ok || !right_ok) continue;
        }
        found = true;
        ++st_.covered;
        Report(Diagnostic::kInfo, Finding::kCovered, e, out_.input_index[i],
               absl::StrCat("'", e.keyword, "' is covered by the shorter keyword '", shorter.keyword, "' (",
                            shorter.risk, ") at ", Where(shorter), ": it never fires alone"));
      }
    }
  }
}

}  // namespace

size_t ValidatedList::CountErrors() const {
  size_t n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Diagnostic::kError;
  return n;
}

void ValidatedList::Remove(const std::vector<size_t>& rejected) {
  if (rejected.empty()) return;
  size_t next = 0, out = 0;
  for (size_t i = 0; i < merged.size(); ++i) {
    if (next < rejected.size() && rejected[next] == i) {
      ++next;
      continue;
    }
    if (out != i) {
      merged[out] = std::move(merged[i]);
      folded[out] = std::move(folded[i]);
      if (i < input_index.size()) input_index[out] = input_index[i];
    }
    ++out;
  }
  merged.resize(out);
  folded.resize(out);
  if (input_index.size() > out) input_index.resize(out);
  stats.merged = merged.size();
}

absl::StatusOr<ValidatedList> ValidateAndMerge(const std::vector<Entry>& entries, const ValidateOptions& options) {
  auto table = FoldTable::Create(options.normalizer);
  if (!table.ok()) return table.status();
  ValidatedList out;
  out.stats.input = entries.size();
  Validator validator(**table, options, &out);
  for (size_t i = 0; i < entries.size(); ++i) validator.Add(entries[i], i);
  if (options.check_covered) validator.CheckCovered();
  out.stats.merged = out.merged.size();
  return out;
}

}  // namespace lanjie
