#include <hs/hs.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "compiled.h"
#include "lanjie/match/hash.h"
#include "hs_util.h"
#include "rule.h"
#include "variants.h"
#include "lanjie/common/utf8.h"
#include "lanjie/common/version.h"
#include "lanjie/match/artifact.h"
#include "lanjie/lexicon/validate.h"

namespace lanjie {
namespace {

using internal::ClauseInfo;
using internal::CompiledData;
using internal::HsDatabase;
using internal::PatternInfo;
using internal::PatternRole;
using internal::PodTable;
using internal::RuleInfo;
using internal::VariantPattern;


constexpr unsigned kRegexFlags = HS_FLAG_UTF8 | HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST;

struct LiteralSet {
  std::vector<std::string> text;
  std::vector<PatternInfo> info;
};

// The literals text[i] with id i, for every i (only == nullptr) or for the
// i in *only; null when there are none.
absl::StatusOr<HsDatabase> CompileLiterals(const std::vector<std::string>& text, unsigned mode,
                                           const hs_platform_info_t* platform,
                                           const std::vector<unsigned>* only = nullptr) {
  const size_t count = only ? only->size() : text.size();
  if (count == 0) return HsDatabase();
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags(count, 0), ids;
  ptrs.reserve(count);
  lens.reserve(count);
  ids.reserve(count);
  for (size_t n = 0; n < count; ++n) {
    const unsigned i = only ? (*only)[n] : static_cast<unsigned>(n);
    ptrs.push_back(text[i].data());
    lens.push_back(text[i].size());
    ids.push_back(i);
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(ptrs.size()), mode, platform, &db, &err) != HS_SUCCESS) {
    std::string msg = err ? err->message : "unknown error";
    hs_free_compile_error(err);
    return absl::InternalError(absl::StrCat("Hyperscan literal compile failed: ", msg));
  }
  return HsDatabase(db);
}

absl::StatusOr<HsDatabase> CompileRegexes(const std::vector<std::string>& patterns, unsigned mode,
                                          const hs_platform_info_t* platform) {
  if (patterns.empty()) return HsDatabase();
  std::vector<const char*> ptrs;
  std::vector<unsigned> flags(patterns.size(), kRegexFlags), ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    ptrs.push_back(patterns[i].c_str());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(ptrs.data(), flags.data(), ids.data(), static_cast<unsigned>(ptrs.size()), mode,
                       platform, &db, &err) != HS_SUCCESS) {
    std::string msg = err ? err->message : "unknown error";
    hs_free_compile_error(err);
    return absl::InternalError(absl::StrCat("Hyperscan regex compile failed: ", msg));
  }
  return HsDatabase(db);
}

// The matcher's own checks of one validated entry (ValidateAndMerge cannot
// run them: they need Hyperscan and the rule parser). Returns what the
// entry is matched as, or the finding that rejects it.
struct MatcherVerdict {
  Finding kind = Finding::kOther;  // kOther: accepted
  std::string message;
  std::string normalized;
};

