// The SSE parser on any bytes, split at any point: same events either way,
// memory bounded by the event limit.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/sse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t cut = data[0] % size;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  lanjie::SseParser whole(4096), split(4096);
  std::vector<std::string> a, b;
  const bool ok_whole = whole.Feed(text, &a).ok();
  bool ok_split = split.Feed(text.substr(0, cut), &b).ok();
  if (ok_split) ok_split = split.Feed(text.substr(std::min(cut, text.size())), &b).ok();
  if (ok_whole != ok_split) __builtin_trap();
  if (ok_whole && a != b) __builtin_trap();
  return 0;
}
