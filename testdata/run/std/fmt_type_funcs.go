// %T of func values: method values and expressions (value and pointer receivers,
// interface methods), variadic and multi-result signatures, std functions, chan of
// chan directions, interface literals with embedded interfaces, embedded fields.
package main

import (
	"fmt"
	"io"
	"strings"
)

type T struct{}

func (T) M(int) string    { return "" }
func (*T) P(...any) error { return nil }

type I interface{ M(int) string }

func main() {
	var t T
	fmt.Printf("%T\n%T\n%T\n%T\n%T\n%T\n", t.M, (&t).P, T.M, (*T).P, I.M, fmt.Println)
	fmt.Printf("%T\n%T\n%T\n", strings.ToUpper, io.Copy, func(ch chan<- []map[string]*T) {})
	fmt.Printf("%T %T\n", make(chan (<-chan int)), make(chan<- chan int))
	fmt.Printf("%T %T\n", [][]any{}, map[string]interface {
		io.Reader
		M(int) string
	}{})
	fmt.Printf("%T\n", struct {
		a int
		T
		I
	}{})
	fmt.Printf("%v %v\n", fmt.Sprint(t.M != nil), I(nil) == nil)
}
