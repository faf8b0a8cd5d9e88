// Keep-alive: sequential requests whose bodies are read to the end and closed
// reuse one TCP connection (the server's /peer names the client's port), from
// one Client and across Clients sharing the default Transport; a response
// closed before its body is read, or a request with Close set, does not
// leave its connection for reuse. Several goroutines at once open several.
//
// gocxx-http:

package main

import (
	"fmt"
	"io"
	"net/http"
	"sync"
)

func peer(c *http.Client, readBody bool, close bool) string {
	return peerAfter(c, readBody, close, 0)
}

func peerAfter(c *http.Client, readBody bool, close bool, ms int) string {
	req, err := http.NewRequest("GET", fmt.Sprintf("http://127.0.0.1/peer?ms=%d", ms), nil)
	if err != nil {
		panic(err)
	}
	req.Close = close
	resp, err := c.Do(req)
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	if !readBody {
		return "unread"
	}
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func main() {
	c := &http.Client{}
	first := peer(c, true, false)
	same := 0
	for i := 0; i < 5; i++ {
		if peer(c, true, false) == first {
			same++
		}
	}
	fmt.Println("sequential requests on the first connection:", same, "of 5")

	other := &http.Client{}
	fmt.Println("another Client, same Transport, same connection:", peer(other, true, false) == first)

	closed := peer(c, true, true)
	fmt.Println("Request.Close: the connection was reused for it:", closed == first)
	after := peer(c, true, false)
	fmt.Println("after Request.Close, a new connection:", after != first)

	again := peer(c, true, false)
	fmt.Println("and that one is kept:", again == after)
	fmt.Println(peer(c, false, false))
	fmt.Println("after a body closed unread, a new connection:", peer(c, true, false) != again)

	var wg sync.WaitGroup
	var mu sync.Mutex
	peers := map[string]bool{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := peerAfter(http.DefaultClient, true, false, 200) // overlapping

			mu.Lock()
			peers[p] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("concurrent requests used more than one connection:", len(peers) > 1)
}
