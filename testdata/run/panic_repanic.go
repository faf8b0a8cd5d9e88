// Re-panicking from a deferred function, and a panic inside a deferred
// call replacing the current one; all recovered.
package main

import (
	"errors"
	"fmt"
)

func level3() {
	defer fmt.Println("level3 defer runs")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 recovered:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}
	}()
	level3()
}

func replaced() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("final recovered: %v", r)
	}()
	defer func() {
		panic("second (from defer)")
	}()
	panic("first")
}

func nested() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
			panic(errors.New("from inner defer"))
		}()
		panic("inner panic")
	}()
	fmt.Println("not reached")
}

func main() {
	func() {
		defer func() {
			fmt.Println("main recovered:", recover())
		}()
		level2()
	}()
	fmt.Println(replaced())
	nested()
	fmt.Println("done")
}
