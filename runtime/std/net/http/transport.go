// gocxx's Transport: Go 1.19's exported Transport API over libcurl's multi interface
// (runtime/src/std/http_curl.cpp), driven by the runtime's poller and timer heap. The
// request is sent and the response parsed by libcurl; this file turns a Request into
// libcurl's options and libcurl's results into Go's Response and Go's error values.
// Texts and semantics follow Go's transport.go and transfer.go.

package http

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"internal/netconn"
	"io"
	"net"
	"net/textproto"
	"net/url"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// DefaultTransport is the default implementation of Transport and is
// used by DefaultClient. It keeps connections for reuse (libcurl's
// connection cache, shared by every Transport of the program).
//
// gocxx: no Proxy (no ProxyFromEnvironment) and no DialContext: libcurl
// connects (see Transport).
var DefaultTransport RoundTripper = &Transport{
	MaxIdleConns:          100,
	IdleConnTimeout:       90 * time.Second,
	TLSHandshakeTimeout:   10 * time.Second,
	ExpectContinueTimeout: 1 * time.Second,
}

// DefaultMaxIdleConnsPerHost is the default value of Transport's
// MaxIdleConnsPerHost.
const DefaultMaxIdleConnsPerHost = 2

// Transport is an implementation of RoundTripper that supports HTTP and
// HTTPS (HTTP/1.1).
//
// gocxx: requests go through libcurl's multi interface; connections are
// kept and reused by its cache (up to 100 idle). Proxy is ignored (no
// proxy is used). Dial and DialContext, when set, are called for every
// request; the Conn they return must be package net's: libcurl carries that
// request over a copy of its socket, then closes it, and the earliest
// deadline set on the Conn bounds the whole request. TLSClientConfig's InsecureSkipVerify
// is honoured, and so are Proxy and IdleConnTimeout. MaxIdleConns* are
// accepted and ignored (one cache of 100 connections serves the program).
type Transport struct {
	// Proxy specifies a function to return a proxy for a given
	// Request. If the function returns a non-nil error, the
	// request is aborted with the provided error.
	//
	// If Proxy is nil or returns a nil *URL, no proxy is used.
	// (gocxx: libcurl talks to the proxy; there is no ProxyFromEnvironment.)
	Proxy func(*Request) (*url.URL, error)

	// DialContext specifies the dial function for creating unencrypted TCP connections.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)

	// Dial specifies the dial function for creating unencrypted TCP connections.
	//
	// Deprecated: Use DialContext instead.
	Dial func(network, addr string) (net.Conn, error)

	// TLSClientConfig specifies the TLS configuration to use with
	// tls.Client.
	TLSClientConfig *tls.Config

	// TLSHandshakeTimeout specifies the maximum amount of time waiting to
	// wait for a TLS handshake. Zero means no timeout.
	TLSHandshakeTimeout time.Duration

	// DisableKeepAlives, if true, disables HTTP keep-alives and
	// will only use the connection to the server for a single
	// HTTP request.
	DisableKeepAlives bool

	// DisableCompression, if true, prevents the Transport from
	// requesting compression with an "Accept-Encoding: gzip"
	// request header when the Request contains no existing
	// Accept-Encoding value.
	DisableCompression bool

	// MaxIdleConns controls the maximum number of idle (keep-alive)
	// connections across all hosts. Zero means no limit.
	MaxIdleConns int

	// MaxIdleConnsPerHost, if non-zero, controls the maximum idle
	// (keep-alive) connections to keep per-host.
	MaxIdleConnsPerHost int

	// MaxConnsPerHost optionally limits the total number of
	// connections per host. Zero means no limit.
	MaxConnsPerHost int

	// IdleConnTimeout is the maximum amount of time an idle
	// (keep-alive) connection will remain idle before closing
	// itself. Zero means no limit.
	IdleConnTimeout time.Duration

	// ResponseHeaderTimeout, if non-zero, specifies the amount of
	// time to wait for a server's response headers after fully
	// writing the request (including its body, if any).
	ResponseHeaderTimeout time.Duration

	// ExpectContinueTimeout, if non-zero, specifies the amount of
	// time to wait for a server's first response headers after fully
	// writing the request headers if the request has an
	// "Expect: 100-continue" header.
	ExpectContinueTimeout time.Duration

	// ForceAttemptHTTP2 controls whether HTTP/2 is enabled (gocxx: ignored).
	ForceAttemptHTTP2 bool
}

