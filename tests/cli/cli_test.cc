// End to end: the lanjie binary, its exit codes and output formats.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace {

using ::testing::HasSubstr;

const std::string& kTmp = lanjie::testing::TmpDir();
const std::string kLanjie = std::string(LANJIE_BINARY_DIR) + "/tools/lanjie";

using Result = lanjie::testing::CommandResult;
using lanjie::testing::ReadFile;
using lanjie::testing::WriteFile;

Result Lanjie(const std::string& args, const std::string& stdin_data = "") {
  const std::string in = kTmp + "/cli.in";
  WriteFile(in, stdin_data);
  return lanjie::testing::RunCapturing(kLanjie + " " + args, kTmp + "/cli", in);
}

class Cli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    WriteFile(kTmp + "/kw.csv",
              "keyword,risk,kind,action\n冰毒,A.1.f,,block\n赌博网站,A.1 h),literal,block\ncasino,A.1.h,,block\n"
              "发票,A.1.h,,review\n代开 & 发票,A.1.h,rule,mask\n");
    WriteFile(kTmp + "/allow.txt", "生日快乐\n");
    WriteFile(kTmp + "/plain.txt", "日\n");
    Result r = Lanjie("compile " + kTmp + "/kw.csv " + kTmp + "/plain.txt --risk A.1.h --allow " + kTmp +
                   "/allow.txt -o " + kTmp + "/kw.ljdb");
    ASSERT_EQ(r.code, 0) << r.err;
  }
  std::string db() const { return " -d " + kTmp + "/kw.ljdb "; }
};

// Every command answers --help on stdout with exit 0 (man pages are made
// from it); the artifact's info names the lanjie that compiled it.
TEST_F(Cli, HelpOfEveryCommandExitsZeroAndInfoNamesTheCompilingVersion) {
  for (const char* cmd : {"", "compile", "scan", "info", "lexicon", "serve", "proxy", "eval", "users", "corpus"}) {
    Result r = Lanjie(std::string(cmd) + " --help");
    EXPECT_EQ(r.code, 0) << cmd << ": " << r.err;
    EXPECT_NE(r.out.find("usage"), std::string::npos) << cmd << ": " << r.out;
  }
  Result version = Lanjie("--version");
  Result info = Lanjie("info " + kTmp + "/kw.ljdb");
  ASSERT_EQ(info.code, 0) << info.err;
  const std::string v = version.out.substr(version.out.find(' ') + 1, version.out.find('\n') - version.out.find(' ') - 1);
  EXPECT_NE(info.out.find("\"lanjie_version\": \"" + v + "\""), std::string::npos) << info.out;
  // The file's own format (a small list needs no side matcher: format 5,
  // which older lanjie reads), not the newest this lanjie could write.
  EXPECT_NE(info.out.find("\"format\": 5,"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("\"side_keywords\": 0,"), std::string::npos) << info.out;
}

TEST_F(Cli, ExitStatusIsZeroWithoutHitsOneWithHits) {
  EXPECT_EQ(Lanjie("scan" + db() + "-q", "今天天气很好\n祝你生日快乐\n").code, 0);
  Result r = Lanjie("scan" + db(), "今天\n卖冰*毒\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "2:3-10\tA.1.f\tblock\t冰毒\t冰*毒\n");
  EXPECT_THAT(r.err, HasSubstr("2 lines"));
  EXPECT_THAT(r.err, HasSubstr("A.1.f 1"));
}

TEST_F(Cli, JsonlHasOneObjectPerLineWithHits) {
  Result r = Lanjie("scan --jsonl" + db() + "-q -", "clean\n去賭博網站，ＣＡＳＩＮＯ\n\n代开发票\n");
  ASSERT_EQ(r.code, 1) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> objs;
  while (std::getline(lines, line)) objs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objs.size(), 2u);
  EXPECT_EQ(objs[0]["line"], 2);
  ASSERT_EQ(objs[0]["hits"].size(), 2u);
  const auto& h = objs[0]["hits"][0];
  EXPECT_EQ(h["keyword"], "赌博网站");
  EXPECT_EQ(h["risk"], "A.1.h");
  EXPECT_EQ(h["action"], "block");
  EXPECT_EQ(h["start"], 3);
  EXPECT_EQ(h["end"], 15);
  EXPECT_EQ(h["text"], "賭博網站");
  EXPECT_EQ(objs[0]["hits"][1]["text"], "ＣＡＳＩＮＯ");
  EXPECT_EQ(objs[1]["line"], 4);
  EXPECT_EQ(objs[1]["hits"].size(), 2u);  // the rule and 发票
}

TEST_F(Cli, MaskRewritesEveryLine) {
  Result r = Lanjie("scan --mask -q" + db(), "a\n卖冰*毒\n\n祝你生日快乐 日\nend");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "a\n卖***\n\n祝你生日快乐 *\nend");
}

