package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type errW struct{}

func (errW) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nthird"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader("héllo, 世界\xffend"), 16)
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %d ", ch, size)
	}
	fmt.Println()
	r = bufio.NewReader(strings.NewReader("abc"))
	r.ReadRune()
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ch, _, _ := r.ReadRune()
	fmt.Println(string(ch), r.UnreadByte(), r.Buffered())
	b, _ := r.ReadByte()
	fmt.Println(string(b))

	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	d, err := r.Discard(3)
	fmt.Println(d, err)
	p, _ = r.Peek(2)
	fmt.Printf("%q %d\n", p, r.Size())

	long := strings.Repeat("L", 40) + "\nshort\r\nend"
	r = bufio.NewReaderSize(strings.NewReader(long), 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
	r = bufio.NewReader(strings.NewReader("a;b;c"))
	for {
		tok, err := r.ReadBytes(';')
		fmt.Printf("%q %v\n", tok, err)
		if err == io.EOF {
			break
		}
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Println(len(sl), err, err == bufio.ErrBufferFull)
	r = bufio.NewReader(strings.NewReader("0123456789"))
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	r.Reset(strings.NewReader("reset"))
	s, _ := r.ReadString(0)
	fmt.Println(s)
	fmt.Println(bufio.NewReader(strings.NewReader("")).UnreadByte())

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	fmt.Println(w.Available(), w.Buffered(), w.Size())
	w.WriteString("abc")
	fmt.Println(out.Len(), w.Buffered())
	w.WriteString("defghij")
	fmt.Println(out.Len(), w.Buffered(), out.String())
	w.WriteByte('!')
	w.WriteRune('世')
	fmt.Fprintf(w, "%d", 12345)
	fmt.Println(out.String(), w.Buffered())
	fmt.Println(w.Flush(), out.String(), w.Buffered())
	w.Write([]byte(strings.Repeat("w", 20)))
	fmt.Println(out.Len(), w.Buffered())
	w.Flush()
	n64, err := w.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(n64, err)
	w.Flush()
	fmt.Println(out.String())
	ew := bufio.NewWriterSize(errW{}, 4)
	ew.WriteString("ab")
	fmt.Println(ew.Flush())
	k, err := ew.WriteString("more")
	fmt.Println(k, err, ew.Flush())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("rw out:" + line)
	rw.Flush()
	fmt.Printf("%q\n", out.String())
	var out2 bytes.Buffer
	w.Reset(&out2)
	w.WriteString("after reset")
	w.Flush()
	fmt.Println(out2.String())
}
