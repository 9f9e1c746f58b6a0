// Folding any bytes, whole or split at any point, gives the same folded
// text and offsets that stay inside the input; folding to the dense code
// (ScanLines' block pass) gives exactly the dense code of the UTF-8 folding
// and the same line breaks.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/normalize/normalize.h"

namespace {

std::string FoldBlock(const lanjie::FoldTable& table, std::string_view text, bool dense,
                      std::vector<lanjie::Normalizer::LineBreak>* breaks) {
  lanjie::Normalizer n(&table);
  n.set_line_barrier(true);
  n.set_record_offsets(false);
  n.set_dense_output(dense);
  n.set_line_breaks(breaks);
  lanjie::NormalizedText out;
  n.Feed(text, &out);
  n.Finish(&out);
  return std::string(out.view());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto table = lanjie::FoldTable::Create(lanjie::NormalizerOptions());
  static const auto keep_noise = [] {
    lanjie::NormalizerOptions o;
    o.remove_noise = false;
    return lanjie::FoldTable::Create(o);
  }();
  if (!table.ok() || !keep_noise.ok() || size == 0) return 0;
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

  for (const auto* t : {table->get(), keep_noise->get()}) {
    std::vector<lanjie::Normalizer::LineBreak> utf8_breaks, dense_breaks;
    const std::string utf8 = FoldBlock(*t, text, false, &utf8_breaks);
    if (FoldBlock(*t, text, true, &dense_breaks) != t->EncodeDense(utf8)) __builtin_trap();
    if (utf8_breaks.size() != dense_breaks.size()) __builtin_trap();
    for (size_t i = 0; i < utf8_breaks.size(); ++i)
      if (utf8_breaks[i].orig != dense_breaks[i].orig || text[utf8_breaks[i].orig] != '\n') __builtin_trap();
  }
  return 0;
}
