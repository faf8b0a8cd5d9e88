// Println always separates operands with spaces; Print only between
// operands when neither is a string; Sprint/Sprintln likewise.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("a", "b", 1, 2, true, nil, 'x', 2.5)
	fmt.Print("a", "b", 1, 2, true, "c", 3.5, 4, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Println()
	s := fmt.Sprint("a", 1, 2, "b", 3)
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", fmt.Sprintln("x", 1))
	fmt.Println([]string{"a", "b c"}, [2]int{}, struct{}{}, []byte("hi"))
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprint(os.Stdout, "fprint", 2, "\n")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 3)
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	var ip *int
	var e error
	fmt.Println(ip, e, []interface{}{nil})
	fmt.Println(int8(-1), uint16(65535), float32(2.5), complex(1, 1))
}
