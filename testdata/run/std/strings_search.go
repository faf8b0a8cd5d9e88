package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "chicken kitchen ☺ héllo"
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", ""), strings.Contains(s, "dog"))
	fmt.Println(strings.ContainsAny(s, "xyz☺"), strings.ContainsAny(s, ""), strings.ContainsAny("", "a"), strings.ContainsAny("\xff", "\ufffd"))
	fmt.Println(strings.ContainsRune(s, 'é'), strings.ContainsRune(s, 'z'), strings.ContainsRune("\xff", utf8RuneError()))
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, ""), strings.Index(s, "zz"), strings.Index(s, "héllo"), strings.Index("", "a"))
	fmt.Println(strings.LastIndex(s, "ken"), strings.LastIndex(s, ""), strings.LastIndex(s, "c"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 'Z'), strings.LastIndexByte(s, 'k'), strings.LastIndexByte(s, 'Q'))
	fmt.Println(strings.IndexRune(s, '☺'), strings.IndexRune(s, 'é'), strings.IndexRune(s, 'Z'), strings.IndexRune("a\xffb", utf8RuneError()), strings.IndexRune("abc", -1))
	fmt.Println(strings.IndexAny(s, "☺k"), strings.IndexAny(s, ""), strings.LastIndexAny(s, "kc"), strings.LastIndexAny(s, "é"), strings.IndexAny("\xffx", "\ufffd"))
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, func(r rune) bool { return r > 127 }))
	long := strings.Repeat("ab", 50) + "abc" + strings.Repeat("ab", 50)
	fmt.Println(strings.Index(long, "abc"), strings.Index(long, strings.Repeat("ab", 30)+"c"), strings.LastIndex(long, "ba"), strings.Index(long, "abcab"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("日本語", ""), strings.Count("aaaa", "aa"), strings.Count("", ""))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasPrefix(s, ""), strings.HasPrefix("", "a"), strings.HasSuffix(s, "llo"), strings.HasSuffix(s, "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("ab", "abc"), strings.EqualFold("ǅ", "ǆ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "abc"), strings.Compare("é", "e"))
	fmt.Println(strings.Index("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", "xxxxxxxxxxy"))
	fmt.Println(strings.Index("oxoxoxoxoxoxoxoxoxoxoxoyoxox", "oxoy"))
}

func utf8RuneError() rune { return '\uFFFD' }
