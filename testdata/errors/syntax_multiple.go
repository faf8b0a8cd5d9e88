// errorcheck

// The parser recovers after a syntax error and goes on, reporting at most
// one syntax error per line; no type checking happens afterwards (the
// type error in d is not reported).

package main

func a() {
	var y int = = 2 // ERROR "syntax error: unexpected =, expecting expression"
}

func b() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
}

func c() {
	x = := 3 // ERROR "syntax error: unexpected :=, expecting expression"
}

func d() {
	var s string = 1
}

func e() {
	switch x := 1; x {
	case 1 // ERROR "syntax error: unexpected newline, expecting :"
	}
}

func main() {
	@ // ERROR "invalid character U\+0040 '@'"
}
