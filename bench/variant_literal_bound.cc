// Issue 11, round 15: how fast could the variants-on scan be if the walk's
// common path were a Hyperscan literal database over a syllable stream?
// A bound, not the engine: it times, on the same dense code the scanner
// folds, (a) writing a syllable stream (one 2-byte unit per 2-byte code,
// same length and offsets as the dense code), (b) hs_scan of the variant
// patterns' syllable sequences (and their 拆字 component sequences) as
// literals over it, (c) the exact walk (VariantMatcher::FeedDense) run only
// on a window before each literal match; beside them, in the same process
// and interleaved, the scanner's ScanLines with variants off and on and the
// full walk alone; and (d) 拆字 apart: the component pairs as literals of
// two dense codes over the dense code. Prints medians of thread CPU time
// and the bound:
//   variants-off / (variants-on - full walk + a + b + c).
// LITERAL_SET and LITERAL_ENC (below) pick the literals and the stream's
// encoding. With bench/variant_literal_bound_probe.patch applied to the
// engine and -DLANJIE_V15_PROBE=ON it also times the fold writing a
// one-byte stream itself (a cost probe: the bytes are not syllables).
//
//   build/bench/variant_literal_bound ON.ljdb OFF.ljdb CORPUS [RUNS]
//
// bench/variant-literal-bound.sh runs it on the 10k and 64k lists; figures
// in bench/RESULTS.md, "Variant walk round 15".
#include <hs/hs.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench_data.h"
#include "lanjie/match/scanner.h"
#include "lanjie/normalize/normalize.h"
#include "match/compiled.h"
#include "match/variants.h"

#ifdef LANJIE_V15_PROBE
namespace lanjie {
extern unsigned char* lanjie_v15_probe;
extern unsigned lanjie_v15_probe_inc;
}  // namespace lanjie
#endif

namespace {

using lanjie::internal::CompiledData;
using lanjie::internal::VariantData;

double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

[[noreturn]] void Die(const std::string& m) {
  std::fprintf(stderr, "variant_literal_bound: %s\n", m.c_str());
  std::exit(1);
}

// A syllable as a stream unit: a first byte >= 0x80 and a second < 0x80, so
// a literal (a sequence of units) can only match at a unit boundary, and
// the stream keeps the dense code's length and offsets.
// LITERAL_ENC=1: the high bits in the first byte instead (0x80 | syl >> 2,
// syl & 3): the same information, other byte statistics for Hyperscan.
int Encoding() {
  static const int e = std::getenv("LITERAL_ENC") ? std::atoi(std::getenv("LITERAL_ENC")) : 0;
  return e;
}
uint16_t UnitOf(uint16_t syl) {
  if (Encoding() == 1) return static_cast<uint16_t>((0x80 | (syl >> 2)) | (syl & 3) << 8);
  return static_cast<uint16_t>((0x80 | (syl & 0x7F)) | (syl >> 7) << 8);
}
// LITERAL_ENC=2: one byte a code (1 + syl % 255; ASCII and 3-byte codes
// 0): a compact stream, more entropy a byte; its offsets are not the dense
// code's, so the stream pass records the dense offset of every 64th code
// and the confirmation finds a match's dense end from there.
uint8_t ByteOf(uint16_t syl) { return static_cast<uint8_t>(syl == 0 ? 0 : 1 + syl % 255); }
void PutUnit(std::string* s, uint16_t syl) {
  if (Encoding() == 2) {
    s->push_back(static_cast<char>(ByteOf(syl)));
    return;
  }
  const uint16_t u = UnitOf(syl);
  s->push_back(static_cast<char>(u & 0xFF));
  s->push_back(static_cast<char>(u >> 8));
}

uint32_t Decode(const char*& p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  uint32_t cp;
  int n;
  if (u[0] < 0x80) { cp = u[0]; n = 1; }
  else if (u[0] < 0xE0) { cp = (u[0] & 0x1F) << 6 | (u[1] & 0x3F); n = 2; }
  else if (u[0] < 0xF0) { cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F); n = 3; }
  else { cp = (u[0] & 0x07) << 18 | (u[1] & 0x3F) << 12 | (u[2] & 0x3F) << 6 | (u[3] & 0x3F); n = 4; }
  p += n;
  return cp;
}

struct Literals {
  std::vector<std::string> text;
  size_t from_patterns = 0, chaizi = 0;
};

