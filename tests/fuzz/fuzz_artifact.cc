// A damaged artifact is refused with an error or loads into tables every
// scan path can read: never a crash or a read out of bounds, whether the
// load copies the file or reads it in place (the tables then view the
// bytes). The damage is written over one of three compiled sample lists and
// the checksum resealed, so that it reaches the section readers instead of
// stopping at the checksum. Input: byte 0 picks the list (bits 0-1), the
// load (bit 2: in place; bit 3: two threads) and whether the file is cut at
// the offset (bit 4); bytes 1-4 the offset (little-endian, modulo the
// file's size); the rest is written there.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"
#include "lanjie/match/hash.h"

namespace {

using lanjie::Artifact;
using lanjie::Entry;
using lanjie::EntryKind;

Entry Make(std::string keyword, EntryKind kind = EntryKind::kLiteral, lanjie::Action action = lanjie::Action::kBlock) {
  Entry e;
  e.keyword = std::move(keyword);
  e.risk = action == lanjie::Action::kAllow ? "" : "A.1.h";
  e.kind = kind;
  e.action = action;
  e.source = "fuzz.csv";
  e.line = 2;
  return e;
}

// Serialized sample lists: literals with variants, a rule and a regex; an
// allow phrase and Latin words; one literal only.
const std::vector<std::string>& Samples() {
  static const auto* samples = [] {
    auto* out = new std::vector<std::string>();
    const std::vector<std::vector<Entry>> lists = {
        {Make("冰毒"), Make("法轮功"), Make("六合彩"), Make("代开 & 发票", EntryKind::kRule),
         Make("加微信\\s*[0-9]{6,}", EntryKind::kRegex)},
        {Make("casino"), Make("赌博网站"), Make("台独"), Make("生日快乐", EntryKind::kLiteral, lanjie::Action::kAllow)},
        {Make("海洛因")},
    };
    for (const auto& list : lists) {
      std::vector<lanjie::Diagnostic> diags;
      auto a = Artifact::Compile(list, lanjie::CompileOptions(), &diags);
      if (!a.ok()) __builtin_trap();
      out->push_back((*a)->Serialize());
    }
    return out;
  }();
  return *samples;
}

// Every scan path over a text that holds each sample's keywords, disguised.
void ScanEveryWay(const std::shared_ptr<const Artifact>& a) {
  const std::string text = "冰*毒 fa轮功 六🎲合彩 代开发票 加微信 1234567 ｃａｓｉｎｏ 赌博網站 抬独 海洛因\n生日快乐\n";
  auto scanner = lanjie::Scanner::Create(a);
  if (!scanner.ok()) return;  // an error (e.g. a database that fails later) is fine; a crash is not
  std::vector<lanjie::Hit> hits;
  (void)(*scanner)->Scan(text, &hits);
  (void)(*scanner)->ScanLines(text, true, [](size_t, uint64_t, const std::vector<lanjie::Hit>&) {});
  auto stream = lanjie::StreamScanner::Create(a);
  if (!stream.ok()) return;
  hits.clear();
  (void)(*stream)->Feed(std::string_view(text).substr(0, 7), &hits);
  (void)(*stream)->Feed(std::string_view(text).substr(7), &hits);
  (void)(*stream)->Finish(&hits);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 5) return 0;
  const std::vector<std::string>& samples = Samples();
  std::string bytes = samples[(data[0] & 3) % samples.size()];
  uint32_t offset = 0;
  std::memcpy(&offset, data + 1, 4);
  offset %= bytes.size();
  const size_t n = std::min(size - 5, bytes.size() - offset);
  std::memcpy(bytes.data() + offset, data + 5, n);
  if (data[0] & 16) bytes.resize(std::max<size_t>(offset, 16));
  if (bytes.size() >= 16) {  // reseal: the damage reaches the sections' own checks
    const std::string digest =
        lanjie::internal::ArtifactChecksum(std::string_view(bytes).substr(0, bytes.size() - 16));
    bytes.replace(bytes.size() - 16, 16, digest);
  }
  lanjie::LoadOptions options;
  options.read_in_place = (data[0] & 4) != 0;
  options.threads = (data[0] & 8) ? 2 : 1;
  auto a = Artifact::FromBytes(bytes, "fuzz.ljdb", options);
  if (a.ok()) ScanEveryWay(*a);
  return 0;
}
