// Turning the bytes of a keyword file into UTF-8, whatever encoding it was
// saved in: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); valid UTF-8 is taken
// as is; anything else goes to ICU's charset detection (ucsdet) and is
// converted with ICU (ucnv). The detected encoding is reported, and bytes that
// do not decode are counted with the line of the first one, so a wrong guess
// is visible instead of silently producing garbage.
//
// Cost: one validation pass, plus detection over at most the first 1 MiB and
// one conversion pass for non-UTF-8 input.
#ifndef LANJIE_ENGINE_LEXICON_DECODE_H_
#define LANJIE_ENGINE_LEXICON_DECODE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "lanjie/common/export.h"

namespace lanjie {

struct DecodedText {
  std::string utf8;        // converted text, BOM removed, line ends untouched
  std::string encoding;    // e.g. "UTF-8", "UTF-16LE", "GB18030"
  std::string how;         // "BOM", "valid UTF-8", "detected (confidence 80)", "given"
  int confidence = 100;    // ICU's 0..100 when detected
  uint64_t bad_chars = 0;  // characters that did not decode (became U+FFFD)
  uint32_t first_bad_line = 0;  // 1-based line of the first one, 0 if none
};

// `encoding`: "" or "auto" to detect, otherwise an ICU converter name
// ("GB18030", "GBK", "UTF-16LE", "Big5" ...). `name` is used in errors.
LANJIE_EXPORT
absl::StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view name,
                                         std::string_view encoding = "");

}  // namespace lanjie

#endif  // LANJIE_ENGINE_LEXICON_DECODE_H_
