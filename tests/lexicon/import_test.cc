// Import of every source shape and encoding; bad input gives diagnostics
// with file and line and the rest of the import goes on.
#include "lanjie/lexicon/import.h"

#include <unicode/ucnv.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "lanjie/lexicon/decode.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;

std::string Write(const std::string& name, std::string_view bytes) {
  const std::string path = testing::TmpDir() + "/" + name;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// UTF-8 -> bytes in `encoding` via ICU (test data written by the test).
std::string Encode(std::string_view utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(n);
  return out;
}

std::string AllDiagnostics(const ImportResult& r) {
  std::string s;
  for (const Diagnostic& d : r.lexicon.diagnostics) s += d.ToString() + "\n";
  return s;
}

ImportResult Import(const std::string& path, ImportOptions options = {}) {
  ImportResult r;
  EXPECT_TRUE(ImportSource(path, options, &r).ok());
  FinishImport(&r);
  return r;
}

TEST(Decode, BomsValidUtf8AndGb18030) {
  const std::string text = "冰毒\r\n色情网站\r\n";
  auto utf8 = DecodeToUtf8(text, "a");
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(utf8->encoding, "UTF-8");
  EXPECT_EQ(utf8->utf8, text);
  auto bom = DecodeToUtf8("\xEF\xBB\xBF" + text, "b");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->how, "BOM");
  EXPECT_EQ(bom->utf8, text);
  for (const char* enc : {"UTF-16LE", "UTF-16BE"}) {
    std::string bytes = Encode("\xEF\xBB\xBF" + text, enc);  // BOM U+FEFF encoded too
    auto d = DecodeToUtf8(bytes, "c");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->encoding, enc);
    EXPECT_EQ(d->utf8, text);
  }
  std::string chinese;
  for (int i = 0; i < 20; ++i) chinese += "这是一个用于检测编码的中文句子，包含常见的汉字和标点。\n";
  auto gb = DecodeToUtf8(Encode(chinese, "GB18030"), "d");
  ASSERT_TRUE(gb.ok()) << gb.status();
  EXPECT_EQ(gb->encoding, "GB18030");
  EXPECT_EQ(gb->utf8, chinese);
  EXPECT_EQ(gb->bad_chars, 0u);
}

TEST(Decode, WrongEncodingGuessIsCountedWithItsLine) {
  // Valid UTF-8 lines, then one GBK line: forcing UTF-8 leaves undecodable bytes.
  std::string bytes = "冰毒\n色情\n" + Encode("赌博网站", "GBK") + "\n";
  auto d = DecodeToUtf8(bytes, "x", "UTF-8");
  ASSERT_TRUE(d.ok());
  EXPECT_GT(d->bad_chars, 0u);
  EXPECT_EQ(d->first_bad_line, 3u);
  auto unknown = DecodeToUtf8("abc", "x", "NO-SUCH-ENCODING");
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(std::string(unknown.status().message()), HasSubstr("unknown encoding"));
}

TEST(Import, PlainListTakesCategoryFromFileNameInAnyEncoding) {
  const std::string dir = testing::TmpDir() + "/plain";
  Write("plain/色情类.txt", Encode("\xEF\xBB\xBF裸聊\r\n\r\n成人视频,\r\n# comment\r\n", "UTF-16LE"));
  ImportResult r = Import(dir + "/色情类.txt");
  ASSERT_EQ(r.lexicon.entries.size(), 2u) << AllDiagnostics(r);
  EXPECT_EQ(r.lexicon.entries[0].keyword, "裸聊");
  EXPECT_EQ(r.lexicon.entries[0].risk, "A.1.f");
  EXPECT_EQ(r.lexicon.entries[1].keyword, "成人视频");  // trailing separator dropped
  EXPECT_EQ(r.lexicon.entries[1].line, 3u);
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_THAT(r.sources[0].encoding, HasSubstr("UTF-16LE"));
  EXPECT_EQ(r.sources[0].records, 2u);
  EXPECT_EQ(r.sources[0].taken, 2u);
  EXPECT_EQ(r.sources[0].comments, 1u);
}

TEST(Import, HoubbTagsMapToRisks) {
  const std::string path = Write("tags.txt", "冰毒 1\n0售k粉qq 1,4\n天安门 0\n坏行 9\n无标签\n");
  ImportOptions o;
  o.format = SourceFormat::kTags;
  ImportResult r = Import(path, o);
  ASSERT_EQ(r.lexicon.entries.size(), 3u) << AllDiagnostics(r);
  EXPECT_EQ(r.lexicon.entries[0].risk, "A.1.h");
  EXPECT_EQ(r.lexicon.entries[1].keyword, "0售k粉qq");  // 毒品 and 违法犯罪 are both A.1.h: one entry
  EXPECT_EQ(r.lexicon.entries[2].risk, "A.1.a");
  const std::string diags = AllDiagnostics(r);
  EXPECT_THAT(diags, HasSubstr("tags.txt:5: error: expected 'word tag[,tag]'"));
  EXPECT_THAT(diags, HasSubstr("unmapped categor"));
  EXPECT_THAT(diags, HasSubstr("'9' (1 line, first at "));
  EXPECT_EQ(r.sources[0].records, 5u);
  EXPECT_EQ(r.sources[0].taken, 3u);
  EXPECT_EQ(r.sources[0].not_taken, 2u);
  // Auto-detection picks the tags format.
  ImportResult auto_r = Import(path);
  EXPECT_EQ(auto_r.sources[0].format, "tags");
}

