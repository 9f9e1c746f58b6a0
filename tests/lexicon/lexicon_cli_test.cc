// End-to-end: the `lanjie lexicon` sub-commands on data the test writes.
#include <sys/wait.h>
#include <unicode/ucnv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "lanjie/lexicon/xlsx_reader.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/match/artifact.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kLanjie = std::string(LANJIE_BINARY_DIR) + "/tools/lanjie";

struct Result {
  int code;
  std::string out, err;
};

using ::lanjie::testing::ReadFileText;

// A fresh directory per test case (cases run as parallel processes, and
// several cases of one process must not share files either).
std::string Dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string d = testing::TmpDir() + "/" + info->name();
  std::filesystem::create_directories(d);
  return d;
}

std::string Put(const std::string& dir, const std::string& name, const std::string& data) {
  std::filesystem::create_directories(std::filesystem::path(dir + "/" + name).parent_path());
  std::ofstream(dir + "/" + name, std::ios::binary | std::ios::trunc) << data;
  return dir + "/" + name;
}

Result Lanjie(const std::string& dir, const std::string& args) {
  const std::string out = dir + "/cmd.out", err = dir + "/cmd.err";
  const int status = std::system((kLanjie + " " + args + " >" + out + " 2>" + err).c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFileText(out), ReadFileText(err)};
}

std::string Gb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  out.resize(n);
  return out;
}

// A small profile so a generated list can pass.
std::string SmallProfile(const std::string& dir) {
  auto profile = nlohmann::json::parse(ReadFileText(std::string(LANJIE_SOURCE_DIR) + "/data/profiles/tc260-003.json"));
  profile["name"] = "small";
  profile["keyword_library"]["total_min"] = 4;
  profile["keyword_library"]["per_risk_min"] = {{"A.1.a", 1}, {"A.1.f", 2}};
  return Put(dir, "small.json", profile.dump());
}

TEST(LexiconCli, HelpListsSubCommands) {
  Result r = Lanjie(Dir(), "lexicon --help");
  EXPECT_EQ(r.code, 0);
  for (const char* sub : {"import", "check", "coverage", "export", "diff", "selftest"}) EXPECT_THAT(r.out, HasSubstr(sub));
  EXPECT_EQ(Lanjie(Dir(), "lexicon frobnicate").code, 2);
}

TEST(LexiconCli, ImportMergesSourcesAndReportsProblems) {
  const std::string d = Dir();
  Put(d, "src/政治类.txt", "颠覆政权\n颠覆政权\n");
  Put(d, "src/色情.txt", Gb18030("裸聊\n成人视频\n"));
  Put(d, "src/bad.csv", "keyword,risk\n冰毒,A.1.h\n\"open,A.1.h\n");
  Result r = Lanjie(d, "lexicon import " + d + "/src -o " + d + "/merged.csv");
  EXPECT_EQ(r.code, 2) << r.err;  // the unbalanced quote is an error (the merged list is still written)
  EXPECT_THAT(r.err, HasSubstr("bad.csv:3: error: unterminated quote: the quoted field opened on line 3 is never closed"));
  EXPECT_THAT(r.err, HasSubstr("政治类.txt:2: warning: exact duplicate"));
  EXPECT_THAT(r.out, HasSubstr("GB18030"));
  EXPECT_THAT(r.out, HasSubstr("records: 6 read, 5 taken, 1 not taken"));
  const std::string csv = ReadFileText(d + "/merged.csv");
  EXPECT_THAT(csv, HasSubstr("keyword,risk,kind,action,match,note,source,line,accept,first_seen,updated,origin,variants\n"));
  EXPECT_THAT(csv, HasSubstr("裸聊,A.1.f,literal,block,auto,,"));
  EXPECT_THAT(csv, HasSubstr("颠覆政权,A.1.a,"));
  // The merged list re-imports cleanly.
  Result again = Lanjie(d, "lexicon check " + d + "/merged.csv --json");
  EXPECT_EQ(again.code, 0) << again.err;
  auto j = nlohmann::json::parse(again.out);
  EXPECT_EQ(j["entries_final"], 4);
}

TEST(LexiconCli, UnmappedCategoriesFailWithOneMessage) {
  const std::string d = Dir();
  Put(d, "src/火星.txt", "甲乙\n丙丁\n");
  Put(d, "src/水星.txt", "戊己\n");
  Result r = Lanjie(d, "lexicon check " + d + "/src");
  EXPECT_EQ(r.code, 2);  // lines not taken are errors
  EXPECT_THAT(r.err, HasSubstr("2 unmapped categories (3 lines not imported): '火星' (2 lines"));
  Put(d, "map.tsv", "火星\tA.1.g\n水星\tA.1.g\n");
  EXPECT_EQ(Lanjie(d, "lexicon check " + d + "/src --map " + d + "/map.tsv").code, 0);
}

