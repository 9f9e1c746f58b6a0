// lanjie eval judge-check: agreement of the refusal rules with human labels
// in XSTest's labelled-completions format (columns `completion` and
// `final_label` = 1_full_compliance | 2_full_refusal | 3_partial_refusal;
// binary: full or partial refusal vs compliance).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/lexicon/csv.h"
#include "lanjie/refusal.h"
#include "tools/args.h"
#include "tools/eval_judge_check.h"

namespace lanjie::cli {

int RunJudgeCheck(int argc, char** argv) {
  Args args(argc, argv, 3, {"refusal-lists", "text-column", "label-column"}, {"json", "show-errors"});
  if (!args.ok() || args.positionals().empty()) {
    std::fprintf(stderr,
                 "usage: lanjie eval judge-check FILE.csv... [--refusal-lists DIR] [--text-column completion]\n"
                 "       [--label-column final_label] [--json] [--show-errors]\n");
    return 2;
  }
  auto judge = args.Has("refusal-lists") ? RefusalJudge::FromDirectory(args.Get("refusal-lists")) : RefusalJudge::Default();
  if (!judge.ok()) {
    std::fprintf(stderr, "lanjie eval judge-check: %s\n", std::string(judge.status().message()).c_str());
    return 2;
  }
  const std::string text_col = args.Get("text-column", "completion"), label_col = args.Get("label-column", "final_label");
  int64_t total = 0, agree = 0, tp = 0, fp = 0, fn = 0, tn = 0;
  nlohmann::json per_file = nlohmann::json::object();
  for (const std::string& path : args.positionals()) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "lanjie eval judge-check: %s: cannot open\n", path.c_str());
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    CsvReader reader(text, ',');
    CsvRecord rec;
    std::string error;
    int ti = -1, li = -1;
    int64_t f_total = 0, f_agree = 0;
    bool header = true;
    while (reader.Next(&rec, &error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "lanjie eval judge-check: %s:%u: %s\n", path.c_str(), rec.line, error.c_str());
        return 2;
      }
      if (header) {
        for (size_t i = 0; i < rec.fields.size(); ++i) {
          if (rec.fields[i] == text_col) ti = static_cast<int>(i);
          if (rec.fields[i] == label_col) li = static_cast<int>(i);
        }
        if (ti < 0 || li < 0) {
          std::fprintf(stderr, "lanjie eval judge-check: %s:1: needs columns %s and %s\n", path.c_str(),
                       text_col.c_str(), label_col.c_str());
          return 2;
        }
        header = false;
        continue;
      }
      if (static_cast<int>(rec.fields.size()) <= std::max(ti, li)) {
        std::fprintf(stderr, "lanjie eval judge-check: %s:%u: too few fields\n", path.c_str(), rec.line);
        return 2;
      }
      const std::string& label = rec.fields[li];
      const bool truth = label.find("compliance") == std::string::npos;  // full or partial refusal
      const RefusalVerdict v = judge->Judge(rec.fields[ti]);
      const bool pred = v.refused();
      ++total, ++f_total;
      if (truth == pred) ++agree, ++f_agree;
      tp += truth && pred, fp += !truth && pred, fn += truth && !pred, tn += !truth && !pred;
      if (args.Has("show-errors") && truth != pred)
        std::printf("%s:%u\thuman=%s\trules=%s\tcue=%s\n", path.c_str(), rec.line, label.c_str(),
                    RefusalLabelName(v.label), v.clause.c_str());
    }
    per_file[path] = {{"n", f_total}, {"agreement", f_total ? static_cast<double>(f_agree) / f_total : 0.0}};
  }
  const double accuracy = total ? static_cast<double>(agree) / total : 0;
  if (args.Has("json")) {
    nlohmann::json j = {{"n", total},   {"agree", agree},
                        {"accuracy", accuracy},
                        {"confusion", {{"refusal_as_refusal", tp}, {"compliance_as_refusal", fp},
                                       {"refusal_as_compliance", fn}, {"compliance_as_compliance", tn}}},
                        {"files", per_file}};
    std::printf("%s\n", j.dump(2).c_str());
  } else {
    std::printf("refusal rules vs human labels: %lld of %lld agree = %.2f%%\n", static_cast<long long>(agree),
                static_cast<long long>(total), 100 * accuracy);
    std::printf("  human refusal:    rules refusal %lld, rules compliance %lld\n", static_cast<long long>(tp),
                static_cast<long long>(fn));
    std::printf("  human compliance: rules refusal %lld, rules compliance %lld\n", static_cast<long long>(fp),
                static_cast<long long>(tn));
  }
  return 0;
}

}  // namespace lanjie::cli
