// errorcheck

// Conversions that are not allowed.

package main

type S struct{ A int }
type U struct{ B int }

func main() {
	s := "12"
	i := 5
	f := 1.5
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = []int(s) // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = U(S{1}) // ERROR "cannot convert S\{…\} \(value of type S\) to type U"
	_ = bool(i) // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = float64("1.5") // ERROR "cannot convert .1.5. \(untyped string constant\) to type float64"
	var p *int
	_ = uintptr(p) // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
	_ = string(i) // allowed (vet warns): yields a rune
}
