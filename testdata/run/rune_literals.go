// Rune and string literal forms: escapes, octal/hex/unicode, raw strings.
package main

import "fmt"

func main() {
	runes := []rune{'a', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', '世'}
	for _, r := range runes {
		fmt.Printf("%d %q %U\n", r, r, r)
	}
	s := "\a\b\f\n\r\t\v\\\"\x7f\xff\u263a"
	fmt.Println(len(s), []byte(s))
	fmt.Printf("%q\n", s)
	raw := `C:\path\n "quoted" ` + "`"
	fmt.Println(raw, len(raw))
	fmt.Println("\u4e16\u754c" == "世界", '\000', "\000" == "\x00")
	fmt.Printf("%T %T\n", 'x', "x"[0])
	fmt.Println('a'+1, 'a'*2, string(rune('a'+1)), 'z'-'a')
}
