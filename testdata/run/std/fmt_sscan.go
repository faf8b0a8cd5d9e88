// Sscan, Sscanln, Sscanf and Fscan: every scannable kind, verbs and widths,
// base prefixes, newline rules, and the errors (unexpected EOF, expected newline,
// input does not match format, bad verb, strconv range errors).
package main

import (
	"fmt"
	"strings"
)

type myInt int
type myString string

// Coord implements fmt.Scanner.
type Coord struct{ X, Y int }

func (c *Coord) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &c.X, &c.Y)
	return err
}

func main() {
	var (
		i   int
		i8  int8
		u   uint
		u16 uint16
		f   float64
		f32 float32
		s   string
		b   bool
		c   complex128
		r   rune
		bs  []byte
		mi  myInt
		ms  myString
	)
	n, err := fmt.Sscan("42 -7 300 65535 3.25 1e-3 word true (1+2i)", &i, &i8, &u, &u16, &f, &f32, &s, &b, &c)
	fmt.Println(n, err, i, i8, u, u16, f, f32, s, b, c)
	n, err = fmt.Sscan("  \n 1\n\n2  ", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscan("0x1f 0b101 0o17 017 1_000", &i, &u, &mi, &i8, &f)
	fmt.Println(n, err, i, u, mi, i8, f)
	n, err = fmt.Sscan("bytes named", &bs, &ms)
	fmt.Println(n, err, string(bs), ms)
	n, err = fmt.Sscan("1", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("maybe", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5.5", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("T F", &b, &s)
	fmt.Println(n, err, b, s)

	n, err = fmt.Sscanln("1 2\n3", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanln("1\n2", &i, &u)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanln("1 2 3", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("", &i)
	fmt.Println(n, err)

	n, err = fmt.Sscanf("age=33 name=bob", "age=%d name=%s", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("ff 777 1010 Z", "%x %o %b %c", &i, &u, &mi, &r)
	fmt.Println(n, err, i, u, mi, string(r))
	n, err = fmt.Sscanf("12345678", "%3d%2d%s", &i, &u, &s)
	fmt.Println(n, err, i, u, s)
	n, err = fmt.Sscanf("\"quoted str\" `raw`", "%q %q", &s, &ms)
	fmt.Println(n, err, s, ms)
	n, err = fmt.Sscanf("3.5e2 -0.25", "%g %e", &f, &f32)
	fmt.Println(n, err, f, f32)
	n, err = fmt.Sscanf("x:1", "y:%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanf("5", "%z", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("true", "%d", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("hi", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("abc", "%5s", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("(3,4)", "%v", &Coord{})
	fmt.Println(n, err)
	var co Coord
	n, err = fmt.Sscan("(5,6)", &co)
	fmt.Println(n, err, co)
	n, err = fmt.Sscanf("tRuE", "%t", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscanf("0x1p-2 +Inf", "%v %v", &f, &f32)
	fmt.Println(n, err, f, f32)

	rd := strings.NewReader("10 20\n30 forty\n")
	var a, bb, cc int
	n, err = fmt.Fscan(rd, &a, &bb)
	fmt.Println(n, err, a, bb)
	n, err = fmt.Fscanln(rd, &cc)
	fmt.Println(n, err, cc)
	n, err = fmt.Fscanln(rd, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Fscan(rd, &s)
	fmt.Println(n, err)
	// Standard input is empty: Scan, Scanln and Scanf see EOF.
	n, err = fmt.Scan(&i)
	fmt.Println("Scan:", n, err)
	n, err = fmt.Scanln(&i, &s)
	fmt.Println("Scanln:", n, err)
	n, err = fmt.Scanf("%d", &i)
	fmt.Println("Scanf:", n, err)
	n, err = fmt.Scanln()
	fmt.Println("Scanln():", n, err)
	lines := strings.NewReader("1 2\n3 4\n")
	for {
		var x, y int
		n, err := fmt.Fscanf(lines, "%d %d\n", &x, &y)
		if err != nil {
			fmt.Println("end:", n, err)
			break
		}
		fmt.Println("pair", x, y)
	}
}
