#ifndef LANJIE_ENGINE_NORMALIZE_UTF8_H_
#define LANJIE_ENGINE_NORMALIZE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lanjie {

// The UTF-8 byte order mark (U+FEFF as UTF-8), which editors such as Excel
// ("CSV UTF-8") and Notepad write at the start of a text file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The one rule for a byte order mark in every reader of text files (CSV and
// TSV through CsvParser, JSONL, plain lines, the corpus audit's records):
// at the very start of the file it belongs to no line, header or record;
// anywhere else it is a character of the text. Cost: three byte compares.
inline bool HasUtf8Bom(std::string_view text) { return text.substr(0, kUtf8Bom.size()) == kUtf8Bom; }
inline std::string_view WithoutUtf8Bom(std::string_view text) {
  return HasUtf8Bom(text) ? text.substr(kUtf8Bom.size()) : text;
}

inline void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Decodes one code point at p (p < end). Returns its length in bytes (1..4),
// -1 when the byte at p cannot start a valid sequence (overlong, surrogate,
// beyond U+10FFFF, stray continuation), or 0 when the bytes up to `end` are a
// valid but incomplete prefix. Follows the well-formed table of Unicode 3.9.
inline int DecodeUtf8(const unsigned char* p, const unsigned char* end, uint32_t* cp) {
  const unsigned b0 = p[0];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  int need;
  unsigned lo = 0x80, hi = 0xBF;
  uint32_t c;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1; c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2; c = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3; c = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return -1;
  }
  for (int i = 1; i <= need; ++i) {
    if (p + i >= end) return 0;
    const unsigned b = p[i];
    if (b < lo || b > hi) return -1;
    lo = 0x80; hi = 0xBF;
    c = (c << 6) | (b & 0x3F);
  }
  *cp = c;
  return need + 1;
}

// Calls f(code_point, byte_offset) for every well-formed code point of
// `text`; a byte that cannot start one (invalid or truncated) is skipped.
template <typename F>
inline void ForEachCodePoint(std::string_view text, F&& f) {
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* p = begin;
  const auto* end = p + text.size();
  while (p < end) {
    uint32_t cp;
    const int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) {
      ++p;
      continue;
    }
    f(cp, static_cast<size_t>(p - begin));
    p += n;
  }
}

// Byte offsets of the code point starts of `s` (an invalid byte counts as
// one), plus s.size().
inline std::vector<uint32_t> CodePointStarts(std::string_view s) {
  std::vector<uint32_t> starts;
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = b;
  const auto* end = b + s.size();
  while (p < end) {
    starts.push_back(static_cast<uint32_t>(p - b));
    uint32_t cp;
    const int n = DecodeUtf8(p, end, &cp);
    p += n > 0 ? n : 1;
  }
  starts.push_back(static_cast<uint32_t>(s.size()));
  return starts;
}

// True when `text` is well-formed UTF-8.
inline bool IsValidUtf8(std::string_view text, size_t* bad_offset = nullptr) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    uint32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n <= 0) {
      if (bad_offset) *bad_offset = static_cast<size_t>(p - reinterpret_cast<const unsigned char*>(text.data()));
      return false;
    }
    p += n;
  }
  return true;
}

}  // namespace lanjie

#endif  // LANJIE_ENGINE_NORMALIZE_UTF8_H_
