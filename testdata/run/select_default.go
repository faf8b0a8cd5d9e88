// select with default performs non-blocking sends and receives.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	unbuf := make(chan int)
	fmt.Println("unbuffered send without receiver:", trySend(unbuf, 1))
	closed := make(chan int)
	close(closed)
	v, ok := tryRecv(closed)
	fmt.Println("closed channel is always ready:", v, ok)
	// Only one case ready: it is always chosen over default.
	ready := make(chan string, 1)
	ready <- "ready"
	notReady := make(chan string)
	select {
	case s := <-notReady:
		fmt.Println(s)
	case s := <-ready:
		fmt.Println("chose", s)
	default:
		fmt.Println("default")
	}
	// Empty select with only a default.
	select {
	default:
		fmt.Println("only default")
	}
	count := 0
	for i := 0; i < 10; i++ {
		select {
		case ch <- i:
			count++
		default:
		}
	}
	fmt.Println("sent", count, "len", len(ch))
}
