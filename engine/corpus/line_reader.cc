#include "line_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace lanjie::corpus {
namespace {
constexpr size_t kChunk = 1 << 20;

void Trim(Line* l) {
  if (!l->text.empty() && l->text.back() == '\r') l->text.remove_suffix(1);
}
}  // namespace

void ReadBuffer::Consume(size_t n) {
  if (n >= size_) {
    size_ = 0;
    return;
  }
  memmove(data_.get(), data_.get() + n, size_ - n);
  size_ -= n;
}

void ReadBuffer::Reserve(size_t n) {
  if (n + kReadPadding <= cap_) return;
  size_t cap = cap_ == 0 ? kChunk + kReadPadding : cap_;
  while (cap < n + kReadPadding) cap *= 2;
  std::unique_ptr<char[]> grown(new char[cap]);
  if (size_ > 0) memcpy(grown.get(), data_.get(), size_);
  data_ = std::move(grown);
  cap_ = cap;
}

absl::StatusOr<size_t> ReadBuffer::ReadFrom(ByteSource* src, size_t n) {
  Reserve(size_ + n);
  absl::StatusOr<size_t> got = src->Read(data_.get() + size_, n);
  if (got.ok()) size_ += *got;
  // Defined padding bytes (simdjson reads but ignores them; memcheck asks).
  memset(data_.get() + size_, ' ', kReadPadding);
  return got;
}

absl::StatusOr<bool> LineReader::NextMapped(Line* out) {
  const std::string_view all = map_->data();
  const char* data = all.data();
  const size_t size = all.size();
  if (pos_ >= size) return false;
  // The line's '\n' in the bytes read so far, else in the next windows.
  const char* nl = nullptr;
  for (size_t from = pos_;;) {
    const size_t filled = map_->filled();
    if (filled > from) {
      nl = static_cast<const char*>(memchr(data + from, '\n', filled - from));
      if (nl != nullptr) break;
      from = filled;
    }
    if (filled >= size) break;
    if (absl::Status s = map_->Fill(filled + 1); !s.ok()) return s;
  }
  const size_t end = nl != nullptr ? static_cast<size_t>(nl - data) : size;
  const size_t len = end - pos_;
  out->start = base_ + static_cast<int64_t>(pos_);
  out->nl = nl != nullptr ? base_ + static_cast<int64_t>(end) : -1;
  out->too_long = len > max_line_;
  out->mapped = false;
  if (out->too_long) {
    out->text = {};
  } else if (end + kReadPadding <= size) {
    out->text = std::string_view(data + pos_, len);
    out->mapped = true;
  } else {
    // Too close to the end of the mapping for the padding: a copy.
    tail_.assign(data + pos_, len);
    tail_.append(kReadPadding, ' ');
    out->text = std::string_view(tail_.data(), len);
  }
  pos_ = nl != nullptr ? end + 1 : size;
  Trim(out);
  ReleaseBefore(static_cast<size_t>(out->start - base_));
  return true;
}

// The pages more than 1 MiB before `done` (the start of the last line
// handed out) are not read again (a caller's batch of earlier lines is
// smaller): give them back (RSS).
void LineReader::ReleaseBefore(size_t done) {
  constexpr size_t kReleaseStep = 1 << 20;  // released pages are recycled for the next window
  constexpr size_t kKeepBehind = 1 << 20;
  if (done >= released_ + kReleaseStep + kKeepBehind) {
    released_ = done - kKeepBehind;
    map_->Release(released_);
  }
}

absl::StatusOr<bool> LineReader::PeekRun(size_t max, std::string_view* run, int64_t* start) {
  if (map_ == nullptr) return false;
  const std::string_view all = map_->data();
  if (map_->filled() < all.size() && map_->filled() - std::min(map_->filled(), pos_) < (64 << 10))
    if (absl::Status s = map_->Fill(map_->filled() + 1); !s.ok()) return s;
  // Whole lines among the bytes read, with kReadPadding readable after them.
  const size_t filled = map_->filled();
  if (filled < pos_ + kReadPadding + 1) return false;
  const size_t to = std::min(filled - kReadPadding, pos_ + max);
  const void* last = memrchr(all.data() + pos_, '\n', to - pos_);
  if (last == nullptr) return false;
  const size_t end = static_cast<size_t>(static_cast<const char*>(last) - all.data()) + 1;
  *run = std::string_view(all.data() + pos_, end - pos_);
  *start = base_ + static_cast<int64_t>(pos_);
  return true;
}

