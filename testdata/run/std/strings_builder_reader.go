package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.Write([]byte("!"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Cap() >= 100+b.Len())
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	func() {
		defer func() { fmt.Println("grow:", recover()) }()
		b.Grow(-1)
	}()
	func() {
		defer func() { fmt.Println("copy:", recover()) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()

	r := strings.NewReader("Hello, 世界!")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	by, err := r.ReadByte()
	fmt.Println(by, err, r.UnreadByte(), r.Len())
	r.ReadByte()
	r.ReadByte()
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	pos, err := r.Seek(0, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	n, err = r.ReadAt(buf, 7)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 12)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	r.Reset("new text")
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	r.Reset("xy")
	r.ReadByte()
	fmt.Println(r.UnreadRune())
	fmt.Println(strings.NewReader("").UnreadByte())
	r.Seek(10, io.SeekStart)
	n, err = r.Read(buf)
	fmt.Println(n, err, r.Len())
}
