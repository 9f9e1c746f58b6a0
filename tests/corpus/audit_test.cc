// The corpus audit: the same audit.json whatever the split, the merge order
// and the thread count; resume; bad input counted per file and line;
// sampling statistics.
#include "lanjie/corpus/audit.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "lanjie/common/splitmix64.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/match/artifact.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"
#include "tests/corpus/one_keyword_list.h"

namespace lanjie::corpus {
namespace {

using ::testing::HasSubstr;
const std::string& kTmp = lanjie::testing::TmpDir();
const std::string kLanjie = std::string(LANJIE_BINARY_DIR) + "/tools/lanjie";

using lanjie::testing::ReadFile;
using lanjie::testing::Sh;
using lanjie::testing::WriteFile;

std::shared_ptr<const Artifact> List() {
  static std::shared_ptr<const Artifact> a = [] {
    std::vector<Entry> entries;
    auto add = [&](const char* k, const char* risk, Action action) {
      Entry e;
      e.keyword = k;
      e.risk = risk;
      e.action = action;
      e.source = "test";
      e.line = static_cast<uint32_t>(entries.size() + 1);
      entries.push_back(e);
    };
    add("冰毒", "A.1.f", Action::kBlock);
    add("赌博", "A.1.h", Action::kBlock);
    add("发票", "A.1.h", Action::kReview);
    std::vector<Diagnostic> diags;
    auto r = Artifact::Compile(entries, CompileOptions{}, &diags);
    EXPECT_TRUE(r.ok()) << r.status();
    return *r;
  }();
  return a;
}

// A small corpus with every kind of record, `n` records.
std::string Corpus(int n, bool paragraphs, uint64_t seed = 7) {
  SplitMix64 rng(seed);
  const char* texts[] = {"今天天气很好", "我们去公园散步", "出售冰*毒", "赌博网站", "代开发票", "普通的一句话，没有问题"};
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string t = texts[rng.Below(6)];
    if (paragraphs) {
      out += t + "\n" + texts[rng.Below(6)] + "\n" + (rng.Below(3) == 0 ? "  \n\n" : "\n");
    } else {
      out += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + t + "\"}\n";
      if (rng.Below(50) == 0) out += "\n";  // blank lines are not records
    }
  }
  return out;
}

std::string AuditWith(const std::vector<std::string>& inputs, AuditOptions o, int order_seed = 0) {
  auto shards = PlanShards(inputs, o);
  EXPECT_TRUE(shards.ok()) << shards.status();
  std::vector<AuditSummary> parts;
  for (const ShardSpec& s : *shards) {
    auto p = AuditShard(List(), s, o, nullptr);
    EXPECT_TRUE(p.ok()) << p.status();
    // Partial summaries travel as JSON.
    auto back = AuditSummary::FromJson(p->ToJson());
    EXPECT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(back->ToJson(), p->ToJson());
    parts.push_back(*back);
  }
  // Merge in a shuffled order, as a tree.
  SplitMix64 rng(order_seed);
  for (size_t i = parts.size(); i > 1; --i) std::swap(parts[i - 1], parts[rng.Below(i)]);
  while (parts.size() > 1) {
    std::vector<AuditSummary> next;
    for (size_t i = 0; i + 1 < parts.size(); i += 2) {
      AuditSummary m = parts[i];
      EXPECT_TRUE(m.Merge(parts[i + 1]).ok());
      next.push_back(m);
    }
    if (parts.size() % 2) next.push_back(parts.back());
    parts = next;
  }
  AuditManifest m;
  m.list_hash = List()->list_hash();
  m.tool_version = "test";
  m.options = o;
  auto files = ExpandInputs(inputs);
  for (const std::string& f : *files) m.inputs.push_back(*HashInput(f));
  auto json = RenderAuditJson(parts.empty() ? AuditSummary() : parts[0], m);
  EXPECT_TRUE(json.ok()) << json.status();
  return json.ok() ? *json : "";
}

TEST(CorpusAudit, SameAuditJsonForEveryShardSizeAndMergeOrder) {
  for (bool paragraphs : {false, true}) {
    const std::string path = kTmp + (paragraphs ? "/split.txt" : "/split.jsonl");
    WriteFile(path, Corpus(40, paragraphs));
    AuditOptions o;
    o.format = paragraphs ? InputFormat::kTextParagraphs : InputFormat::kJsonl;
    o.review_sample = 7;
    o.shard_bytes = int64_t{1} << 30;
    // The corpus holds failing records: the whole corpus audited finds them.
    // (Which records a fraction samples depends on their FILE:OFFSET
    // identity, and the file lies in a per-process directory: a half sample
    // of the JSONL corpus's 10 failing records misses all of them once in
    // 1,024 runs, so this is not asserted of the sample.)
    o.fraction = 1;
    EXPECT_GT(nlohmann::json::parse(AuditWith({path}, o))["totals"]["failed"].get<int>(), 0);
    o.fraction = 0.5;
    const std::string whole = AuditWith({path}, o);
    auto j = nlohmann::json::parse(whole);
    ASSERT_EQ(j["totals"]["records"].get<int>(), 40) << whole;
    EXPECT_EQ(j["manual_sample"]["drawn"].get<int>(), 7);
    for (int64_t size : {1, 2, 3, 5, 17, 64, 100, 333}) {
      o.shard_bytes = size;
      EXPECT_EQ(AuditWith({path}, o, static_cast<int>(size)), whole) << "shard size " << size << " paragraphs "
                                                                    << paragraphs;
    }
  }
}

TEST(CorpusAudit, MergingAShardTwiceIsRefused) {
  const std::string path = kTmp + "/twice.jsonl";
  WriteFile(path, Corpus(10, false));
  AuditOptions o;
  auto p = AuditShard(List(), ShardSpec{path, 0, static_cast<int64_t>(Corpus(10, false).size())}, o, nullptr);
  ASSERT_TRUE(p.ok());
  AuditSummary m = *p;
  absl::Status s = m.Merge(*p);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("twice"));
  AuditOptions other = o;
  other.seed = 9;
  auto q = AuditShard(List(), ShardSpec{path, 0, 5}, other, nullptr);
  ASSERT_TRUE(q.ok());
  EXPECT_FALSE(AuditSummary(*p).Merge(*q).ok());  // different options
}

