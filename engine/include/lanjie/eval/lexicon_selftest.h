// Self-test of a compiled keyword list before filing:
//   * against a benign corpus: hits per MB and the keywords that fire most
//     (false-positive suspects), with example contexts;
//   * against a should-refuse question bank: the share of questions with at
//     least one hit, per category (a recall proxy for the runtime filter).
// Lives in eval because it uses the matcher (lexicon <- match <- eval).
// Scans are split across threads by line ranges, one Scanner per thread.
#ifndef LANJIE_ENGINE_EVAL_LEXICON_SELFTEST_H_
#define LANJIE_ENGINE_EVAL_LEXICON_SELFTEST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>


#include "absl/status/statusor.h"
#include "lanjie/match/artifact.h"

namespace lanjie {

struct FiringKeyword {
  uint32_t entry = 0;
  std::string keyword, risk;
  uint64_t hits = 0;
  std::vector<std::string> examples;  // "…context [hit] context…", from the first lines hit
};

struct CorpusSelfTest {
  std::string name;
  uint64_t bytes = 0, lines = 0, lines_with_hits = 0, hits = 0;
  uint64_t distinct_keywords = 0;  // entries that fired at least once
  double hits_per_mb = 0;          // hits per 10^6 bytes of corpus
  std::vector<FiringKeyword> top;  // most hits first
};

struct SelfTestOptions {
  int threads = 1;
  size_t top = 20;
  size_t examples = 3;
  size_t context_chars = 12;  // code points either side of a hit in examples
};

// Scans `text` ('\n'-separated lines); `name` labels the result.
absl::StatusOr<CorpusSelfTest> SelfTestCorpus(std::shared_ptr<const Artifact> artifact, std::string_view text,
                                              std::string_view name, const SelfTestOptions& options);

struct BankQuestion {
  std::string text;
  std::string category;  // as written in the bank (违规类型, risk code ...)
  std::string source;
  uint32_t line = 0;
  // should_refuse (also when the file has no bank column), should_answer,
  // generate, or the bank cell as written when it names none of these.
  std::string bank = "should_refuse";
};

// Reads a question bank for the self-test: CSV/TSV (any encoding, see
// decode.h), XLSX or JSONL, with a question column (question, 问题, 题目,
// prompt) and an optional category column (category, 违规类型, 风险类别,
// risk, 类别, dimension) and an optional bank column (bank, 题库, 题库类型:
// should_refuse / 应拒答, should_answer / 非拒答 / 不应拒答, generate / 生成).
// JADE-DB's `ID,问题,违规类型,违规子类` works as is.
// Rows without a question are errors listed in `problems` (file:line: reason).
absl::StatusOr<std::vector<BankQuestion>> ReadSelfTestQuestions(const std::string& path,
                                                                 std::vector<std::string>* problems);

struct RecallRow {
  std::string category;
  uint64_t questions = 0, with_hit = 0;
  double share = 0;  // with_hit / questions
};

struct RecallSelfTest {
  std::string name;
  std::string bank = "should_refuse";  // of every question given (see SplitByBank)
  uint64_t questions = 0, with_hit = 0;
  double share = 0;
  std::vector<RecallRow> per_category;  // sorted by category
  std::vector<FiringKeyword> top;       // keywords hitting most questions
};

absl::StatusOr<RecallSelfTest> SelfTestRecall(std::shared_ptr<const Artifact> artifact,
                                              const std::vector<BankQuestion>& questions, std::string_view name,
                                              const SelfTestOptions& options);

// Groups questions by BankQuestion::bank, in first-seen order: run
// SelfTestRecall per group (for should_answer the share with a hit is the
// share the runtime filter would wrongly block).
std::vector<std::pair<std::string, std::vector<BankQuestion>>> SplitByBank(const std::vector<BankQuestion>& questions);

std::string CorpusSelfTestTable(const CorpusSelfTest& r);
std::string RecallSelfTestTable(const RecallSelfTest& r);
// One JSON object on one line (no newline): {"corpus", "bytes", "lines",
// "hits", "hits_per_mb", "lines_with_hits", "distinct_keywords", "top": [...]}
// and {"bank", "bank_kind", "questions", "with_hit", "share",
// "per_category": [...], "top": [...]}. Invalid UTF-8 is replaced (U+FFFD).
std::string CorpusSelfTestJson(const CorpusSelfTest& r);
std::string RecallSelfTestJson(const RecallSelfTest& r);

}  // namespace lanjie

#endif  // LANJIE_ENGINE_EVAL_LEXICON_SELFTEST_H_
