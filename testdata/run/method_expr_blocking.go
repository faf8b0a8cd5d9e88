// Method expressions and method values of methods that block: T.M is a func
// value whose first parameter is the receiver, and it must use the
// coroutine convention when M blocks.
package main

import "fmt"

type Box struct{ c chan int }

func (b Box) Take() int    { return <-b.c }
func (b *Box) Put(v int)   { b.c <- v }
func (b Box) Peek() string { return fmt.Sprint("box of ", cap(b.c)) }

func main() {
	b := &Box{c: make(chan int, 2)}
	put := (*Box).Put
	take := Box.Take
	peek := Box.Peek
	put(b, 1)
	put(b, 2)
	fmt.Println(take(*b), take(*b), peek(*b))
	bound := b.Put
	go bound(3)
	fmt.Println(b.Take())
}