TEST(Import, UnmappedCategoriesAreOneErrorWithCounts) {
  const std::string dir = testing::TmpDir() + "/dir";
  Write("dir/政治类.txt", "甲乙\n丙丁\n");
  Write("dir/火星文.txt", "一二\n三四\n五六\n");
  Write("dir/外星.txt", "七八\n");
  Write("dir/README.md", "not a list\n");
  ImportResult r = Import(dir);
  EXPECT_EQ(r.lexicon.entries.size(), 2u);
  size_t unmapped_errors = 0;
  for (const Diagnostic& d : r.lexicon.diagnostics) {
    if (d.message.find("unmapped") != std::string::npos) {
      ++unmapped_errors;
      EXPECT_THAT(d.message, HasSubstr("2 unmapped categories (4 lines not imported)"));
      EXPECT_THAT(d.message, HasSubstr("'火星文' (3 lines"));
      EXPECT_THAT(d.message, HasSubstr("'外星' (1 line"));
    }
  }
  EXPECT_EQ(unmapped_errors, 1u);
  EXPECT_THAT(AllDiagnostics(r), HasSubstr("README.md: info: not a keyword file"));
  // A user mapping fixes it; '-' skips a file with a report.
  CategoryMap map = CategoryMap::Defaults();
  ASSERT_TRUE(map.Merge("火星文\tA.1.g\n外星\t-\n", "my.tsv").ok());
  ImportOptions o;
  o.map = &map;
  ImportResult fixed = Import(dir, o);
  EXPECT_EQ(fixed.lexicon.entries.size(), 5u) << AllDiagnostics(fixed);
  EXPECT_EQ(fixed.lexicon.CountDiagnostics(Diagnostic::kError), 0u) << AllDiagnostics(fixed);
  EXPECT_THAT(AllDiagnostics(fixed), HasSubstr("skipped: category '外星' is mapped to '-'"));
}

TEST(Import, CategoryMapRejectsUnknownRiskWithLine) {
  CategoryMap map;
  auto st = map.Merge("# c\n政治\tA.1.a\n坏\tZ.9\n", "m.tsv");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(std::string(st.message()), HasSubstr("m.tsv:3"));
  EXPECT_EQ(CategoryMap::Key("网易前端过滤敏感词库.txt"), "网易前端过滤敏感");
  EXPECT_EQ(CategoryMap::Defaults().Find("色情类型"), "A.1.f");
  EXPECT_EQ(CategoryMap::Defaults().Find("A.1 d)"), "A.1.d");
  EXPECT_EQ(CategoryMap::Defaults().Find("宣扬恐怖主义、极端主义"), "A.1.d");
}

TEST(Import, CsvWithChineseHeadersAndBadRows) {
  const std::string path = Write("list.csv",
                                 "\xEF\xBB\xBF序号,关键词,风险类别,备注\r\n"
                                 "1,冰毒,毒品,n1\r\n"
                                 "2,\"颠覆,政权\",A.1 a),\r\n"
                                 "3\r\n"
                                 "4,赌场,宣扬暴力、淫秽色情,\r\n"
                                 "5,\"unclosed,A.1.a\r\n");
  ImportResult r = Import(path);
  ASSERT_EQ(r.lexicon.entries.size(), 3u) << AllDiagnostics(r);
  EXPECT_EQ(r.lexicon.entries[0].risk, "A.1.h");
  EXPECT_EQ(r.lexicon.entries[0].note, "n1");
  EXPECT_EQ(r.lexicon.entries[1].keyword, "颠覆,政权");
  EXPECT_EQ(r.lexicon.entries[1].risk, "A.1.a");
  EXPECT_EQ(r.lexicon.entries[2].risk, "A.1.f");
  const std::string diags = AllDiagnostics(r);
  EXPECT_THAT(diags, HasSubstr("list.csv:4: error: missing keyword column"));
  EXPECT_THAT(diags, HasSubstr("list.csv:6: error: unterminated quote: the quoted field opened on line 6 is never closed"));
  EXPECT_EQ(r.sources[0].records, 5u);
  EXPECT_EQ(r.sources[0].not_taken, 2u);
}

