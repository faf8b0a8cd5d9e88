//go:build ignore

// compare: context
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	gc "gocxx/context"
	"stdcheck/cmp"
)

type key string

func main() {
	cmp.Eq("Background", fmt.Sprint(gc.Background(), gc.TODO()), fmt.Sprint(context.Background(), context.TODO()))
	cmp.Eq("errors", []string{gc.Canceled.Error(), gc.DeadlineExceeded.Error()}, []string{context.Canceled.Error(), context.DeadlineExceeded.Error()})
	var de interface{ Timeout() bool }
	cmp.Eq("DeadlineExceeded.Timeout", errors.As(gc.DeadlineExceeded, &de) && de.Timeout(), true)

	g1, gcancel := gc.WithCancel(gc.Background())
	w1, wcancel := context.WithCancel(context.Background())
	gv := gc.WithValue(g1, key("k"), "v")
	wv := context.WithValue(w1, key("k"), "v")
	gv2 := gc.WithValue(gv, 7, 8)
	wv2 := context.WithValue(wv, 7, 8)
	cmp.Eq("String", fmt.Sprint(g1, " ", gv, " ", gv2), fmt.Sprint(w1, " ", wv, " ", wv2))
	cmp.Eq("Value", []any{gv2.Value(key("k")), gv2.Value(7), gv2.Value("k"), gv2.Value(8)}, []any{wv2.Value(key("k")), wv2.Value(7), wv2.Value("k"), wv2.Value(8)})
	gchild, gcc := gc.WithCancel(gv2)
	defer gcc()
	cmp.Eq("Err before", []any{g1.Err(), gchild.Err()}, []any{nil, nil})
	select {
	case <-gchild.Done():
		cmp.Eq("Done early", true, false)
	default:
	}
	gcancel()
	wcancel()
	<-gchild.Done()
	cmp.Eq("Err after", []any{cmp.Err(g1.Err()), cmp.Err(gchild.Err()), cmp.Err(gv2.Err())}, []any{cmp.Err(w1.Err()), "context canceled", cmp.Err(wv2.Err())})
	cmp.Eq("String canceled", fmt.Sprint(gchild), fmt.Sprint(context.WithValue(context.WithValue(w1, key("k"), "v"), 7, 8))+".WithCancel")

	start := time.Now()
	gt, gtc := gc.WithTimeout(gc.Background(), 30*time.Millisecond)
	defer gtc()
	dl, ok := gt.Deadline()
	cmp.Eq("Deadline", ok && dl.After(start), true)
	<-gt.Done()
	cmp.Eq("Timeout", []any{cmp.Err(gt.Err()), time.Since(start) >= 30*time.Millisecond, errors.Is(gt.Err(), gc.DeadlineExceeded)}, []any{"context deadline exceeded", true, true})
	gd, gdc := gc.WithDeadline(gc.Background(), time.Now().Add(-time.Second))
	cmp.Eq("past deadline", cmp.Err(gd.Err()), "context deadline exceeded")
	gdc()
	gp, gpc := gc.WithDeadline(gc.Background(), time.Now().Add(time.Hour))
	gq, gqc := gc.WithDeadline(gp, time.Now().Add(2*time.Hour))
	d1, _ := gp.Deadline()
	d2, _ := gq.Deadline()
	cmp.Eq("earlier parent deadline", d1.Equal(d2), true)
	gqc()
	gpc()
	cmp.Eq("nil parent", cmp.Panics(func() { gc.WithCancel(nil) }), cmp.Panics(func() { context.WithCancel(nil) }))
	cmp.Eq("nil key", cmp.Panics(func() { gc.WithValue(gc.Background(), nil, 1) }), cmp.Panics(func() { context.WithValue(context.Background(), nil, 1) }))
	cmp.Eq("bad key", cmp.Panics(func() { gc.WithValue(gc.Background(), []int{1}, 1) }), cmp.Panics(func() { context.WithValue(context.Background(), []int{1}, 1) }))
	// A custom parent context (not one of the package's): the goroutine path of propagateCancel.
	cp := &custom{Context: gc.Background(), done: make(chan struct{})}
	cc, ccc := gc.WithCancel(cp)
	defer ccc()
	close(cp.done)
	cp.err = gc.Canceled
	<-cc.Done()
	cmp.Eq("custom parent", cmp.Err(cc.Err()), "context canceled")
	cmp.Done("context")
}

type custom struct {
	gc.Context
	done chan struct{}
	err  error
}

func (c *custom) Done() <-chan struct{} { return c.done }
func (c *custom) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}
