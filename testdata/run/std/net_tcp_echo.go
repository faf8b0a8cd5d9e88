// An echo server and concurrent clients over loopback in one program: Listen on port 0,
// Accept in a loop, one goroutine per connection, line-oriented echo, io.EOF on peer close.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
)

// serve echoes each line of c in upper case until the peer closes its side.
func serve(c net.Conn, remotes chan<- string) {
	defer c.Close()
	remotes <- c.RemoteAddr().String()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Println("server read:", err)
			return
		}
		if _, err := c.Write([]byte(strings.ToUpper(line))); err != nil {
			fmt.Println("server write:", err)
			return
		}
	}
}

// client sends n lines, checks each echo, half-closes and waits for the server's EOF.
func client(addr string, id, n int) (string, string, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return "", "", err
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for i := 0; i < n; i++ {
		msg := fmt.Sprintf("client %d message %d\n", id, i)
		if _, err := io.WriteString(c, msg); err != nil {
			return "", "", err
		}
		got, err := r.ReadString('\n')
		if err != nil {
			return "", "", err
		}
		if got != strings.ToUpper(msg) {
			return "", "", fmt.Errorf("client %d: got %q", id, got)
		}
	}
	if err := c.(*net.TCPConn).CloseWrite(); err != nil {
		return "", "", err
	}
	if b, err := r.ReadByte(); err != io.EOF {
		return "", "", fmt.Errorf("client %d: after CloseWrite read %q, %v", id, b, err)
	}
	return c.LocalAddr().String(), c.RemoteAddr().String(), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	la := ln.Addr().(*net.TCPAddr)
	fmt.Println("listener:", ln.Addr().Network(), la.IP, la.Port != 0)

	const clients, lines = 8, 50
	remotes := make(chan string, clients)
	var servers sync.WaitGroup
	acceptErr := make(chan error)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				acceptErr <- err
				return
			}
			servers.Add(1)
			go func() {
				defer servers.Done()
				serve(c, remotes)
			}()
		}
	}()

	type result struct {
		local, remote string
		err           error
	}
	results := make([]result, clients)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l, r, err := client(ln.Addr().String(), i, lines)
			results[i] = result{l, r, err}
		}(i)
	}
	wg.Wait()
	servers.Wait()

	seen := map[string]bool{}
	for i := 0; i < clients; i++ {
		seen[<-remotes] = true
	}
	for i, r := range results {
		fmt.Printf("client %d: err=%v remote=listener:%v seen-by-server:%v\n",
			i, r.err, r.remote == ln.Addr().String(), seen[r.local])
	}
	ln.Close()
	err = <-acceptErr
	fmt.Println("blocked Accept woken by Close:", err.(*net.OpError).Op, err.(*net.OpError).Err, errors.Is(err, net.ErrClosed))
	_, err = ln.Accept()
	fmt.Println("accept on closed listener:", err != nil, strings.Contains(err.Error(), "use of closed network connection"))
}
