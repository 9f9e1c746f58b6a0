#include "lanjie/match/hash.h"

#include <openssl/evp.h>
#include <xxhash.h>

#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "compiled.h"

namespace lanjie::internal {

std::string Sha256(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  return std::string(reinterpret_cast<const char*>(md), len);
}

std::string FileChecksum(std::string_view data) {
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, XXH3_128bits(data.data(), data.size()));
  return std::string(reinterpret_cast<const char*>(canonical.digest), sizeof(canonical.digest));
}

std::string HexEncode(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

std::string ListHash(const CompiledData& d) {
  std::string canon = OptionsToString(d.normalizer);
  canon.push_back('\x1e');
  for (const CompiledEntry e : d.entries) {
    absl::StrAppend(&canon, Av(e.keyword), "\x1f", Av(e.normalized), "\x1f", Av(e.risk), "\x1f", static_cast<int>(e.kind),
                    "\x1f", static_cast<int>(e.action), "\x1f", e.whole_word ? 1 : 0, "\x1e");
  }
  // Variant forms: the default classes and everything they produced
  // (entries may override the classes).
  absl::StrAppend(&canon, "variants=", VariantOptionsToString(d.variants), "\x1e");
  for (const VariantPattern& p : d.variant_patterns) absl::StrAppend(&canon, p.entry, ":", p.classes, ";");
  for (uint16_t s : d.variant_syllables) absl::StrAppend(&canon, s, ",");
  canon.push_back('\x1e');
  for (size_t i = 0; i < d.literal_patterns.size(); ++i)
    if (d.literal_patterns[i].via) absl::StrAppend(&canon, d.literal_patterns[i].target, ":", d.literal_patterns[i].via, ";");
  return HexEncode(Sha256(canon));
}

}  // namespace lanjie::internal
