// Runtime errors are runtime.Error values; recover them and print
// Error() for each kind.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%-14s runtime.Error: %s\n", name, re.Error())
		} else if e, ok := r.(error); ok {
			fmt.Printf("%-14s error: %s\n", name, e.Error())
		} else {
			fmt.Printf("%-14s other: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var s []int = []int{1, 2, 3}
	i, j, k := 5, -1, 1
	var m map[string]int
	var p *T
	var iface interface{} = "str"
	zero := 0
	var ch chan int
	try("index", func() { _ = s[i] })
	try("index neg", func() { _ = s[j] })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[2:k] })
	try("slice3", func() { _ = s[0:1:i] })
	try("string idx", func() { _ = "abc"[i] })
	try("string slice", func() { _ = "abc"[i:] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { _ = p.x })
	try("div zero", func() { _ = 10 / zero })
	try("mod zero", func() { _ = 10 % zero })
	try("assert", func() { _ = iface.(int) })
	try("assert iface", func() { _ = iface.(fmt.Stringer) })
	try("arr ptr conv", func() { _ = (*[4]int)(s) })
	try("makeslice", func() { _ = make([]int, j) })
	try("makeslice cap", func() { _ = make([]int, 2, k) })
	try("close nil", func() { close(ch) })
	try("close closed", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("neg shift", func() { _ = 1 << j })
	try("array idx", func() { var a [3]int; _ = a[i%8] })
	try("custom", func() { panic(fmt.Errorf("custom %d", 1)) })
	try("value", func() { panic(T{1}.x) })
}
