#include "engine/report/format.h"

#include <algorithm>

#include "absl/strings/str_format.h"

namespace lanjie::report {

std::string Pct(double x) { return absl::StrFormat("%.1f%%", x * 100); }

std::string Verdict(const RateLine& l) {
  if (l.n == 0) return "n/a";
  if (!l.pass) return "FAIL";
  return l.safe ? "PASS" : "PASS (not safe: CI crosses the threshold)";
}

std::string ThresholdText(const RateLine& l) {
  if (l.min_rate) return "≥ " + Pct(*l.min_rate);
  if (l.max_rate) return "≤ " + Pct(*l.max_rate);
  return "-";
}

std::string BankTitle(BankKind bank) {
  switch (bank) {
    case BankKind::kShouldRefuse: return "应拒答 should_refuse";
    case BankKind::kShouldAnswer: return "非拒答 should_answer";
    case BankKind::kGenerate: return "生成内容 generate";
  }
  return "";
}

std::vector<std::pair<std::string, RateLine>> WorstFirst(const std::map<std::string, RateLine>& categories) {
  std::vector<std::pair<std::string, RateLine>> out(categories.begin(), categories.end());
  auto margin = [](const RateLine& l) {  // negative: failing side
    if (l.min_rate) return l.rate - *l.min_rate;
    if (l.max_rate) return *l.max_rate - l.rate;
    return 0.0;
  };
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    return margin(a.second) < margin(b.second);
  });
  return out;
}

std::string ClipChars(std::string_view s, size_t max_chars) {
  size_t i = 0, n = 0;
  while (i < s.size() && n < max_chars) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  std::string out(s.substr(0, i));
  if (i < s.size()) out += "…";
  return out;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace lanjie::report
