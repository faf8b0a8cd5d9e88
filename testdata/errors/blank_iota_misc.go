// errorcheck

// Misuse of the blank identifier and other predeclared names.

package main

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	_ = x
	var y = _ + 1 // ERROR "cannot use _ as value or type"
	_ = y
	_ := 3 // ERROR "no new variables on left side of :="
	nil := 1
	_ = nil
	true := false
	_ = true
	_ = len // ERROR "len \(built-in\) must be called"
}
