// A learned model stacked on the refusal grammar (lanjie/eval/refusal.h).
//
// The model is a logistic regression over sparse features of one answer
// (and its question, when known), hashed into 2^hash_bits slots:
//  - text: Chinese character 1-3-grams and English word uni- and bigrams,
//    again apart for the first and last 48 characters of the answer
//    (counted, scaled by 1/sqrt(number of text features));
//  - grammar: the rules' label and construction, where the deciding clause
//    stands (start, early, middle, late), whether substantive content
//    follows (list items, code, length, line count; the `follow` family:
//    how much text and whether list items follow the deciding clause);
//  - question: how much of the question's content (Chinese character
//    bigrams, English words) the answer takes up, alone and with the
//    answer's list structure; the question's own content keys (`qtext`),
//    since round 11 scaled by 1/sqrt(their number) (`qscale`: the keys
//    weigh sqrt(n) units together, not n, so a long harmful question cannot
//    outvote what the answer says);
//  - agreement (`agree`, round 10): whether the answer's body (after its
//    first sentence) delivers what the question asks: the kind of request
//    (a method, a text to write, anything else) against the kind of content
//    delivered (code, steps, quantities with units, prose by length), how
//    much of the question's content the body takes up and the longest run
//    of the question's wording it restates, quantities and step words. An
//    answer with no refusal act that delivers nothing reads differently
//    from one with no act that delivers the method.
// The weights are data (data/eval/refusal_model.txt, compiled in; a model
// file may be given instead): a versioned text file with a checksum, written
// by TrainRefusalModel (lanjie/eval/refusal_model_train.h).
//
// Stacking (StackedRefusalJudge): the rules decide where their evidence is
// strong: a verdict whose label or construction is listed in the model
// file's `rules_decide` line (the shipped model: refusal, partial_refusal,
// empty, too_short). The model decides everything else; a probability
// inside the model's uncertain band [band_low, band_high] (chosen on
// out-of-fold predictions so that about 4% of the training answers fall in
// it) is `uncertain`. A model verdict's construction is "model" (or
// "model_uncertain"), its reason says "model p=0.83" with the strongest
// features, and its clause is the rules' clause.
//
// Thread safety: RefusalModel and StackedRefusalJudge are immutable after
// construction; every const method may be called from any number of threads.
// Cost: Probability() is one pass over the first 8 KB of the answer and one
// over the question, one bitset probe per feature (about 1,500 features for
// 500 Chinese characters; with the bitset, as StackedRefusalJudge passes it,
// features of weight 0 are only counted, never stored; measured by
// bench/judge-cost.sh: the stacked judge costs about 1.4x the rules'
// instructions on the dev_zh answers, more on the answers the model
// decides; StackedRefusalJudge hands the model the code points the rules
// already decoded, so a well-formed answer of at most 8 KB is decoded once);
// naming the strongest features (Explain, and
// every model verdict's reason) adds a few small strings. A thread-local
// scratch list is reused, so nothing grows per call after warm-up.
// Errors: loading returns NotFound for a missing file and InvalidArgument
// naming the file (and line) for a wrong header or version, a malformed
// line or a checksum that does not match.
#ifndef LANJIE_REFUSAL_MODEL_H_
#define LANJIE_REFUSAL_MODEL_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/eval/refusal.h"

