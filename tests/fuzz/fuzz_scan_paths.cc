// ScanLines, StreamScanner, StreamFilter and Scan agree on any text made
// of evasion pieces and raw bytes (tests/match/scan_paths.h). Input: byte 0
// picks the list, byte 1 up to three stream cuts (as fractions of the
// text), the rest is the text (ScanPathsText).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "tests/match/scan_paths.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto* checkers = [] {
    auto* v = new std::vector<lanjie::testing::ScanPathsChecker>();
    for (const auto& a : lanjie::testing::ScanPathsArtifacts()) v->emplace_back(a);
    return v;
  }();
  if (checkers->empty()) __builtin_trap();
  if (size < 2) return 0;
  auto& checker = (*checkers)[data[0] % checkers->size()];
  const std::string text = lanjie::testing::ScanPathsText(data + 2, size - 2);
  std::vector<size_t> cuts;
  for (int i = 0; i < (data[1] & 3); ++i) cuts.push_back(text.size() * ((data[1] >> (2 + 2 * i)) & 3) / 4 + i);
  std::sort(cuts.begin(), cuts.end());
  const std::string problem = checker.Check(text, cuts);
  if (!problem.empty()) {
    std::fprintf(stderr, "scan paths disagree: %s\n", problem.c_str());
    __builtin_trap();
  }
  return 0;
}
