#include "lanjie/eval/judge_check.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lanjie/common/sv.h"
#include "lanjie/common/utf8.h"
#include "lanjie/lexicon/csv.h"

namespace lanjie {
namespace {

constexpr const char* kTextColumns[] = {"answer", "completion", "response", "output", "text", "回答"};
constexpr const char* kQuestionColumns[] = {"question", "prompt", "问题"};
constexpr const char* kLabelColumns[] = {"label", "final_label", "human_label", "gold", "标签"};

absl::Status LineError(const std::string& path, uint32_t line, std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(path, ":", line, ": ", Av(why)));
}

absl::StatusOr<LabelledAnswer> MakeItem(const std::string& path, uint32_t line, std::string id, std::string answer,
                                        std::string label) {
  LabelledAnswer item;
  if (!ParseRefusalLabel(label, &item.refused))
    return LineError(path, line, absl::StrCat("unknown label '", label,
                                              "' (expected refusal, partial_refusal or compliance)"));
  item.file = path;
  item.line = line;
  item.id = id.empty() ? absl::StrCat(path, ":", line) : std::move(id);
  item.answer = std::move(answer);
  item.label = std::move(label);
  return item;
}

absl::StatusOr<std::vector<LabelledAnswer>> ReadJsonl(const std::string& path, const std::string& text,
                                                      const LabelledAnswerColumns& columns) {
  std::vector<LabelledAnswer> out;
  std::istringstream in(text);
  std::string line;
  uint32_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return LineError(path, line_no, "not a JSON object");
    auto pick = [&](const std::string& wanted, const auto& names) -> const nlohmann::json* {
      if (!wanted.empty()) return j.contains(wanted) ? &j[wanted] : nullptr;
      for (const char* name : names)
        if (j.contains(name)) return &j[name];
      return nullptr;
    };
    const nlohmann::json* answer = pick(columns.text, kTextColumns);
    const nlohmann::json* label = pick(columns.label, kLabelColumns);
    if (answer == nullptr || !answer->is_string())
      return LineError(path, line_no, answer ? "the answer field is not a string" : "no answer field");
    if (label == nullptr) return LineError(path, line_no, "no label field");
    std::string label_text;
    if (label->is_string()) label_text = label->get<std::string>();
    else if (label->is_boolean()) label_text = label->get<bool>() ? "true" : "false";
    else if (label->is_number_integer()) label_text = std::to_string(label->get<int64_t>());
    else return LineError(path, line_no, "the label field is not a string, boolean or integer");
    std::string id;
    if (j.contains("id") && j["id"].is_string()) id = j["id"].get<std::string>();
    else if (j.contains("id") && j["id"].is_number_integer()) id = std::to_string(j["id"].get<int64_t>());
    auto item = MakeItem(path, line_no, std::move(id), answer->get<std::string>(), std::move(label_text));
    if (!item.ok()) return item.status();
    if (const nlohmann::json* q = pick(std::string(), kQuestionColumns); q != nullptr && q->is_string())
      item->question = q->get<std::string>();
    out.push_back(std::move(*item));
  }
  return out;
}

absl::StatusOr<std::vector<LabelledAnswer>> ReadDelimited(const std::string& path, const std::string& text,
                                                          char delimiter, const LabelledAnswerColumns& columns) {
  std::vector<LabelledAnswer> out;
  CsvReader reader(text, delimiter);
  CsvRecord rec;
  std::string error;
  int ti = -1, li = -1, ii = -1, qi = -1;
  bool header = true;
  while (reader.Next(&rec, &error)) {
    if (!error.empty()) return LineError(path, rec.line, error);
    if (header) {
      auto find = [&](const std::string& wanted, const auto& names) {
        for (size_t i = 0; i < rec.fields.size(); ++i) {
          if (!wanted.empty() ? rec.fields[i] == wanted
                              : std::any_of(std::begin(names), std::end(names),
                                            [&](const char* n) { return rec.fields[i] == n; }))
            return static_cast<int>(i);
        }
        return -1;
      };
      ti = find(columns.text, kTextColumns);
      li = find(columns.label, kLabelColumns);
      for (size_t i = 0; i < rec.fields.size(); ++i)
        if (rec.fields[i] == "id") ii = static_cast<int>(i);
      qi = find(std::string(), kQuestionColumns);
      if (ti < 0 || li < 0)
        return LineError(path, rec.line,
                         absl::StrCat("no ", ti < 0 ? "answer" : "label", " column (looked for ",
                                      ti < 0 ? (columns.text.empty() ? "answer, completion, response, output, text"
                                                                     : columns.text)
                                             : (columns.label.empty() ? "label, final_label, human_label, gold"
                                                                      : columns.label),
                                      ")"));
      header = false;
      continue;
    }
    if (rec.fields.size() == 1 && rec.fields[0].empty()) continue;  // blank line
    if (static_cast<int>(rec.fields.size()) <= std::max(ti, li)) return LineError(path, rec.line, "too few fields");
    auto item = MakeItem(path, rec.line, ii >= 0 && ii < static_cast<int>(rec.fields.size()) ? rec.fields[ii] : "",
                         rec.fields[ti], rec.fields[li]);
    if (!item.ok()) return item.status();
    if (qi >= 0 && qi < static_cast<int>(rec.fields.size())) item->question = rec.fields[qi];
    out.push_back(std::move(*item));
  }
  if (header) return LineError(path, 1, "empty file: no header row");
  return out;
}

}  // namespace

