#include "lanjie/lexicon/canonical_csv.h"

#include "absl/strings/str_cat.h"

namespace lanjie {

void AppendCsvField(std::string_view field, std::string* out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string OriginOf(const Entry& e) {
  if (!e.origin.empty()) return e.origin;
  return e.line ? absl::StrCat(e.source, ":", e.line) : e.source;
}

std::string CanonicalCsv(const std::vector<Entry>& entries) {
  std::string out(kCanonicalHeader);
  out.push_back('\n');
  for (const Entry& e : entries) {
    AppendCsvField(e.keyword, &out);
    absl::StrAppend(&out, ",", e.risk, ",", EntryKindName(e.kind), ",", ActionName(e.action), ",",
                    WordModeName(e.match), ",");
    AppendCsvField(e.note, &out);
    out.push_back(',');
    AppendCsvField(e.source, &out);
    absl::StrAppend(&out, ",", e.line, ",", e.accept_broad ? "1" : "", ",", e.first_seen, ",", e.updated, ",");
    AppendCsvField(OriginOf(e), &out);
    out.push_back(',');
    AppendCsvField(e.variants, &out);
    out.push_back('\n');
  }
  return out;
}

}  // namespace lanjie
