// Printf on runes: %c %q %U, invalid and unprintable runes, flags and width.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
	"strings"
)

// zeroFill generates zero-filled strings of the specified width.
func zeroFill(prefix string, width int, suffix string) string {
	return prefix + strings.Repeat("0", width-len(suffix)) + suffix
}

var tests = []struct {
	fmt string
	val any
}{
	// characters
	{"%c", uint('x')},
	{"%c", 0xe4},
	{"%c", 0x672c},
	{"%c", '日'},
	{"%.0c", '⌘'},
	{"%3c", '⌘'},
	{"%-3c", '⌘'},
	// Runes that are not printable.
	{"%c", '\U00000e00'},
	{"%c", '\U0010ffff'},
	// Runes that are not valid.
	{"%c", -1},
	{"%c", 0xDC80},
	{"%c", rune(0x110000)},
	{"%c", int64(0xFFFFFFFFF)},
	{"%c", uint64(0xFFFFFFFFF)},
	// escaped characters
	{"%q", uint(0)},
	{"%+q", uint(0)},
	{"%q", '"'},
	{"%+q", '"'},
	{"%q", '\''},
	{"%+q", '\''},
	{"%q", '`'},
	{"%+q", '`'},
	{"%q", 'x'},
	{"%+q", 'x'},
	{"%q", 'ÿ'},
	{"%+q", 'ÿ'},
	{"%q", '\n'},
	{"%+q", '\n'},
	{"%q", '☺'},
	{"%+q", '☺'},
	{"% q", '☺'},
	{"%.0q", '☺'},
	{"%10q", '⌘'},
	{"%+10q", '⌘'},
	{"%-10q", '⌘'},
	{"%+-10q", '⌘'},
	{"%010q", '⌘'},
	{"%+010q", '⌘'},
	{"%-010q", '⌘'},
	{"%+-010q", '⌘'},
	// Runes that are not printable.
	{"%q", '\U00000e00'},
	{"%q", '\U0010ffff'},
	// Runes that are not valid.
	{"%q", int32(-1)},
	{"%q", 0xDC80},
	{"%q", rune(0x110000)},
	{"%q", int64(0xFFFFFFFFF)},
	{"%q", uint64(0xFFFFFFFFF)},
	// unicode format
	{"%U", 0},
	{"%U", -1},
	{"%U", '\n'},
	{"%#U", '\n'},
	{"%+U", 'x'},
	{"%# U", 'x'},
	{"%#.2U", 'x'},
	{"%U", '\u263a'},
	{"%#U", '\u263a'},
	{"%U", '\U0001D6C2'},
	{"%#U", '\U0001D6C2'},
	{"%#14.6U", '⌘'},
	{"%#-14.6U", '⌘'},
	{"%#014.6U", '⌘'},
	{"%#-014.6U", '⌘'},
	{"%.68U", uint(42)},
	{"%#.68U", '日'},
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
