#include "refusal_broken.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "lanjie/common/utf8.h"

namespace lanjie::refusal {
namespace {

// A broken run: at least kBrokenRun Han segments in a row of at most
// kShortSegment characters each, kBrokenSingles of them single characters
// (不，太，方便，说; not 亲～能，… nor 好，行，…).
constexpr size_t kShortSegment = 2;
constexpr size_t kBrokenRun = 3;
constexpr int kBrokenSingles = 2;
constexpr std::u32string_view kBreak = U"，,、…—–-~～·";
constexpr std::u32string_view kSentenceEnd = U"。！？!?\n";

bool IsBreak(char32_t c) { return kBreak.find(c) != std::u32string_view::npos; }
bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == U'\u3000'; }

// One segment between hard breaks, [begin, end) in the answer's code points
// with its spaces trimmed, or a run of sentence enders (`end`, kept as
// written).
struct Piece {
  size_t begin = 0, end = 0;
  bool sentence_end = false;
  size_t size() const { return end - begin; }
};

std::vector<Piece> Split(const std::u32string& c) {
  std::vector<Piece> pieces;
  size_t from = 0;  // where the current segment began
  auto flush = [&](size_t to) {
    size_t b = from, e = to;
    while (b < e && IsSpace(c[b])) ++b;
    while (e > b && IsSpace(c[e - 1])) --e;
    if (b < e) pieces.push_back({b, e, false});
  };
  for (size_t i = 0; i < c.size();) {
    if (kSentenceEnd.find(c[i]) != std::u32string_view::npos) {
      flush(i);
      size_t j = i;
      while (j < c.size() && kSentenceEnd.find(c[j]) != std::u32string_view::npos) ++j;
      pieces.push_back({i, j, true});
      from = i = j;
      continue;
    }
    if (!IsBreak(c[i]) && !IsSpace(c[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    bool hard = false;
    while (j < c.size() && (IsBreak(c[j]) || IsSpace(c[j]))) hard |= IsBreak(c[j++]);
    // Spaces alone break only between two Han characters (不 太 方便 说);
    // between Latin words they are the words' own spaces.
    hard |= i > 0 && j < c.size() && IsCjk(c[i - 1]) && IsCjk(c[j]);
    if (hard) {
      flush(i);
      from = j;
    }
    i = j;
  }
  flush(c.size());
  return pieces;
}

// The filler list's entries are folded (ASCII lower-cased); a segment is
// compared in place, ASCII case aside. Only segments as short as the
// longest entry are compared.
bool IsFiller(const std::u32string& c, const Piece& piece, const RefusalVocabulary& words) {
  for (const std::u32string& filler : words.list32(List::kFiller)) {
    if (filler.size() != piece.size()) continue;
    bool same = true;
    for (size_t k = 0; k < filler.size() && same; ++k) {
      const char32_t ch = c[piece.begin + k];
      same = (ch < 0x80 ? static_cast<char32_t>(absl::ascii_tolower(static_cast<unsigned char>(ch))) : ch) == filler[k];
    }
    if (same) return true;
  }
  return false;
}

// kBreak's characters in UTF-8, made once from kBreak (one list serves the
// segmenting above and the byte-level condition below), and the bytes that
// open one of them.
struct BreakBytes {
  std::vector<std::string> utf8;
  bool opens[256] = {};
};
const BreakBytes& Breaks() {
  static const BreakBytes breaks = [] {
    BreakBytes b;
    for (const char32_t c : kBreak) {
      std::string bytes;
      AppendUtf8(c, &bytes);
      b.opens[static_cast<unsigned char>(bytes[0])] = true;
      b.utf8.push_back(std::move(bytes));
    }
    return b;
  }();
  return breaks;
}

// A cheap necessary condition on the bytes: a broken answer has two hard
// breaks at most kCloseBreakBytes apart (a filler or a short segment between
// them: ，嗯，, , you know,, 不，太，). Spaces count only beside a byte of a
// multi-byte character (between Latin words they are no break; 不 太 方便 说
// has Han bytes beside them). Han characters open with bytes no break opens,
// so most bytes cost one table lookup.
constexpr size_t kCloseBreakBytes = 14;
bool HasCloseBreaks(std::string_view a) {
  const BreakBytes& breaks = Breaks();
  size_t last_end = std::string_view::npos;
  for (size_t i = 0; i < a.size();) {
    size_t len = 0;
    if (a[i] == ' ') {
      len = (i > 0 && (a[i - 1] & 0x80)) || (i + 1 < a.size() && (a[i + 1] & 0x80)) ? 1 : 0;
    } else if (breaks.opens[static_cast<unsigned char>(a[i])]) {
      for (const std::string& b : breaks.utf8)
        if (a.compare(i, b.size(), b) == 0) len = b.size();
    }
    if (len == 0) {
      ++i;
      continue;
    }
    if (last_end != std::string_view::npos && i > last_end && i - last_end <= kCloseBreakBytes) return true;
    last_end = i + len;
    i += len;
  }
  return false;
}

bool IsLetter(char ch) { return absl::ascii_isalpha(static_cast<unsigned char>(ch)); }

// One Latin word (letters and apostrophes only, at most kLatinWordMax): in a
// broken run it counts as a single (I — am — not — able — to — help).
constexpr size_t kLatinWordMax = 12;
bool LatinWord(const std::u32string& c, const Piece& p) {
  if (p.size() > kLatinWordMax) return false;
  for (size_t i = p.begin; i < p.end; ++i)
    if (!(c[i] < 0x80 && (IsLetter(static_cast<char>(c[i])) || c[i] == '\'')) && c[i] != U'\u2019') return false;
  return true;
}

// Joins the words spelled out letter by letter (w-o-n-'t, n o, b u t): a
// run of at least two one-letter words joined by the same separator (one
// hyphen; or one space), the hyphenated runs first (so I w-o-n-'t keeps its
// I), and an apostrophe tail ('t) closing a hyphenated run. A space run
// leaves out an a or I that opens or closes it (a n o -> a no). Returns
// whether any run was joined.
bool JoinSpelledLetters(std::string_view in, std::string* out) {
  bool joined = false;
  std::string text(in);
  for (const char sep : {'-', ' '}) {
    std::string next;
    next.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
      // A one-letter word at i: no letter, digit or apostrophe beside it (not the s of That's).
      const auto word_char = [&](size_t at) {
        return absl::ascii_isalnum(static_cast<unsigned char>(text[at])) || text[at] == '\'';
      };
      const auto single = [&](size_t at) {
        return at < text.size() && IsLetter(text[at]) && (at == 0 || !word_char(at - 1)) &&
               (at + 1 == text.size() || !word_char(at + 1));
      };
      if (!single(i)) {
        next.push_back(text[i++]);
        continue;
      }
      std::vector<size_t> letters = {i};
      size_t j = i + 1;
      while (j + 1 < text.size() && text[j] == sep && single(j + 1)) letters.push_back(j + 1), j += 2;
      size_t tail_end = j;
      if (sep == '-' && j + 2 < text.size() && text[j] == sep && text[j + 1] == '\'' && IsLetter(text[j + 2])) {
        tail_end = j + 2;
        while (tail_end < text.size() && IsLetter(text[tail_end])) ++tail_end;
      }
      // A one-letter word that is a word of its own (a, I).
      const auto article = [&](size_t at) { return text[at] == 'a' || text[at] == 'I' || text[at] == 'i'; };
      if (sep == ' ') {
        if (letters.size() >= 3 && article(letters.front())) {
          next.push_back(text[letters.front()]);
          next.push_back(sep);
          letters.erase(letters.begin());
          i = letters.front();
        }
        if (letters.size() >= 3 && article(letters.back())) letters.pop_back(), j = letters.back() + 1;
      }
      if (letters.size() < 2 || (sep == ' ' && std::all_of(letters.begin(), letters.end(), article))) {
        next.push_back(text[i++]);
        continue;
      }
      for (const size_t at : letters) next.push_back(text[at]);
      if (tail_end > j) next.append(text, j + 1, tail_end - j - 1);
      i = tail_end > j ? tail_end : j;
      joined = true;
    }
    text = std::move(next);
  }
  if (joined) *out = std::move(text);
  return joined;
}

// RemoveInsertedBreaks on an answer whose spelled-out words are joined.
std::optional<std::string> RemoveBreaks(std::string_view answer, const RefusalVocabulary& words) {
  if (answer.size() > kBrokenMaxBytes || !HasCloseBreaks(answer)) return std::nullopt;
  std::u32string c;
  ForEachCodePoint(answer, [&](uint32_t cp, size_t) { c.push_back(static_cast<char32_t>(cp)); });
  const std::vector<Piece> pieces = Split(c);
  // Runs of short Han segments (at most kShortSegment characters; fillers
  // inside a run skipped): a run of kBrokenRun or more with kBrokenSingles
  // single characters is broken, and its segments are marked.
  int fillers = 0;
  bool any_run = false;
  std::vector<bool> filler(pieces.size(), false), in_run(pieces.size(), false);
  std::vector<size_t> run;
  int singles = 0;
  auto close_run = [&] {
    if (run.size() >= kBrokenRun && singles >= kBrokenSingles) {
      any_run = true;
      for (size_t k : run) in_run[k] = true;
    }
    run.clear();
    singles = 0;
  };
  for (size_t k = 0; k < pieces.size(); ++k) {
    const Piece& p = pieces[k];
    if (!p.sentence_end && IsFiller(c, p, words)) {
      filler[k] = true;
      ++fillers;
      continue;
    }
    const bool short_han = p.size() <= kShortSegment &&
                           std::all_of(c.begin() + p.begin, c.begin() + p.end, [](char32_t ch) { return IsCjk(ch); });
    if (p.sentence_end || !(short_han || LatinWord(c, p))) {
      close_run();
      continue;
    }
    run.push_back(k);
    singles += !short_han || p.size() == 1;
  }
  close_run();
  if (fillers < 2 && !any_run) return std::nullopt;
  // A break goes where a filler stood or beside a segment of a broken run;
  // elsewhere it stays a comma, so the clauses around it stay apart.
  std::string out;
  size_t previous = SIZE_MAX;  // the last segment written in the current sentence
  bool filler_between = false;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const Piece& p = pieces[k];
    if (filler[k]) {
      filler_between = true;
      continue;
    }
    if (previous != SIZE_MAX && !p.sentence_end) {
      const bool han = IsCjk(c[pieces[previous].end - 1]) && IsCjk(c[p.begin]);
      if (filler_between || in_run[previous] || in_run[k]) {
        if (!han) out.push_back(' ');
      } else {
        out += han ? "，" : ", ";
      }
    }
    for (size_t i = p.begin; i < p.end; ++i) AppendUtf8(c[i], &out);
    previous = p.sentence_end ? SIZE_MAX : k;
    filler_between = false;
  }
  return out;
}

}  // namespace

std::optional<std::string> RemoveInsertedBreaks(std::string_view answer, const RefusalVocabulary& words) {
  if (answer.size() > kBrokenMaxBytes) return std::nullopt;
  std::string spelled;
  const bool joined = JoinSpelledLetters(answer, &spelled);
  std::optional<std::string> whole = RemoveBreaks(joined ? std::string_view(spelled) : answer, words);
  if (!whole && joined) whole = std::move(spelled);
  return whole;
}

std::string ClauseAsWritten(std::string_view answer, std::string_view joined_clause) {
  // What RemoveInsertedBreaks writes between segments, and what it drops.
  const auto separator = [](uint32_t cp) { return cp == ' ' || cp == ',' || cp == 0xFF0C; };
  std::vector<uint32_t> key;
  ForEachCodePoint(joined_clause, [&](uint32_t cp, size_t) {
    if (!separator(cp)) key.push_back(cp);
  });
  std::vector<std::pair<uint32_t, size_t>> text;  // code point, byte offset
  ForEachCodePoint(answer, [&](uint32_t cp, size_t at) { text.push_back({cp, at}); });
  if (key.empty()) return "";
  size_t best_begin = 0, best_end = 0;
  for (size_t s = 0; s < text.size(); ++s) {
    if (text[s].first != key[0]) continue;
    size_t k = 1, i = s + 1;
    for (; k < key.size() && i < text.size(); ++i)
      if (text[i].first == key[k]) ++k;
    if (k < key.size()) break;  // no later start can hold the whole clause either
    const size_t begin = text[s].second;
    const size_t end = i < text.size() ? text[i].second : answer.size();
    if (best_end == 0 || end - begin < best_end - best_begin) best_begin = begin, best_end = end;
  }
  return std::string(answer.substr(best_begin, best_end - best_begin));
}

}  // namespace lanjie::refusal
