#include "refusal_broken.h"

#include <algorithm>
#include <cstdint>
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

// One segment between hard breaks, or a sentence end (`end`: the enders
// themselves, kept as written).
struct Piece {
  std::u32string text;
  bool end = false;
};

std::u32string Trimmed(const std::u32string& s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::vector<Piece> Split(const std::u32string& c) {
  std::vector<Piece> pieces;
  std::u32string cur;
  auto flush = [&] {
    std::u32string t = Trimmed(cur);
    if (!t.empty()) pieces.push_back({std::move(t), false});
    cur.clear();
  };
  for (size_t i = 0; i < c.size();) {
    if (kSentenceEnd.find(c[i]) != std::u32string_view::npos) {
      flush();
      std::u32string ends;
      while (i < c.size() && kSentenceEnd.find(c[i]) != std::u32string_view::npos) ends.push_back(c[i++]);
      pieces.push_back({std::move(ends), true});
      continue;
    }
    if (IsBreak(c[i]) || IsSpace(c[i])) {
      size_t j = i;
      bool hard = false;
      while (j < c.size() && (IsBreak(c[j]) || IsSpace(c[j]))) hard |= IsBreak(c[j++]);
      // Spaces alone break only between two Han characters (不 太 方便 说);
      // between Latin words they are the words' own spaces.
      hard |= i > 0 && j < c.size() && IsCjk(c[i - 1]) && IsCjk(c[j]);
      if (hard) {
        flush();
      } else {
        cur.push_back(' ');
      }
      i = j;
      continue;
    }
    cur.push_back(c[i++]);
  }
  flush();
  return pieces;
}

bool IsFiller(const std::u32string& piece, const RefusalVocabulary& words) {
  std::string folded;
  for (char32_t ch : piece)
    AppendUtf8(ch < 0x80 ? static_cast<char32_t>(absl::ascii_tolower(static_cast<unsigned char>(ch))) : ch, &folded);
  for (const std::string& filler : words.list(List::kFiller))
    if (folded == filler) return true;
  return false;
}

}  // namespace

std::optional<std::string> RemoveInsertedBreaks(std::string_view answer, const RefusalVocabulary& words) {
  if (answer.size() > kBrokenMaxBytes) return std::nullopt;
  std::u32string chars;
  ForEachCodePoint(answer, [&](uint32_t cp, size_t) { chars.push_back(static_cast<char32_t>(cp)); });
  std::vector<Piece> pieces = Split(chars);
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
    const std::u32string& t = pieces[k].text;
    if (!pieces[k].end && IsFiller(t, words)) {
      filler[k] = true;
      ++fillers;
      continue;
    }
    if (pieces[k].end || t.size() > kShortSegment || !std::all_of(t.begin(), t.end(), IsCjk)) {
      close_run();
      continue;
    }
    run.push_back(k);
    singles += t.size() == 1;
  }
  close_run();
  if (fillers < 2 && !any_run) return std::nullopt;
  // A break goes where a filler stood or beside a segment of a broken run;
  // elsewhere it stays a comma, so the clauses around it stay apart.
  std::string out;
  size_t previous = SIZE_MAX;  // the last segment written in the current sentence
  bool filler_between = false;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const std::u32string& t = pieces[k].text;
    if (filler[k]) {
      filler_between = true;
      continue;
    }
    if (pieces[k].end) {
      for (char32_t ch : t) AppendUtf8(ch, &out);
      previous = SIZE_MAX;
      filler_between = false;
      continue;
    }
    if (previous != SIZE_MAX) {
      const char32_t before = pieces[previous].text.back();
      const bool han = IsCjk(before) && IsCjk(t.front());
      if (filler_between || in_run[previous] || in_run[k]) {
        if (!han) out.push_back(' ');
      } else {
        out += han ? "，" : ", ";
      }
    }
    for (char32_t ch : t) AppendUtf8(ch, &out);
    previous = k;
    filler_between = false;
  }
  return out;
}

}  // namespace lanjie::refusal
