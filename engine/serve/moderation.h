// POST /v1/moderate: request parsing and response rendering, free of HTTP.
//
// Request (JSON object, one of):
//   {"text": "..."}                 one text
//   {"texts": ["...", ...]}         a batch
//   {"input": "..." | ["...", ...]} the OpenAI moderation request shape
// Response:
//   {"artifact":{"name","hash"},
//    "results":[{"flagged","action","risks":[...],
//                "hits":[{"keyword","risk","action","start","end","text"}],
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
#include "lanjie/artifact.h"
#include "lanjie/scanner.h"

namespace lanjie::serve {

struct ModerationRequest {
  std::vector<std::string> texts;
};

// Errors (InvalidArgument, message says why): not JSON (with the byte
// offset), invalid UTF-8, not an object, no text field, a non-string text,
// more than `max_texts` texts.
absl::StatusOr<ModerationRequest> ParseModerationRequest(std::string_view body, size_t max_texts);

// Strongest action among `hits` (block > mask > review), or "pass".
const char* OverallAction(const Artifact& artifact, const std::vector<Hit>& hits);

// Renders the response for texts[i] with hits[i].
std::string RenderModerationResponse(const Artifact& artifact, const std::vector<std::string>& texts,
                                     const std::vector<std::vector<Hit>>& hits);

}  // namespace lanjie::serve

#endif  // LANJIE_ENGINE_SERVE_MODERATION_H_
