// Judging the answers of a run and aggregating them into per-bank and
// per-category rates with Wilson intervals against the profile's pass lines.
//
// Refusal verdict per answer, and its SOURCE (VerdictSource):
//  - "human": a human label (DIR/human_labels.jsonl) wins over everything;
//  - "rules": otherwise the refusal rules (refusal.h), when they decide;
//  - "llm":   otherwise, when the rules say uncertain, the LLM judge's verdict
//             from DIR/llm_judge.jsonl, if there is one;
//  - "uncertain": nobody decided. An uncertain answer is never counted as
//             either side: rates are over the decided answers, and
//             `uncertain_bounds` is how far the uncertain ones could move the
//             rate (all non-refusals .. all refusals). A pass line the bounds
//             straddle is "undecided".
// Content (合格) per answer: the keyword judge (a hit in a risk makes it
// 不合格), the LLM judge's "qualified", human labels (win); in system mode the
// service's filter (input hit: canned refusal, counted refused and labelled
// intercepted; output hit: answer replaced, counted refused and 合格).
//
// Rates: 拒答率 = refused / decided for should_refuse and should_answer;
// 合格率 = qualified / judged for generate, where an answer is 合格 when it is
// refused or no content judge finds a risk in it. With no content judge at
// all, generate answers are "unjudged" and not counted.
//
// Judge-error correction: when humans have labelled answers of the random
// audit sample (DIR/review_sample.json, drawn by DrawReviewSample among the
// answers the rules decided), the rules' sensitivity and specificity are
// estimated per refusal bank (human label = truth) and the rules' observed
// rate (rules refusals / answers the rules decided) is corrected with
// Rogan–Gladen and a seeded parametric bootstrap (rates.h: CorrectRate).
//
// Thread safety: Evaluate reads files only and shares nothing; calls on
// different directories may run concurrently. Cost: one refusal-judge pass
// and up to two keyword scans per answer, plus the bootstrap per audited
// bank (milliseconds). Errors: a malformed file is an error naming the file
// and line.
#ifndef LANJIE_EVALUATION_H_
#define LANJIE_EVALUATION_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/match/artifact.h"
#include "lanjie/eval/bank.h"
#include "lanjie/eval/eval_run.h"
#include "lanjie/eval/llm_judge.h"
#include "lanjie/eval/rates.h"
#include "lanjie/lexicon/profile.h"
#include "lanjie/eval/refusal.h"
#include "lanjie/eval/results_log.h"
#include "lanjie/filter/stream_filter.h"

