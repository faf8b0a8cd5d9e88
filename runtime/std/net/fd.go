// Adapted from Go 1.19 src/internal/poll/fd_mutex.go, fd_unix.go, fd_poll_runtime.go and
// src/net/fd_unix.go, sock_posix.go: a socket registered with the runtime's poller.
//
// gocxx: Go's fdMutex (a lock-free reference count with read and write locks) is a
// sync.Mutex-guarded count plus one sync.Mutex per direction; the semantics are Go's: Close
// marks the descriptor closing and wakes blocked calls, and the last call out closes it.

package net

import (
	"context"
	"internal/netconn"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
)

// Poller modes and wait results (gocxx::PollDesc::kRead/kWrite and Status).
const (
	modeRead  = 1
	modeWrite = 2

	pollOK      = 0
	pollClosing = 1
	pollTimeout = 2
)

// Linux socket constants.
const (
	sysAF_INET       = 2
	sysAF_INET6      = 10
	sysSOCK_STREAM   = 1
	sysSOL_SOCKET    = 1
	sysSO_ERROR      = 4
	sysSO_REUSEADDR  = 2
	sysSO_KEEPALIVE  = 9
	sysSO_SNDBUF     = 7
	sysSO_RCVBUF     = 8
	sysIPPROTO_TCP   = 6
	sysIPPROTO_IPV6  = 41
	sysIPV6_V6ONLY   = 26
	sysTCP_NODELAY   = 1
	sysTCP_KEEPIDLE  = 4
	sysTCP_KEEPINTVL = 5
	sysSHUT_RD       = 0
	sysSHUT_WR       = 1
)

// pollFD is internal/poll.FD: a non-blocking descriptor and its poller registration.
type pollFD struct {
	mu      sync.Mutex // guards refs and closing
	refs    int
	closing bool
	rmu     sync.Mutex // one Read (or Accept) at a time, as Go's readLock
	wmu     sync.Mutex // one Write at a time, as Go's writeLock

	sysfd int
	pd    uintptr // the runtime's gocxx::PollDesc

	// The deadlines last set, for internal/netconn (net/http hands the socket to libcurl).
	dlmu         sync.Mutex
	rdead, wdead time.Time
}

// init registers the descriptor with the poller.
func (fd *pollFD) init() error {
	pd, errno := pollOpen(fd.sysfd)
	if errno != 0 {
		return syscall.Errno(errno)
	}
	fd.pd = pd
	return nil
}

// incref adds a reference, failing once Close has been called.
func (fd *pollFD) incref() error {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closing {
		return ErrClosed
	}
	fd.refs++
	return nil
}

// decref drops a reference; the last one after Close closes the descriptor.
func (fd *pollFD) decref() error {
	fd.mu.Lock()
	fd.refs--
	last := fd.closing && fd.refs == 0
	fd.mu.Unlock()
	if last {
		return fd.destroy()
	}
	return nil
}

func (fd *pollFD) destroy() error {
	if fd.pd != 0 {
		pollClose(fd.pd)
		fd.pd = 0
	}
	errno := sysClose(fd.sysfd)
	fd.sysfd = -1
	if errno != 0 {
		return syscall.Errno(errno)
	}
	return nil
}

// Close marks the descriptor closing, wakes its blocked calls and drops the caller's
// reference (Go: FD.Close).
func (fd *pollFD) Close() error {
	fd.mu.Lock()
	if fd.closing {
		fd.mu.Unlock()
		return ErrClosed
	}
	fd.closing = true
	fd.refs++
	fd.mu.Unlock()
	if fd.pd != 0 {
		pollEvict(fd.pd)
	}
	return fd.decref()
}

// pollErr turns a poller status into Go's error (nil when I/O may proceed).
func pollErr(status int) error {
	switch status {
	case pollClosing:
		return ErrClosed
	case pollTimeout:
		return os.ErrDeadlineExceeded
	}
	return nil
}

func (fd *pollFD) prepare(mode int) error { return pollErr(pollCheck(fd.pd, mode)) }

// wait parks until the descriptor may be ready for mode, its deadline passes or it closes.
func (fd *pollFD) wait(mode int) error { return pollErr(pollWait(fd.pd, mode)) }

