// Interface embedding, interface-to-interface conversion, structs
// embedding interfaces.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

// Upper embeds a Reader and overrides nothing but adds behaviour.
type Upper struct{ Reader }

func (u Upper) ReadUpper() string { return strings.ToUpper(u.Read()) }

// Logged wraps a Writer, overriding Write.
type Logged struct {
	Writer
	n int
}

func (l *Logged) Write(s string) {
	l.n++
	l.Writer.Write(fmt.Sprintf("#%d:%s", l.n, s))
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	w := Writer(rw)
	lw := &Logged{Writer: w}
	lw.Write("a")
	lw.Write("b")
	u := Upper{b}
	fmt.Println(u.ReadUpper(), u.Read(), u.Read(), u.Read())
	if _, ok := r.(Writer); ok {
		fmt.Println("reader is also a writer")
	}
	var empty Upper
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	empty.Read()
}
