// The vocabulary lookup the grammar reads (engine/eval/refusal_text.h):
// AnswerText::Match must find every phrase at every position, in the order
// the grammar relies on (longer phrases first at one position, file order
// among equal lengths), Latin phrases as whole words only. Checked against a
// direct scan of the phrases, on the shipped vocabulary and on one built to
// stress the index (phrases sharing their first one, two or three
// characters, duplicates, characters beyond the BMP).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "eval/refusal_text.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/utf8.h"

namespace lanjie::refusal {
namespace {

// Every phrase found at every position, by the definition Match documents.
class DirectScan {
 public:
  explicit DirectScan(const RefusalVocabulary& v) : v_(v) {
    for (uint32_t id = 0; id < v.phrases().size(); ++id) by_first_[v.phrases()[id].text[0]].push_back(id);
  }
  std::vector<Token> Tokens(const std::u32string& s) const {
    std::vector<Token> out;
    const uint32_t n = static_cast<uint32_t>(s.size());
    for (uint32_t i = 0; i < n; ++i) {
      const bool word_start = i == 0 || !IsLatinWordChar(s[i - 1]);
      if (!word_start && IsLatinWordChar(s[i]) && s[i] != '\'') continue;  // inside a word
      const auto ids = by_first_.find(s[i]);
      if (ids == by_first_.end()) continue;
      std::vector<uint32_t> found;
      for (uint32_t id : ids->second) {
        const RefusalVocabulary::Phrase& p = v_.phrases()[id];
        const uint32_t len = static_cast<uint32_t>(p.text.size());
        if (s.compare(i, len, p.text) != 0) continue;
        if (p.latin && !word_start && IsLatinWordChar(p.text[0]) && p.text[0] != '\'') continue;
        if (p.latin && i + len < n && IsLatinWordChar(s[i + len]) && IsLatinWordChar(p.text.back())) continue;
        found.push_back(id);
      }
      std::stable_sort(found.begin(), found.end(), [&](uint32_t a, uint32_t b) {
        return v_.phrases()[a].text.size() > v_.phrases()[b].text.size();
      });
      for (uint32_t id : found)
        out.push_back({i, i + static_cast<uint32_t>(v_.phrases()[id].text.size()), v_.phrases()[id].role});
    }
    return out;
  }

 private:
  const RefusalVocabulary& v_;
  std::map<char32_t, std::vector<uint32_t>> by_first_;  // phrase ids in file order
};

std::string Utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

// Answers made of the vocabulary's phrases (some cut, some upper case),
// separators, letters and Han characters, seeded.
std::vector<std::string> Answers(const RefusalVocabulary& v, uint32_t seed, int count) {
  std::mt19937 rng(seed);
  const std::vector<std::string> glue = {" ", "", "，", "。", "\n", "'", "\xE2\x80\x99", "x", "a", "我", "不",
                                         "\xEF\xBC\xA1", "1. ", "\xF0\xA0\x80\x80", "s", "?"};
  std::vector<std::string> out;
  for (int k = 0; k < count; ++k) {
    std::string a;
    for (int parts = 1 + static_cast<int>(rng() % 30); parts > 0; --parts) {
      if (rng() % 2) {
        std::u32string p = v.phrases()[rng() % v.phrases().size()].text;
        if (p.size() > 1 && rng() % 5 == 0) p.resize(1 + rng() % (p.size() - 1));
        if (rng() % 5 == 0)
          for (char32_t& c : p) c = c >= 'a' && c <= 'z' ? c - 32 : c;
        a += Utf8(p);
      } else {
        a += glue[rng() % glue.size()];
      }
    }
    out.push_back(a);
  }
  return out;
}

void ExpectSameTokens(const std::vector<Token>& got, const std::vector<Token>& want, const std::string& answer) {
  ASSERT_EQ(got.size(), want.size()) << answer;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].begin, want[i].begin) << answer << " token " << i;
    EXPECT_EQ(got[i].end, want[i].end) << answer << " token " << i;
    EXPECT_EQ(got[i].role, want[i].role) << answer << " token " << i;
  }
}

TEST(RefusalVocabularyLookup, MatchFindsWhatADirectScanFindsOnTheShippedVocabulary) {
  auto v = RefusalVocabulary::Parse(EmbeddedFile("refusal_vocabulary.tsv"), "refusal_vocabulary.tsv");
  ASSERT_TRUE(v.ok()) << v.status();
  const DirectScan direct(*v);
  size_t tokens = 0;
  for (const std::string& a : Answers(*v, 16, 1500)) {
    const AnswerText text(a, 1 << 20);
    const std::vector<Token> got = text.Match(*v);
    ExpectSameTokens(got, direct.Tokens(text.chars()), a);
    tokens += got.size();
  }
  EXPECT_GT(tokens, 10000u);  // the answers do hold phrases
}

