// lanjie eval judge-train: fits the stacked refusal model
// (lanjie/eval/refusal_model_train.h) on labelled answers, or
// cross-validates it leave-one-file-out (--cv); lanjie eval judge-blend
// mixes two models into one.
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lanjie/common/atomic_file.h"
#include "lanjie/eval/judge_check.h"
#include "lanjie/eval/refusal.h"
#include "lanjie/eval/refusal_model.h"
#include "lanjie/eval/refusal_model_train.h"
#include "args.h"
#include "eval_judge_check.h"

namespace lanjie::cli {
namespace {

void PrintRow(const char* name, const std::string& group, const JudgeAgreement& a) {
  std::printf("%-34s %-7s n=%4lld decided=%4lld uncertain=%3lld (%4.1f%%) agreement=%6.2f%% precision=%6.2f%% recall=%6.2f%%\n",
              group.c_str(), name, static_cast<long long>(a.n), static_cast<long long>(a.decided),
              static_cast<long long>(a.uncertain), 100 * a.uncertain_rate(), 100 * a.accuracy(),
              100 * a.refusal_precision(), 100 * a.refusal_recall());
}

// Fills *options from the flags; prints the reason and returns false on a bad value.
bool ParseTrainOptions(const Args& args, RefusalTrainOptions* options) {
  if (args.Has("c") && (!absl::SimpleAtod(args.Get("c"), &options->c) || options->c <= 0)) {
    std::fprintf(stderr, "lanjie eval judge-train: --c must be a positive number\n");
    return false;
  }
  if (args.Has("hash-bits") && (!absl::SimpleAtoi(args.Get("hash-bits"), &options->hash_bits) ||
                                options->hash_bits < 8 || options->hash_bits > 24)) {
    std::fprintf(stderr, "lanjie eval judge-train: --hash-bits must be 8..24\n");
    return false;
  }
  if (args.Has("target-uncertain") &&
      (!absl::SimpleAtod(args.Get("target-uncertain"), &options->target_uncertain) ||
       options->target_uncertain < 0 || options->target_uncertain > 1)) {
    std::fprintf(stderr, "lanjie eval judge-train: --target-uncertain must be in [0, 1]\n");
    return false;
  }
  if (args.Has("average") && (!absl::SimpleAtoi(args.Get("average"), &options->average) || options->average < 0 ||
                              options->average > 2)) {
    std::fprintf(stderr, "lanjie eval judge-train: --average must be 0, 1 or 2\n");
    return false;
  }
  if (args.Has("rules-decide"))
    options->rules_decide = absl::StrSplit(args.Get("rules-decide"), ',', absl::SkipEmpty());
  if (args.Has("features")) {
    auto mask = ParseRefusalFeatureFamilies(args.Get("features"), options->features);
    if (!mask.ok()) {
      std::fprintf(stderr, "lanjie eval judge-train: --features: %s\n", std::string(mask.status().message()).c_str());
      return false;
    }
    options->features = *mask;
  }
  if (args.Has("text-scale-floor") && (!absl::SimpleAtoi(args.Get("text-scale-floor"), &options->text_scale_floor) ||
                                       options->text_scale_floor > 100000)) {
    std::fprintf(stderr, "lanjie eval judge-train: --text-scale-floor must be 0..100000\n");
    return false;
  }
  options->l1 = !args.Has("l2");
  options->rule_features = !args.Has("no-rule-features");
  options->question_features = !args.Has("no-question-features");
  options->comment = args.Get("comment");
  return true;
}

// Reads every positional file in order; prints the first error and returns false.
bool ReadAllAnswers(const Args& args, std::vector<LabelledAnswer>* answers) {
  for (const std::string& path : args.positionals()) {
    auto items = ReadLabelledAnswers(path, {});
    if (!items.ok()) {
      std::fprintf(stderr, "lanjie eval judge-train: %s\n", std::string(items.status().message()).c_str());
      return false;
    }
    for (auto& item : *items) answers->push_back(std::move(item));
  }
  return true;
}

// --cv-out: one JSON line per answer with its out-of-fold verdicts; written atomically.
absl::Status WriteCvAnswers(const std::string& path, const std::vector<RefusalCvFold>& folds) {
  std::string lines;
  for (const RefusalCvFold& f : folds)
    for (const RefusalCvAnswer& a : f.answers) {
      nlohmann::json j = {{"group", f.group},
                          {"id", a.id},
                          {"refused", a.refused},
                          {"rules", RefusalLabelName(a.rules.label)},
                          {"rules_construction", a.rules.construction},
                          {"rules_decided", a.rules_decided},
                          {"stacked", RefusalLabelName(a.stacked.label)},
                          {"reason", a.stacked.reason}};
      if (!a.rules_decided) j["p"] = a.p;
      absl::StrAppend(&lines, j.dump(), "\n");
    }
  return WriteFileAtomically(path, lines);
}

// Prints per-fold and total agreement of rules vs stacked, as a table or (json) one document.
void PrintCvFolds(const std::vector<RefusalCvFold>& folds, bool json) {
  JudgeAgreement rules_total, stacked_total;
  nlohmann::json per = nlohmann::json::array();
  for (const RefusalCvFold& f : folds) {
    rules_total.Add(f.rules);
    stacked_total.Add(f.stacked);
    if (json) {
      per.push_back({{"group", f.group}, {"band", {f.band_low, f.band_high}}, {"rules", AgreementJson(f.rules)},
                     {"stacked", AgreementJson(f.stacked)}});
    } else {
      const std::string g = f.group.substr(f.group.rfind('/') + 1);
      PrintRow("rules", g, f.rules);
      PrintRow("stacked", g, f.stacked);
    }
  }
  if (json) {
    nlohmann::json j = {{"folds", per}, {"rules", AgreementJson(rules_total)}, {"stacked", AgreementJson(stacked_total)}};
    std::printf("%s\n", j.dump(2).c_str());
  } else {
    PrintRow("rules", "all folds", rules_total);
    PrintRow("stacked", "all folds", stacked_total);
  }
}

// --cv: leave-one-file-out cross-validation; returns the exit code.
int RunCrossValidation(const Args& args, const RefusalJudge& rules, const std::vector<LabelledAnswer>& answers,
                       const RefusalTrainOptions& options) {
  auto folds = CrossValidateRefusalModel(rules, answers, options);
  if (!folds.ok()) {
    std::fprintf(stderr, "lanjie eval judge-train: %s\n", std::string(folds.status().message()).c_str());
    return 2;
  }
  if (args.Has("cv-out")) {
    if (absl::Status st = WriteCvAnswers(args.Get("cv-out"), *folds); !st.ok()) {
      std::fprintf(stderr, "lanjie eval judge-train: %s\n", std::string(st.message()).c_str());
      return 2;
    }
  }
  PrintCvFolds(*folds, args.Has("json"));
  return 0;
}

// Fits the model on all answers and writes it to `out`; returns the exit code.
int TrainAndWrite(const std::string& out, const RefusalJudge& rules, const std::vector<LabelledAnswer>& answers,
                  const RefusalTrainOptions& options) {
  auto model = TrainRefusalModel(rules, answers, options);
  if (!model.ok()) {
    std::fprintf(stderr, "lanjie eval judge-train: %s\n", std::string(model.status().message()).c_str());
    return 2;
  }
  const std::string text = model->Serialize();
  if (absl::Status st = WriteFileAtomically(out, text); !st.ok()) {
    std::fprintf(stderr, "lanjie eval judge-train: %s\n", std::string(st.message()).c_str());
    return 2;
  }
  size_t nonzero = 0;
  for (float w : model->weights) nonzero += w != 0;
  std::fprintf(stderr, "lanjie eval judge-train: %zu answers, %zu non-zero weights, band %.2f-%.2f -> %s\n",
               answers.size(), nonzero, model->band_low, model->band_high, out.c_str());
  return 0;
}

}  // namespace

int RunJudgeTrain(int argc, char** argv) {
  Args args(argc, argv, 3,
            {"o", "out", "c", "hash-bits", "target-uncertain", "rules-decide", "vocabulary-dir", "comment", "features",
             "text-scale-floor", "cv-out", "average"},
            {"cv", "json", "no-rule-features", "no-question-features", "l2"});
  const std::string out = args.Get("out", args.Get("o"));
  if (!args.ok() || args.positionals().empty() || (out.empty() && !args.Has("cv"))) {
    std::fprintf(stderr,
                 "usage: lanjie eval judge-train FILE.{jsonl,csv,tsv}... -o MODEL.txt [--c C (64)] [--l2] [--hash-bits B]\n"
                 "       [--target-uncertain F (0.03)] [--rules-decide L1,L2,...] [--no-rule-features]\n"
                 "       [--no-question-features] [--features LIST|+name,-name] [--text-scale-floor N] [--comment TEXT]\n"
                 "       [--average 0|1|2 (0: one fit; 1: its mean with the inner folds' fits; 2: inner folds' only)]\n"
                 "       lanjie eval judge-train FILE... --cv [--json] [--cv-out FILE.jsonl]   leave-one-file-out: rules vs stacked\n"
                 "       (--cv-out: one line per answer with its out-of-fold verdicts and p)\n"
                 "Fits the stacked refusal model (logistic regression, liblinear) on labelled answers.\n%s",
                 args.ok() ? "" : (args.error() + "\n").c_str());
    return 2;
  }
  RefusalTrainOptions options;
  if (!ParseTrainOptions(args, &options)) return 2;
  const std::string dir = args.Get("vocabulary-dir");
  auto rules = dir.empty() ? RefusalJudge::Default() : RefusalJudge::FromDirectory(dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "lanjie eval judge-train: %s\n", std::string(rules.status().message()).c_str());
    return 2;
  }
  std::vector<LabelledAnswer> answers;
  if (!ReadAllAnswers(args, &answers)) return 2;
  if (args.Has("cv")) return RunCrossValidation(args, *rules, answers, options);
  return TrainAndWrite(out, *rules, answers, options);
}

