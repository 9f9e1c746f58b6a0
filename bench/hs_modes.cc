// Block vs stream mode for one short text: hs_scan against hs_scan_stream +
// hs_reset_stream (what Scanner::Scan does since artifact format 5), same
// literals, same 200-code-point messages. Prints ns per message, alternating.
// Standalone (not built by CMake; raw keywords on raw text, the Hyperscan
// part of a single-text scan only):
//   g++ -O2 -o /tmp/hs_modes bench/hs_modes.cc -lhs
//   /tmp/hs_modes KEYWORDS.txt CORPUS.txt [ROUNDS]
//   valgrind --tool=callgrind /tmp/hs_modes KEYWORDS.txt CORPUS.txt 1   (instructions per call)
#include <hs/hs.h>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>
static int on(unsigned, unsigned long long, unsigned long long, unsigned, void* c) { ++*static_cast<size_t*>(c); return 0; }
int main(int argc, char** argv) {
  std::ifstream kf(argv[1]); std::vector<std::string> kw; std::string l;
  while (std::getline(kf, l)) if (!l.empty()) kw.push_back(l);
  std::vector<const char*> p; std::vector<size_t> len; std::vector<unsigned> fl(kw.size(), 0), ids;
  for (size_t i = 0; i < kw.size(); ++i) { p.push_back(kw[i].data()); len.push_back(kw[i].size()); ids.push_back(i); }
  hs_database_t *block = nullptr, *stream = nullptr; hs_compile_error_t* e = nullptr;
  if (hs_compile_lit_multi(p.data(), fl.data(), ids.data(), len.data(), p.size(), HS_MODE_BLOCK, nullptr, &block, &e)) return 1;
  if (hs_compile_lit_multi(p.data(), fl.data(), ids.data(), len.data(), p.size(), HS_MODE_STREAM, nullptr, &stream, &e)) return 1;
  hs_scratch_t* s = nullptr; hs_alloc_scratch(block, &s); hs_alloc_scratch(stream, &s);
  hs_stream_t* st = nullptr; hs_open_stream(stream, 0, &st);
  std::ifstream cf(argv[2]); std::vector<std::string> msgs; std::string cur; size_t chars = 0; char c;
  while (msgs.size() < 4096 && cf.get(c)) {
    if (c == '\n') continue;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { if (chars == 200) { msgs.push_back(cur); cur.clear(); chars = 0; } ++chars; }
    cur.push_back(c);
  }
  size_t n1 = 0, n2 = 0;
  for (int round = 0; round < (argc > 3 ? std::atoi(argv[3]) : 5); ++round) {
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < 10; ++r) for (auto& m : msgs) hs_scan(block, m.data(), m.size(), 0, s, on, &n1);
    auto t1 = std::chrono::steady_clock::now();
    for (int r = 0; r < 10; ++r) for (auto& m : msgs) { hs_scan_stream(st, m.data(), m.size(), 0, s, on, &n2); hs_reset_stream(st, 0, s, on, &n2); }
    auto t2 = std::chrono::steady_clock::now();
    const double k = 1e9 / (10.0 * msgs.size());
    std::printf("round %d: block %.0f ns, stream+reset %.0f ns per message (%zu / %zu matches)\n", round,
                std::chrono::duration<double>(t1 - t0).count() * k, std::chrono::duration<double>(t2 - t1).count() * k, n1, n2);
  }
  std::printf("database bytes: block %zu, stream %zu\n", [&]{size_t z; hs_database_size(block,&z); return z;}(), [&]{size_t z; hs_database_size(stream,&z); return z;}());
}
