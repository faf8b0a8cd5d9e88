#!/usr/bin/env python3
"""A loopback HTTP server for the net/http tests and benchmarks.

usage: http_test_server.py [--delay SECONDS] [--stagger SECONDS] [--port-file FILE]

Listens on 127.0.0.1 on a free port, prints the port on stdout (one line,
flushed) and writes it to FILE if given, then serves until killed. HTTP/1.1
with keep-alive, one thread per connection, every reply delayed by --delay
(default 0); /test.php?i=N replies get --stagger * (N % 8) seconds more, so
that concurrent requests complete in a known order. Routes (query parameters in brackets):

  /test.php[?i=N]      200, body "result of request i=N"
  /slow[?ms=N]         200 after an extra N ms, body "slow"
  /slowbody[?ms=N]     200 with the headers at once and the body "late" N ms later
  /redirect[?to=PATH]  302 to PATH (default /test.php?i=redirected)
  /status/CODE         that status, body "status CODE"
  /echo                200, body: method, path, Content-Type, Authorization,
                       User-Agent, Content-Length and the request body
  /chunked             200 chunked, body "chunk1chunk2"
  /gzip                200, gzipped body "compressed hello" (if the client asks)
  /close               closes the connection without a reply
  /head-len            200 with Content-Length 42 (use HEAD)
  /peer[?ms=N]         200 after N ms, body the client's address and port (which TCP
                       connection carried the request: keep-alive tests)
"""

import argparse
import gzip
import http.server
import socketserver
import sys
import time
import urllib.parse


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    delay = 0.0
    stagger = 0.0

    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self):
        if self.delay:
            time.sleep(self.delay)
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        if u.path == "/test.php":
            i = q.get("i", [""])[0]
            if self.stagger and i.isdigit():
                time.sleep(self.stagger * (int(i) % 8))
            self.reply(200, ("result of request i=%s" % i).encode(), [("Content-Type", "text/plain")])
        elif u.path == "/slow":
            time.sleep(int(q.get("ms", ["0"])[0]) / 1000)
            self.reply(200, b"slow")
        elif u.path == "/slowbody":
            self.send_response(200)
            self.send_header("Content-Length", "4")
            self.end_headers()
            self.wfile.flush()
            time.sleep(int(q.get("ms", ["0"])[0]) / 1000)
            self.wfile.write(b"late")
        elif u.path == "/redirect":
            self.reply(302, b"", [("Location", q.get("to", ["/test.php?i=redirected"])[0])])
        elif u.path.startswith("/status/"):
            code = int(u.path[len("/status/"):])
            self.reply(code, ("status %d" % code).encode())
        elif u.path == "/echo":
            text = "%s %s\nContent-Type: %s\nAuthorization: %s\nUser-Agent: %s\nContent-Length: %s\n%s" % (
                self.command, self.path, self.headers.get("Content-Type"),
                self.headers.get("Authorization"), self.headers.get("User-Agent"),
                self.headers.get("Content-Length"), body.decode("utf-8", "replace"))
            self.reply(200, text.encode())
        elif u.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"chunk1", b"chunk2"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif u.path == "/gzip":
            data = b"compressed hello"
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                self.reply(200, gzip.compress(data, mtime=0), [("Content-Encoding", "gzip")])
            else:
                self.reply(200, data)
        elif u.path == "/peer":
            time.sleep(int(q.get("ms", ["0"])[0]) / 1000)
            self.reply(200, ("%s:%d" % self.client_address[:2]).encode())
        elif u.path == "/close":
            self.close_connection = True
            return
        elif u.path == "/head-len":
            self.send_response(200)
            self.send_header("Content-Length", "42")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(b"x" * 42)
        else:
            self.reply(404, b"404 page not found\n")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = handle_any


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 2048

    def handle_error(self, request, client_address):
        # A client that went away (a program killed or exiting): not our problem.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--stagger", type=float, default=0.0)
    ap.add_argument("--port-file")
    opts = ap.parse_args()
    Handler.delay = opts.delay
    Handler.stagger = opts.stagger
    srv = Server(("127.0.0.1", 0), Handler)
    port = srv.server_address[1]
    if opts.port_file:
        with open(opts.port_file, "w") as f:
            f.write("%d\n" % port)
    print(port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
