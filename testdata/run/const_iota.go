// iota: per-spec repetition of the last expression, skips, typed constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "x"
	y
	z = iota
	w
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%d %v %T\n", Thursday, Thursday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagD, ^FlagA)
	fmt.Printf("%08b %T\n", FlagB|FlagC, FlagC)
	const local = iota
	fmt.Println(local)
}
