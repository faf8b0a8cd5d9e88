// This file implements package net's externs (runtime/std/net/sys.go): socket system calls on
// non-blocking descriptors, getaddrinfo, and the runtime poller's descriptor operations
// (gocxx/poll.h). Addresses cross as a Go []byte IP (4 or 16 bytes; empty: the wildcard), a
// port and an IPv6 interface index; every call returns the errno (0 on success).
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <tuple>
#include <vector>

#include "gocxx/poll.h"

namespace go::net {

namespace ext {

// Runs a system call returning -1/errno, retrying on EINTR: {result, errno}.
template <class F>
inline std::tuple<int64_t, int64_t> retry(F f) {
  for (;;) {
    long r = f();
    if (r >= 0) return {int64_t(r), 0};
    if (errno != EINTR) return {-1, int64_t(errno)};
  }
}

// A sockaddr of the family for ip:port (Go: ipToSockaddr; the Go side already gave the IP
// the family's length). False when ip has the wrong length.
inline bool to_sockaddr(int64_t family, gocxx::Slice<uint8_t> ip, int64_t port, int64_t zone,
                        sockaddr_storage* ss, socklen_t* len) {
  std::memset(ss, 0, sizeof *ss);
  if (family == AF_INET) {
    auto* sa = reinterpret_cast<sockaddr_in*>(ss);
    sa->sin_family = AF_INET;
    sa->sin_port = htons(uint16_t(port));
    if (ip.len == 4)
      std::memcpy(&sa->sin_addr, ip.ptr, 4);
    else if (ip.len != 0)
      return false;
    *len = sizeof *sa;
    return true;
  }
  auto* sa = reinterpret_cast<sockaddr_in6*>(ss);
  sa->sin6_family = AF_INET6;
  sa->sin6_port = htons(uint16_t(port));
  sa->sin6_scope_id = uint32_t(zone);
  if (ip.len == 16)
    std::memcpy(&sa->sin6_addr, ip.ptr, 16);
  else if (ip.len != 0)
    return false;
  *len = sizeof *sa;
  return true;
}

// {ip, port, zone} of a sockaddr (Go: sockaddrToTCP; an AF_INET address has a 4-byte IP).
inline std::tuple<gocxx::Slice<uint8_t>, int64_t, int64_t> from_sockaddr(
    const sockaddr_storage& ss) {
  if (ss.ss_family == AF_INET) {
    auto* sa = reinterpret_cast<const sockaddr_in*>(&ss);
    auto ip = gocxx::Slice<uint8_t>::make(4);
    std::memcpy(ip.ptr, &sa->sin_addr, 4);
    return {ip, int64_t(ntohs(sa->sin_port)), 0};
  }
  auto* sa = reinterpret_cast<const sockaddr_in6*>(&ss);
  auto ip = gocxx::Slice<uint8_t>::make(16);
  std::memcpy(ip.ptr, &sa->sin6_addr, 16);
  return {ip, int64_t(ntohs(sa->sin6_port)), int64_t(sa->sin6_scope_id)};
}

inline gocxx::PollDesc* pd(uint64_t p) { return reinterpret_cast<gocxx::PollDesc*>(uintptr_t(p)); }

}  // namespace ext

inline std::tuple<int64_t, int64_t> sysSocket(int64_t family, int64_t sotype, int64_t proto) {
  return ext::retry([&] {
    return ::socket(int(family), int(sotype) | SOCK_NONBLOCK | SOCK_CLOEXEC, int(proto));
  });
}

inline int64_t sysConnect(int64_t fd, int64_t family, gocxx::Slice<uint8_t> ip, int64_t port,
                          int64_t zone) {
  sockaddr_storage ss;
  socklen_t len;
  if (!ext::to_sockaddr(family, ip, port, zone, &ss, &len)) return EAFNOSUPPORT;
  // A connect interrupted by a signal keeps going in the kernel: EINTR means "in progress"
  // (Go's connect loop treats it so), so no retry here.
  if (::connect(int(fd), reinterpret_cast<sockaddr*>(&ss), len) == 0) return 0;
  return errno;
}

inline int64_t sysBind(int64_t fd, int64_t family, gocxx::Slice<uint8_t> ip, int64_t port,
                       int64_t zone) {
  sockaddr_storage ss;
  socklen_t len;
  if (!ext::to_sockaddr(family, ip, port, zone, &ss, &len)) return EAFNOSUPPORT;
  return std::get<1>(
      ext::retry([&] { return ::bind(int(fd), reinterpret_cast<sockaddr*>(&ss), len); }));
}

// The kernel caps the backlog at net.core.somaxconn, which is what Go passes.
inline int64_t sysListen(int64_t fd) {
  return std::get<1>(ext::retry([&] { return ::listen(int(fd), 65535); }));
}

inline std::tuple<int64_t, gocxx::Slice<uint8_t>, int64_t, int64_t, int64_t> sysAccept(int64_t fd) {
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  auto [s, e] = ext::retry([&] {
    len = sizeof ss;
    return ::accept4(int(fd), reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
  });
  if (e != 0) return {-1, {}, 0, 0, e};
  auto [ip, port, zone] = ext::from_sockaddr(ss);
  return {s, ip, port, zone, 0};
}

inline std::tuple<gocxx::Slice<uint8_t>, int64_t, int64_t, int64_t> sysSockname(int64_t fd,
                                                                                bool peer) {
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  int r = peer ? ::getpeername(int(fd), reinterpret_cast<sockaddr*>(&ss), &len)
               : ::getsockname(int(fd), reinterpret_cast<sockaddr*>(&ss), &len);
  if (r != 0) return {{}, 0, 0, errno};
  auto [ip, port, zone] = ext::from_sockaddr(ss);
  return {ip, port, zone, 0};
}

inline std::tuple<int64_t, int64_t> sysGetsockoptInt(int64_t fd, int64_t level, int64_t opt) {
  int v = 0;
  socklen_t len = sizeof v;
  if (::getsockopt(int(fd), int(level), int(opt), &v, &len) != 0) return {0, errno};
  return {v, 0};
}

inline int64_t sysSetsockoptInt(int64_t fd, int64_t level, int64_t opt, int64_t v) {
  int iv = int(v);
  if (::setsockopt(int(fd), int(level), int(opt), &iv, sizeof iv) != 0) return errno;
  return 0;
}

inline int64_t sysSetLinger(int64_t fd, int64_t onoff, int64_t sec) {
  struct linger l {
    int(onoff), int(sec)
  };
  if (::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l) != 0) return errno;
  return 0;
}

inline int64_t sysShutdown(int64_t fd, int64_t how) {
  if (::shutdown(int(fd), int(how)) != 0) return errno;
  return 0;
}

inline std::tuple<int64_t, int64_t> sysRead(int64_t fd, gocxx::Slice<uint8_t> p) {
  return ext::retry([&] { return ::read(int(fd), p.ptr, size_t(p.len)); });
}

inline std::tuple<int64_t, int64_t> sysWrite(int64_t fd, gocxx::Slice<uint8_t> p) {
  // MSG_NOSIGNAL: a write to a reset connection is EPIPE, not SIGPIPE (Go ignores SIGPIPE
  // on descriptors other than stdout and stderr).
  return ext::retry([&] { return ::send(int(fd), p.ptr, size_t(p.len), MSG_NOSIGNAL); });
}

// close(2) is not retried: the descriptor is released even when it reports EINTR.
inline int64_t sysClose(int64_t fd) { return ::close(int(fd)) == 0 ? 0 : errno; }

inline std::tuple<int64_t, int64_t> sysDup(int64_t fd) {
  return ext::retry([&] { return ::fcntl(int(fd), F_DUPFD_CLOEXEC, 0); });
}

inline int64_t sysIfIndex(gocxx::String name) {
  std::string n(name.view());
  return int64_t(::if_nametoindex(n.c_str()));
}

inline gocxx::String sysIfName(int64_t index) {
  char buf[IF_NAMESIZE];
  if (index <= 0 || ::if_indextoname(unsigned(index), buf) == nullptr) return {};
  return gocxx::String::copy_of(buf);
}

// getaddrinfo for TCP; it blocks this worker thread (other workers keep running goroutines).
inline std::tuple<gocxx::Slice<gocxx::Slice<uint8_t>>, gocxx::Slice<int64_t>, int64_t,
                  gocxx::String>
sysGetaddrinfo(gocxx::String name) {
  std::string host(name.view());
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_ADDRCONFIG;
  addrinfo* res = nullptr;
  int code = ::getaddrinfo(host.c_str(), nullptr, &hints, &res);
  if (code != 0) return {{}, {}, int64_t(code), gocxx::String::copy_of(::gai_strerror(code))};
  std::vector<std::tuple<gocxx::Slice<uint8_t>, int64_t>> out;
  for (addrinfo* a = res; a != nullptr; a = a->ai_next) {
    if (a->ai_family != AF_INET && a->ai_family != AF_INET6) continue;
    sockaddr_storage ss{};
    std::memcpy(&ss, a->ai_addr, std::min<size_t>(a->ai_addrlen, sizeof ss));
    auto [ip, port, zone] = ext::from_sockaddr(ss);
    (void)port;
    out.emplace_back(ip, zone);
  }
  ::freeaddrinfo(res);
  auto ips = gocxx::Slice<gocxx::Slice<uint8_t>>::make(int64_t(out.size()));
  auto zones = gocxx::Slice<int64_t>::make(int64_t(out.size()));
  for (size_t i = 0; i < out.size(); i++) {
    ips.ptr[i] = std::get<0>(out[i]);
    zones.ptr[i] = std::get<1>(out[i]);
  }
  return {ips, zones, 0, gocxx::String()};
}

inline std::tuple<uint64_t, int64_t> pollOpen(int64_t fd) {
  gocxx::PollDesc* pd = gocxx::PollDesc::open(int(fd));
  if (pd == nullptr) return {0, errno};
  return {uint64_t(reinterpret_cast<uintptr_t>(pd)), 0};
}

inline void pollClose(uint64_t pd) { ext::pd(pd)->close(); }

inline void pollEvict(uint64_t pd) { ext::pd(pd)->evict(); }

inline int64_t pollCheck(uint64_t pd, int64_t mode) { return ext::pd(pd)->check(int(mode)); }

inline gocxx::Task<int64_t> pollWait(uint64_t pd, int64_t mode) {
  gocxx::PollDesc* p = ext::pd(pd);
  if (mode == gocxx::PollDesc::kRead)
    co_await p->wait_read();
  else
    co_await p->wait_write();
  co_return int64_t(p->check(int(mode)));
}

inline void pollSetDeadline(uint64_t pd, int64_t d, int64_t mode) {
  ext::pd(pd)->set_deadline(d, int(mode));
}

}  // namespace go::net
