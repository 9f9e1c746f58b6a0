// The streamed CSV/TSV reader of the corpus audit reads exactly the rows
// lanjie::CsvReader reads from the whole text (same fields, lines, errors
// and recovery), whatever the read sizes, and holds no row longer than its
// limit; the audit of a CSV file names the file and line of bad rows.
#include "corpus/csv_stream.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"
#include "lanjie/corpus/audit.h"
#include "lanjie/lexicon/csv.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"
#include "tests/corpus/one_keyword_list.h"

namespace lanjie::corpus {
namespace {

using ::testing::HasSubstr;

// Hands out `text` from `offset` in reads of 1..max_read bytes (of exactly
// max_read bytes but the last when `fixed`).
class TrickleSource : public ByteSource {
 public:
  TrickleSource(std::string text, int64_t offset, size_t max_read, uint64_t seed, bool fixed = false)
      : text_(std::move(text)), pos_(static_cast<size_t>(offset)), max_read_(max_read), rng_(seed), fixed_(fixed) {}
  absl::StatusOr<size_t> Read(char* buf, size_t n) override {
    const size_t want = fixed_ ? max_read_ : static_cast<size_t>(1 + rng_.Below(max_read_));
    size_t k = std::min({n, text_.size() - pos_, want});
    memcpy(buf, text_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string text_;
  size_t pos_;
  size_t max_read_;
  SplitMix64 rng_;
  bool fixed_;
};

// Random delimited text from the characters that matter to the dialect;
// `all_edges` adds the other delimiter, byte order marks, quoted fields and
// quotes next to line ends.
std::string RandomCsv(SplitMix64& rng, size_t n, char delimiter, bool all_edges = false) {
  const std::string pieces[] = {"a",  "bc",     "中", std::string(1, delimiter), "\"", "\"\"", "\n", "\r\n", "\r", " ",
                                ",\t", "\xEF\xBB\xBF", "\"x\"", "\"\n\"", "\"\r\n"};
  std::string out = all_edges && rng.Below(4) == 0 ? "\xEF\xBB\xBF" : "";
  while (out.size() < n) out += pieces[rng.Below(all_edges ? std::size(pieces) : 10)];
  return out;
}

struct Row {
  int64_t line;
  std::vector<std::string> fields;
  std::string error;
  bool too_long;
};

std::vector<Row> Stream(const std::string& text, char delimiter, size_t max_row, size_t max_read, uint64_t seed,
                        int64_t* lines, int64_t* bytes, std::vector<int64_t>* offsets, int* reopens_out = nullptr,
                        bool fixed_reads = false) {
  int reopens = 0;
  CsvStream csv(std::make_unique<TrickleSource>(text, 0, max_read, seed, fixed_reads), delimiter, max_row,
                [&](int64_t offset) -> absl::StatusOr<std::unique_ptr<ByteSource>> {
                  ++reopens;
                  return std::unique_ptr<ByteSource>(new TrickleSource(text, offset, max_read, seed + 1, fixed_reads));
                });
  std::vector<Row> rows;
  CsvRow r;
  for (;;) {
    absl::StatusOr<bool> more = csv.Next(&r);
    EXPECT_TRUE(more.ok()) << more.status();
    if (!more.ok() || !*more) break;
    rows.push_back(Row{r.line, std::vector<std::string>(r.fields.begin(), r.fields.begin() + r.size), r.error,
                       r.too_long});
    offsets->push_back(r.offset);
  }
  *lines = csv.lines();
  *bytes = csv.bytes();
  if (reopens_out != nullptr) *reopens_out += reopens;
  return rows;
}

std::vector<Row> WholeText(const std::string& text, char delimiter) {
  CsvReader whole(text, delimiter);
  std::vector<Row> want;
  CsvRecord rec;
  std::string error;
  while (whole.Next(&rec, &error)) want.push_back(Row{rec.line, rec.fields, error, false});
  return want;
}

TEST(CsvStream, SameRowsAsTheWholeTextReaderForAnyReadSize) {
  SplitMix64 rng(12);
  for (int round = 0; round < 400; ++round) {
    const char delimiter = round % 2 ? ',' : '\t';
    const std::string text = RandomCsv(rng, 1 + rng.Below(300), delimiter);
    const std::vector<Row> want = WholeText(text, delimiter);
    int64_t lines = 0, bytes = 0;
    std::vector<int64_t> offsets;
    const std::vector<Row> got = Stream(text, delimiter, 1 << 20, 1 + rng.Below(9), round, &lines, &bytes, &offsets);
    ASSERT_EQ(got.size(), want.size()) << "round " << round << ": " << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].line, want[i].line) << round;
      EXPECT_EQ(got[i].fields, want[i].fields) << round << " row " << i << ": " << text;
      EXPECT_EQ(got[i].error, want[i].error) << round;
      // A row starts at the first byte of its line.
      int64_t line_start = 0;
      for (int64_t l = 1; l < got[i].line; ++l) line_start = static_cast<int64_t>(text.find('\n', line_start)) + 1;
      EXPECT_EQ(offsets[i], line_start) << round << " row " << i;
    }
    EXPECT_EQ(lines, std::count(text.begin(), text.end(), '\n'));
    EXPECT_EQ(bytes, static_cast<int64_t>(text.size()));
  }
}

TEST(CsvStream, SameRowsAndErrorsAsTheWholeTextReaderForReadsOfEverySizeUpTo64) {
  // Every edge of the dialect (quotes, doubled quotes, CRLF, bare CR, BOM,
  // malformed quotes) split across read boundaries at every position.
  SplitMix64 rng(64);
  int errors = 0;
  for (int round = 0; round < 120; ++round) {
    const char delimiter = round % 2 ? ',' : '\t';
    const std::string text = RandomCsv(rng, 1 + rng.Below(160), delimiter, /*all_edges=*/true);
    const std::vector<Row> want = WholeText(text, delimiter);
    for (const Row& r : want) errors += !r.error.empty();
    for (size_t read = 1; read <= 64; ++read) {
      int64_t lines = 0, bytes = 0;
      std::vector<int64_t> offsets;
      const std::vector<Row> got =
          Stream(text, delimiter, 1 << 20, read, round, &lines, &bytes, &offsets, nullptr, /*fixed_reads=*/true);
      ASSERT_EQ(got.size(), want.size()) << "round " << round << " read " << read << ": " << text;
      for (size_t i = 0; i < got.size(); ++i) {
        ASSERT_EQ(got[i].line, want[i].line) << round << " read " << read << " row " << i;
        ASSERT_EQ(got[i].fields, want[i].fields) << round << " read " << read << " row " << i << ": " << text;
        ASSERT_EQ(got[i].error, want[i].error) << round << " read " << read << " row " << i;
      }
      ASSERT_EQ(lines, std::count(text.begin(), text.end(), '\n'));
      ASSERT_EQ(bytes, static_cast<int64_t>(text.size()));
    }
  }
  EXPECT_GT(errors, 20);
}

TEST(CsvStream, RowsOverTheLimitAreNotHeldAndReadingGoesOn) {
  // Rows over 12 bytes come back too_long, without fields; the other rows
  // and every malformed row are exactly the whole-text reader's, also when
  // recovering from an unterminated quote needs bytes already dropped.
  SplitMix64 rng(99);
  int too_long = 0, errors = 0, reopens = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string text = RandomCsv(rng, 1 + rng.Below(200), ',');
    const std::vector<Row> want = WholeText(text, ',');
    int64_t lines = 0, bytes = 0;
    std::vector<int64_t> offsets;
    const std::vector<Row> got = Stream(text, ',', 12, 1 + rng.Below(5), round, &lines, &bytes, &offsets, &reopens);
    ASSERT_EQ(got.size(), want.size()) << round << ": " << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].line, want[i].line) << round;
      EXPECT_EQ(got[i].error, want[i].error) << round;
      if (got[i].too_long) {
        ++too_long;
        EXPECT_TRUE(got[i].fields.empty());
        EXPECT_TRUE(want[i].error.empty());
      } else {
        EXPECT_EQ(got[i].fields, want[i].fields) << round << " row " << i << ": " << text;
      }
      errors += !got[i].error.empty();
    }
    EXPECT_EQ(lines, std::count(text.begin(), text.end(), '\n'));
  }
  EXPECT_GT(too_long, 50);
  EXPECT_GT(errors, 50);
  EXPECT_GT(reopens, 10);  // recoveries that had to read dropped bytes again
}


