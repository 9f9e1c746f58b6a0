// The canonical CSV form of a keyword list: the merged list that import
// writes, export ships and compile/diff read back. UTF-8 without BOM, LF,
// RFC 4180 quoting, header
//   keyword,risk,kind,action,match,note,source,line,accept,first_seen,updated,origin,variants
// where source/line say where the entry was read (on re-import diagnostics
// point at the canonical file itself), accept is 1 for an over-broad entry
// accepted explicitly (hygiene.h), first_seen / updated are the dates the
// keyword entered the list and last changed (YYYY-MM-DD, empty when unknown)
// origin is the original source, kept across re-imports, and variants the
// entry's variant-matching override (lanjie/variants.h; empty = the list's).
#ifndef LANJIE_ENGINE_LEXICON_CANONICAL_CSV_H_
#define LANJIE_ENGINE_LEXICON_CANONICAL_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/export.h"
#include "lanjie/lexicon/lexicon.h"

namespace lanjie {

inline constexpr std::string_view kCanonicalHeader =
    "keyword,risk,kind,action,match,note,source,line,accept,first_seen,updated,origin,variants";

// Appends one field with quoting when it holds ',', '"', CR or LF.
LANJIE_EXPORT void AppendCsvField(std::string_view field, std::string* out);
LANJIE_EXPORT std::string CanonicalCsv(const std::vector<Entry>& entries);
// The original source of an entry: its origin, else source:line.
LANJIE_EXPORT std::string OriginOf(const Entry& e);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_CANONICAL_CSV_H_
