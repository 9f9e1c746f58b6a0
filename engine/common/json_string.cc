#include "lanjie/common/json_string.h"

#include <cstdint>

#include "lanjie/common/utf8.h"

namespace lanjie {

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // Copy the longest run that needs no escaping (printable ASCII other
    // than '"' and '\\', and valid UTF-8 sequences) in one append.
    const auto* run = p;
    while (p < end) {
      const unsigned char b = *p;
      if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
        ++p;
        continue;
      }
      uint32_t cp;
      const int n = b >= 0x80 ? DecodeUtf8(p, end, &cp) : 0;
      if (n <= 0) break;
      p += n;
    }
    if (p > run) out->append(reinterpret_cast<const char*>(run), p - run);
    if (p == end) break;
    const unsigned char c = *p;
    if (c >= 0x80) {  // not valid UTF-8 here
      out->append("\\ufffd");
      ++p;
      continue;
    }
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {  // other control characters and DEL
        const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out->append(esc, sizeof esc);
      }
    }
    ++p;
  }
  out->push_back('"');
}

}  // namespace lanjie
