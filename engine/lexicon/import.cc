#include "lanjie/lexicon/import.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lanjie/common/text_io.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "lanjie/common/sv.h"
#include "lanjie/lexicon/xlsx_reader.h"
#include "lanjie/lexicon/csv.h"
#include "lanjie/lexicon/decode.h"
#include "lanjie/lexicon/hygiene.h"
#include "lanjie/lexicon/variant_options.h"
#include "lanjie/lexicon/taxonomy.h"

namespace lanjie {
namespace {

namespace fs = std::filesystem;

// houbb/sensitive-word's numeric tags.
const char* HoubbTagName(std::string_view tag) {
  if (tag == "0") return "政治";
  if (tag == "1") return "毒品";
  if (tag == "2") return "色情";
  if (tag == "3") return "赌博";
  if (tag == "4") return "违法犯罪";
  return nullptr;
}

enum Column { kKeyword, kRisk, kCategory, kKind, kAction, kMatch, kNote, kAccept, kFirstSeen, kUpdated, kOrigin, kVariants, kColumns };
// Header names, lower-cased. "risk" holds codes; "category" holds names to
// map (either column may hold either: both go through the CategoryMap).
const std::vector<std::vector<std::string_view>>& HeaderNames() {
  static const auto* names = new std::vector<std::vector<std::string_view>>{
      {"keyword", "word", "关键词", "敏感词", "词", "词语", "违禁词", "拦截词"},
      {"risk", "risk_code", "风险类别代码", "风险代码", "风险项", "风险编号"},
      {"category", "风险类别", "类别", "分类", "风险", "tag", "tags", "标签", "违规类型"},
      {"kind", "类型"},
      {"action", "动作", "处置"},
      {"match", "匹配"},
      {"note", "note", "备注", "说明"},
      {"accept", "接受"},
      {"first_seen", "首次收录", "首次收录日期"},
      {"updated", "更新日期", "last_changed"},
      {"origin", "原始来源", "来源"},
      {"variants", "变体"},
  };
  return *names;
}

std::string Trim(std::string_view s) { return std::string(absl::StripAsciiWhitespace(Av(s))); }

// A record's cells by column ("" where the file has none).
using Cells = std::array<std::string, kColumns>;
// The cells an entry takes as they are written.
constexpr std::pair<Column, std::string Entry::*> kTextColumns[] = {
    {kKeyword, &Entry::keyword},     {kNote, &Entry::note},       {kVariants, &Entry::variants},
    {kFirstSeen, &Entry::first_seen}, {kUpdated, &Entry::updated}, {kOrigin, &Entry::origin},
};

// A record of a keyword list without columns: the keyword alone.
Cells KeywordOnly(std::string keyword) {
  Cells cells;
  cells[kKeyword] = std::move(keyword);
  return cells;
}

// One file's import state: resolves categories, counts records.
class FileImporter {
 public:
  FileImporter(std::string file, const ImportOptions& options, ImportResult* out, SourceReport* report)
      : file_(std::move(file)), options_(options), out_(out), report_(report),
        map_(options.map ? *options.map : CategoryMap::Defaults()) {}

  void Error(uint32_t line, std::string message, Finding kind) {
    out_->lexicon.AddDiagnostic(Diagnostic::kError, file_, line, std::move(message), kind);
  }
  void Warning(uint32_t line, std::string message, Finding kind) {
    out_->lexicon.AddDiagnostic(Diagnostic::kWarning, file_, line, std::move(message), kind);
  }

  // Resolves a category or risk cell. Returns "" and records the problem
  // when it cannot be used; "-" for categories marked as not keyword lists.
  std::string Resolve(uint32_t line, const std::string& category) {
    if (auto it = resolved_.find(category); it != resolved_.end()) return it->second;
    if (auto risk = map_.Find(category)) {
      resolved_.emplace(category, *risk);
      return *risk;
    }
    UnmappedCategory& u = out_->unmapped[category];
    if (u.count++ == 0) {
      u.first_file = file_;
      u.first_line = line;
    }
    return "";
  }

