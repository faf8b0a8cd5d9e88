// A nil interface differs from an interface holding a typed nil pointer.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // typed nil when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string {
	if t == nil {
		return "hello from nil *T"
	}
	return "hello"
}

type Greeter interface{ Hello() string }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	err = correct(false)
	fmt.Println(err == nil)
	var g Greeter
	fmt.Println(g == nil)
	var t *T
	g = t
	fmt.Println(g == nil, g.Hello())
	var e interface{}
	fmt.Println(e == nil, e)
	e = (*int)(nil)
	fmt.Println(e == nil, e)
	fmt.Printf("%v %T\n", e, e)
	var ep error
	fmt.Printf("%v %T\n", ep, ep)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var g2 Greeter
	g2.Hello()
}
