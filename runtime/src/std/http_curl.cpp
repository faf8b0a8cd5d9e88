// This file implements the HTTP client transport of package net/http (gocxx/std/http_curl.h)
// on libcurl's multi interface, driven by the runtime's poller and timer heap.
//
// libcurl tells us which sockets to watch (CURLMOPT_SOCKETFUNCTION) and when to call it back
// (CURLMOPT_TIMERFUNCTION). Sockets go into a private level-triggered epoll set, the way
// libcurl expects them to be watched; that set's descriptor is registered with the runtime's
// poller, so one "driver" goroutine parks in IO wait until some socket is ready. libcurl's
// timeout is a timer on the runtime's timer heap whose callback writes an eventfd in the same
// epoll set. The driver then calls curl_multi_socket_action for each ready socket (or the
// timeout), and transfers deliver headers and body bytes into their buffers and signal their
// goroutine's notify channel (non-blocking send). No thread per request, no busy polling.
//
// When no transfer is in flight and libcurl has no timer, the driver parks on a channel
// instead of the poller: an idle connection kept for reuse then does not keep a deadlocked
// program alive, and the runtime reports "all goroutines are asleep" as usual.
//
// One mutex guards libcurl and every transfer; libcurl's callbacks run with it held (they
// never take it). Lock order: this mutex, then the timer heap or a channel, then the scheduler.
#include "gocxx/std/http_curl.h"

#include <curl/curl.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <unordered_map>

#include "gocxx/gc.h"
#include "gocxx/poll.h"
#include "gocxx/sched.h"
#include "gocxx/task.h"
#include "gocxx/time.h"

