// The dense pass's side matcher (issue 16, dense_side.h): lists with many
// keywords of two or three common CJK characters find them with a hash
// table beside Hyperscan. Users rely on the hits being exactly those of one
// Hyperscan database of every literal, on every scanning path, and on the
// artifact refusing damage and older readers refusing it.
#include <algorithm>
#include <cstring>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lanjie/common/utf8.h"
#include "lanjie/match/hash.h"
#include "match/compiled.h"
#include "tests/common/tmp_dir.h"
#include "tests/match/test_util.h"

namespace lanjie {
namespace {

using ::testing::HasSubstr;
using testing::Allow;
using testing::Build;
using testing::Describe;
using testing::Lit;
using testing::Regex;
using testing::Reseal;
using testing::Rule;
using testing::ScanText;

// Common characters whose dense code is 2 bytes (the side matcher's
// alphabet) and a few that are not (3-byte codes), from the fold table.
struct Alphabet {
  std::vector<std::string> two, other;
};
const Alphabet& Chars() {
  static const Alphabet* const kChars = [] {
    auto* a = new Alphabet;
    auto table = FoldTable::Shared(NormalizerOptions());
    EXPECT_TRUE(table.ok());
    const std::string pool =
        "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天"
        "而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身"
        "鑫龘齉爨靐麤罍鬻";
    for (const unsigned char *p = reinterpret_cast<const unsigned char*>(pool.data()), *end = p + pool.size(); p < end;) {
      uint32_t cp;
      const int n = DecodeUtf8(p, end, &cp);
      std::string c(reinterpret_cast<const char*>(p), n);
      p += n;
      (internal::IsSideCode((*table)->EncodeDense(c + c)) ? a->two : a->other).push_back(c);
    }
    return a;
  }();
  return *kChars;
}

// `n` distinct keywords of 2-3 side-alphabet characters (most) or 2-4
// mixed ones, seeded; a few Latin words, an allow phrase around a short
// keyword, a rule of short terms and a regex.
std::vector<Entry> ShortList(size_t n, std::vector<std::string>* keywords) {
  const Alphabet& chars = Chars();
  std::mt19937 rng(12);
  std::set<std::string> seen;
  std::vector<Entry> entries;
  while (entries.size() < n) {
    std::string kw;
    const bool side = rng() % 5 != 0;
    const int len = side ? 2 + static_cast<int>(rng() % 2) : 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < len; ++i) {
      const bool other = !side && !chars.other.empty() && rng() % 2;
      kw += other ? chars.other[rng() % chars.other.size()] : chars.two[rng() % chars.two.size()];
    }
    if (!seen.insert(kw).second) continue;
    keywords->push_back(kw);
    entries.push_back(Lit(kw, entries.size() % 2 ? "A.1.f" : "A.1.h", entries.size() % 7 ? Action::kBlock : Action::kReview));
  }
  entries.push_back(Allow(chars.two[0] + (*keywords)[0] + chars.two[1]));
  entries.push_back(Rule((*keywords)[1] + " & " + (*keywords)[2]));
  entries.push_back(Lit("casino", "A.1.h"));
  entries.push_back(Regex("加微信\\s*[0-9]{6,}"));
  return entries;
}

// Lines of random side-alphabet text with keywords, noise inside them
// ("冰*毒"), Latin and digits; some lines empty.
std::string Lines(const std::vector<std::string>& keywords, size_t count, uint32_t seed) {
  const Alphabet& chars = Chars();
  std::mt19937 rng(seed);
  std::string out;
  for (size_t l = 0; l < count; ++l) {
    const int pieces = static_cast<int>(rng() % 12);
    for (int i = 0; i < pieces; ++i) {
      const unsigned r = rng() % 10;
      if (r < 4) {
        out += chars.two[rng() % chars.two.size()];
      } else if (r < 7) {
        const std::string& kw = keywords[rng() % keywords.size()];
        if (rng() % 3 == 0 && kw.size() >= 6) {  // noise between its first two characters
          out += kw.substr(0, 3) + (rng() % 2 ? "*" : " ") + kw.substr(3);
        } else {
          out += kw;
        }
      } else if (r < 8) {
        out += chars.other.empty() ? "x" : chars.other[rng() % chars.other.size()];
      } else if (r < 9) {
        out += rng() % 2 ? "casino " : "加微信 12345678";
      } else {
        out += "，";
      }
    }
    out += '\n';
  }
  return out;
}

// What ScanLines reports for `block`: "line:keyword@start-end/norm via" per hit.
std::vector<std::string> LineHits(const std::shared_ptr<const Artifact>& a, std::string_view block, bool only_hits) {
  auto scanner = Scanner::Create(a);
  EXPECT_TRUE(scanner.ok()) << scanner.status();
  std::vector<std::string> out;
  const auto st = (*scanner)->ScanLines(block, only_hits, [&](size_t index, uint64_t start, const std::vector<Hit>& hits) {
    out.push_back("line " + std::to_string(index) + " at " + std::to_string(start));
    for (const Hit& h : hits)
      out.push_back(std::string(a->entries()[h.entry].keyword) + "@" + std::to_string(h.start) + "-" +
                    std::to_string(h.end) + "/" + std::to_string(h.norm_start) + "-" + std::to_string(h.norm_end) +
                    " " + std::to_string(h.via));
  });
  EXPECT_TRUE(st.ok()) << st;
  return out;
}

CompileOptions Options(size_t side_min, bool variants) {
  CompileOptions o;
  o.dense_side_min_keywords = side_min;
  if (!variants) o.variants = VariantOptions::None();
  return o;
}

TEST(DenseSide, FindsExactlyTheCodeBoundaryMatchesByEnd) {
  // Codes: 2-byte "\x81a" etc.; "\x81\x82c" is a 3-byte code.
  std::vector<internal::SideKeyword> kws = {{3, 4, {0x81, 'a', 0x82, 'b'}}, {5, 6, {0x81, 'a', 0x82, 'b', 0x83, 'c'}},
                                            {9, 4, {0x82, 'b', 0x83, 'c'}}};
  internal::DenseSide side;
  ASSERT_TRUE(side.Build(kws).ok());
  const std::string text = "\x81" "a\x82" "b\x83" "c x\x81\x81" "a\x82" "b\n\x81" "a\x82" "b";
  std::vector<internal::BlockMatch> m;
  side.Scan(reinterpret_cast<const unsigned char*>(text.data()), text.size(), &m);
  std::vector<std::pair<uint64_t, uint32_t>> got;
  for (const auto& x : m) got.emplace_back(x.end, x.id);
  // At 0: ids 3 (end 4) and 5 (end 6); at 2: id 9 (end 6). "\x81\x81a" is a
  // 3-byte code, so the "\x81a\x82b" inside it starts inside a code: none.
  // After the '\n' at 13: id 3 at 14..18, ending the text.
  const std::vector<std::pair<uint64_t, uint32_t>> want = {{4, 3}, {6, 5}, {6, 9}, {18, 3}};
  EXPECT_EQ(got, want);
}

TEST(DenseSide, ScanFindsWhatACodeByCodeWalkFinds) {
  // Scan's two filters (the 4-byte prefixes, then a second one of the
  // 4-byte keywords and of the 6-byte ones whole; scan round 18) drop no
  // match: on random dense texts (runs of 2-byte codes from a small
  // alphabet, broken by ASCII, 3-byte codes and line ends) and every length
  // of them, it reports what testing each code boundary in turn reports:
  // there, the 4-byte keywords equal to the next two codes, then the 6-byte
  // ones equal to the next three, each by id.
  std::mt19937 rng(18);
  const auto code = [](int c) { return std::string{static_cast<char>(0x81 + c / 3), static_cast<char>('a' + c % 3)}; };
  constexpr int kCodes = 6;
  std::vector<internal::SideKeyword> kws;
  std::vector<std::string> dense;  // kws[k]'s bytes
  for (int a = 0; a < kCodes; ++a)
    for (int b = 0; b < kCodes; ++b)
      for (int c = -1; c < kCodes; ++c) {
        if (rng() % 3 == 0) continue;  // leave some out, so that the filter and tables must say no
        const std::string d = code(a) + code(b) + (c < 0 ? "" : code(c));
        internal::SideKeyword k{static_cast<uint32_t>(10 + 3 * kws.size()), static_cast<uint8_t>(d.size()), {}};
        std::memcpy(k.code, d.data(), d.size());
        kws.push_back(k);
        dense.push_back(d);
      }
  internal::DenseSide side;
  ASSERT_TRUE(side.Build(kws).ok());
  size_t matches = 0;
  for (int round = 0; round < 40; ++round) {
    std::string text;
    while (text.size() < 200) {
      const unsigned r = rng() % 20;
      if (r < 15) {
        for (unsigned run = rng() % 12; run > 0; --run) text += code(static_cast<int>(rng() % kCodes));
      } else if (r < 17) {
        text += static_cast<char>('x' + rng() % 3);
      } else if (r < 19) {
        text += "\x81\x82" + code(static_cast<int>(rng() % kCodes)).substr(1);  // a 3-byte code
      } else {
        text += '\n';
      }
    }
    for (size_t n = 0; n <= text.size(); ++n) {
      const auto* t = reinterpret_cast<const unsigned char*>(text.data());
      std::vector<std::pair<uint64_t, uint32_t>> want;
      for (size_t i = 0; i < n;) {  // code by code
        for (const size_t len : {size_t{4}, size_t{6}})
          for (size_t k = 0; k < kws.size(); ++k)
            if (dense[k].size() == len && i + len <= n && std::memcmp(t + i, dense[k].data(), len) == 0)
              want.emplace_back(i + len, kws[k].id);
        i += t[i] < 0x80 ? 1 : t[i + 1] < 0x80 ? 2 : 3;
      }
      std::vector<internal::BlockMatch> m;
      side.Scan(t, n, &m);
      std::vector<std::pair<uint64_t, uint32_t>> got;
      for (const auto& x : m) got.emplace_back(x.end, x.id);
      ASSERT_EQ(got, want) << "round " << round << ", length " << n;
      matches += got.size();
    }
  }
  EXPECT_GT(matches, 10000u);  // the texts do exercise the tables
}

TEST(DenseSide, BuildRefusesRecordsThatAreNotSideCodes) {
  internal::DenseSide side;
  EXPECT_FALSE(side.Build({{1, 4, {'a', 'b', 'c', 'd'}}}).ok());                 // ASCII
  EXPECT_FALSE(side.Build({{1, 5, {0x81, 'a', 0x82, 'b', 'c'}}}).ok());          // length 5
  EXPECT_FALSE(side.Build({{1, 4, {0x81, 'a', 0x82, 'b', 0, 7}}}).ok());         // padding
  EXPECT_FALSE(side.Build({{2, 4, {0x81, 'a', 0x82, 'b'}}, {2, 4, {0x81, 'a', 0x83, 'b'}}}).ok());  // ids
  EXPECT_TRUE(side.empty());
}

TEST(DenseSide, GateDecidesAndSmallListsStayFormat5) {
  ASSERT_GT(Chars().two.size(), 50u);  // the alphabet the generated lists draw on
  ASSERT_GT(Chars().other.size(), 3u);
  std::vector<std::string> keywords;
  const std::vector<Entry> list = ShortList(600, &keywords);
  auto below = Build(list, Options(std::numeric_limits<size_t>::max(), false));
  auto above = Build(list, Options(100, false));
  auto by_default = Build(list, Options(CompileOptions().dense_side_min_keywords, false));
  ASSERT_TRUE(below && above && by_default);
  EXPECT_EQ(CompileOptions().dense_side_min_keywords, 20000u);
  EXPECT_EQ(below->info().format, 5u);
  EXPECT_EQ(by_default->info().format, 5u);
  EXPECT_EQ(by_default->info().side_keywords, 0u);
  EXPECT_EQ(above->info().format, 6u);
  EXPECT_GT(above->info().side_keywords, 300u);
  EXPECT_LT(above->info().side_keywords, internal::DataOf(*above).literal_patterns.size());
  // The header's version says it: what an older lanjie checks first.
  uint32_t version = 0;
  const std::string bytes = above->Serialize();
  std::memcpy(&version, bytes.data() + 8, 4);
  EXPECT_EQ(version, 6u);
  const std::string small = below->Serialize();
  std::memcpy(&version, small.data() + 8, 4);
  EXPECT_EQ(version, 5u);
  EXPECT_EQ(small.find("SIDE"), std::string::npos);
}

// Side matcher on (gate 1) against one Hyperscan database of every literal
// (gate never), ScanLines in whole blocks and in blocks cut at line ends,
// only hits and every line; and against Scan, line by line.
void ExpectSameAsOneDatabase(bool variants) {
  std::vector<std::string> keywords;
  const std::vector<Entry> list = ShortList(1500, &keywords);
  auto ref = Build(list, Options(std::numeric_limits<size_t>::max(), variants));
  auto side = Build(list, Options(1, variants));
  ASSERT_TRUE(ref && side);
  ASSERT_EQ(side->info().format, 6u);
  auto loaded = Artifact::FromBytes(side->Serialize(), "side.ljdb", LoadOptions{2});
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  size_t hits = 0;
  for (uint32_t seed = 1; seed <= 6; ++seed) {
    const std::string block = Lines(keywords, 60, seed);
    const std::vector<std::string> want = LineHits(ref, block, true);
    hits += want.size();
    EXPECT_EQ(LineHits(side, block, true), want) << seed;
    EXPECT_EQ(LineHits(*loaded, block, true), want) << seed;
    EXPECT_EQ(LineHits(side, block, false), LineHits(ref, block, false)) << seed;
    // Blocks that start and end on a hit: a line holding only a keyword.
    const std::string edges = keywords[seed] + "\n" + block + keywords[seed + 1];
    EXPECT_EQ(LineHits(side, edges, true), LineHits(ref, edges, true)) << seed;
    // Line by line against Scan (the UTF-8 stream database keeps every literal).
    size_t start = 0;
    for (size_t end; (end = block.find('\n', start)) != std::string::npos; start = end + 1) {
      const std::string line = block.substr(start, end - start);
      std::vector<Hit> by_lines;
      auto scanner = Scanner::Create(side);
      ASSERT_TRUE(scanner.ok());
      ASSERT_TRUE((*scanner)->ScanLines(line, true, [&](size_t, uint64_t, const std::vector<Hit>& h) { by_lines = h; }).ok());
      EXPECT_EQ(Describe(*side, by_lines), Describe(*side, ScanText(side, line))) << line;
    }
  }
  EXPECT_GT(hits, 500u);  // the texts hit many keywords
}

TEST(DenseSide, ScanLinesGivesOneDatabasesHitsVariantsOff) { ExpectSameAsOneDatabase(false); }
TEST(DenseSide, ScanLinesGivesOneDatabasesHitsVariantsOn) { ExpectSameAsOneDatabase(true); }

TEST(DenseSide, AListOfOnlySideKeywordsHasNoDenseDatabaseAndStillScans) {
  const Alphabet& chars = Chars();
  std::vector<Entry> list = {Lit(chars.two[0] + chars.two[1]), Lit(chars.two[2] + chars.two[3] + chars.two[4])};
  auto a = Build(list, Options(1, false));
  ASSERT_TRUE(a);
  EXPECT_EQ(internal::DataOf(*a).literal_dense, nullptr);
  auto b = Artifact::FromBytes(a->Serialize(), "only.ljdb");
  ASSERT_TRUE(b.ok()) << b.status();
  const std::string block = "x" + chars.two[0] + chars.two[1] + "\n" + chars.two[2] + "*" + chars.two[3] + chars.two[4];
  const std::vector<std::string> got = LineHits(*b, block, true);
  EXPECT_EQ(got.size(), 4u);  // two lines, one hit each
  EXPECT_EQ(got, LineHits(Build(list, Options(std::numeric_limits<size_t>::max(), false)), block, true));
}

// Where the SIDE section's records start in `bytes` (after tag and length).
size_t SideRecords(const std::string& bytes) {
  const size_t tag = bytes.rfind("SIDE");
  EXPECT_NE(tag, std::string::npos);
  return tag + 12;
}

TEST(DenseSide, DamagedSideSectionIsAClearErrorOnOneAndTwoThreads) {
  std::vector<std::string> keywords;
  auto a = Build(ShortList(200, &keywords), Options(1, false));
  ASSERT_TRUE(a);
  const std::string bytes = a->Serialize();
  const size_t records = SideRecords(bytes);
  for (int threads : {1, 2}) {
    const LoadOptions load{threads};
    // Truncated inside the section: the header's size no longer matches.
    for (size_t len : {records - 4, records + 5, bytes.size() - 17}) {
      auto r = Artifact::FromBytes(bytes.substr(0, len), "cut.ljdb", load);
      ASSERT_FALSE(r.ok()) << len;
      EXPECT_THAT(std::string(r.status().message()), HasSubstr("cut.ljdb"));
    }
    // Any flipped byte of it: the checksum.
    std::string flipped = bytes;
    flipped[records + 5] ^= 0x40;
    EXPECT_THAT(std::string(Artifact::FromBytes(flipped, "f.ljdb", load).status().message()), HasSubstr("checksum"));
    // Damage that passes the checksum (resealed): each is named.
    const auto resealed = [&](size_t at, uint8_t value) {
      std::string b = bytes;
      b[at] = static_cast<char>(value);
      Reseal(&b);
      auto r = Artifact::FromBytes(b, "d.ljdb", load);
      EXPECT_FALSE(r.ok()) << at;
      return std::string(r.status().message());
    };
    EXPECT_THAT(resealed(records + 4, 5), HasSubstr("side matcher"));      // a length of 5
    EXPECT_THAT(resealed(records + 5, 'a'), HasSubstr("side matcher"));    // not a 2-byte code
    EXPECT_THAT(resealed(records + 3, 0x7f), HasSubstr("side matcher"));   // id out of range
    EXPECT_THAT(resealed(8, 5), HasSubstr("format-5"));                    // header says format 5
    uint32_t seven = kArtifactFormatVersion + 1;
    std::string newer = bytes;
    std::memcpy(newer.data() + 8, &seven, 4);
    Reseal(&newer);
    EXPECT_THAT(std::string(Artifact::FromBytes(newer, "n.ljdb", load).status().message()), HasSubstr("newer"));
  }
  // A format-6 header on a file without the section.
  auto small = Build({Lit("冰毒")}, Options(std::numeric_limits<size_t>::max(), false));
  std::string b = small->Serialize();
  b[8] = 6;
  Reseal(&b);
  EXPECT_THAT(std::string(Artifact::FromBytes(b, "six.ljdb").status().message()), HasSubstr("without its side matcher"));
}

TEST(DenseSide, SavedFilesLoadAndScanTheSame) {
  std::vector<std::string> keywords;
  const std::vector<Entry> list = ShortList(400, &keywords);
  auto ref = Build(list, Options(std::numeric_limits<size_t>::max(), false));
  auto side = Build(list, Options(1, false));
  ASSERT_TRUE(ref && side);
  const std::string path = lanjie::testing::TmpDir() + "/dense_side.ljdb";
  ASSERT_TRUE(side->Save(path).ok());
  auto loaded = Artifact::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ((*loaded)->info().side_keywords, side->info().side_keywords);
  EXPECT_EQ((*loaded)->list_hash(), ref->list_hash());  // the same list: the same content hash
  const std::string block = Lines(keywords, 200, 99);
  EXPECT_EQ(LineHits(*loaded, block, true), LineHits(ref, block, true));
}

}  // namespace
}  // namespace lanjie
