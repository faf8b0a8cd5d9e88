// unicode and unicode/utf8 helpers.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 é世!\t" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	buf = utf8.AppendRune(buf, 'x')
	fmt.Println(buf, utf8.RuneCount(buf), utf8.Valid(buf))
	b := make([]byte, 4)
	n := utf8.EncodeRune(b, '€')
	fmt.Println(b[:n], n)
	r, size := utf8.DecodeLastRuneInString("abc€")
	fmt.Println(string(r), size)
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.RuneStart(0x82), utf8.UTFMax, utf8.MaxRune == unicode.MaxRune)
	s := "héllo wörld"
	count := 0
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
		count++
	}
	fmt.Println(count, len(s))
	reversed := []rune(s)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	fmt.Println(string(reversed))
}
