// Value vs pointer receivers, with automatic & and * at call sites.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(k int)    { *m += MyInt(k) }

type List []int

func (l List) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get()) // (*p).Get()
	var m MyInt = 5
	m.Add(3)
	fmt.Println(m, m.Double(), MyInt(4).Double())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	mc := map[string]*Counter{"a": {10}}
	mc["a"].Inc()
	fmt.Println(mc["a"].Get())
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
}
