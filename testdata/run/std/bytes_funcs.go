package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("Hello, Wörld! Hello!")
	fmt.Println(bytes.Contains(s, []byte("Wö")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'ö'))
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, '!'), bytes.LastIndexByte(s, 'l'))
	fmt.Println(bytes.IndexRune(s, 'ö'), bytes.IndexAny(s, "dW"), bytes.LastIndexAny(s, "lo"), bytes.IndexFunc(s, unicode.IsPunct), bytes.LastIndexFunc(s, unicode.IsUpper))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.HasPrefix(s, []byte("Hell")), bytes.HasSuffix(s, []byte("lo!")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.EqualFold([]byte("Gö"), []byte("gÖ")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("añb"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b\t c\n")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q %q\n", bytes.ToUpper([]byte("abcé")), bytes.ToLower([]byte("ABCÉ")))
	fmt.Printf("%q %q\n", bytes.Title([]byte("go lang")), bytes.ToTitle([]byte("go")))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace([]byte("  x y  ")), bytes.Trim([]byte("--x--"), "-"), bytes.TrimLeft([]byte("--x--"), "-"))
	fmt.Printf("%q %q %q\n", bytes.TrimRight([]byte("--x--"), "-"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")), bytes.TrimSuffix([]byte("suffix"), []byte("fix")))
	fmt.Printf("%q %q\n", bytes.TrimFunc([]byte("12ab34"), unicode.IsDigit), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q %q\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2), bytes.ReplaceAll([]byte("abab"), []byte("b"), []byte("")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Printf("%q\n", bytes.Runes([]byte("héllo\xff")))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.TrimSpace(nil) == nil, bytes.Trim(nil, "x") == nil, len(bytes.Fields(nil)))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("\uFFFD")))
	r := bytes.NewReader([]byte("reader data"))
	buf := make([]byte, 6)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf), r.Len(), r.Size())
	fmt.Println(bytes.IndexByte(nil, 'a'), bytes.Index(nil, nil), bytes.Index([]byte("abc"), []byte("abcd")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a b c"), []byte(" "), 0))
}
