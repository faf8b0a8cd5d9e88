// errorcheck

// Local variables that are declared and never used.

package main

func f() int {
	x := 1 // ERROR "x declared but not used"
	var y string // ERROR "y declared but not used"
	a, b := 1, 2 // ERROR "b declared but not used"
	_ = a
	for i := 0; i < 3; i++ {
		v := i // ERROR "v declared but not used"
	}
	z := 0 // ERROR "z declared but not used"
	z = 5 // assigned but never used: the error is at the declaration
	return 0
}

var global int // package-level variables may be unused

func main() {
	f()
	if w := 3; true { // ERROR "w declared but not used"
	}
	switch s := interface{}(1).(type) { // ERROR "s declared but not used"
	case int:
	}
}
