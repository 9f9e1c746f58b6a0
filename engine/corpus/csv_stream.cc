#include "csv_stream.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace lanjie::corpus {
namespace {
constexpr size_t kChunk = 1 << 20;
}  // namespace

absl::StatusOr<bool> CsvStream::Fill() {
  if (eof_) return false;
  const size_t old = buf_.size();
  absl::StatusOr<size_t> got = buf_.ReadFrom(src_.get(), std::max(kChunk, old));  // geometric for long rows
  if (!got.ok()) {
    if (!absl::IsDataLoss(got.status())) return got.status();
    if (stream_error_.ok()) stream_error_ = got.status();
    eof_ = true;
    return false;
  }
  if (*got == 0) {
    eof_ = true;
    return false;
  }
  // Count each byte's '\n' once, also when a reopen reads bytes again.
  const int64_t from = base_ + static_cast<int64_t>(old), to = from + static_cast<int64_t>(*got);
  if (to > read_end_) {
    const size_t skip = read_end_ > from ? static_cast<size_t>(read_end_ - from) : 0;
    const char* p = buf_.data() + old + skip;
    newlines_ += std::count(p, static_cast<const char*>(buf_.data()) + old + *got, '\n');
    read_end_ = to;
  }
  return true;
}

absl::StatusOr<std::string_view> CsvStream::Peek() {
  while (!eof_ && buf_.size() < kChunk) {
    absl::StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
  }
  return std::string_view(buf_.data(), buf_.size());
}

absl::Status CsvStream::Drain() {
  for (;;) {
    base_ += static_cast<int64_t>(buf_.size());
    buf_.Clear();
    pos_ = 0;
    absl::StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) return absl::OkStatus();
  }
}

absl::Status CsvStream::ReopenAt(int64_t offset, int64_t line) {
  line_ = line;
  if (offset >= base_ && offset <= base_ + static_cast<int64_t>(buf_.size())) {
    pos_ = static_cast<size_t>(offset - base_);
    return absl::OkStatus();
  }
  absl::StatusOr<std::unique_ptr<ByteSource>> src = reopen_(offset);
  if (!src.ok()) return src.status();
  src_ = std::move(*src);
  buf_.Clear();
  base_ = offset;
  pos_ = 0;
  eof_ = false;
  return absl::OkStatus();
}

void CsvStream::StartRow(CsvRow* row, RowState* st) {
  row->line = line_;
  row->offset = base_ + static_cast<int64_t>(pos_);
  st->start = row->offset;
  st->start_line = line_;
  st->row_start = pos_;
  parser_.Begin(line_, &row->fields);
}

absl::StatusOr<bool> CsvStream::Unterminated(const RowState& st, CsvRow* row, std::string message) {
  row->error = std::move(message);
  row->size = 0;
  row->too_long = false;
  const int64_t first_nl = parser_.first_newline();
  const int64_t resume = first_nl >= 0 ? st.start + first_nl + 1 : base_ + static_cast<int64_t>(buf_.size());
  if (absl::Status s = ReopenAt(resume, st.start_line + 1); !s.ok()) return s;
  return true;
}

void CsvStream::FinishRow(const RowState& st, CsvRow* row, int64_t end) {
  row->size = parser_.size();
  if (!parser_.keeping() || end - st.start > static_cast<int64_t>(max_row_)) {
    row->too_long = true;
    row->size = 0;
  }
}

absl::Status CsvStream::Refill(RowState* st, CsvRow* row) {
  // Keep the row's bytes (for the recovery after an unterminated quote); drop the rest.
  const bool keep = parser_.keeping();
  const size_t drop = keep ? st->row_start : pos_;
  buf_.Consume(drop);
  base_ += static_cast<int64_t>(drop);
  pos_ -= drop;
  st->row_start -= keep ? drop : 0;
  if (keep && buf_.size() > max_row_) {
    parser_.Drop();  // too long: follow the quotes without holding bytes or fields
    row->size = 0;
  }
  absl::StatusOr<bool> more = Fill();
  return more.status();
}

absl::StatusOr<bool> CsvStream::EndOfData(const RowState& st, CsvRow* row) {
  if (!parser_.End()) return Unterminated(st, row, parser_.UnterminatedMessage());
  FinishRow(st, row, base_ + static_cast<int64_t>(pos_));
  return true;
}

absl::StatusOr<bool> CsvStream::Next(CsvRow* row) {
  row->size = 0;
  row->error.clear();
  row->too_long = false;
  if (pos_ >= buf_.size()) {
    buf_.Consume(pos_);
    base_ += static_cast<int64_t>(pos_);
    pos_ = 0;
    absl::StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) return false;
  }
  RowState st;
  StartRow(row, &st);
  for (;;) {
    if (pos_ >= buf_.size()) {
      if (eof_) return EndOfData(st, row);
      if (absl::Status s = Refill(&st, row); !s.ok()) return s;
      continue;
    }
    const char* p = buf_.data() + pos_;
    const CsvParser::Result result = parser_.Feed(&p, buf_.data() + buf_.size());
    pos_ = static_cast<size_t>(p - buf_.data());
    line_ = parser_.line();
    if (result == CsvParser::Result::kRecordEnd) {
      FinishRow(st, row, base_ + static_cast<int64_t>(pos_) - 1);
      return true;
    }
    if (result == CsvParser::Result::kLateQuote) return Unterminated(st, row, parser_.LateQuoteMessage());
  }
}

}  // namespace lanjie::corpus
