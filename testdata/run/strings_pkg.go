// A tour of the strings package basics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  the quick  brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsRune("abc", 'c'), strings.ContainsAny("hi", "xyz"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("WORLD"), strings.Title("x"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.IndexAny("golang", "ny"))
}
