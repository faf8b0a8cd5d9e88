// Type assertions to concrete and interface types, with comma-ok.
package main

import (
	"errors"
	"fmt"
)

type Named interface{ Name() string }
type Dog struct{}

func (Dog) Name() string { return "dog" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println(n + 1)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	i = Dog{}
	if nm, ok := i.(Named); ok {
		fmt.Println("Named:", nm.Name())
	}
	_, ok = i.(fmt.Stringer)
	fmt.Println("Stringer?", ok)
	var err error = &MyErr{7}
	if me, ok := err.(*MyErr); ok {
		fmt.Println("MyErr code", me.code)
	}
	var target *MyErr
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", err), &target), target.code)
	var nilIface interface{}
	_, ok = nilIface.(int)
	fmt.Println("nil iface assert ok:", ok)
	var num interface{} = int64(5)
	_, ok = num.(int)
	fmt.Println("int64 as int:", ok)
	type Celsius float64
	var t interface{} = Celsius(1.5)
	_, ok1 := t.(float64)
	c, ok2 := t.(Celsius)
	fmt.Println(ok1, ok2, c)
	tryAssert := func(v interface{}) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("panic:", r)
			}
		}()
		fmt.Println("got", v.(string))
	}
	tryAssert("yes")
	tryAssert(3)
	tryAssert(nil)
	tryAssert(Dog{})
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var x interface{} = Dog{}
		_ = x.(error)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var nm Named
		_ = nm.(Dog)
	}()
}