TEST(CorpusAudit, RenderRefusesAnIncompleteAudit) {
  const std::string path = kTmp + "/part.jsonl";
  const std::string data = Corpus(10, false);
  WriteFile(path, data);
  AuditOptions o;
  auto p = AuditShard(List(), ShardSpec{path, 0, 20}, o, nullptr);
  ASSERT_TRUE(p.ok());
  AuditManifest m;
  m.options = o;
  m.inputs.push_back(*HashInput(path));
  auto json = RenderAuditJson(*p, m);
  EXPECT_FALSE(json.ok());
  EXPECT_THAT(std::string(json.status().message()), HasSubstr("only part"));
}

TEST(CorpusAudit, BadInputIsCountedPerFileAndLine) {
  const std::string path = kTmp + "/bad.jsonl";
  std::string data = "{\"text\":\"赌博\"}\n";                // line 1 ok, 不合格
  data += "{bad json\n";                                       // line 2
  data += "{\"other\":\"x\"}\n";                               // line 3 missing field
  data += "{\"text\":\"a\xff\xfe b\"}\n";                      // line 4 invalid UTF-8
  data += std::string("bin\0ary\n", 8);                        // line 5 NUL
  data += "{\"text\":12}\n";                                   // line 6 not a string
  data += "{\"text\":\"ok\"}\n";                               // line 7 ok
  WriteFile(path, data);
  AuditOptions o;
  o.fraction = 1;
  for (int64_t size : {int64_t{1} << 20, int64_t{7}}) {
    o.shard_bytes = size;
    auto j = nlohmann::json::parse(AuditWith({path}, o));
    EXPECT_EQ(j["totals"]["records"].get<int>(), 7);
    EXPECT_EQ(j["totals"]["unreadable"].get<int>(), 5);
    EXPECT_EQ(j["totals"]["sampled"].get<int>(), 2);
    EXPECT_EQ(j["totals"]["failed"].get<int>(), 1);
    const auto& listed = j["errors"]["listed"];
    ASSERT_EQ(listed.size(), 5u) << j.dump(1);
    const char* kinds[] = {"invalid_json", "missing_field", "invalid_utf8", "binary", "not_string"};
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(listed[i]["kind"], kinds[i]);
      EXPECT_EQ(listed[i]["line"].get<int>(), i + 2) << listed[i];
      EXPECT_EQ(listed[i]["path"], path);
    }
  }
}

TEST(CorpusAudit, CompressedStreamsAndTruncation) {
  const std::string data = Corpus(300, false);
  const std::string base = kTmp + "/z.jsonl";
  WriteFile(base, data);
  AuditOptions o;
  o.fraction = 1;
  const std::string plain = AuditWith({base}, o);
  auto pj = nlohmann::json::parse(plain);
  for (const char* tool : {"gzip", "zstd", "xz"}) {
    const std::string ext = std::string(tool) == "gzip" ? "gz" : std::string(tool) == "zstd" ? "zst" : "xz";
    const std::string z = base + "." + ext;
    ASSERT_EQ(Sh(std::string(tool) + " -q -c " + base + " > " + z), 0);
    auto zj = nlohmann::json::parse(AuditWith({z}, o));
    EXPECT_EQ(zj["totals"]["records"], pj["totals"]["records"]) << tool;
    EXPECT_EQ(zj["totals"]["failed"], pj["totals"]["failed"]) << tool;
    EXPECT_EQ(zj["errors"]["total"].get<int>(), 0) << tool;
    // Truncated: cut the compressed file in half.
    const std::string zz = ReadFile(z);
    const std::string cut = kTmp + "/cut.jsonl." + ext;
    WriteFile(cut, zz.substr(0, zz.size() / 2));
    auto cj = nlohmann::json::parse(AuditWith({cut}, o));
    EXPECT_EQ(cj["errors"]["by_kind"]["truncated_stream"].get<int>() +
                  cj["errors"]["by_kind"].value("corrupt_stream", 0),
              1)
        << tool << cj["errors"].dump();
    EXPECT_LT(cj["totals"]["records"].get<int>(), 300) << tool;
  }
}

// A JSONL file of ~1.5 MB read from its mapping, where runs of
// {"text": "..."} lines are taken at once (PlainRun), gives the records,
// verdicts and errors (kinds, lines, offsets) of the same bytes read line by
// line from a gzip stream, whatever the shard size; lines of every other
// kind sit between the runs and at their ends.
TEST(CorpusAudit, PlainRunsGiveWhatLineByLineReadingGives) {
  SplitMix64 rng(21);
  const char* texts[] = {"今天天气很好", "出售冰毒", "赌博网站", "代开发票", "普通的一句话，没有问题"};
  std::string data;
  int expect_records = 0;
  while (data.size() < 1500000) {
    std::string t = texts[rng.Below(5)];
    for (uint64_t k = rng.Below(30); k > 0; --k) t += texts[rng.Below(5)];
    ++expect_records;
    switch (rng.Below(40)) {
      case 0: data += "{\"text\":\"a\\\"b" + t + "\"}\n"; break;          // an escape: the parser's
      case 1: data += "\n"; --expect_records; break;                       // blank: no record
      case 2: data += "{\"text\": \"" + t + "\"}\r\n"; break;              // CRLF
      case 3: data += "{\"text\":\"\xff" + t + "\"}\n"; break;             // invalid UTF-8
      case 4: data += "{\"text\":\"" + t + std::string(4000, 'x') + "\"}\n"; break;  // too long
      case 5: data += std::string("{\"text\":\"nul\0", 12) + t + "\"}\n"; break;     // NUL
      case 6: data += " {\t\"text\" : \"" + t + "\" } \n"; break;          // spaces
      case 7: data += "{\"text\":\"" + t + "\",\"id\":1}\n"; break;        // two members
      case 8: data += "{\"text\":\"" + t + "\"\n"; break;                   // bad JSON
      default: data += "{\"text\": \"" + t + "\"}\n";
    }
  }
  data += "{\"text\": \"赌博 at the end without a line break\"}";
  ++expect_records;
  const std::string base = kTmp + "/runs.jsonl";
  WriteFile(base, data);
  ASSERT_EQ(Sh("gzip -q -c " + base + " > " + base + ".gz"), 0);
  AuditOptions o;
  o.fraction = 1;
  o.max_record_bytes = 3000;
  o.max_errors_listed = 100000;
  auto stream = nlohmann::json::parse(AuditWith({base + ".gz"}, o));
  EXPECT_EQ(stream["totals"]["records"].get<int>(), expect_records);
  EXPECT_GT(stream["errors"]["by_kind"]["invalid_utf8"].get<int>(), 100);
  EXPECT_GT(stream["errors"]["by_kind"]["too_long"].get<int>(), 100);
  for (int64_t size : {int64_t{1} << 30, int64_t{300000}, int64_t{65537}}) {
    o.shard_bytes = size;
    auto mapped = nlohmann::json::parse(AuditWith({base}, o));
    EXPECT_EQ(mapped["totals"], stream["totals"]) << size;
    EXPECT_EQ(mapped["errors"]["by_kind"], stream["errors"]["by_kind"]) << size;
    EXPECT_EQ(mapped["risks"], stream["risks"]) << size;
    const auto& a = mapped["errors"]["listed"];
    const auto& b = stream["errors"]["listed"];
    ASSERT_EQ(a.size(), b.size()) << size;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i]["kind"], b[i]["kind"]) << size << " " << i;
      EXPECT_EQ(a[i]["line"], b[i]["line"]) << size << " " << i;
      EXPECT_EQ(a[i]["offset"], b[i]["offset"]) << size << " " << i;
    }
  }
}

