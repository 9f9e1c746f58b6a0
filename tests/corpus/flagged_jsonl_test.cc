// flagged.jsonl writer: the line format, the same file whether or not the
// lines were spilled, memory bounded by the spill size, and a writer that is
// not committed leaves the target untouched and no temporary file behind.
#include "lanjie/corpus/flagged_jsonl.h"
#include "lanjie/corpus/shard_state.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/json_string.h"
#include "lanjie/common/splitmix64.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie::corpus {
namespace {

using lanjie::testing::ReadFile;
using lanjie::testing::WriteFile;

// Strings standing in for the artifact's (entries are cached by these views).
const std::string kBlock = "block", kReview = "review", kKeyword = "冰毒", kInvoice = "发票", kRiskF = "A.1.f",
                  kRiskH = "A.1.h", kPinyin = "pinyin";

std::string Dir(const std::string& name) {
  const std::string d = lanjie::testing::TmpDir() + "/flagged_jsonl_" + name;
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

// Record i of a generated shard: 1 to 3 hits, ids and texts that need escapes now and then.
struct Generated {
  std::string id, text, field;
  FlaggedRecord record;
};
void Generate(int i, SplitMix64* rng, Generated* g) {
  g->id = i % 7 == 0 ? "id \"" + std::to_string(i) + "\"" : "r" + std::to_string(i);
  g->text = i % 5 == 0 ? "冰-毒\t" : kKeyword;
  g->field = i % 3 == 0 ? "messages[1].content" : "text";
  FlaggedRecord& r = g->record;
  r.id = g->id;
  r.path = i < 500 ? "a.jsonl" : "dir/b \"x\".jsonl";
  r.offset = int64_t{1000} * i;
  r.hits.clear();
  const int n = 1 + static_cast<int>(rng->Below(3));
  r.failed = false;
  for (int k = 0; k < n; ++k) {
    const bool block = rng->Below(2) == 0;
    r.failed = r.failed || block;
    r.hits.push_back(RecordHit{g->field, 3 * k, 3 * k + 6, block ? kKeyword : kInvoice, block ? kRiskF : kRiskH,
                               block ? kBlock : kReview, k == 1 ? std::string_view(kPinyin) : std::string_view(),
                               g->text});
  }
}

// Writes `n` generated records with the given spill size; the writer's peak buffer in *peak.
std::string WriteGenerated(const std::string& path, int n, size_t spill_bytes, size_t* peak) {
  FlaggedJsonlWriter w(path, spill_bytes);
  SplitMix64 rng(3);
  Generated g;
  for (int i = 0; i < n; ++i) {
    Generate(i, &rng, &g);
    EXPECT_TRUE(w.OnRecord(g.record).ok());
  }
  EXPECT_FALSE(std::filesystem::exists(path)) << "the target appears only at Commit";
  EXPECT_TRUE(w.Commit().ok());
  *peak = w.max_buffered_bytes();
  return ReadFile(path);
}

TEST(FlaggedJsonl, LineIsCanonicalCompactJson) {
  const std::string dir = Dir("line");
  FlaggedJsonlWriter w(dir + "/hits.jsonl");
  FlaggedRecord r;
  r.id = "a\"b";
  r.path = "x.jsonl";
  r.offset = 42;
  r.failed = false;
  r.hits.push_back(RecordHit{"text", 0, 6, kInvoice, kRiskH, kReview, kPinyin, "fa piao"});
  ASSERT_TRUE(w.OnRecord(r).ok());
  r.failed = true;
  r.hits.push_back(RecordHit{"", 7, 13, kKeyword, kRiskF, kBlock, "", kKeyword});
  ASSERT_TRUE(w.OnRecord(r).ok());
  ASSERT_TRUE(w.Commit().ok());
  EXPECT_EQ(ReadFile(dir + "/hits.jsonl"),
            "{\"hits\":[{\"action\":\"review\",\"end\":6,\"field\":\"text\",\"keyword\":\"发票\",\"risk\":\"A.1.h\","
            "\"start\":0,\"text\":\"fa piao\",\"via\":\"pinyin\"}],\"id\":\"a\\\"b\",\"offset\":42,"
            "\"source\":\"x.jsonl\",\"verdict\":\"待复核\"}\n"
            "{\"hits\":[{\"action\":\"review\",\"end\":6,\"field\":\"text\",\"keyword\":\"发票\",\"risk\":\"A.1.h\","
            "\"start\":0,\"text\":\"fa piao\",\"via\":\"pinyin\"},{\"action\":\"block\",\"end\":13,\"keyword\":\"冰毒\","
            "\"risk\":\"A.1.f\",\"start\":7,\"text\":\"冰毒\"}],\"id\":\"a\\\"b\",\"offset\":42,"
            "\"source\":\"x.jsonl\",\"verdict\":\"不合格\"}\n");
}

// Entries are kept by the identity of their views: with many keywords, hit
// again and again in a different order each pass, every line still names
// its own keyword (escaped when it needs it) and risk, and a plain id
// ("PATH:OFFSET", written straight into the buffer) is written as is.
TEST(FlaggedJsonl, ManyKeywordsHitInAnyOrderKeepTheirOwnLines) {
  const std::string dir = Dir("many");
  std::vector<std::string> keywords, risks;
  for (int k = 0; k < 3000; ++k) {
    keywords.push_back("kw" + std::to_string(k) + (k % 2 == 0 ? "冰" : "\\\""));
    risks.push_back("A.1." + std::string(1, static_cast<char>('a' + k % 7)));
  }
  std::string expected;
  {
    FlaggedJsonlWriter w(dir + "/hits.jsonl");
    FlaggedRecord r;
    r.path = "x.jsonl";
    std::string id;
    for (int pass = 0; pass < 3; ++pass) {
      for (int k = 0; k < 3000; ++k) {
        const int i = (k * 7 + pass * 1013) % 3000;  // a different order each pass
        id = "x.jsonl:" + std::to_string(pass * 3000 + k);
        r.id = id;
        r.offset = pass * 3000 + k;
        r.failed = true;
        r.hits.assign(1, RecordHit{"", 0, 3, keywords[i], risks[i], kBlock, "", "abc"});
        ASSERT_TRUE(w.OnRecord(r).ok());
        std::string kw_json = keywords[i];
        if (i % 2 != 0) kw_json = "kw" + std::to_string(i) + "\\\\\\\"";
        expected += "{\"hits\":[{\"action\":\"block\",\"end\":3,\"keyword\":\"" + kw_json + "\",\"risk\":\"" +
                    risks[i] + "\",\"start\":0,\"text\":\"abc\"}],\"id\":\"" + id + "\",\"offset\":" +
                    std::to_string(pass * 3000 + k) + ",\"source\":\"x.jsonl\",\"verdict\":\"不合格\"}\n";
      }
    }
    ASSERT_TRUE(w.Commit().ok());
  }
  EXPECT_EQ(ReadFile(dir + "/hits.jsonl"), expected);
}

TEST(FlaggedJsonl, SpilledLinesGiveTheSameFileWithBoundedMemory) {
  const std::string dir = Dir("spill");
  size_t peak_whole = 0, peak_spilled = 0, peak_tiny = 0;
  const std::string whole = WriteGenerated(dir + "/whole.jsonl", 3000, size_t{1} << 30, &peak_whole);
  const std::string spilled = WriteGenerated(dir + "/spilled.jsonl", 3000, 4096, &peak_spilled);
  const std::string tiny = WriteGenerated(dir + "/tiny.jsonl", 3000, 1, &peak_tiny);
  ASSERT_GT(whole.size(), size_t{100000});
  EXPECT_EQ(spilled, whole);
  EXPECT_EQ(tiny, whole);
  EXPECT_EQ(peak_whole, whole.size());  // nothing spilled: the whole shard was held
  // At most the spill size plus one line (lines here are < 1 KiB).
  EXPECT_LT(peak_spilled, size_t{4096 + 1024});
  EXPECT_LT(peak_tiny, size_t{1024});
  // No temporary file is left beside the targets.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    ++files;
    EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
  }
  EXPECT_EQ(files, 3);
}

TEST(FlaggedJsonl, WithoutCommitTheTargetIsUntouched) {
  const std::string dir = Dir("abandon");
  const std::string path = dir + "/hits.jsonl";
  WriteFile(path, "old\n");
  {
    FlaggedJsonlWriter w(path, 64);
    SplitMix64 rng(1);
    Generated g;
    for (int i = 0; i < 200; ++i) {
      Generate(i, &rng, &g);
      ASSERT_TRUE(w.OnRecord(g.record).ok());
    }
    EXPECT_GT(w.bytes_written(), 64 * 100);  // spilled many times
  }
  EXPECT_EQ(ReadFile(path), "old\n");
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 1) << "the temporary file is removed";
}

