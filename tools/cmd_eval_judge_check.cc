// lanjie eval judge-check: agreement of the refusal judge with human labels,
// from JSONL, CSV or TSV files (lanjie/eval/judge_check.h).
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/strings/numbers.h"
#include "lanjie/eval/judge_check.h"
#include "lanjie/eval/refusal.h"
#include "lanjie/eval/refusal_model.h"
#include "args.h"
#include "eval_judge_check.h"

namespace lanjie::cli {
namespace {

void PrintText(const std::string& name, const JudgeAgreement& a) {
  std::printf("%s: %lld answers, %lld decided, %lld uncertain (%.1f%%); agreement on decided %lld/%lld = %.2f%%\n",
              name.c_str(), static_cast<long long>(a.n), static_cast<long long>(a.decided),
              static_cast<long long>(a.uncertain), 100 * a.uncertain_rate(), static_cast<long long>(a.agree),
              static_cast<long long>(a.decided), 100 * a.accuracy());
  std::printf("  human refusal:    judge refusal %lld, judge compliance %lld\n",
              static_cast<long long>(a.refusal_as_refusal), static_cast<long long>(a.refusal_as_compliance));
  std::printf("  human compliance: judge refusal %lld, judge compliance %lld\n",
              static_cast<long long>(a.compliance_as_refusal), static_cast<long long>(a.compliance_as_compliance));
  std::printf("  refusal precision %.2f%%, recall %.2f%%\n", 100 * a.refusal_precision(), 100 * a.refusal_recall());
}

// --min-agreement P / --max-uncertain Q: a fraction in [0, 1]; absent: no bound.
struct JudgeCheckBounds {
  std::optional<double> min_agreement, max_uncertain;
};

// Reads the two bounds; false (with a message on stderr) when one is not a
// fraction in [0, 1].
bool ReadBounds(const Args& args, JudgeCheckBounds* bounds) {
  for (const char* flag : {"min-agreement", "max-uncertain"}) {
    if (!args.Has(flag)) continue;
    double v = 0;
    if (!absl::SimpleAtod(args.Get(flag), &v) || !(v >= 0 && v <= 1)) {
      std::fprintf(stderr, "lanjie eval judge-check: --%s: '%s' is not a fraction between 0 and 1 (e.g. 0.97)\n",
                   flag, args.Get(flag).c_str());
      return false;
    }
    (std::string(flag) == "min-agreement" ? bounds->min_agreement : bounds->max_uncertain) = v;
  }
  return true;
}

// The bounds the figures miss, one line each; empty when every bound holds.
std::vector<std::string> MissedBounds(const JudgeAgreement& a, const JudgeCheckBounds& b) {
  std::vector<std::string> missed;
  char line[160];
  if (b.min_agreement && !(a.decided > 0 && a.accuracy() >= *b.min_agreement)) {
    std::snprintf(line, sizeof line, "agreement on decided %.2f%% is below --min-agreement %.2f%%", 100 * a.accuracy(),
                  100 * *b.min_agreement);
    missed.push_back(line);
  }
  if (b.max_uncertain && a.uncertain_rate() > *b.max_uncertain) {
    std::snprintf(line, sizeof line, "uncertain %.2f%% is above --max-uncertain %.2f%%", 100 * a.uncertain_rate(),
                  100 * *b.max_uncertain);
    missed.push_back(line);
  }
  return missed;
}

}  // namespace

nlohmann::json AgreementJson(const JudgeAgreement& a) {
  nlohmann::json by = nlohmann::json::object();
  for (const auto& [c, v] : a.by_construction) by[c] = {{"agree", v.first}, {"n", v.second}};
  return {{"n", a.n},
          {"decided", a.decided},
          {"agree", a.agree},
          {"uncertain", a.uncertain},
          {"accuracy", a.accuracy()},
          {"uncertain_rate", a.uncertain_rate()},
          {"refusal_precision", a.refusal_precision()},
          {"refusal_recall", a.refusal_recall()},
          {"confusion",
           {{"refusal_as_refusal", a.refusal_as_refusal},
            {"refusal_as_compliance", a.refusal_as_compliance},
            {"compliance_as_refusal", a.compliance_as_refusal},
            {"compliance_as_compliance", a.compliance_as_compliance}}},
          {"by_construction", by}};
}

namespace {

constexpr char kJudgeCheckUsage[] =
    "usage: lanjie eval judge-check FILE.{jsonl,csv,tsv}... [--vocabulary-dir DIR]\n"
    "       [--text-column NAME] [--label-column NAME] [--model none|default|service|MODEL.txt] [--json] [--show-errors]\n"
    "       [--min-agreement P] [--max-uncertain Q]\n"
    "Agreement of the refusal judge with human labels; uncertain verdicts are counted apart.\n"
    "--min-agreement / --max-uncertain (fractions, e.g. 0.97 and 0.05): a verdict over all\n"
    "files together; exit 1 when agreement on decided answers is below P (or nothing is\n"
    "decided) or the uncertain share is above Q, 0 otherwise, 2 on an error.\n"
    "--model: default (the rules stacked with the compiled-in model, as eval judges by default),\n"
    "service (the compiled-in model for deployed assistants and apps), none (the rules\n"
    "alone, as eval --judge-model none) or a file from judge-train or judge-blend; the\n"
    "question/prompt column feeds the model's question features and the rules' reading\n"
    "of the answer against its question when present.\n";

// Every labelled file, in the order given; false (message on stderr) at the
// first that cannot be read (the error names FILE:LINE).
bool ReadAllFiles(const Args& args, std::vector<std::vector<LabelledAnswer>>* files) {
  const LabelledAnswerColumns columns{args.Get("text-column"), args.Get("label-column")};
  for (const std::string& path : args.positionals()) {
    auto items = ReadLabelledAnswers(path, columns);
    if (!items.ok()) {
      std::fprintf(stderr, "lanjie eval judge-check: %s\n", std::string(items.status().message()).c_str());
      return false;
    }
    files->push_back(std::move(*items));
  }
  return true;
}

// Judges every file (with its questions); per-file figures go to `per_file`
// (--json) or stdout (text, more than one file); returns the total.
JudgeAgreement MeasureFiles(const Args& args, const ConfiguredRefusalJudge& judge,
                            const std::vector<std::vector<LabelledAnswer>>& files, nlohmann::json* per_file) {
  JudgeAgreement total;
  for (size_t i = 0; i < files.size(); ++i) {
    const JudgeAgreement a =
        MeasureAgreement(files[i], [&](const LabelledAnswer& x) { return judge.Judge(x.answer, x.question); });
    if (args.Has("json")) (*per_file)[args.positionals()[i]] = AgreementJson(a);
    else if (files.size() > 1) PrintText(args.positionals()[i], a);
    total.Add(a);
  }
  return total;
}

// --show-errors: one line per disagreement (FILE:LINE, id, both labels, the
// construction and clause; the model's reason for model verdicts), on stdout,
// or stderr when stdout carries JSON.
void ShowErrors(const JudgeAgreement& total, bool json) {
  for (const JudgeDisagreement& d : total.disagreements) {
    const bool model = d.verdict.construction.rfind("model", 0) == 0;
    std::fprintf(json ? stderr : stdout, "%s:%u\t%s\thuman=%s\tjudge=%s/%s\tclause=%s%s%s\n", d.item->file.c_str(),
                 d.item->line, d.item->id.c_str(), d.item->label.c_str(), RefusalLabelName(d.verdict.label),
                 d.verdict.construction.c_str(), d.verdict.clause.c_str(), model ? "\treason=" : "",
                 model ? d.verdict.reason.c_str() : "");
  }
}

// The totals (JSON with the per-file figures and the bounds' verdict, or
// text), then one FAIL line per missed bound on stderr; the exit status.
int PrintResult(const Args& args, const JudgeAgreement& total, nlohmann::json per_file, const JudgeCheckBounds& bounds) {
  const std::vector<std::string> missed = MissedBounds(total, bounds);
  const bool verdict = bounds.min_agreement || bounds.max_uncertain;
  if (args.Has("json")) {
    nlohmann::json j = AgreementJson(total);
    j["files"] = std::move(per_file);
    if (verdict) j["verdict"] = {{"pass", missed.empty()}, {"missed", missed}};
    std::printf("%s\n", j.dump(2).c_str());
  } else {
    PrintText("all", total);
  }
  for (const std::string& m : missed) std::fprintf(stderr, "lanjie eval judge-check: FAIL: %s\n", m.c_str());
  return missed.empty() ? 0 : 1;
}

}  // namespace

int RunJudgeCheck(int argc, char** argv) {
  Args args(argc, argv, 3, {"refusal-lists", "vocabulary-dir", "text-column", "label-column", "model",
                                "min-agreement", "max-uncertain"},
            {"json", "show-errors"});
  if (!args.ok() || args.positionals().empty()) {
    std::fputs(kJudgeCheckUsage, stderr);
    return 2;
  }
  JudgeCheckBounds bounds;
  if (!ReadBounds(args, &bounds)) return 2;
  const std::string dir = args.Get("vocabulary-dir", args.Get("refusal-lists"));
  auto judge = ConfiguredRefusalJudge::Load({dir, args.Get("model", "default")});
  if (!judge.ok()) {
    std::fprintf(stderr, "lanjie eval judge-check: %s\n", std::string(judge.status().message()).c_str());
    return 2;
  }
  std::vector<std::vector<LabelledAnswer>> files;
  if (!ReadAllFiles(args, &files)) return 2;
  nlohmann::json per_file = nlohmann::json::object();
  const JudgeAgreement total = MeasureFiles(args, **judge, files, &per_file);
  if (args.Has("show-errors")) ShowErrors(total, args.Has("json"));
  return PrintResult(args, total, std::move(per_file), bounds);
}

}  // namespace lanjie::cli
