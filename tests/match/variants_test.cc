// Variant matching (拼音 / 谐音 / 拆字): what is caught, with which span and
// via, and what the real-word guard keeps out.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/variant_options.h"
#include "lanjie/match/variant_forms.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "match/compiled.h"
#include "match/variants.h"
#include "lanjie/match/scanner.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using testing::Build;
using testing::Lit;
using testing::ScanText;
using testing::StreamText;

std::shared_ptr<const Artifact> List() {
  Entry bing = Lit("冰毒");
  bing.variants = "pinyin,homophone,chaizi";  // two characters: homophones only when asked for
  static const auto a = Build({bing, Lit("强奸", "A.1.h"), Lit("枪支"), Lit("法轮功", "A.1.a"), Lit("赌博", "A.1.h"),
                               Lit("银行卡", "A.1.h"), Lit("毒")});
  return a;
}

// "keyword|via|span" for every hit, in order.
std::vector<std::string> Hits(const std::shared_ptr<const Artifact>& a, std::string_view text) {
  std::vector<std::string> out;
  for (const Hit& h : ScanText(a, text))
    out.push_back(absl::StrCat(std::string(a->entries()[h.entry].keyword), "|", ViaName(h.via), "|",
                               std::string(text.substr(h.start, h.end - h.start))));
  return out;
}

// The same through the line scanner; `line_prefix` puts "LINESTART:" first.
std::vector<std::string> LineHits(const std::shared_ptr<const Artifact>& a, std::string_view text,
                                  bool line_prefix = false) {
  std::vector<std::string> out;
  auto scanner = Scanner::Create(a);
  EXPECT_TRUE(scanner.ok());
  if (!scanner.ok()) return out;
  EXPECT_TRUE((*scanner)
                  ->ScanLines(text, true,
                              [&](size_t, uint64_t start, const std::vector<Hit>& hits) {
                                for (const Hit& h : hits)
                                  out.push_back(absl::StrCat(line_prefix ? absl::StrCat(start, ":") : "",
                                                             std::string(a->entries()[h.entry].keyword), "|",
                                                             ViaName(h.via), "|",
                                                             std::string(text.substr(start + h.start, h.end - h.start))));
                              })
                  .ok());
  return out;
}

// Every path must agree: block scan, line scan, and streams of 1-byte pieces.
void ExpectAllPathsIn(const std::shared_ptr<const Artifact>& a, std::string_view text,
                      const std::vector<std::string>& want) {
  EXPECT_EQ(Hits(a, text), want) << text;
  EXPECT_EQ(LineHits(a, text), want) << "ScanLines: " << text;
  for (size_t piece : {size_t{1}, size_t{3}, size_t{7}}) {
    std::vector<size_t> cuts;
    for (size_t c = piece; c < text.size(); c += piece) cuts.push_back(c);
    std::vector<Hit> hits = StreamText(a, text, cuts);
    std::vector<std::string> got;
    for (const Hit& h : hits)
      got.push_back(absl::StrCat(std::string(a->entries()[h.entry].keyword), "|", ViaName(h.via), "|",
                                 std::string(text.substr(h.start, h.end - h.start))));
    EXPECT_EQ(got, want) << "stream pieces of " << piece << ": " << text;
  }
}

void ExpectAllPaths(std::string_view text, const std::vector<std::string>& want) {
  ExpectAllPathsIn(List(), text, want);
}

TEST(Variants, PinyinForms) {
  ExpectAllPaths("我想买bingdu怎么办", {"冰毒|pinyin|bingdu"});
  ExpectAllPaths("哪里有 bing du 卖", {"冰毒|pinyin|bing du"});
  ExpectAllPaths("bīng dú多少钱", {"冰毒|pinyin|bīng dú"});
  ExpectAllPaths("BING1 DU2", {"冰毒|pinyin|BING1 DU2"});
  ExpectAllPaths("冰du", {"冰毒|pinyin|冰du"});
  ExpectAllPaths("bing毒", {"冰毒|pinyin|bing毒", "毒||毒"});
  ExpectAllPaths("fa lun gong", {"法轮功|pinyin|fa lun gong"});
  ExpectAllPaths("FaLunGong!", {"法轮功|pinyin|FaLunGong"});
}

