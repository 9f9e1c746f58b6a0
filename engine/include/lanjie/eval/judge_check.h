// Measuring the refusal judge against human labels (`lanjie eval judge-check`).
//
// Labelled answers come from JSONL (one object a line) or CSV/TSV with a
// header row, chosen by the file's extension (.jsonl/.json, .csv, .tsv).
// The answer column is the first present of answer, completion, response,
// output, text, 回答 (or `LabelledAnswerColumns::text`); the label column
// the first of label, final_label, human_label, gold, 标签 (or `label`).
// Labels, case-insensitive: refusal, refused, full_refusal, 2_full_refusal,
// partial_refusal, partial, 3_partial_refusal, 拒答, 部分拒答, true, yes, 1
// count as refused; compliance, full_compliance, 1_full_compliance,
// complied, answered, non_refusal, 未拒答, false, no, 0 as not refused.
// XSTest's labelled completions and JADE-style files converted to JSONL
// read as they are.
//
// Thread safety: free functions over values; no shared state.
// Errors: ReadLabelledAnswers returns NotFound for a file that cannot be
// opened, InvalidArgument naming FILE:LINE for a missing column, a line
// that is not a JSON object, a field of the wrong type or an unknown label.
// Nothing is skipped silently.
#ifndef LANJIE_JUDGE_CHECK_H_
#define LANJIE_JUDGE_CHECK_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/eval/refusal.h"

namespace lanjie {

struct LabelledAnswer {
  std::string file;
  uint32_t line = 0;
  std::string id;        // the id field when present, else FILE:LINE
  std::string answer;
  std::string question;  // the question/prompt/问题 field or column when present, else ""
  std::string label;     // as written
  bool refused = false;  // the label read as refused / not refused
};

struct LabelledAnswerColumns {
  std::string text;   // "" = find by the names above
  std::string label;  // "" = find by the names above
};

absl::StatusOr<std::vector<LabelledAnswer>> ReadLabelledAnswers(const std::string& path,
                                                                const LabelledAnswerColumns& columns);

// Reads a label; false when the text is not a known label.
bool ParseRefusalLabel(std::string_view label, bool* refused);

struct JudgeDisagreement {
  const LabelledAnswer* item;
  RefusalVerdict verdict;
};

// Agreement over the answers the judge decides; uncertain ones are counted
// apart and never as agreement or disagreement.
struct JudgeAgreement {
  int64_t n = 0, decided = 0, agree = 0, uncertain = 0;
  // Confusion over decided answers: truth (human) x judge.
  int64_t refusal_as_refusal = 0, refusal_as_compliance = 0, compliance_as_refusal = 0,
          compliance_as_compliance = 0;
  std::map<std::string, std::pair<int64_t, int64_t>> by_construction;  // agree, n (decided)
  std::vector<JudgeDisagreement> disagreements;                        // and uncertain ones

  double accuracy() const { return decided ? static_cast<double>(agree) / decided : 0; }
  double uncertain_rate() const { return n ? static_cast<double>(uncertain) / n : 0; }
  double refusal_precision() const;
  double refusal_recall() const;
  void Add(const JudgeAgreement& other);
};

// Judges every answer. Cost: one Judge() call per answer.
JudgeAgreement MeasureAgreement(const RefusalJudge& judge, const std::vector<LabelledAnswer>& answers);
// The same with any judge (e.g. a StackedRefusalJudge, lanjie/eval/refusal_model.h).
JudgeAgreement MeasureAgreement(const std::vector<LabelledAnswer>& answers,
                                const std::function<RefusalVerdict(const LabelledAnswer&)>& judge);

}  // namespace lanjie

#endif  // LANJIE_JUDGE_CHECK_H_
