#include "lanjie/lexicon/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "lanjie/common/text_io.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"

namespace lanjie {
namespace {

// Upper bound on one decompressed part: a guard against ZIP bombs.
constexpr zip_uint64_t kMaxPartBytes = 2ull << 30;

std::string_view LocalName(const char* qname) {
  std::string_view n(qname);
  size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* Attr(const char** attrs, std::string_view want) {
  for (int i = 0; attrs[i]; i += 2)
    if (LocalName(attrs[i]) == want) return attrs[i + 1];
  return nullptr;
}

// "AB12" -> 0-based column 27; -1 when there is no letter prefix.
int ColumnOf(const char* ref) {
  if (!ref) return -1;
  int col = 0;
  bool any = false;
  for (const char* p = ref; *p; ++p) {
    char c = *p;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
    any = true;
    if (col > (1 << 20)) return -1;
  }
  return any ? col - 1 : -1;
}

class Archive {
 public:
  Archive(std::string_view bytes, std::string name) : name_(std::move(name)) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) {
      zip_ = zip_open_from_source(src, ZIP_RDONLY, &err);  // ZIP_CHECKCONS rejects valid ZIP64 workbooks
      if (!zip_) zip_source_free(src);
    }
    if (!zip_) open_error_ = zip_error_strerror(&err);
    zip_error_fini(&err);
  }
  ~Archive() {
    if (zip_) zip_discard(zip_);
  }
  bool ok() const { return zip_ != nullptr; }
  const std::string& open_error() const { return open_error_; }
  bool Has(const std::string& part) const { return zip_name_locate(zip_, part.c_str(), 0) >= 0; }

  absl::StatusOr<std::string> Read(const std::string& part) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_, part.c_str(), 0, &st) != 0)
      return absl::InvalidArgumentError(absl::StrCat(name_, ": not a valid XLSX file: part '", part, "' is missing"));
    if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxPartBytes)
      return absl::InvalidArgumentError(absl::StrCat(name_, ": part '", part, "' is larger than 2 GiB"));
    zip_file_t* f = zip_fopen(zip_, part.c_str(), 0);
    if (!f)
      return absl::DataLossError(absl::StrCat(name_, ": cannot open part '", part, "': ", zip_strerror(zip_)));
    std::string out;
    out.resize(st.size);
    zip_int64_t got = zip_fread(f, out.data(), out.size());
    std::string ferr = got < 0 ? zip_file_strerror(f) : "";
    zip_fclose(f);
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
      return absl::DataLossError(absl::StrCat(name_, ": part '", part, "' is truncated or corrupt",
                                              ferr.empty() ? "" : ": ", ferr));
    return out;
  }

 private:
  std::string name_;
  zip_t* zip_ = nullptr;
  std::string open_error_;
};

// Runs expat over `xml` with start/end/text handlers of a parser object.
template <typename Handler>
absl::Status ParseXml(std::string_view xml, Handler* h, std::string_view file, std::string_view part) {
  XML_Parser p = XML_ParserCreate("UTF-8");
  XML_SetUserData(p, h);
  XML_SetElementHandler(
      p, [](void* u, const char* n, const char** a) { static_cast<Handler*>(u)->Start(LocalName(n), a); },
      [](void* u, const char* n) { static_cast<Handler*>(u)->End(LocalName(n)); });
  XML_SetCharacterDataHandler(p, [](void* u, const char* s, int len) {
    static_cast<Handler*>(u)->Text(std::string_view(s, static_cast<size_t>(len)));
  });
  absl::Status st;
  // Feed in chunks: XML_Parse takes an int length.
  constexpr size_t kChunk = 1 << 26;
  size_t pos = 0;
  do {
    size_t n = std::min(kChunk, xml.size() - pos);
    bool last = pos + n == xml.size();
    if (XML_Parse(p, xml.data() + pos, static_cast<int>(n), last) != XML_STATUS_OK) {
      st = absl::DataLossError(absl::StrCat(Av(file), ": part '", Av(part), "' is not well-formed XML at line ",
                                            XML_GetCurrentLineNumber(p), ": ", XML_ErrorString(XML_GetErrorCode(p))));
      break;
    }
    pos += n;
  } while (pos < xml.size());
  XML_ParserFree(p);
  return st;
}