// A Latin syllable stands between the characters beside it: the real-word
// guard reads no word across it at a span's edge
// (有yao头wan: 有头 is a word, but 有 and 头 are not neighbours here; 下落 in
// 下hai落因 neither), and a character of the keyword between Latin
// syllables is the keyword's, not a substitute. Words beside a character
// at the edge still count (想要头wan: 要 for 摇 makes the word 想要).
TEST(Variants, PinyinAtASpanEdgeMakesNoWordWithTheTextBeside) {
  const auto a = Build({Lit("摇头丸", "A.1.h"), Lit("海洛因", "A.1.h"), Lit("冰毒", "A.1.h")});
  ExpectAllPathsIn(a, "有yao头wan", {"摇头丸|pinyin|yao头wan"});
  ExpectAllPathsIn(a, "谁有yao头wan吗", {"摇头丸|pinyin|yao头wan"});
  ExpectAllPathsIn(a, "下hai落因", {"海洛因|pinyin|hai落因"});
  ExpectAllPathsIn(a, "有hai洛yin", {"海洛因|pinyin|hai洛yin"});
  ExpectAllPathsIn(a, "要头wan", {"摇头丸|pinyin|要头wan"});
  ExpectAllPathsIn(a, "想要头wan", {});
  // Nor inside the span: 发lun功 holds no 发功, fa论功 no 论功 (a homophone
  // and pinyin in one keyword).
  const auto b = Build({Lit("法轮功", "A.1.a"), Lit("六合彩", "A.1.g")});
  ExpectAllPathsIn(b, "有没有发lun功", {"法轮功|pinyin|发lun功"});
  ExpectAllPathsIn(b, "fa论功", {"法轮功|pinyin|fa论功"});
  ExpectAllPathsIn(b, "买六和cai", {"六合彩|pinyin|六和cai"});
  // A run of Latin syllables counts as a kept character of the keyword: a
  // span keeping three is not undone by a word at its edge (要卖).
  const auto c = Build({Lit("枪支弹药", "A.1.h")});
  ExpectAllPathsIn(c, "有没有qiang支弹要卖", {"枪支弹药|pinyin|qiang支弹要"});
  ExpectAllPathsIn(c, "有没有枪支弹要卖", {"枪支弹药|homophone|枪支弹要"});
}

// A joined word is read one way (wangang: wang ang); a keyword whose own
// syllables split its joined pinyin otherwise (万钢: wan gang) still
// matches it, as one Latin word only.
TEST(Variants, JoinedPinyinThatReadsAnotherWay) {
  const auto a = Build({Lit("万钢", "A.1.h"), Lit("台湾狗", "A.1.e"), Lit("东西南北论坛", "A.1.h")});
  ExpectAllPathsIn(a, "有wangang的消息吗", {"万钢|pinyin|wangang"});
  ExpectAllPathsIn(a, "taiwangou", {"台湾狗|pinyin|taiwangou"});
  ExpectAllPathsIn(a, "上dongxinanbeiluntan看看", {"东西南北论坛|pinyin|dongxinanbeiluntan"});
  ExpectAllPathsIn(a, "wan gang", {"万钢|pinyin|wan gang"});
  ExpectAllPathsIn(a, "wang ang", {});
  ExpectAllPathsIn(a, "wang昂", {});
}

// xi'an with its apostrophe dropped by folding is the one word xian: a
// joined reading of the keyword's letters may span several text words when
// each ends where a keyword syllable ends (xian | shi | bian for 西安事变;
// not wang | ang for 万钢).
TEST(Variants, JoinedReadingsAcrossWordsThatEndWithASyllable) {
  const auto a = Build({Lit("西安事变", "A.1.h"), Lit("万钢", "A.1.h")});
  ExpectAllPathsIn(a, "xi'an shi bian是哪年", {"西安事变|pinyin|xi'an shi bian"});
  ExpectAllPathsIn(a, "xian shi bian", {"西安事变|pinyin|xian shi bian"});
  ExpectAllPathsIn(a, "xī'ān shì biàn", {"西安事变|pinyin|xī'ān shì biàn"});
  ExpectAllPathsIn(a, "xianshi bian", {"西安事变|pinyin|xianshi bian"});
  ExpectAllPathsIn(a, "xia nshi bian", {});
  ExpectAllPathsIn(a, "wang ang", {});
}

TEST(Variants, PinyinIsWholeWord) {
  ExpectAllPaths("abingdux", {});
  ExpectAllPaths("xbing du", {});
  ExpectAllPaths("bing dux", {});
}

TEST(Variants, Homophones) {
  ExpectAllPaths("兵毒", {"冰毒|homophone|兵毒", "毒||毒"});
  ExpectAllPaths("哪里有法论功", {"法轮功|homophone|法论功"});
  ExpectAllPaths("银航卡", {"银行卡|homophone|银航卡"});
}

TEST(Variants, PolyphonicKeywordCharactersMatchEveryReading) {
  // 行 reads xing and hang: both spellings reach 银行卡.
  ExpectAllPaths("yin hang ka", {"银行卡|pinyin|yin hang ka"});
  ExpectAllPaths("yin xing ka", {"银行卡|pinyin|yin xing ka"});
}

// A character of the text with several readings stands for each of them:
// evaders pick a substitute by its sound, in any of its readings (都 dū for
// 毒 dú, 行 háng for 航, 便 pián for 骗), with the exact span, in every
// path; tokens that read a keyword in two ways (寅行卡: yin xing ka and yin
// hang ka, both 银行卡's) give one hit.
TEST(Variants, PolyphonicTextCharactersStandForEveryReading) {
  const auto a = Build({Lit("冰毒交易"), Lit("航空母舰"), Lit("诈骗集团"), Lit("银行卡", "A.1.h")});
  ExpectAllPathsIn(a, "他在做冰都交易", {"冰毒交易|homophone|冰都交易"});
  ExpectAllPathsIn(a, "行空母舰来了", {"航空母舰|homophone|行空母舰"});
  ExpectAllPathsIn(a, "小心诈便集团！", {"诈骗集团|homophone|诈便集团"});
  ExpectAllPathsIn(a, "寅行卡", {"银行卡|homophone|寅行卡"});
  // The text's other characters still count with their own reading only.
  ExpectAllPathsIn(a, "冰豆交易", {});
}

