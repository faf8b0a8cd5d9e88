// This file declares the HTTP client transport under package net/http (runtime/std/net/http):
// libcurl's multi interface driven by the runtime's poller and timer heap, so a goroutine
// waiting for a response parks instead of holding a thread (src/std/http_curl.cpp).
//
// Every call is non-blocking. A transfer reports progress by a non-blocking send of 1 on its
// `notify` channel (Go's `make(chan int, 1)`): the Go side checks the state, and when there is
// nothing yet it waits on that channel (in a select with the request's context).
//
//   id := curlStart(...)                     transfer_start
//   for curlHeaders(id) is pending: <-notify transfer_headers
//   for curlRead(id, p) is pending: <-notify transfer_read
//   curlClose(id)                            transfer_close (aborts an unfinished transfer)
//
// One multi handle serves every transfer of the process, so its connection cache gives
// keep-alive reuse across requests and clients.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gocxx/chan.h"

namespace gocxx::http {

struct StartArgs {
  std::string method;
  std::string url;
  std::vector<std::string> headers;  // "Key: value" lines; "Key:" removes a libcurl default
  std::string body;
  bool has_body = false;       // send body (even empty) with Content-Length
  bool head = false;           // HEAD: no response body
  bool gzip = false;           // ask for gzip and decode it (Go's transparent decompression)
  bool fresh = false;          // a new connection, closed afterwards (a custom dialer's conn)
  bool close_after = false;    // closed afterwards, but an idle connection may carry it
  bool insecure = false;       // tls.Config.InsecureSkipVerify
  std::string proxy;           // proxy URL; empty: none
  int64_t idle_timeout_s = 0;  // CURLOPT_MAXAGE_CONN; 0: libcurl's default
  int64_t socket_fd = -1;      // a connected socket libcurl uses (and closes) instead of dialing
  int64_t connect_timeout_ms = 0;  // 0: libcurl's default
  int64_t timeout_ms = 0;          // whole transfer; 0: none
};

// Why a transfer failed: libcurl's code, the system errno, its message, and the addresses of
// the connection (for Go's "dial tcp 127.0.0.1:1: ..." texts).
struct Failure {
  int code = 0;  // CURLcode; 0: none
  int os_errno = 0;
  std::string message;
  std::string remote_ip, local_ip;
  int64_t remote_port = 0, local_port = 0;
  bool connected = false;  // the connection was established before the failure
};

enum class State : int { Pending = 0, Ready = 1, Failed = 2 };

struct HeadersResult {
  State state = State::Pending;
  std::vector<std::string> lines;  // the final response's status line and header lines
  Failure failure;
};

struct ReadResult {
  State state = State::Pending;  // Ready with n == 0: end of body
  int64_t n = 0;
  bool eof = false;  // Ready with n > 0: these are the last bytes
  Failure failure;
};

uint64_t transfer_start(StartArgs&& args, Chan<int64_t> notify);
HeadersResult transfer_headers(uint64_t id);
ReadResult transfer_read(uint64_t id, uint8_t* p, int64_t len);
void transfer_close(uint64_t id);

// For tests: transfers in the multi handle and sockets libcurl watches.
int64_t active_transfers();

}  // namespace gocxx::http
