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

// The CSV dialect itself, one record at a time over bytes handed in pieces
// of any size: RFC 4180 quotes (a field that starts with '"' is quoted, '""'
// inside is one '"', a quoted field may span lines), the delimiter, LF and
// CRLF line ends (a CR before LF is dropped unless the field was quoted; a
// CR right after a closing quote is dropped), and the malformed records:
// text after a closing quote that came only on a later line, and a quote
// never closed. A UTF-8 byte order mark at the start of line 1 (the start
// of the text: Begin(1, ...)) is dropped, also when fed byte by byte
// (lanjie/common/utf8.h's one rule); elsewhere its bytes are field bytes.
// CsvReader (text in memory) and the corpus audit's streamed reader are its
// two front ends: they own the bytes and the recovery (resume on the line
// after a bad record's first), the parser owns the grammar.
//
// Thread safety: one object per thread. Cost: each byte examined once;
// runs of plain bytes are appended to the field as a block. Memory: the
// field being read. Call order: Begin, then Feed until it returns
// kRecordEnd or kLateQuote, or until the bytes end: then End.
class LANJIE_EXPORT CsvParser {
 public:
  explicit CsvParser(char delimiter) : delimiter_(delimiter) {}

  // Starts a record on line `line`; its fields go to the first size() of
  // *fields (elements past them keep their capacity for the next records).
  void Begin(int64_t line, std::vector<std::string>* fields);

  enum class Result {
    kNeedMore,    // all bytes consumed, the record goes on
    kRecordEnd,   // the record's '\n' consumed (*p is just past it)
    kLateQuote,   // malformed: text after a quote that closed on a later line
  };
  // Reads bytes from *p up to `end` and advances *p past those consumed.
  Result Feed(const char** p, const char* end);
  // The bytes ended: completes the record and returns true, or returns
  // false for a quote never closed (the record is malformed).
  bool End();

  // Fields stop being kept (a record too long to hold); the grammar goes on.
  void Drop();
  bool keeping() const { return keep_; }
  size_t size() const { return size_; }  // fields of the record so far
  int64_t line() const { return line_; }  // the line of the next byte
  // Bytes from the record's first to its first '\n', or -1 before it is read.
  int64_t first_newline() const { return first_nl_; }
  // The error of a malformed record (after kLateQuote, or End() == false).
  std::string LateQuoteMessage() const;
  std::string UnterminatedMessage() const;

 private:
  enum class State {
    kField,        // outside quotes in a field that did not start with a quote
    kQuoted,       // inside quotes
    kQuotePending, // a '"' inside quotes: a doubled quote or the closing one
    kAfterQuote,   // after the closing quote of a quoted field
  };
  void Push();
  void NewLine(int64_t offset);
  // Appends the bytes from p up to `stop`, '\n' or `end`; returns where it stopped.
  const char* AppendRun(const char* p, const char* end, char stop);
  // Feed's steps in a field and inside quotes, from *pp (< end; advanced).
  Result FieldStep(const char** pp, const char* end);
  void QuotedStep(const char** pp, const char* end);
  // The offset in the record of the current Feed's byte at p.
  int64_t Offset(const char* p) const { return consumed_ + (p - begin_); }
  // At the start of line 1: skips the bytes of a UTF-8 byte order mark
  // from p; bytes that begin one but do not complete it go to the field.
  const char* SkipBom(const char* p, const char* end);
  // No more byte order mark to look for (the bytes of one begun go to the field).
  void EndBom();
  // A byte outside quotes in a field that started with a quote.
  Result AfterQuoteByte(char c);
  // The record's '\n' (the CR before it dropped unless the field was quoted).
  void EndLine(int64_t offset);

  char delimiter_;
  State state_ = State::kField;
  bool field_empty_ = true;
  bool keep_ = true;
  std::vector<std::string>* fields_ = nullptr;
  size_t size_ = 0;
  std::string field_;
  int64_t line_ = 1, quote_line_ = 1;
  int64_t consumed_ = 0;  // bytes of the record before the current Feed's
  const char* begin_ = nullptr;  // the current Feed's first byte
  int64_t first_nl_ = -1;
  size_t bom_ = 0;  // bytes of a byte order mark read at the start; 3: none to look for
};

// Incremental reader over text already in memory, CsvParser's dialect.
// Thread safety: one object per thread; `text` must outlive it.
class LANJIE_EXPORT CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter) : text_(text), parser_(delimiter) {}

  // Reads the next record. Returns false at end of input (at once for a
  // text that is only a byte order mark, as for an empty one). On a malformed
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
  CsvParser parser_;
};

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_CSV_H_
