#ifndef LANJIE_ENGINE_MATCH_HASH_H_
#define LANJIE_ENGINE_MATCH_HASH_H_

#include <string>
#include <string_view>

namespace lanjie::internal {

struct CompiledData;

// SHA-256 of `data` as 32 raw bytes (OpenSSL).
std::string Sha256(std::string_view data);
std::string HexEncode(std::string_view bytes);
// Hex SHA-256 over the folding options and every entry's content (not its
// source file or line).
std::string ListHash(const CompiledData& data);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_HASH_H_