// The flagged records of an audit of `path` (shards of `shard_bytes`):
// offset -> "start-end keyword action; ..." and the verdict.
std::map<int64_t, std::string> FlaggedOf(const std::string& path, AuditOptions o) {
  class Collect : public HitSink {
   public:
    absl::Status OnRecord(const FlaggedRecord& r) override {
      std::string& s = (*out)[r.offset];
      s = r.failed ? "不合格:" : "flagged:";
      for (const RecordHit& h : r.hits)
        s += std::to_string(h.start) + "-" + std::to_string(h.end) + " " + std::string(h.keyword) + " " +
             std::string(h.action) + "; ";
      return absl::OkStatus();
    }
    std::map<int64_t, std::string>* out;
  };
  std::map<int64_t, std::string> flagged;
  Collect sink;
  sink.out = &flagged;
  auto shards = PlanShards({path}, o);
  EXPECT_TRUE(shards.ok()) << shards.status();
  for (const ShardSpec& s : *shards) EXPECT_TRUE(AuditShard(List(), s, o, &sink).ok());
  return flagged;
}

// With --fraction 1 and no review sample, PlainRun takes its lines without
// a UTF-8 check of its own: the scan's fold says whether a batch was valid,
// and the lines of a batch it does not vouch for are checked one by one.
// Invalid UTF-8 of every kind in {"text": "..."} lines (a stray byte, an
// overlong form, a surrogate, a code point above U+10FFFF, a sequence cut
// inside the text or right before its closing quote, keywords split by the
// bad byte, which the fold would read through) gives the same records,
// verdicts, flagged hits and errors (kind, message, offset, line) as the
// same bytes read line by line from a gzip stream, with every error listed
// and with only the first 5 listed, whatever the shard size.
TEST(CorpusAudit, RunLinesCheckedByTheScansFoldGiveWhatLineByLineReadingGives) {
  SplitMix64 rng(33);
  const char* texts[] = {"今天天气很好", "出售冰毒", "赌博网站", "代开发票", "普通的一句话，没有问题"};
  const char* bad[] = {"\xff", "\x80", "\xc0\xaf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe5\x86"};
  std::string data;
  while (data.size() < 1200000) {
    std::string t = texts[rng.Below(5)];
    for (uint64_t k = rng.Below(20); k > 0; --k) t += texts[rng.Below(5)];
    switch (rng.Below(300)) {
      case 0: data += "{\"text\": \"" + t + bad[rng.Below(7)] + t + "\"}\n"; break;  // inside
      case 1: data += "{\"text\": \"" + t + "\xe5\x86\"}\n"; break;                   // cut before the quote
      case 2: data += "{\"text\": \"出售冰" + std::string(bad[rng.Below(7)]) + "毒\"}\n"; break;  // in a keyword
      case 3: data += "{\"text\":\"" + t + "\"\n"; break;                              // bad JSON
      case 4: data += "{\"other\": \"" + t + "\"}\n"; break;                           // missing field
      default: data += "{\"text\": \"" + t + "\"}\n";
    }
  }
  const std::string base = kTmp + "/fold_utf8.jsonl";
  WriteFile(base, data);
  ASSERT_EQ(Sh("gzip -q -c " + base + " > " + base + ".gz"), 0);
  for (int64_t listed : {int64_t{100000}, int64_t{5}}) {
    AuditOptions o;
    o.fraction = 1;
    o.review_sample = 0;
    o.max_errors_listed = listed;
    auto stream = nlohmann::json::parse(AuditWith({base + ".gz"}, o));
    ASSERT_GT(stream["errors"]["by_kind"]["invalid_utf8"].get<int>(), 15);
    EXPECT_EQ(stream["errors"]["listed"].size(), listed == 5 ? 5 : stream["errors"]["total"].get<size_t>());
    const std::map<int64_t, std::string> stream_flagged = FlaggedOf(base + ".gz", o);
    for (int64_t size : {int64_t{1} << 30, int64_t{300000}, int64_t{65537}}) {
      o.shard_bytes = size;
      auto mapped = nlohmann::json::parse(AuditWith({base}, o));
      EXPECT_EQ(mapped["totals"], stream["totals"]) << size;
      EXPECT_EQ(mapped["errors"]["by_kind"], stream["errors"]["by_kind"]) << size;
      EXPECT_EQ(mapped["errors"]["total"], stream["errors"]["total"]) << size;
      EXPECT_EQ(mapped["risks"], stream["risks"]) << size;
      EXPECT_EQ(mapped["keyword_check"], stream["keyword_check"]) << size;
      const auto& a = mapped["errors"]["listed"];
      const auto& b = stream["errors"]["listed"];
      ASSERT_EQ(a.size(), b.size()) << size;
      for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i]["kind"], b[i]["kind"]) << size << " " << i;
        EXPECT_EQ(a[i]["message"], b[i]["message"]) << size << " " << i;
        EXPECT_EQ(a[i]["line"], b[i]["line"]) << size << " " << i;
        EXPECT_EQ(a[i]["offset"], b[i]["offset"]) << size << " " << i;
        EXPECT_EQ(a[i]["path"], base) << size << " " << i;
      }
      EXPECT_EQ(FlaggedOf(base, o), stream_flagged) << size;
    }
  }
}

