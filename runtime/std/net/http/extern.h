// This file implements package net/http's externs (runtime/std/net/http/transport.go): the
// four calls of the libcurl transport (gocxx/std/http_curl.h, runtime/src/std/http_curl.cpp).
// None of them blocks: the Go side waits on the transfer's notify channel.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "gocxx/std/http_curl.h"

namespace go::net::http {

namespace curl_detail {

inline std::string str(gocxx::String s) { return std::string(s.view()); }

inline void store_failure(const gocxx::http::Failure& f, curlFailure* out) {
  curlFailure& g = gocxx::deref(out);
  g.code = f.code;
  g.osErrno = f.os_errno;
  g.message = gocxx::String::copy_of(f.message);
  g.remoteIP = gocxx::String::copy_of(f.remote_ip);
  g.localIP = gocxx::String::copy_of(f.local_ip);
  g.remotePort = f.remote_port;
  g.localPort = f.local_port;
  g.connected = f.connected;
}

}  // namespace curl_detail

inline uint64_t curlStart(curlOptions* o, gocxx::Chan<int64_t> notify) {
  using curl_detail::str;
  const curlOptions& g = gocxx::deref(o);
  gocxx::http::StartArgs a;
  a.method = str(g.method);
  a.url = str(g.url);
  for (int64_t i = 0; i < g.header.len; i++) a.headers.push_back(str(g.header.ptr[i]));
  a.body.assign(reinterpret_cast<const char*>(g.body.ptr), size_t(g.body.len));
  a.has_body = g.hasBody;
  a.head = g.head;
  a.gzip = g.gzip;
  a.fresh = g.fresh;
  a.close_after = g.closeAfter;
  a.insecure = g.insecure;
  a.socket_fd = g.socketFD;
  a.proxy = str(g.proxy);
  a.idle_timeout_s = g.idleTimeout <= 0 ? 0 : (g.idleTimeout + 999999999) / 1000000000;
  // Durations are nanoseconds; libcurl counts milliseconds (at least 1 when set).
  auto ms = [](int64_t ns) {
    return ns <= 0 ? int64_t(0) : std::max<int64_t>(1, (ns + 999999) / 1000000);
  };
  a.connect_timeout_ms = ms(g.connectTimeout);
  a.timeout_ms = ms(g.timeout);
  return gocxx::http::transfer_start(std::move(a), notify);
}

inline std::tuple<int64_t, gocxx::Slice<gocxx::String>> curlHeaders(uint64_t id, curlFailure* f) {
  gocxx::http::HeadersResult r = gocxx::http::transfer_headers(id);
  gocxx::Slice<gocxx::String> lines;
  if (r.state == gocxx::http::State::Ready) {
    lines = gocxx::Slice<gocxx::String>::make(int64_t(r.lines.size()));
    for (size_t i = 0; i < r.lines.size(); i++) lines.ptr[i] = gocxx::String::copy_of(r.lines[i]);
  } else if (r.state == gocxx::http::State::Failed) {
    curl_detail::store_failure(r.failure, f);
  }
  return {int64_t(r.state), lines};
}

inline std::tuple<int64_t, int64_t> curlRead(uint64_t id, gocxx::Slice<uint8_t> p, curlFailure* f) {
  gocxx::http::ReadResult r = gocxx::http::transfer_read(id, p.ptr, p.len);
  if (r.state == gocxx::http::State::Failed) curl_detail::store_failure(r.failure, f);
  return {r.n, r.eof ? int64_t(3) : int64_t(r.state)};  // 3: curlReadEOF
}

inline void curlClose(uint64_t id) { gocxx::http::transfer_close(id); }

}  // namespace go::net::http
