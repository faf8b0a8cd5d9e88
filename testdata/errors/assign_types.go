// errorcheck

// Values that are not assignable to the destination type.

package main

type Celsius float64
type Meters float64

func takesString(s string) {}

func retInt() int {
	return "zero" // ERROR "cannot use .zero. \(untyped string constant\) as int value in return statement"
}

func main() {
	var i int = "hello" // ERROR "cannot use .hello. \(untyped string constant\) as int value in variable declaration"
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	takesString(i) // ERROR "cannot use i \(variable of type int\) as type string in argument to takesString"
	var c Celsius = 1
	var m Meters = c // ERROR "cannot use c \(variable of type Celsius\) as type Meters in variable declaration"
	var f float64 = i // ERROR "cannot use i \(variable of type int\) as type float64 in variable declaration"
	var p *int = &s // ERROR "cannot use &s \(value of type \*string\) as type \*int in variable declaration"
	var b []byte = s // ERROR "cannot use s \(variable of type string\) as type \[\]byte in variable declaration"
	_, _, _, _ = s, m, f, p
	_ = b
}