var (
	errRequestCanceled      = errors.New("net/http: request canceled")
	errReadOnClosedResBody  = errors.New("http: read on closed response body")
	errNoConnFromDialer     = errors.New("gocxx: net/http: Transport.Dial/DialContext must return a connection from package net")
	errMalformedHTTPVersion = "malformed HTTP version"
)

// httpError is Go's (transport.go).
type httpError struct {
	err     string
	timeout bool
}

func (e *httpError) Error() string   { return e.err }
func (e *httpError) Timeout() bool   { return e.timeout }
func (e *httpError) Temporary() bool { return true }

var errTimeout error = &httpError{err: "net/http: timeout awaiting response headers", timeout: true}

func nop() {}

// CloseIdleConnections closes any connections which were previously
// connected from previous requests but are now sitting idle in
// a "keep-alive" state (gocxx: a no-op: libcurl's cache closes them).
func (t *Transport) CloseIdleConnections() {}

// RoundTrip implements the RoundTripper interface.
func (t *Transport) RoundTrip(req *Request) (*Response, error) {
	ctx := req.Context()
	if req.URL == nil {
		req.closeBody()
		return nil, errors.New("http: nil Request.URL")
	}
	if req.Header == nil {
		req.closeBody()
		return nil, errors.New("http: nil Request.Header")
	}
	scheme := req.URL.Scheme
	if scheme != "http" && scheme != "https" {
		req.closeBody()
		return nil, badStringError("unsupported protocol scheme", scheme)
	}
	if req.Method != "" && !validMethod(req.Method) {
		req.closeBody()
		return nil, fmt.Errorf("net/http: invalid method %q", req.Method)
	}
	if req.URL.Host == "" {
		req.closeBody()
		return nil, errors.New("http: no Host in request URL")
	}
	for k, vv := range req.Header {
		if !validHeaderFieldName(k) {
			req.closeBody()
			return nil, fmt.Errorf("net/http: invalid header field name %q", k)
		}
		for _, v := range vv {
			if !validHeaderFieldValue(v) {
				req.closeBody()
				return nil, fmt.Errorf("net/http: invalid header field value %q for key %v", v, k)
			}
		}
	}
	method := valueOrDefault(req.Method, "GET")

	var o curlOptions
	o.socketFD = -1
	o.method = method
	o.head = method == "HEAD"
	addr := canonicalAddr(req.URL)
	if t.DialContext != nil || t.Dial != nil {
		var c net.Conn
		var err error
		if t.DialContext != nil {
			c, err = t.DialContext(ctx, "tcp", addr)
		} else {
			c, err = t.Dial("tcp", addr)
		}
		if err != nil {
			req.closeBody()
			return nil, err
		}
		// libcurl speaks HTTP over a copy of the connection's socket (net's File is a
		// dup); the Conn itself is closed. Its deadlines bound the whole exchange.
		rd, wd, isNet := netconn.Deadlines(c)
		fc, ok := c.(interface{ File() (*os.File, error) })
		if !ok || !isNet {
			c.Close()
			req.closeBody()
			return nil, errNoConnFromDialer
		}
		f, err := fc.File()
		c.Close()
		if err != nil {
			req.closeBody()
			return nil, err
		}
		o.socketFD = int(f.Fd()) // libcurl closes it; f is dropped unclosed
		o.fresh = true
		if deadline := earliest(rd, wd); !deadline.IsZero() {
			o.timeout = time.Until(deadline)
			if o.timeout <= 0 {
				o.timeout = time.Millisecond
			}
		}
	}
	if t.Proxy != nil {
		u, err := t.Proxy(req)
		if err != nil {
			req.closeBody()
			if o.socketFD >= 0 {
				syscall.Close(o.socketFD)
			}
			return nil, err
		}
		if u != nil {
			o.proxy = u.String()
		}
	}
	if t.IdleConnTimeout > 0 {
		o.idleTimeout = t.IdleConnTimeout
	}
	if t.TLSClientConfig != nil {
		o.insecure = t.TLSClientConfig.InsecureSkipVerify
	}
	if t.TLSHandshakeTimeout > 0 && o.connectTimeout == 0 && scheme == "https" {
		o.connectTimeout = t.TLSHandshakeTimeout
	}

	// The request body, read whole (Go streams it).
	var body []byte
	if req.Body != nil && req.Body != NoBody {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		body = b
	}
	o.body = body
	// Go sends a Content-Length for a body, and "Content-Length: 0" for
	// POST, PUT and PATCH without one (transferWriter.shouldSendContentLength).
	o.hasBody = len(body) > 0 || method == "POST" || method == "PUT" || method == "PATCH"

	// Header lines, as Go's Request.write sends them.
	var lines []string
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	if host != req.URL.Host {
		lines = append(lines, "Host: "+host)
	}
	userAgent := defaultUserAgent
	if req.Header.has("User-Agent") {
		userAgent = req.Header.Get("User-Agent")
	}
	if userAgent != "" {
		lines = append(lines, "User-Agent: "+userAgent)
	}
	if req.Close || t.DisableKeepAlives {
		if !req.Header.has("Connection") {
			lines = append(lines, "Connection: close")
		}
		// As Go's Transport: Request.Close may go out on an idle
		// connection, which is closed afterwards; DisableKeepAlives never
		// takes an idle one.
		o.closeAfter = true
		o.fresh = o.fresh || t.DisableKeepAlives
	}
	for k, vv := range req.Header {
		if reqWriteExcludeHeader[k] {
			continue
		}
		for _, v := range vv {
			lines = append(lines, k+": "+textproto.TrimString(v))
		}
	}
	// libcurl's own defaults that Go does not send.
	for _, k := range []string{"Accept", "Expect", "Content-Type"} {
		if !req.Header.has(k) {
			lines = append(lines, k+":")
		}
	}
	o.gzip = !t.DisableCompression && req.Header.Get("Accept-Encoding") == "" &&
		req.Header.Get("Range") == "" && method != "HEAD"
	o.header = lines

	u := *req.URL
	u.Fragment = ""
	u.RawFragment = ""
	u.User = nil
	o.url = u.String()

	tr := &transfer{notify: make(chan int, 1), ctx: ctx, addr: addr}
	tr.id = curlStart(&o, tr.notify)

	var headerTimeout <-chan time.Time
	if t.ResponseHeaderTimeout > 0 {
		timer := time.NewTimer(t.ResponseHeaderTimeout)
		defer timer.Stop()
		headerTimeout = timer.C
	}
	for {
		state, respLines := curlHeaders(tr.id, &tr.fail)
		switch state {
		case curlReady:
			resp, err := tr.newResponse(respLines, req, method, o.gzip)
			if err != nil {
				curlClose(tr.id)
				return nil, err
			}
			return resp, nil
		case curlFailed:
			curlClose(tr.id)
			return nil, tr.failure()
		}
		select {
		case <-tr.notify:
		case <-ctx.Done():
			curlClose(tr.id)
			return nil, ctx.Err()
		case <-req.Cancel:
			curlClose(tr.id)
			return nil, errRequestCanceled
		case <-headerTimeout:
			curlClose(tr.id)
			return nil, errTimeout
		}
	}
}

