// The one HTTP client set-up (engine/common/curl_global.h): libcurl is
// initialised once per process, however many modules and threads use it.
#include "lanjie/common/curl_global.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "serve/upstream.h"
#include "lanjie/eval/chat_client.h"

namespace {
std::atomic<int> real_inits{0};
}  // namespace

// Counts the process's calls into libcurl's global initialisation (this
// definition is preferred over libcurl's for the whole test program).
extern "C" CURLcode curl_global_init(long flags) {
  using Fn = CURLcode (*)(long);
  static Fn real = reinterpret_cast<Fn>(dlsym(RTLD_NEXT, "curl_global_init"));
  real_inits.fetch_add(1);
  return real(flags);
}

namespace lanjie {
namespace {

TEST(CurlGlobal, EveryClientSharesOneInitialisation) {
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) threads.emplace_back([] { EXPECT_TRUE(EnsureCurlGlobalInit().ok()); });
  for (auto& t : threads) t.join();
  // The evaluation client ...
  EndpointConfig config;
  config.base_url = "http://127.0.0.1:1";
  config.model = "m";
  ChatClient client(config);
  EXPECT_TRUE(client.Run({}, [](ChatOutcome&&) {}, nullptr, nullptr).ok());
  // ... and the proxy's upstream call (port 1 on loopback: refused at once).
  serve::UpstreamRequest request;
  request.url = "http://127.0.0.1:1/v1/chat/completions";
  request.connect_timeout_seconds = 2;
  (void)serve::CallUpstream(request, serve::UpstreamCallbacks());
  EXPECT_EQ(real_inits.load(), 1);
  EXPECT_EQ(CurlGlobalInitCount(), 1);
}

}  // namespace
}  // namespace lanjie