struct WorkbookHandler {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  void Start(std::string_view n, const char** a) {
    if (n != "sheet") return;
    const char* name = Attr(a, "name");
    const char* id = Attr(a, "id");
    sheets.emplace_back(name ? name : "", id ? id : "");
  }
  void End(std::string_view) {}
  void Text(std::string_view) {}
};

struct RelsHandler {
  std::vector<std::pair<std::string, std::string>> rels;  // id, target
  void Start(std::string_view n, const char** a) {
    if (n != "Relationship") return;
    const char* id = Attr(a, "Id");
    const char* target = Attr(a, "Target");
    rels.emplace_back(id ? id : "", target ? target : "");
  }
  void End(std::string_view) {}
  void Text(std::string_view) {}
};

// <si> items; text of every <t> inside, except phonetic runs (<rPh>).
struct SharedStringsHandler {
  std::vector<std::string> strings;
  int in_t = 0, in_rph = 0;
  void Start(std::string_view n, const char**) {
    if (n == "si") strings.emplace_back();
    else if (n == "rPh") ++in_rph;
    else if (n == "t") ++in_t;
  }
  void End(std::string_view n) {
    if (n == "rPh") --in_rph;
    else if (n == "t") --in_t;
  }
  void Text(std::string_view s) {
    if (in_t > 0 && in_rph == 0 && !strings.empty()) strings.back().append(s);
  }
};

struct SheetHandler {
  const std::vector<std::string>* shared = nullptr;
  std::vector<XlsxRow>* rows = nullptr;
  std::string error;
  uint32_t next_row = 1;
  int next_col = 0;
  int col = 0;
  std::string type;
  std::string value;  // <v> text or inline string text
  bool in_v = false, in_is_t = false, in_is = false, in_cell = false;

  void Start(std::string_view n, const char** a) {
    if (n == "row") {
      const char* r = Attr(a, "r");
      uint32_t num = r ? static_cast<uint32_t>(std::strtoul(r, nullptr, 10)) : 0;
      rows->push_back(XlsxRow{num ? num : next_row, {}});
      next_row = rows->back().row + 1;
      next_col = 0;
    } else if (n == "c") {
      int c = ColumnOf(Attr(a, "r"));
      col = c >= 0 ? c : next_col;
      next_col = col + 1;
      const char* t = Attr(a, "t");
      type = t ? t : "n";
      value.clear();
      in_cell = true;
    } else if (n == "v" && in_cell) {
      in_v = true;
    } else if (n == "is" && in_cell) {
      in_is = true;
    } else if (n == "t" && in_is) {
      in_is_t = true;
    }
  }
  void End(std::string_view n) {
    if (n == "v") in_v = false;
    else if (n == "t") in_is_t = false;
    else if (n == "is") in_is = false;
    else if (n == "c" && in_cell) {
      in_cell = false;
      std::string text;
      if (type == "s") {
        char* end = nullptr;
        unsigned long idx = std::strtoul(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || idx >= shared->size()) {
          if (error.empty())
            error = absl::StrCat("row ", rows->empty() ? 0 : rows->back().row, ": shared string index '", value,
                                 "' out of range");
          return;
        }
        text = (*shared)[idx];
      } else if (type == "b") {
        text = value == "1" ? "TRUE" : "FALSE";
      } else {
        text = std::move(value);
      }
      if (rows->empty() || text.empty()) return;
      std::vector<std::string>& cells = rows->back().cells;
      if (cells.size() <= static_cast<size_t>(col)) cells.resize(col + 1);
      cells[col] = std::move(text);
    }
  }
  void Text(std::string_view s) {
    if (in_v || in_is_t) value.append(s);
  }
};