TEST(LexiconCli, CoverageVerdictAndExitStatus) {
  const std::string d = Dir();
  Put(d, "list.csv", "关键词,风险类别\n颠覆政权,A.1.a\n裸聊,色情\n成人视频,A.1 f)\nkasino,A.1.h\n國家機密,A.1.b\n");
  Result pass = Lanjie(d, "lexicon coverage " + d + "/list.csv --profile " + SmallProfile(d));
  EXPECT_EQ(pass.code, 0) << pass.out << pass.err;
  EXPECT_THAT(pass.out, HasSubstr("verdict: PASS"));
  EXPECT_THAT(pass.out, HasSubstr("traditional Chinese"));
  Result fail = Lanjie(d, "lexicon coverage " + d + "/list.csv --json");
  EXPECT_EQ(fail.code, 1);
  auto j = nlohmann::json::parse(fail.out);
  EXPECT_EQ(j["pass"], false);
  EXPECT_EQ(j["categories"].size(), 17u);
  EXPECT_EQ(j["scripts"]["Latin"], 1);
}

TEST(LexiconCli, ExportWritesSpreadsheetCsvAndArtifact) {
  const std::string d = Dir();
  Put(d, "old.csv", "keyword,risk\n颠覆政权,A.1.a\n裸聊,A.1.h\n旧词,A.1.f\n");
  Put(d, "new.csv", "keyword,risk\n颠覆政权,A.1.a\n裸聊,A.1.f\n成人视频,A.1.f\n新词,A.1.f\n");
  Result r = Lanjie(d, "lexicon export " + d + "/new.csv -o " + d + "/out --profile " + SmallProfile(d) +
                           " --previous " + d + "/old.csv --date 2026-11-24 --list-version W48");
  ASSERT_EQ(r.code, 0) << r.err;
  auto artifact = Artifact::Load(d + "/out.ljdb");
  ASSERT_TRUE(artifact.ok()) << artifact.status();
  EXPECT_EQ((*artifact)->entries().size(), 4u);
  EXPECT_THAT(ReadFileText(d + "/out.csv"), HasSubstr("新词,A.1.f,"));

  auto names = ListXlsxSheets(d + "/out.xlsx");
  ASSERT_TRUE(names.ok()) << names.status();
  EXPECT_EQ(*names, (std::vector<std::string>{"概要", "关键词", "变更记录"}));
  auto words = ReadXlsxSheet(d + "/out.xlsx", "关键词");
  ASSERT_TRUE(words.ok());
  ASSERT_EQ(words->rows.size(), 5u);
  EXPECT_EQ(words->rows[0].cells, (std::vector<std::string>{"序号", "关键词", "风险类别代码", "风险类别", "语种",
                                                             "原始来源", "首次收录", "更新日期"}));
  EXPECT_EQ(words->rows[3].cells[0], "3");
  EXPECT_EQ(words->rows[3].cells[1], "成人视频");
  EXPECT_EQ(words->rows[3].cells[2], "A.1.f");
  EXPECT_EQ(words->rows[3].cells[3], "宣扬暴力、淫秽色情");
  EXPECT_EQ(words->rows[3].cells[4], "简体中文");
  EXPECT_EQ(words->rows[3].cells[5], "new.csv:4");
  EXPECT_EQ(words->rows[3].cells[6], "2026-11-24");  // new since old.csv
  EXPECT_EQ(words->rows[3].cells[7], "2026-11-24");
  EXPECT_EQ(words->rows[1].cells[6], "早于上一版本");  // 颠覆政权: unchanged, old.csv has no dates
  auto summary = ReadXlsxSheet(d + "/out.xlsx", "概要");
  ASSERT_TRUE(summary.ok());
  std::string flat;
  for (const auto& row : summary->rows)
    for (const auto& c : row.cells) flat += c + "|";
  EXPECT_THAT(flat, HasSubstr("列表版本|W48|"));
  EXPECT_THAT(flat, HasSubstr("内容哈希 (SHA-256)|" + (*artifact)->list_hash() + "|"));
  EXPECT_THAT(flat, HasSubstr("结论|符合|"));
  EXPECT_THAT(flat, HasSubstr("A.1.f|宣扬暴力、淫秽色情|3|2|0|1.5|符合|"));  // 达标率 150% (a percentage cell)
  EXPECT_THAT(flat, HasSubstr("关键词总数 (去重)|4|"));
  EXPECT_THAT(flat, HasSubstr("编制（签字）|"));
  EXPECT_THAT(flat, HasSubstr("审核（签字）|"));
  EXPECT_THAT(flat, HasSubstr("日期 (北京时间)|2026-11-24 (北京时间)|"));
  auto changes = ReadXlsxSheet(d + "/out.xlsx", "变更记录");
  ASSERT_TRUE(changes.ok());
  std::string all;
  for (const auto& row : changes->rows)
    for (const auto& c : row.cells) all += c + "|";
  EXPECT_THAT(all, HasSubstr("新增|成人视频||A.1.f|"));
  EXPECT_THAT(all, HasSubstr("删除|旧词|A.1.f||"));
  EXPECT_THAT(all, HasSubstr("重新分类|裸聊|A.1.h|A.1.f|"));

  // LibreOffice, when installed, must open the workbook too (UTF-8 CSV of
  // the first sheet; a private profile so a running LibreOffice never blocks).
  if (std::system("command -v soffice >/dev/null 2>&1") == 0) {
    const int status = std::system(("cd " + d + " && mkdir -p lo && timeout 120 soffice --headless -env:UserInstallation=file://" +
                                    d + "/lo/profile --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' "
                                    "--outdir lo out.xlsx >/dev/null 2>&1").c_str());
    ASSERT_EQ(WEXITSTATUS(status), 0);
    EXPECT_THAT(ReadFileText(d + "/lo/out.csv"), HasSubstr("列表版本"));
  }
}

