// Keyword list parsers (CSV/TSV tables and plain lists) on any bytes: no
// crash, every line either an entry or a diagnostic; compiling what was read
// never crashes either.
#include <cstdint>
#include <string_view>

#include "lanjie/match/artifact.h"
#include "lanjie/lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  lanjie::ReadOptions options;
  options.default_risk = "A.1.a";
  lanjie::Lexicon lexicon;
  switch (data[0] % 3) {
    case 0: lanjie::ReadLexiconText("fuzz.csv", text, true, ',', options, &lexicon); break;
    case 1: lanjie::ReadLexiconText("fuzz.tsv", text, true, '\t', options, &lexicon); break;
    default: lanjie::ReadLexiconText("fuzz.txt", text, false, ',', options, &lexicon); break;
  }
  if (lexicon.entries.size() <= 64 && (data[0] & 0x80)) {
    std::vector<lanjie::Diagnostic> diagnostics;
    (void)lanjie::Artifact::Compile(lexicon.entries, lanjie::CompileOptions(), &diagnostics);
  }
  return 0;
}