  // One record: its cells by column (after trimming; moved from). kRisk and
  // kCategory are not read: `categories` holds the cells to map. Produces
  // one entry per distinct risk of `categories`.
  void Take(uint32_t line, Cells&& cells, const std::vector<std::string>& categories) {
    ++report_->records;
    Entry e;
    if (!MakeEntry(line, cells, &e)) return;
    if (e.action == Action::kAllow) {  // allow-list phrases carry no risk
      out_->lexicon.entries.push_back(std::move(e));
      ++report_->taken;
      return;
    }
    std::vector<std::string> risks;
    if (!ResolveRisks(line, e.keyword, categories, &risks)) return;
    for (size_t i = 0; i < risks.size(); ++i) {
      Entry copy = e;
      copy.risk = risks[i];
      out_->lexicon.entries.push_back(std::move(copy));
    }
    ++report_->taken;
  }

  void NotTaken(uint32_t line, std::string message, Finding kind = Finding::kBadRow) {
    ++report_->not_taken;
    Error(line, std::move(message), kind);
  }

  const std::string& file() const { return file_; }
  const ImportOptions& options() const { return options_; }
  SourceReport* report() { return report_; }
  const CategoryMap& map() const { return map_; }
  // The file is UTF-8 with invalid bytes: keywords holding them are errors.
  void RejectReplaced() { reject_replaced_ = true; }

 private:
  // The keyword cell is one: not empty, one line, valid UTF-8, not run-away.
  // Reports the record as not taken otherwise.
  bool CheckKeyword(uint32_t line, const std::string& keyword) {
    if (keyword.empty()) return NotTaken(line, "empty keyword"), false;
    if (keyword.find('\n') != std::string::npos) {
      NotTaken(line, absl::StrCat("keyword spans ", std::count(keyword.begin(), keyword.end(), '\n') + 1,
                                  " lines: the quote opened on this line closes only on a later line "
                                  "(an unterminated quote?)"));
      return false;
    }
    if (reject_replaced_ && keyword.find("\xEF\xBF\xBD") != std::string::npos) {
      NotTaken(line, "invalid UTF-8 in the keyword (bytes that are not UTF-8, shown as U+FFFD)", Finding::kEncoding);
      return false;
    }
    if (keyword.size() > options_.max_keyword_bytes) {
      NotTaken(line, absl::StrCat("keyword is ", keyword.size(), " bytes long (limit ", options_.max_keyword_bytes,
                                  "): a run-away line, not a keyword; check the file's line breaks"));
      return false;
    }
    return true;
  }

  // *out: the entry of a record's cells (moved from; risk not set). False
  // after reporting a bad keyword or a bad kind / action / match / variants cell.
  bool MakeEntry(uint32_t line, Cells& cells, Entry* out) {
    if (!CheckKeyword(line, cells[kKeyword])) return false;
    Entry& e = *out;
    for (const auto& [column, member] : kTextColumns) e.*member = std::move(cells[column]);
    e.accept_broad = IsAcceptCell(cells[kAccept]);
    e.source = file_;
    e.line = line;
    e.kind = options_.default_kind;
    e.action = options_.default_action;
    if (!e.variants.empty()) {
      if (auto v = ParseVariantOptions(e.variants); !v.ok())
        return NotTaken(line, absl::StrCat("variants: ", v.status().message()), Finding::kBadField), false;
    }
    if (!cells[kKind].empty()) {
      auto k = ParseEntryKind(cells[kKind]);
      if (!k.ok()) return NotTaken(line, std::string(k.status().message()), Finding::kBadField), false;
      e.kind = *k;
    }
    if (!cells[kAction].empty()) {
      auto a = ParseAction(cells[kAction]);
      if (!a.ok()) return NotTaken(line, std::string(a.status().message()), Finding::kBadField), false;
      e.action = *a;
    }
    auto m = ParseWordMode(cells[kMatch]);
    if (!m.ok()) return NotTaken(line, std::string(m.status().message()), Finding::kBadField), false;
    e.match = *m;
    return true;
  }