// A dictionary reading the modern-frequency fields leave out counts when
// common words read the character with it: 藏 zàng (西藏, 宝藏; kHanyuPinlu
// counts only cáng) reaches 藏独 and 西藏. One no common word reads stays
// out: 炮 bāo (to quick-fry) is the dictionary's only.
TEST(Variants, DictionaryReadingsOfCommonWordsCount) {
  const auto a = Build({Lit("藏独", "A.1.h"), Lit("西藏", "A.1.h"), Lit("约炮", "A.1.h")});
  ExpectAllPathsIn(a, "支持zàng dú的账号", {"藏独|pinyin|zàng dú"});
  ExpectAllPathsIn(a, "zangdu", {"藏独|pinyin|zangdu"});
  ExpectAllPathsIn(a, "cang du", {"藏独|pinyin|cang du"});
  ExpectAllPathsIn(a, "去xi zang旅游", {"西藏|pinyin|xi zang"});
  ExpectAllPathsIn(a, "yue pao", {"约炮|pinyin|yue pao"});
  ExpectAllPathsIn(a, "yue bao", {});
}

// 六 keeps its dictionary reading lù, the one its financial form 陆 (大写
// 数字) is read with; a numeral whose form shares its reading (叁 for 三)
// needs nothing more.
TEST(Variants, FinancialNumeralsStandForTheirNumerals) {
  const auto a = Build({Lit("六合彩", "A.1.h"), Lit("三级片", "A.1.h")});
  ExpectAllPathsIn(a, "陆合彩资料大全", {"六合彩|homophone|陆合彩"});
  ExpectAllPathsIn(a, "叁级片", {"三级片|homophone|叁级片"});
}

// A keyword's Chinese numerals written in Arabic digits (6合彩, 64事件,
// 18禁), mixed (六4事件) or full-width; never where the digit continues a
// number (16合彩 is not 六合彩) and never as digits alone (64 for 六四).
TEST(Variants, NumeralsWrittenInDigits) {
  const auto a = Build({Lit("六合彩", "A.1.g"), Lit("六四事件", "A.1.a"), Lit("十八禁", "A.1.g"), Lit("六四", "A.1.a")});
  ExpectAllPathsIn(a, "买6合彩吧", {"六合彩|numeral|6合彩"});
  ExpectAllPathsIn(a, "６合彩2024年第8期", {"六合彩|numeral|６合彩"});
  ExpectAllPathsIn(a, "16合彩", {});
  ExpectAllPathsIn(a, "1989年的64事件", {"六四事件|numeral|64事件"});
  ExpectAllPathsIn(a, "六4事件", {"六四事件|numeral|六4事件"});
  ExpectAllPathsIn(a, "18禁游戏", {"十八禁|numeral|18禁"});
  ExpectAllPathsIn(a, "118禁", {});
  ExpectAllPathsIn(a, "我今年64岁", {});
  // Noise between digits is a date's dot; between a digit and a character,
  // a numbered list's.
  ExpectAllPathsIn(a, "6.4事件", {"六四事件|numeral|6.4事件"});
  ExpectAllPathsIn(Build({Lit("两性", "A.1.g")}), "1. 两性\n2. **性别", {"两性||两性"});
  ExpectAllPathsIn(a, "第6、合彩", {});
  // A separator between every two characters is an evasion (numerals and
  // symbols together), as between the characters themselves.
  ExpectAllPathsIn(a, "买6*合*彩", {"六合彩|numeral|6*合*彩"});
  ExpectAllPathsIn(a, "买6 合 彩", {"六合彩|numeral|6 合 彩"});
  ExpectAllPathsIn(a, "6. 合彩", {});
  CompileOptions off;
  off.variants = *ParseVariantOptions("pinyin,homophone,chaizi");
  ExpectAllPathsIn(Build({Lit("六合彩", "A.1.g")}, off), "买6合彩吧", {});
  // A list with both forms reports the span once, as the keyword written so.
  ExpectAllPathsIn(Build({Lit("六合彩", "A.1.g"), Lit("6合彩", "A.1.g")}), "买6合彩吧", {"6合彩||6合彩"});
}

TEST(Variants, NumeralFormsOfAKeyword) {
  using V = std::vector<std::string>;
  EXPECT_EQ(KeywordNumeralForms(U"六合彩"), V{"6合彩"});
  EXPECT_EQ(KeywordNumeralForms(U"六四事件"), (V{"6四事件", "六4事件", "64事件"}));
  EXPECT_EQ(KeywordNumeralForms(U"十八禁"), V{"18禁"});
  EXPECT_EQ(KeywordNumeralForms(U"一百零八式"), V{"108式"});
  EXPECT_EQ(KeywordNumeralForms(U"三百六十五天"), V{"365天"});
  EXPECT_EQ(KeywordNumeralForms(U"两千块"), V{"2000块"});
  EXPECT_EQ(KeywordNumeralForms(U"冰毒"), V{});
  EXPECT_EQ(KeywordNumeralForms(U"六四"), V{});  // digits alone: every 64 would hit
  // A run that is no number in units keeps only its digit-by-digit forms.
  EXPECT_EQ(KeywordNumeralForms(U"十十禁"), V{});
  EXPECT_LE(KeywordNumeralForms(U"一二三四五六七八九号").size(), kMaxNumeralForms);
}

