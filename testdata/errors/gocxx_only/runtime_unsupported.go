// errorcheck
// gocxx: //gocxx:unsupported standard-library functions

// runtime.Stack cannot give Go's answer in gocxx (goroutines are coroutines: there is no
// call stack to format), so using it is a build error naming why, not a program that
// silently gets a trace with the goroutine header only. Calls and func values are checked
// alike; the package's other functions stay usable.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false) // ERROR "runtime.Stack is not supported by gocxx: no stack traces"
	f := runtime.Stack             // ERROR "runtime.Stack is not supported by gocxx"
	fmt.Println(n, f != nil, runtime.NumGoroutine())
}
