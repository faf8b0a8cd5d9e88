package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(ok, !dl.IsZero())
	fmt.Println(slowOp(ctx, 10*time.Millisecond))
	err := slowOp(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	fmt.Println(ctx.Err())

	// Deadline in the past: done immediately.
	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("past deadline:", ctx2.Err())
	default:
		fmt.Println("not done")
	}

	// Cancel before the timeout.
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Hour)
	cancel3()
	fmt.Println(ctx3.Err())

	// A child keeps the earlier parent deadline.
	parent, pc := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println(pd.Equal(cd))
	<-child.Done()
	fmt.Println(child.Err(), parent.Err())

	// A child with an earlier deadline expires first.
	parent2, pc2 := context.WithTimeout(context.Background(), time.Hour)
	defer pc2()
	child2, cc2 := context.WithTimeout(parent2, 5*time.Millisecond)
	defer cc2()
	<-child2.Done()
	fmt.Println(child2.Err(), parent2.Err())

	// Timeouts race in order.
	order := make(chan string, 3)
	for _, d := range []int{30, 10, 20} {
		go func(d int) {
			c, cancel := context.WithTimeout(context.Background(), time.Duration(d)*time.Millisecond)
			defer cancel()
			<-c.Done()
			order <- fmt.Sprint(d, "ms ", c.Err())
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-order)
	}
	// Timer-based loop with a ticker, stopped by a deadline.
	ctx4, cancel4 := context.WithTimeout(context.Background(), 35*time.Millisecond)
	defer cancel4()
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-ctx4.Done():
			break loop
		}
	}
	fmt.Println("ticks", ticks, ctx4.Err())
	fmt.Println(fmt.Sprint(ctx3)[:len("context.Background.WithDeadline(")])
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(ctx.Err(), &te) && te.Timeout())
}
