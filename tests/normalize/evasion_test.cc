// Issue 11's "also fix" list: spelled-out letters, character references,
// keycap emoji, palochka and lunate sigma, trailing combining marks, and
// sentence punctuation / apostrophes as match boundaries. Each construction
// is checked for its folded form, its exact original span (whole-text scan,
// line scan over the dense prefilter, stream in every split), its mask, and
// the negative it must not break. Examples here are development examples,
// separate from bench/evasion/heldout_also_fix.jsonl.
#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lanjie/common/splitmix64.h"
#include "lanjie/normalize/normalize.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using testing::Build;
using testing::Lit;
using testing::ScanText;
using testing::StreamText;

std::shared_ptr<const FoldTable> Table() {
  auto t = FoldTable::Create(NormalizerOptions());
  EXPECT_TRUE(t.ok()) << t.status();
  return *t;
}

std::shared_ptr<const Artifact> List() {
  return Build({Lit("冰毒"), Lit("六合彩"), Lit("操你", "A.1.h"), Lit("枪支"), Lit("casino"), Lit("poker"),
                Lit("hell", "A.1.h"), Lit("ass", "A.1.h"), Lit("lsd"), Lit("coca"), Lit("1984")});
}

// The original text of every hit: "keyword=span".
std::vector<std::string> Spans(const Artifact& a, std::string_view text, const std::vector<Hit>& hits) {
  std::vector<std::string> out;
  for (const Hit& h : hits)
    out.push_back(std::string(a.entries()[h.entry].keyword) + "=" + std::string(text.substr(h.start, h.end - h.start)));
  return out;
}

// Hits of `text` by every path: whole text, one line of a block (dense
// prefilter, then the line refolded), and a stream cut at every byte. All
// must agree; returns the whole-text hits.
std::vector<std::string> Hits(std::string_view text) {
  static const std::shared_ptr<const Artifact> a = List();
  const std::vector<Hit> whole = ScanText(a, text);
  const std::vector<std::string> spans = Spans(*a, text, whole);

  auto scanner = Scanner::Create(a);
  EXPECT_TRUE(scanner.ok());
  const std::string block = "第一行\n" + std::string(text) + "\n末行";
  std::vector<std::string> line_spans;
  EXPECT_TRUE((*scanner)
                  ->ScanLines(block, true,
                              [&](size_t index, uint64_t line_start, const std::vector<Hit>& hits) {
                                EXPECT_EQ(index, 1u);
                                for (const Hit& h : hits)  // offsets within the line
                                  line_spans.push_back(std::string(a->entries()[h.entry].keyword) + "=" +
                                                       block.substr(line_start + h.start, h.end - h.start));
                              })
                  .ok());
  std::sort(line_spans.begin(), line_spans.end());
  std::vector<std::string> sorted = spans;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(line_spans, sorted) << "line scan of " << text;

  for (size_t cut = 1; cut < text.size(); ++cut) {
    std::vector<std::string> s = Spans(*a, text, StreamText(a, text, {cut}));
    std::sort(s.begin(), s.end());
    EXPECT_EQ(s, sorted) << "stream of " << text << " cut at " << cut;
  }
  return spans;
}

std::string Masked(std::string_view text) {
  static const std::shared_ptr<const Artifact> a = List();
  return Mask(text, ScanText(a, text));
}

using V = std::vector<std::string>;

// `text` fed in two pieces, cut at every byte, folds to `whole`.
void ExpectTheSameFoldingInEverySplit(const FoldTable& t, std::string_view text, const std::string& whole) {
  for (size_t cut = 1; cut < text.size(); ++cut) {
    Normalizer n(&t);
    NormalizedText out;
    n.Feed(text.substr(0, cut), &out);
    n.Feed(text.substr(cut), &out);
    n.Finish(&out);
    EXPECT_EQ(std::string(out.view()), whole) << "cut at " << cut;
  }
}

