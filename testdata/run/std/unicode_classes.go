package main

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u00a0', '\u0085', '\u2028', 'é', 'É', 'ß', 'Σ', 'σ', 'ς', 'ǅ', '世', '٣', '½', 'Ⅻ', '!', '$', '+', '\u0300', '\u200b', 0x7f, '\x00', 'İ', 'ı', 'K', '\u212a', 'ﬀ', '😀', -1, 0x110000, '_', '€', 'µ', 'ǈ'}
	for _, r := range rs {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v S%v P%v Sy%v M%v C%v G%v Pr%v -> up %U lo %U ti %U fold %U\n",
			r, b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)),
			b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsPunct(r)),
			b(unicode.IsSymbol(r)), b(unicode.IsMark(r)), b(unicode.IsControl(r)), b(unicode.IsGraphic(r)), b(unicode.IsPrint(r)),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Σ'), unicode.In('x', unicode.Han, unicode.Latin), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '3'))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.MaxRune, unicode.ReplacementChar)
	r := 'k'
	for i := 0; i < 4; i++ {
		r = unicode.SimpleFold(r)
		fmt.Printf("%U ", r)
	}
	fmt.Println()
	fmt.Println(unicode.Version)
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
