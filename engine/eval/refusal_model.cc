#include "lanjie/eval/refusal_model.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "lanjie/common/embedded.h"
#include "lanjie/common/sv.h"
#include "refusal_model_features.h"

namespace lanjie {
namespace {

constexpr char kMagic[] = "lanjie-refusal-model";

refusal_model::FeatureSettings SettingsOf(const RefusalModel& m) {
  return {m.rule_features, m.question_features, m.features, m.text_scale_floor};
}

static_assert(kRefusalFeaturesV1 == refusal_model::kFamiliesV1);
static_assert(kRefusalFeaturesDefault == (refusal_model::kFamiliesV1 | refusal_model::kFamFollow));

absl::Status LineError(const std::string& name, int line, std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(name, ":", line, ": ", Av(why)));
}

std::string Checksum(absl::string_view body) {
  return absl::StrFormat("%016x", XXH64(body.data(), body.size(), 0));
}

}  // namespace

absl::StatusOr<uint32_t> ParseRefusalFeatureFamilies(std::string_view list, uint32_t base) {
  const absl::string_view text = Av(list);
  std::vector<absl::string_view> names = absl::StrSplit(text, absl::ByAnyChar(", "), absl::SkipEmpty());
  const bool relative = !names.empty() && (names[0][0] == '+' || names[0][0] == '-');
  uint32_t mask = relative ? base : 0;
  for (absl::string_view name : names) {
    const char sign = name[0] == '+' || name[0] == '-' ? name[0] : 0;
    if ((sign != 0) != relative)
      return absl::InvalidArgumentError(absl::StrCat("feature families '", text,
                                                     "': either all names or all +name/-name changes"));
    if (sign) name.remove_prefix(1);
    uint32_t bit = 0;
    for (size_t i = 0; i < std::size(refusal_model::kFamilyNames); ++i)
      if (name == refusal_model::kFamilyNames[i]) bit = 1u << i;
    if (bit == 0) {
      std::string known;
      for (const char* k : refusal_model::kFamilyNames) absl::StrAppend(&known, known.empty() ? "" : ", ", k);
      return absl::InvalidArgumentError(absl::StrCat("unknown feature family '", name, "' (known: ", known, ")"));
    }
    if (sign == '-') mask &= ~bit;
    else mask |= bit;
  }
  return mask;
}

std::string RefusalFeatureFamilies(uint32_t mask) {
  std::string out;
  for (size_t i = 0; i < std::size(refusal_model::kFamilyNames); ++i)
    if (mask & (1u << i)) absl::StrAppend(&out, out.empty() ? "" : " ", refusal_model::kFamilyNames[i]);
  return out;
}

absl::StatusOr<std::optional<RefusalModel>> LoadRefusalModel(std::string_view spec) {
  if (spec == "none") return std::optional<RefusalModel>();
  auto model = spec.empty() || spec == kDefaultRefusalModel ? RefusalModel::Default()
               : spec == kServiceRefusalModel              ? RefusalModel::Service()
                                                            : RefusalModel::FromFile(std::string(spec));
  if (!model.ok()) return model.status();
  return std::optional<RefusalModel>(std::move(*model));
}

absl::StatusOr<std::unique_ptr<ConfiguredRefusalJudge>> ConfiguredRefusalJudge::Load(
    const RefusalJudgeOptions& options) {
  auto rules = options.lists_dir.empty() ? RefusalJudge::Default() : RefusalJudge::FromDirectory(options.lists_dir);
  if (!rules.ok()) return rules.status();
  auto model = LoadRefusalModel(options.model);
  if (!model.ok()) return model.status();
  const std::string name = options.model.empty() ? kDefaultRefusalModel : options.model;
  return std::unique_ptr<ConfiguredRefusalJudge>(
      new ConfiguredRefusalJudge(std::move(*rules), std::move(*model), name));
}

namespace {
absl::StatusOr<RefusalModel> CompiledIn(const char* file_name) {
  const std::string_view text = EmbeddedFile(file_name);
  if (text.empty()) return absl::NotFoundError(absl::StrCat("data/eval/", file_name, ": not compiled in"));
  return RefusalModel::Parse(text, absl::StrCat("data/eval/", file_name, " (compiled in)"));
}
}  // namespace

absl::StatusOr<RefusalModel> RefusalModel::Default() { return CompiledIn(kFileName); }
absl::StatusOr<RefusalModel> RefusalModel::Service() { return CompiledIn(kServiceFileName); }

