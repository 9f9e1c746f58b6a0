// HttpServer::Stop(): ends as soon as the requests in flight are done, and
// the ones in flight get their whole response. The drain limit is set far
// beyond the test's timeout, so a Stop() that waited for it would fail the
// test (by ctest's timeout), whatever the machine's speed.
#include "lanjie/serve/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "gtest/gtest.h"
#include "tests/serve/http_client.h"

namespace lanjie::serve {
namespace {

constexpr int kForever = 3600 * 1000;  // drain limit, ms

TEST(HttpServerStopTest, WaitsForTheRequestInFlightThenEnds) {
  std::mutex mu;
  std::condition_variable cv;
  std::shared_ptr<Exchange> held;
  HttpServerOptions options;
  options.port = 0;
  options.drain_ms = kForever;
  auto server = HttpServer::Start(options, [&](const std::shared_ptr<Exchange>& ex) {
    std::lock_guard<std::mutex> lock(mu);
    held = ex;  // answered later, from the test's thread
    cv.notify_all();
  });
  ASSERT_TRUE(server.ok()) << server.status();
  const std::string url = "http://127.0.0.1:" + std::to_string((*server)->port()) + "/slow";
  lanjie::testing::HttpResult result;
  std::thread client([&] { result = lanjie::testing::Http("GET", url); });
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return held != nullptr; });
  }
  (*server)->Stop();  // the request is in flight: the loop keeps running for it
  held->Reply(200, "text/plain", "finished after Stop");
  (*server)->Wait();  // returns once the reply is written
  client.join();
  EXPECT_EQ(result.status, 200);
  EXPECT_EQ(result.body, "finished after Stop");
}

TEST(HttpServerStopTest, IdleConnectionsDoNotHoldTheServer) {
  HttpServerOptions options;
  options.port = 0;
  options.drain_ms = kForever;
  auto server = HttpServer::Start(options, [](const std::shared_ptr<Exchange>& ex) { ex->Reply(200, "text/plain", "ok"); });
  ASSERT_TRUE(server.ok()) << server.status();
  const int port = (*server)->port();
  ASSERT_EQ(lanjie::testing::Http("GET", "http://127.0.0.1:" + std::to_string(port) + "/").status, 200);
  // A keep-alive connection, idle after one request and its response.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  const std::string request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
  ASSERT_EQ(write(fd, request.data(), request.size()), static_cast<ssize_t>(request.size()));
  std::string response;
  char buf[512];
  while (response.size() < 2 || response.compare(response.size() - 2, 2, "ok") != 0) {
    const ssize_t n = read(fd, buf, sizeof buf);
    ASSERT_GT(n, 0) << response;
    response.append(buf, static_cast<size_t>(n));
  }
  EXPECT_EQ(response.rfind("HTTP/1.1 200", 0), 0u) << response;
  (*server)->Stop();
  (*server)->Wait();  // returns although the connection is open
  server->reset();
  char byte;
  EXPECT_EQ(read(fd, &byte, 1), 0);  // and the server closed it on the way out
  close(fd);
}

}  // namespace
}  // namespace lanjie::serve
