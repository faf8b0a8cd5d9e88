package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, hasDeadline := bg.Deadline()
	fmt.Println(hasDeadline)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done")
	}
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled), ctx.Err() == context.Canceled)
	cancel()
	fmt.Println(ctx)

	// Propagation to children and grandchildren, not to parents.
	parent, pcancel := context.WithCancel(bg)
	child, ccancel := context.WithCancel(parent)
	grand := context.WithValue(child, key("k"), "v")
	grandC, gcancel := context.WithCancel(grand)
	defer gcancel()
	ccancel()
	fmt.Println(parent.Err(), child.Err(), grand.Err(), grandC.Err())
	pcancel()
	fmt.Println(parent.Err(), grandC.Value(key("k")), grandC.Value(key("missing")), grandC.Value("k"))

	parent, pcancel = context.WithCancel(bg)
	child, ccancel = context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println(child.Err())

	// Cancelling workers.
	ctx, cancel = context.WithCancel(bg)
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(5 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for msg := range out {
		_ = msg
		n++
	}
	fmt.Println("stopped", n)

	// Values.
	v1 := context.WithValue(bg, key("a"), 1)
	v2 := context.WithValue(v1, key("b"), 2)
	v3 := context.WithValue(v2, key("a"), 3)
	fmt.Println(v3.Value(key("a")), v3.Value(key("b")), v2.Value(key("a")), v3.Value(key("c")))
	fmt.Println(v2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithCancel(nil)
	}()
	// Done channel in a select with a result channel.
	ctx, cancel = context.WithCancel(bg)
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case results <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v == 10 {
			cancel()
			break
		}
	}
	fmt.Println("sum", sum)
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	var de interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &de), de.Timeout())
}
