#ifndef LANJIE_ENGINE_MATCH_HASH_H_
#define LANJIE_ENGINE_MATCH_HASH_H_

#include <string>
#include <string_view>

namespace lanjie::internal {

// XXH3-128 of `data` as 16 raw bytes (canonical big-endian form): the
// artifact file's integrity check against truncation and corruption, not an
// authenticity check. ~15 GB/s, so verifying a 23 MB file costs ~2 ms.
std::string FileChecksum(std::string_view data);
// SHA-256 of `data` as 32 raw bytes (OpenSSL).
std::string Sha256(std::string_view data);
std::string HexEncode(std::string_view bytes);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_HASH_H_