  // The distinct risks of `categories` into *risks; false (the record
  // reported as not taken) when there are none to use.
  bool ResolveRisks(uint32_t line, const std::string& keyword, const std::vector<std::string>& categories,
                    std::vector<std::string>* risks) {
    if (categories.empty()) {
      NotTaken(line, absl::StrCat("keyword '", keyword,
                                  "' has no category or risk (give a risk column, --category, or a file name "
                                  "that names the category)"),
               Finding::kNoRisk);
      return false;
    }
    bool unmapped = false, skipped = false;
    // One rule with `lanjie compile`: a cell written as a risk code that
    // Appendix A does not have is an error for its line.
    for (const std::string& c : categories) {
      if (map_.Find(c) || CanonicalRiskCode(c).empty()) continue;
      if (auto idx = Taxonomy::Default().Find(c); !idx.ok())
        return NotTaken(line, std::string(idx.status().message()), Finding::kBadField), false;
    }
    for (const std::string& c : categories) {
      std::string r = Resolve(line, c);
      if (r.empty()) unmapped = true;
      else if (r == "-") skipped = true;
      else if (std::find(risks->begin(), risks->end(), r) == risks->end()) risks->push_back(r);
    }
    // Unmapped categories are reported once for the whole import (FinishImport).
    if (unmapped) {
      ++report_->not_taken;
      return false;
    }
    if (risks->empty() && skipped) {
      NotTaken(line, absl::StrCat("category '", absl::StrJoin(categories, ","), "' is mapped to '-' (not a keyword list)"),
               Finding::kSkipped);
      return false;
    }
    return true;
  }

  std::string file_;
  const ImportOptions& options_;
  ImportResult* out_;
  SourceReport* report_;
  const CategoryMap& map_;
  absl::flat_hash_map<std::string, std::string> resolved_;  // category -> risk, per file
  bool reject_replaced_ = false;
};

// The category for lines that carry none: the option, else the file name.
std::string DefaultCategory(const FileImporter& f) {
  if (!f.options().default_risk.empty()) return f.options().default_risk;
  if (!f.options().category_from_file_name) return "";
  return fs::path(f.file()).stem().string();
}


void ImportPlain(std::string_view text, FileImporter& f) {
  const std::string category = DefaultCategory(f);
  const std::vector<std::string> categories =
      category.empty() ? std::vector<std::string>() : std::vector<std::string>{category};
  ForEachLine(text, [&](uint32_t line, std::string_view raw) {
    std::string kw = Trim(raw);
    if (kw.empty()) return;
    if (kw[0] == '#') {
      ++f.report()->comments;
      return;
    }
    // Lists exported as "word," (one per line with a trailing separator).
    while (!kw.empty() && kw.back() == ',') kw.pop_back();
    if (absl::EndsWith(kw, "，")) kw.resize(kw.size() - 3);
    kw = Trim(kw);
    f.Take(line, KeywordOnly(std::move(kw)), categories);
  });
}

// "word tag[,tag]": the last whitespace-separated token holds the tags.
bool LooksLikeTagLine(std::string_view s) {
  size_t sep = s.find_last_of(" \t");
  if (sep == std::string_view::npos || sep == 0) return false;
  std::string_view tags = s.substr(sep + 1);
  if (tags.empty()) return false;
  for (char c : tags)
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c)) && c != ',') return false;
  return true;
}

