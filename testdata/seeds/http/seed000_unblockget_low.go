// Seed 000 (../shared/seeds/000_a7f164e1be412e16.txt): "一个很 low 的并行示例" with
// UnblockGet, as written: it reads resultChan1 twice. The second receive never
// completes: Go prints the first body and waits forever (its transport's goroutines
// sit in the poller); gocxx reports the deadlock (docs/differences.md). The only
// addition is `_ = resultChan2`: as written, resultChan2 is unused and neither gc
// nor gocxx compiles the program ("declared but not used").
//
// gocxx-http: delay=0.3 blocks

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
	_ = resultChan2

	fmt.Println(<-resultChan1)
	fmt.Println(<-resultChan1)
	fmt.Println(time.Now())
}
