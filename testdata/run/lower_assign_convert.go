// Values assigned through a multi-value return or a select receive convert
// to the destination's type: (*Buffer, bool) returned as (Reader, bool), an
// int received into an interface{}. From Go's test/fixedbugs/bug184.go, bug312.go.
package main

import "fmt"

type Reader interface{ Read() string }

type Buffer struct{ s string }

func (b *Buffer) Read() string { return b.s }

func h() (b *Buffer, ok bool) { return &Buffer{"buf"}, true }

func i() (r Reader, ok bool) { return h() }

func j() (r Reader, ok bool) {
	defer func() {}()
	return h()
}

func main() {
	r, ok := i()
	fmt.Println(r.Read(), ok)
	r, ok = j()
	fmt.Println(r.Read(), ok)
	c := make(chan int, 1)
	c <- 1
	var x interface{}
	select {
	case x = <-c:
	}
	fmt.Println(x)
	var y interface{}
	var got interface{}
	close(c)
	select {
	case y, got = <-c:
	}
	fmt.Println(y, got)
}
