#include "lanjie/lexicon/lexicon.h"
#include "lanjie/lexicon/variant_options.h"

#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Column names accepted in a header row, lower-cased; Chinese as used in
// filing spreadsheets.
struct ColumnAlias {
  const char* column;
  std::vector<std::string_view> names;
};
const std::vector<ColumnAlias>& Aliases() {
  static const auto* a = new std::vector<ColumnAlias>{
      {"keyword", {"keyword", "word", "关键词", "敏感词", "词"}},
      {"risk", {"risk", "risk_code", "风险类别代码", "风险类别", "风险", "风险项"}},
      {"kind", {"kind", "类型"}},
      {"action", {"action", "动作", "处置"}},
      {"match", {"match", "匹配"}},
      {"note", {"note", "备注", "说明"}},
      {"variants", {"variants", "变体"}},
  };
  return *a;
}

std::string Trim(std::string_view s) { return std::string(absl::StripAsciiWhitespace(Av(s))); }

}  // namespace

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
                            std::string message) {
  diagnostics.push_back({severity, std::move(file), line, std::move(message)});
}

void ReadLexiconText(std::string_view name, std::string_view contents, bool table, char delimiter,
                     const ReadOptions& options, Lexicon* out) {
  const std::string file(name);
  if (absl::StartsWith(Av(contents), Av(kBom))) contents.remove_prefix(kBom.size());
  if (contents.empty()) {
    out->AddDiagnostic(Diagnostic::kWarning, file, 0, "empty file: no keywords");
    return;
  }
  const Taxonomy& taxonomy = Taxonomy::Default();
  auto take = [&](uint32_t line, std::string keyword, std::string_view risk, std::string_view kind,
                  std::string_view action, std::string_view match, std::string note, std::string variants) {
    size_t bad = 0;
    if (!IsValidUtf8(keyword, &bad) || !IsValidUtf8(note, &bad)) {
      out->AddDiagnostic(Diagnostic::kError, file, line,
                         absl::StrCat("invalid UTF-8 at byte ", bad + 1, " of the field"));
      return;
    }
    Entry e;
    e.keyword = std::move(keyword);
    e.note = std::move(note);
    e.variants = std::move(variants);
    if (!e.variants.empty()) {
      if (auto v = ParseVariantOptions(e.variants); !v.ok())
        return out->AddDiagnostic(Diagnostic::kError, file, line, absl::StrCat("variants: ", v.status().message()));
    }
    e.source = file;
    e.line = line;
    e.kind = options.default_kind;
    e.action = options.default_action;
    if (e.keyword.empty()) {
      out->AddDiagnostic(Diagnostic::kError, file, line, "empty keyword");
      return;
    }
    if (!kind.empty()) {
      auto k = ParseEntryKind(kind);
      if (!k.ok()) return out->AddDiagnostic(Diagnostic::kError, file, line, std::string(k.status().message()));
      e.kind = *k;
    }
    if (!action.empty()) {
      auto a = ParseAction(action);
      if (!a.ok()) return out->AddDiagnostic(Diagnostic::kError, file, line, std::string(a.status().message()));
      e.action = *a;
    }
    auto m = ParseWordMode(match);
    if (!m.ok()) return out->AddDiagnostic(Diagnostic::kError, file, line, std::string(m.status().message()));
    e.match = *m;
    std::string_view r = risk.empty() ? std::string_view(options.default_risk) : risk;
    if (r.empty() && e.action != Action::kAllow) {
      out->AddDiagnostic(Diagnostic::kError, file, line,
                         absl::StrCat("keyword '", e.keyword, "' has no risk code (give one in the risk column or with --risk)"));
      return;
    }
    if (!r.empty()) {
      auto idx = taxonomy.Find(r);
      if (!idx.ok()) return out->AddDiagnostic(Diagnostic::kError, file, line, std::string(idx.status().message()));
      e.risk = taxonomy.risk(*idx).code;
    }
    out->entries.push_back(std::move(e));
  };

  if (!table) {
    uint32_t line = 0;
    size_t pos = 0;
    while (pos < contents.size()) {
      size_t nl = contents.find('\n', pos);
      std::string_view raw = contents.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
      pos = nl == std::string_view::npos ? contents.size() : nl + 1;
      ++line;
      std::string kw = Trim(raw);
      if (kw.empty() || kw[0] == '#') continue;  // blank lines and comments carry no keyword
      take(line, std::move(kw), "", "", "", "", "", "");
    }
    return;
  }

  CsvReader reader(contents, delimiter);
  CsvRecord rec;
  std::string err;
  int col[7] = {-1, -1, -1, -1, -1, -1, -1};
  bool have_header = false;
  while (reader.Next(&rec, &err)) {
    if (!err.empty()) {
      out->AddDiagnostic(Diagnostic::kError, file, rec.line, err);
      continue;
    }
    if (rec.fields.size() == 1 && Trim(rec.fields[0]).empty()) continue;
    if (!have_header) {
      for (size_t i = 0; i < rec.fields.size(); ++i) {
        std::string h = absl::AsciiStrToLower(Trim(rec.fields[i]));
        for (size_t c = 0; c < Aliases().size(); ++c)
          for (std::string_view alias : Aliases()[c].names)
            if (h == alias && col[c] < 0) col[c] = static_cast<int>(i);
      }
      have_header = true;
      if (col[0] < 0) {
        out->AddDiagnostic(Diagnostic::kError, file, rec.line,
                           "header has no 'keyword' column (expected a header row such as keyword,risk)");
        return;
      }
      if (col[1] < 0 && options.default_risk.empty()) {
        out->AddDiagnostic(Diagnostic::kError, file, rec.line,
                           "header has no 'risk' column and no default risk was given");
        return;
      }
      continue;
    }
    auto field = [&](int c) -> std::string {
      return col[c] >= 0 && static_cast<size_t>(col[c]) < rec.fields.size() ? Trim(rec.fields[col[c]]) : "";
    };
    if (static_cast<size_t>(col[0]) >= rec.fields.size()) {
      out->AddDiagnostic(Diagnostic::kError, file, rec.line,
                         absl::StrCat("missing keyword column: the row has ", rec.fields.size(), " fields"));
      continue;
    }
    take(rec.line, field(0), field(1), field(2), field(3), field(4), field(5), field(6));
  }
}

absl::Status ReadLexiconFile(const std::string& path, const ReadOptions& options, Lexicon* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  const std::string contents = ss.str();
  const std::string lower = absl::AsciiStrToLower(path);
  const bool csv = absl::EndsWith(lower, ".csv");
  const bool tsv = absl::EndsWith(lower, ".tsv");
  ReadLexiconText(path, contents, csv || tsv, tsv ? '\t' : ',', options, out);
  return absl::OkStatus();
}

}  // namespace lanjie
