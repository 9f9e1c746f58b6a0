// Matcher benchmarks (issue 2 targets; bench/RESULTS.md has the figures).
//
//   build/bench/match_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Every scan benchmark runs on one thread, so bytes_per_second is a
// per-core figure. See bench_data.h for where the data comes from.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench_data.h"
#include "match/compiled.h"
#include "lanjie/match/scanner.h"

namespace lanjie::bench {
namespace {

// Same block size as `lanjie scan`.
constexpr size_t kBlock = 4 << 20;

NormalizerOptions Folding(bool on) {
  if (on) return NormalizerOptions();
  auto none = ParseOptions("none");
  return *none;
}

std::unique_ptr<Scanner> MakeScanner(std::shared_ptr<const Artifact> artifact) {
  auto s = Scanner::Create(std::move(artifact));
  if (!s.ok()) std::abort();
  return std::move(*s);
}

// Whole-line blocks of about kBlock bytes.
std::vector<std::string_view> Blocks(const std::string& text) { return WholeLineBlocks(text, kBlock); }

// args: keyword count, folding on (1) / off (0).
void BM_ScanCorpus(benchmark::State& state) {
  const auto artifact = ArtifactFor(static_cast<size_t>(state.range(0)), Folding(state.range(1) != 0));
  auto scanner = MakeScanner(artifact);
  const Corpus& corpus = GetCorpus();
  const auto blocks = Blocks(corpus.text);
  size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    for (std::string_view block : blocks) {
      auto st = scanner->ScanLines(block, true, [&](size_t, uint64_t, const std::vector<Hit>& h) { hits += h.size(); });
      if (!st.ok()) state.SkipWithError(std::string(st.message()).c_str());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
  state.counters["hits"] = static_cast<double>(hits);
  state.counters["keywords"] = static_cast<double>(artifact->entries().size());
  state.SetLabel(corpus.source);
}
BENCHMARK(BM_ScanCorpus)->ArgNames({"keywords", "fold"})
    ->Args({10000, 1})->Args({10000, 0})->Args({64000, 1})->Args({64000, 0})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

// Variants on (the default: pinyin, homophone, chaizi) and off, side by
// side in one run; folding on. args: keyword count, variants on (1) / off (0).
void BM_ScanVariants(benchmark::State& state) {
  const auto artifact = ArtifactFor(static_cast<size_t>(state.range(0)), Folding(true), state.range(1) != 0);
  auto scanner = MakeScanner(artifact);
  const Corpus& corpus = GetCorpus();
  const auto blocks = Blocks(corpus.text);
  size_t hits = 0, variant_hits = 0;
  for (auto _ : state) {
    hits = variant_hits = 0;
    for (std::string_view block : blocks) {
      auto st = scanner->ScanLines(block, true, [&](size_t, uint64_t, const std::vector<Hit>& h) {
        hits += h.size();
        for (const Hit& x : h) variant_hits += x.via != 0;
      });
      if (!st.ok()) state.SkipWithError(std::string(st.message()).c_str());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.text.size()));
  state.counters["hits"] = static_cast<double>(hits);
  state.counters["variant_hits"] = static_cast<double>(variant_hits);
  state.counters["variant_patterns"] = static_cast<double>(artifact->info().variant_patterns);
}
BENCHMARK(BM_ScanVariants)->ArgNames({"keywords", "variants"})
    ->Args({10000, 1})->Args({10000, 0})->Args({64000, 1})->Args({64000, 0})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

// Compile and load of 64k keywords with variants on and off.
void BM_CompileVariants(benchmark::State& state) {
  std::vector<Entry> entries;
  for (const CompiledEntry& ce : ArtifactFor(64000, Folding(true), false)->entries()) {
    Entry e;
    e.keyword = std::string(ce.keyword);
    e.risk = std::string(ce.risk);
    entries.push_back(std::move(e));
  }
  CompileOptions co;
  if (state.range(0) == 0) co.variants = VariantOptions{false, false, false, false};
  for (auto _ : state) {
    std::vector<Diagnostic> diags;
    auto a = Artifact::Compile(entries, co, &diags);
    if (!a.ok()) state.SkipWithError(std::string(a.status().message()).c_str());
  }
}
BENCHMARK(BM_CompileVariants)->ArgName("variants")->Arg(1)->Arg(0)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadVariants(benchmark::State& state) {
  const std::string path = "/tmp/lanjie_bench_var_" + std::to_string(state.range(0)) + "_" + std::to_string(::getpid()) + ".ljdb";
  if (!ArtifactFor(64000, Folding(true), state.range(0) != 0)->Save(path).ok()) std::abort();
  for (auto _ : state) {
    auto a = Artifact::Load(path);
    if (!a.ok()) state.SkipWithError(std::string(a.status().message()).c_str());
    benchmark::DoNotOptimize(a);
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_LoadVariants)->ArgName("variants")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// The two halves of a scan, apart: folding alone, and Hyperscan alone on
// text folded beforehand (no offsets mapped, no hits resolved).
void BM_FoldOnly(benchmark::State& state) {
  const auto artifact = ArtifactFor(10000, Folding(true));
  Normalizer normalizer(&artifact->fold_table());
  normalizer.set_line_barrier(true);
  normalizer.set_record_offsets(state.range(0) != 0);
  NormalizedText folded;
  const auto blocks = Blocks(GetCorpus().text);
  for (auto _ : state) {
    for (std::string_view block : blocks) {
      normalizer.Reset(0);
      folded.Clear(0);
      normalizer.Feed(block, &folded);
      normalizer.Finish(&folded);
      benchmark::DoNotOptimize(folded.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * GetCorpus().text.size()));
}
BENCHMARK(BM_FoldOnly)->ArgName("offsets")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_HyperscanOnly(benchmark::State& state) {
  const auto artifact = ArtifactFor(static_cast<size_t>(state.range(0)), Folding(true));
  const std::string folded = Fold(artifact->fold_table(), GetCorpus().text);
  // The UTF-8 literal database (stream mode since artifact format 5: one
  // stream per block, as Scanner::Scan uses it for one text).
  hs_database_t* db = *internal::DataOf(*artifact).literal_stream.Get();
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) std::abort();
  size_t matches = 0;
  const auto count = [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
    ++*static_cast<size_t*>(ctx);
    return 0;
  };
  const auto blocks = Blocks(folded);
  for (auto _ : state) {
    matches = 0;
    for (std::string_view block : blocks) {
      hs_stream_t* stream = nullptr;
      if (hs_open_stream(db, 0, &stream) != HS_SUCCESS) std::abort();
      hs_scan_stream(stream, block.data(), static_cast<unsigned>(block.size()), 0, scratch, count, &matches);
      hs_close_stream(stream, scratch, count, &matches);
    }
  }
  hs_free_scratch(scratch);
  // Bytes of ORIGINAL text, so the rate compares with BM_ScanCorpus.
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * GetCorpus().text.size()));
  state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(BM_HyperscanOnly)->ArgName("keywords")->Arg(10000)->Arg(64000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The first `count` keywords (0: all) folded and in the dense code, as
// compile encodes them (Latin word boundaries aside), default folding.
std::vector<std::string> DenseKeywords(const FoldTable& table, size_t count) {
  std::vector<std::string> dense;
  for (size_t i = 0; i < Keywords().size() && (count == 0 || i < count); ++i) {
    std::string d = table.EncodeDense(Fold(table, Keywords()[i]));
    if (!d.empty()) dense.push_back(std::move(d));
  }
  return dense;
}

// The corpus in the dense code, folded in blocks as `lanjie scan` does.
std::vector<std::string> DenseBlocks(const FoldTable& table) {
  std::vector<std::string> blocks;
  for (std::string_view block : Blocks(GetCorpus().text)) {
    Normalizer n(&table);
    n.set_line_barrier(true);
    n.set_record_offsets(false);
    n.set_dense_output(true);
    NormalizedText out;
    n.Feed(block, &out);
    n.Finish(&out);
    blocks.emplace_back(out.view());
  }
  return blocks;
}

// One block-mode literal database of `lits` (ids: their positions), grown
// into *scratch; aborts on failure; null for no literals.
hs_database_t* CompileDense(const std::vector<const std::string*>& lits, hs_scratch_t** scratch) {
  if (lits.empty()) return nullptr;
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  std::vector<unsigned> ids, flags(lits.size(), 0);
  for (const std::string* d : lits) {
    ptrs.push_back(d->data());
    lens.push_back(d->size());
    ids.push_back(static_cast<unsigned>(ids.size()));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(ptrs.size()),
                           HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS ||
      hs_alloc_scratch(db, scratch) != HS_SUCCESS)
    std::abort();
  return db;
}

// True for a dense code of two or three 2-byte codes (two or three common
// CJK characters: 4 or 6 bytes): the side matcher's keywords.
bool SideClass(const std::string& d) { return internal::IsSideCode(d); }

int CountMatch(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

// Hyperscan on the dense code alone (the block pass of `lanjie scan`), the
// keywords' dense codes in one literal database (split 0, as the artifact
// holds them) or in two scanned one after the other: the keywords whose
// dense code is at most `split` bytes apart (6: one or two CJK characters;
// 9: three), or with split 1 those of two or three 2-byte codes
// (SideClass). Issue 16: do FDR's confirm misses fall when the set is
// split? No artifact is compiled, so a 250k list (LANJIE_BENCH_KEYWORDS)
// runs in seconds. args: keyword count (0: all), split, prefix (0: whole
// keywords; P: only their first codes, at most P bytes, deduplicated: what
// FDR alone costs on a prefilter of prefixes, without its confirmation).
void BM_DenseSplit(benchmark::State& state) {
  const auto shared_table = FoldTable::Shared(Folding(true));
  if (!shared_table.ok()) std::abort();
  std::vector<std::string> dense = DenseKeywords(**shared_table, static_cast<size_t>(state.range(0)));
  if (const size_t prefix = static_cast<size_t>(state.range(2)); prefix > 0) {
    for (std::string& d : dense) {
      size_t keep = 0;
      for (size_t i = 0; i < d.size(); ++i)
        if (static_cast<unsigned char>(d[i]) < 0x80 && (i + 1 <= prefix || keep == 0)) keep = i + 1;
      d.resize(keep);
    }
    std::sort(dense.begin(), dense.end());
    dense.erase(std::unique(dense.begin(), dense.end()), dense.end());
  }
  const int64_t split = state.range(1);
  std::vector<std::vector<const std::string*>> parts(2);
  for (const std::string& d : dense)
    parts[split == 0 ? 0 : split == 1 ? !SideClass(d) : d.size() > static_cast<size_t>(split)].push_back(&d);
  hs_scratch_t* scratch = nullptr;
  std::vector<hs_database_t*> dbs;
  for (const auto& part : parts)
    if (hs_database_t* db = CompileDense(part, &scratch)) dbs.push_back(db);
  const std::vector<std::string> blocks = DenseBlocks(**shared_table);
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const std::string& block : blocks)
      for (hs_database_t* db : dbs)
        hs_scan(db, block.data(), static_cast<unsigned>(block.size()), 0, scratch, CountMatch, &matches);
  }
  for (hs_database_t* db : dbs) hs_free_database(db);
  hs_free_scratch(scratch);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * GetCorpus().text.size()));
  state.counters["matches"] = static_cast<double>(matches);
  state.counters["first"] = static_cast<double>(parts[0].size());
  state.counters["literals"] = static_cast<double>(dense.size());
}
BENCHMARK(BM_DenseSplit)->ArgNames({"keywords", "split", "prefix"})->Args({64000, 0, 0})->Args({64000, 6, 0})
    ->Args({64000, 9, 0})->Args({64000, 1, 0})->Args({0, 0, 0})->Args({0, 1, 0})->Args({0, 6, 0})->Args({0, 0, 6})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

// The engine's side matcher (issue 16; match/dense_side.h, round 12's
// version of round 11's prototype) over `lits`, ids their positions.
internal::DenseSide SideOf(const std::vector<const std::string*>& lits) {
  std::vector<internal::SideKeyword> keywords;
  for (size_t id = 0; id < lits.size(); ++id) {
    internal::SideKeyword k{static_cast<uint32_t>(id), static_cast<uint8_t>(lits[id]->size()), {}};
    std::memcpy(k.code, lits[id]->data(), lits[id]->size());
    keywords.push_back(k);
  }
  internal::DenseSide side;
  if (!side.Build(std::move(keywords)).ok()) std::abort();
  return side;
}

// Hyperscan's matches of `lits` in `block` that start on a code boundary.
size_t BoundaryMatches(hs_database_t* db, hs_scratch_t* scratch, const std::string& block,
                       const std::vector<const std::string*>& lits) {
  struct Ctx {
    const std::string* block;
    const std::vector<const std::string*>* lits;
    size_t n;
  } ctx{&block, &lits, 0};
  const auto on = [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* c) {
    auto* x = static_cast<Ctx*>(c);
    const size_t start = to - (*x->lits)[id]->size();
    x->n += start == 0 || static_cast<unsigned char>((*x->block)[start - 1]) < 0x80;
    return 0;
  };
  hs_scan(db, block.data(), static_cast<unsigned>(block.size()), 0, scratch, on, &ctx);
  return ctx.n;
}

// The dense pass as the artifact does it (side 0: one database of every
// keyword) against Hyperscan on the keywords outside SideClass plus
// the engine's side matcher on those inside (side 1). Before timing, checks that the
// side matcher finds exactly Hyperscan's code-boundary matches of its
// keywords (the run fails otherwise). args: keyword count (0: all), side.
void BM_DenseSide(benchmark::State& state) {
  const auto shared_table = FoldTable::Shared(Folding(true));
  if (!shared_table.ok()) std::abort();
  const std::vector<std::string> dense = DenseKeywords(**shared_table, static_cast<size_t>(state.range(0)));
  const bool side = state.range(1) != 0;
  std::vector<const std::string*> all, rest, inside;
  for (const std::string& d : dense) {
    all.push_back(&d);
    (SideClass(d) ? inside : rest).push_back(&d);
  }
  hs_scratch_t* scratch = nullptr;
  hs_database_t* db = CompileDense(side ? rest : all, &scratch);
  const internal::DenseSide matcher = SideOf(inside);
  std::vector<internal::BlockMatch> found;
  const std::vector<std::string> blocks = DenseBlocks(**shared_table);
  {
    hs_database_t* check = CompileDense(inside, &scratch);
    size_t want = 0, got = 0;
    for (const std::string& block : blocks) {
      if (check) want += BoundaryMatches(check, scratch, block, inside);
      found.clear();
      matcher.Scan(reinterpret_cast<const unsigned char*>(block.data()), block.size(), &found);
      got += found.size();
    }
    if (check) hs_free_database(check);
    if (want != got) state.SkipWithError("DenseSide and Hyperscan disagree");
  }
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const std::string& block : blocks) {
      if (db) hs_scan(db, block.data(), static_cast<unsigned>(block.size()), 0, scratch, CountMatch, &matches);
      if (side) {
        found.clear();
        matcher.Scan(reinterpret_cast<const unsigned char*>(block.data()), block.size(), &found);
        matches += found.size();
      }
    }
  }
  if (db) hs_free_database(db);
  hs_free_scratch(scratch);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * GetCorpus().text.size()));
  state.counters["matches"] = static_cast<double>(matches);
  state.counters["side_keywords"] = static_cast<double>(inside.size());
}
BENCHMARK(BM_DenseSide)->ArgNames({"keywords", "side"})->Args({64000, 0})->Args({64000, 1})->Args({0, 0})
    ->Args({0, 1})->Unit(benchmark::kMillisecond)->UseRealTime();

