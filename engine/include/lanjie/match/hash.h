#ifndef LANJIE_ENGINE_MATCH_HASH_H_
#define LANJIE_ENGINE_MATCH_HASH_H_

#include <string>
#include <string_view>

namespace lanjie::internal {

// XXH3-128 of `data` as 16 raw bytes (canonical big-endian form): the
// artifact file's integrity check against truncation and corruption, not an
// authenticity check. ~15 GB/s, so verifying a 23 MB file costs ~2 ms.
std::string FileChecksum(std::string_view data);
// The .ljdb trailer (format 4): XXH3-128 (FileChecksum's form) over `file`
// (everything before the trailer) except the bytecode of each serialized
// Hyperscan database, which Hyperscan's own CRC-32C covers: its serialized
// header carries the CRC of the bytecode, and hs_deserialize_database_at
// (always called by Artifact::FromBytes) recomputes and compares it; a
// mismatch is a "checksum" error there. So every byte of the file is still
// checked at every load, each byte once instead of twice (the 64k list
// with variants: 29 M instructions of XXH3 over 26 MB before, 8 M over the
// 7.9 MB of other sections now). The Hyperscan headers (magic, version, bytecode
// length, platform, CRC) and the zero padding after the bytecode stay under
// XXH3. A malformed section table is hashed as plain bytes (Load then
// reports the mismatch or the bad table). Defined in artifact.cc.
std::string ArtifactChecksum(std::string_view file);
// SHA-256 of `data` as 32 raw bytes (OpenSSL).
std::string Sha256(std::string_view data);
std::string HexEncode(std::string_view bytes);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_HASH_H_
