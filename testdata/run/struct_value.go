// Structs are values: copies are independent; == compares field by field;
// anonymous structs; zero values.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	fmt.Println(move(p, 5), p)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	r2 := r
	r2.Max.Y = 40
	fmt.Println(r, r2, r == r2)
	var z Rect
	fmt.Println(z, z == Rect{}, z.Name == "")
	anon := struct {
		A int
		B string
	}{1, "x"}
	other := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon, anon == other)
	pts := []Point{{1, 1}, {2, 2}}
	pts[0].X = 100
	fmt.Println(pts)
	pp := &pts[1]
	pp.Y = 50
	fmt.Println(pts)
	type Inner struct{ V []int }
	a := Inner{V: []int{1}}
	b := a
	b.V[0] = 2
	fmt.Println(a, b)
	fmt.Println(Point{Y: 5}, Rect{Name: "only"})
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
}