TEST(RefusalVocabularyLookup, PhrasesSharingTheirFirstCharactersComeOutLongestFirst) {
  // 不能 不能够 不能够帮 不 不能帮 share one, two or three characters; 不能
  // twice (two roles); can/can't/cannot/'s not; a phrase beyond the BMP.
  const std::string tsv =
      "neg\t不能\nneg1\t不能够帮\nact\t不能够\nsoft\t不\nidiom\t不能帮\nact1\t不能\n"
      "neg\tcan\nneg\tcan't\nneg\tcannot\nneg\t's not\nact\t\xF0\xA0\x80\x80\xF0\xA0\x80\x81\n";
  auto v = RefusalVocabulary::Parse(tsv, "t.tsv");
  ASSERT_TRUE(v.ok()) << v.status();
  const AnswerText text("不能够帮，不能帮。I can't, cannot, it's not, canal \xF0\xA0\x80\x80\xF0\xA0\x80\x81", 1 << 20);
  const DirectScan direct(*v);
  const std::vector<Token> got = text.Match(*v);
  ExpectSameTokens(got, direct.Tokens(text.chars()), "");
  ASSERT_GE(got.size(), 5u);
  // At 0: 不能够帮 (4), 不能够 (3), 不能 and 不能 (2, file order: neg, act1), 不 (1).
  EXPECT_EQ(got[0].end, 4u);
  EXPECT_EQ(got[0].role, Role::kNeg1);
  EXPECT_EQ(got[1].end, 3u);
  EXPECT_EQ(got[2].role, Role::kNeg);
  EXPECT_EQ(got[3].role, Role::kAct1);
  EXPECT_EQ(got[4].role, Role::kSoft);
  for (const std::string& a : Answers(*v, 7, 500)) {
    const AnswerText t(a, 1 << 20);
    ExpectSameTokens(t.Match(*v), direct.Tokens(t.chars()), a);
  }
}

TEST(RefusalVocabularyLookup, APhraseTooLongIsAnErrorNamingTheLine) {
  const std::string tsv = "neg\t不能\nact\t" + std::string(RefusalVocabulary::kMaxPhraseChars + 1, 'a') + "\n";
  auto v = RefusalVocabulary::Parse(tsv, "v.tsv");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message(), "v.tsv:2: phrase longer than 1000 characters");
  EXPECT_TRUE(RefusalVocabulary::Parse("act\t" + std::string(RefusalVocabulary::kMaxPhraseChars, 'a'), "v.tsv").ok());
}

TEST(RefusalVocabularyLookup, AnEmptyVocabularyMatchesNothing) {
  auto v = RefusalVocabulary::Parse("# nothing\n", "t.tsv");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_TRUE(AnswerText("我不能帮你 I can't", 1 << 20).Match(*v).empty());
  EXPECT_EQ(v->StartingWith(U'不', U'能'), nullptr);
  EXPECT_EQ(v->Single(U'不'), nullptr);
}

// Holds (the first-character index over a list) answers as a scan of every
// entry does, on every list of the shipped vocabulary, for every span of
// texts made of the list's own entries, their halves and filler: entries at
// a span's ends, cut by its ends, sharing first characters.
TEST(RefusalVocabularyLookup, HoldsAnswersAsAScanOfEveryEntryDoes) {
  auto v = RefusalVocabulary::Parse(EmbeddedFile("refusal_vocabulary.tsv"), "refusal_vocabulary.tsv");
  ASSERT_TRUE(v.ok()) << v.status();
  std::mt19937 rng(20261206);
  size_t held = 0, spans = 0;
  for (size_t l = 0; l < static_cast<size_t>(List::kCount); ++l) {
    const std::vector<std::u32string>& list = v->list32(static_cast<List>(l));
    if (list.empty()) continue;
    for (int round = 0; round < 4; ++round) {
      std::u32string text;
      for (int k = 0; k < 6; ++k) {
        const std::u32string& w = list[rng() % list.size()];
        text += (rng() % 3 == 0) ? w.substr(0, (w.size() + 1) / 2) : w;
        text += (rng() % 2 == 0) ? U"，的" : U" x ";
      }
      const uint32_t n = static_cast<uint32_t>(text.size());
      for (uint32_t b = 0; b < n; b += 1 + rng() % 3)
        for (uint32_t e = b; e <= n; e += 1 + rng() % 4) {
          bool want = false;
          const std::u32string_view span(text.data() + b, e - b);
          for (const std::u32string& w : list) want |= span.find(w) != std::u32string_view::npos;
          ASSERT_EQ(v->Holds(static_cast<List>(l), text, b, e), want) << "list " << l << " span " << b << "-" << e;
          held += want;
          ++spans;
        }
    }
  }
  EXPECT_GT(held, 1000u);  // the spans do hold entries
  EXPECT_GT(spans, held);   // and many do not
}

// Round 44. SearchChromeStart cuts the trailing lines that begin with a
// search_chrome entry, never the first line, and not a content line that
// merely starts like one (来源于…).
TEST(RefusalVocabulary, SearchChromeIsTheTrailingSourceAndSearchLines) {
  auto v = RefusalVocabulary::Parse("search_chrome\t相关搜索\nsearch_chrome\t来源：\nsearch_chrome\tsources:\n", "t.tsv");
  ASSERT_TRUE(v.ok()) << v.status();
  const std::string body = "长城总长度为21196千米。";
  EXPECT_EQ(SearchChromeStart(body + "\n\n相关搜索：八达岭门票\n来源：[1] 国家文物局\n", *v), body.size() + 2);
  EXPECT_EQ(SearchChromeStart(body + "\n- **Sources:** [1] unesco.org", *v), body.size() + 1);
  const std::string only = "相关搜索：八达岭门票";
  EXPECT_EQ(SearchChromeStart(only, *v), only.size());
  const std::string cited = body + "\n来源于国家文物局2012年的调查。";
  EXPECT_EQ(SearchChromeStart(cited, *v), cited.size());
  const std::string middle = body + "\n相关搜索：八达岭门票\n另外，慕田峪段人少一些。";
  EXPECT_EQ(SearchChromeStart(middle, *v), middle.size());
}

}  // namespace
}  // namespace lanjie::refusal