// Regex hits cover the longest match for their start, so the whole number
// is masked; review hits are reported but their text is left as it is. The
// same holds for a line longer than --max-line (scanned as a stream).
TEST_F(Cli, MaskCoversWholeRegexMatchesAndLeavesReviewHitsAlone) {
  WriteFile(kTmp + "/mask.csv",
            "keyword,risk,kind,action\n加微信\\d+,A.1.h,regex,mask\n发票,A.1.h,literal,review\n"
            "冰毒,A.1.f,literal,block\n代开 & 发票,A.1.h,rule,mask\n");
  Result c = Lanjie("compile -q " + kTmp + "/mask.csv -o " + kTmp + "/mask.ljdb");
  ASSERT_EQ(c.code, 0) << c.err;
  const std::string input = "加微信 12345678 好\n开发票\n卖冰毒\n代开发票\n";
  const std::string want = "************ 好\n开发票\n卖**\n****\n";
  for (const char* limit : {"", " --max-line 16"}) {
    Result r = Lanjie(std::string("scan --mask -q -d ") + kTmp + "/mask.ljdb" + limit, input);
    EXPECT_EQ(r.code, 1) << limit << r.err;
    EXPECT_EQ(r.out, want) << limit;
  }
  Result plain = Lanjie("scan -q -d " + kTmp + "/mask.ljdb", "加微信 12345678 好\n开发票\n");
  EXPECT_EQ(plain.out, "1:0-18\tA.1.h\tmask\t加微信\\d+\t加微信 12345678\n2:3-9\tA.1.h\treview\t发票\t发票\n");
}

TEST_F(Cli, InvalidUtf8AndNulInScannedTextKeepOffsetsExact) {
  const std::string text = std::string("\xff\x00冰\xfe毒\n", 9);
  Result r = Lanjie("scan --jsonl -q" + db(), text);
  ASSERT_EQ(r.code, 1);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["hits"][0]["start"], 2);
  EXPECT_EQ(j["hits"][0]["end"], 9);
  EXPECT_EQ(j["hits"][0]["text"], "冰\uFFFD毒");
}

TEST_F(Cli, ManyThreadsGiveTheSameOutputAsOne) {
  std::string big;
  for (int i = 0; i < 300000; ++i) big += i % 97 == 0 ? "一些文字冰*毒和casino\n" : "这一行没有任何关键词，只是填充。\n";
  WriteFile(kTmp + "/big.txt", big);
  Result one = Lanjie("scan --jsonl -q --threads 1" + db() + kTmp + "/big.txt");
  Result four = Lanjie("scan --jsonl -q --threads 4" + db() + kTmp + "/big.txt");
  EXPECT_EQ(one.code, 1);
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), (300000 + 96) / 97);
  // Two threads (the artifact loaded on two, the last blocks cut smaller),
  // every output format, and the summary's counts.
  for (const char* mode : {"", "--jsonl", "--mask", "--count"}) {
    Result a = Lanjie(std::string("scan --threads 1 ") + mode + db() + kTmp + "/big.txt");
    Result b = Lanjie(std::string("scan --threads 2 ") + mode + db() + kTmp + "/big.txt");
    EXPECT_EQ(a.code, 1) << mode;
    EXPECT_EQ(b.code, 1) << mode;
    EXPECT_EQ(a.out, b.out) << mode;
    const auto counts = [](const std::string& err) { return err.substr(0, err.find(';')); };  // not the timing
    EXPECT_EQ(counts(a.err), counts(b.err)) << mode;
    EXPECT_THAT(a.err, HasSubstr("hits in")) << mode;
  }
}

// A damaged artifact is refused with the same message, exit status 2 and
// nothing on standard output, whatever the threads (two threads load it on
// two: the checksum is checked on one while the other reads databases).
TEST_F(Cli, DamagedArtifactsAreRefusedTheSameWithOneOrTwoThreads) {
  const std::string good = ReadFile(kTmp + "/kw.ljdb");
  WriteFile(kTmp + "/in.txt", "卖冰毒\ncasino\n");
  for (size_t pos : {size_t{30}, good.size() / 3, good.size() / 2, good.size() - 20, good.size() - 1}) {
    std::string bad = good;
    bad[pos] ^= 0x24;
    WriteFile(kTmp + "/damaged.ljdb", bad);
    Result one = Lanjie("scan --threads 1 -d " + kTmp + "/damaged.ljdb " + kTmp + "/in.txt");
    Result two = Lanjie("scan --threads 2 -d " + kTmp + "/damaged.ljdb " + kTmp + "/in.txt");
    EXPECT_EQ(one.code, 2) << pos;
    EXPECT_EQ(two.code, 2) << pos;
    EXPECT_EQ(one.out, "") << pos;
    EXPECT_EQ(two.out, "") << pos;
    EXPECT_THAT(one.err, HasSubstr("damaged.ljdb: corrupted artifact")) << pos;
    EXPECT_EQ(one.err, two.err) << pos;
  }
  WriteFile(kTmp + "/cut.ljdb", good.substr(0, good.size() / 2));
  Result cut = Lanjie("scan --threads 2 -d " + kTmp + "/cut.ljdb " + kTmp + "/in.txt");
  EXPECT_EQ(cut.code, 2);
  EXPECT_EQ(cut.out, "");
  EXPECT_EQ(cut.err, Lanjie("scan --threads 1 -d " + kTmp + "/cut.ljdb " + kTmp + "/in.txt").err);
}