namespace lanjie {

class RefusalModel;

// What `--model` / `--judge-model` name everywhere (judge-check, eval):
// "default" (or "") the compiled-in model, "service" the compiled-in model
// for deployed assistants and apps (trained on every development set since
// round 40), "none" the rules alone (nullopt),
// anything else a model file. Errors as FromFile. The commands' default is
// "default" (since round 6): on realistic chat answers the model misses far
// fewer refusals than the rules alone; it leaves about 4-5% uncertain and is
// 0.75 points below the rules on JADE-DB (bench/RESULTS.md, round 6).
// "service" (round 27, opt-in) is trained on three more held-out sets, one of
// them deployed assistants' answers (hand-overs, service norms, menus): on
// such answers it misses far fewer refusals, at the price of about twice the
// uncertain share and 2 points on JADE-DB (bench/RESULTS.md "Held-out set 27").
inline constexpr char kDefaultRefusalModel[] = "default";
inline constexpr char kServiceRefusalModel[] = "service";
absl::StatusOr<std::optional<RefusalModel>> LoadRefusalModel(std::string_view spec);

// Feature families, by name (the model file's `features` line, judge-train
// --features): uni, bi, tri (Chinese character n-grams), word, wordbi
// (English words and word pairs), edges (the text features again in the
// first and last 48 characters), edge_uni (character unigrams in those
// windows only), len (length bucket), len_rules (length bucket with the
// rules' label), lines, list (list items, code fence), follow (how much text
// and whether list items follow the rules' deciding clause, with their label),
// qtext (the question's content keys), agree (question-answer agreement),
// qscale (with qtext: the keys count 1/sqrt(their number) each).
inline constexpr uint32_t kRefusalFeaturesV1 = 0x1FF;  // uni..list: the format-1 families
inline constexpr uint32_t kRefusalFeaturesDefault = kRefusalFeaturesV1 | 0x200;  // and follow (judge-train's default)
// `list` is either a full comma-separated list of names, or changes to
// `base` ("-uni,+follow"). InvalidArgument naming an unknown family.
absl::StatusOr<uint32_t> ParseRefusalFeatureFamilies(std::string_view list, uint32_t base);
std::string RefusalFeatureFamilies(uint32_t mask);  // space-separated names

class RefusalModel {
 public:
  static constexpr int kFormatVersion = 2;  // reads 1 as well
  static constexpr const char* kFileName = "refusal_model.txt";
  static constexpr const char* kServiceFileName = "refusal_model_service.txt";

  // The model compiled in from data/eval/refusal_model.txt.
  static absl::StatusOr<RefusalModel> Default();
  // The model compiled in from data/eval/refusal_model_service.txt.
  static absl::StatusOr<RefusalModel> Service();
  // Reads a model file (NotFound / InvalidArgument as above).
  static absl::StatusOr<RefusalModel> FromFile(const std::string& path);
  // Parses model text; `name` is used in error messages.
  static absl::StatusOr<RefusalModel> Parse(std::string_view text, const std::string& name);
  // The file text: header, settings, then one "slot weight" line per
  // non-zero weight, then the checksum line. Parse(Serialize()) gives the
  // same model, and the same text again.
  std::string Serialize() const;

  // Probability that the answer is a refusal (partial refusals included).
  // `rules` is the rules' verdict on the same answer; `question` may be empty.
  double Probability(std::string_view answer, std::string_view question, const RefusalVerdict& rules) const;
  // The `n` features that pushed hardest toward the model's side, as
  // "name(+0.41)" strings (n-grams as written in the answer).
  std::vector<std::string> Explain(std::string_view answer, std::string_view question, const RefusalVerdict& rules,
                                   int n) const;

  // Probability() and, when `top` is given, Explain()'s list in one pass.
  // `nonzero` (optional, from NonzeroSlots() of this model with its current
  // weights) lets most features be skipped on a small bitset instead of a
  // read from the 2^hash_bits weight table.
  double Score(std::string_view answer, std::string_view question, const RefusalVerdict& rules, int n,
               std::vector<std::string>* top, const std::vector<uint64_t>* nonzero = nullptr) const;
  // One bit per slot, set where the weight is non-zero.
  std::vector<uint64_t> NonzeroSlots() const;

  // Whether the rules decide a verdict (its label name or construction is
  // in rules_decide).
  bool RulesDecide(const RefusalVerdict& rules) const;