bool LineReader::RunIsUtf8(std::string_view run) {
  const char* data = map_->data().data();
  const size_t begin = static_cast<size_t>(run.data() - data);
  const size_t end = begin + run.size() - 1;  // its last '\n'
  // The block check IsUtf8 keeps, extended when this run starts in it (its
  // bounds are ASCII bytes: the whole is valid when both parts are).
  if (begin >= checked_begin_ && begin <= checked_end_ && checked_utf8_ && end > checked_end_) {
    checked_utf8_ = simdjson::validate_utf8(data + checked_end_, end - checked_end_);
    checked_end_ = end;
  } else if (begin < checked_begin_ || end > checked_end_) {
    checked_begin_ = begin;
    checked_end_ = end;
    checked_utf8_ = simdjson::validate_utf8(data + begin, end - begin);
  }
  return checked_utf8_;
}

void LineReader::SkipRun(size_t n) {
  if (n == 0) return;
  // The last line taken starts after the previous '\n' of the run.
  const char* data = map_->data().data() + pos_;
  size_t last = n - 1;
  while (last > 0 && data[last - 1] != '\n') --last;
  pos_ += n;
  ReleaseBefore(pos_ - n + last);
}

bool LineReader::IsUtf8(const Line& line) {
  if (map_ == nullptr || !line.mapped) return false;
  constexpr size_t kUtf8Block = 1 << 20;
  const std::string_view all = map_->data();
  const size_t begin = static_cast<size_t>(line.text.data() - all.data());
  const size_t end = begin + line.text.size();
  if (begin < checked_begin_ || end > checked_end_) {
    // The block of whole lines from this one, checked at once.
    // Up to 1 MiB of the bytes read so far (not more: reading ahead would
    // push them out of the cache before the lines are parsed).
    const size_t to = std::min(map_->filled(), begin + kUtf8Block);
    if (to < end) return false;
    const void* last = to > end ? memrchr(all.data() + end, '\n', to - end) : nullptr;
    checked_begin_ = begin;
    checked_end_ = last != nullptr ? static_cast<size_t>(static_cast<const char*>(last) - all.data()) : end;
    checked_utf8_ = simdjson::validate_utf8(all.data() + begin, checked_end_ - begin);
  }
  return checked_utf8_;
}

absl::StatusOr<bool> LineReader::Next(Line* out) {
  if (map_ != nullptr) return NextMapped(out);
  for (;;) {
    const char* data = buf_.data();
    const size_t size = buf_.size();
    const char* nl = pos_ < size ? static_cast<const char*>(memchr(data + pos_, '\n', size - pos_)) : nullptr;
    if (nl != nullptr) {
      size_t end = static_cast<size_t>(nl - data);
      out->start = base_ + static_cast<int64_t>(pos_);
      out->nl = base_ + static_cast<int64_t>(end);
      out->too_long = skipping_;
      if (skipping_) {
        out->start = skip_start_;
        out->text = {};
        skipping_ = false;
      } else {
        out->text = std::string_view(data + pos_, end - pos_);
        if (end - pos_ > max_line_) out->too_long = true;
      }
      pos_ = end + 1;
      Trim(out);
      return true;
    }
    if (eof_) {
      if (pos_ < size || skipping_) {
        out->start = skipping_ ? skip_start_ : base_ + static_cast<int64_t>(pos_);
        out->nl = -1;
        out->too_long = skipping_ || size - pos_ > max_line_;
        out->text = out->too_long ? std::string_view() : std::string_view(data + pos_, size - pos_);
        pos_ = size;
        skipping_ = false;
        Trim(out);
        return true;
      }
      return false;
    }
    // Need more bytes: drop what was consumed.
    if (pos_ > 0) {
      buf_.Consume(pos_);
      base_ += static_cast<int64_t>(pos_);
      pos_ = 0;
    }
    if (buf_.size() > max_line_) {
      if (!skipping_) {
        skipping_ = true;
        skip_start_ = base_;
      }
      base_ += static_cast<int64_t>(buf_.size());
      buf_.Clear();
    }
    absl::StatusOr<size_t> got = buf_.ReadFrom(src_, kChunk);
    if (!got.ok()) {
      if (!absl::IsDataLoss(got.status())) return got.status();
      error_ = got.status();
      eof_ = true;
      continue;
    }
    if (*got == 0) eof_ = true;
  }
}

}  // namespace lanjie::corpus
