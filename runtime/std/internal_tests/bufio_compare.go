//go:build ignore

// compare: bufio path
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	gb "gocxx/bufio"
	gp "gocxx/path"
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

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("boom") }

func main() {
	texts := []string{"", "a", "hello world", "line1\nline2\r\nline3", strings.Repeat("abcdefghij", 1000), "héllo 世界\n\xff\xfe end",
		"  spaced   words \t here\n\n", "no newline at end", "\n\n\n", strings.Repeat("x", 70000) + "\nshort\n", "a\rb\r\n"}
	for _, t := range texts {
		q := fmt.Sprintf("%.20q", t)
		// bufio.Scanner with each split function and small buffers.
		splits := []struct {
			g gb.SplitFunc
			w bufio.SplitFunc
		}{{gb.ScanLines, bufio.ScanLines}, {gb.ScanWords, bufio.ScanWords}, {gb.ScanRunes, bufio.ScanRunes}, {gb.ScanBytes, bufio.ScanBytes}}
		for si, sp := range splits {
			for _, max := range []int{0, 16, 100} {
				g := gb.NewScanner(&oneByte{strings.NewReader(t)})
				w := bufio.NewScanner(&oneByte{strings.NewReader(t)})
				g.Split(sp.g)
				w.Split(sp.w)
				if max > 0 {
					g.Buffer(make([]byte, 4), max)
					w.Buffer(make([]byte, 4), max)
				}
				var gt, wt []string
				for g.Scan() {
					gt = append(gt, g.Text())
				}
				for w.Scan() {
					wt = append(wt, w.Text())
				}
				cmp.Eq(fmt.Sprintf("Scanner %d %d %s", si, max, q), []any{gt, cmp.Err(g.Err())}, []any{wt, cmp.Err(w.Err())})
			}
		}
		// bufio.Reader
		for _, size := range []int{1, 16, 4096} {
			g := gb.NewReaderSize(&oneByte{strings.NewReader(t)}, size)
			w := bufio.NewReaderSize(&oneByte{strings.NewReader(t)}, size)
			for step := 0; step < 40; step++ {
				var a, b []any
				switch step % 9 {
				case 0:
					s1, e1 := g.ReadString('\n')
					s2, e2 := w.ReadString('\n')
					a, b = []any{s1, cmp.Err(e1)}, []any{s2, cmp.Err(e2)}
				case 1:
					l1, p1, e1 := g.ReadLine()
					l2, p2, e2 := w.ReadLine()
					a, b = []any{string(l1), p1, cmp.Err(e1)}, []any{string(l2), p2, cmp.Err(e2)}
				case 2:
					r1, s1, e1 := g.ReadRune()
					r2, s2, e2 := w.ReadRune()
					a, b = []any{r1, s1, cmp.Err(e1)}, []any{r2, s2, cmp.Err(e2)}
				case 3:
					a, b = []any{cmp.Err(g.UnreadRune())}, []any{cmp.Err(w.UnreadRune())}
				case 4:
					p1, e1 := g.Peek(3)
					p2, e2 := w.Peek(3)
					a, b = []any{string(p1), cmp.Err(e1)}, []any{string(p2), cmp.Err(e2)}
				case 5:
					c1, e1 := g.ReadByte()
					c2, e2 := w.ReadByte()
					a, b = []any{c1, cmp.Err(e1), cmp.Err(g.UnreadByte())}, []any{c2, cmp.Err(e2), cmp.Err(w.UnreadByte())}
				case 6:
					d1, e1 := g.Discard(5)
					d2, e2 := w.Discard(5)
					a, b = []any{d1, cmp.Err(e1)}, []any{d2, cmp.Err(e2)}
				case 7:
					s1, e1 := g.ReadBytes(' ')
					s2, e2 := w.ReadBytes(' ')
					a, b = []any{string(s1), cmp.Err(e1)}, []any{string(s2), cmp.Err(e2)}
				case 8:
					p1, p2 := make([]byte, 5), make([]byte, 5)
					n1, e1 := g.Read(p1)
					n2, e2 := w.Read(p2)
					a, b = []any{p1, n1, cmp.Err(e1)}, []any{p2, n2, cmp.Err(e2)}
				}
				cmp.Eq(fmt.Sprintf("Reader %d step %d %s", size, step, q), a, b)
				cmp.Eq("Buffered", g.Buffered(), w.Buffered())
			}
			var o1, o2 bytes.Buffer
			c1, e1 := g.WriteTo(&o1)
			c2, e2 := w.WriteTo(&o2)
			cmp.Eq("Reader.WriteTo"+q, []any{o1.String(), c1, cmp.Err(e1)}, []any{o2.String(), c2, cmp.Err(e2)})
		}
		// bufio.Writer
		for _, size := range []int{1, 16, 4096} {
			var o1, o2 bytes.Buffer
			g := gb.NewWriterSize(&o1, size)
			w := bufio.NewWriterSize(&o2, size)
			g.WriteString(t)
			w.WriteString(t)
			g.WriteByte('!')
			w.WriteByte('!')
			g.WriteRune('世')
			w.WriteRune('世')
			g.Write([]byte(t))
			w.Write([]byte(t))
			cmp.Eq("Writer before flush", []any{o1.String(), g.Buffered(), g.Available()}, []any{o2.String(), w.Buffered(), w.Available()})
			g.ReadFrom(strings.NewReader(t))
			w.ReadFrom(strings.NewReader(t))
			cmp.Eq("Writer.Flush", []any{cmp.Err(g.Flush()), o1.String()}, []any{cmp.Err(w.Flush()), o2.String()})
		}
	}
	sc := gb.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	for sc.Scan() {
	}
	cmp.Eq("Scanner too long", cmp.Err(sc.Err()), "bufio.Scanner: token too long")
	// path
	paths := []string{"", ".", "..", "/", "//", "a", "a/b", "/a/b/", "a/../b", "a/./b/../../c", "/../x", "a//b", "abc/def.txt", "x.tar.gz", "/a/b/c.", ".hidden", "a/b/"}
	for _, p := range paths {
		cmp.Eq("Clean "+p, gp.Clean(p), path.Clean(p))
		cmp.Eq("Base "+p, gp.Base(p), path.Base(p))
		cmp.Eq("Dir "+p, gp.Dir(p), path.Dir(p))
		cmp.Eq("Ext "+p, gp.Ext(p), path.Ext(p))
		cmp.Eq("IsAbs "+p, gp.IsAbs(p), path.IsAbs(p))
		d1, f1 := gp.Split(p)
		d2, f2 := path.Split(p)
		cmp.Eq("Split "+p, []string{d1, f1}, []string{d2, f2})
		for _, r := range paths {
			cmp.Eq("Join", gp.Join(p, r), path.Join(p, r))
		}
		for _, pat := range []string{"*", "a*", "a/*", "[a-c]*", "?", "\\*", "[", "a/[!b]", "*.txt", "[^a]*"} {
			m1, e1 := gp.Match(pat, p)
			m2, e2 := path.Match(pat, p)
			cmp.Eq("Match "+pat+" "+p, []any{m1, cmp.Err(e1)}, []any{m2, cmp.Err(e2)})
		}
	}
	cmp.Done("bufio, path")
}
