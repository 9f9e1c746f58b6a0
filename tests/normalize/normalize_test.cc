// Folding: each step, its offsets, and split invariance.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/utf8.h"
#include "lanjie/normalize/normalize.h"

namespace lanjie {
namespace {

std::shared_ptr<const FoldTable> Table(const NormalizerOptions& o = NormalizerOptions()) {
  auto t = FoldTable::Create(o);
  EXPECT_TRUE(t.ok()) << t.status();
  return *t;
}

struct Folded {
  std::string bytes;
  NormalizedText text;
};

Folded FoldWhole(const FoldTable& table, std::string_view input, bool line_barrier = false) {
  Normalizer n(&table);
  n.set_line_barrier(line_barrier);
  Folded f;
  n.Feed(input, &f.text);
  n.Finish(&f.text);
  f.bytes = std::string(f.text.view());
  return f;
}

// The original span [OrigStart(p), OrigEnd(q)) of folded bytes [p, q).
std::string OrigSpan(const Folded& f, std::string_view input, size_t p, size_t q) {
  const uint64_t s = f.text.OrigStart(p), e = f.text.OrigEnd(q);
  return std::string(input.substr(s, e - s));
}

TEST(Fold, CompatibilityFormsAndCase) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "ＣＡＳＩＮＯ"), "casino");   // full-width
  EXPECT_EQ(Fold(*t, "⽕"), "火");                  // Kangxi radical
  EXPECT_EQ(Fold(*t, "①②③"), "123");              // circled digits
  EXPECT_EQ(Fold(*t, "ⓐⓑ"), "ab");                 // circled letters
  EXPECT_EQ(Fold(*t, "𝐜𝐚𝐬𝐢𝐧𝐨"), "casino");        // mathematical bold
  EXPECT_EQ(Fold(*t, "⑴"), "1");                    // parenthesized: brackets are noise
  EXPECT_EQ(Fold(*t, "CaSiNo"), "casino");
  EXPECT_EQ(Fold(*t, "\uF900"), "岂");              // CJK compatibility ideograph
}

TEST(Fold, TraditionalToSimplified) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "賭博"), "赌博");
  EXPECT_EQ(Fold(*t, "發票"), "发票");
  EXPECT_EQ(Fold(*t, "優"), "优");
  EXPECT_EQ(Fold(*t, "網站"), "网站");
}

TEST(Fold, LookalikeLettersFromOtherScripts) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "c\u0430sino"), "casino");       // Cyrillic а
  EXPECT_EQ(Fold(*t, "\u0421\u0410\u0405\u0406NO"), "casino");  // upper-case Cyrillic С А Ѕ І
  EXPECT_EQ(Fold(*t, "\u03bf"), "o");                  // Greek omicron
  EXPECT_EQ(Fold(*t, "cásíñó"), "casino");             // diacritics
  EXPECT_EQ(Fold(*t, "c\u0336a\u0336s\u0336"), "cas");  // combining overlay (zalgo) is noise
}

