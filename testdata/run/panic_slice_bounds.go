// Unrecovered slice bounds out of range.
package main

import "fmt"

func main() {
	s := make([]byte, 3, 5)
	fmt.Println(len(s[:5]))
	hi := 6
	fmt.Println(s[1:hi])
}