TEST(CorpusAudit, CsvAndTsvColumnsAndIdField) {
  const std::string csv = kTmp + "/c.csv";
  WriteFile(csv, "id,text\n1,\"多行\n冰毒\"\n2,你好\n3,\"赌博, 网站\"\n");
  AuditOptions o;
  o.fraction = 1;
  o.id_field = "id";
  auto j = nlohmann::json::parse(AuditWith({csv}, o));
  EXPECT_EQ(j["totals"]["records"].get<int>(), 3) << j.dump(1);
  EXPECT_EQ(j["totals"]["failed"].get<int>(), 2);
  const std::string tsv = kTmp + "/c.tsv";
  WriteFile(tsv, "text\tx\n冰毒\t1\n好\t2\n");
  AuditOptions t;
  t.fraction = 1;
  auto k = nlohmann::json::parse(AuditWith({tsv}, t));
  EXPECT_EQ(k["totals"]["records"].get<int>(), 2);
  EXPECT_EQ(k["totals"]["failed"].get<int>(), 1);
}

// A UTF-8 byte order mark at the start of a file (Excel's "CSV UTF-8",
// Notepad) belongs to no header or record: every format audits the same
// records with and without it, with no error (one rule: lanjie/common/utf8.h).
TEST(CorpusAudit, ByteOrderMarkAtTheStartIsNotPartOfTheFirstRecord) {
  const std::string bom = "\xEF\xBB\xBF";
  struct Case {
    const char* name;
    std::string body;
  };
  const Case cases[] = {
      {"text-first.csv", "text,id\n冰毒,1\n你好,2\n"},
      {"quoted-first.csv", "\"text\",id\n\"冰毒\",1\n你好,2\n"},
      {"text-first.tsv", "text\tid\n冰毒\t1\n你好\t2\n"},
      {"first.jsonl", "{\"text\":\"冰毒\",\"id\":\"1\"}\n{\"text\":\"你好\",\"id\":\"2\"}\n"},
      {"first.txt", "冰毒\n你好\n"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string plain = kTmp + "/plain-" + c.name, marked = kTmp + "/bom-" + c.name;
    WriteFile(plain, c.body);
    WriteFile(marked, bom + c.body);
    AuditOptions o;
    o.fraction = 1;
    if (!absl::EndsWith(c.name, ".txt")) o.id_field = "id";
    auto without = nlohmann::json::parse(AuditWith({plain}, o));
    auto with = nlohmann::json::parse(AuditWith({marked}, o));
    EXPECT_EQ(with["errors"]["total"].get<int>(), 0) << with["errors"].dump();
    EXPECT_EQ(with["totals"]["records"].get<int>(), 2);
    EXPECT_EQ(with["totals"]["failed"].get<int>(), 1);
    EXPECT_EQ(with["totals"], without["totals"]);
  }
}

TEST(CorpusAudit, FieldPathWithWildcardScansEveryString) {
  const std::string path = kTmp + "/msgs.jsonl";
  WriteFile(path,
            "{\"messages\":[{\"role\":\"user\",\"content\":\"你好\"},{\"role\":\"assistant\",\"content\":\"冰毒\"}]}\n"
            "{\"messages\":[{\"content\":null},{\"content\":\"好的\"}]}\n");
  AuditOptions o;
  o.fraction = 1;
  o.field = "messages[*].content";
  // What the sink keeps: its own copies (the views live only during OnRecord).
  struct Kept {
    std::string id;
    struct Hit {
      std::string field, risk;
      int64_t start, end;
    };
    std::vector<Hit> hits;
  };
  std::vector<Kept> got;
  struct Sink : HitSink {
    std::vector<Kept>* out;
    absl::Status OnRecord(const FlaggedRecord& r) override {
      Kept k{std::string(r.id), {}};
      for (const RecordHit& h : r.hits) k.hits.push_back({std::string(h.field), std::string(h.risk), h.start, h.end});
      out->push_back(std::move(k));
      return absl::OkStatus();
    }
  } sink;
  sink.out = &got;
  auto p = AuditShard(List(), ShardSpec{path, 0, static_cast<int64_t>(ReadFile(path).size())}, o, &sink);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->records(), 2);
  EXPECT_EQ(p->failed(), 1);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id, path + ":0");
  ASSERT_EQ(got[0].hits.size(), 1u);
  EXPECT_EQ(got[0].hits[0].field, "messages[1].content");
  EXPECT_EQ(got[0].hits[0].start, 0);
  EXPECT_EQ(got[0].hits[0].end, 6);
  EXPECT_EQ(got[0].hits[0].risk, "A.1.f");
}

// A plain file truncated while the audit reads it (another process
// rewriting the corpus): the shard fails with an error naming the file, not
// SIGBUS. Deterministic: the sink truncates the file when the first flagged
// record arrives (the first batch, ~1 MiB into a 12 MB file), before the
// reader has read the rest.
TEST(CorpusAudit, AFileTruncatedDuringTheAuditIsAnErrorNamingIt) {
  const std::string path = kTmp + "/shrinking.jsonl";
  std::string text;
  for (int i = 0; text.size() < (12u << 20); ++i) text += "{\"text\": \"第" + std::to_string(i) + "行 冰毒 春眠不觉晓\"}\n";
  WriteFile(path, text);
  AuditOptions o;
  o.fraction = 1;
  o.review_sample = 0;
  o.shard_bytes = int64_t{1} << 30;
  struct Truncating : HitSink {
    std::string path;
    int records = 0;
    absl::Status OnRecord(const FlaggedRecord&) override {
      if (records++ == 0 && truncate(path.c_str(), 100000) != 0) return absl::InternalError("truncate failed");
      return absl::OkStatus();
    }
  } sink;
  sink.path = path;
  auto p = AuditShard(List(), ShardSpec{path, 0, static_cast<int64_t>(text.size())}, o, &sink);
  ASSERT_FALSE(p.ok());
  EXPECT_GT(sink.records, 0);
  EXPECT_THAT(std::string(p.status().message()), HasSubstr(path));
  EXPECT_THAT(std::string(p.status().message()), HasSubstr("shrank"));
  std::remove(path.c_str());
}

// A one-keyword list other than List() (天气, block).
std::shared_ptr<const Artifact> OtherList() { return CompileOneKeyword("天气", "A.1.a"); }