// defaultUserAgent is the User-Agent Go's client sends.
const defaultUserAgent = "Go-http-client/1.1"

// Headers that Request.write handles itself and should be skipped.
var reqWriteExcludeHeader = map[string]bool{
	"Host":              true, // not in Header map anyway
	"User-Agent":        true,
	"Content-Length":    true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

var portMap = map[string]string{
	"http":  "80",
	"https": "443",
}

// canonicalAddr returns url.Host but always with a ":port" suffix.
func canonicalAddr(url *url.URL) string {
	addr := url.Hostname()
	port := url.Port()
	if port == "" {
		port = portMap[url.Scheme]
	}
	return net.JoinHostPort(addr, port)
}

// A transfer is one request in flight in libcurl.
type transfer struct {
	id     uint64
	notify chan int // a token after each change of the transfer's state
	ctx    context.Context
	addr   string // host:port of the URL
	fail   curlFailure
	closed bool
	err    error
}

// newResponse makes the Response from the status line and header lines
// (Go: ReadResponse and readTransfer).
func (tr *transfer) newResponse(lines []string, req *Request, method string, requestedGzip bool) (*Response, error) {
	if len(lines) == 0 {
		return nil, io.ErrUnexpectedEOF
	}
	line := lines[0]
	resp := &Response{Request: req, Header: make(Header)}
	proto, status, ok := strings.Cut(line, " ")
	if !ok {
		return nil, badStringError("malformed HTTP response", line)
	}
	resp.Proto = proto
	resp.Status = strings.TrimLeft(status, " ")
	statusCode, _, _ := strings.Cut(resp.Status, " ")
	if len(statusCode) != 3 {
		return nil, badStringError("malformed HTTP status code", statusCode)
	}
	var err error
	resp.StatusCode, err = strconv.Atoi(statusCode)
	if err != nil || resp.StatusCode < 0 {
		return nil, badStringError("malformed HTTP status code", statusCode)
	}
	if resp.ProtoMajor, resp.ProtoMinor, ok = ParseHTTPVersion(resp.Proto); !ok {
		return nil, badStringError(errMalformedHTTPVersion, resp.Proto)
	}
	for _, l := range lines[1:] {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("net/http: malformed MIME header line: %s", l)
		}
		k = textproto.CanonicalMIMEHeaderKey(k)
		resp.Header[k] = append(resp.Header[k], strings.Trim(v, " \t"))
	}
	fixPragmaCacheControl(resp.Header)

	// Transfer semantics (Go's readTransfer for a response).
	chunked := false
	if resp.ProtoAtLeast(1, 1) {
		if te := resp.Header["Transfer-Encoding"]; len(te) > 0 {
			delete(resp.Header, "Transfer-Encoding")
			if len(te) == 1 && asciiEqualFold(textproto.TrimString(te[0]), "chunked") {
				chunked = true
				resp.TransferEncoding = []string{"chunked"}
			}
		}
	}
	realLength := int64(-1)
	switch {
	case method == "HEAD", resp.StatusCode/100 == 1, resp.StatusCode == 204, resp.StatusCode == 304:
		realLength = 0
	case chunked:
		realLength = -1
		resp.Header.Del("Content-Length")
	default:
		if cl := resp.Header.get("Content-Length"); cl != "" {
			n, err := parseContentLength(cl)
			if err != nil {
				return nil, err
			}
			realLength = n
		}
	}
	if method == "HEAD" {
		n, err := parseContentLength(resp.Header.get("Content-Length"))
		if err != nil {
			return nil, err
		}
		resp.ContentLength = n
	} else {
		resp.ContentLength = realLength
	}
	resp.Close = shouldClose(resp.ProtoMajor, resp.ProtoMinor, resp.Header)
	if realLength == 0 {
		resp.Body = NoBody
		curlClose(tr.id)
	} else {
		resp.Body = &bodyReader{tr: tr}
	}
	if requestedGzip && asciiEqualFold(resp.Header.get("Content-Encoding"), "gzip") {
		// libcurl decodes it (Go: gzipReader).
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true
	}
	return resp, nil
}