// 1. Spelled-out words: one-character Latin words separated by whitespace join.
TEST(Evasion, SpelledOutLettersJoin) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "p o k e r"), "poker");
  EXPECT_EQ(Fold(*t, "play P O K E R now"), "play poker now");
  EXPECT_EQ(Fold(*t, "1 9 8 4"), "1984");
  EXPECT_EQ(Hits("join p o k e r night"), V({"poker=p o k e r"}));
  EXPECT_EQ(Hits("来玩c a s i n o吧"), V({"casino=c a s i n o"}));
  EXPECT_EQ(Hits("p-o-k-e-r"), V({"poker=p-o-k-e-r"}));
  // A one-letter word (a, i) joins the letters it stands beside; the
  // keyword still starts or ends at it.
  EXPECT_EQ(Hits("they sent me a c a s i n o link"), V({"casino=c a s i n o"}));
  EXPECT_EQ(Hits("play p o k e r a lot"), V({"poker=p o k e r"}));
  EXPECT_EQ(Hits("i p o k e r"), V({"poker=p o k e r"}));
  EXPECT_EQ(Masked("go p o k e r now"), "go ********* now");  // one '*' per code point of the span
}

TEST(Evasion, SpelledOutLettersLeaveWordsAlone) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "I was sick"), "i was sick");
  EXPECT_EQ(Fold(*t, "I saw a bird"), "i saw a bird");
  EXPECT_EQ(Fold(*t, "a s simple"), "as simple");  // two one-letter words join, the next word stays
  EXPECT_EQ(Hits("I was sick"), V());
  EXPECT_EQ(Hits("take a seat, I said"), V());
  EXPECT_EQ(Hits("class a ss"), V());
  EXPECT_EQ(Hits("b a s s"), V());    // b is no word of its own: "bass"
  EXPECT_EQ(Hits("x a s s y"), V());  // the stray letter must stand alone
}

// 2. Character references and percent-encoding decode, spanning the reference.
TEST(Evasion, CharacterReferencesDecode) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "&#x51B0;&#x6BD2;"), "冰毒");
  EXPECT_EQ(Fold(*t, "&#20912;&#27602;"), "冰毒");
  EXPECT_EQ(Fold(*t, "%E5%86%B0%e6%af%92"), "冰毒");
  EXPECT_EQ(Fold(*t, "p&#111;ker"), "poker");
  EXPECT_EQ(Fold(*t, "ab&nbsp;cd"), "ab cd");
  EXPECT_EQ(Hits("买&#x51B0;&#x6BD2;"), V({"冰毒=&#x51B0;&#x6BD2;"}));
  EXPECT_EQ(Hits("q=%E5%86%B0%E6%AF%92&x=1"), V({"冰毒=%E5%86%B0%E6%AF%92"}));
  EXPECT_EQ(Hits("冰&#27602;"), V({"冰毒=冰&#27602;"}));
  EXPECT_EQ(Hits("六&amp;合&amp;彩"), V({"六合彩=六&amp;合&amp;彩"}));
  EXPECT_EQ(Hits("p%6Fker"), V({"poker=p%6Fker"}));
  EXPECT_EQ(Masked("x&#20912;&#27602;y"), "x" + std::string(16, '*') + "y");
  // An escaped reference (&amp;#x...; as HTML escaping twice writes it)
  // decodes in one step, its span the whole escaped text.
  EXPECT_EQ(Fold(*t, "&amp;#x51B0;&amp;#27602;"), "冰毒");
  EXPECT_EQ(Hits("最近的&amp;#x51B0;&amp;#x6BD2;在哪"), V({"冰毒=&amp;#x51B0;&amp;#x6BD2;"}));
  EXPECT_EQ(Hits("冰&amp;#27602;"), V({"冰毒=冰&amp;#27602;"}));
}

TEST(Evasion, InvalidReferencesStayLiteral) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "&#20912"), "20912");         // unterminated
  EXPECT_EQ(Fold(*t, "&#xD800;"), "xd800");        // a surrogate is no character
  EXPECT_EQ(Fold(*t, "&bogus;x"), "bogusx");
  EXPECT_EQ(Fold(*t, "100%"), "100");
  EXPECT_EQ(Fold(*t, "%E5%86"), "e586");           // a cut UTF-8 sequence
  EXPECT_EQ(Fold(*t, "%FF%41"), "ffa");            // %FF is no UTF-8 lead byte; %41 is A
  EXPECT_EQ(Fold(*t, "&&#x51B0;"), "冰");          // a reference right after a literal '&'
  EXPECT_EQ(Fold(*t, "&amp;#abc x"), "abc x");     // an escaped '&' before no reference
  EXPECT_EQ(Fold(*t, "AT&amp;T"), "att");
  EXPECT_EQ(Hits("冰&#27602"), V());
  EXPECT_EQ(Hits("&amp;#12 冰毒"), V({"冰毒=冰毒"}));  // offsets after a replayed escaped '&'
  EXPECT_EQ(Hits("&amp;#x51B0毒"), V());
  EXPECT_EQ(Hits("AT&T 50%OFF"), V());
}

