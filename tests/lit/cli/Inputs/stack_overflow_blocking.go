// Unbounded recursion in a function that may block (a coroutine chain): Go's 1 GB stack
// limit ends it with `fatal error: stack overflow`, exit 2, not an out-of-memory death
// (tests/lit/cli/stack-overflow.test).
package main

func f(c chan int, n int) int {
	if n < 0 {
		return <-c
	}
	return f(c, n+1) + 1
}

func main() {
	c := make(chan int, 1)
	println(f(c, 0))
}
