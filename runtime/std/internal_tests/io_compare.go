//go:build ignore

// compare: io
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	gi "gocxx/io"
	"stdcheck/cmp"
)

// oneByte reads one byte at a time (exercises partial reads).
type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// geof turns Go's io.EOF into gocxx's (the copy under test has its own io.EOF).
type geof struct{ r io.Reader }

func (g geof) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err == io.EOF {
		err = gi.EOF
	}
	return n, err
}

// geofAt is geof for ReadAt.
type geofAt struct{ r io.ReaderAt }

func (g geofAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := g.r.ReadAt(p, off)
	if err == io.EOF {
		err = gi.EOF
	}
	return n, err
}

// gsr is strings.NewReader for the gocxx side.
func gsr(s string) io.Reader { return geof{strings.NewReader(s)} }

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("boom") }

func main() {
	texts := []string{"", "a", "hello world", "line1\nline2\r\nline3", strings.Repeat("abcdefghij", 1000), "héllo 世界\n\xff\xfe end",
		"  spaced   words \t here\n\n", "no newline at end", "\n\n\n", strings.Repeat("x", 70000) + "\nshort\n", "a\rb\r\n"}
	for _, t := range texts {
		q := fmt.Sprintf("%.20q", t)
		for _, n := range []int64{-1, 0, 1, 5, 100, 1 << 20} {
			b1, e1 := gi.ReadAll(gi.LimitReader(gsr(t), n))
			b2, e2 := io.ReadAll(io.LimitReader(strings.NewReader(t), n))
			cmp.Eq("ReadAll/LimitReader"+q, []any{string(b1), cmp.Err(e1)}, []any{string(b2), cmp.Err(e2)})
			var w1, w2 bytes.Buffer
			c1, e1 := gi.CopyN(&w1, &oneByte{gsr(t)}, n)
			c2, e2 := io.CopyN(&w2, &oneByte{strings.NewReader(t)}, n)
			cmp.Eq("CopyN"+q, []any{w1.String(), c1, cmp.Err(e1)}, []any{w2.String(), c2, cmp.Err(e2)})
			if n >= 0 && n < 1<<20 {
				p1, p2 := make([]byte, n), make([]byte, n)
				r1, e1 := gi.ReadFull(&oneByte{gsr(t)}, p1)
				r2, e2 := io.ReadFull(&oneByte{strings.NewReader(t)}, p2)
				cmp.Eq("ReadFull"+q, []any{p1, r1, cmp.Err(e1)}, []any{p2, r2, cmp.Err(e2)})
				r1, e1 = gi.ReadAtLeast(gsr(t), p1, int(n/2))
				r2, e2 = io.ReadAtLeast(strings.NewReader(t), p2, int(n/2))
				cmp.Eq("ReadAtLeast"+q, []any{p1, r1, cmp.Err(e1)}, []any{p2, r2, cmp.Err(e2)})
				s1 := gi.NewSectionReader(geofAt{strings.NewReader(t)}, 2, n)
				s2 := io.NewSectionReader(strings.NewReader(t), 2, n)
				b1, e1 := gi.ReadAll(s1)
				b2, e2 := io.ReadAll(s2)
				cmp.Eq("SectionReader"+q, []any{string(b1), cmp.Err(e1), s1.Size()}, []any{string(b2), cmp.Err(e2), s2.Size()})
			}
		}
		var w1, w2, t1, t2 bytes.Buffer
		c1, e1 := gi.Copy(gi.MultiWriter(&w1, &t1), gi.MultiReader(gsr(t), &oneByte{gsr(t)}))
		c2, e2 := io.Copy(io.MultiWriter(&w2, &t2), io.MultiReader(strings.NewReader(t), &oneByte{strings.NewReader(t)}))
		cmp.Eq("Copy Multi"+q, []any{w1.String(), t1.String(), c1, cmp.Err(e1)}, []any{w2.String(), t2.String(), c2, cmp.Err(e2)})
		w1.Reset()
		w2.Reset()
		b1, _ := gi.ReadAll(gi.TeeReader(gsr(t), &w1))
		b2, _ := io.ReadAll(io.TeeReader(strings.NewReader(t), &w2))
		cmp.Eq("TeeReader"+q, []any{string(b1), w1.String()}, []any{string(b2), w2.String()})
		n1, e1 := gi.WriteString(gi.Discard, t)
		n2, e2 := io.WriteString(io.Discard, t)
		cmp.Eq("Discard"+q, []any{n1, e1}, []any{n2, e2})
		// Pipe
		pr, pw := gi.Pipe()
		go func() {
			for i := 0; i < len(t); i += 7 {
				end := i + 7
				if end > len(t) {
					end = len(t)
				}
				pw.Write([]byte(t[i:end]))
			}
			pw.CloseWithError(errors.New("done"))
		}()
		pb, pe := gi.ReadAll(pr)
		cmp.Eq("Pipe"+q, []any{string(pb), cmp.Err(pe)}, []any{t, "done"})

	}
	_, e1 := gi.ReadAll(errReader{})
	_, e2 := io.ReadAll(errReader{})
	cmp.Eq("ReadAll err", cmp.Err(e1), cmp.Err(e2))
	cmp.Eq("io errors", []string{gi.EOF.Error(), gi.ErrUnexpectedEOF.Error(), gi.ErrShortWrite.Error(), gi.ErrClosedPipe.Error(), gi.ErrNoProgress.Error(), gi.ErrShortBuffer.Error()},
		[]string{io.EOF.Error(), io.ErrUnexpectedEOF.Error(), io.ErrShortWrite.Error(), io.ErrClosedPipe.Error(), io.ErrNoProgress.Error(), io.ErrShortBuffer.Error()})
	_ = utf8.RuneError
	cmp.Done("io")
}
