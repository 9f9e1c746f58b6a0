#include "tools/output.h"

#include <cstdio>

#include "engine/normalize/utf8.h"

namespace lanjie::cli {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c >= 0x80) {
      uint32_t cp;
      const int n = DecodeUtf8(p, end, &cp);
      if (n > 0) {
        out->append(reinterpret_cast<const char*>(p), n);
        p += n;
      } else {
        out->append("\\ufffd");
        ++p;
      }
      continue;
    }
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++p;
  }
  out->push_back('"');
}

}  // namespace lanjie::cli
