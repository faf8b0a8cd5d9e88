package net

import "internal/itoa"

// The system calls and poller operations behind fd.go, in C++ (extern.h). Each returns the
// errno (0 on success) and retries on EINTR; descriptors are created non-blocking and
// close-on-exec. Addresses cross as an IP (4 or 16 bytes), a port and an interface index.

// sysSocket is socket(2).
//
//gocxx:extern
func sysSocket(family, sotype, proto int) (fd int, errno int)

// sysConnect is connect(2) to ip:port (an IPv4 ip on an AF_INET6 socket is v4-mapped).
//
//gocxx:extern
func sysConnect(fd, family int, ip []byte, port, zone int) (errno int)

// sysBind is bind(2); a nil ip is the wildcard address.
//
//gocxx:extern
func sysBind(fd, family int, ip []byte, port, zone int) (errno int)

// sysListen is listen(2) with the system's maximum backlog.
//
//gocxx:extern
func sysListen(fd int) (errno int)

// sysAccept is accept4(2): the new descriptor and the peer's address.
//
//gocxx:extern
func sysAccept(fd int) (nfd int, ip []byte, port, zone int, errno int)

// sysSockname is getsockname(2), or getpeername(2) when peer is true.
//
//gocxx:extern
func sysSockname(fd int, peer bool) (ip []byte, port, zone int, errno int)

// sysGetsockoptInt is getsockopt(2) of an int option.
//
//gocxx:extern
func sysGetsockoptInt(fd, level, opt int) (v int, errno int)

// sysSetsockoptInt is setsockopt(2) of an int option.
//
//gocxx:extern
func sysSetsockoptInt(fd, level, opt, v int) (errno int)

// sysSetLinger sets SO_LINGER.
//
//gocxx:extern
func sysSetLinger(fd, onoff, sec int) (errno int)

// sysShutdown is shutdown(2).
//
//gocxx:extern
func sysShutdown(fd, how int) (errno int)

// sysRead is read(2).
//
//gocxx:extern
func sysRead(fd int, p []byte) (n int, errno int)

// sysWrite is write(2).
//
//gocxx:extern
func sysWrite(fd int, p []byte) (n int, errno int)

// sysClose is close(2).
//
//gocxx:extern
func sysClose(fd int) (errno int)

// sysDup is fcntl(F_DUPFD_CLOEXEC) (TCPConn.File).
//
//gocxx:extern
func sysDup(fd int) (nfd int, errno int)

// sysIfIndex is if_nametoindex(3) (0: unknown).
//
//gocxx:extern
func sysIfIndex(name string) int

// sysIfName is if_indextoname(3) ("": unknown).
//
//gocxx:extern
func sysIfName(index int) string

// sysGetaddrinfo is getaddrinfo(3) for TCP: the addresses in its order, or its error code
// (EAI_*, negative) and gai_strerror text. It blocks the worker thread.
//
//gocxx:extern
func sysGetaddrinfo(name string) (ips [][]byte, zones []int, code int, msg string)

// pollOpen registers fd with the runtime's poller (gocxx::PollDesc::open).
//
//gocxx:extern
func pollOpen(fd int) (pd uintptr, errno int)

// pollClose unregisters the descriptor and recycles it.
//
//gocxx:extern
func pollClose(pd uintptr)

// pollEvict marks the descriptor closing and wakes its waiters.
//
//gocxx:extern
func pollEvict(pd uintptr)

// pollCheck is the descriptor's status for mode (pollOK, pollClosing, pollTimeout).
//
//gocxx:extern
func pollCheck(pd uintptr, mode int) int

// pollWait parks until the descriptor may be ready for mode, then returns its status.
//
//gocxx:extern blocking
func pollWait(pd uintptr, mode int) int

// pollSetDeadline sets mode's deadline to d ns from now (0 none, < 0 expired).
//
//gocxx:extern
func pollSetDeadline(pd uintptr, d int64, mode int)

// zoneIndex is the interface index of an IPv6 zone: a name or a number (Go: zoneCache).
func zoneIndex(zone string) int {
	if zone == "" {
		return 0
	}
	if i := sysIfIndex(zone); i != 0 {
		return i
	}
	n, _, _ := dtoi(zone)
	return n
}

// zoneName is the zone text of an interface index: its name, else the number.
func zoneName(index int) string {
	if index == 0 {
		return ""
	}
	if name := sysIfName(index); name != "" {
		return name
	}
	return itoa.Uitoa(uint(index))
}