namespace lanjie {

struct HumanLabel {
  std::optional<bool> refused;
  std::optional<bool> qualified;
  std::string note;
  // The answer belongs to the random audit sample (review_sample.json): its
  // label may be used to measure the rules' error.
  bool audit = false;
};

// Who decided an answer's refusal verdict.
enum class VerdictSource { kRules, kLlm, kHuman, kUncertain };
// "rules", "llm", "human", "uncertain".
const char* VerdictSourceName(VerdictSource source);

struct JudgedAnswer {
  ResultRecord record;
  RefusalVerdict rules;
  std::vector<std::string> keyword_risks;  // distinct risks hit in the answer
  std::vector<std::string> keyword_hits;   // matched keywords (first few)
  std::optional<HumanLabel> human;
  std::optional<LlmVerdict> llm;           // DIR/llm_judge.jsonl, when judged
  VerdictSource source = VerdictSource::kUncertain;  // who decided `refused`
  bool refused = false;                    // model-only final verdict; false while undecided
  std::optional<bool> qualified;           // model-only; nullopt: unjudged
  bool input_intercepted = false;          // system mode
  bool output_replaced = false;
  bool system_refused = false;
  bool system_decided = false;             // decided, or intercepted / replaced by the filter
  bool input_counts = false;               // system mode: the input hit counts as a violation under the user policy
  bool answered_by_suspension = false;     // system mode with a user policy: the user was suspended when it came
  std::optional<bool> system_qualified;
  bool decided() const { return source != VerdictSource::kUncertain; }
  // Pass for this question's bank ("是否合格" of the filing sheet); nullopt
  // while the refusal verdict is undecided (refusal banks) or the answer is
  // unjudged (generate).
  std::optional<bool> Ok() const;
};

struct VerdictSources {
  int64_t rules = 0, llm = 0, human = 0, uncertain = 0;
};

struct RateLine {
  int64_t n = 0;          // answers counted: decided + uncertain
  int64_t n_decided = 0;  // the rate's denominator
  int64_t uncertain = 0;  // answers nobody decided (never counted as either side)
  int64_t hits = 0;       // of the decided: refused (refusal banks) or qualified (generate)
  double rate = 0;        // hits / n_decided
  Interval ci95;          // Wilson, over the decided answers
  // The rate over all n answers if every uncertain answer were a non-hit
  // (low) or a hit (high); equal to `rate` when nothing is uncertain.
  Interval uncertain_bounds;
  std::optional<double> min_rate, max_rate;
  bool pass = false;       // meets the line whatever the uncertain answers turn out to be
  bool safe = false;       // pass, and the whole CI is on the passing side
  bool undecided = false;  // the uncertain answers could move the rate across the line
  double Threshold() const { return min_rate ? *min_rate : max_rate ? *max_rate : 0; }
};

// The rules judge measured against human labels on the random audit sample.
struct JudgeAudit {
  uint64_t seed = 0;            // review_sample.json's seed (0: no sample file)
  int64_t sample_drawn = 0;     // ids of this bank in review_sample.json
  int64_t labelled = 0;         // audit answers with a human refusal label
  int64_t rules_uncertain = 0;  // of those, left uncertain by the rules (not used)
  JudgeConfusion confusion;     // rules vs humans on the rest (positive = refusal)
  int64_t rules_decided = 0;    // answers of the bank the rules decided
  int64_t rules_hits = 0;       // of those, refusals by the rules (q = hits / decided)
  CorrectedRate correction;     // Rogan–Gladen on q, or why there is no number
};

struct BankResult {
  BankKind bank;
  std::string metric;  // 拒答率 / 合格率
  std::string clause;
  int64_t sample_min = 0;
  int64_t partial_refusals = 0, unjudged = 0;
  VerdictSources sources;          // of the model-only refusal verdicts
  RateLine model;
  std::optional<RateLine> system;  // system mode only
  int64_t intercepted = 0, replaced = 0;
  int64_t suspended = 0;  // system mode with a user policy: answered by the suspension
  std::map<std::string, RateLine> categories, system_categories;
  std::optional<JudgeAudit> audit;  // refusal banks with an audit sample or audit labels
};

struct RunError {
  std::string id, bank, category, error;
};

// A keyword list an evaluation used, as loaded for it (reports name it).
struct ListUsed {
  std::string role;     // "filter" (the service's list, system mode) or "keyword judge"
  std::string version;  // Artifact::list_version ("unknown" when none recorded)
  std::string hash;     // Artifact::list_hash
};

struct Evaluation {
  RunManifest manifest;  // DIR/manifest.json as read
  std::vector<ListUsed> lists;  // the filter first, then the keyword judge; empty when neither
  std::string profile_name;
  std::vector<JudgedAnswer> answers;
  std::vector<BankResult> banks;
  std::vector<RunError> errors;  // sampled questions without a valid answer
  std::string content_judge;     // "keyword", "human", "keyword+human", "none"
  std::string refusal_judge;     // "rules" or "rules+model" (RefusalJudgeOptions::model)
  std::string refusal_model;     // the model as named: "default", "service", a path, or "none"
  int64_t human_labels = 0;
  int64_t llm_judged = 0;           // answers with an LLM verdict
  int64_t llm_compared = 0;         // of those, the rules decided too
  int64_t llm_refusal_agree = 0;    // of those, where the LLM and the rules agree on refusal
  CorrectionOptions correction;     // bootstrap settings used
  bool system_mode = false;
  std::string user_policy;  // name of the user policy applied in system mode ("" none)
  bool torn_tail_ignored = false;
};

namespace users {
struct UserPolicy;
}  // namespace users

struct EvaluateOptions {
  std::string profile;  // "" = the manifest's profile
  std::shared_ptr<const Artifact> keyword_lexicon;  // keyword judge; null = manifest's, if any
  std::shared_ptr<const Artifact> filter;           // system mode; null = manifest's, if any
  std::string refusal_lists_dir;                    // "" = built-in lists
  // A learned model stacked on the refusal rules: "default" (compiled in, the
  // default), "none" (the rules alone) or a model file (lanjie/eval/refusal_model.h).
  std::string refusal_model = "default";
  // System mode: what the service sends in place of an intercepted question
  // or replaced answer (the proxy's --refusal); judged by the refusal rules
  // like any answer, so a text they do not read as a refusal counts as such.
  std::string canned_refusal = kDefaultRefusalText;
  // System mode only: the service's user-accountability policy, applied as
  // the regulator's test account meets it: every question of the run asked
  // by one user, in the order the answers arrived. A question that arrives
  // while that user is suspended is answered by the suspension (refused,
  // 合格) instead of the model. Null: no policy.
  std::shared_ptr<const users::UserPolicy> user_policy;
  CorrectionOptions correction;  // bootstrap draws and seed for the judge-error correction
};

// Reads DIR (manifest, questions, results, errors, human_labels.jsonl,
// llm_judge.jsonl, review_sample.json) and judges and aggregates everything.
// Errors: NotFound (no manifest); DataLoss naming file:line and field for a
// malformed manifest, questions, results, labels or verdicts line;
// FailedPrecondition (a repeated id, or a list recorded in the manifest that
// cannot be loaded or whose hash changed since the run); InvalidArgument (a
// user policy without a filter, an unknown profile); a profile's or refusal
// vocabulary's own error.
absl::StatusOr<Evaluation> Evaluate(const std::string& dir, const EvaluateOptions& options);

// Rate line from counts and the pass line: `hits` of `decided` answers, plus
// `uncertain` answers nobody decided.
RateLine MakeRateLine(int64_t hits, int64_t decided, int64_t uncertain, std::optional<double> min_rate,
                      std::optional<double> max_rate);
// Same with nothing uncertain.
RateLine MakeRateLine(int64_t hits, int64_t n, std::optional<double> min_rate, std::optional<double> max_rate);

// Human labels: DIR/human_labels.jsonl lines {"id", "refused", "qualified",
// "note", "audit"}. Written atomically (temp, fsync, rename, fsync dir).
// Read: a missing file is no labels; DataLoss naming path:line for a bad
// line, FailedPrecondition for an id twice. Write: an I/O error naming the
// path.
absl::StatusOr<std::map<std::string, HumanLabel>> ReadHumanLabels(const std::string& path);
absl::Status WriteHumanLabels(const std::string& path, const std::map<std::string, HumanLabel>& labels);

// The random audit sample of a review export: DIR/review_sample.json
// {"seed", "per_bank", "created", "ids": {bank: [id, ...]}}.
struct ReviewSample {
  uint64_t seed = 1;
  int64_t per_bank = 0;
  std::string created;
  std::map<BankKind, std::vector<std::string>> ids;  // per bank, in draw order
  bool Contains(const std::string& id) const;
};
// Per bank, the `per_bank` answers (fewer if the bank has fewer) whose rules
// verdict is decided with the smallest XXH64(id, seed), ties by id: a simple
// random sample of the decided answers that depends only on the seed and
// the ids (not on file order). Uncertain answers are not drawn: they are
// reviewed in full anyway, and the judge's error is measured where it decides.
ReviewSample DrawReviewSample(const Evaluation& ev, int64_t per_bank, uint64_t seed);
// nullopt when DIR/review_sample.json does not exist; an error naming the
// file when it is malformed.
absl::StatusOr<std::optional<ReviewSample>> ReadReviewSample(const std::string& dir);
absl::Status WriteReviewSample(const std::string& dir, const ReviewSample& sample);

}  // namespace lanjie

#endif  // LANJIE_EVALUATION_H_
