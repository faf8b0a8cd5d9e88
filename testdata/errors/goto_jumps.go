// errorcheck

// goto jumping over variable declarations or into blocks.

package main

import "fmt"

func main() {
	goto L1 // ERROR "goto L1 jumps over declaration of x at LINE+1"
	x := 1
	fmt.Println(x)
L1:
	goto L2 // ERROR "goto L2 jumps into block starting at LINE+1"
	{
	L2:
		fmt.Println("in block")
	}
	for i := 0; i < 2; i++ {
	L3:
		fmt.Println(i)
	}
	goto L3 // ERROR "goto L3 jumps into block starting at LINE-4"
}