int RunJudgeBlend(int argc, char** argv) {
  Args args(argc, argv, 3, {"o", "out", "weight", "band", "comment"}, {});
  const std::string out = args.Get("out", args.Get("o"));
  double weight = 0, low = 0, high = 0;
  const std::vector<std::string> band = absl::StrSplit(args.Get("band"), ',');
  const bool numbers = absl::SimpleAtod(args.Get("weight"), &weight) && band.size() == 2 &&
                       absl::SimpleAtod(band[0], &low) && absl::SimpleAtod(band[1], &high);
  if (!args.ok() || args.positionals().size() != 2 || out.empty() || !numbers) {
    std::fprintf(stderr,
                 "usage: lanjie eval judge-blend A B -o MODEL.txt --weight W --band LOW,HIGH [--comment TEXT]\n"
                 "Mixes two stacked refusal models of the same settings slot by slot: weights and bias are\n"
                 "W * A + (1 - W) * B; [LOW, HIGH] is the blend's uncertain band. A and B: default, service or\n"
                 "a model file from judge-train or judge-blend.\n%s",
                 args.ok() ? "" : (args.error() + "\n").c_str());
    return 2;
  }
  std::vector<RefusalModel> parts;
  for (const std::string& spec : args.positionals()) {
    auto model = LoadRefusalModel(spec);
    if (!model.ok() || !model->has_value()) {
      std::fprintf(stderr, "lanjie eval judge-blend: %s\n",
                   model.ok() ? "a part must be a model (default, service or a file), not none"
                              : std::string(model.status().message()).c_str());
      return 2;
    }
    parts.push_back(std::move(**model));
  }
  auto blend = BlendRefusalModels(parts[0], parts[1], weight, low, high, args.Get("comment"));
  if (!blend.ok()) {
    std::fprintf(stderr, "lanjie eval judge-blend: %s\n", std::string(blend.status().message()).c_str());
    return 2;
  }
  if (absl::Status st = WriteFileAtomically(out, blend->Serialize()); !st.ok()) {
    std::fprintf(stderr, "lanjie eval judge-blend: %s\n", std::string(st.message()).c_str());
    return 2;
  }
  std::fprintf(stderr, "lanjie eval judge-blend: %g * %s + %g * %s, band %.2f-%.2f -> %s\n", weight,
               args.positionals()[0].c_str(), 1 - weight, args.positionals()[1].c_str(), low, high, out.c_str());
  return 0;
}

}  // namespace lanjie::cli