TEST(Variants, HomophonesKeepACharacterOfTheKeyword) {
  ExpectAllPaths("阴杭咖", {});  // no character of 银行卡 left
  ExpectAllPaths("赌搏", {});     // two-character keyword without homophones asked for
}

TEST(Variants, RealWordGuard) {
  ExpectAllPaths("病毒很可怕", {"毒||毒"});
  ExpectAllPaths("强健的身体", {});
  ExpectAllPaths("他生病读书", {});
}

// The guard's words stop at sentence punctuation folding dropped (方能 is
// no word in 上讠方，能), and a span that keeps three of the keyword's
// characters is not undone by a word at its edge (发好 in 法轮大发好).
TEST(Variants, RealWordGuardStopsAtPunctuationAndKeepsStrongSpans) {
  const auto a = Build({Lit("上访", "A.1.h"), Lit("法轮大法", "A.1.a"), Lit("法轮功", "A.1.a")});
  ExpectAllPathsIn(a, "我要上讠方，能行吗", {"上访|chaizi|上讠方"});
  ExpectAllPathsIn(a, "法轮大发好，你说对吧", {"法轮大法|homophone|法轮大发"});
  ExpectAllPathsIn(a, "法轮工作", {});  // 工作 is a word here
  ExpectAllPathsIn(a, "说说法轮工，作恶的事", {"法轮功|homophone|法轮工"});
}

// Two characters are read as one (拆字) only for a character the list can
// be split from: 中心 stays 中心 (not 忠) where no keyword holds 忠, so a
// keyword around it still matches; components are matched as folding
// writes them (並 folds to 并: 並日 is 普); a split character's components
// are not a substituted character for words beside them (勾在).
TEST(Variants, ChaiziMergesOnlyIntoTheListsCharacters) {
  const auto a = Build({Lit("游戏中心", "A.1.h"), Lit("普通发票", "A.1.h"), Lit("乳沟", "A.1.f"),
                        Lit("冰毒", "A.1.h")});
  ExpectAllPathsIn(a, "游xi中心", {"游戏中心|pinyin|游xi中心"});
  ExpectAllPathsIn(a, "代开並日通发票", {"普通发票|chaizi|並日通发票"});
  ExpectAllPathsIn(a, "乳氵勾在这", {"乳沟|chaizi|乳氵勾"});
  ExpectAllPathsIn(a, "冫水毒多少一克", {"冰毒|chaizi|冫水毒"});
}

TEST(Variants, Chaizi) {
  ExpectAllPaths("买木仓支", {"枪支|chaizi|木仓支"});
  ExpectAllPaths("他强女干了她", {"强奸|chaizi|强女干"});
}

// A radical form typed as its full character: 刂 as 刀, and ⺈ (负's top,
// a symbol the folding removes as noise) as 刀 too.
TEST(Variants, ChaiziRadicalTypedAsItsFullCharacter) {
  const auto a = Build({Lit("欺负弱小", "A.1.h"), Lit("刻意伤害", "A.1.h")});
  EXPECT_EQ(Hits(a, "别欺刀贝弱小"), std::vector<std::string>{"欺负弱小|chaizi|欺刀贝弱小"});
  EXPECT_EQ(LineHits(a, "别欺刀贝弱小"), std::vector<std::string>{"欺负弱小|chaizi|欺刀贝弱小"});
  EXPECT_EQ(Hits(a, "他亥刀意伤害别人"), std::vector<std::string>{"刻意伤害|chaizi|亥刀意伤害"});
}

TEST(Variants, ExactHitsStayExact) {
  ExpectAllPaths("冰*毒", {"冰毒||冰*毒", "毒||毒"});
}

TEST(Variants, SingleCharactersNeverGetVariants) {
  ExpectAllPaths("du", {});
  ExpectAllPaths("读", {});
}

TEST(Variants, OffPerArtifactAndPerEntry) {
  CompileOptions off;
  off.variants = VariantOptions::None();
  auto a = Build({Lit("冰毒")}, off);
  EXPECT_TRUE(ScanText(a, "bingdu 兵毒").empty());
  Entry e = Lit("冰毒");
  e.variants = "pinyin";
  auto b = Build({e}, off);
  EXPECT_EQ(Hits(b, "bingdu 兵毒"), std::vector<std::string>{"冰毒|pinyin|bingdu"});
  Entry f = Lit("政府");
  f.variants = "initials";
  auto c = Build({f});
  EXPECT_EQ(Hits(c, "zf is bad, zfa not"), std::vector<std::string>{"政府|pinyin|zf"});
}

