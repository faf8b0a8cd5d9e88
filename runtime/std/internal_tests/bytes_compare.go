//go:build ignore

// compare: bytes
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"

	gb "gocxx/bytes"
	"stdcheck/cmp"
)

var corpus = []string{"", " ", "a", "ab", "aa", "aaa", "abc", "abcabc", "ABC", "Abc Def",
	"  hello  world  ", "\t\n x \v\f\r", "héllo", "HÉLLO", "日本語", "a,b,c", ",a,,b,", "a b  c",
	"\xff\xfe", "a\xffb", "ǅ ǆ Ǆ", "ß", "ΣΑΣ", "İı", "K", "k", "ſ", "🌍🌎", "mississippi", "ssi", "issi",
	strings.Repeat("ab", 40) + "abc", strings.Repeat("x", 100) + "yx", "\u00a0\u2000x\u3000", "a\x00b", "..a..", "xxaxx"}

func randStr(r *rand.Rand) string {
	alpha := []string{"a", "b", "c", " ", ",", "é", "日", "\xff", "A", "ß", "K"}
	n := r.Intn(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(alpha[r.Intn(len(alpha))])
	}
	return b.String()
}

// nilMode makes bs return nil for "" (the second pass over all inputs).
var nilMode bool

func bs(s string) []byte {
	if s == "" && nilMode {
		return nil
	}
	return []byte(s)
}

