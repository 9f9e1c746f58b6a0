#ifndef LANJIE_ENGINE_MATCH_RULE_H_
#define LANJIE_ENGINE_MATCH_RULE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace lanjie {

// Rule syntax (kind = rule):  CLAUSE ( '&' CLAUSE )*
//   CLAUSE := ['!'] TERM ( '|' TERM )*
// A rule fires when, within one text, every positive clause has at least one
// of its terms and no negated clause has any. Terms are keywords, folded like
// any other. Whitespace around operators is ignored.
//   "赌博 & 网站"           both words in the same text
//   "六合彩 & !新闻"        the first without the second
//   "赌博|博彩 & 网址|网站"  either of each pair
struct ParsedClause {
  bool negated = false;
  std::vector<std::string> terms;  // as written, not yet folded
};

absl::StatusOr<std::vector<ParsedClause>> ParseRule(std::string_view text);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_MATCH_RULE_H_
