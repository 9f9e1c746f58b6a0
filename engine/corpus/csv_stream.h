// Rows of a CSV/TSV ByteSource, streamed (private to corpus): the dialect
// of lanjie::CsvParser (RFC 4180 quotes, a quoted field may span lines, LF
// or CRLF) and the same recovery as lanjie::CsvReader (an unterminated quote
// is reported and reading resumes on the line after the row's first), but
// holding only the row being read, never the file.
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
#include "lanjie/lexicon/csv.h"
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
      : src_(std::move(src)), max_row_(max_row), reopen_(std::move(reopen)), parser_(delimiter) {}

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

  // Next, step by step; the grammar is lanjie::CsvParser's. RowState is
  // the row being read: where it starts and where its bytes begin in buf_
  // while they are held (the parser holds its fields unless it is too long).
  struct RowState {
    int64_t start = 0, start_line = 0;
    size_t row_start = 0;
  };
  // Sets `row`'s position and starts the parser on a row at pos_.
  void StartRow(CsvRow* row, RowState* st);
  // Reports an unterminated quote in `row` and resumes on the line after the row's first.
  absl::StatusOr<bool> Unterminated(const RowState& st, CsvRow* row, std::string message);
  // The row's fields, or too long when not kept or over max_row_ (end: past its last byte).
  void FinishRow(const RowState& st, CsvRow* row, int64_t end);
  // Drops the bytes before the row (all of them once it is too long) and reads more.
  absl::Status Refill(RowState* st, CsvRow* row);
  // The row at the end of the data: its last field, or an unterminated quote.
  absl::StatusOr<bool> EndOfData(const RowState& st, CsvRow* row);

  std::unique_ptr<ByteSource> src_;
  size_t max_row_;
  Reopen reopen_;
  ReadBuffer buf_;
  int64_t base_ = 0;       // offset of buf_[0]
  size_t pos_ = 0;         // next byte to examine in buf_
  int64_t line_ = 1;       // line of buf_[pos_]
  bool eof_ = false;
  int64_t read_end_ = 0;   // offset just past the furthest byte read so far
  int64_t newlines_ = 0;   // '\n' bytes in [0, read_end_)
  CsvParser parser_;
  absl::Status stream_error_;
};

}  // namespace lanjie::corpus

#endif  // LANJIE_ENGINE_CORPUS_CSV_STREAM_H_
