// fmt honours Error() before String(); pointer-receiver String is used only
// when printing a pointer; %d on a Stringer ignores String; a panicking
// String is reported inline.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" }

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprint("PtrStr ", p.v) }

type Bad struct{}

func (Bad) String() string { panic("boom") }

type Wrapper struct {
	C Color
	P *PtrStr
}

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println(Both{})
	fmt.Println(PtrStr{3}, &PtrStr{4})
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5})
	fmt.Printf("%v %+v\n", Wrapper{1, &PtrStr{5}}, Wrapper{0, nil})
	fmt.Println(Bad{})
	err := errors.New("plain")
	fmt.Println(err, fmt.Sprintf("[%v] [%s] [%q]", err, err, err))
	fmt.Printf("%v|%10s|%-8v|\n", Color(0), Color(1), Color(0))
	var nilPtr *PtrStr
	fmt.Println(nilPtr)
	fmt.Printf("%T %T\n", Color(0), err)
}
