//go:build ignore

// compare: strings
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"unicode"

	gs "gocxx/strings"
	"stdcheck/cmp"
)

var corpus = []string{"", " ", "a", "ab", "aa", "aaa", "abc", "abcabc", "abcabcabc", "ABC", "Abc Def",
	"  hello  world  ", "\t\n x \v\f\r", "héllo", "HÉLLO", "日本語", "日本語日本", "a,b,c", ",a,,b,", "a b  c",
	"\xff\xfe", "a\xffb", "ǅ ǆ Ǆ", "ß", "ΣΑΣ", "σας", "İı", "K", "k", "ſ", "ﬃ", "x\u0301y", "🌍🌎",
	"mississippi", "ssi", "issi", "banana", "na", "ana", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
	strings.Repeat("ab", 40) + "abc", strings.Repeat("x", 100) + "yx", "0123456789", "1,2;3", "go gopher",
	"\u00a0\u2000x\u3000", "\u0085", "a\x00b", "..a..", "xxaxx"}

func randStr(r *rand.Rand) string {
	alpha := []string{"a", "b", "c", " ", ",", "é", "日", "\xff", "A", "ß", "K"}
	n := r.Intn(12)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(alpha[r.Intn(len(alpha))])
	}
	return b.String()
}

func main() {
	rnd := rand.New(rand.NewSource(2))
	strs := append([]string{}, corpus...)
	for i := 0; i < 300; i++ {
		strs = append(strs, randStr(rnd))
	}
	preds := []func(rune) bool{unicode.IsSpace, unicode.IsUpper, func(r rune) bool { return r == 'a' || r == 0xFFFD }}
	for _, s := range strs {
		q := fmt.Sprintf("(%q)", s)
		cmp.Eq("Fields"+q, gs.Fields(s), strings.Fields(s))
		cmp.Eq("ToUpper"+q, gs.ToUpper(s), strings.ToUpper(s))
		cmp.Eq("ToLower"+q, gs.ToLower(s), strings.ToLower(s))
		cmp.Eq("ToTitle"+q, gs.ToTitle(s), strings.ToTitle(s))
		cmp.Eq("Title"+q, gs.Title(s), strings.Title(s))
		cmp.Eq("ToUpperSpecial"+q, gs.ToUpperSpecial(unicode.TurkishCase, s), strings.ToUpperSpecial(unicode.TurkishCase, s))
		cmp.Eq("ToLowerSpecial"+q, gs.ToLowerSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s))
		cmp.Eq("ToTitleSpecial"+q, gs.ToTitleSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.TurkishCase, s))
		cmp.Eq("TrimSpace"+q, gs.TrimSpace(s), strings.TrimSpace(s))
		cmp.Eq("Clone"+q, gs.Clone(s), strings.Clone(s))
		cmp.Eq("ToValidUTF8"+q, gs.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, "?"))
		cmp.Eq("ToValidUTF8 empty"+q, gs.ToValidUTF8(s, ""), strings.ToValidUTF8(s, ""))
		for k := -1; k < 4; k++ {
			cmp.Eq(fmt.Sprintf("Repeat%s%d", q, k), cmp.Panics(func() { gs.Repeat(s, k) }), cmp.Panics(func() { strings.Repeat(s, k) }))
			if k >= 0 {
				cmp.Eq("Repeat"+q, gs.Repeat(s, k), strings.Repeat(s, k))
			}
		}
		for pi, p := range preds {
			pq := fmt.Sprintf("%s#%d", q, pi)
			cmp.Eq("FieldsFunc"+pq, gs.FieldsFunc(s, p), strings.FieldsFunc(s, p))
			cmp.Eq("IndexFunc"+pq, gs.IndexFunc(s, p), strings.IndexFunc(s, p))
			cmp.Eq("LastIndexFunc"+pq, gs.LastIndexFunc(s, p), strings.LastIndexFunc(s, p))
			cmp.Eq("TrimFunc"+pq, gs.TrimFunc(s, p), strings.TrimFunc(s, p))
			cmp.Eq("TrimLeftFunc"+pq, gs.TrimLeftFunc(s, p), strings.TrimLeftFunc(s, p))
			cmp.Eq("TrimRightFunc"+pq, gs.TrimRightFunc(s, p), strings.TrimRightFunc(s, p))
		}
		mapper := func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'b' {
				return 'β'
			}
			return unicode.ToUpper(r)
		}
		cmp.Eq("Map"+q, gs.Map(mapper, s), strings.Map(mapper, s))
		for _, r := range []rune{'a', 'é', '日', 0xFFFD, -1, 0x110000, 0xD800, ' '} {
			rq := fmt.Sprintf("%s,%q", q, r)
			cmp.Eq("IndexRune"+rq, gs.IndexRune(s, r), strings.IndexRune(s, r))
			cmp.Eq("ContainsRune"+rq, gs.ContainsRune(s, r), strings.ContainsRune(s, r))
		}
		for _, c := range []byte{'a', ' ', 0xff, 0} {
			cmp.Eq("IndexByte"+q, gs.IndexByte(s, c), strings.IndexByte(s, c))
			cmp.Eq("LastIndexByte"+q, gs.LastIndexByte(s, c), strings.LastIndexByte(s, c))
		}
		// Reader
		{
			g, w := gs.NewReader(s), strings.NewReader(s)
			for step := 0; step < 30; step++ {
				op := (step*7 + len(s)) % 7
				switch op {
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
				cmp.Eq("Reader.Size"+q, g.Size(), w.Size())
			}
			g.Reset(s + "xyz")
			w.Reset(s + "xyz")
			var b1, b2 bytes.Buffer
			n1, e1 := g.WriteTo(&b1)
			n2, e2 := w.WriteTo(&b2)
			cmp.Eq("Reader.WriteTo"+q, []any{b1.String(), n1, cmp.Err(e1)}, []any{b2.String(), n2, cmp.Err(e2)})
			all, _ := io.ReadAll(gs.NewReader(s))
			cmp.Eq("ReadAll"+q, string(all), s)
		}
	}
	pairs := 0
	for _, s := range strs {
		for _, t := range strs {
			if len(t) > 12 && len(s) < 10 {
				continue
			}
			pairs++
			q := fmt.Sprintf("(%q,%q)", s, t)
			cmp.Eq("Compare"+q, gs.Compare(s, t), strings.Compare(s, t))
			cmp.Eq("Contains"+q, gs.Contains(s, t), strings.Contains(s, t))
			cmp.Eq("ContainsAny"+q, gs.ContainsAny(s, t), strings.ContainsAny(s, t))
			cmp.Eq("Count"+q, gs.Count(s, t), strings.Count(s, t))
			a1, b1, c1 := gs.Cut(s, t)
			a2, b2, c2 := strings.Cut(s, t)
			cmp.Eq("Cut"+q, []any{a1, b1, c1}, []any{a2, b2, c2})
			cmp.Eq("EqualFold"+q, gs.EqualFold(s, t), strings.EqualFold(s, t))
			cmp.Eq("HasPrefix"+q, gs.HasPrefix(s, t), strings.HasPrefix(s, t))
			cmp.Eq("HasSuffix"+q, gs.HasSuffix(s, t), strings.HasSuffix(s, t))
			cmp.Eq("Index"+q, gs.Index(s, t), strings.Index(s, t))
			cmp.Eq("IndexAny"+q, gs.IndexAny(s, t), strings.IndexAny(s, t))
			cmp.Eq("LastIndex"+q, gs.LastIndex(s, t), strings.LastIndex(s, t))
			cmp.Eq("LastIndexAny"+q, gs.LastIndexAny(s, t), strings.LastIndexAny(s, t))
			cmp.Eq("Split"+q, gs.Split(s, t), strings.Split(s, t))
			cmp.Eq("SplitAfter"+q, gs.SplitAfter(s, t), strings.SplitAfter(s, t))
			for n := -1; n < 4; n++ {
				cmp.Eq(fmt.Sprintf("SplitN%s%d", q, n), gs.SplitN(s, t, n), strings.SplitN(s, t, n))
				cmp.Eq(fmt.Sprintf("SplitAfterN%s%d", q, n), gs.SplitAfterN(s, t, n), strings.SplitAfterN(s, t, n))
				cmp.Eq(fmt.Sprintf("Replace%s%d", q, n), gs.Replace(s, t, "<>", n), strings.Replace(s, t, "<>", n))
			}
			cmp.Eq("ReplaceAll"+q, gs.ReplaceAll(s, t, "_"), strings.ReplaceAll(s, t, "_"))
			cmp.Eq("Trim"+q, gs.Trim(s, t), strings.Trim(s, t))
			cmp.Eq("TrimLeft"+q, gs.TrimLeft(s, t), strings.TrimLeft(s, t))
			cmp.Eq("TrimRight"+q, gs.TrimRight(s, t), strings.TrimRight(s, t))
			cmp.Eq("TrimPrefix"+q, gs.TrimPrefix(s, t), strings.TrimPrefix(s, t))
			cmp.Eq("TrimSuffix"+q, gs.TrimSuffix(s, t), strings.TrimSuffix(s, t))
			cmp.Eq("Join"+q, gs.Join([]string{s, t, s}, t), strings.Join([]string{s, t, s}, t))
		}
	}
	cmp.Eq("Join nil", gs.Join(nil, ","), strings.Join(nil, ","))
	cmp.Eq("Join 1", gs.Join([]string{"x"}, ","), strings.Join([]string{"x"}, ","))
	// Replacer: byte, byte-string, generic and single-string variants.
	repls := [][]string{{"a", "1", "b", "2"}, {"a", "1", "b", "22"}, {"aaa", "3", "aa", "2", "a", "1"},
		{"", "X"}, {"", "X", "o", "O"}, {"abc", "x"}, {"日本", "Japan", "語", "go"}, {"a", "A", "a", "B"},
		{"ss", "ß", "i", "I"}, {"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;"}}
	for _, rp := range repls {
		g, w := gs.NewReplacer(rp...), strings.NewReplacer(rp...)
		for _, s := range strs {
			q := fmt.Sprintf("(%q,%q)", rp, s)
			cmp.Eq("Replacer.Replace"+q, g.Replace(s), w.Replace(s))
			var b1, b2 bytes.Buffer
			n1, e1 := g.WriteString(&b1, s)
			n2, e2 := w.WriteString(&b2, s)
			cmp.Eq("Replacer.WriteString"+q, []any{b1.String(), n1, cmp.Err(e1)}, []any{b2.String(), n2, cmp.Err(e2)})
		}
	}
	var zg gs.Replacer
	var zw strings.Replacer
	cmp.Eq("zero Replacer", zg.Replace("abc"), zw.Replace("abc"))
	cmp.Eq("NewReplacer odd", cmp.Panics(func() { gs.NewReplacer("a") }), cmp.Panics(func() { strings.NewReplacer("a") }))
	// Builder
	{
		var g gs.Builder
		var w strings.Builder
		for i, s := range strs {
			switch i % 4 {
			case 0:
				g.WriteString(s)
				w.WriteString(s)
			case 1:
				g.Write([]byte(s))
				w.Write([]byte(s))
			case 2:
				n1, e1 := g.WriteRune(rune(i * 37))
				n2, e2 := w.WriteRune(rune(i * 37))
				cmp.Eq("Builder.WriteRune", []any{n1, e1}, []any{n2, e2})
			case 3:
				g.WriteByte(byte(i))
				w.WriteByte(byte(i))
				g.Grow(i)
				w.Grow(i)
			}
			cmp.Eq("Builder.String", g.String(), w.String())
			cmp.Eq("Builder.Len", g.Len(), w.Len())
		}
		g.Reset()
		w.Reset()
		cmp.Eq("Builder.Reset", g.String(), w.String())
		cmp.Eq("Builder.Grow(-1)", cmp.Panics(func() { g.Grow(-1) }), cmp.Panics(func() { w.Grow(-1) }))
		var g2 gs.Builder
		g2.WriteString("x")
		g3 := g2
		cmp.Eq("Builder copy", cmp.Panics(func() { g3.WriteString("y") }), "strings: illegal use of non-zero Builder copied by value")
	}
	fmt.Println("pairs:", pairs)
	cmp.Done("strings")
}