// Greek and Cyrillic letters that look like Latin ones fold to them in both
// cases (folding is case-insensitive: a capital folds as its lower case).
// UTS #39 gives some only a capital with an ASCII skeleton (Χ -> X, but χ's
// skeleton is χ); their lower case folds to the capital's letter.
TEST(Fold, GreekAndCyrillicLookalikesInBothCases) {
  auto t = Table();
  const std::vector<std::pair<const char*, const char*>> cases = {
      // Greek lower case, then capitals.
      {"ο", "o"}, {"α", "a"}, {"ε", "e"}, {"ι", "i"}, {"κ", "k"}, {"ν", "v"}, {"ρ", "p"}, {"τ", "t"},
      {"υ", "u"}, {"χ", "x"}, {"β", "b"}, {"η", "h"}, {"μ", "m"},
      {"Ο", "o"}, {"Α", "a"}, {"Ε", "e"}, {"Ι", "i"}, {"Κ", "k"}, {"Ρ", "p"}, {"Τ", "t"}, {"Χ", "x"},
      {"Β", "b"}, {"Η", "h"}, {"Μ", "m"},
      // Cyrillic lower case, then capitals.
      {"а", "a"}, {"е", "e"}, {"о", "o"}, {"р", "p"}, {"с", "c"}, {"у", "y"}, {"х", "x"}, {"і", "i"},
      {"ј", "j"}, {"ѕ", "s"}, {"һ", "h"}, {"к", "k"}, {"т", "t"}, {"н", "h"}, {"в", "b"}, {"м", "m"},
      {"А", "a"}, {"Е", "e"}, {"О", "o"}, {"Р", "p"}, {"С", "c"}, {"У", "y"}, {"Х", "x"}, {"І", "i"},
      {"Ј", "j"}, {"Ѕ", "s"}, {"Һ", "h"}, {"К", "k"}, {"Т", "t"}, {"Н", "h"}, {"В", "b"}, {"М", "m"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Fold(*t, in), want) << in;
  EXPECT_EQ(Fold(*t, "yχ255"), "yx255");
  EXPECT_EQ(Fold(*t, "YΧ255"), "yx255");
  EXPECT_EQ(Fold(*t, "тєкѕт"), Fold(*t, "ТЄКЅТ")) << "both cases fold alike";
  // Letters that look like no Latin letter keep their script.
  for (const char* kept : {"λ", "π", "ω", "ψ", "δ", "ξ", "φ", "ж", "ш", "д", "л", "я", "ю", "з"})
    EXPECT_EQ(Fold(*t, kept), kept);
  EXPECT_EQ(Fold(*t, "ΛΠΩЖЗ"), "λπωжз");
}

TEST(Fold, NoiseBetweenCharactersIsRemoved) {
  auto t = Table();
  for (const char* s : {"冰*毒", "冰 毒", "冰\u200b毒", "冰\u00ad毒", "冰\ufeff毒", "冰\u2060毒", "冰\ufe0f毒",
                        "冰、毒", "冰..毒", "冰\t\r\n毒", "冰★毒", "冰😀毒", "冰\u3000毒"}) {
    EXPECT_EQ(Fold(*t, s), "冰毒") << s;
  }
  EXPECT_EQ(Fold(*t, "六🎲合彩"), "六合彩");
  EXPECT_EQ(Fold(*t, "***"), "");
}

// The stroke-like radicals 丨 丶 丿 are written as a bar, a dot or a slash
// between characters; other radicals that are parts of split characters
// (乚 in 礻乚 for 礼) stay.
TEST(Fold, StrokeRadicalsUsedAsSeparatorsAreNoise) {
  auto t = Table();
  for (const char* s : {"冰丨毒", "冰丶毒", "冰丿毒", "冰丨丨毒", "丶冰毒丶"}) EXPECT_EQ(Fold(*t, s), "冰毒") << s;
  EXPECT_EQ(Fold(*t, "礻乚"), "礻乚");
}

TEST(Fold, WhitespaceSeparatesLatinWordsButPunctuationGluesLetters) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "I was sick"), "i was sick");
  EXPECT_EQ(Fold(*t, "I  was \t sick"), "i was sick");
  EXPECT_EQ(Fold(*t, "c.a.s.i.n.o"), "casino");
  EXPECT_EQ(Fold(*t, "c-a-s-i-n-o"), "casino");
  EXPECT_EQ(Fold(*t, "a . b"), "a b");
  EXPECT_EQ(Fold(*t, "赌 casino 场"), "赌casino场");
  EXPECT_EQ(Fold(*t, " casino "), "casino");
}

TEST(Fold, InvalidUtf8IsNoiseAndNeverShiftsOffsets) {
  auto t = Table();
  const std::string input = "\xff冰\xc0\x80毒\xed\xa0\x80!\xe5";  // stray, overlong, surrogate, cut
  Folded f = FoldWhole(*t, input);
  EXPECT_EQ(f.bytes, "冰毒");
  EXPECT_EQ(f.text.OrigStart(0), 1u);
  EXPECT_EQ(f.text.OrigEnd(3), 4u);
  EXPECT_EQ(f.text.OrigStart(3), 6u);
  EXPECT_EQ(f.text.OrigEnd(6), 9u);
}

// Kept (noise removal off), each invalid byte becomes U+FFFD: invalid bytes
// that end up side by side (a dropped ignorable between them) must never
// join into a character a keyword could match (found by fuzz_normalize).
TEST(Fold, KeptInvalidBytesNeverJoinIntoACharacter) {
  NormalizerOptions keep;
  keep.remove_noise = false;
  auto t = Table(keep);
  const std::string input = "\xe5\xef\xb8\x8b\x89\x8a";  // U+524A's bytes around a variation selector
  Folded f = FoldWhole(*t, input);
  EXPECT_EQ(f.bytes, "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(OrigSpan(f, input, 0, 3), "\xe5");
  EXPECT_EQ(OrigSpan(f, input, 3, 9), "\x89\x8a");
}

TEST(Fold, NulAndControlBytesAreNoise) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, std::string("冰\0毒\x01", 8)), "冰毒");
}

