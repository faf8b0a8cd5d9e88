// Dynamic dispatch through interfaces, interfaces holding values vs
// pointers, method sets.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func total(shapes ...Shape) (a float64) {
	for _, s := range shapes {
		a += s.Area()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.4f\n", total(shapes...))
	r := Rect{1, 2}
	var s Shape = r
	r.W = 100
	fmt.Println(s.Area(), r.Area())
	c := &Circle{1}
	s = c
	c.R = 2
	fmt.Printf("%.4f\n", s.Area())
	var st fmt.Stringer = Temp(21.5)
	fmt.Println(st.String(), st)
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }
