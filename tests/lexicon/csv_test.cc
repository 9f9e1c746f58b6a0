// The CSV dialect (lanjie::CsvParser) and its in-memory front end
// CsvReader: the records, lines and errors a user of `lanjie compile`,
// `lanjie lexicon` and the eval banks relies on, byte for byte the same as
// the reader before the parser was shared with the corpus audit, and the
// same whatever the sizes of the pieces the parser is fed.
#include "lanjie/lexicon/csv.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"

namespace lanjie {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Rec {
  int64_t line;
  std::vector<std::string> fields;
  std::string error;
  bool operator==(const Rec& o) const { return line == o.line && fields == o.fields && error == o.error; }
};

std::ostream& operator<<(std::ostream& os, const Rec& r) {
  os << "line " << r.line << " [";
  for (const std::string& f : r.fields) os << '<' << f << '>';
  return os << "] " << r.error;
}

// Every record of `text` read by a Reader (CsvReader, or the oracle below).
template <class Reader>
std::vector<Rec> ReadAllWith(std::string_view text, char delimiter) {
  Reader reader(text, delimiter);
  std::vector<Rec> out;
  CsvRecord rec;
  std::string error;
  while (reader.Next(&rec, &error)) out.push_back(Rec{rec.line, rec.fields, error});
  return out;
}

std::vector<Rec> ReadAll(std::string_view text, char delimiter) { return ReadAllWith<CsvReader>(text, delimiter); }

// The reader as it was before its grammar moved into CsvParser (commit
// 4dd691b), kept verbatim as the oracle of the randomized test below, but
// for the byte order mark its callers stripped (the parser drops it now).
class OracleReader {
 public:
  OracleReader(std::string_view text, char delimiter)
      : text_(text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text), delimiter_(delimiter) {}
  bool Next(CsvRecord* record, std::string* error) {
    error->clear();
    record->fields.clear();
    if (pos_ >= text_.size()) return false;
    record->line = line_;
    std::string field;
    bool quoted = false, was_quoted = false;
    const size_t start = pos_;
    const uint32_t start_line = line_;
    uint32_t quote_line = line_;
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
        *error = absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line,
                              " closes only on line ", line_, " (text follows the closing quote there)");
        Skip(start, start_line, record);
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
      } else if (!(c == '\r' && was_quoted)) {
        field.push_back(c);
      }
    }
    if (quoted) {
      *error = absl::StrCat("unterminated quote: the quoted field opened on line ", quote_line,
                            " is never closed (every line after it up to the end of the file would be one field)");
      Skip(start, start_line, record);
      return true;
    }
    if (!field.empty() && field.back() == '\r') field.pop_back();
    record->fields.push_back(std::move(field));
    return true;
  }

 private:
  void Skip(size_t start, uint32_t start_line, CsvRecord* record) {
    const size_t nl = text_.find('\n', start);
    pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
    line_ = start_line + 1;
    record->fields.clear();
  }
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  char delimiter_;
};

// CsvParser fed in pieces of `piece` bytes, with CsvReader's recovery
// (resume on the line after a bad record's first) and its empty text.
std::vector<Rec> ParseInPieces(std::string_view text, char delimiter, size_t piece) {
  CsvParser parser(delimiter);
  std::vector<Rec> out;
  if (text == "\xEF\xBB\xBF") return out;  // only a byte order mark
  std::vector<std::string> fields;
  size_t pos = 0;
  int64_t line = 1;
  while (pos < text.size()) {
    const size_t start = pos;
    const int64_t start_line = line;
    parser.Begin(line, &fields);
    CsvParser::Result result = CsvParser::Result::kNeedMore;
    while (result == CsvParser::Result::kNeedMore && pos < text.size()) {
      const char* p = text.data() + pos;
      result = parser.Feed(&p, text.data() + std::min(text.size(), pos + piece));
      pos = static_cast<size_t>(p - text.data());
    }
    line = parser.line();
    std::string error;
    if (result == CsvParser::Result::kLateQuote) error = parser.LateQuoteMessage();
    if (result == CsvParser::Result::kNeedMore && !parser.End()) error = parser.UnterminatedMessage();
    if (error.empty()) {
      out.push_back(Rec{start_line, std::vector<std::string>(fields.begin(), fields.begin() + parser.size()), ""});
      continue;
    }
    out.push_back(Rec{start_line, {}, error});
    const size_t nl = text.find('\n', start);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    line = start_line + 1;
  }
  return out;
}

// Random delimited text from every piece that matters to the dialect:
// both delimiters, quotes (lone, doubled, around a field), CR, LF, CRLF, a
// byte order mark (here, and at the start), multi-byte characters.
std::string RandomCsv(SplitMix64& rng, size_t n) {
  static const std::string kPieces[] = {"a",  "bc",   "中", ",",      "\t",   "\"", "\"\"", "\"x\"",
                                        "\n", "\r\n", "\r", "\xEF\xBB\xBF", " ", "\"\n\"", "\"\r\n"};
  std::string out = rng.Below(4) == 0 ? "\xEF\xBB\xBF" : "";
  while (out.size() < n) out += kPieces[rng.Below(std::size(kPieces))];
  return out;
}

