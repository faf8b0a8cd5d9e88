package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("hello, wörld ß ǆ ﬀ ı i"), strings.ToLower("HELLO, WÖRLD İ Σ ǅ"))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ABC"), strings.ToUpper(""), strings.ToLower("already lower"))
	fmt.Printf("%q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("A\xc0B"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("ǆungla"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL"))
	fmt.Printf("%q\n", strings.Repeat("ab", 3)+strings.Repeat("x", 0)+strings.Repeat("", 5))
	func() {
		defer func() { fmt.Println("repeat neg:", recover()) }()
		strings.Repeat("x", -1)
	}()
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Printf("%q\n", strings.ReplaceAll("banana", "a", ""))
	fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("日本", "", "|", 2))
	fmt.Printf("%q\n", strings.Replace("abc", "x", "y", -1))
	fmt.Printf("%q\n", strings.Replace("aaa", "a", "b", 0))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">go</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "HI", "world", "EARTH", "", "_")
	fmt.Println(r3.Replace("hello world"))
	r4 := strings.NewReplacer("abc", "x", "b", "y")
	fmt.Println(r4.Replace("abcbab"))
	r5 := strings.NewReplacer("a", "A", "b", "B")
	fmt.Println(r5.Replace("abcabc"))
	r6 := strings.NewReplacer("x", "")
	fmt.Println(r6.Replace("xaxbx"))
	var sb strings.Builder
	n, err := r.WriteString(&sb, "1 < 2 & 3 > 2")
	fmt.Println(sb.String(), n, err)
	func() {
		defer func() { fmt.Println("odd:", recover()) }()
		strings.NewReplacer("a")
	}()
	fmt.Printf("[%s][%s][%s]\n", strings.TrimSpace("  \t hi there \n "), strings.TrimSpace(""), strings.TrimSpace("\u00a0x\u2000"))
	fmt.Printf("[%s][%s][%s]\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("[%s][%s][%s]\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.Trim("abc", ""), strings.Trim("", "a"))
	fmt.Printf("[%s][%s]\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"))
	fmt.Printf("[%s][%s]\n", strings.TrimSuffix("file.go", ".go"), strings.TrimSuffix("file.go", ".c"))
	fmt.Printf("[%s][%s][%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	fmt.Printf("[%q]\n", strings.Trim("\xffabc\xff", "\ufffd"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r == 'b' {
			return '世'
		}
		return r
	}, "abcabc"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Println(strings.Title("ǆ hello_world o'neil"), strings.Clone("cl"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xc0\xafc", "?"), strings.ToValidUTF8("ok", "?"))
}