// Two-character keywords get homophones by default only where the entry
// asks; homophone2 (or all) asks for the whole list, and is kept in the
// artifact's settings.
TEST(Variants, TwoCharacterHomophonesOptInForTheList) {
  EXPECT_TRUE(Hits(Build({Lit("冰毒")}), "兵毒多少钱").empty());
  auto opts = ParseVariantOptions("on,homophone2");
  ASSERT_TRUE(opts.ok());
  EXPECT_TRUE(opts->homophone && opts->homophone2 && opts->pinyin && !opts->initials);
  EXPECT_EQ(VariantOptionsToString(*opts), "pinyin,homophone,homophone2,chaizi,numeral");
  EXPECT_TRUE(ParseVariantOptions("all")->homophone2);
  EXPECT_FALSE(ParseVariantOptions("on")->homophone2);
  // The classes an artifact written before the numeral class lists read
  // back without it: such an artifact has no numeral literals.
  EXPECT_TRUE(ParseVariantOptions("on")->numeral);
  EXPECT_FALSE(ParseVariantOptions("pinyin,homophone,chaizi")->numeral);
  CompileOptions co;
  co.variants = *opts;
  auto a = Build({Lit("冰毒")}, co);
  EXPECT_EQ(Hits(a, "兵毒多少钱"), std::vector<std::string>{"冰毒|homophone|兵毒"});
  EXPECT_TRUE(Hits(a, "病毒很可怕").empty());  // the real-word guard still holds
  EXPECT_EQ(a->info().variants, "pinyin,homophone,homophone2,chaizi,numeral");
}

TEST(Variants, SurviveSerialization) {
  auto a = List();
  auto b = Artifact::FromBytes(a->Serialize(), "mem");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(Hits(*b, "bing du 兵毒 木仓支"), Hits(a, "bing du 兵毒 木仓支"));
  EXPECT_FALSE(Hits(*b, "bing du 兵毒 木仓支").empty());
}

TEST(Variants, ExplodingKeywordsAreBoundedWithAWarning) {
  std::vector<Diagnostic> diags;
  CompileOptions co;
  Entry e = Lit("行行行行行行行行行行");
  auto a = Artifact::Compile({e}, co, &diags);
  ASSERT_TRUE(a.ok()) << a.status();
  bool warned = false;
  for (const Diagnostic& d : diags) warned |= d.message.find("reading combinations") != std::string::npos;
  EXPECT_TRUE(warned);
  EXPECT_LE((*a)->info().variant_patterns, internal::kMaxReadingPatterns);
}

// The line scanner walks dense text with a fast loop that skips characters
// where no pattern can end; the message scanner walks UTF-8 token by token.
// On seeded mixtures of keywords, homophones, components (拆字), pinyin,
// spaces and punctuation, line by line, both report the same hits.
TEST(Variants, LineScanFastPathAgreesWithMessageScan) {
  auto a = List();
  const std::vector<std::string> pieces = {
      "冰毒", "兵毒", "病毒", "冰读", "强奸", "墙见", "枪支", "木仓支", "木仓", "女干", "弓长", "法轮功", "发论功",
      "赌博", "堵搏", "银行卡", "银航卡", "寅行卡", "冰都", "都", "毒", "的", "我", "，", "。", "！", "bing", "du",
      "qiang", "jian", " ",
      "zhi", "fa", "lun", "gong", "x", "1", "、", "：", "🙂", "𠀀"};
  uint64_t state = 20261202;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  std::string text;
  for (int line = 0; line < 3000; ++line) {
    for (uint64_t k = 1 + next(14); k > 0; --k) text += pieces[next(pieces.size())];
    text += '\n';
  }
  std::vector<std::string> by_message, by_lines;
  size_t line_start = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; line_start = nl + 1, nl = text.find('\n', line_start)) {
    const std::string line = text.substr(line_start, nl - line_start);
    for (const std::string& h : Hits(a, line)) by_message.push_back(absl::StrCat(line_start, ":", h));
  }
  by_lines = LineHits(a, text, true);
  EXPECT_EQ(by_lines, by_message);
  // The mixture exercises every class, so agreement is not agreement on nothing.
  for (const char* via : {"|pinyin|", "|homophone|", "|chaizi|", "||"})  // "" is exact
    EXPECT_TRUE(std::any_of(by_lines.begin(), by_lines.end(),
                            [via](const std::string& h) { return h.find(via) != std::string::npos; }))
        << via;
}

// The dense walk's inner loop (long runs of plain characters) against the
// message scan, for a list with a two-character homophone entry (every
// MayEndPlain test) and one without (the trigram test alone): long runs
// of CJK text with barriers (。、《) and Latin inside them.
TEST(Variants, PlainRunsAgreeWithMessageScan) {
  const std::vector<std::string> pieces = {
      "冰毒", "兵毒", "冰读", "强奸", "墙见", "枪支", "木仓支", "木仓", "女干", "弓长", "法轮功", "发论功", "法论功",
      "赌博", "堵搏", "银行卡", "银航卡", "引航卡", "毒", "的", "我", "山", "水", "花", "月", "春", "风", "人", "不",
      "。", "、", "《", "bing", " ", "du"};
  uint64_t state = 20261203;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  std::string text;
  for (int line = 0; line < 400; ++line) {
    // Mostly plain characters: the Latin and barrier pieces are the last 6.
    for (uint64_t k = 20 + next(120); k > 0; --k)
      text += pieces[next(8) == 0 ? next(pieces.size()) : next(pieces.size() - 6)];
    text += '\n';
  }
  const auto no_plain2 = Build({Lit("冰毒"), Lit("强奸", "A.1.h"), Lit("枪支"), Lit("法轮功", "A.1.a"),
                                Lit("赌博", "A.1.h"), Lit("银行卡", "A.1.h"), Lit("毒")});
  ASSERT_TRUE(internal::DataOf(*List()).variant_index.has_plain2());
  ASSERT_FALSE(internal::DataOf(*no_plain2).variant_index.has_plain2());
  for (const auto& a : {List(), no_plain2}) {
    std::vector<std::string> by_message;
    size_t line_start = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; line_start = nl + 1, nl = text.find('\n', line_start)) {
      for (const std::string& h : Hits(a, text.substr(line_start, nl - line_start)))
        by_message.push_back(absl::StrCat(line_start, ":", h));
    }
    const std::vector<std::string> by_lines = LineHits(a, text, true);
    EXPECT_EQ(by_lines, by_message);
    for (const char* via : {"|pinyin|", "|homophone|", "|chaizi|", "||"})
      EXPECT_TRUE(std::any_of(by_lines.begin(), by_lines.end(),
                              [via](const std::string& h) { return h.find(via) != std::string::npos; }))
          << via;
  }
}