namespace gocxx::http {
namespace {

// Body bytes buffered per transfer before libcurl is paused (the reader resumes it).
constexpr size_t kMaxBuffered = 1 << 20;

struct Transfer {
  uint64_t id = 0;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string request_body;
  Chan<int64_t> notify;  // Go heap: Transfer lives in root memory, so the collector sees it
  bool in_multi = false;
  bool head = false;
  int socket_fd = -1;  // a connected socket from a custom dialer, until libcurl takes it
  // Response.
  std::vector<std::string> lines;  // status line + header lines of the current response
  bool headers_done = false;
  std::string data;
  size_t data_off = 0;
  bool paused = false;
  bool done = false;
  CURLcode result = CURLE_OK;
  Failure failure;
  char errbuf[CURL_ERROR_SIZE] = {};
};

std::mutex mu;
CURLM* multi = nullptr;
int inner_ep = -1;  // level-triggered epoll set of libcurl's sockets and the timer eventfd
int timer_evfd = -1;
PollDesc* inner_pd = nullptr;
detail::Timer curl_timer;
bool timer_armed = false;
std::atomic<bool> timer_fired{false};
Chan<int64_t> driver_wake;  // static storage: a collector root
std::unordered_map<uint64_t, Transfer*> transfers;
uint64_t next_id = 1;
int64_t in_flight = 0;
int nsockets = 0;

void signal(Transfer* t) { t->notify.try_send(1); }

// CURLMOPT_SOCKETFUNCTION: watch s for what libcurl wants.
int on_socket(CURL*, curl_socket_t s, int what, void*, void* socketp) {
  if (what == CURL_POLL_REMOVE) {
    epoll_ctl(inner_ep, EPOLL_CTL_DEL, s, nullptr);
    if (socketp != nullptr) {
      nsockets--;
      curl_multi_assign(multi, s, nullptr);
    }
    return 0;
  }
  struct epoll_event ev {};
  if (what & CURL_POLL_IN) ev.events |= EPOLLIN;
  if (what & CURL_POLL_OUT) ev.events |= EPOLLOUT;
  ev.data.fd = s;
  if (socketp == nullptr) {
    if (epoll_ctl(inner_ep, EPOLL_CTL_ADD, s, &ev) != 0 && errno == EEXIST) {
      epoll_ctl(inner_ep, EPOLL_CTL_MOD, s, &ev);
    }
    curl_multi_assign(multi, s, reinterpret_cast<void*>(uintptr_t(1)));
    nsockets++;
  } else {
    epoll_ctl(inner_ep, EPOLL_CTL_MOD, s, &ev);
  }
  return 0;
}

// Runs on the timer heap (inside the scheduler): only wakes the driver.
void on_timer_fire(detail::Timer*) {
  timer_fired.store(true, std::memory_order_release);
  uint64_t one = 1;
  ssize_t r = ::write(timer_evfd, &one, sizeof one);
  (void)r;
}

// CURLMOPT_TIMERFUNCTION: call curl_multi_socket_action(TIMEOUT) after timeout_ms (-1: never).
int on_timer(CURLM*, long timeout_ms, void*) {
  if (timeout_ms < 0) {
    detail::timer_stop(&curl_timer);
    timer_armed = false;
    return 0;
  }
  timer_armed = true;
  detail::timer_reset(&curl_timer, detail::nanotime() + int64_t(timeout_ms) * 1000000);
  return 0;
}

size_t on_header(char* buf, size_t size, size_t n, void* arg) {
  auto* t = static_cast<Transfer*>(arg);
  size_t len = size * n;
  std::string line(buf, len);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (line.rfind("HTTP/", 0) == 0) {
    t->lines.clear();  // a new response (after 100 Continue, say)
    t->lines.push_back(line);
    return len;
  }
  if (line.empty()) {
    // End of a header block: a 1xx response is followed by the real one.
    long code = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &code);
    if (!t->lines.empty() && (code < 100 || code >= 200)) {
      t->headers_done = true;
      signal(t);
    }
    return len;
  }
  if (!t->headers_done) t->lines.push_back(line);  // trailers are dropped
  return len;
}

size_t on_write(char* buf, size_t size, size_t n, void* arg) {
  auto* t = static_cast<Transfer*>(arg);
  size_t len = size * n;
  if (t->data.size() - t->data_off >= kMaxBuffered) {
    t->paused = true;
    return CURL_WRITEFUNC_PAUSE;
  }
  if (t->data_off > 0 && t->data_off == t->data.size()) {
    t->data.clear();
    t->data_off = 0;
  }
  t->data.append(buf, len);
  signal(t);
  return len;
}

void fill_failure(Transfer* t, CURLcode code) {
  Failure& f = t->failure;
  f.code = code;
  long os_errno = 0;
  curl_easy_getinfo(t->easy, CURLINFO_OS_ERRNO, &os_errno);
  f.os_errno = int(os_errno);
  f.message = t->errbuf[0] ? t->errbuf : curl_easy_strerror(code);
  char* ip = nullptr;
  long port = 0;
  if (curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip) f.remote_ip = ip;
  if (curl_easy_getinfo(t->easy, CURLINFO_PRIMARY_PORT, &port) == CURLE_OK) f.remote_port = port;
  if (curl_easy_getinfo(t->easy, CURLINFO_LOCAL_IP, &ip) == CURLE_OK && ip) f.local_ip = ip;
  if (curl_easy_getinfo(t->easy, CURLINFO_LOCAL_PORT, &port) == CURLE_OK) f.local_port = port;
  double connect = 0;
  curl_easy_getinfo(t->easy, CURLINFO_CONNECT_TIME, &connect);
  f.connected = connect > 0 && f.local_port != 0;
}

// Collects finished transfers. Called with mu held.
void reap() {
  int left = 0;
  while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
    if (m->msg != CURLMSG_DONE) continue;
    Transfer* t = nullptr;
    curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&t));
    if (t == nullptr) continue;
    t->done = true;
    t->result = m->data.result;
    if (t->result != CURLE_OK) fill_failure(t, t->result);
    curl_multi_remove_handle(multi, t->easy);
    t->in_multi = false;
    in_flight--;
    signal(t);
  }
}

bool idle_locked() { return in_flight == 0 && nsockets == 0 && !timer_armed; }

