// nil slices versus empty slices: both have length 0, only one is nil,
// fmt prints both as [], %#v tells them apart.
package main

import "fmt"

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), cap(nilS), len(empty), cap(empty))
	fmt.Println(nilS, empty, made)
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	fmt.Println(nilS, nilS == nil)
	s := nilS[:0]
	fmt.Println(s == nil, len(s))
	var ns []string
	fmt.Println(ns[0:0] == nil, ns[:] == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	var sp *[]int
	fmt.Println(sp == nil)
	two := [][]int{nil, {}}
	fmt.Println(two, len(two), two[0] == nil, two[1] == nil)
	fmt.Printf("%d %q %v\n", []int(nil), []string{}, [][]int{nil})
	var bs []byte
	fmt.Println(string(bs) == "", bs == nil, fmt.Sprintf("%s|%x|%q", bs, bs, bs))
}
