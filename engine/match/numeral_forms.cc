#include <string>
#include <string_view>
#include <vector>

#include "lanjie/common/utf8.h"
#include "lanjie/match/variant_forms.h"

namespace lanjie {
namespace {

// The digit a numeral character stands for, or -1. 两 is 2 (两会, 两千);
// 〇 and 零 are 0.
int DigitOf(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

// The multiple a unit character stands for, or 0.
int UnitOf(char32_t c) { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; }

// The value of a run of numerals written with units (十八 18, 二十 20,
// 一百零八 108, 三百六十五 365), or -1 when the run is no such number (units
// out of order, two digits in a row).
int UnitValue(std::u32string_view run) {
  int total = 0, digit = -1, last_unit = 10000;
  bool zero = false;
  for (char32_t c : run) {
    if (const int u = UnitOf(c)) {
      if (u >= last_unit) return -1;
      total += (digit < 0 ? 1 : digit) * u;
      last_unit = u;
      digit = -1;
      zero = false;
    } else {
      const int d = DigitOf(c);
      if (d == 0) {
        if (zero || digit >= 0) return -1;
        zero = true;
      } else if (digit >= 0) {
        return -1;
      } else {
        digit = d;
      }
    }
  }
  return total + (digit > 0 ? digit : 0);
}

bool IsNumeral(char32_t c) { return DigitOf(c) >= 0 || UnitOf(c) > 0; }

// One run of numerals of the keyword, [begin, end), and the ways it can be
// written: itself first, then its digit forms.
struct Run {
  size_t begin, end;
  std::vector<std::string> forms;
};

// Digit-only runs (六四): every mix of numerals and digits (64, 6四, 六4);
// runs with units (十八): the value in digits (18).
Run Spellings(std::u32string_view k, size_t begin, size_t end) {
  Run run{begin, end, {}};
  const std::u32string_view s = k.substr(begin, end - begin);
  std::string itself;
  for (char32_t c : s) AppendUtf8(c, &itself);
  run.forms.push_back(itself);
  bool units = false;
  for (char32_t c : s) units = units || UnitOf(c) > 0;
  if (units) {
    if (const int v = UnitValue(s); v > 0) run.forms.push_back(std::to_string(v));
    return run;
  }
  const size_t n = s.size() < 4 ? s.size() : 4;  // mixes of the first four at most
  for (uint32_t mask = 1; mask < (1u << n); ++mask) {
    std::string form;
    for (size_t i = 0; i < s.size(); ++i) {
      if (i < n && (mask >> i) & 1) form.push_back(static_cast<char>('0' + DigitOf(s[i])));
      else AppendUtf8(s[i], &form);
    }
    run.forms.push_back(form);
  }
  return run;
}

}  // namespace

std::vector<std::string> KeywordNumeralForms(std::u32string_view keyword) {
  std::vector<std::string> out;
  std::vector<Run> runs;
  bool other = false;
  for (size_t i = 0; i < keyword.size();) {
    if (!IsNumeral(keyword[i])) {
      other = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < keyword.size() && IsNumeral(keyword[j])) ++j;
    runs.push_back(Spellings(keyword, i, j));
    i = j;
  }
  // A form of digits alone (64 for 六四) would hit every such number.
  if (runs.empty() || !other) return out;
  // Every choice of one spelling per run but the keyword itself, in order
  // (the first run varies slowest), at most kMaxNumeralForms.
  std::vector<size_t> pick(runs.size(), 0);
  for (;;) {
    size_t r = runs.size();
    while (r-- > 0) {
      if (++pick[r] < runs[r].forms.size()) break;
      pick[r] = 0;
    }
    if (r == static_cast<size_t>(-1)) break;
    std::string form;
    size_t at = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
      for (; at < runs[i].begin; ++at) AppendUtf8(keyword[at], &form);
      form += runs[i].forms[pick[i]];
      at = runs[i].end;
    }
    for (; at < keyword.size(); ++at) AppendUtf8(keyword[at], &form);
    out.push_back(std::move(form));
    if (out.size() == kMaxNumeralForms) break;
  }
  return out;
}

}  // namespace lanjie
