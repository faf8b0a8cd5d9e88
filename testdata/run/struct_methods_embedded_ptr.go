// Method sets with embedded pointers: an embedded *T contributes both value
// and pointer methods of T, shared between copies of the outer struct.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type ByValue struct{ Counter }
type ByPtr struct{ *Counter }

type Incer interface {
	Inc()
	Get() int
}

func main() {
	v := ByValue{}
	v.Inc()
	v2 := v
	v2.Inc()
	fmt.Println(v.Get(), v2.Get())
	p := ByPtr{&Counter{}}
	p.Inc()
	p2 := p
	p2.Inc()
	fmt.Println(p.Get(), p2.Get())
	var i Incer = p // ByPtr's method set includes Inc
	i.Inc()
	fmt.Println(p.Get())
	var j Incer = &v // only *ByValue has Inc
	j.Inc()
	fmt.Println(v.Get())
	_, ok := interface{}(v).(Incer)
	_, ok2 := interface{}(&v).(Incer)
	fmt.Println(ok, ok2)
}
