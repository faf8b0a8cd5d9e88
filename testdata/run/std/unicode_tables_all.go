package main

// Every code point through the classification, case and fold functions:
// checksums catch any table difference from Go's.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	type pred struct {
		name string
		f    func(rune) bool
	}
	preds := []pred{
		{"IsLetter", unicode.IsLetter}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsPunct", unicode.IsPunct}, {"IsSymbol", unicode.IsSymbol},
		{"IsMark", unicode.IsMark}, {"IsControl", unicode.IsControl}, {"IsGraphic", unicode.IsGraphic},
		{"IsPrint", unicode.IsPrint},
	}
	for _, p := range preds {
		n, h := 0, uint32(0)
		for r := rune(0); r <= unicode.MaxRune+1; r++ {
			if p.f(r) {
				n++
				h = h*31 + uint32(r)
			}
		}
		fmt.Println(p.name, n, h)
	}
	type mapper struct {
		name string
		f    func(rune) rune
	}
	maps := []mapper{
		{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold}, {"TurkishUpper", unicode.TurkishCase.ToUpper},
		{"TurkishLower", unicode.TurkishCase.ToLower},
	}
	for _, m := range maps {
		n, h := 0, uint32(0)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if v := m.f(r); v != r {
				n++
				h = h*31 + uint32(v) ^ uint32(r)
			}
		}
		fmt.Println(m.name, n, h)
	}
	names := func(m map[string]*unicode.RangeTable) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	for _, set := range []struct {
		name string
		m    map[string]*unicode.RangeTable
	}{{"Categories", unicode.Categories}, {"Scripts", unicode.Scripts}, {"Properties", unicode.Properties}, {"FoldCategory", unicode.FoldCategory}, {"FoldScript", unicode.FoldScript}} {
		ks := names(set.m)
		fmt.Println(set.name, len(ks))
		for _, k := range ks {
			n, h := 0, uint32(0)
			for r := rune(0); r <= unicode.MaxRune; r++ {
				if unicode.Is(set.m[k], r) {
					n++
					h = h*31 + uint32(r)
				}
			}
			fmt.Println(" ", k, n, h)
		}
	}
	// Whole strings of every rune through strings' case mapping.
	var sb strings.Builder
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) {
			sb.WriteRune(r)
		}
	}
	all := sb.String()
	sum := func(s string) uint32 {
		h := uint32(len(s))
		for i := 0; i < len(s); i++ {
			h = h*31 + uint32(s[i])
		}
		return h
	}
	fmt.Println(len(all), sum(strings.ToUpper(all)), sum(strings.ToLower(all)), sum(strings.ToTitle(all)), sum(strings.Title(all)))
	fmt.Println(sum(strings.ToUpperSpecial(unicode.TurkishCase, all)), sum(strings.ToValidUTF8(all+"\xff", "?")))
	fmt.Println(strings.EqualFold(strings.ToUpper(all), strings.ToLower(all)), utf8.RuneCountInString(all))
}
