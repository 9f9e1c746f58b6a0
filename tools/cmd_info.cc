#include <cstdio>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "lanjie/lexicon/coverage.h"
#include "lanjie/match/artifact.h"
#include "commands.h"

namespace lanjie::cli {

int RunInfo(int argc, char** argv) {
  if (argc == 3 && (std::string(argv[2]) == "--help" || std::string(argv[2]) == "-h")) {
    std::printf("usage: lanjie info LIST.ljdb\n\nDescribes a compiled list as JSON: entries per risk, kind and action,\n"
                "list version and hash, normalizer, variants, the lanjie version that compiled it.\n");
    return 0;
  }
  if (argc != 3) {
    std::fprintf(stderr, "usage: lanjie info LIST.ljdb\n");
    return 2;
  }
  auto artifact = Artifact::Load(argv[2]);
  if (!artifact.ok()) {
    std::fprintf(stderr, "lanjie info: %s\n", std::string(artifact.status().message()).c_str());
    return 2;
  }
  const Artifact& a = **artifact;
  std::map<std::string, size_t> per_risk, per_kind, per_action;
  KeywordCounter counter;  // the counting rule of lanjie/lexicon/coverage.h
  for (const CompiledEntry e : a.entries()) {
    counter.Add(e.kind, e.keyword, e.risk, e.action == Action::kAllow);
    ++per_risk[e.risk.empty() ? std::string("(allow)") : std::string(e.risk)];
    ++per_kind[EntryKindName(e.kind)];
    ++per_action[ActionName(e.action)];
  }
  const KeywordCounts counts = counter.Finish();
  const Artifact::Info info = a.info();
  nlohmann::json j = {
      {"file", argv[2]},
      {"name", a.name()},
      {"list_version", info.list_version},
      {"created", info.created},
      {"lanjie_version", info.lanjie_version},
      {"list_hash", a.list_hash()},
      {"format", info.format},
      {"side_keywords", info.side_keywords},
      {"normalizer", OptionsToString(a.normalizer_options())},
      {"portable", info.portable},
      {"entries", a.entries().size()},
      {"keywords", counts.keywords},
      {"keyword_risk_rows", counts.rows},
      {"keywords_with_several_risks", counts.multi_risk},
      {"allow_phrases", counts.allow},
      {"max_literal_length", a.max_literal_length()},
      {"per_risk", per_risk},
      {"per_kind", per_kind},
      {"per_action", per_action},
      {"variants", {{"classes", info.variants},
                    {"token_patterns", info.variant_patterns},
                    {"chaizi_literals", info.chaizi_literals},
                    {"initials_literals", info.initials_literals},
                    {"numeral_literals", info.numeral_literals}}},
  };
  std::printf("%s\n", j.dump(2).c_str());
  return 0;
}

}  // namespace lanjie::cli
