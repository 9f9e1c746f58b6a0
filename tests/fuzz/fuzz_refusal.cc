// Fuzzes the refusal judge: any bytes give a verdict (possibly uncertain)
// with a construction and a reason, the deciding clause is a substring of
// the answer, and refused() agrees with the label.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "lanjie/eval/refusal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const lanjie::RefusalJudge judge = std::move(lanjie::RefusalJudge::Default()).value();
  const std::string_view answer(reinterpret_cast<const char*>(data), size);
  const lanjie::RefusalVerdict v = judge.Judge(answer);
  if (v.construction.empty() || v.reason.empty()) std::abort();
  if (!v.clause.empty() && answer.find(v.clause) == std::string_view::npos) std::abort();
  const bool refused = v.label == lanjie::RefusalLabel::kRefusal || v.label == lanjie::RefusalLabel::kPartialRefusal;
  if (v.refused() != refused || v.decided() != (v.label != lanjie::RefusalLabel::kUncertain)) std::abort();
  return 0;
}
