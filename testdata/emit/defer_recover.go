// defer and recover: deferred calls run LIFO from a Defers list; recover
// stops the panic only in the deferred call the panic runs (the tag); a
// deferred closure may change a named result.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	defer fmt.Println("deferred last")
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println(safeDiv(7, 2))
	_, err := safeDiv(1, 0)
	fmt.Println(err, errors.Unwrap(err) == nil)
}

// CHECK: gocxx::Defers df;
// CHECK: gocxx::recover_enter(&go::main_::recover_tag_
// CHECK: gocxx::recover_direct(rdirect_)
// CHECK: df.panicking(std::current_exception());
