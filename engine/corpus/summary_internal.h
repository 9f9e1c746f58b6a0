// Internal helpers shared by audit.cc and summary.cc. Not a public API.
#ifndef LANJIE_ENGINE_CORPUS_SUMMARY_INTERNAL_H_
#define LANJIE_ENGINE_CORPUS_SUMMARY_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/corpus/audit.h"

namespace lanjie::corpus::internal {

// One step of a JSONL field path: a member name, or an array index / [*].
struct PathStep {
  std::string name;  // empty for an index step
  int64_t index = -1;
  bool all = false;
};
absl::StatusOr<std::vector<PathStep>> ParseFieldPath(std::string_view path);

// The options that must agree between partial summaries.
std::string OptionsKey(const AuditOptions& options);

}  // namespace lanjie::corpus::internal

#endif  // LANJIE_ENGINE_CORPUS_SUMMARY_INTERNAL_H_