// The literal set: a homophone pattern's syllables; for a pattern that
// allows 拆字, each position's syllable replaced by the two component
// syllables of a character read that way (the keyword's own character, or
// any character when the pattern also allows homophones). Only one
// component pair a literal, and components as Chaizi() lists them (not the
// radical-as-full-character spellings): a slight undercount.
Literals BuildLiterals(const CompiledData& d) {
  const VariantData& data = VariantData::Get();
  // Characters with a 拆字 entry, by primary syllable: (char, s_a, s_b).
  std::map<uint16_t, std::vector<std::array<uint32_t, 3>>> by_syl;
  for (uint32_t cp = 0x3400; cp < 0xFB00; ++cp) {
    const std::string_view c = data.Chaizi(cp);
    if (c.empty()) continue;
    const char* p = c.data();
    const uint32_t a = Decode(p);
    if (p >= c.data() + c.size()) continue;
    const uint32_t b = Decode(p);
    const uint16_t s = data.Primary(cp);
    if (s == 0) continue;
    by_syl[s].push_back({cp, data.Primary(a), data.Primary(b)});
  }
  // LITERAL_SET=homophone: the homophone patterns only; own: 拆字 only of
  // the keyword's own characters (both fewer than the walk needs: bounds).
  const char* set = std::getenv("LITERAL_SET");
  const std::string which = set ? set : "all";
  std::map<std::string, uint32_t> seen;
  Literals out;
  auto add = [&](std::string s, bool chaizi) {
    if (seen.emplace(s, static_cast<uint32_t>(out.text.size())).second) {
      out.text.push_back(std::move(s));
      (chaizi ? out.chaizi : out.from_patterns)++;
    }
  };
  for (const auto& p : d.variant_patterns) {
    const uint16_t* syl = d.variant_syllables.data() + p.offset;
    const uint32_t* chars = d.variant_chars.data() + p.offset;
    if (p.classes & 2) {
      std::string s;
      for (uint32_t k = 0; k < p.length; ++k) PutUnit(&s, syl[k]);
      add(std::move(s), false);
    }
    if (!(p.classes & 4) || which == "homophone") continue;
    for (uint32_t k = 0; k < p.length; ++k) {
      auto it = by_syl.find(syl[k]);
      if (it == by_syl.end()) continue;
      for (const auto& [cp, sa, sb] : it->second) {
        if (cp != chars[k] && (!(p.classes & 2) || which == "own")) continue;
        std::string s;
        for (uint32_t j = 0; j < p.length; ++j) {
          if (j == k) {
            PutUnit(&s, sa);
            PutUnit(&s, sb);
          } else {
            PutUnit(&s, syl[j]);
          }
        }
        add(std::move(s), true);
      }
    }
  }
  return out;
}

std::vector<std::string_view> Blocks(const std::string& text) { return lanjie::bench::WholeLineBlocks(text, 4 << 20); }

