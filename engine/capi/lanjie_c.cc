// C API over the C++ engine: handles wrap shared_ptrs, errors become codes
// plus a thread-local message.
#include "lanjie/capi/lanjie_c.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lanjie/match/artifact.h"
#include "lanjie/lexicon/lexicon.h"
#include "lanjie/match/scanner.h"
#include "lanjie/filter/stream_filter.h"
#include "lanjie/common/version.h"

struct lanjie_artifact {
  std::shared_ptr<const lanjie::Artifact> artifact;
};
struct lanjie_scanner {
  std::shared_ptr<const lanjie::Artifact> artifact;
  std::unique_ptr<lanjie::Scanner> scanner;
  std::vector<lanjie::Hit> hits;
  std::vector<lanjie_hit> c_hits;
  std::string masked;
};
struct lanjie_filter {
  std::shared_ptr<const lanjie::Filter> filter;
};
struct lanjie_stream {
  std::unique_ptr<lanjie::StreamFilter> stream;
  lanjie::FilterOutput output;
  std::vector<lanjie_hit> c_hits;
};

namespace {

thread_local std::string last_error;

lanjie_status Fail(lanjie_status code, std::string message) {
  last_error = std::move(message);
  return code;
}

lanjie_status FromStatus(const absl::Status& st) {
  if (st.ok()) return LANJIE_OK;
  lanjie_status code = LANJIE_INTERNAL;
  switch (st.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
      code = LANJIE_INVALID_ARGUMENT;
      break;
    case absl::StatusCode::kNotFound:
      code = LANJIE_NOT_FOUND;
      break;
    case absl::StatusCode::kDataLoss:
    case absl::StatusCode::kOutOfRange:
    case absl::StatusCode::kUnimplemented:
      code = LANJIE_BAD_DATA;
      break;
    default:
      break;
  }
  return Fail(code, std::string(st.message()));
}

lanjie_status NullArgument(const char* function) {
  return Fail(LANJIE_INVALID_ARGUMENT, absl::StrCat(function, ": NULL argument"));
}

int CAction(lanjie::Action a) {
  switch (a) {
    case lanjie::Action::kMask:
      return LANJIE_ACTION_MASK;
    case lanjie::Action::kReview:
      return LANJIE_ACTION_REVIEW;
    default:
      return LANJIE_ACTION_BLOCK;
  }
}

void ToC(const lanjie::Artifact& artifact, const std::vector<lanjie::Hit>& hits, std::vector<lanjie_hit>* out) {
  out->clear();
  for (const lanjie::Hit& h : hits) {
    const lanjie::CompiledEntry e = artifact.entries()[h.entry];
    out->push_back(lanjie_hit{h.start, h.end, h.entry, CAction(e.action), e.keyword.data(), e.risk.data(), lanjie::ViaName(h.via)});
  }
}

lanjie_status StreamResult(lanjie_stream* s, const char** out, size_t* out_len, const lanjie_hit** hits,
                           size_t* hit_count, int* blocked) {
  ToC(*s->stream->filter().artifact(), s->output.hits, &s->c_hits);
  *out = s->output.text.data();
  *out_len = s->output.text.size();
  if (hits) *hits = s->c_hits.data();
  if (hit_count) *hit_count = s->c_hits.size();
  if (blocked) *blocked = s->output.blocked ? 1 : 0;
  return LANJIE_OK;
}

}  // namespace

