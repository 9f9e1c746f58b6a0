// absl::Status at the Python boundary: a failed status becomes a Python
// RuntimeError carrying its message (pybind11 translates std::runtime_error).
// Shared by the extension's translation units.
#ifndef LANJIE_PYTHON_STATUS_TO_PYTHON_H_
#define LANJIE_PYTHON_STATUS_TO_PYTHON_H_

#include <stdexcept>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace lanjie::python {

template <typename T>
T Unwrap(absl::StatusOr<T> v) {
  if (!v.ok()) throw std::runtime_error(std::string(v.status().message()));
  return std::move(*v);
}

inline void Check(const absl::Status& st) {
  if (!st.ok()) throw std::runtime_error(std::string(st.message()));
}

}  // namespace lanjie::python

#endif  // LANJIE_PYTHON_STATUS_TO_PYTHON_H_