struct Match {
  uint64_t end;
  unsigned id;
};
int OnMatch(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) {
  static_cast<std::vector<Match>*>(ctx)->push_back({to, id});
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) Die("usage: variant_literal_bound ON.ljdb OFF.ljdb CORPUS [RUNS]");
  const int runs = argc > 4 ? std::atoi(argv[4]) : 5;
  auto on = lanjie::Artifact::Load(argv[1]);
  auto off = lanjie::Artifact::Load(argv[2]);
  if (!on.ok() || !off.ok()) Die("cannot load the artifacts");
  const CompiledData& d = lanjie::internal::DataOf(**on);
  if (d.variant_patterns.empty()) Die("ON has no variant patterns");
  std::ifstream f(argv[3], std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string text = ss.str();
  const auto blocks = Blocks(text);

  // The literal database (what compile would store in the artifact).
  const VariantData& vdata = VariantData::Get();
  double t0 = CpuMs();
  const Literals lits = BuildLiterals(d);
  const double expand_ms = CpuMs() - t0;
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags(lits.text.size(), 0), ids;
  for (size_t i = 0; i < lits.text.size(); ++i) {
    ptrs.push_back(lits.text[i].data());
    lens.push_back(lits.text[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  t0 = CpuMs();
  if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(ptrs.size()),
                           HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS)
    Die(std::string("hs_compile_lit_multi: ") + (err ? err->message : "?"));
  const double compile_ms = CpuMs() - t0;
  char* bytes = nullptr;
  size_t nbytes = 0;
  if (hs_serialize_database(db, &bytes, &nbytes) != HS_SUCCESS) Die("serialize");
  std::vector<double> load_ms;
  for (int r = 0; r < 5; ++r) {
    hs_database_t* db2 = nullptr;
    t0 = CpuMs();
    if (hs_deserialize_database(bytes, nbytes, &db2) != HS_SUCCESS) Die("deserialize");
    load_ms.push_back(CpuMs() - t0);
    hs_free_database(db2);
  }
  std::free(bytes);
  size_t db_size = 0;
  hs_database_size(db, &db_size);
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) Die("scratch");

  // 拆字 apart from the stream: every component pair (as Chaizi() lists
  // it) as a literal of two dense codes, scanned over the dense code itself
  // (timed as (d)); its matches would go to the same windowed walk.
  lanjie::Normalizer pair_norm(&(*on)->fold_table());
  std::vector<std::string> pairs;
  {
    std::map<std::string, int> seen_pairs;
    for (uint32_t cp = 0x3400; cp < 0xFB00; ++cp) {
      const std::string_view c = vdata.Chaizi(cp);
      if (c.empty()) continue;
      lanjie::NormalizedText t;
      pair_norm.set_dense_output(true);
      pair_norm.Reset(0);
      t.Clear(0);
      pair_norm.Feed(c, &t);
      pair_norm.Finish(&t);
      if (t.size() >= 2 && seen_pairs.emplace(std::string(t.data(), t.size()), 0).second)
        pairs.emplace_back(t.data(), t.size());
    }
  }
  hs_database_t* pair_db = nullptr;
  {
    std::vector<const char*> pp;
    std::vector<size_t> pl;
    std::vector<unsigned> pf(pairs.size(), 0), pi;
    for (size_t i = 0; i < pairs.size(); ++i) {
      pp.push_back(pairs[i].data());
      pl.push_back(pairs[i].size());
      pi.push_back(static_cast<unsigned>(i));
    }
    if (hs_compile_lit_multi(pp.data(), pf.data(), pi.data(), pl.data(), static_cast<unsigned>(pp.size()),
                             HS_MODE_BLOCK, nullptr, &pair_db, &err) != HS_SUCCESS)
      Die("pair literals");
  }
  hs_scratch_t* pair_scratch = nullptr;
  if (hs_alloc_scratch(pair_db, &pair_scratch) != HS_SUCCESS) Die("pair scratch");

  // The stream unit of every 2-byte dense code ((hi & 0x7F) << 7 | lo).
  std::vector<uint16_t> unit(1 << 14);
  std::vector<uint8_t> byte(1 << 14);
  for (unsigned hi = 0x80; hi < 0x100; ++hi)
    for (unsigned lo = 0; lo < 0x80; ++lo) {
      const uint16_t syl = vdata.Primary(vdata.DenseToken(hi, lo) & 0xFFFF);
      unit[((hi & 0x7F) << 7) | lo] = UnitOf(syl);
      byte[((hi & 0x7F) << 7) | lo] = ByteOf(syl);
    }

  // The dense code of every block, folded as the scanner folds it.
  lanjie::Normalizer norm(&(*on)->fold_table());
  std::vector<lanjie::NormalizedText> dense(blocks.size());
  std::vector<double> fold_ms;
  auto fold_all = [&]() __attribute__((noinline)) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      norm.set_line_barrier(true);
      norm.set_record_offsets(false);
      norm.set_dense_output(true);
      norm.Reset(0);
      dense[i].Clear(0);
      norm.Feed(blocks[i], &dense[i]);
      norm.Finish(&dense[i]);
    }
  };
  std::vector<std::string> stream(blocks.size());
  std::vector<std::vector<uint32_t>> checkpoints(blocks.size());
  auto build_streams = [&]() __attribute__((noinline)) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(dense[i].data());
      const size_t n = dense[i].size();
      std::string& s = stream[i];
      s.resize(n);
      if (Encoding() == 2) {
        size_t k = 0, q = 0;
        auto* o = reinterpret_cast<unsigned char*>(s.data());
        // ck[g] = the dense offset where the code of stream index 64 g
        // starts (the loop runs in groups of 64 codes).
        std::vector<uint32_t>& ck = checkpoints[i];
        ck.resize(n / 64 + 2);
        while (k + 1 < n) {
          ck[q >> 6] = static_cast<uint32_t>(k);
          for (int j = 0; j < 64 && k + 1 < n; ++j, ++q) {
            const unsigned b = p[k];
            if (b < 0x80) {
              o[q] = 0;
              ++k;
            } else if (p[k + 1] < 0x80) {
              o[q] = byte[((b & 0x7F) << 7) | p[k + 1]];
              k += 2;
            } else {
              o[q] = 0;
              k += 3;
            }
          }
        }
        s.resize(q);
        continue;
      }
      auto* o = reinterpret_cast<unsigned char*>(s.data());
      size_t k = 0;
      while (k + 1 < n) {
        const unsigned b = p[k];
        if (b < 0x80) {
          o[k] = static_cast<unsigned char>(b);
          ++k;
        } else if (p[k + 1] < 0x80) {
          std::memcpy(o + k, &unit[((b & 0x7F) << 7) | p[k + 1]], 2);
          k += 2;
        } else {
          o[k] = 0;
          o[k + 1] = 0;
          if (k + 2 < n) o[k + 2] = 0;
          k += 3;
        }
      }
      for (; k < n; ++k) o[k] = 0;
    }
  };
  std::vector<std::vector<Match>> matches(blocks.size());
  auto hs_all = [&]() __attribute__((noinline)) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      matches[i].clear();
      if (hs_scan(db, stream[i].data(), static_cast<unsigned>(stream[i].size()), 0, scratch, OnMatch, &matches[i]) !=
          HS_SUCCESS)
        Die("hs_scan");
    }
  };
  std::vector<std::vector<Match>> pair_matches(blocks.size());
  auto pairs_all = [&]() __attribute__((noinline)) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      pair_matches[i].clear();
      if (hs_scan(pair_db, dense[i].data(), static_cast<unsigned>(dense[i].size()), 0, pair_scratch, OnMatch,
                  &pair_matches[i]) != HS_SUCCESS)
        Die("hs_scan pairs");
    }
  };
  lanjie::internal::VariantMatcher walker(&d);
  size_t full_candidates = 0, window_candidates = 0, windows = 0;
  auto full_walk = [&]() __attribute__((noinline)) {
    full_candidates = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
      walker.Reset();
      walker.FeedDense(dense[i].data(), dense[i].size(), 0);
      walker.Finish();
      full_candidates += walker.candidates().size();
    }
  };
  // The exact walk on windows that end at the literal matches: from
  // max_variant_length + 1 codes of 3 bytes before the match's end (moved
  // back to a code boundary), continuing where the window before stopped
  // when they overlap.
  const uint64_t back = 3 * (d.max_variant_length + 1);
  // The dense offset after the code at stream index q - 1 (LITERAL_ENC=2).
  auto dense_end = [&](size_t i, uint64_t q) {
    const auto* p = reinterpret_cast<const unsigned char*>(dense[i].data());
    uint64_t at = (q - 1) & ~uint64_t{63}, k = checkpoints[i][(q - 1) >> 6];
    for (; at < q; ++at) k += p[k] < 0x80 ? 1 : p[k + 1] < 0x80 ? 2 : 3;
    return k;
  };
  auto confirm = [&]() __attribute__((noinline)) {
    window_candidates = windows = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(dense[i].data());
      if (Encoding() == 2)
        for (Match& m : matches[i]) m.end = dense_end(i, m.end);
      uint64_t covered = 0;
      bool open = false;
      for (const Match& m : matches[i]) {
        if (open && m.end <= covered) continue;
        uint64_t from = m.end > back ? m.end - back : 0;
        while (from > 0 && p[from - 1] >= 0x80) --from;
        if (!open || from > covered) {
          if (open) {
            walker.Finish();
            window_candidates += walker.candidates().size();
          }
          walker.Reset();
          ++windows;
          covered = from;
          open = true;
        }
        walker.FeedDense(dense[i].data() + covered, m.end - covered, covered);
        covered = m.end;
      }
      if (open) {
        walker.Finish();
        window_candidates += walker.candidates().size();
      }
    }
  };
  auto scan_with = [&](lanjie::Scanner& s, size_t* hits) {
    *hits = 0;
    for (std::string_view b : blocks) {
      auto st = s.ScanLines(b, true, [&](size_t, uint64_t, const std::vector<lanjie::Hit>& h) { *hits += h.size(); });
      if (!st.ok()) Die(std::string(st.message()));
    }
  };
  auto son = lanjie::Scanner::Create(*on);
  auto soff = lanjie::Scanner::Create(*off);
  if (!son.ok() || !soff.ok()) Die("scanner");

  std::vector<double> t_off, t_on, t_fold, t_stream, t_hs, t_walk, t_confirm, t_fold_probe, t_pairs;
