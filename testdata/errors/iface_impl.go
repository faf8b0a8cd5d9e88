// errorcheck

// Types that do not implement an interface: missing method, pointer
// receiver, wrong signature.

package main

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type Tri struct{}

func (Tri) Area() int      { return 0 }
func (Tri) Name() string   { return "tri" }

func use(s Shape) {}

func main() {
	var s Shape = Square{1} // ERROR "cannot use Square\{…\} \(value of type Square\) as type Shape in variable declaration:"
	s = Circle{1} // ERROR "cannot use Circle\{…\} \(value of type Circle\) as type Shape in assignment:"
	s = &Circle{1}
	use(Tri{}) // ERROR "cannot use Tri\{\} \(value of type Tri\) as type Shape in argument to use:"
	var e error = Square{} // ERROR "cannot use Square\{\} \(value of type Square\) as type error in variable declaration:"
	_, _ = s, e
}