nlohmann::json AuditFile(const std::string& path, AuditOptions o) {
  auto shards = PlanShards({path}, o);
  EXPECT_TRUE(shards.ok()) << shards.status();
  EXPECT_EQ(shards->size(), 1u);
  auto p = AuditShard(OneKeywordList(), (*shards)[0], o, nullptr);
  EXPECT_TRUE(p.ok()) << p.status();
  AuditManifest m;
  m.list_hash = OneKeywordList()->list_hash();
  m.tool_version = "test";
  m.options = o;
  m.inputs.push_back(*HashInput(path));
  auto json = RenderAuditJson(*p, m);
  EXPECT_TRUE(json.ok()) << json.status();
  return nlohmann::json::parse(json.ok() ? *json : "{}");
}

TEST(CsvAudit, QuotedFieldsSpanLinesAndBadRowsNameTheirLine) {
  const std::string path = lanjie::testing::TmpDir() + "/stream.csv";
  std::string data = "id,text\n";
  data += "1,\"第一行\n冰毒\"\n";             // lines 2-3: one record, 不合格
  data += "2,\"引号\"\"里\"\"\"\n";           // line 4
  data += "3,\"关了\n又写\" 字\n";            // lines 5-6: text after a quote closed on a later line
  data += "4,冰毒\n";                         // line 7 (read again after the error above: line 6 is a row too)
  data += "5,\"" + std::string(300, 'x') + "\"\n";  // line 8: longer than max_record_bytes
  data += "6,a\xff" "b\n";                    // line 9: invalid UTF-8
  data += "8,\"" + std::string(300, 'y') + "\nz\" 尾\n";  // lines 10-11: too long, and text after its quote:
                                              // recovery reads line 11 again (reopening the source)
  data += "7,\"不关";                         // line 12: never closed
  lanjie::testing::WriteFile(path, data);
  AuditOptions o;
  o.fraction = 1;
  o.id_field = "id";
  o.max_record_bytes = 200;
  for (const char* tool : {"", "gzip"}) {
    std::string file = path;
    if (*tool) {
      file = path + ".gz";
      ASSERT_EQ(lanjie::testing::Sh("gzip -c " + path + " > " + file), 0);
    }
    const nlohmann::json j = AuditFile(file, o);
    // Readable: ids 1, 2, 4. Errors, in line order: the quote of line 5, line 6 read again
    // as a row of one field, the row over 200 bytes, invalid UTF-8, the long row whose quote
    // closes on line 11 with text after it, line 11 read again, the quote never closed.
    const auto& listed = j["errors"]["listed"];
    std::vector<std::pair<int, std::string>> lines_kinds;
    for (const auto& e : listed) {
      lines_kinds.emplace_back(e["line"].get<int>(), e["kind"].get<std::string>());
      EXPECT_EQ(e["path"], file);
    }
    EXPECT_THAT(lines_kinds, ::testing::ElementsAre(std::make_pair(5, std::string("csv")),
                                                    std::make_pair(6, std::string("missing_field")),
                                                    std::make_pair(8, std::string("too_long")),
                                                    std::make_pair(9, std::string("invalid_utf8")),
                                                    std::make_pair(10, std::string("csv")),
                                                    std::make_pair(11, std::string("missing_field")),
                                                    std::make_pair(12, std::string("csv"))))
        << listed.dump(1);
    EXPECT_THAT(listed[0]["message"].get<std::string>(), HasSubstr("opened on line 5"));
    EXPECT_EQ(j["totals"]["failed"].get<int>(), 2) << tool;   // ids 1 and 4
    EXPECT_EQ(j["totals"]["sampled"].get<int>(), 3) << tool;  // ids 1, 2, 4
  }
}

}  // namespace
}  // namespace lanjie::corpus