#ifdef LANJIE_V15_PROBE
  std::vector<unsigned char> probe_buf(text.size() + 64);
#endif
  size_t hits_on = 0, hits_off = 0;
  for (int r = 0; r < runs + 1; ++r) {  // run 0 warms up
    double a = CpuMs();
    scan_with(**soff, &hits_off);
    double b = CpuMs();
    scan_with(**son, &hits_on);
    double c = CpuMs();
    fold_all();
    double e = CpuMs();
    build_streams();
    double g = CpuMs();
    hs_all();
    double h = CpuMs();
    full_walk();
    double j = CpuMs();
    confirm();
    double k = CpuMs();
    pairs_all();
    t_pairs.push_back(CpuMs() - k);
#ifdef LANJIE_V15_PROBE
    lanjie::lanjie_v15_probe = probe_buf.data();
    lanjie::lanjie_v15_probe_inc = 1;
    double fp0 = CpuMs();
    fold_all();
    t_fold_probe.push_back(CpuMs() - fp0);
    lanjie::lanjie_v15_probe = nullptr;
    lanjie::lanjie_v15_probe_inc = 0;
#endif
    if (r == 0) continue;
    t_off.push_back(b - a);
    t_on.push_back(c - b);
    t_fold.push_back(e - c);
    t_stream.push_back(g - e);
    t_hs.push_back(h - g);
    t_walk.push_back(j - h);
    t_confirm.push_back(k - j);
  }
  size_t nmatch = 0, bytes_dense = 0, npair = 0;
  for (size_t i = 0; i < blocks.size(); ++i)
    nmatch += matches[i].size(), bytes_dense += dense[i].size(), npair += pair_matches[i].size();
  t_pairs.erase(t_pairs.begin());  // run 0
  std::printf("拆字 apart: %zu component pairs as dense literals, %zu matches, (d) hs_scan over the dense code %.1f ms\n",
              pairs.size(), npair, Median(t_pairs));
  const double offm = Median(t_off), onm = Median(t_on), st = Median(t_stream), hs = Median(t_hs),
               walk = Median(t_walk), conf = Median(t_confirm);
  std::printf("artifact %s: %zu variant patterns, max length %u\n", argv[1], d.variant_patterns.size(),
              d.max_variant_length);
  std::printf("literals: %zu (%zu from homophone patterns, %zu 拆字), expand %.1f ms, hs compile %.1f ms CPU, "
              "database %zu bytes (serialized %zu), deserialize %.2f ms\n",
              lits.text.size(), lits.from_patterns, lits.chaizi, expand_ms, compile_ms, db_size, nbytes,
              Median(load_ms));
  std::printf("text %zu bytes, dense %zu bytes, %zu blocks; hits off %zu, on %zu\n", text.size(), bytes_dense,
              blocks.size(), hits_off, hits_on);
  std::printf("literal matches %zu (%.1f per KB of dense code), confirmation windows %zu; walk candidates: full %zu, "
              "windows %zu\n",
              nmatch, 1e3 * nmatch / bytes_dense, windows, full_candidates, window_candidates);
  std::printf("CPU ms (median of %d): off scan %.1f | on scan %.1f | fold %.1f | (a) stream %.1f | (b) hs_scan "
              "%.1f | full walk %.1f | (c) windowed walk %.1f\n",
              runs, offm, onm, Median(t_fold), st, hs, walk, conf);
  std::printf("on/off today %.0f%%; bound with the literal design: off / (on - walk + a + b + c) = %.0f%%; "
              "(a + b + c) alone over off: off / (off + a + b + c) = %.0f%%\n",
              100 * offm / onm, 100 * offm / (onm - walk + st + hs + conf), 100 * offm / (offm + st + hs + conf));
  if (!t_fold_probe.empty())
    std::printf("fold with the compact stream written by the fold's CJK loop (probe): %.1f ms (fold without: %.1f)\n",
                Median(t_fold_probe), Median(t_fold));
  hs_free_scratch(pair_scratch);
  hs_free_database(pair_db);
  hs_free_scratch(scratch);
  hs_free_database(db);
  return 0;
}
