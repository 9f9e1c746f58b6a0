#ifndef LANJIE_ENGINE_LEXICON_CSV_H_
#define LANJIE_ENGINE_LEXICON_CSV_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/export.h"

namespace lanjie {

// One record of a delimited file (RFC 4180 quoting: fields may be quoted with
// '"', quotes doubled inside; a quoted field may span lines).
struct CsvRecord {
  uint32_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Incremental reader over text already in memory. Accepts LF and CRLF.
class LANJIE_EXPORT CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  // Reads the next record. Returns false at end of input. On a malformed
  // record (an unterminated quote: never closed, or closed on a later line
  // with text after it; the error names the line where it opened) sets
  // *error, skips to the line after the record's first and still returns
  // true, with no fields.
  bool Next(CsvRecord* record, std::string* error);

 private:
  // Resumes reading on the line after `start` (the bad record's first
  // line, numbered `start_line`) and empties the record.
  void SkipBadRecord(size_t start, uint32_t start_line, CsvRecord* record);
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  char delimiter_;
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_CSV_H_
