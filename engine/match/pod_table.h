// An immutable table of trivially copyable records that either owns them
// (built by a compile, or copied by a load) or views them where an artifact
// read in place keeps them (LoadOptions::read_in_place). Internal to match:
// CompiledData's pattern and variant tables.
//
// Why views: a 250,000-keyword artifact holds ~25 MB of these tables; copying
// them out of the mapped file at every load cost a page fault per 4 KiB of
// fresh memory, zero-filled and then overwritten (bench/RESULTS.md "Compile
// with huge pages, tables read in place"). The mapped file's pages are already
// in the page cache and shared between processes.
//
// Thread safety: immutable after construction; any number of threads may
// read one table. Cost: construction O(1) (a move or a view); indexing O(1),
// no branch (data() is one pointer in either mode). Errors: none here; the
// artifact reader checks sizes and alignment before it views (ViewPods).
#ifndef LANJIE_ENGINE_MATCH_POD_TABLE_H_
#define LANJIE_ENGINE_MATCH_POD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "pod_bytes.h"

namespace lanjie::internal {

template <typename T>
class PodTable {
  static_assert(std::is_trivially_copyable_v<T>, "records are viewed and copied byte for byte");

 public:
  PodTable() = default;
  // Owns `records` (their buffer moves in: data() is theirs).
  explicit PodTable(std::vector<T> records)
      : owned_(std::move(records)), data_(owned_.data()), size_(owned_.size()) {}
  // Views `count` records at `data`, which `keep` keeps alive; `data` must be
  // aligned for T (ViewPods checks).
  PodTable(const T* data, size_t count, std::shared_ptr<const void> keep)
      : keep_(std::move(keep)), data_(data), size_(count) {}

  // Move only: the owned buffer moves with the vector, so data_ stays valid.
  PodTable(PodTable&& other) noexcept { *this = std::move(other); }
  PodTable& operator=(PodTable&& other) noexcept {
    owned_ = std::move(other.owned_);
    keep_ = std::move(other.keep_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    return *this;
  }
  PodTable(const PodTable&) = delete;
  PodTable& operator=(const PodTable&) = delete;

  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](size_t i) const { return data_[i]; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  // Whether the records are viewed in kept bytes (not owned).
  bool viewed() const { return keep_ != nullptr; }

 private:
  std::vector<T> owned_;
  std::shared_ptr<const void> keep_;  // null when owned
  const T* data_ = nullptr;
  size_t size_ = 0;
};

// All of `bytes` as records into *out: viewed in place when `keep` is set
// and the bytes are aligned for T, copied otherwise. False when the bytes do
// not hold whole records.
template <typename T>
bool ViewPods(std::string_view bytes, const std::shared_ptr<const void>& keep, PodTable<T>* out) {
  if (bytes.size() % sizeof(T) != 0) return false;
  const size_t count = bytes.size() / sizeof(T);
  if (keep != nullptr && reinterpret_cast<uintptr_t>(bytes.data()) % alignof(T) == 0) {
    *out = PodTable<T>(reinterpret_cast<const T*>(bytes.data()), count, keep);
    return true;
  }
  std::vector<T> records;
  if (!ReadPods(bytes, &records)) return false;
  *out = PodTable<T>(std::move(records));
  return true;
}

}  // namespace lanjie::internal

#endif  // LANJIE_ENGINE_MATCH_POD_TABLE_H_
