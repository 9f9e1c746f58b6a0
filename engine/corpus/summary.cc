// AuditSummary merge and JSON, and the final audit.json.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "summary_internal.h"
#include "lanjie/corpus/audit.h"
#include "lanjie/eval/rates.h"
#include "lanjie/lexicon/profile.h"

namespace lanjie::corpus {

using Json = nlohmann::json;

namespace internal {
std::string OptionsKey(const AuditOptions& o) {
  return absl::StrFormat("format=%s field=%s column=%s id=%s fraction=%.17g seed=%d review=%d excerpt=%d "
                         "errors=%d max_record=%d",
                         InputFormatName(o.format), o.field, o.column, o.id_field, o.fraction, o.seed,
                         o.review_sample, o.review_excerpt_bytes, o.max_errors_listed, o.max_record_bytes);
}
}  // namespace internal

namespace {

bool ErrorLess(const AuditError& a, const AuditError& b) {
  if (a.offset != b.offset) return a.offset < b.offset;
  if (a.kind != b.kind) return a.kind < b.kind;
  return a.message < b.message;
}

bool ReviewLess(const ReviewItem& a, const ReviewItem& b) {
  if (a.hash != b.hash) return a.hash < b.hash;
  if (a.id != b.id) return a.id < b.id;
  if (a.path != b.path) return a.path < b.path;
  return a.offset < b.offset;
}

// Which segment holds a byte offset of the (decompressed) file. Errors of
// whole-stream shards sit at decompressed offsets in the one [0, size) segment.
size_t SegmentOf(const std::vector<AuditSummary::Segment>& segs, int64_t offset) {
  if (segs.size() == 1) return 0;
  size_t i = std::upper_bound(segs.begin(), segs.end(), offset,
                              [](int64_t off, const AuditSummary::Segment& s) { return off < s.begin; }) -
             segs.begin();
  return i == 0 ? 0 : i - 1;
}

}  // namespace

namespace {

using Segment = AuditSummary::Segment;
using FileStats = AuditSummary::FileStats;
// A segment with its owner: 0 the summary merged into, 1 the other.
using OwnedSegments = std::vector<std::pair<Segment, int>>;

// Both sides' segments of one file, in file order.
OwnedSegments SortedSegments(const FileStats& mine, const FileStats& theirs) {
  OwnedSegments segs;
  for (const Segment& s : mine.segments) segs.push_back({s, 0});
  for (const Segment& s : theirs.segments) segs.push_back({s, 1});
  std::sort(segs.begin(), segs.end(), [](const auto& a, const auto& b) {
    return a.first.begin != b.first.begin ? a.first.begin < b.first.begin : a.first.end < b.first.end;
  });
  return segs;
}

// Refuses overlapping segments (a shard counted twice).
absl::Status CheckNoOverlap(const std::string& path, const OwnedSegments& segs) {
  for (size_t i = 1; i < segs.size(); ++i) {
    const Segment& p = segs[i - 1].first;
    const Segment& s = segs[i].first;
    if (s.begin < p.end || (s.begin == p.begin && s.end == p.end))
      return absl::InvalidArgumentError(absl::StrCat(path, ": bytes [", s.begin, ", ", std::min(s.end, p.end),
                                                     ") audited twice (a shard merged more than once)"));
  }
  return absl::OkStatus();
}

// Both sides' errors, each line (counted from its own segment's start)
// rebased onto the coalesced segment that will hold it.
std::vector<AuditError> RebasedErrors(const FileStats& mine, const FileStats& theirs, const OwnedSegments& segs) {
  std::vector<AuditError> errors;
  for (int owner = 0; owner < 2; ++owner) {
    const FileStats& f = owner == 0 ? mine : theirs;
    for (const AuditError& e : f.errors) {
      AuditError r = e;
      // Find this error's original segment and the coalesced start it joins.
      const Segment& seg = f.segments[SegmentOf(f.segments, e.offset)];
      int64_t base = 0;  // lines in coalesced segments before seg, within the run that contains seg
      size_t k = 0;
      while (k < segs.size() && !(segs[k].first.begin == seg.begin && segs[k].first.end == seg.end)) ++k;
      for (size_t j = k; j > 0 && segs[j - 1].first.end == segs[j].first.begin; --j) base += segs[j - 1].first.lines;
      r.line += base;
      errors.push_back(std::move(r));
    }
  }
  return errors;
}

// Adjacent segments joined into one (their lines and bytes added).
std::vector<Segment> Coalesce(const OwnedSegments& segs) {
  std::vector<Segment> merged;
  for (const auto& [s, owner] : segs) {
    if (!merged.empty() && merged.back().end == s.begin) {
      merged.back().end = s.end;
      merged.back().lines += s.lines;
      merged.back().decompressed_bytes += s.decompressed_bytes;
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

void AddFileCounts(const FileStats& theirs, FileStats* mine) {
  mine->records += theirs.records;
  mine->unreadable += theirs.unreadable;
  mine->sampled += theirs.sampled;
  mine->failed += theirs.failed;
  mine->errors_total += theirs.errors_total;
  for (const auto& [k, v] : theirs.errors_by_kind) mine->errors_by_kind[k] += v;
}

// One file's stats of the other summary folded into `mine`; the merged
// error list keeps the first max_errors by offset.
absl::Status MergeFile(const std::string& path, const FileStats& theirs, int64_t max_errors, FileStats* mine) {
  const OwnedSegments segs = SortedSegments(*mine, theirs);
  if (absl::Status s = CheckNoOverlap(path, segs); !s.ok()) return s;
  std::vector<AuditError> errors = RebasedErrors(*mine, theirs, segs);
  mine->segments = Coalesce(segs);
  AddFileCounts(theirs, mine);
  std::sort(errors.begin(), errors.end(), ErrorLess);
  if (static_cast<int64_t>(errors.size()) > max_errors) errors.resize(max_errors);
  mine->errors = std::move(errors);
  return absl::OkStatus();
}

void MergeRisks(const std::map<std::string, RiskCounts>& theirs, std::map<std::string, RiskCounts>* mine) {
  for (const auto& [risk, c] : theirs) {
    RiskCounts& m = (*mine)[risk];
    m.failed_records += c.failed_records;
    m.review_records += c.review_records;
    m.hits += c.hits;
  }
}

// The first `size` review items of both sides by ReviewLess.
std::vector<ReviewItem> MergeReview(const std::vector<ReviewItem>& mine, const std::vector<ReviewItem>& theirs,
                                    int64_t size) {
  std::vector<ReviewItem> review = mine;
  review.insert(review.end(), theirs.begin(), theirs.end());
  std::sort(review.begin(), review.end(), ReviewLess);
  if (static_cast<int64_t>(review.size()) > size) review.resize(size);
  return review;
}

}  // namespace

absl::Status AuditSummary::Merge(const AuditSummary& other) {
  if (other.options_key_.empty() && other.files_.empty()) return absl::OkStatus();
  if (options_key_.empty() && files_.empty()) {
    *this = other;
    return absl::OkStatus();
  }
  if (options_key_ != other.options_key_)
    return absl::InvalidArgumentError(absl::StrCat("partial audits made with different options: '", options_key_,
                                                   "' and '", other.options_key_, "'"));
  for (const auto& [path, theirs] : other.files_)
    if (absl::Status s = MergeFile(path, theirs, max_errors_listed_, &files_[path]); !s.ok()) return s;
  MergeRisks(other.risks_, &risks_);
  review_records_ += other.review_records_;
  mask_records_ += other.mask_records_;
  sampled_bytes_ += other.sampled_bytes_;
  review_ = MergeReview(review_, other.review_, review_size_);
  return absl::OkStatus();
}

int64_t AuditSummary::records() const {
  int64_t n = 0;
  for (const auto& [p, f] : files_) n += f.records;
  return n;
}
int64_t AuditSummary::sampled() const {
  int64_t n = 0;
  for (const auto& [p, f] : files_) n += f.sampled;
  return n;
}
int64_t AuditSummary::failed() const {
  int64_t n = 0;
  for (const auto& [p, f] : files_) n += f.failed;
  return n;
}
int64_t AuditSummary::unreadable() const {
  int64_t n = 0;
  for (const auto& [p, f] : files_) n += f.unreadable;
  return n;
}
int64_t AuditSummary::review_records() const { return review_records_; }
int64_t AuditSummary::mask_records() const { return mask_records_; }
int64_t AuditSummary::sampled_bytes() const { return sampled_bytes_; }

std::string AuditSummary::ToJson() const {
  Json j = Json::object();
  j["options_key"] = options_key_;
  j["review_size"] = review_size_;
  j["max_errors_listed"] = max_errors_listed_;
  j["review_records"] = review_records_;
  j["mask_records"] = mask_records_;
  j["sampled_bytes"] = sampled_bytes_;
  Json risks = Json::object();
  for (const auto& [r, c] : risks_)
    risks[r] = {{"failed_records", c.failed_records}, {"review_records", c.review_records}, {"hits", c.hits}};
  j["risks"] = risks;
  Json files = Json::object();
  for (const auto& [path, f] : files_) {
    Json segs = Json::array();
    for (const Segment& s : f.segments) segs.push_back({s.begin, s.end, s.lines, s.decompressed_bytes});
    Json errors = Json::array();
    for (const AuditError& e : f.errors)
      errors.push_back({{"offset", e.offset}, {"line", e.line}, {"kind", e.kind}, {"message", e.message}});
    files[path] = {{"segments", segs},          {"records", f.records},
                   {"unreadable", f.unreadable}, {"sampled", f.sampled},
                   {"failed", f.failed},         {"errors_total", f.errors_total},
                   {"errors_by_kind", f.errors_by_kind}, {"errors", errors}};
  }
  j["files"] = files;
  Json review = Json::array();
  for (const ReviewItem& r : review_)
    review.push_back({{"hash", absl::StrFormat("%016x", r.hash)}, {"id", r.id}, {"path", r.path},
                      {"offset", r.offset}, {"excerpt", r.excerpt}, {"failed", r.failed}, {"risks", r.risks}});
  j["review"] = review;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

absl::StatusOr<AuditSummary> AuditSummary::FromJson(std::string_view text) {
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return absl::InvalidArgumentError("partial audit: not a JSON object");
  AuditSummary s;
  try {
    s.options_key_ = j.at("options_key").get<std::string>();
    s.review_size_ = j.at("review_size").get<int64_t>();
    s.max_errors_listed_ = j.at("max_errors_listed").get<int64_t>();
    s.review_records_ = j.at("review_records").get<int64_t>();
    s.mask_records_ = j.at("mask_records").get<int64_t>();
    s.sampled_bytes_ = j.at("sampled_bytes").get<int64_t>();
    for (const auto& [r, c] : j.at("risks").items())
      s.risks_[r] = RiskCounts{c.at("failed_records").get<int64_t>(), c.at("review_records").get<int64_t>(),
                               c.at("hits").get<int64_t>()};
    for (const auto& [path, f] : j.at("files").items()) {
      FileStats fs;
      for (const Json& seg : f.at("segments"))
        fs.segments.push_back(
            Segment{seg.at(0).get<int64_t>(), seg.at(1).get<int64_t>(), seg.at(2).get<int64_t>(), seg.at(3).get<int64_t>()});
      fs.records = f.at("records").get<int64_t>();
      fs.unreadable = f.at("unreadable").get<int64_t>();
      fs.sampled = f.at("sampled").get<int64_t>();
      fs.failed = f.at("failed").get<int64_t>();
      fs.errors_total = f.at("errors_total").get<int64_t>();
      fs.errors_by_kind = f.at("errors_by_kind").get<std::map<std::string, int64_t>>();
      for (const Json& e : f.at("errors"))
        fs.errors.push_back(AuditError{path, e.at("offset").get<int64_t>(), e.at("line").get<int64_t>(),
                                       e.at("kind").get<std::string>(), e.at("message").get<std::string>()});
      s.files_[path] = std::move(fs);
    }
    for (const Json& r : j.at("review")) {
      ReviewItem item;
      const std::string hex = r.at("hash").get<std::string>();
      if (!absl::SimpleHexAtoi(hex, &item.hash)) return absl::InvalidArgumentError("partial audit: bad review hash");
      item.id = r.at("id").get<std::string>();
      item.path = r.at("path").get<std::string>();
      item.offset = r.at("offset").get<int64_t>();
      item.excerpt = r.at("excerpt").get<std::string>();
      item.failed = r.at("failed").get<bool>();
      item.risks = r.at("risks").get<std::vector<std::string>>();
      s.review_.push_back(std::move(item));
    }
  } catch (const Json::exception& e) {
    return absl::InvalidArgumentError(absl::StrCat("partial audit: ", e.what()));
  }
  return s;
}

namespace {

struct Rate {
  int64_t pass = 0, n = 0;
  double rate = 0;
  Interval ci;
};
Rate MakeRate(int64_t pass, int64_t n) {
  Rate r{pass, n, n ? static_cast<double>(pass) / static_cast<double>(n) : 0, WilsonInterval(pass, n)};
  return r;
}
Json RateJson(const Rate& r) {
  return {{"passed", r.pass}, {"n", r.n}, {"rate", r.rate}, {"ci95", {r.ci.low, r.ci.high}}};
}

}  // namespace

namespace {

// The profile's clause 9.2 keyword-check line, or an error naming the profile.
absl::StatusOr<AssessmentLine> KeywordLine(const Profile& profile) {
  if (!profile.corpus_keyword_assessment || !profile.corpus_keyword_assessment->min_rate)
    return absl::InvalidArgumentError(absl::StrCat("profile ", profile.name,
                                                   " has no assessment.corpus_keyword with min_rate (clause 9.2)"));
  return *profile.corpus_keyword_assessment;
}

// The "inputs" array (one object per manifest input, in path order) and the
// "errors" object. Errors: a merged file not in the manifest, an input not
// audited, or audited only in part.
struct InputsJson {
  Json files = Json::array();
  Json errors;
};
absl::StatusOr<InputsJson> RenderInputs(const AuditSummary& merged, const AuditManifest& manifest) {
  // Every input covered exactly, and nothing else.
  std::map<std::string, const InputInfo*> inputs;
  for (const InputInfo& in : manifest.inputs) inputs[in.path] = &in;
  for (const auto& [path, f] : merged.files())
    if (!inputs.count(path))
      return absl::InvalidArgumentError(absl::StrCat(path, ": audited but not in the manifest's inputs"));
  InputsJson out;
  Json errors_listed = Json::array();
  std::map<std::string, int64_t> errors_by_kind;
  int64_t errors_total = 0;
  for (const auto& [path, in] : inputs) {
    auto it = merged.files().find(path);
    if (it == merged.files().end())
      return absl::FailedPreconditionError(absl::StrCat(path, ": not audited (no shard of it was merged)"));
    const AuditSummary::FileStats& f = it->second;
    if (f.segments.size() != 1 || f.segments[0].begin != 0 || f.segments[0].end != in->size)
      return absl::FailedPreconditionError(absl::StrCat(path, ": only part of the file was audited (",
                                                        f.segments.size(), " byte ranges, file has ", in->size,
                                                        " bytes)"));
    out.files.push_back({{"path", path},
                         {"size", in->size},
                         {"xxh3_128", in->xxh3_128},
                         {"lines", f.segments[0].lines},
                         {"records", f.records},
                         {"unreadable", f.unreadable},
                         {"sampled", f.sampled},
                         {"failed", f.failed},
                         {"errors", f.errors_total},
                         {"errors_by_kind", f.errors_by_kind}});
    for (const AuditError& e : f.errors)
      errors_listed.push_back(
          {{"path", path}, {"line", e.line}, {"offset", e.offset}, {"kind", e.kind}, {"message", e.message}});
    for (const auto& [k, v] : f.errors_by_kind) errors_by_kind[k] += v;
    errors_total += f.errors_total;
  }
  const int64_t unlisted = errors_total - static_cast<int64_t>(errors_listed.size());
  out.errors = {{"total", errors_total}, {"by_kind", errors_by_kind}, {"listed", errors_listed}, {"unlisted", unlisted}};
  return out;
}

// The "keyword_check" object: the overall 合格率 against the line, and the
// clause verdict (n/a, fail, pass_not_safe, pass).
Json RenderKeywordCheck(const AuditSummary& merged, const AuditManifest& manifest, const AssessmentLine& kw) {
  const int64_t sampled = merged.sampled();
  const int64_t records = merged.records();
  const double line = *kw.min_rate;
  const Rate overall = MakeRate(sampled - merged.failed(), sampled);
  Json problems = Json::array();
  if (manifest.options.fraction < kw.sample_fraction_min)
    problems.push_back(absl::StrFormat("sample fraction %.4g is below the %.4g the clause asks for",
                                       manifest.options.fraction, kw.sample_fraction_min));
  std::string verdict;
  if (sampled == 0) {
    verdict = "n/a";
  } else if (overall.rate < line || !problems.empty()) {
    verdict = "fail";
  } else {
    verdict = overall.ci.low >= line ? "pass" : "pass_not_safe";
  }
  const char* verdict_zh = verdict == "pass"            ? "符合"
                           : verdict == "pass_not_safe" ? "符合（置信区间跨越阈值）"
                           : verdict == "fail"          ? "不符合"
                                                        : "不适用";
  Json keyword_check = RateJson(overall);
  keyword_check["clause"] = kw.clause;
  keyword_check["metric"] = kw.metric;
  keyword_check["line"] = line;
  keyword_check["sample_fraction_min"] = kw.sample_fraction_min;
  keyword_check["sample_fraction_records"] = records ? static_cast<double>(sampled) / static_cast<double>(records) : 0;
  keyword_check["verdict"] = verdict;
  keyword_check["verdict_zh"] = verdict_zh;
  keyword_check["problems"] = problems;
  return keyword_check;
}

// The "per_risk" object: each risk's 合格率 (records without a block hit of
// that risk) and counts.
Json RenderPerRisk(const AuditSummary& merged, double line) {
  const int64_t sampled = merged.sampled();
  Json per_risk = Json::object();
  for (const auto& [risk, c] : merged.risks()) {
    Rate r = MakeRate(sampled - c.failed_records, sampled);
    Json rj = RateJson(r);
    rj["failed_records"] = c.failed_records;
    rj["review_records"] = c.review_records;
    rj["hits"] = c.hits;
    rj["below_line"] = r.rate < line;
    per_risk[risk] = rj;
  }
  return per_risk;
}

// The "manual_sample" object: the drawn ids and the profile's manual line.
Json RenderManualSample(const AuditSummary& merged, const AuditManifest& manifest, const Profile& profile) {
  Json review_ids = Json::array(), review_failed = Json::array();
  for (const ReviewItem& r : merged.review()) {
    review_ids.push_back(r.id);
    if (r.failed) review_failed.push_back(r.id);
  }
  Json manual = {{"requested", manifest.options.review_sample},
                 {"drawn", merged.review().size()},
                 {"ids", review_ids},
                 {"failed_ids", review_failed}};
  if (profile.corpus_manual_assessment) {
    manual["sample_min"] = profile.corpus_manual_assessment->sample_min;
    if (profile.corpus_manual_assessment->min_rate) manual["line"] = *profile.corpus_manual_assessment->min_rate;
  }
  return manual;
}

Json RenderOptions(const AuditOptions& o) {
  return {{"format", InputFormatName(o.format)},
          {"field", o.field},
          {"column", o.column},
          {"id_field", o.id_field},
          {"fraction", o.fraction},
          {"seed", o.seed},
          {"review_sample", o.review_sample}};
}

}  // namespace

absl::StatusOr<std::string> RenderAuditJson(const AuditSummary& merged, const AuditManifest& manifest) {
  absl::StatusOr<Profile> profile = LoadProfile(manifest.options.profile);
  if (!profile.ok()) return profile.status();
  absl::StatusOr<AssessmentLine> kw = KeywordLine(*profile);
  if (!kw.ok()) return kw.status();
  absl::StatusOr<InputsJson> inputs = RenderInputs(merged, manifest);
  if (!inputs.ok()) return inputs.status();
  Json out = {
      {"tool", "lanjie corpus audit"},
      {"tool_version", manifest.tool_version},
      {"generated_at", manifest.generated_at},
      {"list_hash", manifest.list_hash},
      {"list_version", manifest.list_version},
      {"profile", profile->name},
      {"options", RenderOptions(manifest.options)},
      {"inputs", inputs->files},
      {"totals",
       {{"records", merged.records()},
        {"unreadable", merged.unreadable()},
        {"sampled", merged.sampled()},
        {"sampled_bytes", merged.sampled_bytes()},
        {"failed", merged.failed()},
        {"review_records", merged.review_records()},
        {"mask_records", merged.mask_records()}}},
      {"keyword_check", RenderKeywordCheck(merged, manifest, *kw)},
      {"per_risk", RenderPerRisk(merged, *kw->min_rate)},
      {"errors", inputs->errors},
      {"manual_sample", RenderManualSample(merged, manifest, *profile)},
  };
  return out.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace lanjie::corpus
