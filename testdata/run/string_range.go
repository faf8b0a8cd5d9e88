// range over a string decodes UTF-8; invalid bytes yield U+FFFD one byte at
// a time; the index is the byte offset of each rune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for i, r := range "aé世😀" {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xed\xa0\x80d\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n, utf8.RuneCountInString("héllo"), len("héllo"))
	for i := range "añb" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(utf8.ValidString(bad), utf8.ValidString("ok é"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	// Surrogates and out-of-range code points encode as U+FFFD.
	fmt.Printf("%q %q\n", string(rune(0xD800)), string(rune(0x110000)))
	fmt.Printf("%+q %x\n", "é世", "é")
}