// Keeps the flagged records as text (ids, fields, offsets, keywords);
// refuses the record numbered refuse_at (the shard then fails).
struct TextSink : HitSink {
  std::string text;
  int refuse_at = -1;
  int seen = 0;
  absl::Status OnRecord(const FlaggedRecord& r) override {
    if (seen++ == refuse_at) return absl::InternalError("refused");
    std::ostringstream line;
    line << r.id << " " << r.offset << (r.failed ? " F" : " -");
    for (const RecordHit& h : r.hits) line << " " << h.field << ":" << h.start << "-" << h.end << ":" << h.keyword;
    text += line.str() + "\n";
    return absl::OkStatus();
  }
};

// One AuditScratch (a worker's Scanner and batch buffers) used for many
// shards in a row gives each shard the summary and flagged records of an
// AuditShard without one: across files and formats (JSONL, paragraphs,
// CSV), after a shard that failed with records still waiting in its batch
// (the sink refused one), after a missing file, and with another list in
// between (the Scanner is made anew for it).
TEST(CorpusAudit, OneScratchForManyShardsGivesTheResultsOfFreshOnes) {
  const std::string jsonl = kTmp + "/scratch.jsonl", paras = kTmp + "/scratch.txt", csv = kTmp + "/scratch.csv";
  WriteFile(jsonl, Corpus(3000, false, 11));
  WriteFile(paras, Corpus(500, true, 12));
  WriteFile(csv, "id,text\nc1,出售冰毒\nc2,今天天气很好\nc3,\"赌博\n网站\"\n");
  const std::shared_ptr<const Artifact> other = OtherList();
  ASSERT_NE(other, nullptr);
  AuditOptions o;
  o.fraction = 0.7;
  o.review_sample = 20;
  o.shard_bytes = 20000;
  AuditOptions text_o = o;
  text_o.format = InputFormat::kTextParagraphs;
  AuditOptions csv_o = o;
  csv_o.id_field = "id";
  struct Step {
    std::string path;
    const AuditOptions* options;
    std::shared_ptr<const Artifact> list;
    int refuse_at;
  };
  std::vector<Step> steps;
  for (const auto& [path, opts] : {std::pair<std::string, const AuditOptions*>{jsonl, &o}, {paras, &text_o},
                                   {csv, &csv_o}}) {
    auto shards = PlanShards({path}, *opts);
    ASSERT_TRUE(shards.ok()) << shards.status();
    for (const ShardSpec& s : *shards) steps.push_back({s.path, opts, List(), -1});
  }
  ASSERT_GT(steps.size(), 5u);
  steps.insert(steps.begin() + 2, Step{jsonl, &o, List(), 3});          // fails with records waiting
  steps.insert(steps.begin() + 4, Step{kTmp + "/missing.jsonl", &o, List(), -1});  // cannot be opened
  steps.insert(steps.begin() + 5, Step{jsonl, &o, other, -1});          // another list
  steps.push_back(Step{jsonl, &o, List(), -1});                         // the first list again
  auto shards_of = [&](const std::string& path, const AuditOptions& opts) {
    return *PlanShards({path}, opts);
  };
  AuditScratch scratch;
  size_t k = 0;
  int failed = 0;
  for (const Step& step : steps) {
    ShardSpec spec{step.path, 0, 20000};
    if (step.path == paras || step.path == csv || step.path == jsonl) {
      const auto all = shards_of(step.path, *step.options);
      spec = all[k++ % all.size()];
    }
    TextSink fresh_sink, reused_sink;
    fresh_sink.refuse_at = reused_sink.refuse_at = step.refuse_at;
    auto fresh = AuditShard(step.list, spec, *step.options, &fresh_sink);
    auto reused = AuditShard(step.list, spec, *step.options, &reused_sink, nullptr, &scratch);
    ASSERT_EQ(fresh.ok(), reused.ok()) << spec.path << " [" << spec.begin << ", " << spec.end << ")";
    if (!fresh.ok()) {
      ++failed;
      EXPECT_EQ(fresh.status(), reused.status());
      continue;
    }
    EXPECT_EQ(reused->ToJson(), fresh->ToJson()) << spec.path << " [" << spec.begin << ", " << spec.end << ")";
    EXPECT_EQ(reused_sink.text, fresh_sink.text) << spec.path << " [" << spec.begin << ", " << spec.end << ")";
  }
  EXPECT_EQ(failed, 2);  // the refused record and the missing file
}

TEST(CorpusAudit, SampleFractionIsBinomialAndSeeded) {
  const int n = 20000;
  int in = 0, in_other_seed = 0, both = 0;
  for (int i = 0; i < n; ++i) {
    const std::string id = "corpus.jsonl:" + std::to_string(i * 37);
    const bool a = InSample(SampleHash(42, id), 0.1);
    const bool b = InSample(SampleHash(43, id), 0.1);
    in += a;
    in_other_seed += b;
    both += a && b;
  }
  // Binomial(20000, 0.1): mean 2000, sd 42.4; 5 sd either side.
  EXPECT_NEAR(in, 2000, 212);
  EXPECT_NEAR(in_other_seed, 2000, 212);
  // Independent seeds: overlap ~ Binomial(20000, 0.01): mean 200, sd 14.1.
  EXPECT_NEAR(both, 200, 71);
  EXPECT_TRUE(InSample(SampleHash(1, "x"), 1.0));
}

TEST(CorpusAudit, AuditOfAGeneratedCorpusSamplesAboutTheFraction) {
  const std::string path = kTmp + "/big.jsonl";
  WriteFile(path, Corpus(5000, false, 3));
  AuditOptions o;
  o.fraction = 0.2;
  o.seed = 11;
  o.shard_bytes = 10000;
  auto j = nlohmann::json::parse(AuditWith({path}, o));
  // Binomial(5000, 0.2): mean 1000, sd 28.3.
  EXPECT_NEAR(j["totals"]["sampled"].get<double>(), 1000, 142);
}