// The driver goroutine: runs libcurl whenever a socket is ready or its timer fired.
Task<void> driver() {
  for (;;) {
    bool idle;
    {
      std::lock_guard<std::mutex> g(mu);
      idle = idle_locked();
    }
    if (idle) {
      co_await driver_wake.recv();
      continue;
    }
    int rounds = 0;
    for (;;) {
      struct epoll_event evs[64];
      int n = epoll_wait(inner_ep, evs, 64, 0);
      if (n <= 0) break;
      {
        std::lock_guard<std::mutex> g(mu);
        int running = 0;
        for (int i = 0; i < n; i++) {
          int fd = evs[i].data.fd;
          if (fd == timer_evfd) {
            uint64_t v;
            ssize_t r = ::read(timer_evfd, &v, sizeof v);
            (void)r;
            if (timer_fired.exchange(false)) {
              timer_armed = false;
              curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, &running);
            }
            continue;
          }
          int mask = 0;
          if (evs[i].events & (EPOLLIN | EPOLLHUP)) mask |= CURL_CSELECT_IN;
          if (evs[i].events & EPOLLOUT) mask |= CURL_CSELECT_OUT;
          if (evs[i].events & EPOLLERR) mask |= CURL_CSELECT_ERR;
          curl_multi_socket_action(multi, fd, mask, &running);
        }
        reap();
      }
      if (++rounds % 16 == 0) co_await gosched();
    }
    {
      std::lock_guard<std::mutex> g(mu);
      idle = idle_locked();
    }
    if (!idle) co_await inner_pd->wait_read();
  }
}

void init_locked() {
  if (multi != nullptr) return;
  curl_global_init(CURL_GLOBAL_DEFAULT);
  multi = curl_multi_init();
  curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, on_socket);
  curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, on_timer);
  // Go's DefaultTransport keeps up to 100 idle connections.
  curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, 100L);
  inner_ep = epoll_create1(EPOLL_CLOEXEC);
  timer_evfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  struct epoll_event ev {};
  ev.events = EPOLLIN;
  ev.data.fd = timer_evfd;
  epoll_ctl(inner_ep, EPOLL_CTL_ADD, timer_evfd, &ev);
  inner_pd = PollDesc::open(inner_ep);
  curl_timer.fn = on_timer_fire;
  driver_wake = Chan<int64_t>::make(1);
  go(driver());
}

void destroy(Transfer* t) {
  if (t->in_multi) {
    curl_multi_remove_handle(multi, t->easy);
    in_flight--;
  }
  curl_easy_cleanup(t->easy);
  if (t->socket_fd >= 0) ::close(t->socket_fd);  // libcurl never took it
  curl_slist_free_all(t->headers);
  t->~Transfer();
  gc_free_root(t);
}

// CURLOPT_OPENSOCKETFUNCTION for a transfer over a custom dialer's socket: hand libcurl the
// connected descriptor (it closes it), once.
curl_socket_t on_open_socket(void* p, curlsocktype, struct curl_sockaddr*) {
  auto* t = static_cast<Transfer*>(p);
  int fd = t->socket_fd;
  t->socket_fd = -1;
  return fd >= 0 ? fd : CURL_SOCKET_BAD;
}

// CURLOPT_SOCKOPTFUNCTION: that socket is connected already, libcurl must not connect it.
int on_sockopt(void*, curl_socket_t, curlsocktype) { return CURL_SOCKOPT_ALREADY_CONNECTED; }

}  // namespace