// The audit's ids are PATH:INDEX, so the writer checks only what follows
// the record's own path for escapes once it knows the path needs none: every
// id is still escaped exactly as AppendJsonString escapes it, whether the
// path needs escapes or not, the id's tail does, the id is the path itself,
// shorter than it, only starts like it, or has nothing to do with it, and
// when the path changes between records.
TEST(FlaggedJsonl, IdsStartingWithTheSourcePathAreEscapedAsAnyId) {
  const std::string dir = Dir("ids");
  const std::vector<std::string> paths = {"/data/a.jsonl", "/data/语料 \"b\".jsonl", "", "/data/a.jsonl"};
  std::vector<std::string> expected;
  FlaggedJsonlWriter w(dir + "/hits.jsonl");
  for (const std::string& path : paths) {
    const std::vector<std::string> ids = {path + ":0",      path + ":12\"x",  path + ":\n",   path,
                                          path + "语",      path.substr(0, path.size() / 2), "/data/a.json",
                                          "r\\1",          "id 7",           path + ":" + path};
    for (const std::string& id : ids) {
      FlaggedRecord r;
      r.id = id;
      r.path = path;
      r.offset = 7;
      r.failed = true;
      r.hits.push_back(RecordHit{"text", 0, 6, kKeyword, kRiskF, kBlock, "", kKeyword});
      ASSERT_TRUE(w.OnRecord(r).ok());
      std::string json_id, json_path;
      AppendJsonString(id, &json_id);
      AppendJsonString(path, &json_path);
      expected.push_back("{\"hits\":[{\"action\":\"block\",\"end\":6,\"field\":\"text\",\"keyword\":\"冰毒\","
                         "\"risk\":\"A.1.f\",\"start\":0,\"text\":\"冰毒\"}],\"id\":" + json_id +
                         ",\"offset\":7,\"source\":" + json_path + ",\"verdict\":\"不合格\"}\n");
    }
  }
  ASSERT_TRUE(w.Commit().ok());
  std::string all;
  for (const std::string& line : expected) all += line;
  EXPECT_EQ(ReadFile(dir + "/hits.jsonl"), all);
}

