package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.String() == "", b.Cap() >= 0)
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Printf("%q %d\n", b.String(), b.Len())
	p := make([]byte, 3)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p), b.Len())
	fmt.Println(string(b.Next(3)), b.String())
	c, err := b.ReadByte()
	fmt.Println(string(c), err, b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err, b.UnreadRune())
	r, size, err = b.ReadRune()
	fmt.Println(string(r), size, err)
	_, _, err = b.ReadRune()
	fmt.Println(err, b.UnreadRune())
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)

	b2 := bytes.NewBufferString("line1\nline2\nlast")
	for {
		l, err := b2.ReadBytes('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	b3 := bytes.NewBuffer([]byte("0123456789"))
	b3.Truncate(5)
	fmt.Println(b3.String())
	func() {
		defer func() { fmt.Println("truncate:", recover()) }()
		b3.Truncate(10)
	}()
	b3.Reset()
	fmt.Println(b3.Len())
	m, err := b3.ReadFrom(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(m, err, b3.Len())
	var sb strings.Builder
	m, err = b3.WriteTo(&sb)
	fmt.Println(m, err, sb.Len(), b3.Len())
	b3.Grow(64)
	fmt.Println(b3.Cap() >= 64)
	func() {
		defer func() { fmt.Println("grow:", recover()) }()
		b3.Grow(-1)
	}()
	b4 := bytes.NewBufferString("abc")
	fmt.Println(b4.Bytes())
	fmt.Fprintf(b4, "%d", 12)
	fmt.Println(b4.String())
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	fmt.Println(errors.Is(bytes.ErrTooLarge, bytes.ErrTooLarge), bytes.MinRead)
	_, err = io.Copy(&b, strings.NewReader("copied"))
	fmt.Println(b.String(), err)
	e := bytes.Buffer{}
	fmt.Println(e.UnreadRune(), e.UnreadByte())
}