std::string ResolveTarget(std::string target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

struct Workbook {
  std::vector<std::string> names;
  std::vector<std::string> parts;
};

absl::StatusOr<Workbook> ReadWorkbook(const Archive& zip, std::string_view name) {
  auto wb_xml = zip.Read("xl/workbook.xml");
  if (!wb_xml.ok()) return wb_xml.status();
  WorkbookHandler wb;
  if (auto st = ParseXml(*wb_xml, &wb, name, "xl/workbook.xml"); !st.ok()) return st;
  auto rels_xml = zip.Read("xl/_rels/workbook.xml.rels");
  if (!rels_xml.ok()) return rels_xml.status();
  RelsHandler rels;
  if (auto st = ParseXml(*rels_xml, &rels, name, "xl/_rels/workbook.xml.rels"); !st.ok()) return st;
  Workbook out;
  for (const auto& [sheet_name, id] : wb.sheets) {
    std::string part;
    for (const auto& [rid, target] : rels.rels)
      if (rid == id) part = ResolveTarget(target);
    if (part.empty())
      return absl::DataLossError(absl::StrCat(Av(name), ": sheet '", sheet_name, "' has no part (relationship '", id,
                                              "' missing)"));
    out.names.push_back(sheet_name);
    out.parts.push_back(part);
  }
  if (out.names.empty()) return absl::InvalidArgumentError(absl::StrCat(Av(name), ": the workbook has no sheets"));
  return out;
}

absl::Status OpenError(const Archive& zip, std::string_view name) {
  return absl::InvalidArgumentError(
      absl::StrCat(Av(name), ": not a readable XLSX file (ZIP archive is truncated or corrupt: ", zip.open_error(), ")"));
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04"; }

absl::StatusOr<XlsxSheet> ReadXlsxSheetFromBytes(std::string_view bytes, std::string_view name,
                                                std::string_view sheet) {
  Archive zip(bytes, std::string(name));
  if (!zip.ok()) return OpenError(zip, name);
  auto wb = ReadWorkbook(zip, name);
  if (!wb.ok()) return wb.status();
  size_t index = 0;
  if (!sheet.empty()) {
    index = wb->names.size();
    for (size_t i = 0; i < wb->names.size(); ++i)
      if (wb->names[i] == sheet) index = i;
    if (index == wb->names.size()) {
      std::string all;
      for (const auto& n : wb->names) absl::StrAppend(&all, all.empty() ? "" : ", ", "'", n, "'");
      return absl::NotFoundError(absl::StrCat(Av(name), ": no sheet named '", Av(sheet), "' (sheets: ", all, ")"));
    }
  }
  std::vector<std::string> shared;
  if (zip.Has("xl/sharedStrings.xml")) {
    auto ss_xml = zip.Read("xl/sharedStrings.xml");
    if (!ss_xml.ok()) return ss_xml.status();
    SharedStringsHandler ssh;
    if (auto st = ParseXml(*ss_xml, &ssh, name, "xl/sharedStrings.xml"); !st.ok()) return st;
    shared = std::move(ssh.strings);
  }
  const std::string& part = wb->parts[index];
  auto sheet_xml = zip.Read(part);
  if (!sheet_xml.ok()) return sheet_xml.status();
  XlsxSheet out;
  out.name = wb->names[index];
  SheetHandler sh;
  sh.shared = &shared;
  sh.rows = &out.rows;
  if (auto st = ParseXml(*sheet_xml, &sh, name, part); !st.ok()) return st;
  if (!sh.error.empty()) return absl::DataLossError(absl::StrCat(Av(name), ": sheet '", out.name, "' ", sh.error));
  std::vector<XlsxRow> kept;
  kept.reserve(out.rows.size());
  for (XlsxRow& r : out.rows)
    if (!r.cells.empty()) kept.push_back(std::move(r));
  out.rows = std::move(kept);
  return out;
}

absl::StatusOr<XlsxSheet> ReadXlsxSheet(const std::string& path, std::string_view sheet) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  return ReadXlsxSheetFromBytes(*bytes, path, sheet);
}

absl::StatusOr<std::vector<std::string>> ListXlsxSheets(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  Archive zip(*bytes, path);
  if (!zip.ok()) return OpenError(zip, path);
  auto wb = ReadWorkbook(zip, path);
  if (!wb.ok()) return wb.status();
  return wb->names;
}

}  // namespace lanjie
