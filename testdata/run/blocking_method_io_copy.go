// io.Copy through blocking Read and Write methods, and through WriterTo and
// ReaderFrom implementations that block on a channel.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// chanReader hands out its data one chunk per receive.
type chanReader struct{ c chan string }

func (r *chanReader) Read(p []byte) (int, error) {
	s, ok := <-r.c
	if !ok {
		return 0, io.EOF
	}
	return copy(p, s), nil
}

// chanWriter forwards every write to a buffered channel and records it.
type chanWriter struct {
	c   chan []byte
	got []string
}

func (w *chanWriter) Write(p []byte) (int, error) {
	w.c <- append([]byte(nil), p...)
	w.got = append(w.got, string(<-w.c))
	return len(p), nil
}

// source implements WriterTo; io.Copy prefers it.
type source struct{ parts chan string }

func (s *source) Read(p []byte) (int, error) { panic("Read called instead of WriteTo") }
func (s *source) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for part := range s.parts {
		k, err := io.WriteString(w, part)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// sink implements ReaderFrom; io.Copy uses it when the source has no WriteTo.
type sink struct {
	lock chan struct{}
	buf  bytes.Buffer
}

func (s *sink) Write(p []byte) (int, error) { panic("Write called instead of ReadFrom") }
func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	s.lock <- struct{}{}
	defer func() { <-s.lock }()
	return s.buf.ReadFrom(r)
}

func main() {
	r := &chanReader{make(chan string, 3)}
	r.c <- "hello, "
	r.c <- "blocking "
	r.c <- "world"
	close(r.c)
	w := &chanWriter{c: make(chan []byte, 1)}
	n, err := io.Copy(w, r)
	fmt.Println(n, err, w.got)

	src := &source{make(chan string, 2)}
	src.parts <- "to "
	src.parts <- "writer"
	close(src.parts)
	var out strings.Builder
	n, err = io.Copy(&out, src)
	fmt.Println(n, err, out.String())

	dst := &sink{lock: make(chan struct{}, 1)}
	// strings.Reader has WriteTo, which io.Copy would prefer: hide it.
	n, err = io.Copy(dst, struct{ io.Reader }{strings.NewReader("from reader")})
	fmt.Println(n, err, dst.buf.String())

	w2 := &chanWriter{c: make(chan []byte, 1)}
	fmt.Fprintf(w2, "%d-%s", 42, "fmt")
	fmt.Println(w2.got)
}
