// Strings are immutable byte sequences: len counts bytes, indexing yields
// bytes, slicing shares, out-of-range indexing panics.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	fmt.Printf("%c %v %T\n", s[0], s[1], s[1])
	fmt.Println(s[7:], s[:1], s[1:3], len(s[1:3]))
	t := s
	t += "!"
	fmt.Println(s, "|", t)
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(s, "|", string(b))
	for i := 0; i < len("abc"); i++ {
		fmt.Print("abc"[i], " ")
	}
	fmt.Println()
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a", "b" > "abc")
	var empty string
	fmt.Println(empty == "", len(empty), fmt.Sprintf("%q", empty))
	multi := `raw\n
line`
	fmt.Println(multi, len(multi))
	fmt.Println("tab\there", "quote\"", "back\\slash", "\x41\u00e9\U0001F600", "\101")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	i := 20
	fmt.Println(s[i])
}
