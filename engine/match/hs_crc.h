#ifndef LANJIE_ENGINE_MATCH_HS_CRC_H_
#define LANJIE_ENGINE_MATCH_HS_CRC_H_

#include <cstddef>
#include <cstdint>

namespace lanjie::internal {

// Whether this CPU has SSE4.2's crc32 instruction, which HsBytecodeCrc
// needs. Thread-safe; O(1) after the first call.
bool HsBytecodeCrcAvailable();

// The CRC-32C (Castagnoli) that Hyperscan stores in a serialized
// database's header and checks when it deserializes one: over the
// bytecode, initial value 0, no final inversion. Call only when
// HsBytecodeCrcAvailable(). Three interleaved crc32 streams, combined by
// multiplication modulo the polynomial: about 8 bytes a cycle where
// Hyperscan's own check (one stream) takes ~3. Thread-safe; no allocation.
uint32_t HsBytecodeCrc(const void* data, size_t size);

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_HS_CRC_H_