extern "C" {

const char* lanjie_last_error(void) { return last_error.c_str(); }
const char* lanjie_version(void) { return lanjie::Version(); }

lanjie_status lanjie_artifact_load(const char* path, lanjie_artifact** out) {
  if (!path || !out) return NullArgument("lanjie_artifact_load");
  auto a = lanjie::Artifact::Load(path);
  if (!a.ok()) return FromStatus(a.status());
  *out = new lanjie_artifact{std::move(*a)};
  return LANJIE_OK;
}

lanjie_status lanjie_artifact_compile_file(const char* lexicon_path, const char* default_risk,
                                           lanjie_artifact** out) {
  if (!lexicon_path || !out) return NullArgument("lanjie_artifact_compile_file");
  lanjie::ReadOptions options;
  if (default_risk) options.default_risk = default_risk;
  lanjie::Lexicon lexicon;
  if (auto st = lanjie::ReadLexiconFile(lexicon_path, options, &lexicon); !st.ok()) return FromStatus(st);
  std::vector<lanjie::Diagnostic> diagnostics = lexicon.diagnostics;
  std::string errors;
  auto a = lanjie::Artifact::Compile(lexicon.entries, lanjie::CompileOptions(), &diagnostics);
  for (const lanjie::Diagnostic& d : diagnostics)
    if (d.severity == lanjie::Diagnostic::kError) absl::StrAppend(&errors, errors.empty() ? "" : "\n", d.ToString());
  if (!errors.empty()) return Fail(LANJIE_BAD_DATA, errors);
  if (!a.ok()) return FromStatus(a.status());
  *out = new lanjie_artifact{std::move(*a)};
  return LANJIE_OK;
}

lanjie_status lanjie_artifact_save(const lanjie_artifact* artifact, const char* path) {
  if (!artifact || !path) return NullArgument("lanjie_artifact_save");
  return FromStatus(artifact->artifact->Save(path));
}

void lanjie_artifact_free(lanjie_artifact* artifact) { delete artifact; }

const char* lanjie_artifact_hash(const lanjie_artifact* artifact) {
  return artifact ? artifact->artifact->list_hash().c_str() : "";
}

size_t lanjie_artifact_entry_count(const lanjie_artifact* artifact) {
  return artifact ? artifact->artifact->entries().size() : 0;
}

lanjie_status lanjie_scanner_new(const lanjie_artifact* artifact, lanjie_scanner** out) {
  if (!artifact || !out) return NullArgument("lanjie_scanner_new");
  auto s = lanjie::Scanner::Create(artifact->artifact);
  if (!s.ok()) return FromStatus(s.status());
  *out = new lanjie_scanner{artifact->artifact, std::move(*s), {}, {}, {}};
  return LANJIE_OK;
}

void lanjie_scanner_free(lanjie_scanner* scanner) { delete scanner; }

lanjie_status lanjie_scan(lanjie_scanner* scanner, const char* text, size_t len, const lanjie_hit** hits,
                          size_t* hit_count) {
  if (!scanner || (!text && len) || !hits || !hit_count) return NullArgument("lanjie_scan");
  if (auto st = scanner->scanner->Scan(std::string_view(text ? text : "", len), &scanner->hits); !st.ok())
    return FromStatus(st);
  ToC(*scanner->artifact, scanner->hits, &scanner->c_hits);
  *hits = scanner->c_hits.data();
  *hit_count = scanner->c_hits.size();
  return LANJIE_OK;
}

lanjie_status lanjie_mask(lanjie_scanner* scanner, const char* text, size_t len, const char** out, size_t* out_len) {
  if (!scanner || (!text && len) || !out || !out_len) return NullArgument("lanjie_mask");
  const std::string_view view(text ? text : "", len);
  if (auto st = scanner->scanner->Scan(view, &scanner->hits); !st.ok()) return FromStatus(st);
  scanner->masked = lanjie::MaskForOutput(*scanner->artifact, view, scanner->hits);
  *out = scanner->masked.data();
  *out_len = scanner->masked.size();
  return LANJIE_OK;
}

lanjie_status lanjie_filter_new(const lanjie_artifact* artifact, const char* refusal_text, lanjie_filter** out) {
  if (!artifact || !out) return NullArgument("lanjie_filter_new");
  lanjie::FilterOptions options;
  if (refusal_text) options.refusal_text = refusal_text;
  auto f = lanjie::Filter::Create(artifact->artifact, std::move(options));
  if (!f.ok()) return FromStatus(f.status());
  *out = new lanjie_filter{std::move(*f)};
  return LANJIE_OK;
}

void lanjie_filter_free(lanjie_filter* filter) { delete filter; }

lanjie_status lanjie_stream_new(const lanjie_filter* filter, lanjie_stream** out) {
  if (!filter || !out) return NullArgument("lanjie_stream_new");
  auto s = lanjie::StreamFilter::Create(filter->filter);
  if (!s.ok()) return FromStatus(s.status());
  *out = new lanjie_stream{std::move(*s), {}, {}};
  return LANJIE_OK;
}

void lanjie_stream_free(lanjie_stream* stream) { delete stream; }

lanjie_status lanjie_stream_feed(lanjie_stream* stream, const char* piece, size_t len, const char** out,
                                 size_t* out_len, const lanjie_hit** hits, size_t* hit_count, int* blocked) {
  if (!stream || (!piece && len) || !out || !out_len) return NullArgument("lanjie_stream_feed");
  if (auto st = stream->stream->Feed(std::string_view(piece ? piece : "", len), &stream->output); !st.ok())
    return FromStatus(st);
  return StreamResult(stream, out, out_len, hits, hit_count, blocked);
}

lanjie_status lanjie_stream_finish(lanjie_stream* stream, const char** out, size_t* out_len, const lanjie_hit** hits,
                                   size_t* hit_count, int* blocked) {
  if (!stream || !out || !out_len) return NullArgument("lanjie_stream_finish");
  if (auto st = stream->stream->Finish(&stream->output); !st.ok()) return FromStatus(st);
  return StreamResult(stream, out, out_len, hits, hit_count, blocked);
}

void lanjie_stream_reset(lanjie_stream* stream) {
  if (stream) stream->stream->Reset();
}

}  // extern "C"