// Whatever spill size a caller picks, from one byte to one far above any
// shard ("never spill"), the file holds the same lines: the buffer is taken
// once for the spill size up to a bound (a huge one is not allocated: no
// std::bad_alloc out of the engine), and grows only for a longer line.
TEST(FlaggedJsonl, AnySpillSizeWritesTheSameLines) {
  const std::string dir = Dir("spill_sizes");
  size_t peak = 0;
  const std::string expected = WriteGenerated(dir + "/ref.jsonl", 3000, 1 << 20, &peak);
  ASSERT_GT(expected.size(), size_t{64} << 10);
  for (size_t spill : {size_t{1}, size_t{100}, size_t{64} << 10, size_t{1} << 40, size_t{1} << 62, SIZE_MAX}) {
    const std::string path = dir + "/s" + std::to_string(spill) + ".jsonl";
    EXPECT_EQ(WriteGenerated(path, 3000, spill, &peak), expected) << spill;
    if (spill >= expected.size()) {
      EXPECT_EQ(peak, expected.size()) << "nothing spilled: " << spill;
    }
  }
}

TEST(FlaggedJsonl, UnwritableDirectoryIsAnErrorNamingThePath) {
  FlaggedJsonlWriter w(lanjie::testing::TmpDir() + "/flagged_jsonl_no_such_dir/hits.jsonl", 1);
  SplitMix64 rng(1);
  Generated g;
  Generate(1, &rng, &g);
  absl::Status s = w.OnRecord(g.record);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("flagged_jsonl_no_such_dir/hits.jsonl"), std::string_view::npos) << s;
  EXPECT_FALSE(w.Commit().ok());
}

}  // namespace
}  // namespace lanjie::corpus

namespace lanjie::corpus {
namespace {

// The audit's per-shard record: the lines as Commit writes them, then the
// summary; read back without reading the lines. Spilled or not, summaries
// with line breaks; a record cut anywhere is refused (DataLoss naming it),
// a missing one is NotFound.
TEST(ShardState, RecordHoldsTheLinesThenTheSummaryAndRefusesATornOne) {
  const std::string dir = Dir("shard_state");
  for (const auto& [n, spill] : std::vector<std::pair<int, size_t>>{{0, 1 << 20}, {40, 1 << 20}, {3000, 4096}}) {
    size_t peak = 0;
    const std::string lines = WriteGenerated(dir + "/plain" + std::to_string(n) + ".jsonl", n, spill, &peak);
    const std::string path = dir + "/s" + std::to_string(n) + ".shard";
    FlaggedJsonlWriter w(path, spill);
    SplitMix64 rng(3);
    Generated g;
    for (int i = 0; i < n; ++i) {
      Generate(i, &rng, &g);
      ASSERT_TRUE(w.OnRecord(g.record).ok());
    }
    const std::string summary = "{\"files\": {\"a\": 1},\n \"n\": " + std::to_string(n) + "}\n";
    ASSERT_TRUE(CommitShardState(&w, summary).ok());
    const std::string bytes = ReadFile(path);
    ASSERT_EQ(bytes.substr(0, lines.size()), lines);
    absl::StatusOr<ShardState> got = ReadShardState(path);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(got->hits_bytes, static_cast<int64_t>(lines.size()));
    EXPECT_EQ(got->summary, summary);
    for (size_t cut : {size_t{0}, bytes.size() / 2, bytes.size() - 1}) {
      WriteFile(dir + "/torn.shard", bytes.substr(0, cut));
      absl::StatusOr<ShardState> torn = ReadShardState(dir + "/torn.shard");
      ASSERT_FALSE(torn.ok()) << cut;
      EXPECT_EQ(torn.status().code(), absl::StatusCode::kDataLoss);
      EXPECT_NE(torn.status().message().find("torn.shard"), std::string_view::npos);
    }
  }
  EXPECT_EQ(ReadShardState(dir + "/none.shard").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace lanjie::corpus
