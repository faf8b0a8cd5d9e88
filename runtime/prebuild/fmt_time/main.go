// The import set of the seed examples and most small programs (fmt, time,
// and what they import): see ../common.go.
package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(time.Millisecond)
	fmt.Println("ok")
}
