// errorcheck

// Malformed literals; the lexer reports each and continues.

package main

func main() {
	a := 0x // ERROR "hexadecimal literal has no digits"
	b := 'ab' // ERROR "more than one character in rune literal"
	c := 1_ // ERROR "'_' must separate successive digits"
	d := 09 // ERROR "invalid digit '9' in octal literal"
	e := '' // ERROR "empty rune literal or unescaped '"
	f := "\q" // ERROR "unknown escape"
	_, _, _, _, _, _ = a, b, c, d, e, f
}
