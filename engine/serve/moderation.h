// POST /v1/moderate: request parsing and response rendering, free of HTTP.
//
// Request (JSON object, one of):
//   {"text": "..."}                 one text
//   {"texts": ["...", ...]}         a batch
//   {"input": "..." | ["...", ...]} the OpenAI moderation request shape
// each optionally with "user": "..." (the end user, for user accountability).
// Response:
//   {"artifact":{"name","hash"},
//    "results":[{"flagged","action","risks":[...],
//                "hits":[{"keyword","risk","action","start","end","text"[,"via"]}],
//                "masked_text"}]}
// `action` is the strongest action among the hits (block > mask > review),
// "pass" without hits; offsets are UTF-8 byte offsets into the text;
// masked_text has block and mask hits replaced by '*' per character.
#ifndef LANJIE_ENGINE_SERVE_MODERATION_H_
#define LANJIE_ENGINE_SERVE_MODERATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "lanjie/match/artifact.h"
#include "lanjie/match/scanner.h"

namespace lanjie::serve {

struct ModerationRequest {
  std::vector<std::string> texts;
  std::string user;  // the "user" field, "" when absent
  bool has_user = false;
};

// Errors (InvalidArgument, message says why): not JSON (with the byte
// offset), invalid UTF-8, not an object, no text field, a non-string text,
// more than `max_texts` texts, a "user" that is not a string. A repeated key counts once, with its last value.
//
// Parses with nlohmann's SAX interface: no DOM is built and the texts are
// moved out of the lexer. `*req` is overwritten; passing the same object
// again reuses its strings (no allocation for them once they have grown).
absl::Status ParseModerationRequest(std::string_view body, size_t max_texts, ModerationRequest* req);
absl::StatusOr<ModerationRequest> ParseModerationRequest(std::string_view body, size_t max_texts);

// Strongest action among `hits` (block > mask > review), or "pass".
const char* OverallAction(const Artifact& artifact, const std::vector<Hit>& hits);

// Appends the response for texts[i] with hits[i] (i < texts.size()) to
// `out`: compact JSON, object keys in alphabetical order, written directly
// (no DOM). O(bytes written); allocates only when `out` must grow, plus one
// string per text that has block or mask hits (its masked copy).
void AppendModerationResponse(const Artifact& artifact, const std::vector<std::string>& texts,
                              const std::vector<std::vector<Hit>>& hits, std::string* out);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_MODERATION_H_