MatcherVerdict CheckEntry(const Entry& e, const std::string& folded, const FoldTable& fold) {
  MatcherVerdict v;
  auto reject = [&](Finding kind, std::string message) {
    v.kind = kind;
    v.message = std::move(message);
    return v;
  };
  if (!e.variants.empty()) {
    if (auto p = ParseVariantOptions(e.variants); !p.ok())
      return reject(Finding::kBadField, absl::StrCat("variants: ", p.status().message()));
  }
  if (e.kind == EntryKind::kLiteral) {
    if (folded.find('\n') != std::string::npos)
      return reject(Finding::kLineBreak, absl::StrCat("keyword '", e.keyword, "' contains a line break"));
    v.normalized = folded;
    return v;
  }
  if (e.action == Action::kAllow) {
    return reject(Finding::kNotLiteralAllow, absl::StrCat("allow-list entries must be literal phrases, not ",
                                                          e.kind == EntryKind::kRegex ? "regexes" : "rules"));
  }
  if (e.kind == EntryKind::kRegex) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(e.keyword.c_str(), kRegexFlags, &info, &err) != HS_SUCCESS) {
      v = reject(Finding::kInvalidRegex,
                 absl::StrCat("regex '", e.keyword, "' rejected by Hyperscan: ", err ? err->message : "unknown"));
      hs_free_compile_error(err);
      return v;
    }
    free(info);
    v.normalized = e.keyword;
    return v;
  }
  auto parsed = ParseRule(e.keyword);
  if (!parsed.ok()) return reject(Finding::kInvalidRule, std::string(parsed.status().message()));
  for (const ParsedClause& c : *parsed) {
    std::string alt;
    for (const std::string& t : c.terms) {
      std::string f = Fold(fold, t);
      if (f.empty()) return reject(Finding::kInvalidRule, absl::StrCat("rule term '", t, "' folds to nothing"));
      absl::StrAppend(&alt, alt.empty() ? "" : "|", f);
    }
    absl::StrAppend(&v.normalized, v.normalized.empty() ? "" : " & ", c.negated ? "!" : "", alt);
  }
  return v;
}

// An entry of the validated list on its way into the artifact.
struct KeptEntry {
  const Entry* origin;
  size_t input_index;
  const std::string* normalized;
  bool whole_word = false;
  VariantOptions variants;
};

// Builds the artifact's tables from a validated list, one step at a time.
class Builder {
 public:
  Builder(const ValidatedList& list, const CompileOptions& options, CompiledData* d,
          std::vector<Diagnostic>* diagnostics)
      : list_(list), options_(options), d_(*d), diagnostics_(diagnostics) {}

  absl::Status Run() {
    AddPatterns();
    AddVariants();
    if (auto st = PackEntries(); !st.ok()) return st;
    return CompileDatabases();
  }

 private:
  void AddLiteral(std::string folded, PatternInfo info);
  void AddRule(const KeptEntry& k, uint32_t index);
  void AddPatterns();
  void AddVariants();
  void IndexVariants();
  absl::Status PackEntries();
  absl::Status SplitSide(const std::vector<std::string>& dense, std::vector<unsigned>* hs_ids);
  absl::Status CompileDatabases();

  const ValidatedList& list_;
  const CompileOptions& options_;
  CompiledData& d_;
  std::vector<Diagnostic>* diagnostics_;
  struct PendingVariant {
    std::vector<uint16_t> syllables;
    std::vector<uint32_t> chars;
    VariantPattern pattern;
  };
  std::vector<KeptEntry> kept_;
  std::vector<PendingVariant> pending_;
  LiteralSet literals_;
  std::vector<std::string> regexes_;
  // The rule and regex tables while AddPatterns adds to them; then d_'s.
  std::vector<ClauseInfo> clauses_;
  std::vector<RuleInfo> rules_;
  std::vector<PatternInfo> regex_info_;
};

void Builder::AddLiteral(std::string folded, PatternInfo info) {
  d_.max_literal_length = std::max<uint32_t>(d_.max_literal_length, static_cast<uint32_t>(folded.size()));
  if (info.role == PatternRole::kAllow)
    d_.max_allow_length = std::max<uint32_t>(d_.max_allow_length, static_cast<uint32_t>(folded.size()));
  info.length = static_cast<uint32_t>(folded.size());
  literals_.text.push_back(std::move(folded));
  literals_.info.push_back(info);
}

