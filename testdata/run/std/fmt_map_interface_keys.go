// Maps with interface keys: fmt orders keys of different dynamic types by where Go's
// linker puts their type descriptors (by descriptor size, then by type name), nil
// first, and keys of one type by value. Basic types, named types with and without
// methods, pointers, arrays, structs and channels as dynamic types (nil pointers and
// channels only: their values would print as addresses).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"time"
)

type Celsius float64
type Label string
type ID int

func (id ID) String() string { return fmt.Sprintf("ID-%d", int(id)) }

type Both int

func (Both) A()  {}
func (Both) B()  {}
func (*Both) C() {}

type Point struct{ X, Y int }

type Wide struct {
	A, B, C, D int
}

// Types whose descriptors grow with embedded fields and promoted methods.
type Emb struct {
	Point
	Y int
}

type EmbP struct{ *Both }

type Str string

func (Str) M()  {}
func (*Str) N() {}

type Arr [2]int

func (Arr) M() {}

type Ch chan int

type Speaker interface{ Speak() string }

type Dog struct{ Name string }

func (d Dog) Speak() string { return d.Name + " says woof" }

type Cat struct{ Name string }

func (c *Cat) Speak() string { return c.Name + " says meow" }

func main() {
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, false: 6, true: 7, nil: 8})
	fmt.Println(map[any]string{int8(1): "int8", 1: "int", uint(1): "uint", "1": "string", uint8(1): "uint8",
		int16(1): "int16", int32(1): "int32", int64(1): "int64", uint16(1): "uint16", uint32(1): "uint32",
		uint64(1): "uint64", uintptr(1): "uintptr", float32(1): "float32", 1.0: "float64",
		complex64(1): "complex64", complex(1, 0): "complex128", true: "bool"})
	fmt.Println(map[any]int{Celsius(1): 1, Label("x"): 2, ID(3): 3, Both(4): 4, 5: 5, "s": 6})
	fmt.Println(map[any]int{Point{1, 2}: 1, Wide{}: 2, [2]int{1, 2}: 3, [3]int{}: 4, [2]string{"a", "b"}: 5,
		struct{}{}: 6, struct{ A int }{7}: 7, 8: 8})
	fmt.Println(map[any]int{(*int)(nil): 1, (*Point)(nil): 2, (*Both)(nil): 3, (*ID)(nil): 4, (chan int)(nil): 5,
		(<-chan string)(nil): 6, (*[2]int)(nil): 7, 8: 8})
	fmt.Println(map[any]int{time.Duration(1): 1, time.Month(2): 2, time.Weekday(3): 3, ID(4): 4, 5: 5})
	fmt.Println(map[Speaker]int{Dog{"rex"}: 1, Dog{"ace"}: 2})
	fmt.Println(map[fmt.Stringer]int{ID(2): 1, ID(1): 2, time.Duration(5): 3, time.March: 4})
	fmt.Printf("%v\n%+v\n", map[any][]any{"k": {1, "x"}, 3: nil, Point{}: {Point{1, 1}}}, map[any]Point{Label("p"): {1, 2}, 9: {}})
	fmt.Printf("%#v\n", map[any]int{"b": 1, 2: 2, Celsius(1.5): 3})
	fmt.Println(map[any]int{Emb{}: 1, EmbP{}: 2, Point{}: 3, Str("s"): 4, Arr{}: 5, Ch(nil): 6, Celsius(1): 7,
		struct{ Point }{}: 8, struct{ a, b int }{}: 9, struct{ B, C int }{}: 10, [1]Point{}: 11, (*Emb)(nil): 12,
		(*Str)(nil): 13, time.Time{}: 15, url.URL{}: 16, (*url.URL)(nil): 17, os.FileMode(1): 18,
		fs.ModeDir: 19, time.Second: 20, url.Userinfo{}: 21, errors.New("x") == nil: 22, uint8(1): 23, "z": 24,
		[0]int{}: 25, [0]string{}: 26, 'r': 28})
	fmt.Println(map[any]int{(*os.File)(nil): 1, (*time.Location)(nil): 2, (*url.Values)(nil): 3, (*fs.PathError)(nil): 4})
	nested := map[any]map[any]int{1: {"z": 1, 2: 2}, "one": {false: 3}}
	fmt.Println(nested)
}