TEST(Fold, OffsetsCoverTheWholeEvasiveSpan) {
  auto t = Table();
  const std::string input = "卖冰*毒了，ＣＡＳＩＮＯ和c.a.s.i.n.o";
  Folded f = FoldWhole(*t, input);
  const size_t p = f.bytes.find("冰毒");
  EXPECT_EQ(OrigSpan(f, input, p, p + 6), "冰*毒");
  const size_t c1 = f.bytes.find("casino");
  EXPECT_EQ(OrigSpan(f, input, c1, c1 + 6), "ＣＡＳＩＮＯ");
  const size_t c2 = f.bytes.find("casino", c1 + 1);
  EXPECT_EQ(OrigSpan(f, input, c2, c2 + 6), "c.a.s.i.n.o");
  const size_t a = f.bytes.find("as");  // a hit inside a replaced run maps to whole characters
  EXPECT_EQ(OrigSpan(f, input, a, a + 2), "ＡＳ");
}

TEST(Fold, NormAtFindsTheFoldedByteOfAnOriginalOffset) {
  auto t = Table();
  const std::string input = "冰*毒ＡＢcd";  // folds to 冰毒abcd
  Folded f = FoldWhole(*t, input);
  ASSERT_EQ(f.bytes, "冰毒abcd");
  EXPECT_EQ(f.text.NormAt(0), 0u);
  EXPECT_EQ(f.text.NormAt(1), 1u);   // identity runs map byte for byte (see OrigStart)
  EXPECT_EQ(f.text.NormAt(3), 3u);   // '*' folds to nothing
  EXPECT_EQ(f.text.NormAt(7), 6u);   // Ａ -> a
  EXPECT_EQ(f.text.NormAt(13), 8u);  // c, in an identity run
  EXPECT_EQ(f.text.NormAt(14), 9u);
  EXPECT_EQ(f.text.NormAt(99), 10u);  // past the end
  for (uint64_t p = 0; p < f.bytes.size(); ++p) EXPECT_LE(f.text.NormAt(f.text.OrigStart(p)), p);
}

TEST(Fold, EachStepCanBeSwitchedOff) {
  NormalizerOptions o;
  o.traditional_to_simplified = false;
  EXPECT_EQ(Fold(*Table(o), "賭博"), "賭博");
  o = NormalizerOptions();
  o.fold_lookalikes = false;
  EXPECT_EQ(Fold(*Table(o), "c\u0430sino"), "c\u0430sino");
  o = NormalizerOptions();
  o.remove_noise = false;
  EXPECT_EQ(Fold(*Table(o), "冰*毒"), "冰*毒");
  o = NormalizerOptions();
  o.fold_compat_case = false;
  EXPECT_EQ(Fold(*Table(o), "ＡB"), "ＡB");
  o = NormalizerOptions();
  o.keep = U"*";
  EXPECT_EQ(Fold(*Table(o), "冰*毒 冰-毒"), "冰*毒冰毒");
  o = NormalizerOptions();
  o.noise_classes = 0;
  o.extra_noise = U"x";
  EXPECT_EQ(Fold(*Table(o), "冰x毒 冰-毒"), "冰毒 冰-毒");
}

TEST(Fold, OptionsRoundTripThroughText) {
  NormalizerOptions o;
  o.traditional_to_simplified = false;
  o.noise_classes = 1 | 8;
  o.keep = U"+#";
  auto parsed = ParseOptions(OptionsToString(o));
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_TRUE(*parsed == o) << OptionsToString(o);
  EXPECT_EQ(OptionsToString(NormalizerOptions()), "nfkc,t2s,lookalike,noise=ws+ign+ctrl+punct+sym+emoji+mark");
  EXPECT_TRUE(ParseOptions("none").ok());
  EXPECT_FALSE(ParseOptions("nfkc,bogus").ok());
  EXPECT_FALSE(ParseOptions("noise=ws+nope").ok());
  EXPECT_FALSE(ParseOptions("keep=zz").ok());
}

TEST(Fold, LineBarrierKeepsEveryNewline) {
  auto t = Table();
  const std::string input = "a\nb\n\n冰\r\n毒";
  Folded f = FoldWhole(*t, input, /*line_barrier=*/true);
  EXPECT_EQ(f.bytes, "a\nb\n\n冰\n毒");
  EXPECT_EQ(Fold(*t, input), "a b冰毒");
}

