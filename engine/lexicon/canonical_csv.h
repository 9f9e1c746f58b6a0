// The canonical CSV form of a keyword list: the merged list that import
// writes, export ships and compile/diff read back. UTF-8 without BOM, LF,
// RFC 4180 quoting, header
//   keyword,risk,kind,action,match,note,source,line
// where source/line say where the entry was first read (provenance; on
// re-import diagnostics point at the canonical file itself).
#ifndef LANJIE_ENGINE_LEXICON_CANONICAL_CSV_H_
#define LANJIE_ENGINE_LEXICON_CANONICAL_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "lanjie/lexicon.h"

namespace lanjie {

inline constexpr std::string_view kCanonicalHeader = "keyword,risk,kind,action,match,note,source,line";

// Appends one field with quoting when it holds ',', '"', CR or LF.
void AppendCsvField(std::string_view field, std::string* out);
std::string CanonicalCsv(const std::vector<Entry>& entries);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_CANONICAL_CSV_H_
