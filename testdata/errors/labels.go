// errorcheck

// Label errors: unused, undefined, misplaced break/continue, bad goto.

package main

func main() {
Unused: // ERROR "label Unused defined and not used"
	for {
		break
	}
	goto Nowhere // ERROR "label Nowhere not defined"
	for i := 0; i < 3; i++ {
		continue Outer // ERROR "continue label not defined: Outer"
	}
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
Block:
	{
		break Block // ERROR "invalid break label Block"
	}
}