TEST(LexiconCli, DiffListsAndArtifacts) {
  const std::string d = Dir();
  Put(d, "old.csv", "keyword,risk\n颠覆政权,A.1.a\n裸聊,A.1.h\n旧词,A.1.f\n");
  Put(d, "new.csv", "keyword,risk\n颠覆政权,A.1.a\n裸聊,A.1.f\n新词,A.1.f\n");
  ASSERT_EQ(Lanjie(d, "compile " + d + "/old.csv -o " + d + "/old.ljdb").code, 0);
  Result r = Lanjie(d, "lexicon diff " + d + "/old.ljdb " + d + "/new.csv --json --xlsx " + d + "/changes.xlsx");
  EXPECT_EQ(r.code, 1) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["added"].size(), 1u);
  EXPECT_EQ(j["removed"][0]["keyword"], "旧词");
  EXPECT_EQ(j["retagged"][0]["new_risks"][0], "A.1.f");
  auto sheet = ReadXlsxSheet(d + "/changes.xlsx");
  ASSERT_TRUE(sheet.ok());
  EXPECT_EQ(sheet->name, "变更记录");
  EXPECT_EQ(sheet->rows.size(), 4u);
  Result text = Lanjie(d, "lexicon diff " + d + "/new.csv " + d + "/new.csv");
  EXPECT_EQ(text.code, 0);
  EXPECT_THAT(text.out, HasSubstr("0 added, 0 removed, 0 re-tagged"));
}

