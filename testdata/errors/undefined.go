// errorcheck

// Uses of names that are not declared.

package main

import "fmt"

type T struct{ X int }

func main() {
	fmt.Println(missing) // ERROR "undefined: missing"
	undefinedFunc(1)     // ERROR "undefined: undefinedFunc"
	var v UnknownType    // ERROR "undefined: UnknownType"
	_ = v
	fmt.Printx("x") // ERROR "undefined: fmt.Printx"
	t := T{}
	_ = t.Y         // ERROR "t.Y undefined \(type T has no field or method Y\)"
	t.Method()      // ERROR "t.Method undefined \(type T has no field or method Method\)"
	_ = strings.ToUpper("a") // ERROR "undefined: strings"
}