// Every split point, and random chunkings, give the same bytes and offsets.
std::vector<std::string> SplitTexts() {
  return {"卖冰*毒了，ＣＡＳＩＮＯ和c.a.s.i.n.o", "I was  sick. big ass!", "\xff冰\xc0\x80毒\xed\xa0\x80!\xe5",
          "六🎲合彩 賭博網站 cásíñó", "a \n b", "𝐜𝐚𝐬𝐢𝐧𝐨 ⑴ ①", "",
          "c a s 1\uFE0F\u20E3 &#x51B0;%E6%AF%92 p\u0301\u0301 he'll 冰。毒 x y\u0301 &#1 &bogus"};
}

// Feeds `input` cut at `cuts` (ascending), then finishes.
void FeedInPieces(Normalizer& n, std::string_view input, const std::vector<size_t>& cuts, NormalizedText* out) {
  size_t prev = 0;
  for (size_t cut : cuts) {
    n.Feed(input.substr(prev, cut - prev), out);
    prev = cut;
  }
  n.Feed(input.substr(prev), out);
  n.Finish(out);
}

void ExpectSameFolding(const FoldTable& table, std::string_view input, const std::vector<size_t>& cuts) {
  const Folded whole = FoldWhole(table, input);
  Normalizer n(&table);
  NormalizedText out;
  FeedInPieces(n, input, cuts, &out);
  ASSERT_EQ(std::string(out.view()), whole.bytes) << "input: " << input;
  for (size_t p = 0; p < whole.bytes.size(); ++p) {
    ASSERT_EQ(out.OrigStart(p), whole.text.OrigStart(p)) << input << " @" << p;
    ASSERT_EQ(out.OrigEnd(p + 1), whole.text.OrigEnd(p + 1)) << input << " @" << p;
  }
}

TEST(FoldStream, EverySplitPointGivesTheSameResult) {
  auto t = Table();
  for (const std::string& s : SplitTexts())
    for (size_t cut = 0; cut <= s.size(); ++cut) ExpectSameFolding(*t, s, {cut});
}

TEST(FoldStream, RandomChunkingGivesTheSameResult) {
  auto t = Table();
  std::mt19937 rng(12345);
  for (const std::string& s : SplitTexts()) {
    for (int round = 0; round < 50; ++round) {
      std::vector<size_t> cuts;
      for (size_t pos = 0; pos < s.size();) {
        pos += 1 + rng() % 4;
        if (pos < s.size()) cuts.push_back(pos);
      }
      ExpectSameFolding(*t, s, cuts);
    }
  }
}

TEST(FoldStream, DiscardBeforeKeepsLaterOffsetsExact) {
  auto t = Table();
  const std::string input = "前缀ＡＢＣ冰*毒后缀";
  const Folded whole = FoldWhole(*t, input);
  NormalizedText trimmed = whole.text;
  const uint64_t cut = whole.bytes.find("冰");
  trimmed.DiscardBefore(cut);
  EXPECT_EQ(trimmed.base(), cut);
  for (uint64_t p = cut; p < whole.bytes.size(); ++p) {
    EXPECT_EQ(trimmed.OrigStart(p), whole.text.OrigStart(p));
    EXPECT_EQ(trimmed.OrigEnd(p + 1), whole.text.OrigEnd(p + 1));
  }
}

TEST(FoldData, ComesFromIcuAndOpenCC) {
  EXPECT_NE(std::string(FoldDataSource()).find("ICU"), std::string::npos);
  EXPECT_NE(FoldDataFingerprint(), 0u);
}

std::string FoldLines(const FoldTable& table, std::string_view input, bool dense, const std::vector<size_t>& cuts,
                      std::vector<Normalizer::LineBreak>* breaks) {
  Normalizer n(&table);
  n.set_line_barrier(true);
  n.set_record_offsets(false);
  n.set_dense_output(dense);
  n.set_line_breaks(breaks);
  NormalizedText out;
  FeedInPieces(n, input, cuts, &out);
  return std::string(out.view());
}