TEST_F(Cli, LinesLongerThanTheLimitAreStreamedWithTheSameResult) {
  std::string line;
  for (int i = 0; i < 5000; ++i) line += i % 50 == 0 ? "冰*毒" : "填充文字";
  const std::string input = "first 冰毒\n" + line + "\nlast casino\n";
  WriteFile(kTmp + "/long.txt", input);
  for (const char* mode : {"--jsonl", "--mask", ""}) {
    Result normal = Lanjie(std::string("scan -q ") + mode + db() + kTmp + "/long.txt");
    Result streamed = Lanjie(std::string("scan -q --max-line 1000 ") + mode + db() + kTmp + "/long.txt");
    EXPECT_EQ(normal.code, 1) << mode;
    EXPECT_EQ(streamed.code, 1) << mode << streamed.err;
    EXPECT_EQ(normal.out, streamed.out) << mode;
  }
}

TEST_F(Cli, SeveralFilesAreLabelled) {
  WriteFile(kTmp + "/a.txt", "冰毒\n");
  WriteFile(kTmp + "/b.txt", "ok\ncasino\n");
  Result r = Lanjie("scan -q" + db() + kTmp + "/a.txt " + kTmp + "/b.txt");
  EXPECT_THAT(r.out, HasSubstr(kTmp + "/a.txt:1:0-6"));
  EXPECT_THAT(r.out, HasSubstr(kTmp + "/b.txt:2:0-6"));
}

TEST_F(Cli, BadListsFailWithFileAndLine) {
  WriteFile(kTmp + "/bad.csv", "keyword,risk\n冰毒,A.1.f\n\xff\xfe,A.1.f\n,A.1.f\n***,A.1.f\n赌博,A.9.z\n\"open,A.1.f\n");
  Result r = Lanjie("compile " + kTmp + "/bad.csv -o " + kTmp + "/bad.ljdb");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("bad.csv:3: error: invalid UTF-8"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:4: error: empty keyword"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:5: error: keyword '***' folds to nothing"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:6: error: unknown risk code 'A.9.z'"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:7: error: unterminated quote: the quoted field opened on line 7 is never closed"));
  EXPECT_FALSE(std::ifstream(kTmp + "/bad.ljdb").good()) << "nothing is written on errors";
  WriteFile(kTmp + "/norisk.txt", "冰毒\n");
  r = Lanjie("compile " + kTmp + "/norisk.txt -o " + kTmp + "/bad.ljdb");
  EXPECT_EQ(r.code, 2);
  // One importer: without --risk the file name is the category ('norisk'
  // names none), reported once with the first file and line.
  EXPECT_THAT(r.err, HasSubstr("unmapped category (1 lines not imported): 'norisk' (1 line, first at " + kTmp +
                               "/norisk.txt:1)"));
}

TEST_F(Cli, BadArtifactsAndUsageExitWithTwo) {
  WriteFile(kTmp + "/junk.ljdb", "not an artifact");
  Result r = Lanjie("scan -d " + kTmp + "/junk.ljdb", "x\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("not a lanjie artifact"));
  EXPECT_EQ(Lanjie("scan", "").code, 2);
  EXPECT_EQ(Lanjie("scan --bogus" + db(), "").code, 2);
  EXPECT_EQ(Lanjie("frobnicate").code, 2);
  EXPECT_EQ(Lanjie("scan" + db() + kTmp + "/does-not-exist.txt").code, 2);
}

TEST_F(Cli, InfoDescribesTheArtifact) {
  Result r = Lanjie("info " + kTmp + "/kw.ljdb");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["entries"], 7);
  EXPECT_EQ(j["per_risk"]["A.1.f"], 1);
  EXPECT_EQ(j["list_hash"].get<std::string>().size(), 64u);
}

}  // namespace
