// Importing keyword sources of every shape into one Lexicon:
//   table   .csv / .tsv with a header row; columns found by name (keyword /
//           关键词 / 敏感词, risk / 风险类别代码 / 风险类别 / 分类 / category ...)
//   xlsx    a named sheet, else the sheet 关键词 if there is one (our own
//           filing workbook), else the first; columns found the same way
//   plain   one keyword per line; the category from an option or the file name
//   tags    houbb/sensitive-word's `word tag[,tag]` (0 政治, 1 毒品, 2 色情,
//           3 赌博, 4 违法犯罪)
//   dir     a directory of per-category files (the file name is the category)
// in any encoding (decode.h). Category names are mapped to risk codes with a
// CategoryMap; every category that is not mapped is collected (with counts)
// and reported as ONE error by FinishImport.
//
// Never silently drops a line: each non-blank line either becomes an entry or
// a diagnostic with file and line; SourceReport counts both.
#ifndef LANJIE_ENGINE_LEXICON_IMPORT_H_
#define LANJIE_ENGINE_LEXICON_IMPORT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "lanjie/common/export.h"
#include "lanjie/lexicon/category_map.h"
#include "lanjie/lexicon/lexicon.h"

namespace lanjie {

// The importer's options are the public ReadOptions (lanjie/lexicon.h):
// ReadLexiconFile is this importer.
using ImportOptions = ReadOptions;

struct SourceReport {
  std::string path;
  std::string format;    // "table", "xlsx", "plain", "tags", "skipped"
  std::string encoding;  // "UTF-8 (BOM)", "GB18030 (detected, confidence 100)" ...
  uint64_t records = 0;  // non-blank lines / rows with content (header excluded)
  uint64_t taken = 0;    // entries produced (a multi-tag line may give more than one)
  uint64_t not_taken = 0;  // records that produced no entry (each has a diagnostic)
  uint64_t comments = 0;   // '#' comment lines in plain lists
};

struct UnmappedCategory {
  uint64_t count = 0;
  std::string first_file;
  uint32_t first_line = 0;
};

struct LANJIE_EXPORT ImportResult {
  Lexicon lexicon;
  std::vector<SourceReport> sources;
  std::map<std::string, UnmappedCategory> unmapped;  // category -> lines
};

// Imports one file or directory. Returns an error only when the path cannot
// be read at all; everything else becomes diagnostics.
LANJIE_EXPORT absl::Status ImportSource(const std::string& path, const ImportOptions& options, ImportResult* out);
// Imports in-memory bytes as if read from `name` (tests, stdin).
LANJIE_EXPORT
void ImportBytes(const std::string& name, std::string_view bytes, const ImportOptions& options, ImportResult* out);
// Adds the single "unmapped categories" error (if any) listing every
// unmapped category with its count and first occurrence.
LANJIE_EXPORT void FinishImport(ImportResult* out);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_IMPORT_H_