// 3. Keycap emoji are noise; plain digits are not.
TEST(Evasion, KeycapEmojiAreNoise) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "冰1\uFE0F\u20E3毒"), "冰毒");
  EXPECT_EQ(Fold(*t, "冰7\u20E3毒"), "冰毒");
  EXPECT_EQ(Fold(*t, "冰1毒"), "冰1毒");
  EXPECT_EQ(Hits("六3\uFE0F\u20E3合彩"), V({"六合彩=六3\uFE0F\u20E3合彩"}));
  EXPECT_EQ(Hits("cas0\uFE0F\u20E3ino"), V({"casino=cas0\uFE0F\u20E3ino"}));
  EXPECT_EQ(Hits("year 1984!"), V({"1984=1984"}));
  EXPECT_EQ(Hits("冰1毒"), V());
  EXPECT_EQ(Masked("冰9\uFE0F\u20E3毒。"), "*****。");
}

// 3b. Decoration between two Chinese characters is a separator: enclosed
// numbers, letters and ideographs, superscripts, roman numerals, stroke-like
// kana. Elsewhere it folds as before (⑥合彩 after a comma keeps its 6).
TEST(Evasion, DecorationBetweenChineseCharactersIsASeparator) {
  auto t = Table();
  for (const char* s : {"冰①毒", "冰⑥毒", "冰⑴毒", "冰⒈毒", "冰Ⓐ毒", "冰❶毒", "冰㉑毒", "冰㊙毒", "冰㊙\uFE0F毒",
                        "冰㈠毒", "冰🈲毒", "冰🄰毒", "冰²毒", "冰₂毒", "冰½毒", "冰Ⅳ毒", "冰℃毒", "冰™毒", "冰ノ毒",
                        "冰ー毒", "冰ヽ毒", "冰ㄧ毒", "冰ｰ毒", "冰亅毒", "冰乛毒", "冰ˇ毒", "冰ˊ毒", "冰ǀ毒", "冰ㅡ毒",
                        "冰ㅣ毒", "冰ゝ毒", "冰𝐚毒", "冰𝟏毒", "冰①*毒", "冰㊙\u0301毒",
                        "冰&#x2460;毒", "冰%E2%91%A0毒"})
    EXPECT_EQ(Fold(*t, s), "冰毒") << s;
  EXPECT_EQ(Fold(*t, "冰①"), "冰1");        // nothing Chinese after it
  EXPECT_EQ(Fold(*t, "①毒"), "1毒");        // nothing before it
  EXPECT_EQ(Fold(*t, "买，⑥合彩"), "买6合彩");  // noise before it: a numeral, not a separator
  EXPECT_EQ(Fold(*t, "冰 ① 毒"), "冰1毒");   // spaces around it
  EXPECT_EQ(Fold(*t, "冰①a毒"), "冰a毒");    // pinyin beside it: 法①lun①功
  EXPECT_EQ(Fold(*t, "lun①功"), "lun功");
  EXPECT_EQ(Fold(*t, "6①合①彩"), "6合彩");
  EXPECT_EQ(Fold(*t, "a①b"), "a1b");        // Latin on both sides: content
  EXPECT_EQ(Fold(*t, "abⓒⓓ"), "abcd");
  EXPECT_EQ(Fold(*t, "冰①②毒"), "冰1毒");    // of a run, only the last one goes
  EXPECT_EQ(Fold(*t, "冰㊙"), "冰秘");
  EXPECT_EQ(Fold(*t, "二〇二六"), "二〇二六");  // 〇 is a numeral
  EXPECT_EQ(Hits("谁有冰①毒"), V({"冰毒=冰①毒"}));
  EXPECT_EQ(Hits("六㊙合②彩"), V({"六合彩=六㊙合②彩"}));
  EXPECT_EQ(Hits("6①合①彩"), V({"六合彩=6①合①彩"}));
  EXPECT_EQ(Hits("冰①。毒"), V({"冰毒=冰①。毒"}));       // a whole clause, as 冰。毒
  EXPECT_EQ(Hits("河上结冰①。毒蛇冬眠"), V());           // the sentence still bounds it
  EXPECT_EQ(Hits("，⑥合彩"), V({"六合彩=⑥合彩"}));
  EXPECT_EQ(Masked("冰🈲毒。"), "***。");
  ExpectTheSameFoldingInEverySplit(*t, "冰①毒 六㊙\uFE0F合彩 冰①", "冰毒六合彩冰1");

  NormalizerOptions keep_noise;
  keep_noise.remove_noise = false;
  auto raw = FoldTable::Create(keep_noise);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(Fold(**raw, "冰①毒"), "冰1毒");
}

