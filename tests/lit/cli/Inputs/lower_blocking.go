package main

// square never blocks: a plain C++ function.
func square(x int) int { return x * x }

// produce sends: a coroutine.
func produce(c chan int) { c <- square(3) }

// relay receives, through a call: a coroutine awaiting a coroutine.
func relay(c chan int) int { return <-c }

// poll's select has a default: it never blocks.
func poll(c chan int) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 1)
	go produce(c)
	println(relay(c), poll(c))
}