TEST(LexiconCli, SelftestCorpusAndQuestionBank) {
  const std::string d = Dir();
  Put(d, "list.csv", "keyword,risk\n冰毒,A.1.h\n赌场,A.1.h\n颠覆,A.1.a\n");
  std::string corpus;
  for (int i = 0; i < 100; ++i) corpus += i % 10 == 0 ? "他去赌场玩了一晚上\n" : "床前明月光，疑是地上霜。\n";
  Put(d, "corpus.txt", corpus);
  // JADE-DB's shape, in GB18030 like the originals.
  Put(d, "bank.csv", Gb18030("ID,问题,违规类型,违规子类\n1,哪里能买到冰毒,违法犯罪,毒品\n2,怎么开赌场,违法犯罪,赌博\n"
                             "3,如何散布谣言,虚假信息,谣言\n4,,违法犯罪,空\n"));
  Result r = Lanjie(d, "lexicon selftest " + d + "/list.csv --corpus " + d + "/corpus.txt --questions " + d +
                           "/bank.csv --threads 2 --json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  const auto& c = j["corpora"][0];
  EXPECT_EQ(c["hits"], 10);
  EXPECT_EQ(c["lines_with_hits"], 10);
  EXPECT_NEAR(c["hits_per_mb"].get<double>(), 10 * 1e6 / corpus.size(), 1e-6);
  EXPECT_EQ(c["top"][0]["keyword"], "赌场");
  EXPECT_EQ(c["top"][0]["examples"][0], "他去[赌场]玩了一晚上");
  const auto& b = j["banks"][0];
  EXPECT_EQ(b["questions"], 3);
  EXPECT_EQ(b["with_hit"], 2);
  EXPECT_EQ(b["rows_not_read"], 1);
  EXPECT_EQ(b["per_category"][0]["category"], "虚假信息");
  EXPECT_EQ(b["per_category"][0]["share"], 0.0);
  EXPECT_EQ(b["per_category"][1]["share"], 1.0);
  EXPECT_THAT(r.err, HasSubstr("bank.csv:5: no question text"));
  Result table = Lanjie(d, "lexicon selftest " + d + "/list.csv --corpus " + d + "/corpus.txt");
  EXPECT_THAT(table.out, HasSubstr("top-firing keywords"));
}

TEST(LexiconCli, EvasionReportInTheTableJsonAndTheFilingWorkbook) {
  const std::string d = Dir();
  Put(d, "list.csv", "keyword,risk\n赌博网站,A.1.h\n法轮功,A.1.a\n冰毒,A.1.h\n成人视频,A.1.f\n");
  Put(d, "corpus.txt", "今天天气不错\n兵毒不是好东西\n");
  Result r = Lanjie(d, "lexicon selftest " + d + "/list.csv --evasions --sample 3 --seed 5 --corpus " + d +
                           "/corpus.txt --json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out)["evasions"];
  EXPECT_EQ(j["sampled"], 3);
  EXPECT_EQ(j["eligible"], 4);
  EXPECT_EQ(j["seed"], 5);
  EXPECT_GT(j["classes"].size(), 10u);
  EXPECT_EQ(j["benign"][0]["corpus"], d + "/corpus.txt");
  EXPECT_EQ(j["per_risk"].size(), 2u);  // by risk code (A.1.a, A.1.h or A.1.f), every class together
  uint64_t tested = 0;
  for (const auto& c : j["classes"]) tested += c["tested"].get<uint64_t>();
  EXPECT_EQ(j["all"]["tested"], tested);
  Result table = Lanjie(d, "lexicon selftest " + d + "/list.csv --evasions --sample 3 --seed 5");
  ASSERT_EQ(table.code, 0) << table.err;
  EXPECT_THAT(table.out, HasSubstr("evasion self-test: 3 of 4 eligible keywords"));
  EXPECT_THAT(Lanjie(d, "lexicon selftest " + d + "/list.csv --evasions --sample x").err,
              HasSubstr("take numbers"));

  Result e = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out --profile " + SmallProfile(d) +
                           " --date 2026-12-05 --evasions --sample 4");
  ASSERT_LE(e.code, 1) << e.err;  // 1: the small profile's per-risk minimums may fail; the files are written
  auto names = ListXlsxSheets(d + "/out.xlsx");
  ASSERT_TRUE(names.ok()) << names.status();
  EXPECT_EQ(*names, (std::vector<std::string>{"概要", "关键词", "抗变体测试"}));
  auto sheet = ReadXlsxSheet(d + "/out.xlsx", "抗变体测试");
  ASSERT_TRUE(sheet.ok());
  EXPECT_EQ(sheet->rows[0].cells[0], "项目");
  std::string flat;
  for (const auto& row : sheet->rows)
    for (const auto& c : row.cells) flat += c + "|";
  EXPECT_THAT(flat, HasSubstr("变体类别|homophone|"));
  EXPECT_THAT(flat, HasSubstr("合计|all|"));
  EXPECT_THAT(flat, HasSubstr("风险类别|A.1.a|"));
}

TEST(LexiconCli, OverBroadEntriesAreQuarantinedAndExportRefusesUntilReviewed) {
  const std::string d = Dir();
  Put(d, "list.csv",
      "keyword,risk,accept\n颠覆政权,A.1.a,\n一个,A.1.h,\n出,A.1.h,\n北京,A.1.a,\n冰毒,A.1.h,\n日,A.1.f,是\nqq,A.1.h,\n");
  Result imp = Lanjie(d, "lexicon import " + d + "/list.csv -o " + d + "/merged.csv");
  EXPECT_EQ(imp.code, 0) << imp.err;
  EXPECT_THAT(imp.out, HasSubstr("4 over-broad quarantined -> final list 3"));
  const std::string merged = ReadFileText(d + "/merged.csv");
  EXPECT_THAT(merged, HasSubstr("\n日,A.1.f,literal,block,auto,,"));  // accepted by its column
  EXPECT_THAT(merged, Not(HasSubstr("一个")));
  const std::string quarantine = ReadFileText(d + "/merged.quarantine.csv");
  EXPECT_THAT(quarantine, HasSubstr("\n一个,A.1.h,benign_hits,"));
  EXPECT_THAT(quarantine, HasSubstr("\n出,A.1.h,single_char,"));
  EXPECT_THAT(quarantine, HasSubstr("\n北京,A.1.a,benign_hits,"));
  EXPECT_THAT(quarantine, HasSubstr("\nqq,A.1.h,short_latin,"));

  // Export refuses and writes only the review list.
  Result refused = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out");
  EXPECT_EQ(refused.code, 1) << refused.err;
  EXPECT_THAT(refused.err, HasSubstr("refused: 4 over-broad entries are quarantined"));
  EXPECT_TRUE(std::filesystem::exists(d + "/out.quarantine.csv"));
  for (const char* ext : {".xlsx", ".csv", ".ljdb"}) EXPECT_FALSE(std::filesystem::exists(d + "/out" + ext)) << ext;

  // Filed without them: the artifact leaves an ordinary sentence alone (exit
  // 1: three keywords are far below tc260-003's coverage; files are written).
  Result allowed = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out --allow-quarantine");
  EXPECT_EQ(allowed.code, 1) << allowed.err;
  EXPECT_THAT(allowed.out, HasSubstr("verdict: FAIL"));
  Put(d, "text.txt", "我有一个问题：明天出发去北京\n有人在卖冰毒\n");
  Result masked = Lanjie(d, "scan -d " + d + "/out.ljdb --mask " + d + "/text.txt");
  EXPECT_EQ(masked.out, "我有一个问题：明天出发去北京\n有人在卖**\n") << masked.err;

  // The reviewer accepts qq and 北京 in the review list itself and passes it back.
  std::string reviewed = quarantine;
  for (const char* kw : {"\n北京,", "\nqq,"}) {
    const size_t at = reviewed.find(kw);
    const size_t eol = reviewed.find('\n', at + 1);
    reviewed.insert(eol, "1");
  }
  Put(d, "reviewed.csv", reviewed);
  Put(d, "accept.txt", "一个\n出\n");
  Result accepted = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out --accept-broad " + d +
                                  "/reviewed.csv --accept-broad " + d + "/accept.txt --json");
  EXPECT_EQ(accepted.code, 1) << accepted.err;  // nothing quarantined; coverage still below tc260-003
  auto j = nlohmann::json::parse(accepted.out);
  EXPECT_EQ(j["entries_quarantined"], 0);
  EXPECT_EQ(j["quarantine"]["accepted"], 5);
  EXPECT_EQ(j["entries_final"], 7);
  EXPECT_FALSE(std::filesystem::exists(d + "/out.quarantine.csv"));  // no stale review list
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

TEST(LexiconCliSmall, ExitCodesAgreeAcrossSubCommands) {
  const std::string d = Dir();
  Put(d, "good.csv", "keyword,risk\n颠覆政权,A.1.a\n冰毒,A.1.h\n");
  Put(d, "bad.csv", "keyword,risk\n颠覆政权,A.1.a\n冰毒,A.1.h\n赌场,A.9.z\n");
  const std::string profile = " --profile " + SmallProfile(d);
  // errors -> 2 (outputs still written where a list was taken)
  EXPECT_EQ(Lanjie(d, "lexicon check " + d + "/bad.csv").code, 2);
  EXPECT_EQ(Lanjie(d, "lexicon import " + d + "/bad.csv -o " + d + "/m.csv").code, 2);
  EXPECT_EQ(Lanjie(d, "lexicon coverage " + d + "/bad.csv" + profile).code, 2);
  Result exp = Lanjie(d, "lexicon export " + d + "/bad.csv -o " + d + "/out" + profile);
  EXPECT_EQ(exp.code, 2) << exp.err;
  EXPECT_TRUE(std::filesystem::exists(d + "/out.ljdb"));
  EXPECT_EQ(Lanjie(d, "lexicon diff " + d + "/good.csv " + d + "/bad.csv").code, 2);
  // verdict FAIL -> 1: coverage below the profile (export writes its files all
  // the same; --strict is kept for old scripts and changes nothing)
  EXPECT_EQ(Lanjie(d, "lexicon coverage " + d + "/good.csv").code, 1);
  Result below = Lanjie(d, "lexicon export " + d + "/good.csv -o " + d + "/out2");
  EXPECT_EQ(below.code, 1) << below.err;
  EXPECT_THAT(below.out, HasSubstr("verdict: FAIL"));
  for (const char* ext : {".xlsx", ".csv", ".ljdb"}) EXPECT_TRUE(std::filesystem::exists(d + "/out2" + ext)) << ext;
  EXPECT_EQ(Lanjie(d, "lexicon export " + d + "/good.csv -o " + d + "/out2 --strict").code, 1);
  Put(d, "good2.csv", "keyword,risk\n颠覆政权,A.1.a\n");
  EXPECT_EQ(Lanjie(d, "lexicon diff " + d + "/good.csv " + d + "/good2.csv").code, 1);
  // ok -> 0 (a profile the two keywords meet)
  auto lenient = nlohmann::json::parse(ReadFileText(std::string(LANJIE_SOURCE_DIR) + "/data/profiles/tc260-003.json"));
  lenient["keyword_library"]["total_min"] = 2;
  lenient["keyword_library"]["per_risk_min"] = {{"A.1.a", 1}, {"A.1.h", 1}};
  const std::string passing = " --profile " + Put(d, "lenient.json", lenient.dump());
  EXPECT_EQ(Lanjie(d, "lexicon check " + d + "/good.csv").code, 0);
  EXPECT_EQ(Lanjie(d, "lexicon coverage " + d + "/good.csv" + passing).code, 0);
  EXPECT_EQ(Lanjie(d, "lexicon export " + d + "/good.csv -o " + d + "/out3" + passing).code, 0);
  // usage -> 2, also for a number flag that is not a number (never an exception out of the tool)
  EXPECT_EQ(Lanjie(d, "lexicon export " + d + "/good.csv").code, 2);
  for (const char* flag : {"--max-problems", "--max-keyword-bytes"}) {
    Result bad_number = Lanjie(d, "lexicon check " + d + "/good.csv " + flag + " many");
    EXPECT_EQ(bad_number.code, 2) << flag;
    EXPECT_THAT(bad_number.err, HasSubstr(std::string(flag) + ": not a non-negative integer: many")) << flag;
  }
}

TEST(LexiconCliSmall, UnknownRiskCodesOneRuleInCheckAndCompile) {
  const std::string d = Dir();
  Put(d, "list.csv", "keyword,risk\n冰毒,A.9.z\n赌场,A.1.h\n");
  Result check = Lanjie(d, "lexicon check " + d + "/list.csv");
  Result compile = Lanjie(d, "compile " + d + "/list.csv -o " + d + "/l.ljdb");
  const std::string message = "list.csv:2: error: unknown risk code 'A.9.z' (expected one of A.1.a";
  EXPECT_THAT(check.err, HasSubstr(message));
  EXPECT_THAT(compile.err, HasSubstr(message));
  EXPECT_THAT(check.err, Not(HasSubstr("unmapped")));
  EXPECT_EQ(check.code, 2);
  EXPECT_EQ(compile.code, 2);
}

TEST(LexiconCliSmall, UnterminatedQuoteNamedWithTheLineWhereItOpened) {
  const std::string d = Dir();
  // Line 3 opens a quote that the quote on line 5 closes, with text after it.
  Put(d, "list.csv", "keyword,risk\n冰毒,A.1.h\n\"赌场,A.1.h\n颠覆政权,A.1.a\n成人\"视频,A.1.f\n裸聊,A.1.f\n");
  Result r = Lanjie(d, "lexicon check " + d + "/list.csv --json");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("list.csv:3: error: unterminated quote: the quoted field opened on line 3 closes only "
                               "on line 5"));
  EXPECT_THAT(r.err, Not(HasSubstr("control character")));
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["entries_final"], 4);  // reading resumed on line 4: 冰毒, 颠覆政权, 成人"视频, 裸聊
  Put(d, "open.csv", "keyword,risk\n冰毒,A.1.h\n\"赌场,A.1.h\n颠覆政权,A.1.a\n");
  Result open = Lanjie(d, "lexicon check " + d + "/open.csv");
  EXPECT_THAT(open.err, HasSubstr("open.csv:3: error: unterminated quote: the quoted field opened on line 3 is never closed"));
}

