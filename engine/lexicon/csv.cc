#include "lanjie/lexicon/csv.h"

#include "absl/strings/str_cat.h"
#include "lanjie/common/utf8.h"

namespace lanjie {

void CsvParser::Begin(int64_t line, std::vector<std::string>* fields) {
  state_ = State::kField;
  field_empty_ = true;
  keep_ = true;
  fields_ = fields;
  size_ = 0;
  field_.clear();
  line_ = quote_line_ = line;
  consumed_ = 0;
  first_nl_ = -1;
  bom_ = line == 1 ? 0 : kUtf8Bom.size();
}

const char* CsvParser::SkipBom(const char* p, const char* end) {
  while (p < end && bom_ < kUtf8Bom.size() && *p == kUtf8Bom[bom_]) {
    ++p;
    ++bom_;
  }
  if (p == end && bom_ < kUtf8Bom.size()) return p;  // the next piece decides
  EndBom();
  return p;
}

void CsvParser::EndBom() {
  if (bom_ > 0 && bom_ < kUtf8Bom.size()) {  // not a byte order mark: its bytes are the field's
    if (keep_) field_.append(kUtf8Bom.data(), bom_);
    field_empty_ = false;
  }
  bom_ = kUtf8Bom.size();
}

void CsvParser::Drop() {
  keep_ = false;
  size_ = 0;
  field_.clear();
}

void CsvParser::Push() {
  if (!keep_) return;
  if (fields_->size() <= size_) fields_->emplace_back();
  (*fields_)[size_++].swap(field_);
  field_.clear();
}

void CsvParser::NewLine(int64_t offset) {
  ++line_;
  if (first_nl_ < 0) first_nl_ = offset;
}

void CsvParser::EndLine(int64_t offset) {
  NewLine(offset);
  if (state_ == State::kField && keep_ && !field_.empty() && field_.back() == '\r') field_.pop_back();
  Push();
}

CsvParser::Result CsvParser::AfterQuoteByte(char c) {
  // Text after a closing quote that came only on a later line: the quote
  // was almost surely never meant to span lines.
  if (c != delimiter_ && c != '\n' && c != '\r' && line_ > quote_line_) return Result::kLateQuote;
  if (c == delimiter_) {
    Push();
    field_empty_ = true;
    state_ = State::kField;
  } else if (c != '\r') {  // a CR after a closing quote belongs to a CRLF line end
    if (keep_) field_.push_back(c);
    field_empty_ = false;
  }
  return Result::kNeedMore;
}

const char* CsvParser::AppendRun(const char* p, const char* end, char stop) {
  const char* q = p;
  while (q < end && *q != stop && *q != '\n') ++q;
  if (q > p) {
    if (keep_) field_.append(p, q);
    field_empty_ = false;
  }
  return q;
}

CsvParser::Result CsvParser::FieldStep(const char** pp, const char* end) {
  const char* p = *pp;
  if (field_empty_ && *p == '"') {
    state_ = State::kQuoted;
    quote_line_ = line_;
    *pp = p + 1;
    return Result::kNeedMore;
  }
  p = AppendRun(p, end, delimiter_);
  *pp = p;
  if (p == end) return Result::kNeedMore;
  *pp = p + 1;
  if (*p == delimiter_) {
    Push();
    field_empty_ = true;
    return Result::kNeedMore;
  }
  EndLine(Offset(p));
  return Result::kRecordEnd;
}

void CsvParser::QuotedStep(const char** pp, const char* end) {
  const char* p = AppendRun(*pp, end, '"');
  *pp = p;
  if (p == end) return;
  *pp = p + 1;
  if (*p == '"') {
    state_ = State::kQuotePending;
    return;
  }
  NewLine(Offset(p));
  if (keep_) field_.push_back('\n');
  field_empty_ = false;
}

CsvParser::Result CsvParser::Feed(const char** pp, const char* end) {
  begin_ = *pp;
  const char* p = begin_;
  if (bom_ < kUtf8Bom.size()) p = SkipBom(p, end);
  Result result = Result::kNeedMore;
  while (p < end && result == Result::kNeedMore) {
    switch (state_) {
      case State::kField: result = FieldStep(&p, end); break;
      case State::kQuoted: QuotedStep(&p, end); break;
      case State::kQuotePending:
        if (*p == '"') {  // a doubled quote inside quotes
          if (keep_) field_.push_back('"');
          field_empty_ = false;
          state_ = State::kQuoted;
          ++p;
        } else {
          state_ = State::kAfterQuote;  // the quote closed the field; *p is read after it
        }
        break;
      case State::kAfterQuote:
        if (*p == '\n') {
          EndLine(Offset(p));
          result = Result::kRecordEnd;
        } else {
          result = AfterQuoteByte(*p);
        }
        ++p;
        break;
    }
  }
  consumed_ += p - begin_;
  *pp = p;
  return result;
}

bool CsvParser::End() {
  EndBom();  // the text may end inside the first bytes
  if (state_ == State::kQuotePending) state_ = State::kAfterQuote;
  if (state_ == State::kQuoted) return false;
  if (keep_ && !field_.empty() && field_.back() == '\r') field_.pop_back();
  Push();
  return true;
}

std::string CsvParser::LateQuoteMessage() const {
  return absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line_, " closes only on line ",
                      line_, " (text follows the closing quote there)");
}

std::string CsvParser::UnterminatedMessage() const {
  return absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line_,
                      " is never closed (every line after it up to the end of the file would be one field)");
}

void CsvReader::SkipBadRecord(size_t start, uint32_t start_line, CsvRecord* record) {
  const size_t nl = text_.find('\n', start);
  pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
  line_ = start_line + 1;
  record->fields.clear();
}

bool CsvReader::Next(CsvRecord* record, std::string* error) {
  error->clear();
  if (pos_ >= text_.size() || text_ == kUtf8Bom) {  // a text of only a byte order mark is empty
    record->fields.clear();
    return false;
  }
  record->line = line_;
  const size_t start = pos_;
  const uint32_t start_line = line_;
  parser_.Begin(line_, &record->fields);
  const char* p = text_.data() + pos_;
  const CsvParser::Result result = parser_.Feed(&p, text_.data() + text_.size());
  pos_ = static_cast<size_t>(p - text_.data());
  line_ = static_cast<uint32_t>(parser_.line());
  if (result == CsvParser::Result::kLateQuote) {
    *error = parser_.LateQuoteMessage();
    SkipBadRecord(start, start_line, record);
    return true;
  }
  if (result == CsvParser::Result::kNeedMore && !parser_.End()) {
    // Unterminated quote: report it and resume on the line after the record's start.
    *error = parser_.UnterminatedMessage();
    SkipBadRecord(start, start_line, record);
    return true;
  }
  record->fields.resize(parser_.size());
  return true;
}

}  // namespace lanjie