// fixPragmaCacheControl is Go's (response.go): RFC 7234, section 5.4.
func fixPragmaCacheControl(header Header) {
	if hp, ok := header["Pragma"]; ok && len(hp) > 0 && hp[0] == "no-cache" {
		if _, presentcc := header["Cache-Control"]; !presentcc {
			header["Cache-Control"] = []string{"no-cache"}
		}
	}
}

// parseContentLength is Go's (transfer.go).
func parseContentLength(cl string) (int64, error) {
	cl = textproto.TrimString(cl)
	if cl == "" {
		return -1, nil
	}
	n, err := strconv.ParseUint(cl, 10, 63)
	if err != nil {
		return 0, badStringError("bad Content-Length", cl)
	}
	return int64(n), nil
}

// shouldClose is Go's (transfer.go) for responses.
func shouldClose(major, minor int, header Header) bool {
	if major < 1 {
		return true
	}
	conv := header["Connection"]
	hasClose := false
	for _, v := range conv {
		if hasToken(v, "close") {
			hasClose = true
		}
	}
	if major == 1 && minor == 0 {
		keepAlive := false
		for _, v := range conv {
			if hasToken(v, "keep-alive") {
				keepAlive = true
			}
		}
		return hasClose || !keepAlive
	}
	return hasClose
}

// bodyReader is a response body: bytes libcurl received, read as they arrive.
type bodyReader struct {
	tr *transfer
}

func (b *bodyReader) Read(p []byte) (int, error) {
	tr := b.tr
	if tr.closed {
		return 0, errReadOnClosedResBody
	}
	if tr.err != nil {
		return 0, tr.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, state := curlRead(tr.id, p, &tr.fail)
		switch state {
		case curlReadEOF:
			tr.err = io.EOF
			curlClose(tr.id)
			return n, io.EOF
		case curlReady:
			if n > 0 {
				return n, nil
			}
			tr.err = io.EOF
			curlClose(tr.id)
			return 0, io.EOF
		case curlFailed:
			tr.err = tr.failure()
			curlClose(tr.id)
			return 0, tr.err
		}
		select {
		case <-tr.notify:
		case <-tr.ctx.Done():
			tr.err = tr.ctx.Err()
			curlClose(tr.id)
			return 0, tr.err
		}
	}
}

