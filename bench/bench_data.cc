#include "bench_data.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>

namespace lanjie::bench {
namespace {

const std::string kShared = std::string(LANJIE_SOURCE_DIR) + "/../shared/data";

std::string Env(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

bool Exists(const std::string& path) { return std::ifstream(path).good(); }

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "bench: %s\n", message.c_str());
  std::exit(2);
}

void AppendUtf8(uint32_t cp, std::string* out) {
  out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
  out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
}

// Stand-ins when ../shared is absent: keywords of 2-5 characters and text
// drawn from the same 2,500 CJK code points, so keywords do occur.
constexpr uint32_t kPoolBase = 0x4E00, kPoolSize = 2500;

std::vector<std::string> GenerateKeywords(size_t count) {
  std::mt19937 rng(42);
  std::vector<std::string> out;
  for (size_t i = 0; i < count; ++i) {
    std::string kw;
    const int len = 2 + static_cast<int>(rng() % 4);
    for (int j = 0; j < len; ++j) AppendUtf8(kPoolBase + rng() % kPoolSize, &kw);
    out.push_back(std::move(kw));
  }
  return out;
}

std::string GenerateCorpus(size_t bytes) {
  std::mt19937 rng(7);
  std::string out;
  out.reserve(bytes + 256);
  while (out.size() < bytes) {
    const int chars = 10 + static_cast<int>(rng() % 70);
    for (int j = 0; j < chars; ++j) {
      if (rng() % 12 == 0) {
        out += "，";
      } else {
        AppendUtf8(kPoolBase + rng() % kPoolSize, &out);
      }
    }
    out += "。\n";
  }
  return out;
}

std::string ReadCommand(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (!p) return out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  ::pclose(p);
  return out;
}

}  // namespace

const std::string& KeywordSource() {
  static const std::string source = [] {
    const std::string path = Env("LANJIE_BENCH_KEYWORDS", kShared + "/lexicons/houbb-sensitive-word/v0.26.1/sensitive_word_dict.txt");
    return Exists(path) ? path : std::string("generated");
  }();
  return source;
}

const std::vector<std::string>& Keywords() {
  static const std::vector<std::string> keywords = [] {
    if (KeywordSource() == "generated") return GenerateKeywords(64000);
    std::ifstream in(KeywordSource());
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      out.push_back(line);
    }
    return out;
  }();
  return keywords;
}

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    const size_t limit = static_cast<size_t>(std::stod(Env("LANJIE_BENCH_CORPUS_MB", "32")) * 1e6);
    Corpus c;
    const std::string path = Env("LANJIE_BENCH_CORPUS", "");
    const std::string gz = kShared + "/corpus/chinese-poetry.txt.gz";
    if (!path.empty()) {
      std::ifstream in(path, std::ios::binary);
      if (!in) Die("cannot read LANJIE_BENCH_CORPUS " + path);
      std::stringstream ss;
      ss << in.rdbuf();
      c.text = ss.str();
      c.source = path;
    } else if (Exists(gz)) {
      c.text = ReadCommand("gzip -dc '" + gz + "'");
      c.source = gz;
    }
    if (c.text.empty()) {
      c.text = GenerateCorpus(limit);
      c.source = "generated";
    }
    if (c.text.size() > limit) {
      const size_t nl = c.text.rfind('\n', limit);
      c.text.resize(nl == std::string::npos ? limit : nl + 1);
    }
    return c;
  }();
  return corpus;
}

std::vector<Entry> EntriesFor(size_t count) {
  const auto& kws = Keywords();
  std::vector<Entry> entries;
  for (size_t i = 0; i < kws.size() && entries.size() < count; ++i) {
    Entry e;
    e.keyword = kws[i];
    e.risk = "A.1.h";
    e.source = KeywordSource();
    e.line = static_cast<uint32_t>(i + 1);
    entries.push_back(std::move(e));
  }
  return entries;
}

std::shared_ptr<const Artifact> ArtifactFor(size_t count, const NormalizerOptions& options, bool variants) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const Artifact>> cache;
  std::lock_guard<std::mutex> lock(mu);
  const std::string key = std::to_string(count) + "/" + OptionsToString(options) + (variants ? "/v" : "/-");
  auto& slot = cache[key];
  if (slot) return slot;
  // The real lists carry a few entries that fold to nothing or are garbage;
  // the compiler reports them, and the benchmark drops exactly those lines.
  std::vector<Entry> entries = EntriesFor(count);
  CompileOptions co;
  co.normalizer = options;
  if (!variants) co.variants = VariantOptions{false, false, false, false};
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::vector<Diagnostic> diags;
    auto a = Artifact::Compile(entries, co, &diags);
    if (a.ok()) return slot = *a;
    std::map<uint32_t, bool> bad;
    for (const auto& d : diags)
      if (d.severity == Diagnostic::kError) bad[d.line] = true;
    if (bad.empty()) Die(std::string(a.status().message()));
    std::vector<Entry> kept;
    for (auto& e : entries)
      if (!bad.count(e.line)) kept.push_back(std::move(e));
    entries = std::move(kept);
  }
  Die("could not compile the benchmark list");
}

std::vector<std::string_view> WholeLineBlocks(const std::string& text, size_t block_bytes) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = std::min(text.size(), pos + block_bytes);
    if (end < text.size()) {
      const size_t nl = text.rfind('\n', end);
      end = (nl == std::string::npos || nl < pos) ? text.size() : nl + 1;
    }
    out.push_back(std::string_view(text).substr(pos, end - pos));
    pos = end;
  }
  return out;
}

}  // namespace lanjie::bench
