// runtime.SetFinalizer: finalizers run on their own goroutine after runtime.GC finds their
// objects unreachable (a blocking finalizer included); SetFinalizer(x, nil) clears one.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type plain struct {
	id  int
	pad [32]byte
}

type blocking struct {
	id  int
	pad [32]byte
}

var finalized, cleared int64

var ids = make(chan int, 1000)

//go:noinline
func allocate(n int) {
	for i := 0; i < n; i++ {
		p := &plain{id: i}
		runtime.SetFinalizer(p, func(p *plain) { atomic.AddInt64(&finalized, 1) })
		b := &blocking{id: i}
		runtime.SetFinalizer(b, func(b *blocking) { ids <- b.id }) // a channel send: may block
		c := &plain{id: -i}
		runtime.SetFinalizer(c, func(p *plain) { atomic.AddInt64(&cleared, 1) })
		runtime.SetFinalizer(c, nil)
	}
}

func main() {
	allocate(500)
	got := 0
	for round := 0; round < 50 && (atomic.LoadInt64(&finalized) < 400 || got < 400); round++ {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
		for len(ids) > 0 {
			<-ids
			got++
		}
	}
	fmt.Println("plain finalizers ran:", atomic.LoadInt64(&finalized) >= 400)
	fmt.Println("blocking finalizers ran:", got >= 400)
	fmt.Println("cleared finalizers ran:", atomic.LoadInt64(&cleared))
	var x int
	runtime.SetFinalizer(&x, nil) // allowed: clears nothing
	runtime.KeepAlive(&x)
}
