#include "lanjie/common/curl_global.h"

#include <curl/curl.h>

#include <atomic>

#include "absl/base/call_once.h"
#include "absl/strings/str_cat.h"

namespace lanjie {

namespace {
absl::once_flag curl_once;
CURLcode curl_init_result = CURLE_OK;
std::atomic<int> curl_init_count{0};
}  // namespace

absl::Status EnsureCurlGlobalInit() {
  absl::call_once(curl_once, [] {
    curl_init_result = curl_global_init(CURL_GLOBAL_DEFAULT);
    curl_init_count.fetch_add(1, std::memory_order_relaxed);
  });
  if (curl_init_result != CURLE_OK)
    return absl::InternalError(absl::StrCat("libcurl: global initialisation failed: ",
                                            curl_easy_strerror(curl_init_result)));
  return absl::OkStatus();
}

int CurlGlobalInitCount() { return curl_init_count.load(std::memory_order_relaxed); }

}  // namespace lanjie
