// Closure-based generators keep independent state.
package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Println("computed", n, "calls", calls)
		return v
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	f := fib()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), sq(4))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
}
