// range over []byte(s) reads the string in place (no copy, as gc does): the
// loop still sees the bytes of s as it was when the range began.
package main

import "fmt"

type B byte

func digits(s string) (n int) {
	for _, ch := range []byte(s) {
		ch -= '0'
		if ch > 9 {
			return -1
		}
		n = n*10 + int(ch)
	}
	return n
}

func main() {
	s := "héllo"
	for i, c := range []byte(s) {
		s = "changed"
		fmt.Println(i, c)
	}
	fmt.Println(s)
	for i := range []byte("abc") {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last B
	for _, b := range []B("xyz") {
		last = b
	}
	fmt.Printf("%T %v\n", last, last)
	fmt.Println(digits("12345"), digits("12a"), digits(""))
	n := 0
	for range []byte("four") {
		n++
	}
	fmt.Println(n)
}
