// Seed 000 (../shared/seeds/000_a7f164e1be412e16.txt): "一个很 low 的并行示例" with
// UnblockGet, corrected: the second receive reads resultChan2 (as written it reads
// resultChan1 twice: seed000_unblockget_low.go). The two requests run in parallel.
//
// gocxx-http: delay=0.3

package main

import (
	"fmt"
	"time"

	"github.com/astaxie/beego/httplib"
)

func UnblockGet(requestUrl string) chan string {
	resultChan := make(chan string)
	go func() {
		request := httplib.Get(requestUrl)
		content, err := request.String()
		if err != nil {
			content = "" + err.Error()
		}
		resultChan <- content
	}()
	return resultChan
}

func main() {
	fmt.Println(time.Now())
	resultChan1 := UnblockGet("http://127.0.0.1/test.php?i=1")
	resultChan2 := UnblockGet("http://127.0.0.1/test.php?i=2")

	fmt.Println(<-resultChan1)
	fmt.Println(<-resultChan2)
	fmt.Println(time.Now())
}
