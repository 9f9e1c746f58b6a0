// Whole-file reads and line iteration shared by the importers.
#ifndef LANJIE_ENGINE_COMMON_TEXT_IO_H_
#define LANJIE_ENGINE_COMMON_TEXT_IO_H_

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"

namespace lanjie {

// The bytes of `path`; errors name the path.
inline absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return ss.str();
}

// Calls fn(line_number, line) for every '\n'-separated line of `text`
// (1-based numbers; a trailing '\r' removed; no call after a final '\n').
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  uint32_t line = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    fn(line, raw);
  }
}

}  // namespace lanjie

#endif  // LANJIE_ENGINE_COMMON_TEXT_IO_H_
