// The UnblockGet / MultiGet examples of seed 000 with the HTTP client
// (beego's httplib) replaced by a fake fetch that sleeps: each call
// starts a goroutine and returns a channel that later carries the result.
// Fetch delays differ by 100 ms so completion order is fixed; times are
// not printed.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// fetch stands in for httplib.Get(url).String().
func fetch(url string) (string, error) {
	i := strings.LastIndex(url, "=")
	var n int
	fmt.Sscan(url[i+1:], &n)
	time.Sleep(time.Duration(n%10) * 100 * time.Millisecond)
	if n == 13 {
		return "", errors.New("connection refused")
	}
	return fmt.Sprintf("content of %d", n), nil
}

func UnblockGet(requestUrl string) chan string {
	resultChan := make(chan string)
	go func() {
		content, err := fetch(requestUrl)
		if err != nil {
			content = "" + err.Error()
		}
		resultChan <- content
	}()
	return resultChan
}

type RemoteResult struct {
	Url    string
	Result string
}

func RemoteGet(requestUrl string, resultChan chan RemoteResult) {
	content, err := fetch(requestUrl)
	if err != nil {
		content = "" + err.Error()
	}
	resultChan <- RemoteResult{Url: requestUrl, Result: content}
}

func MultiGet(urls []string) []RemoteResult {
	resultChan := make(chan RemoteResult, len(urls))
	defer close(resultChan)
	var result []RemoteResult
	for _, url := range urls {
		go RemoteGet(url, resultChan)
	}
	for i := 0; i < len(urls); i++ {
		res := <-resultChan
		result = append(result, res)
	}
	return result
}

func main() {
	resultChan1 := UnblockGet("http://127.0.0.1/test.php?i=2")
	resultChan2 := UnblockGet("http://127.0.0.1/test.php?i=1")
	fmt.Println("both requests started")
	fmt.Println(<-resultChan1)
	fmt.Println(<-resultChan2)
	urls := []string{
		"http://127.0.0.1/test.php?i=16",
		"http://127.0.0.1/test.php?i=13",
		"http://127.0.0.1/test.php?i=18",
		"http://127.0.0.1/test.php?i=14",
	}
	content := MultiGet(urls) // arrives in order of completion
	fmt.Println(content)
}
