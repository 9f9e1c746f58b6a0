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

void CsvStream::Push(CsvRow* row) {
  if (row->fields.size() <= row->size) row->fields.emplace_back();
  row->fields[row->size++].swap(field_);
  field_.clear();
}

void CsvStream::StartRow(CsvRow* row, RowState* st) {
  row->line = line_;
  row->offset = base_ + static_cast<int64_t>(pos_);
  *st = RowState();
  st->start = row->offset;
  st->start_line = line_;
  st->row_start = pos_;
  st->quote_line = line_;
  field_.clear();
}

absl::StatusOr<bool> CsvStream::Unterminated(const RowState& st, CsvRow* row, std::string message) {
  row->error = std::move(message);
  row->size = 0;
  row->too_long = false;
  const int64_t resume = st.first_nl >= 0 ? st.first_nl + 1 : base_ + static_cast<int64_t>(buf_.size());
  if (absl::Status s = ReopenAt(resume, st.start_line + 1); !s.ok()) return s;
  return true;
}

void CsvStream::FinishRow(const RowState& st, CsvRow* row, int64_t end) {
  if (!st.keep || end - st.start > static_cast<int64_t>(max_row_)) {
    row->too_long = true;
    row->size = 0;
  }
}

absl::Status CsvStream::Refill(RowState* st, CsvRow* row) {
  // Keep the row's bytes (for the recovery after an unterminated quote); drop the rest.
  const size_t drop = st->keep ? st->row_start : pos_;
  buf_.Consume(drop);
  base_ += static_cast<int64_t>(drop);
  pos_ -= drop;
  st->row_start -= st->keep ? drop : 0;
  if (st->keep && buf_.size() > max_row_) {
    st->keep = false;  // too long: follow the quotes without holding bytes or fields
    row->size = 0;
    field_.clear();
  }
  absl::StatusOr<bool> more = Fill();
  return more.status();
}

absl::StatusOr<bool> CsvStream::EndOfData(RowState* st, CsvRow* row) {
  if (st->quote_pending) st->quoted = st->quote_pending = false;
  if (st->quoted)
    return Unterminated(*st, row,
                        absl::StrCat("unterminated quote: the quoted field opened on line ", st->quote_line,
                                     " is never closed (every line after it up to the end of the file would be "
                                     "one field)"));
  if (st->keep && !field_.empty() && field_.back() == '\r') field_.pop_back();
  if (st->keep) Push(row);
  FinishRow(*st, row, base_ + static_cast<int64_t>(pos_));
  return true;
}

void CsvStream::NoteNewline(RowState* st) {
  ++line_;
  if (st->first_nl < 0) st->first_nl = base_ + static_cast<int64_t>(pos_) - 1;
}

bool CsvStream::QuotedByte(RowState* st, char c) {
  if (st->quote_pending) {
    st->quote_pending = false;
    if (c == '"') {  // a doubled quote inside quotes
      if (st->keep) field_.push_back('"');
      st->field_empty = false;
      return true;
    }
    st->quoted = false;  // the quote closed the field; `c` is read outside quotes
    return false;
  }
  if (!st->quoted) return false;
  if (c == '"') {
    st->quote_pending = true;
    return true;
  }
  if (c == '\n') NoteNewline(st);
  if (st->keep) field_.push_back(c);
  st->field_empty = false;
  return true;
}

CsvStream::ByteResult CsvStream::UnquotedByte(RowState* st, CsvRow* row, char c) {
  if (st->was_quoted && c != delimiter_ && c != '\n' && c != '\r' && line_ > st->quote_line)
    return ByteResult::kLateQuote;
  if (c == '"' && st->field_empty && !st->was_quoted) {
    st->quoted = st->was_quoted = true;
    st->quote_line = line_;
  } else if (c == delimiter_) {
    if (st->keep) Push(row);
    st->field_empty = true;
    st->was_quoted = false;
  } else if (c == '\n') {
    NoteNewline(st);
    if (st->keep && !st->was_quoted && !field_.empty() && field_.back() == '\r') field_.pop_back();
    if (st->keep) Push(row);
    FinishRow(*st, row, base_ + static_cast<int64_t>(pos_) - 1);
    return ByteResult::kRowEnd;
  } else if (c == '\r' && st->was_quoted) {
    // CR after a closing quote belongs to a CRLF line end.
  } else {
    if (st->keep) field_.push_back(c);
    st->field_empty = false;
  }
  return ByteResult::kMore;
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
      if (eof_) return EndOfData(&st, row);
      if (absl::Status s = Refill(&st, row); !s.ok()) return s;
      continue;
    }
    const char c = buf_.data()[pos_++];
    if (QuotedByte(&st, c)) continue;
    switch (UnquotedByte(&st, row, c)) {
      case ByteResult::kMore: break;
      case ByteResult::kRowEnd: return true;
      case ByteResult::kLateQuote:
        // Text after a closing quote that came only on a later line: the quote
        // was almost surely never meant to span lines.
        return Unterminated(st, row,
                            absl::StrCat("unterminated quote: the quoted field opened on line ", st.quote_line,
                                         " closes only on line ", line_, " (text follows the closing quote there)"));
    }
  }
}

}  // namespace lanjie::corpus
