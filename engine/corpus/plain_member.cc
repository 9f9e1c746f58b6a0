// See plain_member.h.
#include "plain_member.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <simdjson.h>

namespace lanjie::corpus::internal {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

#if defined(__x86_64__) && defined(__GNUC__)
#define LANJIE_PLAIN_AVX2 1
// The '"', '\\' and control bytes (<= 0x1F) of 32 bytes, as a byte mask.
__attribute__((target("avx2"))) inline __m256i Special32(const char* at) {
  const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at));
  const __m256i quote = _mm256_set1_epi8('"'), slash = _mm256_set1_epi8('\\'), ctl = _mm256_set1_epi8(0x1F);
  return _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x, quote), _mm256_cmpeq_epi8(x, slash)),
                         _mm256_cmpeq_epi8(_mm256_max_epu8(x, ctl), ctl));  // x <= 0x1F unsigned
}

// FirstSpecial with 32-byte vectors, for CPUs that have AVX2 (the build's
// baseline is SSE2): half the instructions per byte. Same result.
__attribute__((target("avx2"))) size_t FirstSpecialAvx2(const char* p, const char* end) {
  // 64 bytes a step; may read up to 63 bytes past end (the caller's padding).
  for (const char* q = p; q < end; q += 64) {
    const __m256i a = Special32(q), b = Special32(q + 32);
    const __m256i any = _mm256_or_si256(a, b);
    if (_mm256_testz_si256(any, any)) continue;
    const uint64_t mask = static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(a))) |
                          static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(b))) << 32;
    const size_t i = static_cast<size_t>(q - p) + static_cast<size_t>(__builtin_ctzll(mask));
    return i < static_cast<size_t>(end - p) ? i : static_cast<size_t>(end - p);
  }
  return static_cast<size_t>(end - p);
}
#endif

// Index of the first '"', '\\' or control byte at or after p (< end), or
// end - p when there is none.
size_t FirstSpecial(const char* p, const char* end) {
#if defined(LANJIE_PLAIN_AVX2)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return FirstSpecialAvx2(p, end);
#endif
  const char* q = p;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1F);
  auto special = [&](const char* at) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                        _mm_cmpeq_epi8(_mm_max_epu8(x, ctl), ctl));  // x <= 0x1F unsigned
  };
  // 64 bytes a step; may read up to 63 bytes past end (the caller's padding).
  for (; q < end; q += 64) {
    const __m128i a = special(q), b = special(q + 16), c = special(q + 32), d = special(q + 48);
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0) continue;
    const uint64_t mask = static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(a))) |
                          static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(b))) << 16 |
                          static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(c))) << 32 |
                          static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(d))) << 48;
    const size_t i = static_cast<size_t>(q - p) + static_cast<size_t>(__builtin_ctzll(mask));
    return i < static_cast<size_t>(end - p) ? i : static_cast<size_t>(end - p);
  }
  return static_cast<size_t>(end - p);
#else
  for (; q < end; ++q) {
    const unsigned char c = static_cast<unsigned char>(*q);
    if (c == '"' || c == '\\' || c < 0x20) break;
  }
  return static_cast<size_t>(q - p);
#endif
}

}  // namespace

bool PlainStringMember(std::string_view line, std::string_view name, std::string_view* value) {
  std::string_view v;
  if (!PlainStringMemberUnchecked(line, name, &v) || !simdjson::validate_utf8(v.data(), v.size())) return false;
  *value = v;
  return true;
}

bool PlainStringMemberUnchecked(std::string_view line, std::string_view name, std::string_view* value) {
  const char* p = line.data();
  const char* const end = p + line.size();
  auto skip_space = [&]() {
    while (p < end && IsJsonSpace(*p)) ++p;
  };
  auto take = [&](char c) {
    if (p == end || *p != c) return false;
    ++p;
    return true;
  };
  if (!PlainNameOk(name)) return false;
  skip_space();
  if (!take('{')) return false;
  skip_space();
  if (!take('"')) return false;
  if (static_cast<size_t>(end - p) < name.size() + 1) return false;
  for (char c : name)  // a short name: a loop, not a call of memcmp per line
    if (*p++ != c) return false;
  if (!take('"')) return false;
  skip_space();
  if (!take(':')) return false;
  skip_space();
  if (!take('"')) return false;
  const char* const v = p;
  p += FirstSpecial(p, end);
  if (!take('"')) return false;  // end of line, a backslash or a control byte: the parser decides
  const std::string_view val(v, static_cast<size_t>(p - 1 - v));
  skip_space();
  if (!take('}')) return false;
  skip_space();
  if (p != end) return false;
  *value = val;
  return true;
}

bool PlainNameOk(std::string_view name) {
  for (char c : name)
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
  return true;
}

bool PlainStringMemberLine(const char* p, const char* limit, std::string_view name, std::string_view* value,
                           const char** nl) {
  // Spaces within the line: JSON whitespace but '\n', which ends it (and
  // bounds every loop below: [p, limit) holds one).
  auto skip_space = [&]() {
    while (*p == ' ' || *p == '\t' || *p == '\r') ++p;
  };
  auto take = [&](char c) {
    if (*p != c) return false;
    ++p;
    return true;
  };
  auto take_name = [&]() {
    for (char c : name)  // stops at the line's '\n' at the latest (no name byte is one)
      if (*p++ != c) return false;
    return true;
  };
  // {"NAME": " as most writers put it is read without the space loops.
  if (p[0] == '{' && p[1] == '"') {
    p += 2;
  } else {
    skip_space();
    if (!take('{')) return false;
    skip_space();
    if (!take('"')) return false;
  }
  if (!take_name()) return false;
  if (p[0] == '"' && p[1] == ':' && p[2] == ' ' && p[3] == '"') {  // stops at the line's '\n' at the latest
    p += 4;
  } else {
    if (!take('"')) return false;
    skip_space();
    if (!take(':')) return false;
    skip_space();
    if (!take('"')) return false;
  }
  const char* const v = p;
  p += FirstSpecial(p, limit);  // the '\n' is a control byte: it stops there at the latest
  if (!take('"')) return false;
  const std::string_view val(v, static_cast<size_t>(p - 1 - v));
  if (p[0] == '}' && p[1] == '\n') {
    ++p;
  } else {
    skip_space();
    if (!take('}')) return false;
    skip_space();
    if (*p != '\n') return false;
  }
  *value = val;
  *nl = p;
  return true;
}

}  // namespace lanjie::corpus::internal
