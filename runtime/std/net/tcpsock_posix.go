// Adapted from Go 1.19 src/net/tcpsock_posix.go, tcpsockopt_unix.go, sockopt_posix.go,
// ipsock_posix.go (favoriteAddrFamily, ipToSockaddr) and fd_unix.go (dup, shutdown).

// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package net

import (
	"context"
	"os"
	"syscall"
	"time"
)

// defaultTCPKeepAlive is a default constant value for TCPKeepAlive times
// See golang.org/issue/31510
const defaultTCPKeepAlive = 15 * time.Second

// A sysDialer contains a Dial's parameters and configuration.
type sysDialer struct {
	Dialer
	network, address string
}

func (a *TCPAddr) family() int {
	if a == nil || len(a.IP) <= IPv4len {
		return sysAF_INET
	}
	if a.IP.To4() != nil {
		return sysAF_INET
	}
	return sysAF_INET6
}

// favoriteAddrFamily is Go's: the socket family for the addresses (IPv4-mapped IPv6 is
// supported on Linux, so a wildcard "tcp" listener is a dual-stack AF_INET6 socket).
func favoriteAddrFamily(network string, laddr, raddr *TCPAddr, mode string) int {
	switch network[len(network)-1] {
	case '4':
		return sysAF_INET
	case '6':
		return sysAF_INET6
	}
	if mode == "listen" && laddr.isWildcard() {
		return sysAF_INET6
	}
	if (laddr == nil || laddr.family() == sysAF_INET) &&
		(raddr == nil || raddr.family() == sysAF_INET) {
		return sysAF_INET
	}
	return sysAF_INET6
}

// sockaddrIP is ipToSockaddr's address conversion: the IP as the family's sockaddr holds it
// (nil: the wildcard address).
func sockaddrIP(family int, ip IP) (IP, error) {
	switch family {
	case sysAF_INET:
		if len(ip) == 0 {
			return nil, nil
		}
		ip4 := ip.To4()
		if ip4 == nil {
			return nil, &AddrError{Err: "non-IPv4 address", Addr: ip.String()}
		}
		return ip4, nil
	case sysAF_INET6:
		// In general, an IP wildcard address, which is either
		// "0.0.0.0" or "::", means the entire IP addressing
		// space. For some historical reason, it is used to
		// specify "any available address" on some operations
		// of IP node.
		//
		// When the IP node supports IPv4-mapped IPv6 address,
		// we allow a listener to listen to the wildcard
		// address of both IP addressing spaces by specifying
		// IPv6 wildcard address.
		if len(ip) == 0 || ip.Equal(IPv4zero) {
			return nil, nil
		}
		ip6 := ip.To16()
		if ip6 == nil {
			return nil, &AddrError{Err: "non-IPv6 address", Addr: ip.String()}
		}
		return ip6, nil
	}
	return nil, &AddrError{Err: "invalid address family", Addr: ip.String()}
}

// internetSocket opens the socket of a dial (raddr set) or a listen (Go's internetSocket).
func internetSocket(ctx context.Context, net string, laddr, raddr *TCPAddr, mode string) (*netFD, error) {
	family := favoriteAddrFamily(net, laddr, raddr, mode)
	var la, ra *TCPAddr
	if laddr != nil {
		ip, err := sockaddrIP(family, laddr.IP)
		if err != nil {
			return nil, err
		}
		la = &TCPAddr{IP: ip, Port: laddr.Port, Zone: laddr.Zone}
	}
	if raddr != nil {
		ip, err := sockaddrIP(family, raddr.IP)
		if err != nil {
			return nil, err
		}
		ra = &TCPAddr{IP: ip, Port: raddr.Port, Zone: raddr.Zone}
	}
	fd, err := socket(ctx, net, family, la, ra)
	if err == nil && raddr != nil && fd.raddr == nil {
		fd.raddr = raddr
	}
	return fd, err
}

func (sd *sysDialer) dialTCP(ctx context.Context, laddr, raddr *TCPAddr) (*TCPConn, error) {
	fd, err := internetSocket(ctx, sd.network, laddr, raddr, "dial")
	if err != nil {
		return nil, err
	}
	return newTCPConn(fd), nil
}

