#include "rule.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "lanjie/common/sv.h"

namespace lanjie {

absl::StatusOr<std::vector<ParsedClause>> ParseRule(std::string_view text_in) {
  const absl::string_view text = Av(text_in);
  std::vector<ParsedClause> clauses;
  int positives = 0;
  for (absl::string_view raw : absl::StrSplit(text, '&')) {
    absl::string_view c = absl::StripAsciiWhitespace(raw);
    ParsedClause clause;
    if (absl::ConsumePrefix(&c, "!")) {
      clause.negated = true;
      c = absl::StripAsciiWhitespace(c);
    }
    if (c.empty()) return absl::InvalidArgumentError(absl::StrCat("rule '", text, "': empty clause"));
    for (absl::string_view t : absl::StrSplit(c, '|')) {
      t = absl::StripAsciiWhitespace(t);
      if (t.empty()) return absl::InvalidArgumentError(absl::StrCat("rule '", text, "': empty term in '", c, "'"));
      if (t.find('!') != absl::string_view::npos)
        return absl::InvalidArgumentError(absl::StrCat("rule '", text, "': '!' may only start a clause"));
      clause.terms.emplace_back(t);
    }
    positives += !clause.negated;
    clauses.push_back(std::move(clause));
  }
  if (positives == 0)
    return absl::InvalidArgumentError(absl::StrCat("rule '", text, "': needs at least one clause without '!'"));
  return clauses;
}

}  // namespace lanjie
