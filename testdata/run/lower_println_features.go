package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Derived struct {
	Base
	name string
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered")
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		println(s.Name(), s.Area())
	}
	var any interface{} = 42
	switch v := any.(type) {
	case string:
		println("string", v)
	case int:
		println("int", v)
	}
	if s, ok := any.(string); !ok {
		println("not string", s == "")
	}
	d := Derived{Base{7}, "d"}
	println(d.ID(), d.name)
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(1, 0)
	println(q, r)
	println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	c := counter()
	c()
	c()
	println(c())
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	switch x := 2; x {
	case 1:
		println("one")
	case 2:
		println("two")
		fallthrough
	case 3:
		println("three")
	default:
		println("def")
	}
	str := "héllo"
	for i, ch := range str {
		println(i, ch)
	}
	b := []byte(str)
	println(len(b), string(b[1:3]), str[0])
	m := map[int]string{}
	for i := 0; i < 5; i++ {
		m[i] = string(rune('a' + i))
	}
	delete(m, 2)
	println(len(m), m[3], m[2] == "")
	var e error
	println(e == nil)
	x := int8(127)
	x++
	println(x, uint8(x)+uint8(200), -7/2, -7%2, 1<<62)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	println(arr[0], arr2[0], arr == arr2, len(arr))
	sl := arr[:]
	sl[1] = 8
	println(arr[1])
	f := 3.7
	println(int(f), float32(f))
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ch {
			println("got", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	select {
	case v := <-ch:
		println("closed recv", v)
	default:
		println("default")
	}
	defer println("deferred 1")
	defer println("deferred 2")
	var p *Rect
	defer func() {
		r := recover()
		println("main recovered", r != nil)
	}()
	println(p.W)
}
