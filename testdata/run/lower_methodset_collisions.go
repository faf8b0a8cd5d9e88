// Method sets at run time (type assertions to interfaces) follow Go's
// promotion rules: a name found twice at the same depth, a method and a
// field of one name at one depth, or a type embedded twice, is in no method
// set and hides the name deeper down; an embedded interface's methods sit one
// level below its field.
package main

import (
	"bytes"
	"fmt"
	"io"
)

type Reader interface{ Read() string }
type Closer interface{ Close() string }

type A struct{}

func (A) Read() string  { return "A.Read" }
func (A) Close() string { return "A.Close" }

type B struct{}

func (B) Read() string { return "B.Read" }

// Read collides (A and B at depth 1); Close is A's.
type AB struct {
	A
	B
}

// Read: the field at depth 0 hides A.Read at depth 1.
type FieldRead struct {
	A
	Read int
}

// A embedded twice at depth 1 (through X and Y): every A method collides.
type X struct{ A }
type Y struct{ A }
type XY struct {
	X
	Y
}

// The embedded interface's Read (depth 1) collides with A's (depth 1).
type IfaceAndStruct struct {
	A
	Reader
}

// Read at depth 1 (B) hides A.Read at depth 2.
type Deep struct {
	X
	B
}

// Pointer methods: P.Read needs an addressable P.
type P struct{}

func (*P) Read() string { return "P.Read" }

type HasP struct{ P }
type HasPtrP struct{ *P }

// bytes.Buffer's ReadFrom/WriteTo collide with the embedded interfaces' (io's tests).
type Buffer struct {
	bytes.Buffer
	io.ReaderFrom
	io.WriterTo
}

func check(name string, v interface{}) {
	r, isR := v.(Reader)
	c, isC := v.(Closer)
	s := name + ":"
	if isR {
		s += " " + r.Read()
	} else {
		s += " no Read"
	}
	if isC {
		s += " " + c.Close()
	} else {
		s += " no Close"
	}
	fmt.Println(s)
}

func main() {
	check("AB", AB{})
	check("*AB", &AB{})
	check("FieldRead", FieldRead{})
	check("XY", XY{})
	check("*XY", &XY{})
	check("IfaceAndStruct", IfaceAndStruct{})
	check("Deep", Deep{})
	check("HasP", HasP{})
	check("*HasP", &HasP{})
	check("HasPtrP", HasPtrP{&P{}})
	b := new(Buffer)
	b.WriteString("hello")
	var w bytes.Buffer
	_, isWT := interface{}(b).(io.WriterTo)
	_, isRF := interface{}(b).(io.ReaderFrom)
	n, err := io.Copy(&w, b)
	fmt.Println(isWT, isRF, n, err, w.String())
}
