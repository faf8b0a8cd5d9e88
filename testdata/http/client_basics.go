// net/http's client against the loopback server: Get, Head, Post, PostForm,
// NewRequest with headers and basic auth, status codes, redirects, chunked and
// gzipped bodies, Response fields.
//
// gocxx-http:

package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

func show(resp *http.Response, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	fmt.Printf("%s %d %q proto=%s len=%d te=%v uncompressed=%v close=%v\n", resp.Status, resp.StatusCode,
		body, resp.Proto, resp.ContentLength, resp.TransferEncoding, resp.Uncompressed, resp.Close)
	if err != nil {
		fmt.Println("read error:", err)
	}
	var keys []string
	for k := range resp.Header {
		if k != "Date" && k != "Server" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %q\n", k, resp.Header[k])
	}
	fmt.Println("  request:", resp.Request.Method, resp.Request.URL)
}

func main() {
	show(http.Get("http://127.0.0.1/test.php?i=1"))
	show(http.Head("http://127.0.0.1/head-len"))
	show(http.Post("http://127.0.0.1/echo", "text/plain", strings.NewReader("hello body")))
	show(http.PostForm("http://127.0.0.1/echo", url.Values{"a": {"1", "2"}, "b c": {"d&e"}}))
	show(http.Get("http://127.0.0.1/status/404"))
	show(http.Get("http://127.0.0.1/status/500"))
	show(http.Get("http://127.0.0.1/redirect"))
	show(http.Get("http://127.0.0.1/chunked"))
	show(http.Get("http://127.0.0.1/gzip"))

	req, err := http.NewRequest("PUT", "http://127.0.0.1/echo?x=1", strings.NewReader("put data"))
	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "gocxx-test/1.0")
	req.SetBasicAuth("user", "pass word")
	show(http.DefaultClient.Do(req))

	req, _ = http.NewRequest("DELETE", "http://127.0.0.1/echo", nil)
	show(http.DefaultClient.Do(req))

	// A redirect the client refuses to follow.
	c := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err := c.Get("http://127.0.0.1/redirect?to=/elsewhere")
	if err == nil {
		loc, _ := resp.Location()
		fmt.Println(resp.StatusCode, resp.Header.Get("Location"), loc)
		resp.Body.Close()
	}
	// Reading the body in small pieces, then after Close.
	resp, err = http.Get("http://127.0.0.1/test.php?i=pieces")
	if err == nil {
		buf := make([]byte, 5)
		for {
			n, err := resp.Body.Read(buf)
			fmt.Printf("%q ", buf[:n])
			if err != nil {
				fmt.Println(err)
				break
			}
		}
		resp.Body.Close()
		_, err = resp.Body.Read(buf)
		fmt.Println("after close:", err)
	}
}
