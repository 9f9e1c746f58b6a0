// Text helpers of the report writers that need nothing of eval: the corpus
// audit's reports (audit_report.cc, audit_view.cc) use these alone, so that
// a program writing them (lanjie-corpus) links no eval object beyond the
// interval statistics (the eval report writers get them through format.h).
// Thread safety: pure functions (RiskName reads the embedded taxonomy, loaded
// once, thread-safe). Cost: linear in the text. Errors: none.
#ifndef LANJIE_ENGINE_REPORT_TEXT_H_
#define LANJIE_ENGINE_REPORT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lanjie::report {

std::string Pct(double x);  // "95.0%"
// Clips to `max_chars` code points, adding "…".
std::string ClipChars(std::string_view s, size_t max_chars);
std::string HtmlEscape(std::string_view s);
// The Appendix A name of a risk code (data/taxonomy.json); `code` itself when
// it is not one (a should-answer aspect, a bank's own category).
std::string RiskName(const std::string& code);
// "A.1.f 毒品…" for a risk code, `code` alone otherwise.
std::string CodeAndName(const std::string& code);

}  // namespace lanjie::report

#endif  // LANJIE_ENGINE_REPORT_TEXT_H_
