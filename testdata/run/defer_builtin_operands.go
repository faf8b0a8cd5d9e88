// Deferred and go'd builtins evaluate their operands at the defer/go
// statement: package variables and captured (heap) variables changed later
// do not change what the deferred call prints, closes or deletes.
package main

import "fmt"

var global = 1
var m = map[string]int{"a": 1, "b": 2}
var key = "a"

func deferred() {
	local := 10
	p := &local
	defer println("global", global, "local", local, "via pointer", *p)
	defer delete(m, key)
	global = 2
	local = 20
	key = "b"
}

func main() {
	deferred()
	fmt.Println(len(m), m["a"], m["b"])
	ch := make(chan int)
	c := ch
	defer fmt.Println("main done")
	func() {
		defer close(c)
		c = make(chan int)
	}()
	_, ok := <-ch
	fmt.Println("closed:", !ok)
}