// A rule's clauses and their folded terms (the rule passed CheckEntry).
void Builder::AddRule(const KeptEntry& k, uint32_t index) {
  const Entry& e = *k.origin;
  std::vector<ParsedClause> clauses = *ParseRule(e.keyword);
  RuleInfo rule{index, static_cast<uint32_t>(clauses_.size()), static_cast<uint32_t>(clauses.size()), 0};
  const uint32_t rule_index = static_cast<uint32_t>(rules_.size());
  for (const ParsedClause& c : clauses) {
    const uint32_t clause_index = static_cast<uint32_t>(clauses_.size());
    clauses_.push_back(ClauseInfo{rule_index, static_cast<uint8_t>(c.negated), {0, 0, 0}});
    rule.positive_count += !c.negated;
    for (const std::string& t : c.terms) {
      std::string f = Fold(*d_.fold, t);
      const bool ww = WholeWord(e.match, f);
      AddLiteral(std::move(f), PatternInfo{clause_index, 0, PatternRole::kTerm, static_cast<uint8_t>(ww), 0, 0});
    }
  }
  rules_.push_back(rule);
}

// Every entry of the list as literal, regex or rule patterns, in list order.
void Builder::AddPatterns() {
  kept_.reserve(list_.merged.size());
  for (size_t i = 0; i < list_.merged.size(); ++i) {
    const Entry& e = list_.merged[i];
    KeptEntry k{&e, i < list_.input_index.size() ? list_.input_index[i] : i, &list_.folded[i], false,
                options_.variants};
    if (!e.variants.empty()) k.variants = *ParseVariantOptions(e.variants);
    const uint32_t index = static_cast<uint32_t>(kept_.size());
    if (e.kind == EntryKind::kLiteral) {
      k.whole_word = WholeWord(e.match, *k.normalized);
      AddLiteral(*k.normalized, PatternInfo{index, 0, e.action == Action::kAllow ? PatternRole::kAllow : PatternRole::kEntry,
                                            static_cast<uint8_t>(k.whole_word), 0, 0});
    } else if (e.kind == EntryKind::kRegex) {
      regexes_.push_back(e.keyword);
      regex_info_.push_back(PatternInfo{index, 0, PatternRole::kEntry, 0, 1, 0});
    } else {
      AddRule(k, index);
    }
    kept_.push_back(k);
  }
  d_.clauses = PodTable<ClauseInfo>(std::move(clauses_));
  d_.rules = PodTable<RuleInfo>(std::move(rules_));
  d_.regex_patterns = PodTable<PatternInfo>(std::move(regex_info_));
}

