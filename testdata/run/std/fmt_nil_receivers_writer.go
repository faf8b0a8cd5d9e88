// Nil pointers inside error/Stringer interfaces (fmt prints <nil>), %w outside
// Errorf, a Writer that fails mid-write (Fprintf's count and error), huge widths and
// precisions, and a Formatter with a pointer receiver inside slices.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ s string }

func (e *MyErr) Error() string { return e.s }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > 5 {
		k := 5 - w.n
		w.n = 5
		return k, errors.New("disk full")
	}
	w.n += len(p)
	return len(p), nil
}

type F struct{}

func (*F) Format(s fmt.State, c rune) { fmt.Fprintf(s, "F%c", c) }

func main() {
	var e *MyErr
	var err error = e
	fmt.Printf("%v|%s|%d\n", err, err, err)
	var vp *V
	var st fmt.Stringer = vp
	fmt.Printf("%v|%s|%+v\n", st, st, []fmt.Stringer{vp})
	fmt.Println(fmt.Sprintf("%w", errors.New("x")), fmt.Sprint(err))
	n, werr := fmt.Fprintf(&failWriter{}, "hello %s", "world")
	fmt.Println(n, werr)
	fmt.Println(len(fmt.Sprintf("%1000d|%-1000s|%.500f", 1, "x", 1.0)))
	fmt.Printf("%v %v\n", []*F{{}}, []F{{}})
	fmt.Printf("%x %v\n", &F{}, F{})
}
