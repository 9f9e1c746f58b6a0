#include "audit_view.h"

#include <initializer_list>
#include <utility>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"
#include "text.h"
#include "lanjie/common/sv.h"

namespace lanjie::report {

namespace {

using Json = nlohmann::json;

// Checked reads that keep the first error: the view is filled in one pass
// and the caller looks at `status` once. A missing field of a required
// object is an error naming the file and the field's path.
class Reader {
 public:
  explicit Reader(std::string_view file) : file_(file) {}

  const Json& Obj(const Json& parent, const char* key, std::string_view path) {
    const Json& v = Get(parent, key, path);
    if (!v.is_object()) Fail(path, key, "an object", v);
    return v.is_object() ? v : empty_object_;
  }
  const Json& Arr(const Json& parent, const char* key, std::string_view path) {
    const Json& v = Get(parent, key, path);
    if (!v.is_array()) Fail(path, key, "an array", v);
    return v.is_array() ? v : empty_array_;
  }
  std::string Str(const Json& parent, const char* key, std::string_view path, bool required = true) {
    const Json& v = required ? Get(parent, key, path) : Optional(parent, key);
    if (v.is_null() && !required) return "";
    if (!v.is_string()) {
      Fail(path, key, "a string", v);
      return "";
    }
    return v.get<std::string>();
  }
  int64_t Int(const Json& parent, const char* key, std::string_view path, bool required = true) {
    const Json& v = required ? Get(parent, key, path) : Optional(parent, key);
    if (v.is_null() && !required) return 0;
    if (!v.is_number_integer() && !v.is_number_unsigned()) {
      Fail(path, key, "an integer", v);
      return 0;
    }
    return v.get<int64_t>();
  }
  double Num(const Json& parent, const char* key, std::string_view path, bool required = true) {
    const Json& v = required ? Get(parent, key, path) : Optional(parent, key);
    if (v.is_null() && !required) return 0;
    if (!v.is_number()) {
      Fail(path, key, "a number", v);
      return 0;
    }
    return v.get<double>();
  }
  // Fields of a row object, each checked as Str and Int check it: strings
  // first, then integers, in the order given (the first failure is the one
  // reported).
  template <class Row>
  void Fields(const Json& parent, std::string_view path, Row* row,
              std::initializer_list<std::pair<const char*, std::string Row::*>> strings,
              std::initializer_list<std::pair<const char*, int64_t Row::*>> ints) {
    for (const auto& [key, member] : strings) row->*member = Str(parent, key, path);
    for (const auto& [key, member] : ints) row->*member = Int(parent, key, path);
  }
  bool Has(const Json& parent, const char* key) const {
    return parent.is_object() && parent.contains(key) && !parent[key].is_null();
  }
  // [low, high] of a ci95 array.
  void Interval(const Json& parent, std::string_view path, double* low, double* high) {
    const Json& v = Arr(parent, "ci95", path);
    if (v.size() != 2 || !v[0].is_number() || !v[1].is_number()) {
      if (status_.ok() && v.is_array())
        status_ = absl::InvalidArgumentError(absl::StrCat(file_, ": ", Av(path), ".ci95: expected two numbers"));
      return;
    }
    *low = v[0].get<double>();
    *high = v[1].get<double>();
  }
  const absl::Status& status() const { return status_; }

 private:
  const Json& Get(const Json& parent, const char* key, std::string_view path) {
    if (!parent.is_object() || !parent.contains(key)) {
      if (status_.ok())
        status_ = absl::InvalidArgumentError(
            absl::StrCat(file_, ": ", path.empty() ? "" : absl::StrCat(Av(path), "."), key, ": missing"));
      return null_;
    }
    return parent[key];
  }
  const Json& Optional(const Json& parent, const char* key) const {
    return parent.is_object() && parent.contains(key) ? parent[key] : null_;
  }
  void Fail(std::string_view path, const char* key, const char* expected, const Json& found) {
    if (!status_.ok()) return;
    status_ = absl::InvalidArgumentError(absl::StrCat(file_, ": ", path.empty() ? "" : absl::StrCat(Av(path), "."), key,
                                                      ": expected ", expected, ", found ", found.type_name()));
  }