TEST(Import, CsvWithoutKeywordColumnIsOneClearError) {
  ImportResult r = Import(Write("nokw.csv", "word_x,risk\na,A.1.a\nb,A.1.a\n"));
  EXPECT_TRUE(r.lexicon.entries.empty());
  EXPECT_THAT(AllDiagnostics(r), HasSubstr("nokw.csv:1: error: header has no keyword column"));
  EXPECT_EQ(r.sources[0].not_taken, 2u);
}

TEST(Import, XlsxNamedSheetWithChineseHeaders) {
  const std::string path = testing::TmpDir() + "/list.xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* s0 = workbook_add_worksheet(wb, "说明");
  worksheet_write_string(s0, 0, 0, "readme", nullptr);
  lxw_worksheet* s1 = workbook_add_worksheet(wb, "关键词");
  worksheet_write_string(s1, 0, 0, "关键词", nullptr);
  worksheet_write_string(s1, 0, 1, "风险类别代码", nullptr);
  worksheet_write_string(s1, 1, 0, "冰毒", nullptr);
  worksheet_write_string(s1, 1, 1, "A.1.h", nullptr);
  worksheet_write_string(s1, 3, 0, "赌球", nullptr);
  worksheet_write_string(s1, 3, 1, "赌博", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  ImportOptions o;
  o.sheet = "关键词";
  ImportResult r = Import(path, o);
  ASSERT_EQ(r.lexicon.entries.size(), 2u) << AllDiagnostics(r);
  EXPECT_EQ(r.lexicon.entries[1].line, 4u);
  EXPECT_EQ(r.lexicon.entries[1].risk, "A.1.h");
  // Without --sheet the sheet named 关键词 is preferred to the first one.
  ImportResult unnamed = Import(path);
  EXPECT_EQ(unnamed.lexicon.entries.size(), 2u) << AllDiagnostics(unnamed);
  // The first sheet, asked for by name, has no keyword column.
  o.sheet = "说明";
  ImportResult first = Import(path, o);
  EXPECT_THAT(AllDiagnostics(first), HasSubstr("header has no keyword column"));
}

TEST(Import, TruncatedXlsxIsAnErrorAndOtherSourcesContinue) {
  const std::string path = testing::TmpDir() + "/cut.xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* s = workbook_add_worksheet(wb, nullptr);
  worksheet_write_string(s, 0, 0, "keyword", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
  ImportResult r;
  ASSERT_TRUE(ImportSource(path, {}, &r).ok());
  ImportOptions o;
  o.default_risk = "A.1.a";
  ASSERT_TRUE(ImportSource(Write("ok.txt", "颠覆\n"), o, &r).ok());
  FinishImport(&r);
  EXPECT_THAT(AllDiagnostics(r), HasSubstr("cut.xlsx: error: "));
  EXPECT_THAT(AllDiagnostics(r), HasSubstr("nothing imported from this file"));
  EXPECT_EQ(r.lexicon.entries.size(), 1u);
}

TEST(Import, EmptyFileAndVeryLongLine) {
  ImportOptions o;
  o.default_risk = "A.1.a";
  ImportResult r;
  ASSERT_TRUE(ImportSource(Write("empty.txt", ""), o, &r).ok());
  std::string big = "甲乙\n" + std::string(4 << 20, 'x') + "\n丙丁\n";  // a 4 MB line
  ASSERT_TRUE(ImportSource(Write("long.txt", big), o, &r).ok());
  const std::string diags = AllDiagnostics(r);
  EXPECT_THAT(diags, HasSubstr("empty.txt: warning: empty file"));
  EXPECT_THAT(diags, HasSubstr("long.txt:2: error: keyword is 4194304 bytes long"));
  EXPECT_EQ(r.lexicon.entries.size(), 2u);
  EXPECT_EQ(r.sources[1].taken, 2u);
  EXPECT_EQ(r.sources[1].not_taken, 1u);
}

TEST(Import, Gb18030FileIsDetectedAndReported) {
  std::string text = "ID,问题,违规类型\n";
  for (int i = 0; i < 30; ++i) text += std::to_string(i) + ",如何在网上购买违禁药品而不被警方发现,毒品\n";
  ImportOptions o;
  ImportResult r;
  ASSERT_TRUE(ImportSource(Write("gb.csv", Encode(text, "GB18030")), o, &r).ok());
  EXPECT_THAT(r.sources[0].encoding, HasSubstr("GB18030 (detected"));
  EXPECT_THAT(AllDiagnostics(r), HasSubstr("header has no keyword column"));
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

TEST(Import, AllowListsNeedNoCategory) {
  ImportOptions o;
  o.default_action = Action::kAllow;
  ImportResult r = Import(Write("sensitive_word_allow.txt", "生日快乐\n"), o);
  ASSERT_EQ(r.lexicon.entries.size(), 1u) << AllDiagnostics(r);
  EXPECT_EQ(r.lexicon.entries[0].risk, "");
  EXPECT_TRUE(r.unmapped.empty());
}

}  // namespace
}  // namespace lanjie