// The dense code is what the line prefilter matches keywords in: folding
// straight to it must give exactly the dense code of the UTF-8 folding, in
// any split, and report the same line breaks.
TEST(FoldDense, DenseFoldingIsTheDenseCodeOfTheUtf8Folding) {
  NormalizerOptions keep_invalid;
  keep_invalid.remove_noise = false;
  for (const auto& table : {Table(), Table(keep_invalid)}) {
    std::vector<std::string> texts = SplitTexts();
    texts.push_back("第一行，冰*毒。\n第二行：賭博網站！\r\n\n한국어 カジノ αβγ ẞ é\n𝐜𝐚𝐬𝐢𝐧𝐨\xf0\x9f\n");
    // Found by fuzz_normalize: noise dropped inside a dense run after a
    // Latin letter reset the word state, so the space before "o" vanished.
    texts.push_back("ＣＡＳＩＮＯ、 o");
    texts.push_back("\xe5\x93\xaa\xe9/\x87\x8c\xe6\x9c\x89\xe5ＣＡＳＩＮＯ、\xe8\x01 o");
    texts.push_back(std::string("\xef\xb8\x8b\xe5\xef\xb8\x89\x89\x8a\x92\xbbk\x07V\0\0", 15));
    // Held characters, references, keycaps, marks and boundaries (issue 11's also-fix list).
    texts.push_back("a\u20DD b c 1\uFE0F\u20E3 &#x51B0;%E6%AF%92 x\u3001 y z he'll p\u0301 o k &#1\n2 3");
    const char* const tokens[] = {"a", "b", "7", " ", "  ", "\n", "&", "%", "#", ";", "x", "E5", "%E5%86%B0",
                                  "&#x51B0;", "&#27602;", "&amp;", "\uFE0F", "\u20E3", "\u0301", "\u20DD", "\u3002",
                                  "'", "\u2019", "冰", "."};
    std::mt19937 token_rng(11);
    for (int i = 0; i < 200; ++i) {
      std::string t;
      for (int j = 0; j < 24; ++j) t += tokens[token_rng() % (sizeof(tokens) / sizeof(tokens[0]))];
      texts.push_back(t);
    }
    std::mt19937 rng(77);
    for (int i = 0; i < 50; ++i) {
      std::string t;
      for (int j = 0; j < 40; ++j) {
        const uint32_t pick = rng() % 6;
        if (pick == 0) t.push_back(static_cast<char>(rng() % 128));
        else if (pick == 1) t.push_back(static_cast<char>(0x80 + rng() % 128));  // stray bytes
        else if (pick == 2) t += "\n";
        else {
          const uint32_t cp = pick == 3 ? 0x4E00 + rng() % 0x5200 : pick == 4 ? 0x80 + rng() % 0xD780 : 0x10000 + rng() % 0xFFFF;
          AppendUtf8(cp, &t);
        }
      }
      texts.push_back(t);
    }
    for (const std::string& s : texts) {
      std::vector<Normalizer::LineBreak> utf8_breaks, dense_breaks;
      const std::string utf8 = FoldLines(*table, s, false, {}, &utf8_breaks);
      const std::string want = table->EncodeDense(utf8);
      ASSERT_EQ(FoldLines(*table, s, true, {}, &dense_breaks), want) << s;
      ASSERT_EQ(utf8_breaks.size(), dense_breaks.size());
      size_t newlines = 0;
      for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n') continue;
        ASSERT_LT(newlines, dense_breaks.size()) << ::testing::PrintToString(s) << " at " << i;
        EXPECT_EQ(utf8_breaks[newlines].orig, i);
        EXPECT_EQ(dense_breaks[newlines].orig, i);
        EXPECT_EQ(utf8[utf8_breaks[newlines].folded], '\n');
        EXPECT_EQ(want[dense_breaks[newlines].folded], '\n');
        ++newlines;
      }
      EXPECT_EQ(newlines, dense_breaks.size());
      for (size_t cut = 0; cut <= s.size(); cut += 1 + s.size() / 17)
        ASSERT_EQ(FoldLines(*table, s, true, {cut}, nullptr), want) << s << " cut " << cut;
    }
  }
}