// The CLI: 1, 2 and 4 threads give the same audit.json; an interrupted run
// (shard records removed, as if the process died before writing them)
// resumed gives the same audit.json again. audit.json and manifest.json name
// the list's version and hash.
TEST(CorpusCli, ThreadsAndResumeGiveTheSameAudit) {
  const std::string dir = kTmp + "/cli_corpus";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n赌博,A.1.h,block\n发票,A.1.h,review\n");
  ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb --list-version 2026-W48 >/dev/null 2>&1"), 0);
  WriteFile(dir + "/a.jsonl", Corpus(3000, false, 5));
  WriteFile(dir + "/b.txt", Corpus(500, true, 6));
  const std::string common = " corpus audit -d " + dir + "/kw.ljdb --fraction 0.3 --seed 4 --review-sample 50 " +
                             "--shard-size 4K " + dir + "/a.jsonl " + dir + "/b.txt";
  auto audit = [&](const std::string& out) {
    std::string s = ReadFile(out + "/audit.json");
    auto j = nlohmann::json::parse(s);
    j.erase("generated_at");
    return j.dump(1);
  };
  // manifest.json: the inputs' hashes, taken from the shards' reads (one
  // thread: all of them; more: some, the rest read at the end; resumed
  // shards: read at the end), are HashInput's every time.
  auto manifest = [&](const std::string& out) {
    auto j = nlohmann::json::parse(ReadFile(out + "/manifest.json"));
    j.erase("generated_at");
    return j;
  };
  auto expect_hashes = [&](const std::string& out) {
    const auto m = manifest(out);
    ASSERT_EQ(m["inputs"].size(), 2u);
    for (const auto& in : m["inputs"]) {
      auto direct = HashInput(in["path"].get<std::string>());
      ASSERT_TRUE(direct.ok()) << direct.status();
      EXPECT_EQ(in["xxh3_128"], direct->xxh3_128) << out << " " << in["path"];
      EXPECT_EQ(in["size"], direct->size) << out;
    }
  };
  std::string first;
  for (int threads : {1, 2, 4}) {
    const std::string out = dir + "/out" + std::to_string(threads);
    const int rc = Sh(kLanjie + common + " --threads " + std::to_string(threads) + " --out " + out + " >/dev/null");
    EXPECT_EQ(rc, 1);  // the corpus is far below 98%
    const std::string a = audit(out);
    if (first.empty()) first = a;
    EXPECT_EQ(a, first) << threads << " threads";
    EXPECT_EQ(nlohmann::json::parse(a)["list_version"], "2026-W48");
    EXPECT_EQ(nlohmann::json::parse(ReadFile(out + "/manifest.json"))["list_version"], "2026-W48");
    EXPECT_EQ(ReadFile(out + "/flagged.jsonl"), ReadFile(dir + "/out1/flagged.jsonl"));
    expect_hashes(out);
    EXPECT_EQ(manifest(out), manifest(dir + "/out1")) << threads << " threads";
  }
  // Simulate a crash: drop every other shard record and the outputs, and
  // cut one of the records kept short (a record that is not whole is
  // audited again, as a missing one).
  const std::string out = dir + "/out2";
  ASSERT_EQ(Sh("cd " + out + "/.state && ls *.shard | awk 'NR % 2 == 0' | xargs rm -f && "
               "f=$(ls *.shard | head -1) && truncate -s $(( $(stat -c %s $f) / 2 )) $f && rm -f " + out +
               "/audit.json " + out + "/flagged.jsonl"),
            0);
  const int rc = Sh(kLanjie + common + " --threads 2 --resume --out " + out + " > " + dir + "/resume.txt");
  EXPECT_EQ(rc, 1);
  EXPECT_THAT(ReadFile(dir + "/resume.txt"), HasSubstr("resumed"));
  EXPECT_THAT(ReadFile(dir + "/resume.txt"), ::testing::Not(HasSubstr(" 0 of ")));
  EXPECT_EQ(audit(out), first);
  EXPECT_EQ(ReadFile(out + "/flagged.jsonl"), ReadFile(dir + "/out1/flagged.jsonl"));
  expect_hashes(out);
  EXPECT_EQ(manifest(out), manifest(dir + "/out1"));
  // --resume with other options is refused.
  EXPECT_EQ(Sh(kLanjie + common + " --threads 2 --resume --seed 5 --out " + out + " >/dev/null 2>&1"), 2);
}

// A new audit into the folder of an earlier one (another list: other
// flagged lines in shard records of the same names) gives exactly the
// outputs of an audit into an empty folder, with 1 and 2 threads: the
// earlier run's state is removed before any new shard record is kept (it is
// removed while the first shards run). The reports it writes are those
// `lanjie corpus report` renders from its audit.json, with --org and
// --corpus-name.
TEST(CorpusCli, ANewAuditIntoAnOldFolderGivesTheOutputsOfAFreshOne) {
  const std::string dir = kTmp + "/cli_corpus_reuse";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw1.csv", "keyword,risk,action\n冰毒,A.1.f,block\n");
  WriteFile(dir + "/kw2.csv", "keyword,risk,action\n赌博,A.1.h,block\n发票,A.1.h,block\n");
  for (const char* k : {"kw1", "kw2"})
    ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/" + k + ".csv -o " + dir + "/" + k + ".ljdb >/dev/null 2>&1"), 0);
  WriteFile(dir + "/a.jsonl", Corpus(4000, false, 8));
  const std::string common = " corpus audit --fraction 1 --review-sample 20 --shard-size 8K --org 某单位 "
                             "--corpus-name 测试语料 " + dir + "/a.jsonl";
  auto without_time = [](const std::string& path) {
    auto j = nlohmann::json::parse(ReadFile(path));
    j.erase("generated_at");
    return j.dump(1);
  };
  ASSERT_EQ(Sh(kLanjie + common + " -d " + dir + "/kw2.ljdb --threads 1 --out " + dir + "/fresh >/dev/null"), 1);
  for (int threads : {1, 2}) {
    const std::string out = dir + "/reused" + std::to_string(threads);
    ASSERT_EQ(Sh(kLanjie + common + " -d " + dir + "/kw1.ljdb --out " + out + " >/dev/null"), 1);
    ASSERT_EQ(Sh(kLanjie + common + " -d " + dir + "/kw2.ljdb --threads " + std::to_string(threads) + " --out " + out +
                 " >/dev/null"),
              1);
    EXPECT_EQ(without_time(out + "/audit.json"), without_time(dir + "/fresh/audit.json")) << threads;
    EXPECT_EQ(without_time(out + "/manifest.json"), without_time(dir + "/fresh/manifest.json")) << threads;
    EXPECT_EQ(ReadFile(out + "/flagged.jsonl"), ReadFile(dir + "/fresh/flagged.jsonl")) << threads;
    EXPECT_EQ(ReadFile(out + "/review.csv"), ReadFile(dir + "/fresh/review.csv")) << threads;
    EXPECT_THAT(ReadFile(out + "/flagged.jsonl"), ::testing::Not(HasSubstr("冰毒")));
    const std::string md = ReadFile(out + "/audit.md"), html = ReadFile(out + "/audit.html");
    EXPECT_THAT(md, HasSubstr("某单位"));
    EXPECT_THAT(md, HasSubstr("测试语料"));
    ASSERT_EQ(Sh(kLanjie + " corpus report --out " + out + " >/dev/null"), 1);
    EXPECT_EQ(ReadFile(out + "/audit.md"), md) << threads;
    EXPECT_EQ(ReadFile(out + "/audit.html"), html) << threads;
    EXPECT_EQ(Sh("cd " + out + "/.state && ls | grep -v -c -E '^(plan.json|[0-9a-f]{16}[.]shard)$' >/dev/null"), 1);
  }
}

