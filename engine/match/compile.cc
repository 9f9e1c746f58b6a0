#include <hs/hs.h>

#include <future>
#include <thread>

#include "absl/container/flat_hash_map.h"
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
#include "lanjie/match/artifact.h"

namespace lanjie {
namespace {

using internal::ClauseInfo;
using internal::CompiledData;
using internal::HsDatabase;
using internal::PatternInfo;
using internal::PatternRole;
using internal::RuleInfo;
using internal::VariantPattern;

// A keyword made only of ASCII letters, digits and single spaces.
bool IsLatinWord(std::string_view folded) {
  bool alnum = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      alnum = true;
    } else if (c != ' ') {
      return false;
    }
  }
  return alnum;
}

bool WholeWord(WordMode mode, std::string_view folded) {
  switch (mode) {
    case WordMode::kWord: return true;
    case WordMode::kSubstring: return false;
    case WordMode::kAuto: return IsLatinWord(folded);
  }
  return false;
}

std::string Where(const Entry& e) { return e.line ? absl::StrCat(e.source, ":", e.line) : e.source; }

constexpr unsigned kRegexFlags = HS_FLAG_UTF8 | HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST;

struct LiteralSet {
  std::vector<std::string> text;
  std::vector<PatternInfo> info;
};

absl::StatusOr<HsDatabase> CompileLiterals(const LiteralSet& set, unsigned mode,
                                           const hs_platform_info_t* platform) {
  if (set.text.empty()) return HsDatabase();
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags(set.text.size(), 0), ids;
  ptrs.reserve(set.text.size());
  for (size_t i = 0; i < set.text.size(); ++i) {
    ptrs.push_back(set.text[i].data());
    lens.push_back(set.text[i].size());
    ids.push_back(static_cast<unsigned>(i));
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

}  // namespace

absl::StatusOr<std::shared_ptr<const Artifact>> Artifact::Compile(const std::vector<Entry>& entries,
                                                                  const CompileOptions& options,
                                                                  std::vector<Diagnostic>* diagnostics) {
  std::shared_ptr<Artifact> artifact(new Artifact());
  CompiledData& d = *artifact->data_;
  d.name = options.name;
  d.normalizer = options.normalizer;
  d.portable = options.portable;
  auto fold = FoldTable::Shared(options.normalizer);
  if (!fold.ok()) return fold.status();
  d.fold = *fold;

  size_t errors = 0;
  auto report = [&](Diagnostic::Severity sev, const Entry& e, std::string msg) {
    errors += sev == Diagnostic::kError;
    if (diagnostics) diagnostics->push_back({sev, e.source, e.line, std::move(msg)});
  };

  LiteralSet literals;
  std::vector<std::string> regexes;
  // (kind, folded, whole word, action) -> index into d.entries, for duplicate detection.
  absl::flat_hash_map<std::string, size_t> seen;

  auto add_literal = [&](std::string folded, PatternInfo info) {
    d.max_literal_length = std::max<uint32_t>(d.max_literal_length, static_cast<uint32_t>(folded.size()));
    if (info.role == PatternRole::kAllow)
      d.max_allow_length = std::max<uint32_t>(d.max_allow_length, static_cast<uint32_t>(folded.size()));
    info.length = static_cast<uint32_t>(folded.size());
    literals.text.push_back(std::move(folded));
    literals.info.push_back(info);
  };

  // Kept entries in order; packed into d.entries once all are checked.
  struct KeptEntry {
    const Entry* origin;
    std::string normalized;
    bool whole_word = false;
    VariantOptions variants;
  };
  std::vector<KeptEntry> kept;

  for (const Entry& e : entries) {
    KeptEntry ce{&e, std::string(), false, options.variants};
    if (!e.variants.empty()) {
      auto v = ParseVariantOptions(e.variants);
      if (!v.ok()) {
        report(Diagnostic::kError, e, absl::StrCat("variants: ", v.status().message()));
        continue;
      }
      ce.variants = *v;
    }
    std::vector<std::vector<std::string>> rule_terms;  // folded, per clause
    std::vector<ParsedClause> clauses;

    if (e.kind == EntryKind::kLiteral) {
      ce.normalized = Fold(*d.fold, e.keyword);
      if (ce.normalized.empty()) {
        report(Diagnostic::kError, e,
               absl::StrCat("keyword '", e.keyword, "' folds to nothing (only punctuation, spaces or symbols)"));
        continue;
      }
      if (ce.normalized.find('\n') != std::string::npos) {
        report(Diagnostic::kError, e, absl::StrCat("keyword '", e.keyword, "' contains a line break"));
        continue;
      }
      ce.whole_word = WholeWord(e.match, ce.normalized);
    } else if (e.kind == EntryKind::kRegex) {
      if (e.action == Action::kAllow) {
        report(Diagnostic::kError, e, "allow-list entries must be literal phrases, not regexes");
        continue;
      }
      hs_expr_info_t* info = nullptr;
      hs_compile_error_t* err = nullptr;
      if (hs_expression_info(e.keyword.c_str(), kRegexFlags, &info, &err) != HS_SUCCESS) {
        report(Diagnostic::kError, e,
               absl::StrCat("regex '", e.keyword, "' rejected by Hyperscan: ", err ? err->message : "unknown"));
        hs_free_compile_error(err);
        continue;
      }
      free(info);
      ce.normalized = e.keyword;
    } else {
      if (e.action == Action::kAllow) {
        report(Diagnostic::kError, e, "allow-list entries must be literal phrases, not rules");
        continue;
      }
      auto parsed = ParseRule(e.keyword);
      if (!parsed.ok()) {
        report(Diagnostic::kError, e, std::string(parsed.status().message()));
        continue;
      }
      clauses = *std::move(parsed);
      bool ok = true;
      std::string canon;
      for (const ParsedClause& c : clauses) {
        std::vector<std::string> folded_terms;
        std::string alt;
        for (const std::string& t : c.terms) {
          std::string f = Fold(*d.fold, t);
          if (f.empty()) {
            report(Diagnostic::kError, e, absl::StrCat("rule term '", t, "' folds to nothing"));
            ok = false;
          }
          absl::StrAppend(&alt, alt.empty() ? "" : "|", f);
          folded_terms.push_back(std::move(f));
        }
        absl::StrAppend(&canon, canon.empty() ? "" : " & ", c.negated ? "!" : "", alt);
        rule_terms.push_back(std::move(folded_terms));
      }
      if (!ok) continue;
      ce.normalized = canon;
    }

    const std::string key = absl::StrCat(static_cast<int>(e.kind), "\x1f", ce.normalized, "\x1f", ce.whole_word,
                                         "\x1f", static_cast<int>(e.action));
    auto [it, inserted] = seen.try_emplace(key, kept.size());
    if (!inserted) {
      const Entry& first = *kept[it->second].origin;
      if (first.risk == e.risk) {
        report(Diagnostic::kWarning, e,
               absl::StrCat("duplicate: '", e.keyword, "' folds to '", ce.normalized, "' like '", first.keyword,
                            "' at ", Where(first), "; merged"));
        continue;
      }
      report(Diagnostic::kWarning, e,
             absl::StrCat("conflict: '", e.keyword, "' (", e.risk, ") folds to '", ce.normalized, "' like '",
                          first.keyword, "' (", first.risk, ") at ", Where(first),
                          "; both kept, a hit reports both risks"));
    }

    const uint32_t index = static_cast<uint32_t>(kept.size());
    if (e.kind == EntryKind::kLiteral) {
      add_literal(ce.normalized, PatternInfo{index, 0,
                                             e.action == Action::kAllow ? PatternRole::kAllow : PatternRole::kEntry,
                                             static_cast<uint8_t>(ce.whole_word), 0, 0});
    } else if (e.kind == EntryKind::kRegex) {
      regexes.push_back(e.keyword);
      d.regex_patterns.push_back(PatternInfo{index, 0, PatternRole::kEntry, 0, 1, 0});
    } else {
      RuleInfo rule{index, static_cast<uint32_t>(d.clauses.size()), static_cast<uint32_t>(clauses.size()), 0};
      const uint32_t rule_index = static_cast<uint32_t>(d.rules.size());
      for (size_t c = 0; c < clauses.size(); ++c) {
        const uint32_t clause_index = static_cast<uint32_t>(d.clauses.size());
        d.clauses.push_back(ClauseInfo{rule_index, static_cast<uint8_t>(clauses[c].negated), {0, 0, 0}});
        rule.positive_count += !clauses[c].negated;
        for (std::string& t : rule_terms[c]) {
          const bool ww = WholeWord(e.match, t);
          add_literal(std::move(t), PatternInfo{clause_index, 0, PatternRole::kTerm, static_cast<uint8_t>(ww), 0, 0});
        }
      }
      d.rules.push_back(rule);
    }
    kept.push_back(std::move(ce));
  }
  if (errors > 0)
    return absl::InvalidArgumentError(absl::StrCat(errors, " error(s) in the keyword list; nothing was compiled"));
  if (options.validate_only) return absl::FailedPreconditionError("validated only");

  // Variant forms of every literal entry of two or more CJK characters.
  d.variants = options.variants;
  {
    struct Pending {
      std::vector<uint16_t> syllables;
      std::vector<uint32_t> chars;
      VariantPattern pattern;
    };
    std::vector<Pending> pending;
    for (size_t i = 0; i < kept.size(); ++i) {
      const KeptEntry& k = kept[i];
      const Entry& e = *k.origin;
      if (e.kind != EntryKind::kLiteral || e.action == Action::kAllow || !k.variants.any()) continue;
      internal::EntryVariants ev = internal::ExpandVariants(*d.fold, k.normalized, k.variants);
      if (!ev.warning.empty()) report(Diagnostic::kWarning, e, ev.warning);
      if (!ev.readings.empty()) {
        std::vector<uint32_t> chars;
        for (const unsigned char *p = reinterpret_cast<const unsigned char*>(k.normalized.data()),
                                  *end = p + k.normalized.size();
             p < end;) {
          uint32_t cp;
          int n = DecodeUtf8(p, end, &cp);
          chars.push_back(n > 0 ? cp : 0xFFFD);
          p += n > 0 ? n : 1;
        }
        // Homophones of two-character keywords only where the entry asks for
        // them: on ordinary text they fire about twice as often as the
        // keywords themselves (下坐 for 下作, 東州 for 东洲).
        const bool homophone =
            k.variants.homophone && (chars.size() >= 3 || (!e.variants.empty() && e.variants != "on" && e.variants != "default"));
        const uint8_t classes =
            static_cast<uint8_t>((k.variants.pinyin ? 1 : 0) | (homophone ? 2 : 0) | (k.variants.chaizi ? 4 : 0));
        for (auto& seq : ev.readings) {
          if (seq.size() != chars.size()) continue;
          pending.push_back({std::move(seq), chars,
                             VariantPattern{static_cast<uint32_t>(i), 0, static_cast<uint8_t>(chars.size()), classes, 0}});
        }
      }
      for (std::string& lit : ev.initials)
        add_literal(std::move(lit), PatternInfo{static_cast<uint32_t>(i), 0, PatternRole::kEntry, 1, 0,
                                                internal::kViaPinyin});
    }
    // Sorted by the last two syllables (the matcher's index), then the rest.
    std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
      const size_t na = a.syllables.size(), nb = b.syllables.size();
      if (a.syllables[na - 2] != b.syllables[nb - 2]) return a.syllables[na - 2] < b.syllables[nb - 2];
      if (a.syllables[na - 1] != b.syllables[nb - 1]) return a.syllables[na - 1] < b.syllables[nb - 1];
      if (a.syllables != b.syllables) return a.syllables < b.syllables;
      return a.pattern.entry < b.pattern.entry;
    });
    for (Pending& p : pending) {
      p.pattern.offset = static_cast<uint32_t>(d.variant_syllables.size());
      d.variant_syllables.insert(d.variant_syllables.end(), p.syllables.begin(), p.syllables.end());
      d.variant_chars.insert(d.variant_chars.end(), p.chars.begin(), p.chars.end());
      d.variant_patterns.push_back(p.pattern);
      d.max_variant_length = std::max<uint32_t>(d.max_variant_length, p.pattern.length);
    }
    if (!d.variant_patterns.empty()) d.variant_index.Build(d.variant_patterns, d.variant_syllables);
    d.variant_prefix_order.resize(d.variant_patterns.size());
    for (uint32_t i = 0; i < d.variant_prefix_order.size(); ++i) d.variant_prefix_order[i] = i;
    std::sort(d.variant_prefix_order.begin(), d.variant_prefix_order.end(), [&d](uint32_t a, uint32_t b) {
      const VariantPattern& pa = d.variant_patterns[a];
      const VariantPattern& pb = d.variant_patterns[b];
      return std::lexicographical_compare(d.variant_syllables.begin() + pa.offset,
                                          d.variant_syllables.begin() + pa.offset + pa.length,
                                          d.variant_syllables.begin() + pb.offset,
                                          d.variant_syllables.begin() + pb.offset + pb.length);
    });
  }
  EntryTable::Builder table;
  for (const KeptEntry& k : kept) {
    const Entry& e = *k.origin;
    table.Add(CompiledEntry{e.keyword, k.normalized, e.risk, e.note, e.source, e.line, e.kind, e.action,
                            k.whole_word});
  }
  auto packed = std::move(table).Build();
  if (!packed.ok()) return packed.status();
  d.entries = *std::move(packed);

  hs_platform_info_t generic{HS_TUNE_FAMILY_GENERIC, 0, 0, 0};
  const hs_platform_info_t* platform = options.portable ? &generic : nullptr;
  // Block and stream databases compile in parallel (Hyperscan's compiler is single-threaded).
  // Every literal again in the dense code, for ScanLines; same ids.
  LiteralSet dense;
  for (size_t i = 0; i < literals.text.size(); ++i) {
    dense.text.push_back(d.fold->EncodeDense(literals.text[i]));
    dense.info.push_back(literals.info[i]);
    d.dense_lengths.push_back(static_cast<uint32_t>(dense.text.back().size()));
  }
  auto stream_lit = std::async(std::launch::async, [&] { return CompileLiterals(literals, HS_MODE_STREAM, platform); });
  auto dense_lit = std::async(std::launch::async, [&] { return CompileLiterals(dense, HS_MODE_BLOCK, platform); });
  auto block_lit = CompileLiterals(literals, HS_MODE_BLOCK, platform);
  auto stream_lit_result = stream_lit.get();
  auto dense_lit_result = dense_lit.get();
  if (!dense_lit_result.ok()) return dense_lit_result.status();
  d.literal_dense = *std::move(dense_lit_result);
  if (!block_lit.ok()) return block_lit.status();
  if (!stream_lit_result.ok()) return stream_lit_result.status();
  d.literal_block = *std::move(block_lit);
  d.literal_stream = *std::move(stream_lit_result);
  auto block_re = CompileRegexes(regexes, HS_MODE_BLOCK, platform);
  if (!block_re.ok()) return block_re.status();
  auto stream_re = CompileRegexes(regexes, HS_MODE_STREAM | HS_MODE_SOM_HORIZON_LARGE, platform);
  if (!stream_re.ok()) return stream_re.status();
  d.regex_block = *std::move(block_re);
  d.regex_stream = *std::move(stream_re);
  d.literal_patterns = std::move(literals.info);
  d.list_hash = internal::ListHash(d);
  d.created = absl::FormatTime(absl::RFC3339_sec, absl::Now(), absl::UTCTimeZone());
  return std::shared_ptr<const Artifact>(std::move(artifact));
}

}  // namespace lanjie