absl::StatusOr<RefusalModel> RefusalModel::FromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open the refusal model file"));
  std::ostringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

namespace {

// What RefusalModel::Parse has read so far.
struct ModelParse {
  RefusalModel m;
  int file_version = 0;
  size_t expected_weights = 0;  // 'slot weight' lines still to come
  bool have_weights = false, have_checksum = false;
  absl::string_view checksummed;  // the bytes the checksum line covers
};

// Line 1: "lanjie-refusal-model VERSION" with a version this build reads.
absl::Status ParseModelHeader(const std::vector<absl::string_view>& f, const std::string& name, int* file_version) {
  int version = 0;
  if (f.size() != 2 || f[0] != kMagic || !absl::SimpleAtoi(f[1], &version))
    return LineError(name, 1, absl::StrCat("bad header (expected '", kMagic, " ", RefusalModel::kFormatVersion, "')"));
  if (version != RefusalModel::kFormatVersion && version != 1)
    return LineError(name, 1, absl::StrCat("model format version ", version, ", this build reads versions 1 to ",
                                           RefusalModel::kFormatVersion, " (retrain with lanjie eval judge-train)"));
  *file_version = version;
  return absl::OkStatus();
}

// One "slot weight" line after "weights COUNT".
absl::Status ParseWeightLine(const std::vector<absl::string_view>& f, const std::string& name, int line_no,
                             RefusalModel& m) {
  uint32_t slot;
  float w;
  if (f.size() != 2 || !absl::SimpleAtoi(f[0], &slot) || !absl::SimpleAtof(f[1], &w) || !std::isfinite(w))
    return LineError(name, line_no, "expected 'slot weight'");
  if (slot >= m.weights.size()) return LineError(name, line_no, absl::StrCat("slot ", slot, " out of range"));
  m.weights[slot] = w;
  return absl::OkStatus();
}

// One "key value..." line; `f` is `line` split at spaces, not empty.
absl::Status ParseSettingLine(absl::string_view line, const std::vector<absl::string_view>& f, const std::string& name,
                              int line_no, ModelParse& p) {
  RefusalModel& m = p.m;
  const absl::string_view key = f[0];
  if (key == "comment") {
    m.comment = std::string(absl::StripPrefix(line.substr(7), " "));
  } else if (key == "hash_bits") {
    if (f.size() != 2 || !absl::SimpleAtoi(f[1], &m.hash_bits) || m.hash_bits < 8 || m.hash_bits > 24)
      return LineError(name, line_no, "hash_bits must be 8..24");
  } else if (key == "rule_features" || key == "question_features") {
    if (f.size() != 2 || (f[1] != "0" && f[1] != "1")) return LineError(name, line_no, "expected 0 or 1");
    (key == "rule_features" ? m.rule_features : m.question_features) = f[1] == "1";
  } else if (key == "features" && p.file_version >= 2) {
    auto mask = ParseRefusalFeatureFamilies(std::string_view(line.data() + 8, line.size() - 8), 0);
    if (!mask.ok()) return LineError(name, line_no, Sv(mask.status().message()));
    m.features = *mask;
  } else if (key == "text_scale_floor" && p.file_version >= 2) {
    if (f.size() != 2 || !absl::SimpleAtoi(f[1], &m.text_scale_floor) || m.text_scale_floor > 100000)
      return LineError(name, line_no, "text_scale_floor must be 0..100000");
  } else if (key == "band") {
    if (f.size() != 3 || !absl::SimpleAtod(f[1], &m.band_low) || !absl::SimpleAtod(f[2], &m.band_high) ||
        !(m.band_low <= m.band_high) || m.band_low < 0 || m.band_high > 1)
      return LineError(name, line_no, "expected 'band LOW HIGH' with 0 <= LOW <= HIGH <= 1");
  } else if (key == "train") {
    // Format 2 adds the band's target share; since round 17 an optional
    // fifth field records --average (older format-2 files have four).
    const size_t fields = p.file_version >= 2 ? 4 : 3;
    const bool average = fields == 4 && f.size() == 5;
    if ((f.size() != fields && !average) || (f[1] != "l1" && f[1] != "l2") || !absl::SimpleAtod(f[2], &m.train_c) ||
        (fields == 4 && !absl::SimpleAtod(f[3], &m.train_target_uncertain)) ||
        (average && (!absl::SimpleAtoi(f[4], &m.train_average) || m.train_average < 0 || m.train_average > 2)))
      return LineError(name, line_no,
                       fields == 4 ? "expected 'train l1|l2 C TARGET_UNCERTAIN [AVERAGE 0|1|2]'" : "expected 'train l1|l2 C'");
    m.train_solver = std::string(f[1]);
  } else if (key == "rules_decide") {
    m.rules_decide.clear();
    for (size_t k = 1; k < f.size(); ++k) m.rules_decide.emplace_back(f[k]);
  } else if (key == "bias") {
    if (f.size() != 2 || !absl::SimpleAtof(f[1], &m.bias)) return LineError(name, line_no, "bad bias");
  } else if (key == "weights") {
    if (f.size() != 2 || !absl::SimpleAtoi(f[1], &p.expected_weights))
      return LineError(name, line_no, "expected 'weights COUNT'");
    m.weights.assign(size_t{1} << m.hash_bits, 0.0f);
    p.have_weights = true;
  } else if (key == "checksum") {
    if (!p.have_weights) return LineError(name, line_no, "checksum before the weights");
    const std::string want = Checksum(p.checksummed);
    if (f.size() != 2 || f[1] != want)
      return LineError(name, line_no, "checksum does not match: the file is corrupt or was edited by hand");
    p.have_checksum = true;
  } else {
    return LineError(name, line_no, absl::StrCat("unknown setting '", key, "'"));
  }
  return absl::OkStatus();
}

// After the last line: the weights and the checksum must all have come.
absl::Status CheckModelComplete(const ModelParse& p, const std::string& name) {
  if (!p.have_weights) return absl::InvalidArgumentError(absl::StrCat(name, ": no weights"));
  if (p.expected_weights > 0)
    return absl::InvalidArgumentError(absl::StrCat(name, ": truncated (", p.expected_weights, " weights missing)"));
  if (!p.have_checksum) return absl::InvalidArgumentError(absl::StrCat(name, ": truncated (no checksum line)"));
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<RefusalModel> RefusalModel::Parse(std::string_view text_in, const std::string& name) {
  const absl::string_view text = Av(text_in);
  // The checksum line is the last one; it covers every byte before it.
  absl::string_view body = text;
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
  const size_t last_nl = body.rfind('\n');
  const absl::string_view last = last_nl == absl::string_view::npos ? body : body.substr(last_nl + 1);
  if (!absl::StartsWith(text, kMagic))
    return LineError(name, 1, absl::StrCat("not a refusal model file (expected '", kMagic, " ", kFormatVersion, "')"));
  ModelParse p;
  p.m.weights.clear();
  p.checksummed = text.substr(0, static_cast<size_t>(last.data() - text.data()));
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_no;
    line = absl::StripSuffix(line, "\r");
    if (line.empty()) continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, ' ', absl::SkipEmpty());
    if (p.have_checksum) return LineError(name, line_no, "text after the checksum line");
    if (f.empty()) continue;  // spaces only: as a blank line (the checksum still covers it)
    absl::Status st;
    if (line_no == 1) {
      st = ParseModelHeader(f, name, &p.file_version);
    } else if (p.have_weights && p.expected_weights > 0) {
      st = ParseWeightLine(f, name, line_no, p.m);
      --p.expected_weights;
    } else {
      st = ParseSettingLine(line, f, name, line_no, p);
    }
    if (!st.ok()) return st;
  }
  if (absl::Status st = CheckModelComplete(p, name); !st.ok()) return st;
  return std::move(p.m);
}

