#include "upstream.h"

#include <curl/curl.h>

#include "absl/strings/str_cat.h"
#include "lanjie/common/curl_global.h"

namespace lanjie::serve {
namespace {

struct Transfer {
  CURL* curl = nullptr;
  const UpstreamCallbacks* callbacks = nullptr;
  bool responded = false;
  bool stopped = false;  // a callback returned false
};

bool EnsureResponded(Transfer* t) {
  if (t->responded) return true;
  t->responded = true;
  long status = 0;
  char* content_type = nullptr;
  curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(t->curl, CURLINFO_CONTENT_TYPE, &content_type);
  if (t->callbacks->retry_after) {
    curl_header* h = nullptr;
    t->callbacks->retry_after->clear();
    if (curl_easy_header(t->curl, "Retry-After", 0, CURLH_HEADER, -1, &h) == CURLHE_OK && h && h->value)
      *t->callbacks->retry_after = h->value;
  }
  if (t->callbacks->on_response && !t->callbacks->on_response(status, content_type ? content_type : "")) {
    t->stopped = true;
    return false;
  }
  return true;
}

size_t OnWrite(char* data, size_t size, size_t n, void* arg) {
  auto* t = static_cast<Transfer*>(arg);
  if (!EnsureResponded(t)) return 0;
  if (t->callbacks->on_data && !t->callbacks->on_data(std::string_view(data, size * n))) {
    t->stopped = true;
    return 0;
  }
  return size * n;
}

}  // namespace

absl::Status CallUpstream(const UpstreamRequest& request, const UpstreamCallbacks& callbacks) {
  if (absl::Status s = EnsureCurlGlobalInit(); !s.ok()) return s;
  Transfer t;
  t.callbacks = &callbacks;
  t.curl = curl_easy_init();
  if (!t.curl) return absl::InternalError("libcurl: cannot create a handle");
  curl_slist* headers = nullptr;
  for (const std::string& h : request.headers) headers = curl_slist_append(headers, h.c_str());
  curl_easy_setopt(t.curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(t.curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  if (request.method == "POST") {
    curl_easy_setopt(t.curl, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(t.curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
  } else {
    curl_easy_setopt(t.curl, CURLOPT_HTTPGET, 1L);
  }
  curl_easy_setopt(t.curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(t.curl, CURLOPT_WRITEFUNCTION, OnWrite);
  curl_easy_setopt(t.curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(t.curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(t.curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(request.connect_timeout_seconds));
  curl_easy_setopt(t.curl, CURLOPT_TIMEOUT, static_cast<long>(request.total_timeout_seconds));
  curl_easy_setopt(t.curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(t.curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(request.idle_timeout_seconds));
  curl_easy_setopt(t.curl, CURLOPT_ACCEPT_ENCODING, "");  // let curl decode gzip/deflate
  const CURLcode rc = curl_easy_perform(t.curl);
  absl::Status status;
  if (rc == CURLE_OK) {
    if (!EnsureResponded(&t)) status = absl::CancelledError("stopped by the proxy");
  } else if (t.stopped) {
    status = absl::CancelledError("stopped by the proxy");
  } else if (rc == CURLE_OPERATION_TIMEDOUT) {
    status = absl::DeadlineExceededError(absl::StrCat("upstream timed out: ", curl_easy_strerror(rc)));
  } else {
    status = absl::UnavailableError(absl::StrCat("upstream request failed: ", curl_easy_strerror(rc)));
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(t.curl);
  return status;
}

}  // namespace lanjie::serve
