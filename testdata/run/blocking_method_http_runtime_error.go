// Importing net/http (and calling http.Get) makes Error() a coroutine family:
// the runtime's own errors must still print, recovered and unrecovered.
package main

import (
	"fmt"
	"net/http"
	"os"
)

func index(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return xs[i], nil
}

func main() {
	_, err := http.Get("http://127.0.0.1:1/")
	fmt.Println(err != nil)
	_, err = index([]int{1, 2, 3}, 5)
	fmt.Println(err.Error())
	fmt.Println(err)
	var x any = 3.5
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = x.(string)
	}()
	_, err = os.Open("/nonexistent/file")
	fmt.Println(err)
	var m map[int]int
	if len(os.Args) > 5 {
		m = map[int]int{}
	}
	m[1] = 2
}
