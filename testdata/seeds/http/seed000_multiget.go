// Seed 000 (../shared/seeds/000_a7f164e1be412e16.txt): "简单的实现 http multi GET",
// complete and as written. The HTTP tests (tests/lit/http) serve it from a loopback
// server that delays each reply.
//
// gocxx-http: delay=0.3 stagger=0.06

package main

import (
	"fmt"
	"time"

	"github.com/astaxie/beego/httplib"
)

type RemoteResult struct {
	Url    string
	Result string
}

func RemoteGet(requestUrl string, resultChan chan RemoteResult) {
	request := httplib.NewBeegoRequest(requestUrl, "GET")
	request.SetTimeout(2*time.Second, 5*time.Second)
	//request.String()
	content, err := request.String()
	if err != nil {
		content = "" + err.Error()
	}
	resultChan <- RemoteResult{Url: requestUrl, Result: content}
}
func MultiGet(urls []string) []RemoteResult {
	fmt.Println(time.Now())
	resultChan := make(chan RemoteResult, len(urls))
	defer close(resultChan)
	var result []RemoteResult
	//fmt.Println(result)
	for _, url := range urls {
		go RemoteGet(url, resultChan)
	}
	for i := 0; i < len(urls); i++ {
		res := <-resultChan
		result = append(result, res)
	}
	fmt.Println(time.Now())
	return result
}

func main() {
	urls := []string{
		"http://127.0.0.1/test.php?i=13",
		"http://127.0.0.1/test.php?i=14",
		"http://127.0.0.1/test.php?i=15",
		"http://127.0.0.1/test.php?i=16",
		"http://127.0.0.1/test.php?i=17",
		"http://127.0.0.1/test.php?i=18",
		"http://127.0.0.1/test.php?i=19",
		"http://127.0.0.1/test.php?i=20"}
	content := MultiGet(urls)
	fmt.Println(content)
}
