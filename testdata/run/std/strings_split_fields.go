package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	q := func(a []string) string { return fmt.Sprintf("%d%q", len(a), a) }
	fmt.Println(q(strings.Split("a,b,c", ",")))
	fmt.Println(q(strings.Split("a,b,c,", ",")))
	fmt.Println(q(strings.Split("", ",")))
	fmt.Println(q(strings.Split("abc", "")))
	fmt.Println(q(strings.Split("héllo, 世界", "")))
	fmt.Println(q(strings.Split("a--b--c", "--")))
	fmt.Println(q(strings.Split(",", ",")))
	fmt.Println(q(strings.SplitN("a,b,c,d", ",", 2)))
	fmt.Println(q(strings.SplitN("a,b,c,d", ",", 0)))
	fmt.Println(q(strings.SplitN("a,b,c,d", ",", -1)))
	fmt.Println(q(strings.SplitN("a,b,c,d", ",", 1)))
	fmt.Println(q(strings.SplitN("abcd", "", 2)))
	fmt.Println(q(strings.SplitAfter("a,b,c", ",")))
	fmt.Println(q(strings.SplitAfter("a,b,c,", ",")))
	fmt.Println(q(strings.SplitAfterN("a,b,c,d", ",", 3)))
	fmt.Println(q(strings.SplitAfter("日本語", "")))
	fmt.Println(q(strings.Fields("  foo bar\tbaz\n  qux  ")))
	fmt.Println(q(strings.Fields("")))
	fmt.Println(q(strings.Fields("   \t\n ")))
	fmt.Println(q(strings.Fields("a\u00a0b\u2003c\u3000d\x85e")))
	fmt.Println(q(strings.Fields("\xffa b\xfe")))
	fmt.Println(q(strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) })))
	fmt.Println(q(strings.FieldsFunc("", unicode.IsSpace)))
	fmt.Println(q(strings.FieldsFunc("αβγ δ", func(r rune) bool { return r == 'β' })))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Println(strings.Join(nil, ","), "|", strings.Join([]string{"x"}, ","), "|", strings.Join([]string{"", ""}, "-"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("abc", "")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(q(strings.Split("a b c", " ")), q(strings.SplitN("", "", -1)))
}