// Patterns that share their last two syllables share a bucket, sorted by
// the syllable before them (two-syllable patterns first): Match searches
// it for the ring's third-to-last token and tries a bucket's
// two-syllable patterns on plain characters only where some of them may
// be homophones (opt-in). Each keyword here must still be found, through
// the line scan as through the message scan.
TEST(Variants, ABucketsPatternsAreFoundByTheSyllableBeforeTheirLastTwo) {
  const std::vector<Entry> shared_end = {Lit("买毒品"), Lit("吸毒品"), Lit("贩毒品"), Lit("运毒品"), Lit("冰毒")};
  std::vector<Entry> plain2 = shared_end, no_plain2 = shared_end;
  no_plain2.push_back(Lit("毒品"));
  Entry opted = Lit("毒品");
  opted.variants = "pinyin,homophone,chaizi";
  plain2.push_back(opted);
  const auto without = Build(no_plain2), with = Build(plain2);
  const std::string text = "他说吸毒拼。贩读品。运毒pin。毒pin。读品。";
  for (const auto& a : {without, with}) {
    const std::vector<std::string> hits = Hits(a, text);
    EXPECT_EQ(LineHits(a, text), hits);
    EXPECT_THAT(hits, ::testing::IsSupersetOf({"吸毒品|homophone|吸毒拼", "贩毒品|homophone|贩读品",
                                               "运毒品|pinyin|运毒pin", "毒品|pinyin|毒pin"}));
  }
  // 读品 for 毒品 (two characters, both read as themselves): only where
  // the entry opts in to two-character homophones.
  EXPECT_THAT(Hits(with, text), ::testing::Contains("毒品|homophone|读品"));
  EXPECT_THAT(Hits(without, text), ::testing::Not(::testing::Contains("毒品|homophone|读品")));
}

// The dense walk's pair loop (two plain characters a step, lists without
// two-character homophone patterns) against the message scan, with one
// evasion per line after 0-7 plain characters, so that its characters and
// its 拆字 pairs fall on both halves of a step. No single-character
// keyword: a line is scanned again only because the walk found it, so a
// candidate the walk skips is a missing hit.
TEST(Variants, PairLoopFindsEvasionsAtEitherParity) {
  const auto a = Build({Lit("法轮功", "A.1.a"), Lit("银行卡", "A.1.h"), Lit("枪支"), Lit("强奸", "A.1.h"),
                        Lit("诈骗集团")});
  ASSERT_FALSE(internal::DataOf(*a).variant_index.has_plain2());
  const std::vector<std::string> evasions = {"发论功", "法论功", "银航卡", "木仓支", "强女干", "发轮功", "诈便集团"};
  const std::string filler = "甲乙丙丁戊己庚辛";  // 3 bytes a character; no common word with an evasion
  std::string text;
  size_t lines = 0;
  for (const std::string& e : evasions)
    for (size_t before = 0; before < 8; ++before)
      for (size_t after : {size_t{0}, size_t{3}}) {
        text += filler.substr(0, 3 * before) + e + filler.substr(3 * (8 - after)) + "\n";
        ++lines;
      }
  std::vector<std::string> by_message;
  std::vector<size_t> lines_hit;
  size_t line_start = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; line_start = nl + 1, nl = text.find('\n', line_start)) {
    const std::vector<std::string> hits = Hits(a, text.substr(line_start, nl - line_start));
    for (const std::string& h : hits) by_message.push_back(absl::StrCat(line_start, ":", h));
    if (!hits.empty()) lines_hit.push_back(line_start);
  }
  EXPECT_EQ(LineHits(a, text, true), by_message);
  EXPECT_EQ(lines_hit.size(), lines) << text;  // every evasion is caught, at every offset
}