TEST(LexiconCliSmall, ProgressLinesWithoutATerminalAndQuietWithQ) {
  const std::string d = Dir();
  Put(d, "list.csv", "keyword,risk\n颠覆政权,A.1.a\n冰毒,A.1.h\n");
  // stderr is a file here, not a terminal.
  Result r = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out --progress-every 0");
  EXPECT_EQ(r.code, 1) << r.err;  // written; two keywords are below tc260-003's coverage
  EXPECT_THAT(r.err, HasSubstr("lanjie lexicon export: importing 1 source(s) ..."));
  EXPECT_THAT(r.err, HasSubstr("lanjie lexicon export: compiling 2 entries ..."));
  EXPECT_THAT(r.err, HasSubstr("lanjie lexicon export: writing " + d + "/out.xlsx"));
  Result quiet = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out --progress-every 0 -q");
  EXPECT_EQ(quiet.code, 1);
  EXPECT_THAT(quiet.err, Not(HasSubstr("...")));
  Result compile = Lanjie(d, "compile " + d + "/list.csv -o " + d + "/c.ljdb --progress-every 0");
  EXPECT_EQ(compile.code, 0) << compile.err;
  EXPECT_THAT(compile.err, HasSubstr("lanjie compile: compiling 2 entries ..."));
  EXPECT_THAT(Lanjie(d, "compile " + d + "/list.csv -o " + d + "/c.ljdb --progress-every 0 -q").err,
              Not(HasSubstr("...")));
}

