// A nil channel blocks forever, so setting a channel variable to nil
// disables its select case: merging two channels until both are closed.
package main

import "fmt"

func gen(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := gen(1, 2, 3)
	b := gen(10, 20)
	sum, count, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // which of a and b closes first depends on scheduling
				closed++
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("sum", sum, "count", count, "closed", closed)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel cases never ready")
	}
}