// Variant forms of every literal entry of two or more CJK characters.
void Builder::AddVariants() {
  d_.variants = options_.variants;
  // A numeral form that is itself a keyword of the list (6合彩 beside 六合彩)
  // is left to that keyword: one hit for the span, not two.
  absl::flat_hash_set<std::string_view> literal_keywords;
  for (const KeptEntry& k : kept_)
    if (k.origin->kind == EntryKind::kLiteral) literal_keywords.insert(*k.normalized);
  for (size_t i = 0; i < kept_.size(); ++i) {
    const KeptEntry& k = kept_[i];
    const Entry& e = *k.origin;
    if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow || !k.variants.any()) continue;
    internal::EntryVariants ev = internal::ExpandVariants(*d_.fold, *k.normalized, k.variants);
    if (!ev.warning.empty() && diagnostics_)
      diagnostics_->push_back({Diagnostic::kWarning, e.source, e.line, ev.warning, Finding::kVariants, k.input_index});
    if (!ev.readings.empty()) {
      std::vector<uint32_t> chars;
      for (const unsigned char *p = reinterpret_cast<const unsigned char*>(k.normalized->data()),
                                *end = p + k.normalized->size();
           p < end;) {
        uint32_t cp;
        int n = DecodeUtf8(p, end, &cp);
        chars.push_back(n > 0 ? cp : 0xFFFD);
        p += n > 0 ? n : 1;
      }
      // Homophones of two-character keywords only where the list or the
      // entry asks for them (homophone2, or an entry's own homophone): on
      // ordinary text they fire about as often as the keywords themselves
      // (下坐 for 下作, 東州 for 东洲).
      const bool homophone =
          k.variants.homophone && (chars.size() >= 3 || k.variants.homophone2 ||
                                   (!e.variants.empty() && e.variants != "on" && e.variants != "default"));
      const uint8_t classes =
          static_cast<uint8_t>((k.variants.pinyin ? 1 : 0) | (homophone ? 2 : 0) | (k.variants.chaizi ? 4 : 0));
      for (auto& seq : ev.readings) {
        if (seq.size() != chars.size()) continue;
        // Joined pinyin is read one way (wangang: wang ang; xian, as in
        // xi'an with its apostrophe dropped: xian); where that is not the
        // keyword's syllables (万钢: wan gang; 西安: xi an), a pattern of the
        // syllables as read, for Latin text whose words end only where the
        // keyword's syllables do ("xian shi bian", not "wang ang").
        if (k.variants.pinyin) {
          uint16_t word_breaks = 0;
          std::vector<uint16_t> joined = internal::JoinedPinyinReading(seq, &word_breaks);
          if (!joined.empty() && joined != seq && joined.size() >= 2 && joined.size() <= internal::kMaxVariantSyllables) {
            const auto n = static_cast<uint8_t>(joined.size());
            pending_.push_back({std::move(joined), std::vector<uint32_t>(n, 0),
                                VariantPattern{static_cast<uint32_t>(i), 0, n, internal::kJoinedPinyinOnly, word_breaks}});
          }
        }
        pending_.push_back({std::move(seq), chars,
                            VariantPattern{static_cast<uint32_t>(i), 0, static_cast<uint8_t>(chars.size()), classes, 0}});
      }
    }
    for (std::string& lit : ev.initials)
      AddLiteral(std::move(lit), PatternInfo{static_cast<uint32_t>(i), 0, PatternRole::kEntry, internal::kWholeWord, 0, internal::kViaPinyin});
    for (std::string& lit : ev.numerals)
      if (!literal_keywords.contains(lit))
        AddLiteral(std::move(lit), PatternInfo{static_cast<uint32_t>(i), 0, PatternRole::kEntry, internal::kDigitEdges,
                                               0, internal::kViaNumeral});
  }
  IndexVariants();
}

// Variant patterns sorted by their last two syllables (the matcher's index),
// then their third-to-last (none first: VariantIndex::third_data), then
// the rest; and the prefix order.
void Builder::IndexVariants() {
  std::sort(pending_.begin(), pending_.end(), [](const PendingVariant& a, const PendingVariant& b) {
    const size_t na = a.syllables.size(), nb = b.syllables.size();
    if (a.syllables[na - 2] != b.syllables[nb - 2]) return a.syllables[na - 2] < b.syllables[nb - 2];
    if (a.syllables[na - 1] != b.syllables[nb - 1]) return a.syllables[na - 1] < b.syllables[nb - 1];
    const uint16_t ta = na >= 3 ? a.syllables[na - 3] : 0, tb = nb >= 3 ? b.syllables[nb - 3] : 0;
    if (ta != tb) return ta < tb;
    if (a.syllables != b.syllables) return a.syllables < b.syllables;
    return a.pattern.entry < b.pattern.entry;
  });
  std::vector<VariantPattern> patterns;
  std::vector<uint16_t> syllables;
  std::vector<uint32_t> chars;
  patterns.reserve(pending_.size());
  for (PendingVariant& p : pending_) {
    p.pattern.offset = static_cast<uint32_t>(syllables.size());
    syllables.insert(syllables.end(), p.syllables.begin(), p.syllables.end());
    chars.insert(chars.end(), p.chars.begin(), p.chars.end());
    patterns.push_back(p.pattern);
    d_.max_variant_length = std::max<uint32_t>(d_.max_variant_length, p.pattern.length);
  }
  pending_.clear();
  if (!patterns.empty()) d_.variant_index.Build(patterns, syllables, chars);
  std::vector<uint32_t> order(patterns.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&patterns, &syllables](uint32_t a, uint32_t b) {
    const VariantPattern& pa = patterns[a];
    const VariantPattern& pb = patterns[b];
    return std::lexicographical_compare(syllables.begin() + pa.offset, syllables.begin() + pa.offset + pa.length,
                                        syllables.begin() + pb.offset, syllables.begin() + pb.offset + pb.length);
  });
  d_.variant_patterns = PodTable<VariantPattern>(std::move(patterns));
  d_.variant_syllables = PodTable<uint16_t>(std::move(syllables));
  d_.variant_chars = PodTable<uint32_t>(std::move(chars));
  d_.variant_prefix_order = PodTable<uint32_t>(std::move(order));
}