func (b *bodyReader) Close() error {
	if !b.tr.closed {
		b.tr.closed = true
		curlClose(b.tr.id)
	}
	return nil
}

// libcurl's result codes the failure texts depend on (curl/curl.h).
const (
	curleCouldntResolveHost = 6
	curleCouldntConnect     = 7
	curlePartialFile        = 18
	curleOperationTimedout  = 28
	curleGotNothing         = 52
	curleSendError          = 55
	curleRecvError          = 56
)

// failure turns libcurl's report into the error Go's transport returns.
func (tr *transfer) failure() error {
	f := &tr.fail
	remote := tr.addr
	if f.remoteIP != "" {
		remote = net.JoinHostPort(f.remoteIP, strconv.Itoa(f.remotePort))
	}
	raddr := &addr{"tcp", remote}
	var laddr net.Addr
	if f.localIP != "" {
		laddr = &addr{"tcp", net.JoinHostPort(f.localIP, strconv.Itoa(f.localPort))}
	}
	errno := syscall.Errno(f.osErrno)
	switch f.code {
	case curleCouldntResolveHost:
		host, _, _ := net.SplitHostPort(tr.addr)
		return &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}}
	case curleCouldntConnect:
		if f.osErrno == 0 {
			errno = syscall.ECONNREFUSED
		}
		return &net.OpError{Op: "dial", Net: "tcp", Addr: raddr, Err: os.NewSyscallError("connect", errno)}
	case curleOperationTimedout:
		if !f.connected || laddr == nil {
			return &net.OpError{Op: "dial", Net: "tcp", Addr: raddr, Err: os.ErrDeadlineExceeded}
		}
		return &net.OpError{Op: "read", Net: "tcp", Source: laddr, Addr: raddr, Err: os.ErrDeadlineExceeded}
	case curleGotNothing:
		return io.EOF
	case curlePartialFile:
		return io.ErrUnexpectedEOF
	case curleRecvError, curleSendError:
		op := "read"
		if f.code == curleSendError {
			op = "write"
		}
		if f.osErrno == 0 {
			return io.EOF
		}
		return &net.OpError{Op: op, Net: "tcp", Source: laddr, Addr: raddr, Err: os.NewSyscallError(op, errno)}
	}
	return errors.New("net/http: " + f.message)
}

// addr is a network address as text (Go: *net.TCPAddr).
type addr struct{ net, s string }

func (a *addr) Network() string { return a.net }
func (a *addr) String() string  { return a.s }

// earliest is the earlier of two times, zero meaning none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// What curlStart needs to know about a request.
type curlOptions struct {
	method, url    string
	header         []string // "Key: value"; "Key:" removes a libcurl default header
	body           []byte
	hasBody        bool // send the body with a Content-Length, even when empty
	head           bool
	gzip           bool // ask for gzip and let libcurl decode it
	fresh          bool // a new connection, not kept
	closeAfter     bool // the connection (maybe an idle one) is not kept
	insecure       bool
	socketFD       int           // a connected socket libcurl takes over; -1: libcurl dials
	proxy          string        // the proxy URL; "": none
	idleTimeout    time.Duration // how long the connection may stay idle in the cache; zero: libcurl's
	connectTimeout time.Duration // zero: none
	timeout        time.Duration // the whole exchange; zero: none
}

// curlFailure is libcurl's report of a failed transfer (http_curl.h's Failure).
type curlFailure struct {
	code, osErrno         int
	message               string
	remoteIP, localIP     string
	remotePort, localPort int
	connected             bool
}

// States of curlHeaders and curlRead.
const (
	curlPending = 0 // nothing yet: wait for a token on the transfer's notify channel
	curlReady   = 1
	curlFailed  = 2 // the failure was stored in *f
	curlReadEOF = 3 // curlRead: n > 0 bytes, the last of the body
)

// curlStart starts a transfer; its state changes are signalled on notify
// (a non-blocking send of 1: notify must have a buffer).
//
//gocxx:extern
func curlStart(o *curlOptions, notify chan int) uint64

// curlHeaders returns the status line and header lines once they arrived.
//
//gocxx:extern
func curlHeaders(id uint64, f *curlFailure) (state int, lines []string)

// curlRead copies received body bytes into p; curlReady with n == 0 is the end.
//
//gocxx:extern
func curlRead(id uint64, p []byte, f *curlFailure) (n int, state int)

// curlClose ends the transfer (aborting it if unfinished) and frees it.
//
//gocxx:extern
func curlClose(id uint64)
