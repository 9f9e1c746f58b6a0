// Data for the matcher benchmarks: the real lists and corpus from
// ../shared/data when present, generated stand-ins otherwise.
//
// Environment (benchmarks only; the engine never reads it):
//   LANJIE_BENCH_KEYWORDS  a plain keyword list, one per line
//                          (default: houbb's sensitive_word_dict.txt)
//   LANJIE_BENCH_CORPUS    an uncompressed UTF-8 text file
//                          (default: chinese-poetry.txt.gz, decompressed)
//   LANJIE_BENCH_CORPUS_MB how many MB of the corpus to keep (default 32)
#ifndef LANJIE_BENCH_BENCH_DATA_H_
#define LANJIE_BENCH_BENCH_DATA_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lanjie/match/artifact.h"

namespace lanjie::bench {

struct Corpus {
  std::string text;    // whole lines
  std::string source;  // file it came from, or "generated"
};

// Keywords, in file order (the first 10k of the list are the "10k" case).
const std::vector<std::string>& Keywords();
const std::string& KeywordSource();
const Corpus& GetCorpus();

// Compiles the first `count` keywords (risk A.1.h) with `options`; cached per
// (count, options string). Aborts the benchmark program on failure.
// With `variants` false (the default: the figures of the matcher itself, as
// the peers in bench/peers.sh match) the list is compiled with --variants off;
// BM_ScanVariants measures both side by side.
std::shared_ptr<const Artifact> ArtifactFor(size_t count, const NormalizerOptions& options, bool variants = false);

std::vector<Entry> EntriesFor(size_t count);

// `text` cut into blocks of whole lines of about `block_bytes` each (a line
// longer than that is a block of its own); views into `text`.
std::vector<std::string_view> WholeLineBlocks(const std::string& text, size_t block_bytes);

}  // namespace lanjie::bench

#endif  // LANJIE_BENCH_BENCH_DATA_H_