func (ln *TCPListener) ok() bool { return ln != nil && ln.fd != nil }

func (ln *TCPListener) accept() (*TCPConn, error) {
	fd, err := ln.fd.accept()
	if err != nil {
		return nil, err
	}
	tc := newTCPConn(fd)
	setKeepAlive(fd, true)
	setKeepAlivePeriod(fd, defaultTCPKeepAlive)
	return tc, nil
}

func (ln *TCPListener) close() error {
	return ln.fd.Close()
}

// listenTCP opens a listening socket on laddr.
func listenTCP(ctx context.Context, network string, laddr *TCPAddr) (*TCPListener, error) {
	fd, err := internetSocket(ctx, network, laddr, nil, "listen")
	if err != nil {
		return nil, err
	}
	return &TCPListener{fd: fd}, nil
}

func (fd *netFD) SetDeadline(t time.Time) error { return fd.pfd.setDeadline(t, modeRead|modeWrite) }

func (fd *netFD) SetReadDeadline(t time.Time) error { return fd.pfd.setDeadline(t, modeRead) }

func (fd *netFD) SetWriteDeadline(t time.Time) error { return fd.pfd.setDeadline(t, modeWrite) }

func (fd *netFD) closeRead() error { return fd.pfd.shutdown(sysSHUT_RD) }

func (fd *netFD) closeWrite() error { return fd.pfd.shutdown(sysSHUT_WR) }

// dup is a close-on-exec copy of the descriptor as an *os.File.
func (fd *netFD) dup() (*os.File, error) {
	if err := fd.pfd.incref(); err != nil {
		return nil, err
	}
	defer fd.pfd.decref()
	s, errno := sysDup(fd.pfd.sysfd)
	if errno != 0 {
		return nil, os.NewSyscallError("dup", syscall.Errno(errno))
	}
	name := ""
	if fd.laddr != nil {
		name = fd.net + ":" + fd.laddr.String()
	}
	if fd.raddr != nil {
		name += "->" + fd.raddr.String()
	}
	return os.NewFile(uintptr(s), name), nil
}

func boolint(b bool) int {
	if b {
		return 1
	}
	return 0
}

func setNoDelay(fd *netFD, noDelay bool) error {
	return fd.pfd.setsockopt(sysIPPROTO_TCP, sysTCP_NODELAY, boolint(noDelay))
}

func setKeepAlive(fd *netFD, keepalive bool) error {
	return fd.pfd.setsockopt(sysSOL_SOCKET, sysSO_KEEPALIVE, boolint(keepalive))
}

func setKeepAlivePeriod(fd *netFD, d time.Duration) error {
	// The kernel expects seconds so round to next highest second.
	secs := int(roundDurationUp(d, time.Second))
	if err := fd.pfd.setsockopt(sysIPPROTO_TCP, sysTCP_KEEPINTVL, secs); err != nil {
		return err
	}
	return fd.pfd.setsockopt(sysIPPROTO_TCP, sysTCP_KEEPIDLE, secs)
}

func setReadBuffer(fd *netFD, bytes int) error {
	return fd.pfd.setsockopt(sysSOL_SOCKET, sysSO_RCVBUF, bytes)
}

func setWriteBuffer(fd *netFD, bytes int) error {
	return fd.pfd.setsockopt(sysSOL_SOCKET, sysSO_SNDBUF, bytes)
}

func setLinger(fd *netFD, sec int) error {
	if err := fd.pfd.incref(); err != nil {
		return err
	}
	defer fd.pfd.decref()
	onoff := 0
	if sec >= 0 {
		onoff = 1
	} else {
		sec = 0
	}
	if errno := sysSetLinger(fd.pfd.sysfd, onoff, sec); errno != 0 {
		return os.NewSyscallError("setsockopt", syscall.Errno(errno))
	}
	return nil
}

func roundDurationUp(d time.Duration, to time.Duration) time.Duration {
	return (d + to - 1) / to
}