void ImportTags(std::string_view text, FileImporter& f) {
  ForEachLine(text, [&](uint32_t line, std::string_view raw) {
    std::string s = Trim(raw);
    if (s.empty()) return;
    size_t sep = s.find_last_of(" \t");
    if (sep == std::string::npos) {
      ++f.report()->records;
      return f.NotTaken(line, absl::StrCat("expected 'word tag[,tag]', found '", s, "' (no tag)"), Finding::kBadRow);
    }
    std::string word = Trim(std::string_view(s).substr(0, sep));
    std::vector<std::string> categories;
    for (absl::string_view tag : absl::StrSplit(Av(std::string_view(s).substr(sep + 1)), absl::ByAnyChar(",，"),
                                                absl::SkipWhitespace())) {
      std::string t(absl::StripAsciiWhitespace(tag));
      const char* name = HoubbTagName(t);
      categories.push_back(name ? name : t);
    }
    f.Take(line, KeywordOnly(std::move(word)), categories);
  });
}

// Rows of a table (CSV/TSV/XLSX) after the header is found.
struct TableRow {
  uint32_t line;
  std::vector<std::string> fields;
};

// The index of the first row with a non-blank field (rows.size() if none).
size_t FirstNonBlankRow(const std::vector<TableRow>& rows) {
  size_t first = 0;
  while (first < rows.size()) {
    const auto& fields = rows[first].fields;
    bool blank = std::all_of(fields.begin(), fields.end(), [](const std::string& s) { return Trim(s).empty(); });
    if (!blank) break;
    ++first;
  }
  return first;
}

// col[c]: the header field naming column c (its first alias match), or -1.
void MapHeaderColumns(const TableRow& header, int col[kColumns]) {
  std::fill(col, col + kColumns, -1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string h = absl::AsciiStrToLower(Trim(header.fields[i]));
    for (int c = 0; c < kColumns; ++c)
      for (std::string_view alias : HeaderNames()[c])
        if (h == alias && col[c] < 0) col[c] = static_cast<int>(i);
  }
}

void ImportRows(const std::vector<TableRow>& rows, FileImporter& f) {
  const size_t first = FirstNonBlankRow(rows);
  if (first == rows.size()) {
    f.Warning(0, "empty table: no header and no keywords", Finding::kEmptyFile);
    return;
  }
  const TableRow& header = rows[first];
  int col[kColumns];
  MapHeaderColumns(header, col);
  if (col[kKeyword] < 0) {
    std::vector<std::string> seen;
    for (const auto& h : header.fields) seen.push_back(absl::StrCat("'", Trim(h), "'"));
    f.Error(header.line, absl::StrCat("header has no keyword column (keyword / 关键词 / 敏感词); found ",
                                      absl::StrJoin(seen, ", "), "; ", rows.size() - first - 1,
                                      " rows not imported"),
            Finding::kBadRow);
    f.report()->records += rows.size() - first - 1;
    f.report()->not_taken += rows.size() - first - 1;
    return;
  }
  const std::string fallback = DefaultCategory(f);
  for (size_t r = first + 1; r < rows.size(); ++r) {
    const TableRow& row = rows[r];
    auto field = [&](int c) -> std::string {
      return col[c] >= 0 && static_cast<size_t>(col[c]) < row.fields.size() ? Trim(row.fields[col[c]]) : "";
    };
    bool blank = std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& s) { return Trim(s).empty(); });
    if (blank) continue;
    if (static_cast<size_t>(col[kKeyword]) >= row.fields.size()) {
      ++f.report()->records;
      f.NotTaken(row.line, absl::StrCat("missing keyword column: the row has ", row.fields.size(), " field(s), the ",
                                        "header names ", header.fields.size()));
      continue;
    }
    Cells cells;
    for (int c = 0; c < kColumns; ++c) cells[c] = field(c);
    std::vector<std::string> categories;
    if (!cells[kRisk].empty()) categories.push_back(cells[kRisk]);
    else if (!cells[kCategory].empty()) categories.push_back(cells[kCategory]);
    else if (!fallback.empty() && (col[kRisk] < 0 && col[kCategory] < 0 ? true : !f.options().default_risk.empty()))
      categories.push_back(fallback);
    f.Take(row.line, std::move(cells), categories);
  }
}

