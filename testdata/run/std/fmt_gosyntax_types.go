// %#v (Go syntax) and %T on every kind of type: named basic types, anonymous and
// embedded structs, nested composites, interface-typed fields, types from other
// packages, func/chan/map/pointer types, interface literals and local types.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type MyInt int
type MyFloat float64
type MyString string
type MyBool bool
type MyBytes []byte
type MySlice []MyInt
type MyMap map[MyString]MyFloat
type MyFunc func(int) error
type MyChan chan<- string
type MyArr [2]MyBool

type Embedded struct {
	X int
	y string
}

type Outer struct {
	Embedded
	*MyInt
	io.Reader
	Named MyString
	Anon  struct {
		A, B int
		C    []string
	}
	Iface any
	Err   error
	Ptr   *Embedded
	Funcs []func()
	unexp map[string][]int
}

type Stringered struct{ V int }

func (s Stringered) String() string { return "STR" }

type Recur struct {
	Name string
	Kids []Recur
}

func main() {
	values := []any{
		MyInt(-3), MyFloat(2.5), MyFloat(1e21), MyString("a\"b\n"), MyBool(true), MyBytes("hi"), MyBytes(nil),
		MySlice{1, 2}, MyMap{"k": 1.5}, MyMap(nil), MyFunc(nil), MyChan(nil), MyArr{true, false},
		uint8(5), uint16(6), uint32(7), uint64(8), uintptr(9), int8(-1), int16(-2), int32('a'), int64(-4),
		float32(1e6), float32(0.1), 1e-7, complex64(1 - 2i), -3 + 0.5i, "tab\there", 'x', true, nil,
		[]any{1, "a", nil, 2.5, []int(nil)}, map[string]any{"z": nil, "a": []string{"x"}},
		[2]*int{}, []*Embedded{nil}, struct{}{}, struct{ A, b int }{1, 2}, &struct{ P *int }{},
		Embedded{1, "y"}, &Embedded{2, "z"}, Outer{}, Stringered{1}, []Stringered{{2}},
		map[Stringered]int{{3}: 4}, Recur{"root", []Recur{{"kid", nil}}},
		errors.New("e"), io.EOF, time.Duration(1500) * time.Millisecond, time.March, [0]int{},
		[][]int{{1}, nil, {}}, map[int][2]string{1: {"a", "b"}}, []error{nil},
		struct {
			Embedded
			Z float64
		}{Embedded{3, "w"}, 0.5},
	}
	for i, v := range values {
		fmt.Printf("%d: %T | %#v | %v | %+v\n", i, v, v, v, v)
	}
	o := Outer{Named: "n", Iface: MyInt(7), Err: io.EOF, Ptr: nil, Funcs: []func(){nil}}
	o.Anon.C = []string{"c"}
	o.X = 10
	fmt.Printf("%+v\n", o)
	o.Err = nil // %#v would print the *errors.errorString's address
	fmt.Printf("%#v\n", o)

	type Local struct{ L int }
	type LocalInt int
	fmt.Printf("%T %#v %T %#v %v\n", Local{1}, Local{1}, LocalInt(2), LocalInt(2), []Local{{3}})

	types := []any{
		os.Stdout, &strings.Builder{}, strings.NewReader(""), []*os.File{}, map[string]time.Duration{},
		func(*strings.Builder) error { return nil }, make(chan<- error), make(<-chan struct{}),
		[]interface{ M() }{}, []fmt.Stringer{}, []error{}, struct{ io.Reader }{}, (*interface{ String() string })(nil),
		func(a int, b ...string) (x int, err error) { return }, func() func() int { return nil },
		map[[2]int]*[]chan int{}, [3][]map[MyString]*Outer{}, (*error)(nil), new(any), new(*int),
		struct {
			A int `json:"a"`
			B struct{ C MyInt }
		}{}, time.Time{}.Location(), time.UTC,
	}
	for _, t := range types {
		fmt.Printf("%T\n", t)
	}
	var e error
	var s fmt.Stringer
	fmt.Printf("%T %T %T %T\n", e, s, &e, &s)
	fmt.Printf("%5T|%-12T|%.3T|%x\n", 1, "s", 2.0, fmt.Sprintf("%T", MyInt(1)))
}
