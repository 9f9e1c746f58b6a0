// Vectors of trivially copyable records as bytes and back: how the artifact
// (artifact.cc) and the variant index (VariantIndex::Serialize) store their
// tables. Internal to match; the bytes are the host's layout and byte order
// (the artifact records its byte order and refuses another).
//
// Thread safety: pure functions. Cost: one copy of the bytes. Errors: false
// when the bytes do not hold whole records (ReadPods) or too few (TakePods).
#ifndef LANJIE_ENGINE_MATCH_POD_BYTES_H_
#define LANJIE_ENGINE_MATCH_POD_BYTES_H_

#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

namespace lanjie::internal {

// The records' bytes of a std::vector or a PodTable (pod_table.h), valid
// while `table` is unchanged.
template <typename Table>
std::string_view PodBytes(const Table& table) {
  using T = std::remove_cv_t<std::remove_pointer_t<decltype(table.data())>>;
  static_assert(std::is_trivially_copyable_v<T>, "records are copied byte for byte");
  return std::string_view(reinterpret_cast<const char*>(table.data()), table.size() * sizeof(T));
}

// `count` records off the front of *bytes into *out.
template <typename T>
bool TakePods(std::string_view* bytes, size_t count, std::vector<T>* out) {
  static_assert(std::is_trivially_copyable_v<T>, "records are copied byte for byte");
  if (bytes->size() / sizeof(T) < count) return false;
  out->resize(count);
  if (count > 0) std::memcpy(out->data(), bytes->data(), count * sizeof(T));
  bytes->remove_prefix(count * sizeof(T));
  return true;
}

// All of `bytes` as records.
template <typename T>
bool ReadPods(std::string_view bytes, std::vector<T>* out) {
  return bytes.size() % sizeof(T) == 0 && TakePods(&bytes, bytes.size() / sizeof(T), out);
}

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_POD_BYTES_H_
