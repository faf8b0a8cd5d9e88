// errorcheck

// Type assertions on non-interface values and impossible assertions.

package main

import "io"

type T struct{}

func (T) Write(p []byte) (int, error) { return 0, nil }

type R struct{}

func (*R) Read(p []byte) (int, error) { return 0, nil }

func main() {
	x := 5
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	var r io.Reader
	_ = r.(T) // ERROR "impossible type assertion: r.\(T\)"
	_ = r.(R) // ERROR "impossible type assertion: r.\(R\)"
	_ = r.(*R)
	var w io.Writer = T{}
	_ = w.(T)
	switch w.(type) {
	case T:
	case R: // ERROR "impossible type switch case: R"
	}
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
}
