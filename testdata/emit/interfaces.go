// Methods, embedding and interfaces: value and pointer receivers, a promoted
// method, dynamic dispatch through a method table, a type switch and an
// assertion.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct {
	base
	R float64
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	}
	return "unknown"
}

func main() {
	shapes := []Shape{Rect{base{"r"}, 2, 3}, &Circle{base{"c"}, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), describe(s))
	}
	fmt.Println(total)
	if c, ok := shapes[1].(*Circle); ok {
		fmt.Println(c.R)
	}
}

// CHECK: struct Rect {
// CHECK: double Rect_Area(go::main_::Rect r);
// CHECK: double Circle_Area(go::main_::Circle* c);
