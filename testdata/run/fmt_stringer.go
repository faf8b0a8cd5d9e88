// Stringer and error types are honoured by %v and %s (and Println), also
// nested inside slices, maps and struct fields; %d and %x on a Stringer
// use the underlying value for numbers.
package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN"}[l]
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Entry struct {
	L   Level
	P   Point
	Msg string
}

type errT struct{ msg string }

func (e errT) Error() string { return "E:" + e.msg }

type Hex []byte

func (h Hex) String() string { return fmt.Sprintf("hex(%x)", []byte(h)) }

func main() {
	fmt.Println(Info, Warn, Point{1, 2}, Temp(36.6))
	fmt.Printf("%v %s %d %x %q\n", Warn, Warn, Warn, Warn, Warn)
	fmt.Println([]Level{Debug, Warn}, map[Level]Point{Info: {3, 4}})
	e := Entry{Info, Point{5, 6}, "hi"}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(&Point{7, 8})
	fmt.Println(errT{"x"}, []error{errT{"y"}})
	fmt.Println(Hex{1, 255})
	fmt.Printf("%s|%v|%x\n", Hex{2}, Hex{3}, Hex{4})
	fmt.Printf("%5s|%-6v|\n", Info, Debug)
	fmt.Printf("%#v\n", Point{1, 2})
	var s fmt.Stringer = Temp(-4)
	fmt.Println(s, fmt.Sprint(s))
}
