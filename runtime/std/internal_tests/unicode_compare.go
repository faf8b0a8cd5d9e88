//go:build ignore

// compare: unicode
package main

import (
	"fmt"
	"unicode"

	gu "gocxx/unicode"
	"stdcheck/cmp"
)

func main() {
	var runes []rune
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, -1<<31, 1<<31-1, 0x7fff0000)
	type pred struct {
		name      string
		got, want func(rune) bool
	}
	preds := []pred{
		{"IsLetter", gu.IsLetter, unicode.IsLetter},
		{"IsDigit", gu.IsDigit, unicode.IsDigit},
		{"IsNumber", gu.IsNumber, unicode.IsNumber},
		{"IsSpace", gu.IsSpace, unicode.IsSpace},
		{"IsUpper", gu.IsUpper, unicode.IsUpper},
		{"IsLower", gu.IsLower, unicode.IsLower},
		{"IsTitle", gu.IsTitle, unicode.IsTitle},
		{"IsPunct", gu.IsPunct, unicode.IsPunct},
		{"IsPrint", gu.IsPrint, unicode.IsPrint},
		{"IsGraphic", gu.IsGraphic, unicode.IsGraphic},
		{"IsControl", gu.IsControl, unicode.IsControl},
		{"IsMark", gu.IsMark, unicode.IsMark},
		{"IsSymbol", gu.IsSymbol, unicode.IsSymbol},
	}
	type conv struct {
		name      string
		got, want func(rune) rune
	}
	convs := []conv{
		{"ToUpper", gu.ToUpper, unicode.ToUpper},
		{"ToLower", gu.ToLower, unicode.ToLower},
		{"ToTitle", gu.ToTitle, unicode.ToTitle},
		{"SimpleFold", gu.SimpleFold, unicode.SimpleFold},
		{"Turkish.ToUpper", gu.TurkishCase.ToUpper, unicode.TurkishCase.ToUpper},
		{"Turkish.ToLower", gu.TurkishCase.ToLower, unicode.TurkishCase.ToLower},
		{"Turkish.ToTitle", gu.TurkishCase.ToTitle, unicode.TurkishCase.ToTitle},
		{"To(UpperCase)", func(r rune) rune { return gu.To(gu.UpperCase, r) }, func(r rune) rune { return unicode.To(unicode.UpperCase, r) }},
		{"To(7)", func(r rune) rune { return gu.To(7, r) }, func(r rune) rune { return unicode.To(7, r) }},
	}
	for _, p := range preds {
		bad := 0
		for _, r := range runes {
			if p.got(r) != p.want(r) {
				bad++
				if bad < 5 {
					cmp.Eq(fmt.Sprintf("%s(%#x)", p.name, r), p.got(r), p.want(r))
				}
			}
		}
		cmp.Eq(p.name+" mismatches", bad, 0)
	}
	for _, c := range convs {
		bad := 0
		for _, r := range runes {
			if c.got(r) != c.want(r) {
				bad++
				if bad < 5 {
					cmp.Eq(fmt.Sprintf("%s(%#x)", c.name, r), c.got(r), c.want(r))
				}
			}
		}
		cmp.Eq(c.name+" mismatches", bad, 0)
	}
	tables := func(name string, g map[string]*gu.RangeTable, w map[string]*unicode.RangeTable) {
		for k, gt := range g {
			wt := w[k]
			if wt == nil {
				cmp.Eq(name+" has "+k, false, true)
				continue
			}
			bad := 0
			for _, r := range runes {
				if gu.Is(gt, r) != unicode.Is(wt, r) {
					bad++
				}
			}
			cmp.Eq(name+"["+k+"] mismatches", bad, 0)
		}
	}
	tables("Categories", gu.Categories, unicode.Categories)
	cmp.Eq("len(Categories)", len(gu.Categories), len(unicode.Categories))
	tables("Scripts", gu.Scripts, unicode.Scripts)
	tables("Properties", gu.Properties, unicode.Properties)
	tables("FoldCategory", gu.FoldCategory, unicode.FoldCategory)
	tables("FoldScript", gu.FoldScript, unicode.FoldScript)
	cmp.Eq("len(FoldCategory)", len(gu.FoldCategory), len(unicode.FoldCategory))
	cmp.Eq("len(CaseRanges)", len(gu.CaseRanges), len(unicode.CaseRanges))
	for i := range gu.CaseRanges {
		g, w := gu.CaseRanges[i], unicode.CaseRanges[i]
		cmp.Eq("CaseRanges", [5]int64{int64(g.Lo), int64(g.Hi), int64(g.Delta[0]), int64(g.Delta[1]), int64(g.Delta[2])},
			[5]int64{int64(w.Lo), int64(w.Hi), int64(w.Delta[0]), int64(w.Delta[1]), int64(w.Delta[2])})
	}
	bad := 0
	for _, r := range runes {
		if gu.In(r, gu.Han, gu.Latin) != unicode.In(r, unicode.Han, unicode.Latin) ||
			gu.IsOneOf([]*gu.RangeTable{gu.Greek, gu.Nd}, r) != unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Nd}, r) {
			bad++
		}
	}
	cmp.Eq("In/IsOneOf mismatches", bad, 0)
	cmp.Eq("consts", []any{gu.MaxRune, gu.ReplacementChar, gu.MaxASCII, gu.MaxLatin1, gu.Version, gu.UpperLower},
		[]any{unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version, unicode.UpperLower})
	cmp.Done("unicode")
}