// ScanLines resolves a line with variant candidates from the block pass's
// dense walk (no second folding or walk of the line, the real-word guard
// read off the dense code): each line of a block gets the hits, spans and
// via a message scan of that line alone gives. Every class, a dense hit
// beside a variant hit, noise inside an evasion, a combining mark after it
// (inside the span), guard context that must not be read across '\n',
// and evasions deep inside a line of 200 KB.
TEST(Variants, VariantLinesFromTheDenseWalkAgreeWithMessageScan) {
  auto a = List();
  std::string filler;
  for (int i = 0; i < 20000; ++i) filler += "春风";  // 120,000 bytes, no word with an evasion
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"我想买bingdu怎么办", {"冰毒|pinyin|bingdu"}},
      {"哪里有法论功", {"法轮功|homophone|法论功"}},
      {"买木仓支", {"枪支|chaizi|木仓支"}},
      {"冰du和fa lun gong", {"冰毒|pinyin|冰du", "法轮功|pinyin|fa lun gong"}},
      {"冰毒和法论功", {"冰毒||冰毒", "毒||毒", "法轮功|homophone|法论功"}},
      {"法*论~功，强*女*干", {"法轮功|homophone|法*论~功", "强奸|chaizi|强*女*干"}},
      {"兵毒\xCC\x81了", {"冰毒|homophone|兵毒\xCC\x81", "毒||毒\xCC\x81"}},
      {"我是士", {}},
      {"兵毒", {"冰毒|homophone|兵毒", "毒||毒"}},  // 士兵 is a word only across the line break
      {"士兵毒", {"毒||毒"}},                          // the guard: 士兵 is a real word
      {"病毒很可怕", {"毒||毒"}},
      {filler + "银航卡" + filler + "木仓支" + filler + "bing du",
       {"银行卡|homophone|银航卡", "枪支|chaizi|木仓支", "冰毒|pinyin|bing du"}},
  };
  std::string text;
  std::vector<std::string> want;
  for (const auto& [line, hits] : cases) {
    EXPECT_EQ(Hits(a, line), hits) << line.substr(0, 60);
    for (const std::string& h : hits) want.push_back(absl::StrCat(text.size(), ":", h));
    text += line + "\n";
  }
  EXPECT_EQ(LineHits(a, text, true), want);
  // The same block without its last '\n' (the last line ends the block).
  text.pop_back();
  EXPECT_EQ(LineHits(a, text, true), want);
}

// The real-word guard read off the dense code (what ScanLines decides its
// variant candidates with) answers as the guard over folded UTF-8 (what a
// message scan asks) for every span between character boundaries of a
// line: real words covering a span, crossing its edge, at the line's ends,
// Latin inside it, characters with 3-byte codes and an invalid byte.
TEST(Variants, DenseGuardAgreesWithTheUtf8Guard) {
  auto table = FoldTable::Shared(NormalizerOptions());
  ASSERT_TRUE(table.ok());
  const std::vector<std::string> lines = {
      "他生病读书", "士兵毒死了", "病毒很可怕", "强健的身体", "bing毒和兵毒", "我是士兵毒", "法论功的人",
      "生病毒品", "买木仓支", "强女干了她", "冰du卖吗", "兵毒\xF0\xA0\x80\x80病毒", "兵\xFF毒读书"};
  size_t guarded = 0, passed = 0;
  for (const std::string& line : lines) {
    Normalizer n(table->get());
    n.set_line_barrier(true);
    n.Reset(0);
    NormalizedText utf8;
    n.Feed(line, &utf8);
    n.Finish(&utf8);
    const std::string dense = (*table)->EncodeDense(utf8.view());
    // Character boundaries: {UTF-8 offset, dense offset}.
    std::vector<std::pair<uint64_t, uint64_t>> at = {{0, 0}};
    for (const auto* p = reinterpret_cast<const unsigned char*>(utf8.data()), *e = p + utf8.size(); p < e;) {
      uint32_t cp;
      int k = DecodeUtf8(p, e, &cp);
      const uint64_t dense_len = k <= 0 ? 3 : (*table)->DenseLength(cp);  // an invalid byte: one 3-byte code
      if (k <= 0) k = 1;
      p += k;
      at.push_back({at.back().first + static_cast<uint64_t>(k), at.back().second + dense_len});
    }
    ASSERT_EQ(at.back().second, dense.size()) << line;
    for (const char* keyword : {"冰毒", "强奸", "法轮功", "枪支"}) {
      for (size_t i = 0; i < at.size(); ++i)
        for (size_t j = i + 1; j < at.size(); ++j) {
          const bool want = internal::RealWordGuard(utf8, at[i].first, at[j].first, keyword);
          const bool got = internal::RealWordGuardDense(reinterpret_cast<const unsigned char*>(dense.data()),
                                                        dense.size(), at[i].second, at[j].second,
                                                        keyword) != internal::GuardVerdict::kNoWord;
          EXPECT_EQ(got, want) << line << " [" << i << ", " << j << ") " << keyword;
          (want ? guarded : passed) += 1;
        }
    }
  }
  EXPECT_GT(guarded, 20u);  // the guard does decide spans here, both ways
  EXPECT_GT(passed, 20u);
}

// The word table's 拆字 groups (FastRun's pair test) never hide a pair:
// for every split character of the data whose two components (as listed,
// and the full forms of radicals, 亻 as 人) are 2-byte codes with readings,
// MayPairWords holds for their word entries; and the groups do filter
// (most pairs of characters that begin and end some pair are not pairs).
// The entry of `cp` in a word table (VariantData::WordTable), 0 when it
// has no 2-byte dense code.
uint32_t WordOf(const internal::VariantData::Word* table, uint32_t cp) {
  // Held for the process: FoldTable::Shared caches only while someone holds
  // the table, and a table built per call made a test of ~10^7 calls take
  // minutes under ASan.
  static const auto fold = FoldTable::Shared(NormalizerOptions());
  char code[4];
  if (!fold.ok() || FoldTable::PutDense((*fold)->DenseValue(cp), code) != 2) return 0;
  return table[internal::VariantData::WordSlot(reinterpret_cast<const unsigned char*>(code))];
}

