// 1,000 concurrent GETs, one goroutine each, against the URL in os.Args[1]
// (bench/http/run.py serves it from tools/lib/http_test_server.py on loopback).
// Built with Go and with gocxx; run.py compares wall time and peak threads.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	url := os.Args[1]
	const n = 1000
	var wg sync.WaitGroup
	var ok, failed, bytes int64
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			resp, err := http.Get(fmt.Sprintf("%s?i=%d", url, i))
			if err != nil {
				if atomic.AddInt64(&failed, 1) == 1 {
					fmt.Println("first error:", err)
				}
				return
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode == 200 {
				atomic.AddInt64(&ok, 1)
				atomic.AddInt64(&bytes, int64(len(b)))
			} else {
				atomic.AddInt64(&failed, 1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Printf("%d ok, %d failed, %d bytes in %.3f s\n", ok, failed, bytes, time.Since(start).Seconds())
}