// A run killed with -9 leaves its temporary files in .state (a shard record
// and the plan being written: NAME.tmp.PID.N); --resume removes them and
// keeps the whole shard records, and the result is the uninterrupted one.
TEST(CorpusCli, ResumeRemovesTheTemporaryFilesOfAKilledRun) {
  const std::string dir = kTmp + "/cli_corpus_tmp";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n赌博,A.1.h,block\n");
  ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb >/dev/null 2>&1"), 0);
  WriteFile(dir + "/a.jsonl", Corpus(2000, false, 7));
  const std::string common =
      " corpus audit -d " + dir + "/kw.ljdb --fraction 1 --shard-size 8K --threads 1 " + dir + "/a.jsonl";
  const std::string out = dir + "/out";
  ASSERT_EQ(Sh(kLanjie + common + " --out " + out + " >/dev/null"), 1);
  const std::string flagged = ReadFile(out + "/flagged.jsonl");
  ASSERT_FALSE(flagged.empty());
  // What kill -9 leaves: the last shard record missing, its temporary file
  // half written, and a temporary plan.
  ASSERT_EQ(Sh("cd " + out + "/.state && f=$(ls *.shard | tail -1) && head -c 100 $f > $f.tmp.999999.3 && rm $f && "
               "echo '{' > plan.json.tmp.999999.0 && rm -f ../flagged.jsonl"),
            0);
  ASSERT_EQ(Sh("ls " + out + "/.state | grep -c '[.]tmp[.]' | grep -qx 2"), 0);
  ASSERT_EQ(Sh(kLanjie + common + " --resume --out " + out + " >/dev/null"), 1);
  EXPECT_EQ(Sh("ls " + out + "/.state | grep -q '[.]tmp[.]'"), 1) << "temporary files left in .state";
  EXPECT_EQ(ReadFile(out + "/flagged.jsonl"), flagged);
  EXPECT_EQ(Sh("test -f " + out + "/.state/plan.json"), 0);
}

// flagged.jsonl is appended shard by shard to a temporary file beside it
// while the shards run (committed at the end), so a run killed with -9
// leaves that file (flagged.jsonl.tmp.PID.N), as it may leave the other
// outputs' temporary files: the next run, fresh or --resume, removes them
// and nothing else, and its outputs are those of an audit into an empty
// folder, with 1 and 2 threads.
TEST(CorpusCli, AnAuditRemovesTheTemporaryOutputsOfAKilledRun) {
  const std::string dir = kTmp + "/cli_corpus_tmp_outputs";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n赌博,A.1.h,block\n");
  ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb >/dev/null 2>&1"), 0);
  WriteFile(dir + "/a.jsonl", Corpus(3000, false, 9));
  const std::string common = " corpus audit -d " + dir + "/kw.ljdb --fraction 1 --review-sample 0 --shard-size 8K " +
                             dir + "/a.jsonl";
  ASSERT_EQ(Sh(kLanjie + common + " --threads 1 --out " + dir + "/fresh >/dev/null"), 1);
  const std::string flagged = ReadFile(dir + "/fresh/flagged.jsonl");
  ASSERT_GT(flagged.size(), 8000u);  // more than one shard's lines
  for (const char* run : {" --threads 1", " --threads 2", " --threads 2 --resume"}) {
    const std::string out = dir + "/out";
    if (std::string(run).find("resume") == std::string::npos) Sh("rm -rf " + out);
    ASSERT_EQ(Sh("mkdir -p " + out + " && cd " + out + " && head -c 5000 " + dir +
                 "/fresh/flagged.jsonl > flagged.jsonl.tmp.999999.4 && echo '{' > audit.json.tmp.999999.5 && "
                 "echo keep > notes.tmp.1 && echo keep > flagged.jsonl.bak"),
              0);
    ASSERT_EQ(Sh(kLanjie + common + run + " --out " + out + " >/dev/null"), 1) << run;
    EXPECT_EQ(Sh("ls " + out + " | grep -q -E '^(flagged[.]jsonl|audit[.]json)[.]tmp[.]'"), 1) << run;
    EXPECT_EQ(ReadFile(out + "/notes.tmp.1"), "keep\n") << run;
    EXPECT_EQ(ReadFile(out + "/flagged.jsonl.bak"), "keep\n") << run;
    EXPECT_EQ(ReadFile(out + "/flagged.jsonl"), flagged) << run;
  }
}