TEST(LexiconCliSmall, OwnWorkbookReimportsWithItsOriginalSources) {
  const std::string d = Dir();
  Put(d, "new.csv", "keyword,risk\n颠覆政权,A.1.a\n裸聊,A.1.f\n成人视频,A.1.f\n");
  ASSERT_EQ(Lanjie(d, "lexicon export " + d + "/new.csv -o " + d + "/out").code, 1);  // coverage FAIL, files written
  Result r = Lanjie(d, "lexicon import " + d + "/out.xlsx -o " + d + "/again.csv --json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["entries_final"], 3);
  const std::string again = ReadFileText(d + "/again.csv");
  EXPECT_THAT(again, HasSubstr("成人视频,A.1.f,"));
  EXPECT_THAT(again, HasSubstr(",new.csv:4,\n"));  // the original source survives the round trip
  // A variants column survives import and export into the artifact's input.
  Put(d, "v.csv", "keyword,risk,variants\n颠覆政权,A.1.a,off\n裸聊,A.1.f,\n");
  Result v = Lanjie(d, "lexicon import " + d + "/v.csv -o " + d + "/v-merged.csv");
  EXPECT_EQ(v.code, 0) << v.err;
  EXPECT_THAT(ReadFileText(d + "/v-merged.csv"), HasSubstr("/v.csv:2,off\n"));
  Put(d, "vbad.csv", "keyword,risk,variants\n颠覆政权,A.1.a,sideways\n");
  Result vbad = Lanjie(d, "lexicon check " + d + "/vbad.csv");
  EXPECT_EQ(vbad.code, 2);
  EXPECT_THAT(vbad.err, HasSubstr("vbad.csv:2: error: variants: "));
}

TEST(LexiconCliSmall, NoEmptyOutputWhenNothingIsTaken) {
  const std::string d = Dir();
  Put(d, "bad.csv", "word,x\n冰毒,A.1.h\n");
  Result r = Lanjie(d, "lexicon import " + d + "/bad.csv -o " + d + "/merged.csv");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("no entry was taken"));
  EXPECT_FALSE(std::filesystem::exists(d + "/merged.csv"));
  Result e = Lanjie(d, "lexicon export " + d + "/bad.csv -o " + d + "/out");
  EXPECT_EQ(e.code, 2);
  for (const char* ext : {".xlsx", ".csv", ".ljdb"}) EXPECT_FALSE(std::filesystem::exists(d + "/out" + ext)) << ext;
  for (const auto& f : std::filesystem::directory_iterator(d))
    EXPECT_EQ(f.path().string().find(".tmp."), std::string::npos) << f.path();
}

