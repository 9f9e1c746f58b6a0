// Rows of a CSV/TSV ByteSource, streamed (private to corpus): the same
// dialect and the same recovery as lanjie::CsvReader (RFC 4180 quotes, a
// quoted field may span lines, LF or CRLF; an unterminated quote is reported
// and reading resumes on the line after the row's first), but holding only
// the row being read, never the file.
//
// A row longer than max_row bytes is not kept: it comes back with too_long
// set and no fields (the reader follows its quotes without storing them).
// Recovering from an unterminated quote in such a row needs bytes already
// dropped: the reader then reopens the source (`reopen(offset)`) there.
//
// Thread safety: one object per thread. Cost: one pass over the bytes (each
// byte examined once, plus the bytes re-read after an unterminated quote);
// memory: the longest row kept (<= max_row) plus 1 MiB. Errors: Next
// returns the source's (or reopen's) error unless it is kDataLoss (corrupt or
// truncated compressed stream): then the rows before the fault are delivered
// and stream_error() holds it.
#ifndef LANJIE_ENGINE_CORPUS_CSV_STREAM_H_
#define LANJIE_ENGINE_CORPUS_CSV_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "line_reader.h"
#include "source.h"

namespace lanjie::corpus {

struct CsvRow {
  int64_t line = 0;    // 1-based line where the row starts
  int64_t offset = 0;  // byte offset of its first byte
  std::vector<std::string> fields;  // the first `size` are this row's (the rest: capacity kept)
  size_t size = 0;
  std::string error;   // non-empty: a malformed row (no fields), CsvReader's message
  bool too_long = false;
};

class CsvStream {
 public:
  using Reopen = std::function<absl::StatusOr<std::unique_ptr<ByteSource>>(int64_t offset)>;
  CsvStream(std::unique_ptr<ByteSource> src, char delimiter, size_t max_row, Reopen reopen)
      : src_(std::move(src)), delimiter_(delimiter), max_row_(max_row), reopen_(std::move(reopen)) {}

  // The next row; false at the end of the data.
  absl::StatusOr<bool> Next(CsvRow* row);

  // The first bytes of the source (up to 1 MiB), read by Peek before any row.
  absl::StatusOr<std::string_view> Peek();

  // After the last row: '\n' bytes and bytes of the whole stream.
  int64_t lines() const { return newlines_; }
  int64_t bytes() const { return read_end_; }
  const absl::Status& stream_error() const { return stream_error_; }

  // Reads the rest of the source without parsing it (for lines() and bytes()).
  absl::Status Drain();

 private:
  // Reads more bytes; false at the end of the data.
  absl::StatusOr<bool> Fill();
  absl::Status ReopenAt(int64_t offset, int64_t line);
  void Push(CsvRow* row);

  // Next, step by step. RowState is the row being read: where it starts,
  // its first '\n', whether its bytes are still held, and the quote state.
  struct RowState {
    int64_t start = 0, start_line = 0;
    int64_t first_nl = -1;  // offset of the row's first '\n', once seen
    size_t row_start = 0;   // where the row begins in buf_ while kept
    bool keep = true;       // the row's bytes and fields are held (not too long)
    bool quoted = false, was_quoted = false, quote_pending = false, field_empty = true;
    int64_t quote_line = 0;  // line of the last opening quote
  };
  enum class ByteResult { kMore, kRowEnd, kLateQuote };
  // Sets `row`'s position and resets `st` for a row starting at pos_.
  void StartRow(CsvRow* row, RowState* st);
  // Reports an unterminated quote in `row` and resumes on the line after the row's first.
  absl::StatusOr<bool> Unterminated(const RowState& st, CsvRow* row, std::string message);
  // Marks the row too long when it was not kept or exceeds max_row_ (end: past its last byte).
  void FinishRow(const RowState& st, CsvRow* row, int64_t end);
  // Drops the bytes before the row (all of them once it is too long) and reads more.
  absl::Status Refill(RowState* st, CsvRow* row);
  // The row at the end of the data: its last field, or an unterminated quote.
  absl::StatusOr<bool> EndOfData(RowState* st, CsvRow* row);
  void NoteNewline(RowState* st);  // a '\n' just read (at pos_ - 1)
  // A byte inside quotes (or just after a closing quote): true when consumed.
  bool QuotedByte(RowState* st, char c);
  // A byte outside quotes: delimiter, line end, opening quote or field byte.
  ByteResult UnquotedByte(RowState* st, CsvRow* row, char c);

  std::unique_ptr<ByteSource> src_;
  char delimiter_;
  size_t max_row_;
  Reopen reopen_;
  ReadBuffer buf_;
  int64_t base_ = 0;       // offset of buf_[0]
  size_t pos_ = 0;         // next byte to examine in buf_
  int64_t line_ = 1;       // line of buf_[pos_]
  bool eof_ = false;
  int64_t read_end_ = 0;   // offset just past the furthest byte read so far
  int64_t newlines_ = 0;   // '\n' bytes in [0, read_end_)
  std::string field_;
  absl::Status stream_error_;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_CSV_STREAM_H_