// The audit reads the list in place, as `lanjie scan` does: the stream
// databases, which only a text with line breaks needs (it is scanned whole,
// so a keyword split by a break is found), are deserialized on first use,
// and the load runs on two threads with --threads 2. Such texts give the
// same hits with one thread or two; a list corrupted in the middle, or cut
// short, is still refused at the load, naming the file, with exit status 2
// and no outputs, as when the list was copied into memory.
TEST(CorpusCli, AListReadInPlaceScansTextsWithLineBreaksAndRefusesACorruptFile) {
  const std::string dir = kTmp + "/cli_corpus_in_place";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n发票,A.1.h,review\n");
  ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb >/dev/null 2>&1"), 0);
  std::string corpus;
  for (int i = 0; i < 300; ++i)
    corpus += i % 3 == 0 ? "{\"text\": \"买冰毒\\n代开发票 " + std::to_string(i) + "\"}\n"
              : i % 3 == 1 ? "{\"text\": \"冰\\n毒 " + std::to_string(i) + "\"}\n"
                           : "{\"text\": \"平安 " + std::to_string(i) + "\"}\n";
  WriteFile(dir + "/a.jsonl", corpus);
  std::string first;
  for (int threads : {1, 2}) {
    const std::string out = dir + "/out" + std::to_string(threads);
    ASSERT_EQ(Sh(kLanjie + " corpus audit -d " + dir + "/kw.ljdb --fraction 1 --review-sample 0 --shard-size 4K " +
                 "--threads " + std::to_string(threads) + " --out " + out + " " + dir + "/a.jsonl >/dev/null"),
              1);
    const std::string flagged = ReadFile(out + "/flagged.jsonl");
    std::istringstream in(flagged);
    int lines = 0;
    for (std::string line; std::getline(in, line); ++lines) {
      const nlohmann::json j = nlohmann::json::parse(line);
      const nlohmann::json& h = j["hits"];
      if (lines % 2 == 0) {  // 买冰毒\n代开发票: 冰毒 before the break, 发票 after it
        ASSERT_EQ(h.size(), 2u) << line;
        EXPECT_EQ(h[0]["keyword"], "冰毒");
        EXPECT_EQ(h[0]["start"], 3);
        EXPECT_EQ(h[1]["keyword"], "发票");
        EXPECT_EQ(h[1]["start"], 16);
        EXPECT_EQ(j["verdict"], "不合格");
      } else {  // 冰\n毒: across the break
        ASSERT_EQ(h.size(), 1u) << line;
        EXPECT_EQ(h[0]["keyword"], "冰毒");
        EXPECT_EQ(h[0]["text"], "冰\n毒");
        EXPECT_EQ(h[0]["end"], 7);
      }
    }
    EXPECT_EQ(lines, 200) << threads << " threads";
    if (first.empty()) first = flagged;
    EXPECT_EQ(flagged, first) << threads << " threads";
  }
  const std::string list = ReadFile(dir + "/kw.ljdb");
  for (const std::string& bad : {list.substr(0, list.size() / 2) + std::string(1, static_cast<char>(~list[list.size() / 2])) +
                                     list.substr(list.size() / 2 + 1),
                                 list.substr(0, list.size() - 100)}) {
    WriteFile(dir + "/bad.ljdb", bad);
    for (int threads : {1, 2}) {
      const std::string out = dir + "/bad_out";
      EXPECT_EQ(Sh(kLanjie + " corpus audit -d " + dir + "/bad.ljdb --fraction 1 --threads " + std::to_string(threads) +
                   " --out " + out + " " + dir + "/a.jsonl >/dev/null 2>" + dir + "/err.txt"),
                2);
      EXPECT_THAT(ReadFile(dir + "/err.txt"), HasSubstr("bad.ljdb: corrupted artifact")) << threads;
      EXPECT_EQ(Sh("test -e " + out), 1) << "no outputs of a refused list";
    }
  }
}

}  // namespace
}  // namespace lanjie::corpus

namespace lanjie::corpus {
namespace {

// flagged.jsonl: one compact JSON object per flagged record with sorted
// keys (each line is what a JSON library prints for it), ids, texts and
// sources escaped (quotes, line breaks, non-ASCII as UTF-8), the verdict
// 不合格 / 待复核, and the hit's own text next to the keyword it matched.
TEST(CorpusCli, FlaggedJsonlLinesAreCanonicalJson) {
  const std::string dir = kTmp + "/cli_flagged";
  Sh("rm -rf " + dir + " && mkdir -p " + dir);
  WriteFile(dir + "/kw.csv", "keyword,risk,action\n冰毒,A.1.f,block\n发票,A.1.h,review\nabcd,A.1.h,block\n");
  ASSERT_EQ(Sh(kLanjie + " compile " + dir + "/kw.csv -o " + dir + "/kw.ljdb >/dev/null 2>&1"), 0);
  WriteFile(dir + "/a.jsonl",
            "{\"text\": \"买冰毒\"}\n"                               // fast path
            "{\"text\": \"say \\\"冰毒\\\"\\n发票\"}\n"              // escapes, a line break
            "{\"text\":\"代开发票\"}\n"                              // review only
            "{\"text\": \"ABCD here\"}\n"                            // text differs from keyword
            "{\"text\": \"nothing\"}\n");
  WriteFile(dir + "/b.jsonl", "{\"id\": \"q\\\"1 号\", \"text\": \"冰毒\"}\n");
  for (const std::string& args : {std::string(" a.jsonl"), std::string(" --id-field id b.jsonl")}) {
    Sh("rm -rf " + dir + "/out");
    Sh("cd " + dir + " && " + kLanjie + " corpus audit -d kw.ljdb --fraction 1 --review-sample 0 --out out" + args +
       " >/dev/null 2>&1");
    const std::string flagged = ReadFile(dir + "/out/flagged.jsonl");
    std::vector<nlohmann::json> lines;
    std::istringstream in(flagged);
    for (std::string line; std::getline(in, line);) {
      nlohmann::json j = nlohmann::json::parse(line);
      EXPECT_EQ(j.dump(), line);
      lines.push_back(j);
    }
    if (args == " a.jsonl") {
      ASSERT_EQ(lines.size(), 4u) << flagged;
      EXPECT_EQ(lines[0]["id"], "a.jsonl:0");
      EXPECT_EQ(lines[0]["source"], "a.jsonl");
      EXPECT_EQ(lines[0]["verdict"], "不合格");
      EXPECT_EQ(lines[0]["hits"][0]["keyword"], "冰毒");
      EXPECT_EQ(lines[0]["hits"][0]["text"], "冰毒");
      EXPECT_EQ(lines[0]["hits"][0]["action"], "block");
      EXPECT_EQ(lines[0]["hits"][0]["risk"], "A.1.f");
      EXPECT_EQ(lines[0]["hits"][0]["field"], "text");
      ASSERT_EQ(lines[1]["hits"].size(), 2u);
      EXPECT_EQ(lines[1]["verdict"], "不合格");
      EXPECT_EQ(lines[1]["hits"][1]["action"], "review");
      EXPECT_EQ(lines[2]["verdict"], "待复核");
      EXPECT_EQ(lines[2]["hits"][0]["risk"], "A.1.h");
      EXPECT_EQ(lines[3]["hits"][0]["keyword"], "abcd");
      EXPECT_EQ(lines[3]["hits"][0]["text"], "ABCD");
    } else {
      ASSERT_EQ(lines.size(), 1u) << flagged;
      EXPECT_EQ(lines[0]["id"], "q\"1 号");
      EXPECT_EQ(lines[0]["source"], "b.jsonl");
    }
  }
}

}  // namespace
}  // namespace lanjie::corpus