// Read is FD.Read: io.EOF at end of stream, a raw Errno on failure.
func (fd *pollFD) Read(p []byte) (int, error) {
	fd.rmu.Lock()
	defer fd.rmu.Unlock()
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	if len(p) == 0 {
		return 0, nil
	}
	if err := fd.prepare(modeRead); err != nil {
		return 0, err
	}
	for {
		n, errno := sysRead(fd.sysfd, p)
		if errno == int(syscall.EAGAIN) {
			if err := fd.wait(modeRead); err != nil {
				return 0, err
			}
			continue
		}
		if errno != 0 {
			return 0, syscall.Errno(errno)
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// Write is FD.Write: all of p unless an error (or deadline) stops it.
func (fd *pollFD) Write(p []byte) (int, error) {
	fd.wmu.Lock()
	defer fd.wmu.Unlock()
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	if err := fd.prepare(modeWrite); err != nil {
		return 0, err
	}
	nn := 0
	for {
		n, errno := sysWrite(fd.sysfd, p[nn:])
		if n > 0 {
			nn += n
		}
		if nn == len(p) {
			return nn, nil
		}
		if errno == int(syscall.EAGAIN) {
			if err := fd.wait(modeWrite); err != nil {
				return nn, err
			}
			continue
		}
		if errno != 0 {
			return nn, syscall.Errno(errno)
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// accept is FD.Accept: the new descriptor (non-blocking, close-on-exec) and the peer.
func (fd *pollFD) accept() (int, IP, int, int, error) {
	fd.rmu.Lock()
	defer fd.rmu.Unlock()
	if err := fd.incref(); err != nil {
		return -1, nil, 0, 0, err
	}
	defer fd.decref()
	if err := fd.prepare(modeRead); err != nil {
		return -1, nil, 0, 0, err
	}
	for {
		s, ip, port, zone, errno := sysAccept(fd.sysfd)
		if errno == 0 {
			return s, IP(ip), port, zone, nil
		}
		switch syscall.Errno(errno) {
		case syscall.EAGAIN:
			if err := fd.wait(modeRead); err != nil {
				return -1, nil, 0, 0, err
			}
			continue
		case syscall.ECONNABORTED:
			// The connection was reset while on the accept queue: take the next one.
			continue
		}
		return -1, nil, 0, 0, os.NewSyscallError("accept", syscall.Errno(errno))
	}
}

// setDeadline is Go's setDeadlineImpl: d is relative, 0 none, -1 already expired.
func (fd *pollFD) setDeadline(t time.Time, mode int) error {
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d == 0 {
			d = -1 // don't confuse deadline right now with no deadline
		}
	}
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	fd.dlmu.Lock()
	if mode&modeRead != 0 {
		fd.rdead = t
	}
	if mode&modeWrite != 0 {
		fd.wdead = t
	}
	fd.dlmu.Unlock()
	pollSetDeadline(fd.pd, d, mode)
	return nil
}

func (fd *pollFD) deadlines() (read, write time.Time) {
	fd.dlmu.Lock()
	defer fd.dlmu.Unlock()
	return fd.rdead, fd.wdead
}

func init() {
	netconn.Deadlines = func(c any) (read, write time.Time, ok bool) {
		tc, isTCP := c.(*TCPConn)
		if !isTCP || !tc.ok() {
			return time.Time{}, time.Time{}, false
		}
		read, write = tc.fd.pfd.deadlines()
		return read, write, true
	}
}

// setsockopt sets an int option, as an *os.SyscallError on failure.
func (fd *pollFD) setsockopt(level, opt, v int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if errno := sysSetsockoptInt(fd.sysfd, level, opt, v); errno != 0 {
		return os.NewSyscallError("setsockopt", syscall.Errno(errno))
	}
	return nil
}

func (fd *pollFD) shutdown(how int) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	if errno := sysShutdown(fd.sysfd, how); errno != 0 {
		return os.NewSyscallError("shutdown", syscall.Errno(errno))
	}
	return nil
}

// netFD is a network file descriptor (Go: net.netFD).
type netFD struct {
	pfd pollFD

	family int
	net    string
	laddr  Addr
	raddr  Addr
}

func (fd *netFD) Read(p []byte) (int, error) {
	n, err := fd.pfd.Read(p)
	return n, wrapSyscallError("read", err)
}

func (fd *netFD) Write(p []byte) (int, error) {
	n, err := fd.pfd.Write(p)
	return n, wrapSyscallError("write", err)
}

func (fd *netFD) Close() error { return fd.pfd.Close() }

// wrapSyscallError wraps a raw Errno as *os.SyscallError naming the call (Go's).
func wrapSyscallError(name string, err error) error {
	if _, ok := err.(syscall.Errno); ok {
		err = os.NewSyscallError(name, err)
	}
	return err
}

// socket opens a TCP socket of the family and either connects it to raddr (dial) or binds it
// to laddr and listens (raddr nil). Go: net.socket.
func socket(ctx context.Context, netw string, family int, laddr, raddr *TCPAddr) (*netFD, error) {
	s, errno := sysSocket(family, sysSOCK_STREAM, 0)
	if errno != 0 {
		return nil, os.NewSyscallError("socket", syscall.Errno(errno))
	}
	fd := &netFD{family: family, net: netw}
	fd.pfd.sysfd = s
	if family == sysAF_INET6 {
		// Go's setDefaultSockopts: "tcp6" is IPv6 only, "tcp" on IPv6 is dual-stack.
		v6only := 0
		if netw[len(netw)-1] == '6' {
			v6only = 1
		}
		sysSetsockoptInt(s, sysIPPROTO_IPV6, sysIPV6_V6ONLY, v6only)
	}
	if raddr == nil {
		if errno := sysSetsockoptInt(s, sysSOL_SOCKET, sysSO_REUSEADDR, 1); errno != 0 {
			sysClose(s)
			return nil, os.NewSyscallError("setsockopt", syscall.Errno(errno))
		}
	}
	if laddr != nil {
		if errno := sysBind(s, family, laddr.IP, laddr.Port, zoneIndex(laddr.Zone)); errno != 0 {
			sysClose(s)
			return nil, os.NewSyscallError("bind", syscall.Errno(errno))
		}
	}
	if raddr == nil {
		if errno := sysListen(s); errno != 0 {
			sysClose(s)
			return nil, os.NewSyscallError("listen", syscall.Errno(errno))
		}
		if err := fd.pfd.init(); err != nil {
			sysClose(s)
			return nil, err
		}
		fd.laddr = fd.sockname(false)
		return fd, nil
	}
	if err := fd.pfd.init(); err != nil {
		sysClose(s)
		return nil, err
	}
	if err := fd.connect(ctx, raddr); err != nil {
		fd.Close()
		return nil, err
	}
	fd.laddr = fd.sockname(false)
	if ra := fd.sockname(true); ra != nil {
		fd.raddr = ra
	} else {
		fd.raddr = raddr
	}
	return fd, nil
}

// sockname is the local (peer false) or remote address of the socket, nil if unknown.
func (fd *netFD) sockname(peer bool) Addr {
	ip, port, zone, errno := sysSockname(fd.pfd.sysfd, peer)
	if errno != 0 {
		return nil
	}
	return &TCPAddr{IP: IP(ip), Port: port, Zone: zoneName(zone)}
}

// connect is Go's netFD.connect: a non-blocking connect, the poller's write readiness, then
// SO_ERROR; the context's deadline is the write deadline and its cancellation expires it.
func (fd *netFD) connect(ctx context.Context, ra *TCPAddr) (ret error) {
	switch errno := syscall.Errno(sysConnect(fd.pfd.sysfd, fd.family, ra.IP, ra.Port, zoneIndex(ra.Zone))); errno {
	case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
	case 0, syscall.EISCONN:
		select {
		case <-ctx.Done():
			return mapErr(ctx.Err())
		default:
		}
		return nil
	default:
		return os.NewSyscallError("connect", errno)
	}

	if deadline, hasDeadline := ctx.Deadline(); hasDeadline {
		fd.pfd.setDeadline(deadline, modeWrite)
		defer fd.pfd.setDeadline(noDeadline, modeWrite)
	}

	// Start the "interrupter" goroutine, if this context might be canceled.
	ctxDone := ctx.Done()
	if ctxDone != nil {
		done := make(chan struct{})
		interruptRes := make(chan error)
		defer func() {
			close(done)
			if ctxErr := <-interruptRes; ctxErr != nil && ret == nil {
				// The interrupter goroutine called SetWriteDeadline, but the connect code
				// below had returned from waitWrite already and did a successful connect
				// (ret == nil). Because we've now poisoned the connection by making it
				// unwritable, don't return a successful dial. This was issue 16523.
				ret = mapErr(ctxErr)
				fd.Close() // prevent a leak
			}
		}()
		go func() {
			select {
			case <-ctxDone:
				// Force the runtime's poller to immediately give up waiting for writability,
				// unblocking waitWrite below.
				fd.pfd.setDeadline(aLongTimeAgo, modeWrite)
				interruptRes <- ctx.Err()
			case <-done:
				interruptRes <- nil
			}
		}()
	}

	for {
		if err := fd.pfd.wait(modeWrite); err != nil {
			select {
			case <-ctxDone:
				return mapErr(ctx.Err())
			default:
			}
			return err
		}
		nerr, errno := sysGetsockoptInt(fd.pfd.sysfd, sysSOL_SOCKET, sysSO_ERROR)
		if errno != 0 {
			return os.NewSyscallError("getsockopt", syscall.Errno(errno))
		}
		switch err := syscall.Errno(nerr); err {
		case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
			// A spurious wakeup: wait again.
		case syscall.EISCONN, 0:
			return nil
		default:
			return os.NewSyscallError("connect", err)
		}
	}
}

// accept returns the next connection as a netFD (Go: netFD.accept).
func (fd *netFD) accept() (*netFD, error) {
	s, ip, port, zone, err := fd.pfd.accept()
	if err != nil {
		return nil, err
	}
	nfd := &netFD{family: fd.family, net: fd.net}
	nfd.pfd.sysfd = s
	if err := nfd.pfd.init(); err != nil {
		sysClose(s)
		return nil, err
	}
	nfd.laddr = nfd.sockname(false)
	nfd.raddr = &TCPAddr{IP: ip, Port: port, Zone: zoneName(zone)}
	return nfd, nil
}
