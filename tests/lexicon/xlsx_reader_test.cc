#include "lanjie/lexicon/xlsx_reader.h"

#include <xlsxwriter.h>
#include <zip.h>

#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/common/files.h"
#include "tests/common/tmp_dir.h"

namespace lanjie {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

using ::lanjie::testing::ReadFileText;

// A workbook written by libxlsxwriter (shared strings, numbers, two sheets).
std::string WriteWorkbook(const std::string& file) {
  const std::string path = testing::TmpDir() + "/" + file;
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* first = workbook_add_worksheet(wb, "词表");
  worksheet_write_string(first, 0, 0, "关键词", nullptr);
  worksheet_write_string(first, 0, 1, "风险类别", nullptr);
  worksheet_write_string(first, 1, 0, "冰毒", nullptr);
  worksheet_write_string(first, 1, 1, "A.1.h", nullptr);
  worksheet_write_number(first, 3, 0, 42, nullptr);  // row 4; row 3 empty
  worksheet_write_string(first, 3, 2, "C4", nullptr);
  worksheet_write_boolean(first, 4, 1, 1, nullptr);
  lxw_worksheet* second = workbook_add_worksheet(wb, "Other");
  worksheet_write_string(second, 0, 0, "second sheet", nullptr);
  EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
  return path;
}

TEST(XlsxReader, ReadsFirstSheetWithRowNumbersAndGaps) {
  auto sheet = ReadXlsxSheet(WriteWorkbook("first.xlsx"));
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(sheet->name, "词表");
  ASSERT_EQ(sheet->rows.size(), 4u);
  EXPECT_EQ(sheet->rows[0].row, 1u);
  EXPECT_THAT(sheet->rows[0].cells, ElementsAre("关键词", "风险类别"));
  EXPECT_THAT(sheet->rows[1].cells, ElementsAre("冰毒", "A.1.h"));
  EXPECT_EQ(sheet->rows[2].row, 4u);
  EXPECT_THAT(sheet->rows[2].cells, ElementsAre("42", "", "C4"));
  EXPECT_EQ(sheet->rows[3].row, 5u);
  EXPECT_THAT(sheet->rows[3].cells, ElementsAre("", "TRUE"));
}

TEST(XlsxReader, ReadsNamedSheetAndListsSheets) {
  const std::string path = WriteWorkbook("named.xlsx");
  auto sheet = ReadXlsxSheet(path, "Other");
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  ASSERT_EQ(sheet->rows.size(), 1u);
  EXPECT_THAT(sheet->rows[0].cells, ElementsAre("second sheet"));
  auto names = ListXlsxSheets(path);
  ASSERT_TRUE(names.ok());
  EXPECT_THAT(*names, ElementsAre("词表", "Other"));
  auto missing = ReadXlsxSheet(path, "Nope");
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(std::string(missing.status().message()), HasSubstr("no sheet named 'Nope'"));
  EXPECT_THAT(std::string(missing.status().message()), HasSubstr("'Other'"));
}

void AddPart(zip_t* z, const char* name, const std::string& text) {
  char* copy = static_cast<char*>(malloc(text.size()));
  memcpy(copy, text.data(), text.size());
  zip_source_t* src = zip_source_buffer(z, copy, text.size(), 1);
  ASSERT_GE(zip_file_add(z, name, src, ZIP_FL_OVERWRITE), 0);
}

// A hand-made workbook: inline strings, namespace prefixes, absolute targets,
// a formula string result, rich text with phonetic runs, cells without refs.
TEST(XlsxReader, ReadsInlineStringsPrefixesAndRichText) {
  const std::string path = testing::TmpDir() + "/handmade.xlsx";
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  AddPart(z, "xl/workbook.xml",
          R"(<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
          R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets>)"
          R"(<x:sheet name="S" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>)");
  AddPart(z, "xl/_rels/workbook.xml.rels",
          R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>)");
  AddPart(z, "xl/sharedStrings.xml",
          R"(<sst xmlns="x"><si><r><t>赌</t></r><r><t>博</t></r><rPh><t>du bo</t></rPh></si></sst>)");
  AddPart(z, "xl/worksheets/data.xml",
          R"(<x:worksheet xmlns:x="x"><x:sheetData><x:row r="2"><x:c t="inlineStr"><x:is><x:t>a&amp;b</x:t></x:is></x:c>)"
          R"(<x:c t="s"><x:v>0</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c></x:row>)"
          R"(<x:row><x:c r="B3"><x:v>3.5</x:v></x:c></x:row></x:sheetData></x:worksheet>)");
  ASSERT_EQ(zip_close(z), 0);
  auto sheet = ReadXlsxSheet(path);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  ASSERT_EQ(sheet->rows.size(), 2u);
  EXPECT_EQ(sheet->rows[0].row, 2u);
  EXPECT_THAT(sheet->rows[0].cells, ElementsAre("a&b", "赌博", "公式"));
  EXPECT_EQ(sheet->rows[1].row, 3u);
  EXPECT_THAT(sheet->rows[1].cells, ElementsAre("", "3.5"));
}

TEST(XlsxReader, TruncatedFileIsAClearError) {
  const std::string bytes = ReadFileText(WriteWorkbook("whole.xlsx"));
  ASSERT_GT(bytes.size(), 1000u);
  for (size_t keep : {bytes.size() / 2, bytes.size() - 30, size_t{10}}) {
    auto sheet = ReadXlsxSheetFromBytes(std::string_view(bytes).substr(0, keep), "cut.xlsx");
    ASSERT_FALSE(sheet.ok()) << keep;
    EXPECT_THAT(std::string(sheet.status().message()), HasSubstr("cut.xlsx"));
  }
  auto text = ReadXlsxSheetFromBytes("keyword,risk\n", "plain.xlsx");
  ASSERT_FALSE(text.ok());
  EXPECT_THAT(std::string(text.status().message()), HasSubstr("not a readable XLSX file"));
}

TEST(XlsxReader, CorruptXmlNamesThePart) {
  const std::string path = testing::TmpDir() + "/badxml.xlsx";
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  AddPart(z, "xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" r:id=\"r1\"/></sheets></workbook>");
  AddPart(z, "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"r1\" Target=\"s.xml\"/></Relationships>");
  AddPart(z, "xl/s.xml", "<worksheet><sheetData><row><c><v>1</v></c></row>");
  ASSERT_EQ(zip_close(z), 0);
  auto sheet = ReadXlsxSheet(path);
  ASSERT_FALSE(sheet.ok());
  EXPECT_THAT(std::string(sheet.status().message()), HasSubstr("xl/s.xml"));
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

TEST(XlsxReader, ReadsZip64Workbooks) {
  const std::string path = testing::TmpDir() + "/zip64.xlsx";
  lxw_workbook_options options = {};
  options.use_zip64 = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  worksheet_write_string(workbook_add_worksheet(wb, nullptr), 0, 0, "关键词", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  auto sheet = ReadXlsxSheet(path);
  ASSERT_TRUE(sheet.ok()) << sheet.status();
  EXPECT_EQ(sheet->rows[0].cells[0], "关键词");
}

}  // namespace
}  // namespace lanjie
