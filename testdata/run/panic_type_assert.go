// Unrecovered failed type assertion.
package main

import "fmt"

type Animal interface{ Sound() string }
type Cat struct{}

func (Cat) Sound() string { return "meow" }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	var a Animal = Cat{}
	fmt.Println(a.Sound())
	d := a.(Dog)
	fmt.Println(d.Sound())
}
