// With net/http imported, Error() is a coroutine family: an unrecovered
// runtime error (integer divide by zero) still prints Go's report.
package main

import (
	"fmt"
	"net/http"
)

func div(a, b int) int { return a / b }

func main() {
	_, err := http.Get("http://127.0.0.1:1/")
	fmt.Println(err != nil)
	fmt.Println(div(1, 0))
}