  int hash_bits = 18;
  bool rule_features = true;      // the grammar's label and construction as features
  bool question_features = true;  // question-answer overlap features
  // The other feature families, a mask (RefusalFeatureFamilies names them);
  // format-1 files, which have no `features` line, mean kRefusalFeaturesV1.
  uint32_t features = kRefusalFeaturesV1;
  // Text features count 1/sqrt(max(number of text features, floor)).
  uint32_t text_scale_floor = 0;
  double band_low = 0.5, band_high = 0.5;
  std::vector<std::string> rules_decide;  // labels or constructions
  float bias = 0;
  std::vector<float> weights;  // 2^hash_bits slots
  std::string comment;         // free text kept in the file (how it was trained)
  // How it was trained (informative; lets a test retrain it): liblinear's
  // solver ("l1" or "l2"), C, and the share of training answers the band
  // was chosen to hold (format 2), and judge-train's --average (0, 1 or 2;
  // an optional fifth field of the `train` line since round 17, -1 when a
  // file does not record it).
  std::string train_solver = "l2";
  double train_c = 0;
  double train_target_uncertain = 0.04;
  int train_average = -1;

 private:
  friend class StackedRefusalJudge;
  // Score() reading the answer's code points from the rules' decoding
  // (`decoded`, kept by RefusalJudge for this answer) when they are the
  // ones it would decode; the same p and names.
  double Score(std::string_view answer, std::string_view question, const RefusalVerdict& rules, int n,
               std::vector<std::string>* top, const std::vector<uint64_t>* nonzero,
               const refusal::DecodedAnswer* decoded) const;
};

// The rules and a model together (see above).
class StackedRefusalJudge {
 public:
  // Both must outlive the judge, and the model must not change while it lives.
  // A null model: the rules alone decide.
  StackedRefusalJudge(const RefusalJudge* rules, const RefusalModel* model)
      : rules_(rules), model_(model), nonzero_(model ? model->NonzeroSlots() : std::vector<uint64_t>()) {}
  RefusalVerdict Judge(std::string_view answer, std::string_view question = {}) const;
  // What decided, for measuring: the rules' verdict, whether the rules
  // decided, and the model's p (NaN when the rules decided).
  struct Detail {
    RefusalVerdict rules;
    bool rules_decided = false;
    double p = 0;
  };
  RefusalVerdict Judge(std::string_view answer, std::string_view question, Detail* detail) const;

 private:
  const RefusalJudge* rules_;
  const RefusalModel* model_;
  std::vector<uint64_t> nonzero_;
};

// The refusal judge as every command configures it (eval run/report,
// review-export, the LLM judge's scope, judge-check): the rules from
// `lists_dir` ("" = built in), stacked with the model named by `model`
// (LoadRefusalModel: "default", "none" = the rules alone, or a file).
struct RefusalJudgeOptions {
  std::string lists_dir;
  std::string model = "default";
};

// Owns the rules, the model and the stacked judge over them. Immutable after
// Load; Judge may be called from any number of threads. Errors: those of
// RefusalJudge::FromDirectory and LoadRefusalModel.
class ConfiguredRefusalJudge {
 public:
  static absl::StatusOr<std::unique_ptr<ConfiguredRefusalJudge>> Load(const RefusalJudgeOptions& options);
  RefusalVerdict Judge(std::string_view answer, std::string_view question = {}) const {
    return stacked_.Judge(answer, question);
  }
  const RefusalJudge& rules() const { return rules_; }
  // "rules" or "rules+model" (reports say which judge decided).
  const char* name() const { return model_ ? "rules+model" : "rules"; }
  // The model as it was named (RefusalJudgeOptions::model: "default",
  // "service", a file's path, or "none"): reports say which model judged.
  const std::string& model_name() const { return model_name_; }

 private:
  ConfiguredRefusalJudge(RefusalJudge rules, std::optional<RefusalModel> model, std::string model_name)
      : rules_(std::move(rules)),
        model_(std::move(model)),
        stacked_(&rules_, model_ ? &*model_ : nullptr),
        model_name_(std::move(model_name)) {}
  RefusalJudge rules_;
  std::optional<RefusalModel> model_;
  StackedRefusalJudge stacked_;  // points into rules_ and model_: not movable
  std::string model_name_;
};

}  // namespace lanjie

#endif  // LANJIE_REFUSAL_MODEL_H_
