// The /v1/moderate request parser on any bytes; parsed texts are scanned
// and the response rendered, which must be valid JSON.
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "serve/moderation.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace {

std::shared_ptr<const lanjie::Artifact> FuzzArtifact() {
  std::vector<lanjie::Entry> entries;
  for (const char* k : {"冰毒", "赌博网站", "casino"}) {
    lanjie::Entry e;
    e.keyword = k;
    e.risk = "A.1.f";
    e.source = "fuzz";
    e.line = static_cast<uint32_t>(entries.size() + 2);
    entries.push_back(e);
  }
  std::vector<lanjie::Diagnostic> diagnostics;
  auto a = lanjie::Artifact::Compile(entries, lanjie::CompileOptions(), &diagnostics);
  if (!a.ok()) __builtin_trap();
  return *a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto artifact = FuzzArtifact();
  static auto scanner = std::move(*lanjie::Scanner::Create(artifact));
  auto req = lanjie::serve::ParseModerationRequest(std::string_view(reinterpret_cast<const char*>(data), size), 16);
  if (!req.ok()) return 0;
  std::vector<std::vector<lanjie::Hit>> hits(req->texts.size());
  for (size_t i = 0; i < req->texts.size(); ++i)
    if (!scanner->Scan(req->texts[i], &hits[i]).ok()) __builtin_trap();
  std::string body;
  lanjie::serve::AppendModerationResponse(*artifact, req->texts, hits, &body);
  if (nlohmann::json::parse(body, nullptr, false).is_discarded()) __builtin_trap();
  return 0;
}