void ImportDelimited(std::string_view text, char delimiter, FileImporter& f) {
  CsvReader reader(text, delimiter);
  CsvRecord rec;
  std::string err;
  std::vector<TableRow> rows;
  while (reader.Next(&rec, &err)) {
    if (!err.empty()) {
      ++f.report()->records;
      f.NotTaken(rec.line, err, Finding::kUnreadable);
      continue;
    }
    rows.push_back({rec.line, std::move(rec.fields)});
  }
  ImportRows(rows, f);
}

std::string ExtensionOf(const std::string& path) {
  return absl::AsciiStrToLower(fs::path(path).extension().string());
}

SourceFormat DetectFormat(const std::string& path, std::string_view bytes) {
  const std::string ext = ExtensionOf(path);
  if (ext == ".xlsx" || LooksLikeZip(bytes)) return SourceFormat::kXlsx;
  if (ext == ".csv" || ext == ".tsv") return SourceFormat::kTable;
  return SourceFormat::kPlain;
}

// Plain text whose non-blank lines (of the first 200) mostly (80%) end in numeric tags.
bool LooksLikeTags(std::string_view text) {
  int lines = 0, tagged = 0;
  ForEachLine(text.substr(0, 1 << 16), [&](uint32_t, std::string_view raw) {
    std::string s = Trim(raw);
    if (s.empty() || lines >= 200) return;
    ++lines;
    tagged += LooksLikeTagLine(s);
  });
  return lines > 0 && tagged * 5 >= lines * 4;
}

std::string SkippedReason(const std::string& category, const CategoryMap& map) {
  auto risk = map.Find(category);
  if (risk && *risk == "-") return absl::StrCat("category '", category, "' is mapped to '-' (not a keyword list)");
  return "";
}

// Imports the keyword sheet of a workbook.
void ImportXlsx(const std::string& path, std::string_view bytes, const ImportOptions& options, SourceReport* report,
                FileImporter& f) {
  report->format = "xlsx";
  report->encoding = "XLSX (UTF-8)";
  // Our own filing workbook (and others shaped like it) keeps the keywords
  // on a sheet named 关键词 after a summary sheet: prefer it when no sheet
  // is named.
  absl::StatusOr<XlsxSheet> sheet = absl::NotFoundError("");
  if (options.sheet.empty()) sheet = ReadXlsxSheetFromBytes(bytes, path, "关键词");
  if (!sheet.ok()) sheet = ReadXlsxSheetFromBytes(bytes, path, options.sheet);
  if (!sheet.ok()) {
    f.Error(0, absl::StrCat(sheet.status().message(), "; nothing imported from this file"), Finding::kUnreadable);
    return;
  }
  std::vector<TableRow> rows;
  for (XlsxRow& r : sheet->rows) rows.push_back({r.row, std::move(r.cells)});
  ImportRows(rows, f);
}

// Records how the text was decoded and warns about a doubtful guess or
// undecodable characters.
void ReportDecoding(const DecodedText& decoded, SourceReport* report, FileImporter& f) {
  report->encoding = absl::StrCat(decoded.encoding, " (", decoded.how, ")");
  if (decoded.how == "UTF-8 with invalid bytes") f.RejectReplaced();
  if (decoded.how != "BOM" && decoded.how != "valid UTF-8" && decoded.how != "given" &&
      decoded.how != "UTF-8 with invalid bytes" && decoded.confidence < 50) {
    f.Warning(0, absl::StrCat("encoding guessed as ", decoded.encoding, " with low confidence (", decoded.confidence,
                              "/100): check the imported keywords, or give the encoding with --encoding"),
              Finding::kEncoding);
  }
  if (decoded.bad_chars > 0) {
    f.Warning(decoded.first_bad_line,
              absl::StrCat(decoded.bad_chars, " character(s) do not decode as ", decoded.encoding,
                           " (first on this line): wrong encoding guess? Give it with --encoding; lines with "
                           "undecodable characters are rejected by validation"),
              Finding::kEncoding);
  }
}