std::string RefusalModel::Serialize() const {
  std::string out = absl::StrCat(kMagic, " ", kFormatVersion, "\n");
  if (!comment.empty()) absl::StrAppend(&out, "comment ", comment, "\n");
  absl::StrAppend(&out, "hash_bits ", hash_bits, "\n", "rule_features ", rule_features ? 1 : 0, "\n",
                  "question_features ", question_features ? 1 : 0, "\n", "features ", RefusalFeatureFamilies(features),
                  "\n", "text_scale_floor ", text_scale_floor, "\n");
  absl::StrAppend(&out, absl::StrFormat("train %s %.9g %.9g", train_solver, train_c, train_target_uncertain));
  if (train_average >= 0) absl::StrAppend(&out, " ", train_average);
  absl::StrAppend(&out, "\n");
  absl::StrAppend(&out, absl::StrFormat("band %.6f %.6f\n", band_low, band_high));
  absl::StrAppend(&out, "rules_decide");
  for (const std::string& r : rules_decide) absl::StrAppend(&out, " ", r);
  absl::StrAppend(&out, "\n", absl::StrFormat("bias %.9g\n", bias));
  size_t nonzero = 0;
  for (float w : weights) nonzero += w != 0;
  absl::StrAppend(&out, "weights ", nonzero, "\n");
  for (size_t i = 0; i < weights.size(); ++i)
    if (weights[i] != 0) absl::StrAppend(&out, i, absl::StrFormat(" %.9g\n", weights[i]));
  absl::StrAppend(&out, "checksum ", Checksum(out), "\n");
  return out;
}

