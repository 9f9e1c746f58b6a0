/* lanjie C API: keyword interception for any language with a C FFI (Go cgo,
 * Java JNI/FFM, Rust, Python ctypes).
 *
 * Handles are opaque and freed with their own *_free function (NULL is
 * accepted). Calls return LANJIE_OK or an error code; the message of the
 * last failed call on this thread is lanjie_last_error().
 *
 * Thread safety and cost:
 *   lanjie_artifact  immutable; share it between threads. Load: milliseconds
 *                    (reads and verifies the file). Compile: seconds for
 *                    ~100k keywords.
 *   lanjie_filter    immutable streaming-filter tables for one artifact;
 *                    share it. Create: O(total keyword bytes).
 *   lanjie_scanner   one per thread. Scan: O(text), no allocation once
 *                    buffers have grown to the largest text.
 *   lanjie_stream    one per conversation (model answer), one thread at a
 *                    time. Feed: O(piece).
 * A handle keeps what it was created from alive: an artifact may be freed
 * while scanners, filters and streams made from it are still in use.
 *
 * Memory returned through out-pointers (hits, text) belongs to the handle
 * and stays valid until the next call on that handle or its free. */
#ifndef LANJIE_LANJIE_C_H_
#define LANJIE_LANJIE_C_H_

#include <stddef.h>
#include <stdint.h>

#include "lanjie/common/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  LANJIE_OK = 0,
  LANJIE_INVALID_ARGUMENT = 1, /* NULL handle or pointer, bad option */
  LANJIE_NOT_FOUND = 2,        /* file missing */
  LANJIE_BAD_DATA = 3,         /* corrupt artifact, bad keyword list */
  LANJIE_INTERNAL = 4
} lanjie_status;

typedef enum { LANJIE_ACTION_BLOCK = 0, LANJIE_ACTION_MASK = 1, LANJIE_ACTION_REVIEW = 2 } lanjie_action;

typedef struct lanjie_artifact lanjie_artifact;
typedef struct lanjie_scanner lanjie_scanner;
typedef struct lanjie_filter lanjie_filter;
typedef struct lanjie_stream lanjie_stream;

typedef struct {
  uint64_t start; /* byte offsets into the original text (a stream: from its start) */
  uint64_t end;
  uint32_t entry;      /* index of the keyword in the list */
  int action;          /* lanjie_action */
  const char* keyword; /* NUL-terminated UTF-8, owned by the artifact */
  const char* risk;    /* risk code, e.g. "A.1.f", owned by the artifact */
  const char* via;     /* "" for the keyword itself; "pinyin", "homophone", "chaizi" or "numeral" for a variant (static) */
} lanjie_hit;

/* Message of the last failed call on this thread ("" if none). */
LANJIE_EXPORT const char* lanjie_last_error(void);
LANJIE_EXPORT const char* lanjie_version(void);

/* Artifacts. */
LANJIE_EXPORT lanjie_status lanjie_artifact_load(const char* path, lanjie_artifact** out);
/* Reads a keyword source with the one importer `lanjie compile` uses
 * (ReadLexiconFile: .csv/.tsv/.xlsx tables, tag lists, plain lists with
 * `default_risk` or the category the file name names, directories; any
 * encoding), validates and compiles it. Any error in the list fails the
 * call with LANJIE_BAD_DATA; the message names file, line and reason. */
LANJIE_EXPORT
lanjie_status lanjie_artifact_compile_file(const char* lexicon_path, const char* default_risk,
                                           lanjie_artifact** out);
LANJIE_EXPORT lanjie_status lanjie_artifact_save(const lanjie_artifact* artifact, const char* path);
LANJIE_EXPORT void lanjie_artifact_free(lanjie_artifact* artifact);
/* SHA-256 (hex) of the list content; owned by the artifact. */
LANJIE_EXPORT const char* lanjie_artifact_hash(const lanjie_artifact* artifact);
LANJIE_EXPORT size_t lanjie_artifact_entry_count(const lanjie_artifact* artifact);

/* Scanning whole texts. */
LANJIE_EXPORT lanjie_status lanjie_scanner_new(const lanjie_artifact* artifact, lanjie_scanner** out);
LANJIE_EXPORT void lanjie_scanner_free(lanjie_scanner* scanner);
/* Every hit, sorted by start. */
LANJIE_EXPORT
lanjie_status lanjie_scan(lanjie_scanner* scanner, const char* text, size_t len, const lanjie_hit** hits,
                          size_t* hit_count);
/* `text` with the hits of block and mask entries replaced by one '*' per
 * code point. The result is not NUL-terminated: use *out_len. */
LANJIE_EXPORT
lanjie_status lanjie_mask(lanjie_scanner* scanner, const char* text, size_t len, const char** out, size_t* out_len);

/* Streaming filter for model output (see lanjie/stream_filter.h). */
LANJIE_EXPORT
lanjie_status lanjie_filter_new(const lanjie_artifact* artifact, const char* refusal_text, lanjie_filter** out);
LANJIE_EXPORT void lanjie_filter_free(lanjie_filter* filter);
LANJIE_EXPORT lanjie_status lanjie_stream_new(const lanjie_filter* filter, lanjie_stream** out);
LANJIE_EXPORT void lanjie_stream_free(lanjie_stream* stream);
/* Feeds a piece; returns the text safe to emit now (may be empty), the hits
 * reported by this piece (decided, and no hit that starts earlier can still
 * be found: the same hits in every split of the answer), and whether a block
 * hit ended the answer (then the
 * text ends with the refusal text and later pieces are ignored). Any of the
 * out-pointers after `out_len` may be NULL. */
LANJIE_EXPORT
lanjie_status lanjie_stream_feed(lanjie_stream* stream, const char* piece, size_t len, const char** out,
                                 size_t* out_len, const lanjie_hit** hits, size_t* hit_count, int* blocked);
/* Ends the answer and releases everything still held. */
LANJIE_EXPORT
lanjie_status lanjie_stream_finish(lanjie_stream* stream, const char** out, size_t* out_len, const lanjie_hit** hits,
                                   size_t* hit_count, int* blocked);
LANJIE_EXPORT void lanjie_stream_reset(lanjie_stream* stream);

#ifdef __cplusplus
}
#endif

#endif /* LANJIE_LANJIE_C_H_ */