// A plain file whose name maps to '-' (stop words ...) is never imported
// from a directory, whatever category the directory was given: warns,
// counts its lines as not taken and returns true.
bool SkipByName(const std::string& path, std::string_view text, const ImportOptions& options, SourceReport* report,
                FileImporter& f) {
  std::string reason = options.default_risk.empty() || options.in_directory
                           ? SkippedReason(fs::path(path).stem().string(), f.map())
                           : "";
  if (reason.empty()) return false;
  report->format = "skipped";
  uint64_t lines = 0;
  ForEachLine(text, [&](uint32_t, std::string_view raw) { lines += !Trim(raw).empty(); });
  f.Warning(0, absl::StrCat("skipped: ", reason, "; ", lines, " lines not imported"), Finding::kSkipped);
  report->records = report->not_taken = lines;
  return true;
}

// Imports decoded text as tags, a CSV/TSV table or plain lines.
void ImportDecoded(const std::string& path, const std::string& text, SourceFormat format, SourceReport* report,
                   FileImporter& f) {
  switch (format) {
    case SourceFormat::kTags:
      report->format = "tags";
      ImportTags(text, f);
      break;
    case SourceFormat::kTable: {
      const bool tsv = ExtensionOf(path) == ".tsv" ||
                       (ExtensionOf(path) != ".csv" && text.substr(0, text.find('\n')).find('\t') != std::string::npos);
      report->format = tsv ? "tsv" : "csv";
      ImportDelimited(text, tsv ? '\t' : ',', f);
      break;
    }
    default:
      report->format = "plain";
      ImportPlain(text, f);
  }
}

void ImportFile(const std::string& path, std::string_view bytes, const ImportOptions& options, ImportResult* out) {
  SourceReport fresh;
  fresh.path = path;
  out->sources.push_back(std::move(fresh));
  const size_t report_index = out->sources.size() - 1;
  SourceReport* report = &out->sources[report_index];
  FileImporter f(path, options, out, report);
  SourceFormat format = options.format == SourceFormat::kAuto || options.format == SourceFormat::kDirectory
                            ? DetectFormat(path, bytes)
                            : options.format;
  if (bytes.empty()) {
    report->format = "empty";
    f.Warning(0, "empty file: no keywords", Finding::kEmptyFile);
    return;
  }
  if (format == SourceFormat::kXlsx) {
    ImportXlsx(path, bytes, options, report, f);
    return;
  }
  auto decoded = DecodeToUtf8(bytes, path, options.encoding);
  if (!decoded.ok()) {
    f.Error(0, absl::StrCat(decoded.status().message(), "; nothing imported from this file"), Finding::kUnreadable);
    return;
  }
  ReportDecoding(*decoded, report, f);
  const std::string& text = decoded->utf8;
  if (format == SourceFormat::kPlain && options.format == SourceFormat::kAuto && LooksLikeTags(text))
    format = SourceFormat::kTags;
  if (format == SourceFormat::kPlain && SkipByName(path, text, options, report, f)) return;
  ImportDecoded(path, text, format, report, f);
}

void AppendLexicon(Lexicon&& from, Lexicon* to) {
  if (to->entries.empty() && to->diagnostics.empty()) {
    *to = std::move(from);
    return;
  }
  to->entries.insert(to->entries.end(), std::make_move_iterator(from.entries.begin()),
                     std::make_move_iterator(from.entries.end()));
  to->diagnostics.insert(to->diagnostics.end(), std::make_move_iterator(from.diagnostics.begin()),
                         std::make_move_iterator(from.diagnostics.end()));
}

}  // namespace

const char* SourceFormatName(SourceFormat f) {
  switch (f) {
    case SourceFormat::kAuto: return "auto";
    case SourceFormat::kTable: return "table";
    case SourceFormat::kXlsx: return "xlsx";
    case SourceFormat::kPlain: return "plain";
    case SourceFormat::kTags: return "tags";
    case SourceFormat::kDirectory: return "dir";
  }
  return "?";
}

