// errorcheck

// The block of an if must start on the same line (automatic semicolons).

package main

func main() {
	x := 1
	if x > 0 // ERROR "syntax error: unexpected newline, expecting \{ after if clause"
	{
		x = 0
	}
}