// Messages of 200 code points cut from the corpus (newlines removed).
std::vector<std::string> Messages(size_t count) {
  const std::string& text = GetCorpus().text;
  std::vector<std::string> out;
  std::string cur;
  size_t chars = 0;
  for (size_t i = 0; i < text.size() && out.size() < count; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') continue;
    if ((c & 0xC0) != 0x80) {
      if (chars == 200) {
        out.push_back(cur);
        cur.clear();
        chars = 0;
      }
      ++chars;
    }
    cur.push_back(static_cast<char>(c));
  }
  return out;
}

void BM_Message200(benchmark::State& state) {
  auto scanner = MakeScanner(ArtifactFor(static_cast<size_t>(state.range(0)), Folding(true)));
  const auto messages = Messages(4096);
  std::vector<Hit> hits;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& m = messages[i++ & 4095];
    bytes += m.size();
    if (!scanner->Scan(m, &hits).ok()) state.SkipWithError("scan failed");
    benchmark::DoNotOptimize(hits.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Message200)->ArgName("keywords")->Arg(10000)->Arg(64000)->Unit(benchmark::kMicrosecond);

const std::string& SavedArtifact64k() {
  static const std::string path = [] {
    std::string p = "/tmp/lanjie_bench_64k_" + std::to_string(::getpid()) + ".ljdb";
    if (!ArtifactFor(64000, Folding(true))->Save(p).ok()) std::abort();
    return p;
  }();
  return path;
}

void BM_ArtifactLoad(benchmark::State& state) {
  const std::string& path = SavedArtifact64k();
  for (auto _ : state) {
    auto a = Artifact::Load(path);
    if (!a.ok()) state.SkipWithError(std::string(a.status().message()).c_str());
    benchmark::DoNotOptimize(a);
  }
  state.counters["keywords"] = static_cast<double>(ArtifactFor(64000, Folding(true))->entries().size());
}
BENCHMARK(BM_ArtifactLoad)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Compile(benchmark::State& state) {
  const std::vector<Entry> entries = [&] {
    // The entries the cached artifact kept (garbage lines already dropped).
    const auto artifact = ArtifactFor(static_cast<size_t>(state.range(0)), Folding(true));
    std::vector<Entry> out;
    for (const auto& ce : artifact->entries()) {
      Entry e;
      e.keyword = ce.keyword;
      e.risk = ce.risk;
      e.source = ce.source;
      e.line = ce.line;
      out.push_back(std::move(e));
    }
    return out;
  }();
  for (auto _ : state) {
    std::vector<Diagnostic> diags;
    auto a = Artifact::Compile(entries, CompileOptions(), &diags);
    if (!a.ok()) state.SkipWithError(std::string(a.status().message()).c_str());
    benchmark::DoNotOptimize(a);
  }
  state.counters["keywords"] = static_cast<double>(entries.size());
}
BENCHMARK(BM_Compile)->ArgName("keywords")->Arg(64000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace lanjie::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::fprintf(stderr, "keywords: %s (%zu lines)\ncorpus: %s (%.1f MB)\n", lanjie::bench::KeywordSource().c_str(),
               lanjie::bench::Keywords().size(), lanjie::bench::GetCorpus().source.c_str(),
               lanjie::bench::GetCorpus().text.size() / 1e6);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::remove(("/tmp/lanjie_bench_64k_" + std::to_string(::getpid()) + ".ljdb").c_str());
  return 0;
}