TEST(CsvReader, ReadsQuotesDoubledQuotesAndLineEnds) {
  EXPECT_THAT(ReadAll("k,r\r\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\r\nlast,\"q\"\r\n", ','),
              ElementsAre(Rec{1, {"k", "r"}, ""}, Rec{2, {"a,b", "say \"hi\""}, ""}, Rec{3, {"two\nlines", "x"}, ""},
                          Rec{5, {"last", "q"}, ""}));
  // A bare CR is a field byte; the last line needs no LF.
  EXPECT_THAT(ReadAll("k\tv\ra\n\tb", '\t'), ElementsAre(Rec{1, {"k", "v\ra"}, ""}, Rec{2, {"", "b"}, ""}));
}

// A UTF-8 byte order mark at the start of the text is no part of the first
// field (a header "\xEF\xBB\xBFtext" would name no column): dropped, also
// before a quoted field and fed one byte at a time. Anywhere else, or when
// its bytes do not complete one, the bytes are the field's.
TEST(CsvParser, ByteOrderMarkAtTheStartIsDropped) {
  const std::string bom = "\xEF\xBB\xBF";
  for (size_t piece : {1, 2, 64}) {
    SCOPED_TRACE(piece);
    EXPECT_THAT(ParseInPieces(bom + "text,id\n冰毒,1\n", ',', piece),
                ElementsAre(Rec{1, {"text", "id"}, ""}, Rec{2, {"冰毒", "1"}, ""}));
    EXPECT_THAT(ParseInPieces(bom + "\"te,xt\",id\n", ',', piece), ElementsAre(Rec{1, {"te,xt", "id"}, ""}));
    EXPECT_THAT(ParseInPieces(bom + "\n", ',', piece), ElementsAre(Rec{1, {""}, ""}));
    EXPECT_THAT(ParseInPieces("\xEF\xBB", ',', piece), ElementsAre(Rec{1, {"\xEF\xBB"}, ""}));
    EXPECT_THAT(ParseInPieces("\xEF\xBBx,\"q\"", ',', piece), ElementsAre(Rec{1, {"\xEF\xBBx", "q"}, ""}));
    EXPECT_THAT(ParseInPieces("a\n" + bom + "b," + bom + "\n", ',', piece),
                ElementsAre(Rec{1, {"a"}, ""}, Rec{2, {bom + "b", bom}, ""}));
  }
  EXPECT_THAT(ReadAll(bom + "k\tv\n", '\t'), ElementsAre(Rec{1, {"k", "v"}, ""}));
  EXPECT_THAT(ReadAll(bom, ','), ElementsAre());  // as an empty text
}

TEST(CsvReader, MalformedRecordsNameTheirLineAndReadingGoesOn) {
  const std::vector<Rec> got = ReadAll("a,b\n\"open\nstill open\" tail,c\nd,e\n\"never\nf,g\n", ',');
  ASSERT_EQ(got.size(), 6u);
  EXPECT_EQ(got[0], (Rec{1, {"a", "b"}, ""}));
  EXPECT_TRUE(got[1].fields.empty());
  EXPECT_EQ(got[1].line, 2);
  EXPECT_THAT(got[1].error, HasSubstr("opened on line 2 closes only on line 3"));
  EXPECT_EQ(got[2], (Rec{3, {"still open\" tail", "c"}, ""}));  // read again from the line after
  EXPECT_EQ(got[3], (Rec{4, {"d", "e"}, ""}));
  EXPECT_EQ(got[4].line, 5);
  EXPECT_THAT(got[4].error, HasSubstr("opened on line 5 is never closed"));
  EXPECT_EQ(got[5], (Rec{6, {"f", "g"}, ""}));
}

TEST(CsvReader, SameRecordsAndErrorsAsTheReaderBeforeTheSharedParser) {
  SplitMix64 rng(20261203);
  int errors = 0, multiline = 0;
  for (int round = 0; round < 1500; ++round) {
    const char delimiter = round % 2 ? ',' : '\t';
    const std::string text = RandomCsv(rng, 1 + rng.Below(160));
    const std::vector<Rec> want = ReadAllWith<OracleReader>(text, delimiter);
    ASSERT_EQ(ReadAll(text, delimiter), want) << "round " << round << ": " << text;
    for (const Rec& r : want) {
      errors += !r.error.empty();
      multiline += r.error.empty() && std::any_of(r.fields.begin(), r.fields.end(),
                                                  [](const std::string& f) { return f.find('\n') != f.npos; });
    }
  }
  EXPECT_GT(errors, 300);     // both kinds of malformed records are covered
  EXPECT_GT(multiline, 300);  // and quoted fields across lines
}

TEST(CsvParser, PiecesOfAnySizeGiveTheWholeTextRecords) {
  // Quotes, doubled quotes and CRLF split across piece boundaries at every
  // position: pieces of 1 to 64 bytes.
  SplitMix64 rng(7);
  for (int round = 0; round < 300; ++round) {
    const char delimiter = round % 2 ? ',' : '\t';
    const std::string text = RandomCsv(rng, 1 + rng.Below(200));
    const std::vector<Rec> want = ReadAll(text, delimiter);
    for (size_t piece = 1; piece <= 64; ++piece)
      ASSERT_EQ(ParseInPieces(text, delimiter, piece), want) << "round " << round << " piece " << piece << ": " << text;
  }
}

}  // namespace
}  // namespace lanjie