double RefusalModel::Probability(std::string_view answer, std::string_view question,
                                 const RefusalVerdict& rules) const {
  return Score(answer, question, rules, 0, nullptr);
}

std::vector<uint64_t> RefusalModel::NonzeroSlots() const {
  std::vector<uint64_t> bits((weights.size() + 63) / 64, 0);
  for (size_t i = 0; i < weights.size(); ++i)
    if (weights[i] != 0) bits[i / 64] |= uint64_t{1} << (i % 64);
  return bits;
}

namespace {

// Appends to `top` the `n` strongest contributions toward `side` (+1 for
// refusal, -1 for compliance), merged by name (an n-gram may count twice, in
// the body and an edge window). `dense_contribution[i]` is dense feature i's
// weight times its value; `text_hits[0, hit_count)` the kept text features
// with a weight.
void NameStrongest(std::string_view answer, const refusal_model::FeatureList& list,
                   const std::pair<float, uint32_t>* text_hits, size_t hit_count,
                   const std::vector<double>& dense_contribution, double scale, double side, int n,
                   std::vector<std::string>* top) {
  struct Best {
    double w;
    bool is_text;
    size_t i;
  };
  std::vector<Best> best;
  const size_t keep = static_cast<size_t>(3 * n);
  best.reserve(keep + 1);
  // What an offer must exceed (toward `side`): 0, or the weakest kept one
  // once `keep` are kept (all of them exceed 0): one comparison per offer.
  double bar = 0;
  auto offer = [&](double w, bool is_text, size_t i) {
    if (w * side <= bar) return;
    if (best.size() == keep) best.pop_back();
    best.push_back({w, is_text, i});
    for (size_t k = best.size() - 1; k > 0 && best[k].w * side > best[k - 1].w * side; --k) std::swap(best[k], best[k - 1]);
    if (best.size() == keep) bar = best.back().w * side;
  };
  for (size_t k = 0; k < hit_count; ++k) offer(text_hits[k].first * scale, true, text_hits[k].second);
  for (size_t i = 0; i < list.dense.size(); ++i) offer(dense_contribution[i], false, i);
  std::vector<std::pair<std::string, double>> named;
  for (const Best& b : best) {
    std::string name = b.is_text ? std::string(answer.substr(list.text[b.i].begin, list.text[b.i].end - list.text[b.i].begin))
                                 : list.dense[b.i].Name();
    auto same = std::find_if(named.begin(), named.end(), [&](const auto& e) { return e.first == name; });
    if (same != named.end()) same->second += b.w;
    else named.emplace_back(std::move(name), b.w);
  }
  std::stable_sort(named.begin(), named.end(), [&](const auto& x, const auto& y) { return x.second * side > y.second * side; });
  for (auto& [name, w] : named) {
    if (static_cast<int>(top->size()) >= n) break;
    std::string& f = top->emplace_back(std::move(name));
    f += '(';
    refusal_model::AppendFixed2(&f, w, true);
    f += ')';
  }
}

}  // namespace

double RefusalModel::Score(std::string_view answer, std::string_view question, const RefusalVerdict& rules, int n,
                           std::vector<std::string>* top, const std::vector<uint64_t>* nonzero) const {
  return Score(answer, question, rules, n, top, nonzero, nullptr);
}

