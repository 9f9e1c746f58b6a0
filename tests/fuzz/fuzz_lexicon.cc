// The one keyword importer (ReadLexiconBytes = ReadLexiconFile on bytes) on
// any bytes, in every format it detects: CSV/TSV tables, XLSX workbooks (ZIP
// bytes), plain lists, houbb-style tag lists, any encoding. No crash, every
// line either an entry or a diagnostic; validating and compiling what was
// read never crashes either.
#include <cstdint>
#include <string_view>

#include "lanjie/match/artifact.h"
#include "lanjie/lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  lanjie::ReadOptions options;
  options.default_risk = (data[0] & 0x40) ? "A.1.a" : "";  // without: the category comes from the file name
  lanjie::Lexicon lexicon;
  switch (data[0] % 5) {
    case 0: lanjie::ReadLexiconBytes("fuzz.csv", text, options, &lexicon); break;
    case 1: lanjie::ReadLexiconBytes("fuzz.tsv", text, options, &lexicon); break;
    case 2: lanjie::ReadLexiconBytes("色情.xlsx", text, options, &lexicon); break;
    case 3:
      options.format = lanjie::SourceFormat::kTags;
      lanjie::ReadLexiconBytes("tags.txt", text, options, &lexicon);
      break;
    default: lanjie::ReadLexiconBytes("政治.txt", text, options, &lexicon); break;
  }
  if (lexicon.entries.size() <= 64 && (data[0] & 0x80)) {
    std::vector<lanjie::Diagnostic> diagnostics;
    (void)lanjie::Artifact::Compile(lexicon.entries, lanjie::CompileOptions(), &diagnostics);
  }
  return 0;
}