absl::Status Builder::PackEntries() {
  EntryTable::Builder table;
  for (const KeptEntry& k : kept_) {
    const Entry& e = *k.origin;
    table.Add(CompiledEntry{e.keyword, *k.normalized, e.risk, e.note, e.source, e.line, e.kind, e.action,
                            k.whole_word});
  }
  auto packed = std::move(table).Build();
  if (!packed.ok()) return packed.status();
  d_.entries = *std::move(packed);
  return absl::OkStatus();
}

// The dense pass's side matcher (dense_side.h): when at least
// options_.dense_side_min_keywords literals are two or three 2-byte dense
// codes, they go to d_.side and *hs_ids gets the ids of the others (the
// dense database's); else d_.side stays empty and the database takes all.
absl::Status Builder::SplitSide(const std::vector<std::string>& dense, std::vector<unsigned>* hs_ids) {
  size_t side = 0;
  for (const std::string& code : dense) side += internal::IsSideCode(code);
  if (side == 0 || side < options_.dense_side_min_keywords) return absl::OkStatus();
  std::vector<internal::SideKeyword> keywords;
  keywords.reserve(side);
  hs_ids->reserve(dense.size() - side);
  for (size_t i = 0; i < dense.size(); ++i) {
    if (!internal::IsSideCode(dense[i])) {
      hs_ids->push_back(static_cast<unsigned>(i));
      continue;
    }
    internal::SideKeyword k{static_cast<uint32_t>(i), static_cast<uint8_t>(dense[i].size()), {}};
    std::memcpy(k.code, dense[i].data(), dense[i].size());
    keywords.push_back(k);
  }
  return d_.side.Build(std::move(keywords));
}

// Runs `jobs` on at most `workers` threads (the calling thread is one of
// them), each job once; returns when all are done.
void RunJobs(std::vector<std::function<void()>>& jobs, unsigned workers) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < jobs.size();) jobs[i]();
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < std::min<size_t>(workers, jobs.size()); ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
}