func main() {
	rnd := rand.New(rand.NewSource(3))
	strs := append([]string{}, corpus...)
	for i := 0; i < 200; i++ {
		strs = append(strs, randStr(rnd))
	}
	preds := []func(rune) bool{unicode.IsSpace, unicode.IsUpper, func(r rune) bool { return r == 'a' || r == 0xFFFD }}
	for pass := 0; pass < 2; pass++ {
		nilMode = pass == 1
		for _, s := range strs {
			q := fmt.Sprintf("(%q)", s)
			cmp.Eq("Fields"+q, gb.Fields(bs(s)), bytes.Fields(bs(s)))
			cmp.Eq("ToUpper"+q, gb.ToUpper(bs(s)), bytes.ToUpper(bs(s)))
			cmp.Eq("ToLower"+q, gb.ToLower(bs(s)), bytes.ToLower(bs(s)))
			cmp.Eq("ToTitle"+q, gb.ToTitle(bs(s)), bytes.ToTitle(bs(s)))
			cmp.Eq("Title"+q, gb.Title(bs(s)), bytes.Title(bs(s)))
			cmp.Eq("ToUpperSpecial"+q, gb.ToUpperSpecial(unicode.TurkishCase, bs(s)), bytes.ToUpperSpecial(unicode.TurkishCase, bs(s)))
			cmp.Eq("TrimSpace"+q, gb.TrimSpace(bs(s)), bytes.TrimSpace(bs(s)))
			cmp.Eq("Runes"+q, gb.Runes(bs(s)), bytes.Runes(bs(s)))
			cmp.Eq("ToValidUTF8"+q, gb.ToValidUTF8(bs(s), []byte("?")), bytes.ToValidUTF8(bs(s), []byte("?")))
			for k := 0; k < 3; k++ {
				cmp.Eq("Repeat"+q, gb.Repeat(bs(s), k), bytes.Repeat(bs(s), k))
			}
			cmp.Eq("Repeat(-1)"+q, cmp.Panics(func() { gb.Repeat(bs(s), -1) }), cmp.Panics(func() { bytes.Repeat(bs(s), -1) }))
			for pi, p := range preds {
				pq := fmt.Sprintf("%s#%d", q, pi)
				cmp.Eq("FieldsFunc"+pq, gb.FieldsFunc(bs(s), p), bytes.FieldsFunc(bs(s), p))
				cmp.Eq("IndexFunc"+pq, gb.IndexFunc(bs(s), p), bytes.IndexFunc(bs(s), p))
				cmp.Eq("LastIndexFunc"+pq, gb.LastIndexFunc(bs(s), p), bytes.LastIndexFunc(bs(s), p))
				cmp.Eq("TrimFunc"+pq, gb.TrimFunc(bs(s), p), bytes.TrimFunc(bs(s), p))
				cmp.Eq("TrimLeftFunc"+pq, gb.TrimLeftFunc(bs(s), p), bytes.TrimLeftFunc(bs(s), p))
				cmp.Eq("TrimRightFunc"+pq, gb.TrimRightFunc(bs(s), p), bytes.TrimRightFunc(bs(s), p))
			}
			mapper := func(r rune) rune {
				if r == 'a' {
					return -1
				}
				return unicode.ToUpper(r)
			}
			cmp.Eq("Map"+q, gb.Map(mapper, bs(s)), bytes.Map(mapper, bs(s)))
			for _, r := range []rune{'a', 'é', '日', 0xFFFD, -1, 0x110000, 0xD800} {
				cmp.Eq("IndexRune"+q, gb.IndexRune(bs(s), r), bytes.IndexRune(bs(s), r))
				cmp.Eq("ContainsRune"+q, gb.ContainsRune(bs(s), r), bytes.ContainsRune(bs(s), r))
			}
			for _, c := range []byte{'a', ' ', 0xff} {
				cmp.Eq("IndexByte"+q, gb.IndexByte(bs(s), c), bytes.IndexByte(bs(s), c))
				cmp.Eq("LastIndexByte"+q, gb.LastIndexByte(bs(s), c), bytes.LastIndexByte(bs(s), c))
			}
			{
				g, w := gb.NewReader(bs(s)), bytes.NewReader(bs(s))
				for step := 0; step < 30; step++ {
					switch (step*5 + len(s)) % 7 {
					case 0:
						b1, e1 := g.ReadByte()
						b2, e2 := w.ReadByte()
						cmp.Eq("Reader.ReadByte"+q, []any{b1, cmp.Err(e1)}, []any{b2, cmp.Err(e2)})
					case 1:
						r1, n1, e1 := g.ReadRune()
						r2, n2, e2 := w.ReadRune()
						cmp.Eq("Reader.ReadRune"+q, []any{r1, n1, cmp.Err(e1)}, []any{r2, n2, cmp.Err(e2)})
					case 2:
						cmp.Eq("Reader.UnreadRune"+q, cmp.Err(g.UnreadRune()), cmp.Err(w.UnreadRune()))
					case 3:
						cmp.Eq("Reader.UnreadByte"+q, cmp.Err(g.UnreadByte()), cmp.Err(w.UnreadByte()))
					case 4:
						p1, p2 := make([]byte, 3), make([]byte, 3)
						n1, e1 := g.Read(p1)
						n2, e2 := w.Read(p2)
						cmp.Eq("Reader.Read"+q, []any{p1, n1, cmp.Err(e1)}, []any{p2, n2, cmp.Err(e2)})
					case 5:
						o1, e1 := g.Seek(int64(step%5-1), step%3)
						o2, e2 := w.Seek(int64(step%5-1), step%3)
						cmp.Eq("Reader.Seek"+q, []any{o1, cmp.Err(e1)}, []any{o2, cmp.Err(e2)})
					case 6:
						p1, p2 := make([]byte, 4), make([]byte, 4)
						n1, e1 := g.ReadAt(p1, int64(step%6-1))
						n2, e2 := w.ReadAt(p2, int64(step%6-1))
						cmp.Eq("Reader.ReadAt"+q, []any{p1, n1, cmp.Err(e1)}, []any{p2, n2, cmp.Err(e2)})
					}
					cmp.Eq("Reader.Len"+q, g.Len(), w.Len())
				}
			}
		}
		for _, s := range strs {
			for _, t := range strs {
				if len(t) > 12 && len(s) < 10 {
					continue
				}
				q := fmt.Sprintf("(%q,%q)", s, t)
				cmp.Eq("Compare"+q, gb.Compare(bs(s), bs(t)), bytes.Compare(bs(s), bs(t)))
				cmp.Eq("Equal"+q, gb.Equal(bs(s), bs(t)), bytes.Equal(bs(s), bs(t)))
				cmp.Eq("Contains"+q, gb.Contains(bs(s), bs(t)), bytes.Contains(bs(s), bs(t)))
				cmp.Eq("ContainsAny"+q, gb.ContainsAny(bs(s), t), bytes.ContainsAny(bs(s), t))
				cmp.Eq("Count"+q, gb.Count(bs(s), bs(t)), bytes.Count(bs(s), bs(t)))
				a1, b1, c1 := gb.Cut(bs(s), bs(t))
				a2, b2, c2 := bytes.Cut(bs(s), bs(t))
				cmp.Eq("Cut"+q, []any{a1, b1, c1}, []any{a2, b2, c2})
				cmp.Eq("EqualFold"+q, gb.EqualFold(bs(s), bs(t)), bytes.EqualFold(bs(s), bs(t)))
				cmp.Eq("HasPrefix"+q, gb.HasPrefix(bs(s), bs(t)), bytes.HasPrefix(bs(s), bs(t)))
				cmp.Eq("HasSuffix"+q, gb.HasSuffix(bs(s), bs(t)), bytes.HasSuffix(bs(s), bs(t)))
				cmp.Eq("Index"+q, gb.Index(bs(s), bs(t)), bytes.Index(bs(s), bs(t)))
				cmp.Eq("IndexAny"+q, gb.IndexAny(bs(s), t), bytes.IndexAny(bs(s), t))
				cmp.Eq("LastIndex"+q, gb.LastIndex(bs(s), bs(t)), bytes.LastIndex(bs(s), bs(t)))
				cmp.Eq("LastIndexAny"+q, gb.LastIndexAny(bs(s), t), bytes.LastIndexAny(bs(s), t))
				cmp.Eq("Split"+q, gb.Split(bs(s), bs(t)), bytes.Split(bs(s), bs(t)))
				cmp.Eq("SplitAfter"+q, gb.SplitAfter(bs(s), bs(t)), bytes.SplitAfter(bs(s), bs(t)))
				for n := -1; n < 3; n++ {
					cmp.Eq("SplitN"+q, gb.SplitN(bs(s), bs(t), n), bytes.SplitN(bs(s), bs(t), n))
					cmp.Eq("SplitAfterN"+q, gb.SplitAfterN(bs(s), bs(t), n), bytes.SplitAfterN(bs(s), bs(t), n))
					cmp.Eq("Replace"+q, gb.Replace(bs(s), bs(t), []byte("<>"), n), bytes.Replace(bs(s), bs(t), []byte("<>"), n))
				}
				cmp.Eq("ReplaceAll"+q, gb.ReplaceAll(bs(s), bs(t), nil), bytes.ReplaceAll(bs(s), bs(t), nil))
				cmp.Eq("Trim"+q, gb.Trim(bs(s), t), bytes.Trim(bs(s), t))
				cmp.Eq("TrimLeft"+q, gb.TrimLeft(bs(s), t), bytes.TrimLeft(bs(s), t))
				cmp.Eq("TrimRight"+q, gb.TrimRight(bs(s), t), bytes.TrimRight(bs(s), t))
				cmp.Eq("TrimPrefix"+q, gb.TrimPrefix(bs(s), bs(t)), bytes.TrimPrefix(bs(s), bs(t)))
				cmp.Eq("TrimSuffix"+q, gb.TrimSuffix(bs(s), bs(t)), bytes.TrimSuffix(bs(s), bs(t)))
				cmp.Eq("Join"+q, gb.Join([][]byte{bs(s), bs(t)}, bs(t)), bytes.Join([][]byte{bs(s), bs(t)}, bs(t)))
			}
		}
	}
	// Buffer: a random walk of operations on both.
	for seed := int64(0); seed < 200; seed++ {
		r := rand.New(rand.NewSource(seed))
		init := strs[r.Intn(len(strs))]
		g, w := gb.NewBufferString(init), bytes.NewBufferString(init)
		if seed%2 == 0 {
			g, w = gb.NewBuffer(bs(init)), bytes.NewBuffer(bs(init))
		}
		for step := 0; step < 60; step++ {
			op := r.Intn(18)
			arg := strs[r.Intn(len(strs))]
			n := r.Intn(8) - 1
			q := fmt.Sprintf("seed %d step %d op %d", seed, step, op)
			switch op {
			case 0:
				n1, e1 := g.WriteString(arg)
				n2, e2 := w.WriteString(arg)
				cmp.Eq(q, []any{n1, e1}, []any{n2, e2})
			case 1:
				n1, e1 := g.Write(bs(arg))
				n2, e2 := w.Write(bs(arg))
				cmp.Eq(q, []any{n1, e1}, []any{n2, e2})
			case 2:
				cmp.Eq(q, g.WriteByte(arg0(arg)), w.WriteByte(arg0(arg)))
			case 3:
				n1, e1 := g.WriteRune(rune(n * 1000))
				n2, e2 := w.WriteRune(rune(n * 1000))
				cmp.Eq(q, []any{n1, e1}, []any{n2, e2})
			case 4:
				p1, p2 := make([]byte, n+1), make([]byte, n+1)
				n1, e1 := g.Read(p1)
				n2, e2 := w.Read(p2)
				cmp.Eq(q, []any{p1, n1, cmp.Err(e1)}, []any{p2, n2, cmp.Err(e2)})
			case 5:
				b1, e1 := g.ReadByte()
				b2, e2 := w.ReadByte()
				cmp.Eq(q, []any{b1, cmp.Err(e1)}, []any{b2, cmp.Err(e2)})
			case 6:
				r1, s1, e1 := g.ReadRune()
				r2, s2, e2 := w.ReadRune()
				cmp.Eq(q, []any{r1, s1, cmp.Err(e1)}, []any{r2, s2, cmp.Err(e2)})
			case 7:
				cmp.Eq(q, cmp.Err(g.UnreadByte()), cmp.Err(w.UnreadByte()))
			case 8:
				cmp.Eq(q, cmp.Err(g.UnreadRune()), cmp.Err(w.UnreadRune()))
			case 9:
				b1, e1 := g.ReadBytes(arg0(arg))
				b2, e2 := w.ReadBytes(arg0(arg))
				cmp.Eq(q, []any{b1, cmp.Err(e1)}, []any{b2, cmp.Err(e2)})
			case 10:
				b1, e1 := g.ReadString(arg0(arg))
				b2, e2 := w.ReadString(arg0(arg))
				cmp.Eq(q, []any{b1, cmp.Err(e1)}, []any{b2, cmp.Err(e2)})
			case 11:
				if n >= 0 {
					cmp.Eq(q, g.Next(n), w.Next(n))
				}
			case 12:
				if n <= g.Len() {
					cmp.Eq(q, cmp.Panics(func() { g.Truncate(n) }), cmp.Panics(func() { w.Truncate(n) }))
				}
			case 13:
				g.Grow(n + 1)
				w.Grow(n + 1)
			case 14:
				n1, e1 := g.ReadFrom(strings.NewReader(arg))
				n2, e2 := w.ReadFrom(strings.NewReader(arg))
				cmp.Eq(q, []any{n1, cmp.Err(e1)}, []any{n2, cmp.Err(e2)})
			case 15:
				var s1, s2 strings.Builder
				n1, e1 := g.WriteTo(&s1)
				n2, e2 := w.WriteTo(&s2)
				cmp.Eq(q, []any{s1.String(), n1, cmp.Err(e1)}, []any{s2.String(), n2, cmp.Err(e2)})
			case 16:
				if r.Intn(4) == 0 {
					g.Reset()
					w.Reset()
				}
			case 17:
				all1, e1 := io.ReadAll(io.LimitReader(g, int64(n)))
				all2, e2 := io.ReadAll(io.LimitReader(w, int64(n)))
				cmp.Eq(q, []any{all1, cmp.Err(e1)}, []any{all2, cmp.Err(e2)})
			}
			cmp.Eq(q+" Bytes", g.Bytes(), w.Bytes())
			cmp.Eq(q+" String", g.String(), w.String())
			cmp.Eq(q+" Len", g.Len(), w.Len())
		}
	}
	var nb *gb.Buffer
	cmp.Eq("nil Buffer String", nb.String(), "<nil>")
	cmp.Eq("MinRead", gb.MinRead, bytes.MinRead)
	cmp.Eq("ErrTooLarge", gb.ErrTooLarge, bytes.ErrTooLarge)
	cmp.Done("bytes")
}

func arg0(s string) byte {
	if s == "" {
		return 'a'
	}
	return s[0]
}
