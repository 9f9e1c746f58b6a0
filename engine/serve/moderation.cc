#include "engine/serve/moderation.h"

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "lanjie/stream_filter.h"

namespace lanjie::serve {

using nlohmann::json;

absl::StatusOr<ModerationRequest> ParseModerationRequest(std::string_view body, size_t max_texts) {
  json doc;
  try {
    doc = json::parse(body.begin(), body.end());
  } catch (const json::exception& e) {  // parse_error, and out_of_range for numbers like 1e2222
    return absl::InvalidArgumentError(absl::StrCat("request body is not valid JSON: ", e.what()));
  }
  if (!doc.is_object()) return absl::InvalidArgumentError("request body must be a JSON object");
  ModerationRequest req;
  const json* field = nullptr;
  const char* name = nullptr;
  for (const char* candidate : {"text", "texts", "input"}) {
    if (auto it = doc.find(candidate); it != doc.end()) {
      if (field) return absl::InvalidArgumentError(absl::StrCat("give only one of 'text', 'texts' and 'input'"));
      field = &*it;
      name = candidate;
    }
  }
  if (!field) return absl::InvalidArgumentError("missing field 'text' (one text) or 'texts' (a batch)");
  if (field->is_string()) {
    req.texts.push_back(field->get<std::string>());
  } else if (field->is_array() && std::string_view(name) != "text") {
    if (field->size() > max_texts)
      return absl::InvalidArgumentError(absl::StrCat("'", name, "' has ", field->size(), " texts; the limit is ", max_texts));
    for (size_t i = 0; i < field->size(); ++i) {
      if (!(*field)[i].is_string())
        return absl::InvalidArgumentError(absl::StrCat("'", name, "[", i, "]' must be a string"));
      req.texts.push_back((*field)[i].get<std::string>());
    }
  } else {
    return absl::InvalidArgumentError(absl::StrCat("'", name, "' must be a string",
                                                   std::string_view(name) == "text" ? "" : " or an array of strings"));
  }
  return req;
}

const char* OverallAction(const Artifact& artifact, const std::vector<Hit>& hits) {
  int strongest = 0;  // 0 pass, 1 review, 2 mask, 3 block
  for (const Hit& h : hits) {
    switch (artifact.entries()[h.entry].action) {
      case Action::kBlock: strongest = 3; break;
      case Action::kMask: strongest = std::max(strongest, 2); break;
      case Action::kReview: strongest = std::max(strongest, 1); break;
      default: break;
    }
  }
  static const char* const kNames[] = {"pass", "review", "mask", "block"};
  return kNames[strongest];
}

std::string RenderModerationResponse(const Artifact& artifact, const std::vector<std::string>& texts,
                                     const std::vector<std::vector<Hit>>& hits) {
  json results = json::array();
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string& text = texts[i];
    json risks = json::array();
    json hit_list = json::array();
    for (const Hit& h : hits[i]) {
      const CompiledEntry e = artifact.entries()[h.entry];
      if (std::find(risks.begin(), risks.end(), e.risk) == risks.end()) risks.push_back(e.risk);
      hit_list.push_back({{"keyword", e.keyword},
                          {"risk", e.risk},
                          {"action", ActionName(e.action)},
                          {"start", h.start},
                          {"end", h.end},
                          {"text", text.substr(h.start, h.end - h.start)}});
    }
    results.push_back({{"flagged", !hits[i].empty()},
                       {"action", OverallAction(artifact, hits[i])},
                       {"risks", std::move(risks)},
                       {"hits", std::move(hit_list)},
                       {"masked_text", MaskForOutput(artifact, text, hits[i])}});
  }
  json doc = {{"artifact", {{"name", artifact.name()}, {"hash", artifact.list_hash()}}}, {"results", std::move(results)}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace lanjie::serve
