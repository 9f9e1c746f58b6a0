/* Example and test of the lanjie C API: compile a keyword list, scan and
 * mask a text, filter a streamed answer whose keyword is split across two
 * pieces. Exits 0 when every check passes. Usage: example SCRATCH_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lanjie/capi/lanjie_c.h"

static int failures = 0;

#define CHECK(cond)                                                  \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                    \
    }                                                                \
  } while (0)

#define CHECK_OK(call)                                                                  \
  do {                                                                                  \
    lanjie_status st_ = (call);                                                         \
    if (st_ != LANJIE_OK) {                                                             \
      fprintf(stderr, "%s:%d: %s failed (%d): %s\n", __FILE__, __LINE__, #call, (int)st_, \
              lanjie_last_error());                                                     \
      exit(1);                                                                          \
    }                                                                                   \
  } while (0)

static int write_file(const char* path, const char* contents) {
  FILE* f = fopen(path, "wb");
  if (!f) return 0;
  fputs(contents, f);
  return fclose(f) == 0;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s SCRATCH_DIR\n", argv[0]);
    return 2;
  }
  char list_path[4096], db_path[4096], bad_path[4096];
  snprintf(list_path, sizeof list_path, "%s/list.csv", argv[1]);
  snprintf(db_path, sizeof db_path, "%s/list.ljdb", argv[1]);
  snprintf(bad_path, sizeof bad_path, "%s/bad.ljdb", argv[1]);
  if (!write_file(list_path,
                  "keyword,risk,action\n"
                  "冰毒,A.1.f,block\n"
                  "赌博网站,A.1.g,mask\n"
                  "法轮,A.1.a,review\n")) {
    fprintf(stderr, "cannot write %s\n", list_path);
    return 2;
  }

  /* Compile, save, load back. */
  lanjie_artifact* compiled = NULL;
  CHECK_OK(lanjie_artifact_compile_file(list_path, NULL, &compiled));
  CHECK(lanjie_artifact_entry_count(compiled) == 3);
  CHECK_OK(lanjie_artifact_save(compiled, db_path));
  lanjie_artifact* artifact = NULL;
  CHECK_OK(lanjie_artifact_load(db_path, &artifact));
  CHECK(strcmp(lanjie_artifact_hash(artifact), lanjie_artifact_hash(compiled)) == 0);
  CHECK(strlen(lanjie_artifact_hash(artifact)) == 64);
  lanjie_artifact_free(compiled);

  /* Errors come back as codes with a message. */
  lanjie_artifact* missing = NULL;
  write_file(bad_path, "not an artifact");
  CHECK(lanjie_artifact_load(bad_path, &missing) != LANJIE_OK);
  CHECK(missing == NULL);
  CHECK(strlen(lanjie_last_error()) > 0);
  CHECK(lanjie_scan(NULL, "x", 1, NULL, NULL) == LANJIE_INVALID_ARGUMENT);

  /* Whole texts. */
  lanjie_scanner* scanner = NULL;
  CHECK_OK(lanjie_scanner_new(artifact, &scanner));
  const char* text = "哪里有冰*毒和赌博网站";
  const lanjie_hit* hits = NULL;
  size_t hit_count = 0;
  CHECK_OK(lanjie_scan(scanner, text, strlen(text), &hits, &hit_count));
  CHECK(hit_count == 2);
  if (hit_count == 2) {
    CHECK(strcmp(hits[0].keyword, "冰毒") == 0);
    CHECK(strcmp(hits[0].risk, "A.1.f") == 0);
    CHECK(hits[0].action == LANJIE_ACTION_BLOCK);
    CHECK(hits[0].start == strlen("哪里有"));
    CHECK(hits[0].end == strlen("哪里有冰*毒"));
    CHECK(hits[1].action == LANJIE_ACTION_MASK);
  }
  const char* masked = NULL;
  size_t masked_len = 0;
  CHECK_OK(lanjie_mask(scanner, text, strlen(text), &masked, &masked_len));
  CHECK(masked_len == strlen("哪里有***和****") && memcmp(masked, "哪里有***和****", masked_len) == 0);
  /* A review hit is reported but its text is kept. */
  CHECK_OK(lanjie_mask(scanner, "法轮和赌博网站", strlen("法轮和赌博网站"), &masked, &masked_len));
  CHECK(masked_len == strlen("法轮和****") && memcmp(masked, "法轮和****", masked_len) == 0);

  /* A streamed answer: the keyword is split across pieces. */
  lanjie_filter* filter = NULL;
  CHECK_OK(lanjie_filter_new(artifact, "[refused]", &filter));
  lanjie_artifact_free(artifact); /* the filter and scanner keep it alive */
  lanjie_stream* stream = NULL;
  CHECK_OK(lanjie_stream_new(filter, &stream));
  const char* pieces[] = {"教你", "做冰", "毒的", "方法"};
  char emitted[256] = "";
  int blocked = 0;
  for (size_t i = 0; i < sizeof pieces / sizeof pieces[0] && !blocked; ++i) {
    const char* out = NULL;
    size_t out_len = 0;
    CHECK_OK(lanjie_stream_feed(stream, pieces[i], strlen(pieces[i]), &out, &out_len, &hits, &hit_count, &blocked));
    strncat(emitted, out, out_len);
    if (i == 0) CHECK(out_len == strlen("教你")); /* clean text is released at once */
    if (i == 1) CHECK(out_len == strlen("做"));   /* 冰 may begin 冰毒: held */
  }
  CHECK(blocked);
  CHECK(strcmp(emitted, "教你做[refused]") == 0);

  /* A clean answer passes unchanged. */
  lanjie_stream_reset(stream);
  const char* out = NULL;
  size_t out_len = 0;
  CHECK_OK(lanjie_stream_feed(stream, "今天天气很好", strlen("今天天气很好"), &out, &out_len, NULL, NULL, NULL));
  CHECK(out_len == strlen("今天天气很好"));
  CHECK_OK(lanjie_stream_finish(stream, &out, &out_len, NULL, NULL, &blocked));
  CHECK(out_len == 0 && !blocked);

  lanjie_stream_free(stream);
  lanjie_filter_free(filter);
  lanjie_scanner_free(scanner);
  if (failures) fprintf(stderr, "%d check(s) failed\n", failures);
  else printf("C API example: all checks passed\n");
  return failures ? 1 : 0;
}
