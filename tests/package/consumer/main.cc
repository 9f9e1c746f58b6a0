// Uses the installed C++ API: compile a list, scan a text with an evasion,
// check the original span. Exits 0 when every check passes.
#include <cstdio>
#include <string>
#include <vector>

#include "lanjie/capi/lanjie_c.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

int main() {
  std::vector<lanjie::Entry> entries(1);
  entries[0].keyword = "冰毒";
  entries[0].risk = "A.1.f";
  std::vector<lanjie::Diagnostic> diags;
  auto artifact = lanjie::Artifact::Compile(entries, lanjie::CompileOptions{}, &diags);
  if (!artifact.ok()) {
    std::fprintf(stderr, "compile: %s\n", std::string(artifact.status().message()).c_str());
    return 1;
  }
  auto scanner = lanjie::Scanner::Create(*artifact);
  if (!scanner.ok()) return 1;
  const std::string text = "哪里有冰*毒";
  std::vector<lanjie::Hit> hits;
  if (!(*scanner)->Scan(text, &hits).ok() || hits.size() != 1) return 1;
  const std::string span = text.substr(hits[0].start, hits[0].end - hits[0].start);
  if (span != "冰*毒") {
    std::fprintf(stderr, "span %s\n", span.c_str());
    return 1;
  }
  std::printf("consumer: %s ok\n", lanjie_version());
  return 0;
}