uint64_t transfer_start(StartArgs&& a, Chan<int64_t> notify) {
  std::lock_guard<std::mutex> g(mu);
  init_locked();
  auto* t = ::new (gc_alloc_root(sizeof(Transfer))) Transfer();
  t->id = next_id++;
  t->notify = notify;
  t->head = a.head;
  t->request_body = std::move(a.body);
  CURL* e = t->easy = curl_easy_init();
  curl_easy_setopt(e, CURLOPT_PRIVATE, t);
  curl_easy_setopt(e, CURLOPT_URL, a.url.c_str());
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_PATH_AS_IS, 1L);
  curl_easy_setopt(e, CURLOPT_PROXY, a.proxy.c_str());  // "": none, not even from the environment
  curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_write);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(e, CURLOPT_HTTP_TRANSFER_DECODING, 1L);
  if (a.gzip) curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip");
  if (a.connect_timeout_ms > 0)
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(a.connect_timeout_ms));
  if (a.timeout_ms > 0) curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(a.timeout_ms));
  if (a.fresh) curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
  if (a.idle_timeout_s > 0) curl_easy_setopt(e, CURLOPT_MAXAGE_CONN, long(a.idle_timeout_s));
  if (a.socket_fd >= 0) {
    t->socket_fd = int(a.socket_fd);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t);
    curl_easy_setopt(e, CURLOPT_SOCKOPTFUNCTION, on_sockopt);
  }
  if (a.fresh || a.close_after) curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
  if (a.insecure) {
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
  }
  if (a.head) {
    curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
  } else if (a.has_body) {
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->request_body.size()));
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->request_body.data());
    if (a.method != "POST") curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, a.method.c_str());
  } else if (a.method != "GET") {
    curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, a.method.c_str());
  }
  for (const std::string& h : a.headers) t->headers = curl_slist_append(t->headers, h.c_str());
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
  transfers[t->id] = t;
  if (curl_multi_add_handle(multi, e) == CURLM_OK) {
    t->in_multi = true;
    in_flight++;
  } else {
    t->done = true;
    t->result = CURLE_FAILED_INIT;
    fill_failure(t, t->result);
  }
  driver_wake.try_send(1);
  return t->id;
}

HeadersResult transfer_headers(uint64_t id) {
  HeadersResult r;
  std::lock_guard<std::mutex> g(mu);
  auto it = transfers.find(id);
  if (it == transfers.end()) {
    r.state = State::Failed;
    r.failure.code = CURLE_FAILED_INIT;
    r.failure.message = "transfer closed";
    return r;
  }
  Transfer* t = it->second;
  if (t->headers_done) {
    r.state = State::Ready;
    r.lines = t->lines;
  } else if (t->done) {
    r.state = State::Failed;
    r.failure = t->failure;
    if (t->result == CURLE_OK) r.failure.code = CURLE_GOT_NOTHING;  // no complete header block
  }
  return r;
}

ReadResult transfer_read(uint64_t id, uint8_t* p, int64_t len) {
  ReadResult r;
  std::lock_guard<std::mutex> g(mu);
  auto it = transfers.find(id);
  if (it == transfers.end()) {
    r.state = State::Failed;
    r.failure.code = CURLE_FAILED_INIT;
    r.failure.message = "transfer closed";
    return r;
  }
  Transfer* t = it->second;
  size_t avail = t->data.size() - t->data_off;
  if (avail > 0 && len > 0) {
    size_t n = std::min(avail, size_t(len));
    std::memcpy(p, t->data.data() + t->data_off, n);
    t->data_off += n;
    if (t->data_off == t->data.size()) {
      t->data.clear();
      t->data_off = 0;
    }
    r.state = State::Ready;
    r.n = int64_t(n);
    // The last bytes come with the end, as Go's body reader returns them.
    r.eof = t->data.empty() && t->done && t->result == CURLE_OK;
    if (t->paused && t->data.size() - t->data_off < kMaxBuffered / 2) {
      t->paused = false;
      curl_easy_pause(t->easy, CURLPAUSE_CONT);
    }
    return r;
  }
  if (t->done) {
    if (t->result == CURLE_OK) {
      r.state = State::Ready;  // n == 0: EOF
    } else {
      r.state = State::Failed;
      r.failure = t->failure;
    }
  }
  return r;
}

void transfer_close(uint64_t id) {
  std::lock_guard<std::mutex> g(mu);
  auto it = transfers.find(id);
  if (it == transfers.end()) return;
  Transfer* t = it->second;
  transfers.erase(it);
  destroy(t);
}

int64_t active_transfers() {
  std::lock_guard<std::mutex> g(mu);
  return in_flight;
}

}  // namespace gocxx::http
