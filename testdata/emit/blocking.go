// Only functions that may block become coroutines (docs/design/blocking.md):
// square is a plain C++ function, produce and relay suspend on channels, and
// main awaits them.
package main

import "fmt"

func square(x int) int { return x * x }

func produce(c chan int) {
	for i := 1; i <= 3; i++ {
		c <- square(i)
	}
	close(c)
}

func relay(in, out chan int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	a, b := make(chan int), make(chan int, 1)
	go produce(a)
	go relay(a, b)
	for v := range b {
		fmt.Println(v)
	}
}

// CHECK: int64_t square(int64_t x);
// CHECK: gocxx::Task<> produce(gocxx::Chan<int64_t> c);
// CHECK: gocxx::Task<> relay(gocxx::Chan<int64_t> in, gocxx::Chan<int64_t> out);
// CHECK: co_await c.send(go::main_::square(i));