TEST(FoldDense, CodesAreSelfSynchronizingAndOneToOne) {
  auto t = Table();
  std::vector<std::string> codes;
  auto check = [&](const std::string& code, const std::string& what) {
    ASSERT_GE(code.size(), 2u) << what;
    ASSERT_LE(code.size(), 3u) << what;
    const unsigned char last = static_cast<unsigned char>(code.back());
    EXPECT_LT(last, 0x80) << what;
    EXPECT_FALSE((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9') || last == ' ' || last == '\n') << what;
    for (size_t i = 0; i + 1 < code.size(); ++i) EXPECT_GE(static_cast<unsigned char>(code[i]), 0x80) << what;
    codes.push_back(code);
  };
  std::string u;
  for (uint32_t cp = 0x80; cp < 0x110000; cp += (cp < 0x10000 ? 1 : 97)) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    u.clear();
    AppendUtf8(cp, &u);
    check(t->EncodeDense(u), "U+" + std::to_string(cp));
  }
  for (int b = 0x80; b < 0x100; ++b) check(t->EncodeDense(std::string(1, static_cast<char>(b))), "byte " + std::to_string(b));
  std::sort(codes.begin(), codes.end());
  EXPECT_EQ(std::adjacent_find(codes.begin(), codes.end()), codes.end()) << "two inputs share a code";
  // Common hanzi (GB2312) get the 2-byte codes; ASCII stays itself.
  for (const char* common : {"的", "一", "是", "赌", "博", "毒", "网"}) EXPECT_EQ(t->EncodeDense(common).size(), 2u) << common;
  EXPECT_EQ(t->EncodeDense("casino 88\n"), "casino 88\n");
}

}  // namespace
}  // namespace lanjie

namespace lanjie {
namespace {

// Length of the well-formed UTF-8 sequence at p (RFC 3629's table, written
// out apart from DecodeUtf8), 0 when none starts there.
int WellFormedAt(const unsigned char* p, const unsigned char* e) {
  const unsigned b = p[0];
  if (b < 0x80) return 1;
  int n = 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) n = 2;
  else if (b == 0xE0) n = 3, lo = 0xA0;
  else if (b == 0xED) n = 3, hi = 0x9F;
  else if (b >= 0xE1 && b <= 0xEF) n = 3;
  else if (b == 0xF0) n = 4, lo = 0x90;
  else if (b == 0xF4) n = 4, hi = 0x8F;
  else if (b >= 0xF1 && b <= 0xF3) n = 4;
  else return 0;
  if (e - p < n || p[1] < lo || p[1] > hi) return 0;
  for (int k = 2; k < n; ++k)
    if ((p[k] & 0xC0) != 0x80) return 0;
  return n;
}

// Bytes not in a well-formed sequence, counted one at a time from the left.
uint64_t BytesOutsideUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* e = p + s.size();
  uint64_t bad = 0;
  while (p < e) {
    const int n = WellFormedAt(p, e);
    bad += n == 0;
    p += n == 0 ? 1 : n;
  }
  return bad;
}

// Normalizer::invalid_bytes() is what the corpus audit relies on to skip
// its own UTF-8 check of texts the scan folds (Scanner::
// last_block_valid_utf8): zero exactly for valid UTF-8, on the fast path
// (CJK runs, dense output, noise between them) and the general one, fed
// whole or split anywhere (a sequence cut by a split, or by the text's end).
TEST(Normalizer, InvalidBytesCountsTheBytesOutsideWellFormedUtf8) {
  const char* pieces[] = {"冰毒", "赌博网站", "，", "。", "abc ", "\n", "é", "😀", "１２", "%E5%86%B0", "&#20912;",
                          "\xff", "\x80", "\xc0\xaf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe5\x86",
                          "\xf0\x9f\x98", "\xc3", "\xe5"};
  const size_t kValid = 11;  // pieces[0, kValid) are valid UTF-8
  auto table = Table();
  std::mt19937_64 rng(17);
  int with_invalid = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const bool clean = round % 3 == 0;
    for (int k = static_cast<int>(rng() % 24); k >= 0; --k)
      text += pieces[rng() % (clean ? kValid : sizeof(pieces) / sizeof(pieces[0]))];
    const uint64_t expect = BytesOutsideUtf8(text);
    with_invalid += expect > 0;
    for (bool dense : {false, true}) {
      Normalizer n(table.get());
      n.set_line_barrier(round % 2 == 0);
      n.set_record_offsets(!dense);
      n.set_dense_output(dense);
      NormalizedText out;
      n.Reset(0);
      size_t at = 0;
      while (at < text.size()) {  // whole, or in pieces of 1-8 bytes
        const size_t len = round % 4 == 1 ? text.size() - at : std::min<size_t>(1 + rng() % 8, text.size() - at);
        n.Feed(std::string_view(text).substr(at, len), &out);
        at += len;
      }
      n.Finish(&out);
      ASSERT_EQ(n.invalid_bytes(), expect) << "round " << round << " dense " << dense;
      n.Reset(0);
      EXPECT_EQ(n.invalid_bytes(), 0u);
    }
  }
  EXPECT_GT(with_invalid, 1000);  // the invalid pieces did occur
}

}  // namespace
}  // namespace lanjie
