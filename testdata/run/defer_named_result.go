// Deferred closures can read and modify named results after `return`
// assigned them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func triple() int {
	n := 10
	defer func() { n *= 3 }() // does not affect the unnamed result
	return n
}

func withErr(fail bool) (res string, err error) {
	defer func() {
		if err != nil {
			res = "failed: " + err.Error()
			err = nil
		}
	}()
	if fail {
		return "", errors.New("bad input")
	}
	return "ok", nil
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c++ }()
	}
	return 10
}

func order() (s string) {
	defer func() { s += "3" }()
	defer func() { s += "2" }()
	s = "0"
	return s + "1"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(double(), triple())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(counter(), order())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
}
