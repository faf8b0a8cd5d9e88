// Failing requests are error values with Go's texts, never crashes: connection
// refused, bad URLs and schemes, Client.Timeout while awaiting headers and while
// reading the body, context cancellation and deadlines, a server that closes
// the connection without replying.
//
// gocxx-http:

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"
)

func try(what string, resp *http.Response, err error) {
	if err != nil {
		fmt.Printf("%s: %v\n", what, err)
		var ue *url.Error
		if errors.As(err, &ue) {
			var ne net.Error
			fmt.Printf("  url.Error Op=%s URL=%s timeout=%v net.Error=%v\n", ue.Op, ue.URL, ue.Timeout(), errors.As(err, &ne))
		}
		return
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s: %s %q %v\n", what, resp.Status, body, err)
}

func main() {
	resp, err := http.Get("http://127.0.0.1:1/")
	try("refused", resp, err)
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("  OpError:", op.Op, op.Net, op.Addr, errors.Is(err, os.ErrDeadlineExceeded))
	}
	resp, err = http.Get("ftp://127.0.0.1/x")
	try("scheme", resp, err)
	resp, err = http.Get("http:///nohost")
	try("nohost", resp, err)
	resp, err = http.Get("http://[::1")
	try("parse", resp, err)
	_, err = http.NewRequest("BAD METHOD", "http://127.0.0.1/", nil)
	fmt.Println("method:", err)
	resp, err = http.Get("http://127.0.0.1/close")
	try("closed", resp, err)

	c := &http.Client{Timeout: 200 * time.Millisecond}
	resp, err = c.Get("http://127.0.0.1/slow?ms=1000")
	try("timeout", resp, err)
	fmt.Println("  is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	resp, err = c.Get("http://127.0.0.1/slowbody?ms=1000")
	try("body timeout", resp, err)
	resp, err = c.Get("http://127.0.0.1/test.php?i=fast")
	try("fast", resp, err)

	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://127.0.0.1/slow?ms=1000", nil)
	resp, err = http.DefaultClient.Do(req)
	try("ctx deadline", resp, err)
	cancel()

	ctx, cancel = context.WithCancel(context.Background())
	req, _ = http.NewRequestWithContext(ctx, "GET", "http://127.0.0.1/slow?ms=1000", nil)
	go func() {
		time.Sleep(100 * time.Millisecond)
		cancel()
	}()
	resp, err = http.DefaultClient.Do(req)
	try("ctx cancel", resp, err)

	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	req, _ = http.NewRequestWithContext(ctx, "GET", "http://127.0.0.1/test.php?i=0", nil)
	resp, err = http.DefaultClient.Do(req)
	try("canceled before", resp, err)

	tr := &http.Transport{ResponseHeaderTimeout: 100 * time.Millisecond}
	resp, err = (&http.Client{Transport: tr}).Get("http://127.0.0.1/slow?ms=1000")
	try("header timeout", resp, err)
}
