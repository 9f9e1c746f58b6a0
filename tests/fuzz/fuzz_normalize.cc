// Folding any bytes, whole or split at any point, gives the same folded
// text and offsets that stay inside the input.
#include <cstdint>
#include <string>
#include <string_view>

#include "lanjie/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto table = lanjie::FoldTable::Create(lanjie::NormalizerOptions());
  if (!table.ok() || size == 0) return 0;
  const size_t cut = data[0] % size;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  lanjie::Normalizer whole(table->get()), split(table->get());
  lanjie::NormalizedText a, b;
  whole.Feed(text, &a);
  whole.Finish(&a);
  split.Feed(text.substr(0, cut), &b);
  split.Feed(text.substr(std::min(cut, text.size())), &b);
  split.Finish(&b);
  if (a.view() != b.view()) __builtin_trap();
  for (uint64_t i = a.base(); i < a.end(); ++i)
    if (a.OrigStart(i) > text.size() || a.OrigEnd(i + 1) > text.size()) __builtin_trap();
  return 0;
}
