// Tests for the network poller: a goroutine reading an empty pipe parks (its worker keeps
// running other goroutines) and wakes when data arrives; many descriptors at once.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Task;

// errno must be read right after the call, through a function the compiler cannot cache across
// a co_await: a coroutine may resume on another thread, and errno is thread-local.
[[gnu::noinline]] bool would_block() { return errno == EAGAIN; }

Task<std::string> read_all(gocxx::PollDesc* pd) {
  std::string out;
  char buf[64];
  for (;;) {
    ssize_t n = ::read(pd->fd(), buf, sizeof buf);
    if (n > 0) {
      out.append(buf, size_t(n));
      continue;
    }
    if (n == 0) break;
    if (would_block()) {
      co_await pd->wait_read();
      continue;
    }
    break;
  }
  co_return out;
}

Task<std::string> pipe_roundtrip() {
  int fds[2];
  EXPECT_EQ(pipe2(fds, O_NONBLOCK | O_CLOEXEC), 0);
  auto* pd = gocxx::PollDesc::open(fds[0]);
  auto result = gocxx::Chan<std::string>::make(1);
  gocxx::go([=]() -> Task<> { co_await result.send(co_await read_all(pd)); });
  // While the reader is parked in the poller, this goroutine keeps running.
  for (const char* part : {"hello ", "from ", "the poller"}) {
    co_await gocxx::sleep(2 * gocxx::kMillisecond);
    EXPECT_GT(::write(fds[1], part, strlen(part)), 0);
  }
  ::close(fds[1]);
  std::string s = co_await result.recv();
  pd->close();
  ::close(fds[0]);
  co_return s;
}

TEST(Poll, ParkedReaderWakesOnData) {
  EXPECT_EQ(gocxx::block_on(pipe_roundtrip()), "hello from the poller");
}

Task<int64_t> many_pipes(int n) {
  std::vector<int> writers;
  gocxx::WaitGroup wg;
  std::atomic<int64_t> bytes{0};
  for (int i = 0; i < n; i++) {
    int fds[2];
    EXPECT_EQ(pipe2(fds, O_NONBLOCK | O_CLOEXEC), 0);
    writers.push_back(fds[1]);
    auto* pd = gocxx::PollDesc::open(fds[0]);
    wg.add(1);
    gocxx::go([&, pd]() -> Task<> {
      std::string s = co_await read_all(pd);
      bytes += int64_t(s.size());
      int fd = pd->fd();
      pd->close();
      ::close(fd);
      wg.done();
    });
  }
  co_await gocxx::sleep(5 * gocxx::kMillisecond);
  for (int w : writers) {
    EXPECT_EQ(::write(w, "abcd", 4), 4);
    ::close(w);
  }
  co_await wg.wait();
  co_return bytes.load();
}

TEST(Poll, ThousandDescriptors) { EXPECT_EQ(gocxx::block_on(many_pipes(1000)), 4000); }

}  // namespace
