// errorcheck

// Pointer methods called on non-addressable values; method expressions
// with the wrong receiver type.

package main

type C struct{ n int }

func (c *C) Inc()    { c.n++ }
func (c C) Get() int { return c.n }

func make1() C { return C{} }

func main() {
	make1().Inc() // ERROR "cannot call pointer method Inc on C"
	C{}.Inc() // ERROR "cannot call pointer method Inc on C"
	m := map[string]C{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on C"
	_ = C.Inc // ERROR "cannot call pointer method Inc on C"
	f := (*C).Get
	f(C{}) // ERROR "cannot use C\{\} \(value of type C\) as type \*C in argument to f"
	var c C
	c.Inc()
}
