package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > 5 {
		k := 5 - w.n
		w.n = 5
		return k, errors.New("disk full")
	}
	w.n += len(p)
	return len(p), nil
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }

func main() {
	b, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(&slowReader{s: "slowly"})
	fmt.Printf("%q %v\n", b, err)
	var buf bytes.Buffer
	n, err := io.Copy(&buf, &slowReader{s: "copy me"})
	fmt.Println(n, err, buf.String())
	buf.Reset()
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("01"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.Copy(&errWriter{}, strings.NewReader("0123456789"))
	fmt.Println(n, err)
	n, err = io.CopyBuffer(&buf, strings.NewReader("buffered"), make([]byte, 3))
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("copybuffer:", recover()) }()
		io.CopyBuffer(upper{&buf}, &slowReader{s: "x"}, make([]byte, 0))
	}()
	p := make([]byte, 5)
	k, err := io.ReadFull(strings.NewReader("abc"), p)
	fmt.Println(k, err, err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.ReadFull(&slowReader{s: "abcdefg"}, p)
	fmt.Println(k, err, string(p))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), p, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), p, 6)
	fmt.Println(k, err)
	lr := io.LimitReader(strings.NewReader("limited reader text"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", b)
	mr := io.MultiReader(strings.NewReader("one "), &slowReader{s: "two "}, strings.NewReader(""), strings.NewReader("three"))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", b, err)
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, upper{&b2})
	fmt.Fprintf(mw, "multi %d", 1)
	fmt.Println(b1.String(), b2.String())
	k, err = io.MultiWriter(&b1, &errWriter{}).Write([]byte("1234567"))
	fmt.Println(k, err)
	k, err = io.WriteString(&b1, "!")
	fmt.Println(k, err, b1.String())
	var tb bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee"), &tb)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), tb.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	k, err = sr.Read(p[:2])
	fmt.Println(k, err, string(p[:2]))
	k, err = sr.ReadAt(p, 3)
	fmt.Println(k, err, string(p[:k]))
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	pos, _ = sr.Seek(-1, io.SeekEnd)
	fmt.Println(pos)
	n, err = io.Copy(io.Discard, strings.NewReader("discard"))
	fmt.Println(n, err)
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	var w io.Writer = &buf
	_, isSW := w.(io.StringWriter)
	_, isRF := w.(io.ReaderFrom)
	fmt.Println(isSW, isRF)
}
