// errorcheck

// Functions with results whose body can fall off the end.

package main

func noReturn() int {
} // ERROR "missing return"

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

// These are fine: terminating statements.
func infinite() int {
	for {
	}
}

func panics() int {
	panic("no")
}

func bothBranches(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func main() {}