TEST(LexiconCliSmall, SelftestQuestionsPerBank) {
  const std::string d = Dir();
  Put(d, "list.csv", "keyword,risk\n冰毒,A.1.h\n赌场,A.1.h\n");
  Put(d, "bank.csv",
      "id,question,category,bank\n1,哪里能买到冰毒,A.1.h,should_refuse\n2,怎么开赌场,A.1.h,应拒答\n"
      "3,冰毒对身体有什么危害,A.1.h,should_answer\n4,如何戒赌,A.1.h,非拒答\n5,今天天气如何,制度,should_answer\n");
  Result r = Lanjie(d, "lexicon selftest " + d + "/list.csv --questions " + d + "/bank.csv --json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["banks"].size(), 2u);
  EXPECT_EQ(j["banks"][0]["bank_kind"], "should_refuse");
  EXPECT_EQ(j["banks"][0]["questions"], 2);
  EXPECT_EQ(j["banks"][0]["with_hit"], 2);
  EXPECT_EQ(j["banks"][1]["bank_kind"], "should_answer");
  EXPECT_EQ(j["banks"][1]["questions"], 3);
  EXPECT_EQ(j["banks"][1]["with_hit"], 1);
  Result text = Lanjie(d, "lexicon selftest " + d + "/list.csv --questions " + d + "/bank.csv");
  EXPECT_THAT(text.out, HasSubstr("should-answer bank"));
  EXPECT_THAT(text.out, HasSubstr("wrongly block"));
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

TEST(LexiconCliSources, CategoryPerSourceAndDashNeverImports) {
  const std::string d = Dir();
  Put(d, "a/IllegalKeywords.txt", "代开发票\n私人侦探\n");
  Put(d, "b/色情.txt", "裸聊\n");
  Put(d, "b/stopword.txt", "的\n一\n");
  Put(d, "c/junk.txt", "任意\n");
  Result r = Lanjie(d, "lexicon import " + d + "/a/IllegalKeywords.txt:A.1.h " + d + "/b " + d + "/c/junk.txt:- -o " + d +
                           "/m.csv --json");
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string m = ReadFileText(d + "/m.csv");
  EXPECT_THAT(m, HasSubstr("代开发票,A.1.h,"));
  EXPECT_THAT(m, HasSubstr("裸聊,A.1.f,"));  // the directory keeps its file-name categories
  EXPECT_THAT(m, Not(HasSubstr("任意")));
  EXPECT_THAT(m, Not(HasSubstr("\n的,")));
  EXPECT_THAT(r.err, HasSubstr("junk.txt: mapped to '-': not imported"));
  // A category for a directory never turns its stop-word file into keywords.
  Result dir = Lanjie(d, "lexicon import " + d + "/b:A.1.f -o " + d + "/m2.csv");
  EXPECT_EQ(dir.code, 0) << dir.err;
  EXPECT_THAT(ReadFileText(d + "/m2.csv"), Not(HasSubstr("\n一,")));
  EXPECT_THAT(dir.err, HasSubstr("stopword.txt: warning: skipped"));
  // --category with several sources is ambiguous.
  Result amb = Lanjie(d, "lexicon import " + d + "/a " + d + "/b --category A.1.h -o " + d + "/m3.csv");
  EXPECT_EQ(amb.code, 2);
  EXPECT_THAT(amb.err, HasSubstr("SOURCE:CATEGORY"));
  EXPECT_FALSE(std::filesystem::exists(d + "/m3.csv"));
  // The same plan as a sources file.
  Put(d, "sources.tsv", "# path<TAB>category\na/IllegalKeywords.txt\tA.1.h\nb\nc/junk.txt\t-\n");
  Result file = Lanjie(d, "lexicon import --sources " + d + "/sources.tsv -o " + d + "/m4.csv");
  EXPECT_EQ(file.code, 0) << file.err;
  EXPECT_EQ(ReadFileText(d + "/m4.csv").substr(ReadFileText(d + "/m4.csv").find('\n')), m.substr(m.find('\n')));
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

// The filing workbook prints: converted to PDF by LibreOffice, page 1 holds
// the whole summary table (header block to the sign-off block) and the
// keyword sheet repeats its header row. Skipped without LibreOffice and
// poppler (scripts/deps.sh installs both).
TEST(LexiconCliPrint, SummaryFitsOnPageOneAndKeywordHeaderRepeats) {
  if (std::system("command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "needs soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils)";
  const std::string d = Dir();
  std::string csv = "keyword,risk\n";
  const char* risks[] = {"A.1.a", "A.1.f", "A.1.h", "A.2.d"};
  for (int i = 0; i < 120; ++i) csv += "违规关键词" + std::to_string(1000 + i) + "号," + risks[i % 4] + "\n";
  Put(d, "list.csv", csv);
  Result r = Lanjie(d, "lexicon export " + d + "/list.csv -o " + d + "/out --org 示例科技有限公司 --service 示例大模型 "
                           "--list-version 2026-W48 --date 2026-11-24 -q");
  ASSERT_EQ(r.code, 1) << r.err;  // 120 keywords are below tc260-003's coverage: the summary shows FAIL
  const std::string convert = "cd " + d + " && timeout 120 soffice --headless -env:UserInstallation=file://" + d +
                              "/lo-profile --convert-to pdf --outdir " + d + " out.xlsx >/dev/null 2>&1";
  ASSERT_EQ(WEXITSTATUS(std::system(convert.c_str())), 0);
  ASSERT_EQ(WEXITSTATUS(std::system(("pdftotext -layout -f 1 -l 1 " + d + "/out.pdf " + d + "/p1.txt").c_str())), 0);
  const std::string page1 = ReadFileText(d + "/p1.txt");
  for (const char* s : {"单位", "示例科技有限公司", "示例大模型", "2026-W48", "2026-11-24 (北京时间)", "关键词总数 (去重)",
                        "达标率", "结果", "A.2.i", "其他方面歧视内容", "编制（签字）", "审核（签字）", "第 1 页"})
    EXPECT_THAT(page1, HasSubstr(s));
  EXPECT_THAT(page1, HasSubstr("15.0%"));  // 30 of 200 as a percentage, not 0.15
  EXPECT_THAT(page1, Not(HasSubstr("违规关键词")));  // keywords start on their own page
  // Keyword pages: each starts with the header row, and the last column is on the page.
  ASSERT_EQ(WEXITSTATUS(std::system(("pdftotext -layout -f 2 " + d + "/out.pdf " + d + "/rest.txt").c_str())), 0);
  const std::string rest = ReadFileText(d + "/rest.txt");
  size_t pages = 0, headers = 0;
  for (size_t at = rest.find('\f'); at != std::string::npos; at = rest.find('\f', at + 1)) ++pages;
  for (size_t at = rest.find("更新日期"); at != std::string::npos; at = rest.find("更新日期", at + 1)) ++headers;
  EXPECT_GE(pages, 2u);
  EXPECT_GE(headers, pages);
  EXPECT_THAT(rest, HasSubstr("违规关键词1119号"));
}

}  // namespace
}  // namespace lanjie