bool ParseRefusalLabel(std::string_view label, bool* refused) {
  const std::string l = absl::AsciiStrToLower(absl::StripAsciiWhitespace(Av(label)));
  static constexpr const char* kRefused[] = {"refusal", "refused", "full_refusal", "2_full_refusal",
                                             "partial_refusal", "partial", "3_partial_refusal", "拒答",
                                             "部分拒答", "true", "yes", "1"};
  static constexpr const char* kAnswered[] = {"compliance", "full_compliance", "1_full_compliance", "complied",
                                              "answered", "non_refusal", "未拒答", "false", "no", "0"};
  for (const char* r : kRefused)
    if (l == r) return *refused = true, true;
  for (const char* a : kAnswered)
    if (l == a) return *refused = false, true;
  return false;
}

absl::StatusOr<std::vector<LabelledAnswer>> ReadLabelledAnswers(const std::string& path,
                                                                const LabelledAnswerColumns& columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  const std::string lower = absl::AsciiStrToLower(path);
  if (absl::EndsWith(lower, ".jsonl") || absl::EndsWith(lower, ".json")) {
    if (HasUtf8Bom(text)) text.erase(0, kUtf8Bom.size());  // (CSV and TSV: CsvParser drops it)
    return ReadJsonl(path, text, columns);
  }
  if (absl::EndsWith(lower, ".tsv")) return ReadDelimited(path, text, '\t', columns);
  if (absl::EndsWith(lower, ".csv")) return ReadDelimited(path, text, ',', columns);
  return absl::InvalidArgumentError(absl::StrCat(path, ": unknown format (expected .jsonl, .csv or .tsv)"));
}

double JudgeAgreement::refusal_precision() const {
  const int64_t said = refusal_as_refusal + compliance_as_refusal;
  return said ? static_cast<double>(refusal_as_refusal) / said : 0;
}

double JudgeAgreement::refusal_recall() const {
  const int64_t truth = refusal_as_refusal + refusal_as_compliance;
  return truth ? static_cast<double>(refusal_as_refusal) / truth : 0;
}

void JudgeAgreement::Add(const JudgeAgreement& o) {
  n += o.n, decided += o.decided, agree += o.agree, uncertain += o.uncertain;
  refusal_as_refusal += o.refusal_as_refusal, refusal_as_compliance += o.refusal_as_compliance;
  compliance_as_refusal += o.compliance_as_refusal, compliance_as_compliance += o.compliance_as_compliance;
  for (const auto& [c, v] : o.by_construction) {
    by_construction[c].first += v.first;
    by_construction[c].second += v.second;
  }
  disagreements.insert(disagreements.end(), o.disagreements.begin(), o.disagreements.end());
}

JudgeAgreement MeasureAgreement(const RefusalJudge& judge, const std::vector<LabelledAnswer>& answers) {
  return MeasureAgreement(answers, [&](const LabelledAnswer& item) { return judge.Judge(item.answer, item.question); });
}

JudgeAgreement MeasureAgreement(const std::vector<LabelledAnswer>& answers,
                                const std::function<RefusalVerdict(const LabelledAnswer&)>& judge) {
  JudgeAgreement a;
  for (const LabelledAnswer& item : answers) {
    RefusalVerdict v = judge(item);
    ++a.n;
    if (!v.decided()) {
      ++a.uncertain;
      a.disagreements.push_back({&item, std::move(v)});
      continue;
    }
    ++a.decided;
    const bool said = v.refused();
    a.refusal_as_refusal += item.refused && said;
    a.refusal_as_compliance += item.refused && !said;
    a.compliance_as_refusal += !item.refused && said;
    a.compliance_as_compliance += !item.refused && !said;
    auto& c = a.by_construction[v.construction];
    ++c.second;
    if (said == item.refused) {
      ++a.agree;
      ++c.first;
    } else {
      a.disagreements.push_back({&item, std::move(v)});
    }
  }
  return a;
}

}  // namespace lanjie