// 4. Palochka folds to l, lunate sigma to c (before NFKC could make it σ).
TEST(Evasion, PalochkaAndLunateSigma) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "\u04CF"), "l");
  EXPECT_EQ(Fold(*t, "\u04C0"), "l");
  EXPECT_EQ(Fold(*t, "\u03F2"), "c");
  EXPECT_EQ(Fold(*t, "\u03F9"), "c");
  EXPECT_NE(Fold(*t, "σ"), "c");  // the sigma itself is no c (it folds to o)
  EXPECT_EQ(Hits("\u04CFsd trip"), V({"lsd=\u04CFsd"}));
  EXPECT_EQ(Hits("\u03F9OCA cola"), V({"coca=\u03F9OCA"}));
  EXPECT_EQ(Hits("Σοφία"), V());
}

// 5. Combining marks after the last character belong to the span.
TEST(Evasion, TrailingCombiningMarksBelongToTheSpan) {
  const std::string poker = "p\u0301o\u0301k\u0301e\u0301r\u0301";
  EXPECT_EQ(Hits(poker + " night"), V({"poker=" + poker}));
  EXPECT_EQ(Hits("冰毒\u0336\u0336!"), V({"冰毒=冰毒\u0336\u0336"}));
  EXPECT_EQ(Hits("poker\u20DD"), V({"poker=poker\u20DD"}));
  EXPECT_EQ(Masked(poker + "!"), std::string(10, '*') + "!");  // nothing left dangling
  // A mark after noise is not the keyword's: "poker*\u0301".
  EXPECT_EQ(Hits("poker*\u0301"), V({"poker=poker"}));
}

// 6. Sentence punctuation and apostrophes bound matches.
// A combining mark on a spelled-out letter is part of it: ć (c + U+0301)
// and c⃝ (c + U+20DD) stay one-letter words, on every path (the fast
// path, the general path a chunk cut sends the mark to, the dense code),
// with or without offsets (found by fuzz_normalize: "Z҈ c" folded with a
// space whole and without one when a chunk cut U+0488's bytes).
TEST(Evasion, MarkedSpelledOutLettersJoin) {
  auto t = Table();
  EXPECT_EQ(Fold(*t, "c\u0301 a s i n o"), "casino");
  EXPECT_EQ(Fold(*t, "c\u20dd a s i n o"), "casino");
  EXPECT_EQ(Hits("go c\u0301 a s i n o now"), V({"casino=c\u0301 a s i n o"}));
  EXPECT_EQ(Hits("go c\u20dd a\u0301 s i n o\u0301"), V({"casino=c\u20dd a\u0301 s i n o\u0301"}));
  // Marks on letters of words stay words: no join, no hit.
  EXPECT_EQ(Hits("I\u0301 was sick"), V());
  const std::string text = "\u8c25Z\u0488 c&a \u0301 b";
  const std::string whole = Fold(*t, text);
  ExpectTheSameFoldingInEverySplit(*t, text, whole);
  for (const bool offsets : {true, false}) {
    Normalizer n(t.get());
    n.set_record_offsets(offsets);
    NormalizedText out;
    n.Feed(text, &out);
    n.Finish(&out);
    EXPECT_EQ(std::string(out.view()), whole) << "offsets " << offsets;
  }
}