absl::StatusOr<SourceFormat> ParseSourceFormat(std::string_view text) {
  std::string s = absl::AsciiStrToLower(Av(text));
  if (s.empty() || s == "auto") return SourceFormat::kAuto;
  if (s == "csv" || s == "tsv" || s == "table") return SourceFormat::kTable;
  if (s == "xlsx") return SourceFormat::kXlsx;
  if (s == "plain" || s == "txt" || s == "text") return SourceFormat::kPlain;
  if (s == "tags") return SourceFormat::kTags;
  if (s == "dir") return SourceFormat::kDirectory;
  return absl::InvalidArgumentError(absl::StrCat("unknown format '", Av(text), "' (auto, csv, tsv, xlsx, plain, tags, dir)"));
}

void ImportBytes(const std::string& name, std::string_view bytes, const ImportOptions& options, ImportResult* out) {
  ImportFile(name, bytes, options, out);
}

absl::Status ImportSource(const std::string& path, const ImportOptions& options, ImportResult* out) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(path, ec)) files.push_back(entry.path());
    if (ec) return absl::NotFoundError(absl::StrCat(path, ": cannot list the directory: ", ec.message()));
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
      const std::string ext = ExtensionOf(p.string());
      if (fs::is_directory(p, ec)) {
        out->lexicon.AddDiagnostic(Diagnostic::kInfo, p.string(), 0, "subdirectory not imported (import it by name)",
                                   Finding::kSkipped);
        continue;
      }
      if (ext != ".txt" && ext != ".csv" && ext != ".tsv" && ext != ".xlsx") {
        out->lexicon.AddDiagnostic(Diagnostic::kInfo, p.string(), 0,
                                   "not a keyword file (.txt/.csv/.tsv/.xlsx): not imported", Finding::kSkipped);
        continue;
      }
      ImportOptions per_file = options;
      per_file.format = SourceFormat::kAuto;
      per_file.in_directory = true;
      auto bytes = ReadFile(p.string());
      if (!bytes.ok()) {
        out->lexicon.AddDiagnostic(Diagnostic::kError, p.string(), 0, std::string(bytes.status().message()),
                                   Finding::kUnreadable);
        continue;
      }
      ImportFile(p.string(), *bytes, per_file, out);
    }
    return absl::OkStatus();
  }
  if (options.format == SourceFormat::kDirectory) return absl::InvalidArgumentError(absl::StrCat(path, ": not a directory"));
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  ImportFile(path, *bytes, options, out);
  return absl::OkStatus();
}

void FinishImport(ImportResult* out) {
  if (out->unmapped.empty()) return;
  std::vector<std::pair<std::string, UnmappedCategory>> list(out->unmapped.begin(), out->unmapped.end());
  std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  uint64_t total = 0;
  std::vector<std::string> parts;
  for (const auto& [category, u] : list) {
    total += u.count;
    parts.push_back(absl::StrCat("'", category, "' (", u.count, " line", u.count == 1 ? "" : "s", ", first at ",
                                 u.first_file, ":", u.first_line, ")"));
  }
  out->lexicon.AddDiagnostic(
      Diagnostic::kError, "category mapping", 0,
      absl::StrCat(list.size(), " unmapped categor", list.size() == 1 ? "y" : "ies", " (", total,
                   " lines not imported): ", absl::StrJoin(parts, ", "),
                   ". Map each to a risk code (or '-' to skip) in a file passed with --map (format: category<TAB>risk)"),
      Finding::kUnmappedCategory);
}

absl::Status ReadLexiconFile(const std::string& path, const ReadOptions& options, Lexicon* out) {
  ImportResult result;
  absl::Status st = ImportSource(path, options, &result);
  FinishImport(&result);
  AppendLexicon(std::move(result.lexicon), out);
  return st;
}

void ReadLexiconBytes(std::string_view name, std::string_view bytes, const ReadOptions& options, Lexicon* out) {
  ImportResult result;
  ImportBytes(std::string(name), bytes, options, &result);
  FinishImport(&result);
  AppendLexicon(std::move(result.lexicon), out);
}

}  // namespace lanjie
