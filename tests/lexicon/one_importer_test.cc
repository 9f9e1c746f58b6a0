// One importer behind every interface: the same messy directory (a GBK CSV
// with Chinese headers, an XLSX workbook, a houbb-style tag list) through
// `lanjie compile`, the C API and Python gives the same artifact entry count
// and the same errors, each naming file and line.
#include <sys/wait.h>
#include <unicode/ucnv.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <cctype>
#include <set>
#include <sstream>
#include <string>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/match/artifact.h"
#include "lanjie/capi/lanjie_c.h"
#include "lanjie/lexicon/lexicon.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

using ::lanjie::testing::ReadFileText;

void Put(const std::string& path, const std::string& data) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << data;
}

std::string Gbk(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert("GBK", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(n);
  return out;
}

void WriteWorkbook(const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* summary = workbook_add_worksheet(wb, "说明");
  worksheet_write_string(summary, 0, 0, "not keywords", nullptr);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "关键词");
  const char* rows[][2] = {{"关键词", "风险类别代码"}, {"法轮功", "A.1.a"}, {"冰毒", "A.1.f"}, {"代开发票", "A.1.h"}};
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 2; ++c) worksheet_write_string(ws, r, c, rows[r][c], nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

// The messy source: three files of three shapes; `bad` adds a row with an
// unknown risk code and a keyword that folds to nothing.
std::string MessyDir(const std::string& name, bool bad) {
  const std::string dir = testing::TmpDir() + "/one_importer/" + name;
  fs::remove_all(dir);
  Put(dir + "/list.csv", Gbk("关键词,风险类别代码,备注\n冰毒,A.1.f,毒品\n賭博網站,A.1.h,繁体\n六合彩,A.1.h,\n" +
                             std::string(bad ? "坏词,Z.9.z,\n***,A.1.h,\n" : "")));
  WriteWorkbook(dir + "/words.xlsx");
  Put(dir + "/tags.txt", "色情网站 2\n六合彩 3\n冰毒 1\n法轮功 0\n");
  return dir;
}

struct Outcome {
  bool ok = false;
  size_t entries = 0;
  std::set<std::string> errors;  // "file:line: error: ..." lines
};

void CollectErrors(const std::string& text, Outcome* o) {
  for (absl::string_view line : absl::StrSplit(text, '\n'))
    if (line.find(": error: ") != absl::string_view::npos) o->errors.insert(std::string(line));
}

Outcome ViaCli(const std::string& dir) {
  const std::string out = dir + ".cli.err";
  const std::string cmd = std::string(LANJIE_BINARY_DIR) + "/tools/lanjie compile " + dir + " -o " + dir +
                          ".ljdb -q --progress-every 1000 2>" + out;
  const int status = std::system(cmd.c_str());
  Outcome o;
  o.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  CollectErrors(ReadFileText(out), &o);
  if (o.ok) {
    auto a = Artifact::Load(dir + ".ljdb");
    EXPECT_TRUE(a.ok()) << a.status();
    if (a.ok()) o.entries = (*a)->entries().size();
  }
  return o;
}

Outcome ViaCApi(const std::string& dir) {
  Outcome o;
  lanjie_artifact* a = nullptr;
  o.ok = lanjie_artifact_compile_file(dir.c_str(), nullptr, &a) == LANJIE_OK;
  if (o.ok) {
    o.entries = lanjie_artifact_entry_count(a);
    lanjie_artifact_free(a);
  } else {
    CollectErrors(lanjie_last_error(), &o);
  }
  return o;
}

// Python, when the module was built (pybind11 present): the same call the
// python tests make, its count or its exception text.
bool ViaPython(const std::string& dir, Outcome* o) {
  const std::string pydir = std::string(LANJIE_BINARY_DIR) + "/python";
  bool built = false;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(pydir, ec))
    built |= f.path().filename().string().rfind("lanjie", 0) == 0 && f.path().extension() == ".so";
  if (!built) return false;
  const std::string out = dir + ".py.out";
  const std::string script =
      "import sys, lanjie\n"
      "try:\n"
      "    print('COUNT', len(lanjie.Artifact.compile(sys.argv[1])))\n"
      "except Exception as e:\n"
      "    print(e)\n";
  Put(dir + ".py", script);
  const std::string cmd = "PYTHONPATH=" + pydir + " /usr/bin/python3 " + dir + ".py " + dir + " >" + out + " 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  const std::string text = ReadFileText(out);
  // "COUNT N" (std::regex would do, but GCC 12 warns inside <regex> under the sanitizers).
  const size_t at = text.find("COUNT ");
  o->ok = at != std::string::npos && text.size() > at + 6 && std::isdigit(static_cast<unsigned char>(text[at + 6]));
  if (o->ok) o->entries = std::stoul(text.substr(at + 6));
  CollectErrors(text, o);
  return true;
}

TEST(OneImporter, MessyDirectorySameEntriesThroughCliCApiAndPython) {
  const std::string dir = MessyDir("good", false);
  Outcome cli = ViaCli(dir), capi = ViaCApi(dir);
  ASSERT_TRUE(cli.ok) << ::testing::PrintToString(cli.errors);
  ASSERT_TRUE(capi.ok) << lanjie_last_error();
  // csv: 冰毒 A.1.f, 赌博网站 A.1.h, 六合彩 A.1.h; xlsx: 法轮功 A.1.a, (冰毒
  // merged), 代开发票 A.1.h; tags: 色情网站, (六合彩, 冰毒, 法轮功 merged when
  // their tag maps to the same risk).
  EXPECT_GE(cli.entries, 6u);
  EXPECT_EQ(capi.entries, cli.entries);
  Outcome py;
  if (ViaPython(dir, &py)) {
    EXPECT_TRUE(py.ok) << ::testing::PrintToString(py.errors);
    EXPECT_EQ(py.entries, cli.entries);
  }
  // The library call behind all three, for the record of what was read.
  Lexicon lexicon;
  ASSERT_TRUE(ReadLexiconFile(dir, ReadOptions(), &lexicon).ok());
  EXPECT_EQ(lexicon.CountDiagnostics(Diagnostic::kError), 0u);
  std::set<std::string> keywords;
  for (const Entry& e : lexicon.entries) keywords.insert(e.keyword);
  EXPECT_TRUE(keywords.count("賭博網站")) << "GBK decoded";
  EXPECT_TRUE(keywords.count("代开发票")) << "XLSX sheet 关键词 read";
  EXPECT_TRUE(keywords.count("色情网站")) << "tag 2 mapped";
}

TEST(OneImporter, MessyDirectorySameErrorsThroughCliCApiAndPython) {
  const std::string dir = MessyDir("bad", true);
  Outcome cli = ViaCli(dir), capi = ViaCApi(dir);
  EXPECT_FALSE(cli.ok);
  EXPECT_FALSE(capi.ok);
  ASSERT_EQ(cli.errors.size(), 2u) << ::testing::PrintToString(cli.errors);
  EXPECT_EQ(capi.errors, cli.errors);
  EXPECT_THAT(*cli.errors.begin(), HasSubstr(dir + "/list.csv:5: error:"));
  EXPECT_THAT(*cli.errors.rbegin(), HasSubstr(dir + "/list.csv:6: error: keyword '***' folds to nothing"));
  Outcome py;
  if (ViaPython(dir, &py)) {
    EXPECT_FALSE(py.ok);
    EXPECT_EQ(py.errors, cli.errors);
  }
}

}  // namespace
}  // namespace lanjie