TEST(Evasion, SentencePunctuationBoundsMatches) {
  EXPECT_EQ(Hits("他去找曹操？你呢"), V());
  EXPECT_EQ(Hits("河上结冰。毒蛇冬眠"), V());
  EXPECT_EQ(Hits("冰。毒"), V({"冰毒=冰。毒"}));               // a whole clause
  EXPECT_EQ(Hits("谁有冰，毒？"), V({"冰毒=冰，毒"}));         // ends a clause
  EXPECT_EQ(Hits("六、合、彩开奖啦"), V({"六合彩=六、合、彩"}));  // a middle piece
  EXPECT_EQ(Hits("冰*毒便宜"), V({"冰毒=冰*毒"}));           // other noise still glues
  EXPECT_EQ(Masked("冰！毒"), "***");
}

TEST(Evasion, ContractionsAreNotWords) {
  EXPECT_EQ(Hits("he'll come"), V());
  EXPECT_EQ(Hits("He\u2019ll come"), V());
  EXPECT_EQ(Hits("go to hell"), V({"hell=hell"}));
  EXPECT_EQ(Hits("c'a's'i'n'o"), V({"casino=c'a's'i'n'o"}));
}

// Noise between two Latin words joins them in folded text ("go/casino" is
// "gocasino"), yet a whole-word keyword there is a word of its own: in a
// path, a domain, after Chinese punctuation. A spelled-out word stays one
// word (no coca in c.o.c.a.i.n.e), and a hyphen joins a compound.
TEST(Evasion, LatinKeywordsBetweenSeparatorsAreWholeWords) {
  EXPECT_EQ(Hits("go/casino/vip"), V({"casino=casino"}));
  EXPECT_EQ(Hits("www.casino.com"), V({"casino=casino"}));
  EXPECT_EQ(Hits("去看看go，casino"), V({"casino=casino"}));
  EXPECT_EQ(Hits("join@poker_club"), V({"poker=poker"}));
  EXPECT_EQ(Hits("go/%63%61%73%69%6E%6F/vip"), V({"casino=%63%61%73%69%6E%6F"}));
  EXPECT_EQ(Hits("ab.c.a.s.i.n.o.yz"), V({"casino=c.a.s.i.n.o"}));
  EXPECT_EQ(Hits("c.o.c.a.i.n.e"), V());
  EXPECT_EQ(Hits("was.sick"), V());
  EXPECT_EQ(Hits("poker-face"), V());
  EXPECT_EQ(Hits("onlinecasinos/vip"), V());
  EXPECT_EQ(Hits("x.casino.y"), V());  // one-letter pieces: read as spelled out
}

// Whole-word decisions at dropped noise read bytes and boundaries past a
// match: every path must read the same (random texts made of keyword
// letters, separators, apostrophes, hyphens, spaces, digits and CJK; a
// fixed seed).
TEST(Evasion, PathsAgreeOnRandomLatinNoise) {
  static constexpr const char* kPieces[] = {"c", "a", "s", "i", "n", "o", "h", "e", "l", "p", "k", "r", "d",
                                            "/", ".", "-", "'", "_", " ", "  ", "，", "。", "*", "1", "冰", "毒",
                                            "casino", "poker", "hell", "ass", "coca", "go", "lsd"};
  SplitMix64 random(20261205);
  size_t hits = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const uint64_t pieces = 2 + random.Below(10);
    for (uint64_t i = 0; i < pieces; ++i) text += kPieces[random.Below(std::size(kPieces))];
    hits += Hits(text).size();  // EXPECTs that the line scan and every stream split agree
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_GT(hits, 100u);  // the texts do hold keywords
}

TEST(Evasion, StreamsAndLinesAgreeOnHeldCharacters) {
  // Characters held across a piece boundary (a digit before its keycap, a
  // letter before the next, a reference) give the same folding in any split.
  auto t = Table();
  const std::string text = "a b c 1\uFE0F\u20E3 &#x51B0;%E6%AF%92 x y\n&#1 p o";
  const std::string whole = Fold(*t, text);
  ExpectTheSameFoldingInEverySplit(*t, text, whole);
}

}  // namespace
}  // namespace lanjie
