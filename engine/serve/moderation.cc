#include "moderation.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "lanjie/common/json_string.h"
#include "lanjie/filter/stream_filter.h"

namespace lanjie::serve {
namespace {

using nlohmann::json;

constexpr const char* kFields[] = {"text", "texts", "input"};

// SAX events of a moderation request. Records what the DOM-based checks
// need (the value kind of each field, array sizes, the first non-string
// element) and moves the texts of the field seen last into `texts`; the
// checks themselves run in Finish(), after the whole body parsed, so a
// syntax error anywhere is reported as such.
class RequestSax : public nlohmann::json_sax<json> {
 public:
  RequestSax(size_t max_texts, ModerationRequest* req) : max_texts_(max_texts), texts_(&req->texts), req_(req) {
    req_->user.clear();
    req_->has_user = false;
  }

  bool null() override { return Scalar(); }
  bool boolean(bool) override { return Scalar(); }
  bool number_integer(number_integer_t) override { return Scalar(); }
  bool number_unsigned(number_unsigned_t) override { return Scalar(); }
  bool number_float(number_float_t, const string_t&) override { return Scalar(); }
  bool binary(binary_t&) override { return Scalar(); }
  bool string(string_t& val) override {
    if (depth_ == 1 && user_key_) {
      req_->user.swap(val);
      req_->has_user = true;
      user_key_ = false;
      return true;
    }
    if (depth_ == 1 && current_ >= 0) {
      fields_[current_].kind = Kind::kString;
      Keep(val);
    } else if (depth_ == 2 && current_ >= 0) {
      Field& f = fields_[current_];
      if (f.count < max_texts_) Keep(val);
      ++f.count;
    } else if (depth_ == 0) {
      top_object_ = false;
    }
    return true;
  }
  bool start_object(std::size_t) override { return Open(/*array=*/false); }
  bool start_array(std::size_t) override { return Open(/*array=*/true); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool key(string_t& val) override {
    if (depth_ != 1) return true;
    current_ = -1;
    user_key_ = val == "user";
    for (int i = 0; i < 3; ++i) {
      if (val == kFields[i]) {
        current_ = i;
        fields_[i] = Field{};
        fields_[i].present = true;
        kept_ = 0;  // a repeated key: its last value wins, as in a DOM
      }
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    error_ = absl::InvalidArgumentError(absl::StrCat("request body is not valid JSON: ", e.what()));
    return false;
  }

  absl::Status Finish() {
    if (!error_.ok()) return error_;
    if (!top_object_) return absl::InvalidArgumentError("request body must be a JSON object");
    if (user_bad_) return absl::InvalidArgumentError("'user' must be a string");
    const Field* field = nullptr;
    const char* name = nullptr;
    for (int i = 0; i < 3; ++i) {
      if (!fields_[i].present) continue;
      if (field) return absl::InvalidArgumentError("give only one of 'text', 'texts' and 'input'");
      field = &fields_[i];
      name = kFields[i];
    }
    if (!field) return absl::InvalidArgumentError("missing field 'text' (one text) or 'texts' (a batch)");
    const bool is_text = std::string_view(name) == "text";
    if (field->kind == Kind::kArray && !is_text) {
      if (field->count > max_texts_)
        return absl::InvalidArgumentError(
            absl::StrCat("'", name, "' has ", field->count, " texts; the limit is ", max_texts_));
      if (field->first_bad != kNone)
        return absl::InvalidArgumentError(absl::StrCat("'", name, "[", field->first_bad, "]' must be a string"));
    } else if (field->kind != Kind::kString) {
      return absl::InvalidArgumentError(
          absl::StrCat("'", name, "' must be a string", is_text ? "" : " or an array of strings"));
    }
    texts_->resize(kept_);
    return absl::OkStatus();
  }

 private:
  enum class Kind { kOther, kString, kArray };
  static constexpr size_t kNone = static_cast<size_t>(-1);
  struct Field {
    bool present = false;
    Kind kind = Kind::kOther;
    size_t count = 0;         // array elements, strings or not
    size_t first_bad = kNone;  // index of the first non-string element
  };

  // A value that is not a string at the current position.
  void NonString() {
    if (depth_ == 0) top_object_ = false;
    if (depth_ == 1 && user_key_) user_bad_ = true;
    if (depth_ == 2 && current_ >= 0) {
      Field& f = fields_[current_];
      if (f.first_bad == kNone) f.first_bad = f.count;
      ++f.count;
    }
  }
  bool Scalar() {
    NonString();  // at depth 1 the field keeps Kind::kOther
    return true;
  }
  bool Open(bool array) {
    if (depth_ == 1 && user_key_) user_bad_ = true;
    if (depth_ == 1 && current_ >= 0 && array) fields_[current_].kind = Kind::kArray;
    else if (depth_ != 1) NonString();
    if (depth_ == 0 && !array) top_object_ = true;
    ++depth_;
    return true;
  }
  bool Close() {
    --depth_;
    if (depth_ == 1) current_ = -1, user_key_ = false;  // the field's value ended
    return true;
  }
  // Moves a text out of the lexer's buffer into the next kept slot, whose
  // old capacity the lexer then reuses.
  void Keep(string_t& val) {
    if (kept_ < texts_->size()) (*texts_)[kept_].swap(val);
    else texts_->push_back(std::move(val));
    ++kept_;
  }

  const size_t max_texts_;
  std::vector<std::string>* texts_;
  ModerationRequest* req_;
  bool user_key_ = false;  // the depth-1 key being read is "user"
  bool user_bad_ = false;
  size_t kept_ = 0;
  int depth_ = 0;
  int current_ = -1;  // index into kFields of the depth-1 key being read, or -1
  bool top_object_ = false;
  Field fields_[3];
  absl::Status error_;
};

}  // namespace

absl::Status ParseModerationRequest(std::string_view body, size_t max_texts, ModerationRequest* req) {
  RequestSax sax(max_texts, req);
  try {
    json::sax_parse(body.begin(), body.end(), &sax);
  } catch (const json::exception& e) {  // not expected: errors reach parse_error()
    return absl::InvalidArgumentError(absl::StrCat("request body is not valid JSON: ", e.what()));
  }
  return sax.Finish();
}

absl::StatusOr<ModerationRequest> ParseModerationRequest(std::string_view body, size_t max_texts) {
  ModerationRequest req;
  if (auto st = ParseModerationRequest(body, max_texts, &req); !st.ok()) return st;
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

void AppendModerationResponse(const Artifact& artifact, const std::vector<std::string>& texts,
                              const std::vector<std::vector<Hit>>& hits, std::string* out) {
  out->append("{\"artifact\":{\"hash\":");
  AppendJsonString(artifact.list_hash(), out);
  out->append(",\"list_version\":");
  AppendJsonString(artifact.list_version(), out);
  out->append(",\"name\":");
  AppendJsonString(artifact.name(), out);
  out->append("},\"results\":[");
  for (size_t i = 0; i < texts.size(); ++i) {
    const std::string_view text = texts[i];
    const std::vector<Hit>& text_hits = hits[i];
    if (i) out->push_back(',');
    out->append("{\"action\":\"");
    out->append(OverallAction(artifact, text_hits));
    out->append(text_hits.empty() ? "\",\"flagged\":false,\"hits\":[" : "\",\"flagged\":true,\"hits\":[");
    bool masks = false;
    for (size_t k = 0; k < text_hits.size(); ++k) {
      const Hit& h = text_hits[k];
      const CompiledEntry e = artifact.entries()[h.entry];
      masks |= e.action == Action::kBlock || e.action == Action::kMask;
      out->append(k ? ",{\"action\":\"" : "{\"action\":\"");
      out->append(ActionName(e.action));
      absl::StrAppend(out, "\",\"end\":", h.end, ",\"keyword\":");
      AppendJsonString(e.keyword, out);
      out->append(",\"risk\":");
      AppendJsonString(e.risk, out);
      absl::StrAppend(out, ",\"start\":", h.start, ",\"text\":");
      AppendJsonString(text.substr(std::min<uint64_t>(h.start, text.size()), h.end - h.start), out);
      if (h.via) absl::StrAppend(out, ",\"via\":\"", ViaName(h.via), "\"");
      out->push_back('}');
    }
    out->append("],\"masked_text\":");
    if (masks) AppendJsonString(MaskForOutput(artifact, text, text_hits), out);
    else AppendJsonString(text, out);  // what MaskForOutput returns without block/mask hits
    out->append(",\"risks\":[");
    // Risks in order of first appearance; a text has few hits, so the
    // quadratic search is cheaper than a set.
    for (size_t k = 0; k < text_hits.size(); ++k) {
      const std::string_view risk = artifact.entries()[text_hits[k].entry].risk;
      bool seen = false;
      for (size_t j = 0; j < k && !seen; ++j) seen = artifact.entries()[text_hits[j].entry].risk == risk;
      if (seen) continue;
      if (out->back() != '[') out->push_back(',');
      AppendJsonString(risk, out);
    }
    out->append("]}");
  }
  out->append("]}");
}

}  // namespace lanjie::serve