// The Hyperscan databases: two literal databases (stream mode, which also
// serves Scanner::Scan, and every literal again in the dense code for
// ScanLines, with the same ids, less those of the side matcher) and the two regex ones compile in parallel,
// on no more threads than there are cores: Hyperscan's compiler is
// single-threaded and each compile holds its own graphs, so a third
// concurrent compile on two cores only adds peak memory. The first error
// (in this order) is returned.
absl::Status Builder::CompileDatabases() {
  hs_platform_info_t generic{HS_TUNE_FAMILY_GENERIC, 0, 0, 0};
  const hs_platform_info_t* platform = options_.portable ? &generic : nullptr;
  std::vector<std::string> dense;
  dense.reserve(literals_.text.size());
  std::vector<uint32_t> dense_lengths;
  dense_lengths.reserve(literals_.text.size());
  for (size_t i = 0; i < literals_.text.size(); ++i) {
    dense.push_back(d_.fold->EncodeDense(literals_.text[i]));
    dense_lengths.push_back(static_cast<uint32_t>(dense.back().size()));
  }
  d_.dense_lengths = PodTable<uint32_t>(std::move(dense_lengths));
  std::vector<unsigned> hs_ids;  // the dense database's literals when a side matcher takes the others
  if (auto st = SplitSide(dense, &hs_ids); !st.ok()) return st;
  const std::vector<unsigned>* dense_only = d_.side.empty() ? nullptr : &hs_ids;
  absl::StatusOr<HsDatabase> stream_lit, dense_lit, block_re, stream_re;
  std::vector<std::function<void()>> jobs = {
      [&] { dense_lit = CompileLiterals(dense, HS_MODE_BLOCK, platform, dense_only); },
      [&] { stream_lit = CompileLiterals(literals_.text, HS_MODE_STREAM, platform); },
      [&] { block_re = CompileRegexes(regexes_, HS_MODE_BLOCK, platform); },
      [&] { stream_re = CompileRegexes(regexes_, HS_MODE_STREAM | HS_MODE_SOM_HORIZON_LARGE, platform); },
  };
  RunJobs(jobs, std::max(1u, std::thread::hardware_concurrency()));
  for (const auto* db : {&dense_lit, &stream_lit, &block_re, &stream_re})
    if (!db->ok()) return db->status();
  d_.literal_dense = *std::move(dense_lit);
  d_.literal_stream.Set(*std::move(stream_lit));
  d_.regex_block = *std::move(block_re);
  d_.regex_stream.Set(*std::move(stream_re));
  d_.literal_patterns = PodTable<PatternInfo>(std::move(literals_.info));
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<ValidatedList> Artifact::Validate(const std::vector<Entry>& entries, const CompileOptions& options) {
  auto fold = FoldTable::Shared(options.normalizer);
  if (!fold.ok()) return fold.status();
  ValidateOptions vo;
  vo.normalizer = options.normalizer;
  vo.check_covered = options.check_covered;
  auto list = ValidateAndMerge(entries, vo);
  if (!list.ok()) return list.status();
  std::vector<size_t> rejected;
  for (size_t i = 0; i < list->merged.size(); ++i) {
    const Entry& e = list->merged[i];
    MatcherVerdict v = CheckEntry(e, list->folded[i], **fold);
    if (v.kind == Finding::kOther) {
      list->folded[i] = std::move(v.normalized);
      continue;
    }
    rejected.push_back(i);
    list->diagnostics.push_back({Diagnostic::kError, e.source, e.line, std::move(v.message), v.kind,
                                 list->input_index[i]});
  }
  list->stats.matcher_rejected = rejected.size();
  list->Remove(rejected);
  return list;
}

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::CompileValidated(const ValidatedList& list,
                                                                           const CompileOptions& options,
                                                                           std::vector<Diagnostic>* diagnostics) {
  if (list.folded.size() != list.merged.size())
    return absl::InvalidArgumentError("validated list: folded and merged differ in size");
  std::shared_ptr<Artifact> artifact(new Artifact());
  CompiledData& d = *artifact->data_;
  d.name = options.name;
  d.list_version = options.list_version;
  d.normalizer = options.normalizer;
  d.portable = options.portable;
  auto fold = FoldTable::Shared(options.normalizer);
  if (!fold.ok()) return fold.status();
  d.fold = *fold;
  if (auto st = Builder(list, options, &d, diagnostics).Run(); !st.ok()) return st;
  d.list_hash = internal::ListHash(d);
  d.created = absl::FormatTime(absl::RFC3339_sec, absl::Now(), absl::UTCTimeZone());
  d.lanjie_version = Version();
  return std::shared_ptr<const Artifact>(std::move(artifact));
}

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::Compile(const std::vector<Entry>& entries,
                                                                  const CompileOptions& options,
                                                                  std::vector<Diagnostic>* diagnostics) {
  auto list = Validate(entries, options);
  if (!list.ok()) return list.status();
  const size_t errors = list->CountErrors();
  if (diagnostics) diagnostics->insert(diagnostics->end(), list->diagnostics.begin(), list->diagnostics.end());
  if (errors > 0)
    return absl::InvalidArgumentError(absl::StrCat(errors, " error(s) in the keyword list; nothing was compiled"));
  return CompileValidated(*list, options, diagnostics);
}

}  // namespace lanjie
