#include "lanjie/lexicon/csv.h"

#include "absl/strings/str_cat.h"

namespace lanjie {

void CsvReader::SkipBadRecord(size_t start, uint32_t start_line, CsvRecord* record) {
  const size_t nl = text_.find('\n', start);
  pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
  line_ = start_line + 1;
  record->fields.clear();
}

bool CsvReader::Next(CsvRecord* record, std::string* error) {
  error->clear();
  record->fields.clear();
  if (pos_ >= text_.size()) return false;
  record->line = line_;
  std::string field;
  bool quoted = false;     // inside quotes
  bool was_quoted = false; // field started with a quote
  const size_t start = pos_;
  const uint32_t start_line = line_;
  uint32_t quote_line = line_;  // where the current quoted field opened
  while (pos_ < text_.size()) {
    const char c = text_[pos_++];
    if (quoted) {
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          field.push_back('"');
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field.push_back(c);
      }
      continue;
    }
    if (was_quoted && c != delimiter_ && c != '\n' && c != '\r' && line_ > quote_line) {
      // Text after a closing quote that came only on a later line: the quote
      // was almost surely never meant to span lines.
      *error = absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line,
                            " closes only on line ", line_, " (text follows the closing quote there)");
      SkipBadRecord(start, start_line, record);
      return true;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
      quote_line = line_;
    } else if (c == delimiter_) {
      record->fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n') {
      ++line_;
      if (!was_quoted && !field.empty() && field.back() == '\r') field.pop_back();
      record->fields.push_back(std::move(field));
      return true;
    } else if (c == '\r' && was_quoted) {
      // CR after a closing quote belongs to a CRLF line end.
    } else {
      field.push_back(c);
    }
  }
  if (quoted) {
    // Unterminated quote: report it and resume on the line after the record's start.
    *error = absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line,
                          " is never closed (every line after it up to the end of the file would be one field)");
    SkipBadRecord(start, start_line, record);
    return true;
  }
  if (!field.empty() && field.back() == '\r') field.pop_back();
  record->fields.push_back(std::move(field));
  return true;
}

}  // namespace lanjie
