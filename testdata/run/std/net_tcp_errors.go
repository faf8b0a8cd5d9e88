// Go's net errors and deadlines over loopback: refused dials, address and port errors,
// unknown hosts, read and write deadlines (os.ErrDeadlineExceeded, Timeout), Close waking a
// blocked Read, reads after Close, a canceled or expired dial, and peer resets.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

// describe prints an error's text and what Go programs test on it. Addresses with
// ephemeral ports are printed as their presence only.
func describe(what string, err error) {
	if err == nil {
		fmt.Printf("%s: <nil>\n", what)
		return
	}
	var ne net.Error
	isNet := errors.As(err, &ne)
	timeout := isNet && ne.Timeout()
	fmt.Printf("%s: %T timeout=%v deadline=%v closed=%v\n", what, err, timeout,
		errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, net.ErrClosed))
	var de *net.DNSError
	if oe, ok := err.(*net.OpError); ok {
		text := oe.Err.Error()
		if errors.As(err, &de) {
			text = "(DNS error)" // its text names the machine's name server
		}
		fmt.Printf("  op=%s net=%s source=%v addr=%v err=%s (%s)\n", oe.Op, oe.Net, oe.Source != nil, oe.Addr != nil, text, kind(oe.Err))
		if se, ok := oe.Err.(*os.SyscallError); ok {
			fmt.Printf("  syscall=%s errno=%v\n", se.Syscall, se.Err)
		}
	}
	if errors.As(err, &de) {
		fmt.Printf("  dns name=%s err=%s notfound=%v temporary=%v\n", de.Name, de.Err, de.IsNotFound, de.Temporary())
	}
}

// kind names the exported error types; internal ones (whose names differ between
// implementations) by what they are.
func kind(err error) string {
	switch err.(type) {
	case *os.SyscallError:
		return "*os.SyscallError"
	case *net.AddrError:
		return "*net.AddrError"
	case *net.DNSError:
		return "*net.DNSError"
	case net.UnknownNetworkError:
		return "net.UnknownNetworkError"
	}
	switch {
	case err == net.ErrClosed:
		return "net.ErrClosed"
	case err == os.ErrDeadlineExceeded:
		return "os.ErrDeadlineExceeded"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded):
		return "context deadline"
	}
	return "other"
}

func main() {
	// Dials that fail before or at connect.
	for _, a := range []string{"127.0.0.1:1", "localhost:1", "[::1]:1", "127.0.0.1", "127.0.0.1:99999",
		"localhost:nope", "300.1.1.1:80", ":", "[::1:1"} {
		_, err := net.Dial("tcp", a)
		fmt.Printf("dial %q: %v\n", a, err)
		describe("  ", err)
	}
	_, err := net.Dial("tcp4", "[::1]:1")
	fmt.Println(err)
	_, err = net.Dial("tcp6", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("foo", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("tcp", "nosuchhost.invalid:80")
	describe("unknown host", err)
	_, err = net.Listen("tcp", "127.0.0.1:-5")
	fmt.Println(err)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	_, err = net.Listen("tcp", ln.Addr().String())
	describe("listen twice", err)
	accepted := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()

	// A read deadline fires; the connection works again once it is extended.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s := <-accepted
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	buf := make([]byte, 16)
	start := time.Now()
	n, err := c.Read(buf)
	fmt.Println("read deadline:", n, time.Since(start) >= 20*time.Millisecond)
	describe("  ", err)
	n, err = c.Read(buf)
	fmt.Println("read again after expiry:", n)
	describe("  ", err)
	c.SetReadDeadline(time.Now().Add(time.Hour))
	s.Write([]byte("hello"))
	n, err = c.Read(buf)
	fmt.Printf("extended: %q %v\n", buf[:n], err)
	c.SetReadDeadline(time.Time{})

	// A deadline set while a Read is blocked wakes it.
	done := make(chan error)
	go func() {
		_, err := c.Read(buf)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	c.SetDeadline(time.Now().Add(-time.Second))
	describe("deadline set during read", <-done)
	c.SetDeadline(time.Time{})

	// Close wakes a blocked Read; later calls fail with ErrClosed.
	go func() {
		_, err := c.Read(buf)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("close:", c.Close())
	describe("read woken by close", <-done)
	_, err = c.Read(buf)
	describe("read after close", err)
	_, err = c.Write([]byte("x"))
	describe("write after close", err)
	describe("close twice", c.Close())
	describe("set deadline after close", c.SetDeadline(time.Now()))

	// The peer sees EOF.
	n, err = s.Read(buf)
	fmt.Println("peer read after close:", n, err == io.EOF)
	s.Close()

	// A write deadline fires when the peer does not read.
	c, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s = <-accepted
	c.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	big := make([]byte, 1<<20)
	total := 0
	for {
		n, err := c.Write(big)
		total += n
		if err != nil {
			fmt.Println("write deadline: wrote some:", total > 0)
			describe("  ", err)
			break
		}
	}
	c.Close()
	s.Close()

	// Writing to a connection the peer reset.
	c, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s = <-accepted
	s.(*net.TCPConn).SetLinger(0)
	s.Close()
	n, err = c.Read(buf)
	fmt.Println("read after peer reset:", n)
	describe("  ", err)
	c.Close()

	// Dials that a context or a deadline stops.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var d net.Dialer
	_, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	describe("canceled dial", err)
	d = net.Dialer{Deadline: time.Now().Add(-time.Second)}
	_, err = d.Dial("tcp", ln.Addr().String())
	describe("expired dial", err)
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	fmt.Println("dial timeout ok:", err)

	// Accept with a deadline.
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(10 * time.Millisecond))
	ln.Close()
	_, err = ln.Accept()
	describe("accept after close", err)
	describe("close listener twice", ln.Close())
}
