// A blocking libcurl client for the server tests.
#ifndef LANJIE_TESTS_SERVE_HTTP_CLIENT_H_
#define LANJIE_TESTS_SERVE_HTTP_CLIENT_H_

#include <curl/curl.h>

#include <string>
#include <vector>

#include "lanjie/common/curl_global.h"

namespace lanjie::testing {

struct HttpResult {
  long status = 0;  // 0: no response (connection failed)
  std::string body;
  std::string content_type;
  std::string retry_after;  // the Retry-After header, "" when absent
};

inline size_t AppendToString(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

inline HttpResult Http(const std::string& method, const std::string& url, const std::string& body = "",
                       const std::vector<std::string>& headers = {}) {
  HttpResult r;
  (void)EnsureCurlGlobalInit();
  CURL* curl = curl_easy_init();
  curl_slist* list = nullptr;
  for (const std::string& h : headers) list = curl_slist_append(list, h.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (method == "POST") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, AppendToString);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (curl_easy_perform(curl) == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
    char* ct = nullptr;
    curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &ct);
    if (ct) r.content_type = ct;
    curl_header* h = nullptr;
    if (curl_easy_header(curl, "Retry-After", 0, CURLH_HEADER, -1, &h) == CURLHE_OK && h && h->value)
      r.retry_after = h->value;
  }
  curl_slist_free_all(list);
  curl_easy_cleanup(curl);
  return r;
}

}  // namespace lanjie::testing

#endif  // LANJIE_TESTS_SERVE_HTTP_CLIENT_H_
