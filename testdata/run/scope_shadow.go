// Scopes: shadowing in blocks, if/else chains with init statements,
// := redeclaring one of several variables, package-level names.
package main

import "fmt"

var x = "package"

func value() (int, error) { return 42, nil }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else if", x, y)
	} else {
		fmt.Println("else", x, y)
	}
	if v, err := value(); err != nil {
		fmt.Println("error")
	} else {
		fmt.Println("value", v)
	}
	a, b := 1, 2
	a, c := 3, 4 // a reused, c new
	fmt.Println(a, b, c)
	for i := 0; i < 2; i++ {
		x := fmt.Sprint("loop", i)
		fmt.Println(x)
	}
	switch x := 5; {
	case x > 3:
		x := "shadowed in case"
		fmt.Println(x)
	}
	fmt.Println(x)
	var err error
	if true {
		_, err := value()
		_ = err
	}
	fmt.Println(err == nil)
	fmt := "fmt shadowed"
	println(fmt)
}
