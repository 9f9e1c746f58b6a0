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
  const int64_t start = base_ + static_cast<int64_t>(pos_);
  const int64_t start_line = line_;
  row->line = start_line;
  row->offset = start;
  int64_t first_nl = -1;    // offset of the first '\n' at or after `start`
  size_t row_start = pos_;  // where the row begins in buf_ while kept
  bool keep = true;         // the row's bytes and fields are held
  bool quoted = false, was_quoted = false, quote_pending = false, field_empty = true;
  int64_t quote_line = line_;
  field_.clear();
  // An unterminated quote: report it, resume on the line after the row's first.
  auto unterminated = [&](std::string message) -> absl::StatusOr<bool> {
    row->error = std::move(message);
    row->size = 0;
    row->too_long = false;
    const int64_t resume = first_nl >= 0 ? first_nl + 1 : base_ + static_cast<int64_t>(buf_.size());
    if (absl::Status s = ReopenAt(resume, start_line + 1); !s.ok()) return s;
    return true;
  };
  auto finish = [&](int64_t end) {  // end: offset just past the row's last byte (before its '\n')
    if (!keep || end - start > static_cast<int64_t>(max_row_)) {
      row->too_long = true;
      row->size = 0;
    }
  };
  for (;;) {
    if (pos_ >= buf_.size()) {
      if (!eof_) {
        // Keep the row's bytes (for the recovery above); drop the rest.
        const size_t drop = keep ? row_start : pos_;
        buf_.Consume(drop);
        base_ += static_cast<int64_t>(drop);
        pos_ -= drop;
        row_start -= keep ? drop : 0;
        if (keep && buf_.size() > max_row_) {
          keep = false;  // too long: follow the quotes without holding bytes or fields
          row->size = 0;
          field_.clear();
        }
        absl::StatusOr<bool> more = Fill();
        if (!more.ok()) return more.status();
        continue;
      }
      if (quote_pending) quoted = quote_pending = false;
      if (quoted)
        return unterminated(absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line,
                                         " is never closed (every line after it up to the end of the file would be "
                                         "one field)"));
      if (keep && !field_.empty() && field_.back() == '\r') field_.pop_back();
      if (keep) Push(row);
      finish(base_ + static_cast<int64_t>(pos_));
      return true;
    }
    const char c = buf_.data()[pos_++];
    if (quote_pending) {
      quote_pending = false;
      if (c == '"') {  // a doubled quote inside quotes
        if (keep) field_.push_back('"');
        field_empty = false;
        continue;
      }
      quoted = false;  // the quote closed the field; `c` is read outside quotes
    } else if (quoted) {
      if (c == '"') {
        quote_pending = true;
        continue;
      }
      if (c == '\n') {
        ++line_;
        if (first_nl < 0) first_nl = base_ + static_cast<int64_t>(pos_) - 1;
      }
      if (keep) field_.push_back(c);
      field_empty = false;
      continue;
    }
    if (was_quoted && c != delimiter_ && c != '\n' && c != '\r' && line_ > quote_line) {
      // Text after a closing quote that came only on a later line: the quote
      // was almost surely never meant to span lines.
      return unterminated(absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line,
                                       " closes only on line ", line_, " (text follows the closing quote there)"));
    }
    if (c == '"' && field_empty && !was_quoted) {
      quoted = was_quoted = true;
      quote_line = line_;
    } else if (c == delimiter_) {
      if (keep) Push(row);
      field_empty = true;
      was_quoted = false;
    } else if (c == '\n') {
      ++line_;
      if (first_nl < 0) first_nl = base_ + static_cast<int64_t>(pos_) - 1;
      if (keep && !was_quoted && !field_.empty() && field_.back() == '\r') field_.pop_back();
      if (keep) Push(row);
      finish(base_ + static_cast<int64_t>(pos_) - 1);
      return true;
    } else if (c == '\r' && was_quoted) {
      // CR after a closing quote belongs to a CRLF line end.
    } else {
      if (keep) field_.push_back(c);
      field_empty = false;
    }
  }
}

}  // namespace lanjie::corpus