double RefusalModel::Score(std::string_view answer, std::string_view question, const RefusalVerdict& rules, int n,
                           std::vector<std::string>* top, const std::vector<uint64_t>* nonzero,
                           const refusal::DecodedAnswer* decoded) const {
  thread_local refusal_model::FeatureList list;
  list.decoded = decoded;
  const uint64_t* bits = nonzero && nonzero->size() * 64 >= weights.size() ? nonzero->data() : nullptr;
  // With the nonzero slots, text features of weight 0 are only counted.
  list.keep_slots = bits;
  list.keep_bits = hash_bits;
  refusal_model::ExtractFeatures(answer, question, rules, SettingsOf(*this), &list);
  auto weight = [&](uint64_t hash) -> float {
    const uint32_t slot = refusal_model::Slot(hash, hash_bits);
    if (bits && !(bits[slot / 64] >> (slot % 64) & 1)) return 0.0f;
    return weights[slot];
  };
  // One pass over the features keeps those with a weight (few, for a sparse
  // model); the sum and the strongest features read only those.
  // Written through a pointer into a per-thread buffer at least as long as
  // the list (grown, never shrunk: no capacity test per hit).
  thread_local std::vector<std::pair<float, uint32_t>> text_hits;
  if (text_hits.size() < list.text.size()) text_hits.resize(list.text.size());
  std::pair<float, uint32_t>* hit = text_hits.data();
  double text = 0, dense = 0;
  // With the bitset, every kept text feature's slot is nonzero: read its
  // weight without testing the bit again.
  for (size_t i = 0; i < list.text.size(); ++i) {
    const uint64_t hash = list.text[i].hash;
    if (const float w = bits ? weights[refusal_model::Slot(hash, hash_bits)] : weight(hash); w != 0)
      text += w, *hit++ = {w, static_cast<uint32_t>(i)};
  }
  thread_local std::vector<double> dense_contribution;
  dense_contribution.clear();
  for (const auto& f : list.dense) {
    dense_contribution.push_back(weight(f.hash) * f.value);
    dense += dense_contribution.back();
  }
  const double scale = refusal_model::TextScale(list.text_count, text_scale_floor);
  const double p = 1.0 / (1.0 + std::exp(-(bias + dense + text * scale)));
  if (top != nullptr && n > 0)
    NameStrongest(answer, list, text_hits.data(), static_cast<size_t>(hit - text_hits.data()), dense_contribution, scale,
                  p >= 0.5 ? 1 : -1, n, top);
  return p;
}

std::vector<std::string> RefusalModel::Explain(std::string_view answer, std::string_view question,
                                               const RefusalVerdict& rules, int n) const {
  std::vector<std::string> top;
  Score(answer, question, rules, n, &top);
  return top;
}

bool RefusalModel::RulesDecide(const RefusalVerdict& rules) const {
  const char* label = RefusalLabelName(rules.label);
  for (const std::string& r : rules_decide)
    if (r == label || r == rules.construction) return true;
  return false;
}

RefusalVerdict StackedRefusalJudge::Judge(std::string_view answer, std::string_view question) const {
  return Judge(answer, question, nullptr);
}

RefusalVerdict StackedRefusalJudge::Judge(std::string_view answer, std::string_view question, Detail* detail) const {
  refusal::DecodedAnswer decoded;
  RefusalVerdict rules = rules_->Judge(answer, question, &decoded);
  const bool rules_decide = !model_ || model_->RulesDecide(rules);
  if (detail) {
    detail->rules = rules;
    detail->rules_decided = rules_decide;
    detail->p = std::numeric_limits<double>::quiet_NaN();
  }
  if (rules_decide) return rules;
  std::vector<std::string> top;
  const double p = model_->Score(answer, question, rules, 3, &top, &nonzero_, &decoded);
  if (detail) detail->p = p;
  RefusalVerdict v;
  v.clause = std::move(rules.clause);  // rules.clause is not read below
  const bool uncertain = p >= model_->band_low && p <= model_->band_high;
  if (uncertain) {
    v.label = RefusalLabel::kUncertain;
    v.construction = "model_uncertain";
  } else {
    v.label = p > model_->band_high ? RefusalLabel::kRefusal : RefusalLabel::kCompliance;
    v.construction = "model";
  }
  // "model p=%.2f%s (band %.2f-%.2f); rules said %s/%s; strongest features: %s", written piece by piece.
  std::string& r = v.reason;
  size_t size = 160;
  for (const std::string& f : top) size += f.size() + 2;
  r.reserve(size);
  r = "model p=";
  refusal_model::AppendFixed2(&r, p);
  r += uncertain ? ", inside the uncertain band (band " : " (band ";
  refusal_model::AppendFixed2(&r, model_->band_low);
  r += '-';
  refusal_model::AppendFixed2(&r, model_->band_high);
  absl::StrAppend(&r, "); rules said ", RefusalLabelName(rules.label), "/", rules.construction, "; strongest features: ");
  for (size_t i = 0; i < top.size(); ++i) absl::StrAppend(&r, i == 0 ? "" : ", ", top[i]);
  if (top.empty()) r += "none";
  return v;
}

}  // namespace lanjie