  std::string file_;
  absl::Status status_;
  const Json null_;
  const Json empty_object_ = Json::object();
  const Json empty_array_ = Json::array();
};

absl::StatusOr<Json> ParseObject(std::string_view text, std::string_view name) {
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return absl::InvalidArgumentError(absl::StrCat(Av(name), ": not valid JSON"));
  if (!j.is_object()) return absl::InvalidArgumentError(absl::StrCat(Av(name), ": expected a JSON object"));
  return j;
}

// audit.json's UTC "YYYY-MM-DDTHH:MM:SSZ" as "YYYY-MM-DD HH:MM (北京时间)".
std::string BeijingDate(const std::string& rfc3339) {
  absl::Time t;
  std::string err;
  if (!absl::ParseTime(absl::RFC3339_full, rfc3339, &t, &err)) return rfc3339;
  return absl::StrCat(absl::FormatTime("%Y-%m-%d %H:%M", t, absl::FixedTimeZone(8 * 3600)), " (北京时间)");
}

void ReadKeywordCheck(Reader& r, const Json& audit, AuditView& v) {
  const Json& k = r.Obj(audit, "keyword_check", "");
  AuditCheck& c = v.keyword;
  c.name = "关键词抽检";
  const double min_fraction = r.Num(k, "sample_fraction_min", "keyword_check");
  c.line = r.Num(k, "line", "keyword_check");
  c.requirement = absl::StrCat("抽检比例 ≥ ", absl::StrFormat("%g%%", 100 * min_fraction), "，合格率 ≥ ", absl::StrFormat("%g%%", 100 * *c.line));
  c.n = r.Int(k, "n", "keyword_check");
  c.passed = r.Int(k, "passed", "keyword_check");
  c.rate = r.Num(k, "rate", "keyword_check");
  r.Interval(k, "keyword_check", &c.ci_low, &c.ci_high);
  c.measured = c.n > 0;
  c.sample = absl::StrCat(Thousands(c.n), " 条（占 ", Pct(r.Num(k, "sample_fraction_records", "keyword_check")),
                          "，抽样比例参数 ", absl::StrFormat("%g", v.fraction), "）");
  c.verdict_zh = r.Str(k, "verdict_zh", "keyword_check");
  const std::string verdict = r.Str(k, "verdict", "keyword_check");
  c.pass = verdict == "pass" || verdict == "pass_not_safe";
  for (const Json& p : r.Arr(k, "problems", "keyword_check"))
    if (p.is_string()) c.notes.push_back(p.get<std::string>());
  if (verdict == "pass_not_safe") c.notes.push_back("合格率达标，但 95% 置信区间下限低于要求");
}

void ReadManualCheck(Reader& r, const Json& audit, const Json* manual, Reader* mr, AuditView& v) {
  const Json& ms = r.Obj(audit, "manual_sample", "");
  AuditCheck& c = v.manual;
  c.name = "人工抽检";
  const int64_t sample_min = r.Int(ms, "sample_min", "manual_sample", false);
  if (r.Has(ms, "line")) c.line = r.Num(ms, "line", "manual_sample");
  c.requirement = absl::StrCat("抽检 ≥ ", Thousands(sample_min), " 条", c.line ? absl::StrCat("，合格率 ≥ ", absl::StrFormat("%g%%", 100 * *c.line)) : "");
  const int64_t drawn = r.Int(ms, "drawn", "manual_sample");
  if (!manual) {
    c.sample = absl::StrCat("已抽取 ", Thousands(drawn), " 条，尚未导入审核结果");
    c.verdict_zh = "未完成";
    c.notes.push_back("审核员填写 review.xlsx 后运行 lanjie corpus review-import --out DIR review.xlsx");
    if (drawn < sample_min)
      c.notes.push_back(absl::StrCat("抽取数 ", Thousands(drawn), " 低于要求的 ", Thousands(sample_min), " 条"));
    return;
  }
  v.manual_imported = true;
  const int64_t labelled = mr->Int(*manual, "labelled", "");
  const int64_t sample = mr->Int(*manual, "sample", "");
  c.n = labelled;
  c.passed = mr->Int(*manual, "passed", "");
  c.rate = mr->Num(*manual, "rate", "");
  mr->Interval(*manual, "", &c.ci_low, &c.ci_high);
  c.measured = labelled > 0;
  c.sample = absl::StrCat(Thousands(labelled), " / ", Thousands(sample), " 条已审核");
  c.verdict_zh = mr->Str(*manual, "verdict_zh", "");
  c.pass = c.verdict_zh == "符合";
  if (c.pass && mr->Has(*manual, "crosses_line") && (*manual)["crosses_line"].is_boolean() &&
      (*manual)["crosses_line"].get<bool>()) {
    c.verdict_zh = "符合（置信区间跨越阈值）";
    c.notes.push_back("合格率达标，但 95% 置信区间下限低于要求");
  }
  if (labelled < sample) c.notes.push_back(absl::StrCat(Thousands(sample - labelled), " 条尚未审核"));
  if (sample < sample_min)
    c.notes.push_back(absl::StrCat("抽检数 ", Thousands(sample), " 低于要求的 ", Thousands(sample_min), " 条"));
  const Json& agree = mr->Obj(*manual, "keyword_vs_reviewers", "");
  v.agreement = mr->Num(agree, "agreement", "keyword_vs_reviewers");
  v.keyword_fail_reviewer_pass = mr->Int(agree, "keyword_fail_reviewer_pass", "keyword_vs_reviewers");
  v.keyword_pass_reviewer_fail = mr->Int(agree, "keyword_pass_reviewer_fail", "keyword_vs_reviewers");
}

// The run's identity, options and totals (generated_at ... review_records).
void ReadRunAndTotals(Reader& r, const Json& audit, AuditView& v) {
  v.generated_at = r.Str(audit, "generated_at", "");
  if (v.info.report_date.empty()) v.info.report_date = BeijingDate(v.generated_at);
  v.tool_version = r.Str(audit, "tool_version", "");
  v.profile = r.Str(audit, "profile", "");
  v.list_hash = r.Str(audit, "list_hash", "");
  v.list_version = r.Str(audit, "list_version", "", /*required=*/false);
  const Json& o = r.Obj(audit, "options", "");
  v.fraction = r.Num(o, "fraction", "options");
  v.seed = static_cast<uint64_t>(r.Int(o, "seed", "options"));
  const std::string format = r.Str(o, "format", "options");
  v.field_desc = absl::StrCat("格式 ", format, "；JSONL 字段 ", r.Str(o, "field", "options"), "；CSV/TSV 列 ",
                              r.Str(o, "column", "options"));
  const std::string id_field = r.Str(o, "id_field", "options");
  absl::StrAppend(&v.field_desc, "；记录标识 ", id_field.empty() ? "文件:字节偏移" : id_field);
  const Json& t = r.Obj(audit, "totals", "");
  v.records = r.Int(t, "records", "totals");
  v.sampled = r.Int(t, "sampled", "totals");
  v.failed = r.Int(t, "failed", "totals");
  v.unreadable = r.Int(t, "unreadable", "totals");
  v.review_records = r.Int(t, "review_records", "totals");
}

// One row per per_risk code, in the JSON's order.
void ReadRiskRows(Reader& r, const Json& audit, AuditView& v) {
  for (const auto& [code, rj] : r.Obj(audit, "per_risk", "").items()) {
    const std::string path = absl::StrCat("per_risk.", code);
    AuditRiskRow row;
    row.code = code;
    row.name = RiskName(code);
    r.Fields(rj, path, &row, {},
             {{"n", &AuditRiskRow::n},
              {"passed", &AuditRiskRow::passed},
              {"failed_records", &AuditRiskRow::failed_records},
              {"review_records", &AuditRiskRow::review_records},
              {"hits", &AuditRiskRow::hits}});
    row.rate = r.Num(rj, "rate", path);
    r.Interval(rj, path, &row.ci_low, &row.ci_high);
    row.below_line = rj.contains("below_line") && rj["below_line"].is_boolean() && rj["below_line"].get<bool>();
    v.risks.push_back(std::move(row));
  }
}

// One row per audited input file.
void ReadInputRows(Reader& r, const Json& audit, AuditView& v) {
  for (const Json& in : r.Arr(audit, "inputs", "")) {
    AuditInputRow row;
    r.Fields(in, "inputs[]", &row, {{"path", &AuditInputRow::path}, {"xxh3_128", &AuditInputRow::xxh3_128}},
             {{"size", &AuditInputRow::size},
              {"records", &AuditInputRow::records},
              {"sampled", &AuditInputRow::sampled},
              {"failed", &AuditInputRow::failed},
              {"unreadable", &AuditInputRow::unreadable}});
    v.inputs.push_back(std::move(row));
  }
}

// The error counts (total, unlisted, by kind) and the listed errors.
void ReadErrors(Reader& r, const Json& audit, AuditView& v) {
  const Json& e = r.Obj(audit, "errors", "");
  v.errors_total = r.Int(e, "total", "errors");
  v.errors_unlisted = r.Int(e, "unlisted", "errors");
  for (const auto& [kind, n] : r.Obj(e, "by_kind", "errors").items())
    if (n.is_number_integer()) v.errors_by_kind[kind] = n.get<int64_t>();
  for (const Json& le : r.Arr(e, "listed", "errors")) {
    AuditErrorRow row;
    r.Fields(le, "errors.listed[]", &row,
             {{"path", &AuditErrorRow::path}, {"kind", &AuditErrorRow::kind}, {"message", &AuditErrorRow::message}},
             {{"line", &AuditErrorRow::line}, {"offset", &AuditErrorRow::offset}});
    v.errors.push_back(std::move(row));
  }
}

// The overall verdict: 不符合 when the keyword check fails, pending while
// the manual check is not imported or not finished, else the manual one's.
void SetOverall(AuditView& v) {
  if (!v.keyword.pass) {
    v.overall_zh = "不符合";
  } else if (!v.manual_imported) {
    v.overall_zh = "待定（人工抽检未完成）";
  } else if (v.manual.verdict_zh == "未完成") {
    v.overall_zh = "待定（人工抽检未完成）";
  } else {
    v.overall_pass = v.manual.pass;
    v.overall_zh = v.manual.pass ? "符合" : "不符合";
  }
}

}  // namespace

std::string Thousands(int64_t n) {
  std::string digits = absl::StrCat(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::vector<std::pair<std::string, std::string>> AuditHeaderBlock(const AuditView& v) {
  auto or_fill = [](const std::string& s) { return s.empty() ? std::string("（请填写）") : s; };
  return {{"单位", or_fill(v.info.organisation)},
          {"语料名称", or_fill(v.info.corpus_name)},
          {"报告日期", v.info.report_date},
          {"关键词列表版本", v.list_version.empty() ? "（未记录）" : v.list_version},
          {"关键词列表哈希 (SHA-256)", v.list_hash},
          {"要求配置", v.profile},
          {"抽样", absl::StrFormat("比例 %g，种子 %u（同一种子在任何分片、任何节点数下抽到同一批记录）", v.fraction,
                                   v.seed)},
          {"读取方式", v.field_desc},
          {"工具", absl::StrCat("lanjie ", v.tool_version)}};
}

std::string RatePct(double x) { return absl::StrFormat("%.2f%%", 100 * x); }

std::string RateWithInterval(double rate, double low, double high) {
  return absl::StrCat(RatePct(rate), " [", RatePct(low), ", ", RatePct(high), "]");
}

std::string ErrorKindZh(std::string_view kind) {
  static const std::map<std::string_view, std::string_view> kNames = {
      {"invalid_json", "JSON 无效"},      {"missing_field", "缺少字段"},     {"missing_id", "缺少 id"},
      {"invalid_utf8", "非 UTF-8 编码"},  {"binary", "二进制内容"},       {"too_long", "记录过长"},
      {"truncated_stream", "压缩流截断"}, {"corrupt_stream", "压缩流损坏"}, {"csv", "CSV 格式错误"}};
  auto it = kNames.find(kind);
  return it == kNames.end() ? std::string(kind) : absl::StrCat(Av(it->second), " (", Av(kind), ")");
}

absl::StatusOr<AuditView> ParseAuditView(std::string_view audit_json, std::string_view manual_json,
                                         const AuditReportInfo& info, std::string_view audit_name,
                                         std::string_view manual_name) {
  auto audit = ParseObject(audit_json, audit_name);
  if (!audit.ok()) return audit.status();
  std::optional<Json> manual;
  if (!manual_json.empty()) {
    auto m = ParseObject(manual_json, manual_name);
    if (!m.ok()) return m.status();
    manual = std::move(*m);
  }
  Reader r(audit_name), mr(manual_name);
  AuditView v;
  v.info = info;
  ReadRunAndTotals(r, *audit, v);
  ReadKeywordCheck(r, *audit, v);
  ReadManualCheck(r, *audit, manual ? &*manual : nullptr, &mr, v);
  ReadRiskRows(r, *audit, v);
  ReadInputRows(r, *audit, v);
  ReadErrors(r, *audit, v);
  if (!r.status().ok()) return r.status();
  if (!mr.status().ok()) return mr.status();
  SetOverall(v);
  return v;
}

}  // namespace lanjie::report
