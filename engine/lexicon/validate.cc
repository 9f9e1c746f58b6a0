#include "lanjie/lexicon/validate.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
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

bool IsLatinWord(std::string_view folded) {
  bool alnum = false;
  for (char c : folded) {
    if (IsAsciiAlnum(c)) alnum = true;
    else if (c != ' ') return false;
  }
  return alnum;
}

bool WholeWord(WordMode mode, std::string_view folded) {
  return mode == WordMode::kWord || (mode == WordMode::kAuto && IsLatinWord(folded));
}

bool IsCjk(uint32_t cp) {
  return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF);
}

// Why the folded keyword is over-broad ("" if it is not).
std::string OverBroadReason(std::string_view folded, size_t code_points) {
  if (code_points == 1) {
    uint32_t cp = 0;
    DecodeUtf8(reinterpret_cast<const unsigned char*>(folded.data()),
               reinterpret_cast<const unsigned char*>(folded.data()) + folded.size(), &cp);
    return IsCjk(cp) ? "a single Chinese character matches inside countless ordinary words"
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

}  // namespace

absl::StatusOr<ValidatedList> ValidateAndMerge(const std::vector<Entry>& entries, const ValidateOptions& options) {
  auto table = FoldTable::Create(options.normalizer);
  if (!table.ok()) return table.status();
  ValidatedList out;
  ValidationStats& st = out.stats;
  st.input = entries.size();
  auto report = [&](Diagnostic::Severity sev, const Entry& e, std::string msg) {
    out.diagnostics.push_back({sev, e.source, e.line, std::move(msg)});
  };

  // Duplicate keys: (kind, text, action); the value lists merged indexes.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_raw, by_folded;
  for (const Entry& e : entries) {
    if (std::string why = GarbageReason(e.keyword); !why.empty()) {
      ++st.garbage;
      report(Diagnostic::kError, e, absl::StrCat("keyword '", Printable(e.keyword), "': ", why, "; not taken"));
      continue;
    }
    std::string folded;
    if (e.kind == EntryKind::kLiteral) {
      folded = Fold(**table, e.keyword);
      if (folded.empty()) {
        ++st.folds_to_nothing;
        report(Diagnostic::kError, e,
               absl::StrCat("keyword '", e.keyword, "' folds to nothing (only punctuation, spaces or symbols); not taken"));
        continue;
      }
    }
    const std::string prefix = absl::StrCat(static_cast<int>(e.kind), "\x1f", static_cast<int>(e.action), "\x1f");
    // Exact duplicates (same text as written).
    auto& raw_list = by_raw[prefix + e.keyword];
    bool merged_away = false;
    for (size_t i : raw_list) {
      const Entry& first = out.merged[i];
      if (first.risk == e.risk) {
        ++st.exact_duplicates;
        report(Diagnostic::kWarning, e,
               absl::StrCat("exact duplicate of '", e.keyword, "' at ", Where(first), "; merged"));
        merged_away = true;
        break;
      }
    }
    if (merged_away) continue;
    auto& folded_list = by_folded[prefix + (folded.empty() ? e.keyword : folded)];
    for (size_t i : folded_list) {
      const Entry& first = out.merged[i];
      if (first.risk == e.risk) {
        ++st.folded_duplicates;
        report(Diagnostic::kWarning, e,
               absl::StrCat("duplicate after normalization: '", e.keyword, "' folds to '", folded, "' like '",
                            first.keyword, "' at ", Where(first), "; merged"));
        merged_away = true;
        break;
      }
    }
    if (merged_away) continue;
    for (size_t i : folded_list) {
      const Entry& first = out.merged[i];
      if (first.source == e.source && first.line == e.line) continue;  // one line with several tags
      ++st.conflicts;
      report(Diagnostic::kWarning, e,
             absl::StrCat("conflict: '", e.keyword, "' (", e.risk, ") is the same keyword as '", first.keyword, "' (",
                          first.risk, ") at ", Where(first), "; both kept, a hit reports both risks"));
      break;
    }
    if (e.kind == EntryKind::kLiteral && e.action != Action::kAllow) {
      const size_t cps = CodePointStarts(folded).size() - 1;
      if (std::string why = OverBroadReason(folded, cps); !why.empty()) {
        ++st.over_broad;
        report(Diagnostic::kWarning, e, absl::StrCat("over-broad keyword '", e.keyword, "': ", why));
      } else if (cps > options.long_keyword_chars) {
        ++st.long_keywords;
        report(Diagnostic::kWarning, e,
               absl::StrCat("keyword of ", cps, " characters: a sentence rather than a keyword? It fires only on "
                            "this exact text"));
      }
      if (folded.find(' ') != std::string::npos) {
        ++st.inner_space;
        report(Diagnostic::kInfo, e,
               absl::StrCat("keyword '", e.keyword, "' has inner spaces: matched as one phrase '", folded, "'"));
      }
    }
    raw_list.push_back(out.merged.size());
    folded_list.push_back(out.merged.size());
    out.merged.push_back(e);
    out.folded.push_back(std::move(folded));
  }

  if (options.check_covered) {
    // Blocking literal keywords by folded text -> first merged index.
    absl::flat_hash_map<std::string_view, size_t> literal;
    size_t longest = 0;
    for (size_t i = 0; i < out.merged.size(); ++i) {
      const Entry& e = out.merged[i];
      if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow) continue;
      literal.try_emplace(out.folded[i], i);
      longest = std::max(longest, out.folded[i].size());
    }
    for (size_t i = 0; i < out.merged.size(); ++i) {
      const Entry& e = out.merged[i];
      if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow) continue;
      const std::string& f = out.folded[i];
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
          const Entry& shorter = out.merged[it->second];
          const std::string& sf = out.folded[it->second];
          if (WholeWord(shorter.match, sf)) {
            const bool left_ok = starts[a] == 0 || !IsAsciiAlnum(f[starts[a] - 1]);
            const bool right_ok = starts[b] == f.size() || !IsAsciiAlnum(f[starts[b]]);
            if (!left_ok || !right_ok) continue;
          }
          found = true;
          ++st.covered;
          report(Diagnostic::kInfo, e,
                 absl::StrCat("'", e.keyword, "' is covered by the shorter keyword '", shorter.keyword, "' (",
                              shorter.risk, ") at ", Where(shorter), ": it never fires alone"));
        }
      }
    }
  }
  st.merged = out.merged.size();
  return out;
}

}  // namespace lanjie
