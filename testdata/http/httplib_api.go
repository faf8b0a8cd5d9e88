// beego's httplib (both import paths) against the loopback server: Get, Post
// with Param, Put with Body, Delete, Head, Header, SetBasicAuth, Debug and
// DumpRequest, Bytes, Response, ToFile, a refused connection, and a
// read-write timeout.
//
// gocxx-http:

package main

import (
	"fmt"
	"os"
	"path"
	"strings"
	"time"

	"github.com/astaxie/beego/httplib"
	v2 "github.com/beego/beego/v2/client/httplib"
)

func main() {
	s, err := httplib.Get("http://127.0.0.1/test.php?i=1").String()
	fmt.Printf("get: %q %v\n", s, err)

	s, err = httplib.Post("http://127.0.0.1/echo").Param("name", "a b&c").String()
	fmt.Printf("post: %q %v\n", s, err)

	s, err = httplib.Put("http://127.0.0.1/echo").Header("Content-Type", "text/plain").Body("put body").SetBasicAuth("u", "p").String()
	fmt.Printf("put: %q %v\n", s, err)

	b, err := httplib.Delete("http://127.0.0.1/echo").SetUserAgent("my-agent").Bytes()
	fmt.Printf("delete: %q %v\n", b, err)

	resp, err := httplib.Head("http://127.0.0.1/head-len").Response()
	if err == nil {
		fmt.Println("head:", resp.StatusCode, resp.ContentLength, resp.Header.Get("Content-Length"))
	}

	req := httplib.Get("http://127.0.0.1/test.php").Param("i", "7").Debug(true)
	s, err = req.String()
	fmt.Printf("debug: %q %v\n", s, err)
	fmt.Printf("dump: %q\n", req.DumpRequest())

	req = httplib.Post("http://127.0.0.1/echo").Debug(true).Body([]byte("dumped body"))
	s, err = req.String()
	fmt.Printf("debug post: %q %v\n", s, err)
	fmt.Printf("dump: %q\n", req.DumpRequest())

	dir, _ := os.MkdirTemp("", "httplib")
	file := path.Join(dir, "out.txt")
	err = httplib.Get("http://127.0.0.1/test.php?i=file").ToFile(file)
	data, _ := os.ReadFile(file)
	fmt.Printf("tofile: %q %v\n", data, err)
	os.RemoveAll(dir)

	_, err = httplib.Get("http://127.0.0.1:1/").String()
	fmt.Println("refused:", err)
	_, err = v2.Get("http://127.0.0.1:1/").String()
	fmt.Println("v2 refused:", err)

	_, err = httplib.Get("http://127.0.0.1/slow?ms=2000").SetTimeout(time.Second, 200*time.Millisecond).String()
	msg := fmt.Sprint(err)
	if i := strings.Index(msg, "read tcp "); i >= 0 {
		msg = msg[:i] + "read tcp <addrs>" + msg[strings.LastIndex(msg, ":"):]
	}
	fmt.Println("rw timeout:", msg)

	s, err = v2.NewBeegoRequest("http://127.0.0.1/test.php?i=v2", "GET").SetTimeout(2*time.Second, 5*time.Second).String()
	fmt.Printf("v2: %q %v\n", s, err)
}