TEST(Variants, WordTableChaiziGroupsKeepEveryPair) {
  const internal::VariantData& data = internal::VariantData::Get();
  const std::vector<internal::VariantData::Word> whole = data.WordTable(nullptr);
  auto word = [&](uint32_t cp) { return WordOf(whole.data(), cp); };
  const std::vector<std::pair<char32_t, char32_t>> radical_full = {{U'亻', U'人'}, {U'扌', U'手'}, {U'氵', U'水'},
                                                                   {U'讠', U'言'}, {U'钅', U'金'}, {U'艹', U'草'}};
  size_t checked = 0;
  std::vector<uint32_t> firsts, seconds;
  for (uint32_t cp = 0x3400; cp < 0xA000; ++cp) {
    const std::string_view comps = data.Chaizi(cp);
    if (comps.empty()) continue;
    std::vector<uint32_t> c;
    for (const unsigned char *p = reinterpret_cast<const unsigned char*>(comps.data()), *e = p + comps.size(); p < e;) {
      uint32_t x;
      const int k = DecodeUtf8(p, e, &x);
      if (k <= 0) break;
      c.push_back(x);
      p += k;
    }
    if (c.size() != 2) continue;
    auto full = [&radical_full](uint32_t x) {
      for (const auto& [rad, f] : radical_full)
        if (x == static_cast<uint32_t>(rad)) return static_cast<uint32_t>(f);
      return x;
    };
    for (auto [x, y] : {std::pair{c[0], c[1]}, std::pair{full(c[0]), c[1]}, std::pair{c[0], full(c[1])},
                        std::pair{full(c[0]), full(c[1])}}) {
      if (data.Compose(x, y) == 0 || word(x) == 0 || word(y) == 0) continue;
      EXPECT_TRUE(internal::VariantData::MayPairWords(word(x), word(y))) << cp;
      firsts.push_back(x);
      seconds.push_back(y);
      ++checked;
    }
  }
  EXPECT_GT(checked, 500u);
  size_t maybe = 0, total = 0;
  for (uint32_t a : firsts)
    for (uint32_t b : seconds) {
      ++total;
      maybe += internal::VariantData::MayPairWords(word(a), word(b));
    }
  EXPECT_LT(maybe * 4, total * 3) << maybe << " of " << total;  // one flag per side would pass them all
}

// A list's walk stops only at component pairs it can merge: its word table
// keeps the 拆字 bits of the pairs that compose a character of its own 拆字
// patterns (木仓 for 枪支's 枪), and none of a pair it cannot use (女干: no
// 奸 in the list), where the whole table flags both.
TEST(Variants, AListsWordTableFlagsOnlyPairsItCanMerge) {
  const auto a = Build({Lit("枪支", "A.1.h")});
  const internal::VariantIndex& index = internal::DataOf(*a).variant_index;
  const std::vector<internal::VariantData::Word> whole = internal::VariantData::Get().WordTable(nullptr);
  const auto* own = index.word_data();
  EXPECT_TRUE(internal::VariantData::MayPairWords(WordOf(own, U'木'), WordOf(own, U'仓')));
  EXPECT_TRUE(internal::VariantData::MayPairWords(WordOf(whole.data(), U'女'), WordOf(whole.data(), U'干')));
  EXPECT_FALSE(internal::VariantData::MayPairWords(WordOf(own, U'女'), WordOf(own, U'干')));
  // Syllables are the whole table's.
  for (char32_t c : {U'木', U'仓', U'女', U'干', U'冰'})
    EXPECT_EQ(WordOf(own, c) >> internal::VariantData::kWordSyllableShift,
              WordOf(whole.data(), c) >> internal::VariantData::kWordSyllableShift);
  ExpectAllPathsIn(a, "买木仓支，女干", {"枪支|chaizi|木仓支"});
}

// Issue 11 (e): compiling, loading and scanning an artifact without
// variant patterns never builds the walk's tables (VariantData); loading
// one with them does, at load rather than at the first scan. Run in a
// fresh process ("threadsafe" death tests re-run the binary for this test
// alone), since an earlier test may have built them in this one.
TEST(VariantsDeathTest, TablesAreBuiltOnlyForArtifactsWithVariants) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  auto run = [] {
    CompileOptions off;
    off.variants = VariantOptions::None();
    auto plain = Artifact::FromBytes(Build({Lit("冰毒"), Lit("法轮功")}, off)->Serialize(), "off");
    if (!plain.ok() || ScanText(*plain, "冰毒 bingdu 法论功").size() != 1) std::_Exit(3);
    if (LineHits(*plain, "冰毒\n法论功\n").size() != 1) std::_Exit(3);
    if (internal::VariantData::Built()) std::_Exit(1);
    CompileOptions on;
    auto with = Artifact::FromBytes(Build({Lit("法轮功")}, on)->Serialize(), "on");
    if (!with.ok() || !internal::VariantData::Built()) std::_Exit(2);
    std::_Exit(0);
  };
  EXPECT_EXIT(run(), ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace lanjie
