// JSONL lines are parsed in batches (simdjson parse_many); a record's texts
// and errors must be what parsing its line alone gives. 20,000 generated
// lines (valid records, escapes, objects across lines, two on one line,
// scalars, arrays, trailing text, bad UTF-8, NUL bytes, unclosed strings,
// whitespace and CR around) are audited and compared line by line with
// simdjson's DOM parse of each line alone.
#include <simdjson.h>

#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"
#include "lanjie/corpus/audit.h"
#include "lanjie/match/artifact.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"
#include "tests/corpus/one_keyword_list.h"

namespace lanjie::corpus {
namespace {


// One generated line (no '\n' in it); one in `odd` (about) is one of the
// odd cases (bad, across lines, not one object), none when odd is 0.
std::string Line(SplitMix64* rng, uint64_t odd) {
  const char* words[] = {"ab", "x y", "冰毒", "z9", "\\\"", "\\n", "\\u51b0\\u6bd2", "\\t", "é"};
  auto text = [&]() {
    std::string t;
    for (int k = static_cast<int>(rng->Below(6)); k >= 0; --k) t += words[rng->Below(9)];
    return t;
  };
  const std::string t = text();
  const bool is_odd = odd != 0 && rng->Below(odd) == 0;
  // Cases 0-8 and 14-16 are odd; 9-13 and the default are not (a field that
  // is no string, missing or null is an error of the record, not of the batch).
  const uint64_t normal[] = {9, 10, 11, 12, 13, 17, 17, 17, 17, 17, 17, 17};
  const uint64_t odd_case[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16};
  switch (is_odd ? odd_case[rng->Below(12)] : normal[rng->Below(12)]) {
    case 0: return "{\"id\": 1, \"text\": \"" + t + "\",";        // continues on the next line
    case 1: return "\"more\": \"" + t + "\"}";                    // ... here
    case 2: return "{\"text\": \"" + t + "\"} {\"text\": \"x\"}";  // two on one line
    case 3: return "{\"text\": \"" + t + "\"} x";                  // trailing text
    case 4: return "\"" + t + "\"";                                // a string
    case 5: return "[{\"text\": \"" + t + "\"}]";                  // an array
    case 6: return "{\"text\": \"a\xff" + t + "\"}";               // bad UTF-8
    case 7: return std::string("{\"text\": \"a\0b\"}", 15);        // NUL in a string
    case 8: return "{\"text\": \"" + t;                            // unclosed string
    case 9: return "{\"text\": 12}";                               // not a string
    case 10: return "{\"other\": \"" + t + "\"}";                  // no text
    case 11: return "{\"text\": null}";
    case 12: return "  {\"text\": \"" + t + "\"}  \r";             // whitespace and CR
    case 13: return "{\"text\": \"" + t + "\", \"text\": \"second\"}";
    case 14: return "{\"n\": 01, \"text\": \"" + t + "\"}";        // bad number elsewhere
    case 15: return "{\"text\": \"" + t + "\"";                    // unclosed object
    case 16: return "}";
    default: return "{\"meta\": {\"a\": [1, 2.5, true]}, \"text\": \"" + t + "\"}";
  }
}

// What the audit reports for a line parsed alone: an error kind and message, or the text.
struct Expected {
  std::string kind, message, text;
};
Expected Alone(const std::string& line) {
  Expected x;
  if (line.find('\0') != std::string::npos) return {"binary", "NUL byte: binary data", ""};
  simdjson::dom::parser p;
  simdjson::dom::element doc;
  simdjson::padded_string padded(line);
  if (auto err = p.parse(padded).get(doc)) {
    if (err == simdjson::UTF8_ERROR) return {"invalid_utf8", "invalid UTF-8", ""};
    return {"invalid_json", std::string("invalid JSON: ") + simdjson::error_message(err), ""};
  }
  simdjson::dom::object obj;
  simdjson::dom::element e;
  std::string_view sv;
  if (doc.get_object().get(obj) || obj.at_key("text").get(e) || e.is_null())
    return {"missing_field", "no string at field path 'text'", ""};
  if (e.get_string().get(sv)) return {"not_string", "field text is not a string", ""};
  x.text = std::string(sv);
  return x;
}

class Collect : public HitSink {
 public:
  absl::Status OnRecord(const FlaggedRecord& r) override {
    std::string& s = hits_[r.offset];
    for (const RecordHit& h : r.hits) s += std::to_string(h.start) + "-" + std::to_string(h.end) + " ";
    return absl::OkStatus();
  }
  std::map<int64_t, std::string> hits_;
};

// Odd lines everywhere (most lines parsed alone), now and then (batches
// restarted after them), rarely, and never.
class JsonlBatch : public ::testing::TestWithParam<uint64_t> {};
INSTANTIATE_TEST_SUITE_P(OddLines, JsonlBatch, ::testing::Values(2, 40, 3000, 0));

TEST_P(JsonlBatch, EveryLineAsIfParsedAlone) {
  SplitMix64 rng(21 + GetParam());
  std::string data;
  std::vector<std::pair<int64_t, std::string>> lines;  // offset, line
  std::vector<int64_t> line_no;                        // its line number
  int64_t n = 0;
  for (int i = 0; i < 20000; ++i) {
    // Blank lines between records now and then (JSON whitespace inside a
    // batch read in place from the file's mapping).
    if (rng.Below(50) == 0) {
      data += rng.Below(2) == 0 ? "\n" : " \t\r\n";
      ++n;
    }
    const std::string l = Line(&rng, GetParam());
    lines.push_back({static_cast<int64_t>(data.size()), l});
    line_no.push_back(++n);
    data += l + (rng.Below(10) == 0 ? "\r\n" : "\n");
  }
  const std::string path = lanjie::testing::TmpDir() + "/jsonl_batch.jsonl";
  lanjie::testing::WriteFile(path, data);
  AuditOptions o;
  o.fraction = 1;
  o.review_sample = 0;
  o.max_errors_listed = 1 << 30;
  Collect sink;
  auto summary = AuditShard(OneKeywordList(), ShardSpec{path, 0, static_cast<int64_t>(data.size())}, o, &sink);
  ASSERT_TRUE(summary.ok()) << summary.status();
  const AuditSummary::FileStats& f = summary->files().at(path);
  std::map<int64_t, const AuditError*> errors;
  for (const AuditError& e : f.errors) errors[e.offset] = &e;
  int64_t records = 0, bad = 0, flagged = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& [offset, line] = lines[i];
    const Expected x = Alone(line);
    ++records;
    auto it = errors.find(offset);
    if (!x.kind.empty()) {
      ++bad;
      ASSERT_NE(it, errors.end()) << "line " << i + 1 << ": " << line;
      EXPECT_EQ(it->second->kind, x.kind) << line;
      EXPECT_EQ(it->second->message, x.message) << line;
      EXPECT_EQ(it->second->line, line_no[i]);
      continue;
    }
    EXPECT_EQ(it, errors.end()) << "line " << i + 1 << ": " << line << ": " << it->second->message;
    std::string want;
    for (size_t at = x.text.find("冰毒"); at != std::string::npos; at = x.text.find("冰毒", at + 1))
      want += std::to_string(at) + "-" + std::to_string(at + 6) + " ";
    flagged += !want.empty();
    EXPECT_EQ(sink.hits_.count(offset) ? sink.hits_[offset] : "", want) << "line " << i + 1 << ": " << line;
  }
  EXPECT_EQ(f.records, records);
  EXPECT_EQ(f.unreadable, bad);
  EXPECT_EQ(f.errors_total, bad);
  EXPECT_GT(bad, 500);       // not-string, missing and null texts are bad in every variant
  EXPECT_GT(flagged, 1000);  // and records with hits
}

}  // namespace
}  // namespace lanjie::corpus
