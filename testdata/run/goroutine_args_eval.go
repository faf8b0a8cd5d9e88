// `go f(x)` evaluates f and its arguments in the calling goroutine at the
// go statement; later changes to x are not seen.
package main

import (
	"fmt"
	"sync"
)

type Printer struct{ prefix string }

func (p Printer) Print(wg *sync.WaitGroup, out *[]string, s string) {
	defer wg.Done()
	*out = append(*out, p.prefix+s)
}

func record(wg *sync.WaitGroup, dst *int, v int) {
	defer wg.Done()
	*dst = v
}

func arg(name string, v int) int {
	fmt.Println("evaluating", name, "in caller")
	return v
}

func main() {
	var wg sync.WaitGroup
	x := 1
	var got int
	wg.Add(1)
	go record(&wg, &got, x)
	x = 2
	wg.Wait()
	fmt.Println("goroutine saw", got, "x is now", x)

	wg.Add(1)
	go record(&wg, &got, arg("a", 10)+arg("b", 20))
	fmt.Println("after go statement")
	wg.Wait()
	fmt.Println(got)

	p := Printer{"v1:"}
	var out []string
	wg.Add(1)
	go p.Print(&wg, &out, "hello") // receiver copied now
	p.prefix = "v2:"
	wg.Wait()
	fmt.Println(out)

	f := func(s string) { fmt.Println("f1", s); wg.Done() }
	wg.Add(1)
	go f("x")
	f = func(s string) { fmt.Println("f2", s); wg.Done() }
	wg.Wait()
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go record(&wg, &results[i], i*100)
	}
	wg.Wait()
	fmt.Println(results)
}
