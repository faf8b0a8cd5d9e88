//go:build ignore

// compare: unicode/utf8
package main

import (
	"fmt"
	"math/rand"
	"unicode/utf8"

	gu "gocxx/unicode/utf8"
	"stdcheck/cmp"
)

func main() {
	var inputs [][]byte
	inputs = append(inputs, nil, []byte{}, []byte("héllo, 世界 🌍"), []byte("\xff\xfe"), []byte("\xed\xa0\x80"))
	for a := 0; a < 256; a++ {
		inputs = append(inputs, []byte{byte(a)})
		for b := 0; b < 256; b++ {
			inputs = append(inputs, []byte{byte(a), byte(b)})
		}
	}
	rnd := rand.New(rand.NewSource(1))
	lead := []byte{0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xc0, 0xc1, 0x80, 0xbf, 0x7f}
	for i := 0; i < 200000; i++ {
		n := rnd.Intn(6)
		b := make([]byte, n)
		for j := range b {
			switch rnd.Intn(3) {
			case 0:
				b[j] = lead[rnd.Intn(len(lead))]
			case 1:
				b[j] = byte(0x80 + rnd.Intn(0x40))
			default:
				b[j] = byte(rnd.Intn(256))
			}
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		s := string(b)
		q := fmt.Sprintf("%q", b)
		r1, n1 := gu.DecodeRune(b)
		r2, n2 := utf8.DecodeRune(b)
		cmp.Eq("DecodeRune"+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
		r1, n1 = gu.DecodeRuneInString(s)
		r2, n2 = utf8.DecodeRuneInString(s)
		cmp.Eq("DecodeRuneInString"+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
		r1, n1 = gu.DecodeLastRune(b)
		r2, n2 = utf8.DecodeLastRune(b)
		cmp.Eq("DecodeLastRune"+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
		r1, n1 = gu.DecodeLastRuneInString(s)
		r2, n2 = utf8.DecodeLastRuneInString(s)
		cmp.Eq("DecodeLastRuneInString"+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
		cmp.Eq("RuneCount"+q, gu.RuneCount(b), utf8.RuneCount(b))
		cmp.Eq("RuneCountInString"+q, gu.RuneCountInString(s), utf8.RuneCountInString(s))
		cmp.Eq("FullRune"+q, gu.FullRune(b), utf8.FullRune(b))
		cmp.Eq("FullRuneInString"+q, gu.FullRuneInString(s), utf8.FullRuneInString(s))
		cmp.Eq("Valid"+q, gu.Valid(b), utf8.Valid(b))
		cmp.Eq("ValidString"+q, gu.ValidString(s), utf8.ValidString(s))
		if len(b) > 0 {
			cmp.Eq("RuneStart"+q, gu.RuneStart(b[0]), utf8.RuneStart(b[0]))
		}
	}
	for r := rune(-2); r < 0x110005; r++ {
		var x, y [4]byte
		n1 := gu.EncodeRune(x[:], r)
		n2 := utf8.EncodeRune(y[:], r)
		if n1 != n2 || x != y {
			cmp.Eq(fmt.Sprintf("EncodeRune(%#x)", r), x, y)
		}
		if gu.RuneLen(r) != utf8.RuneLen(r) || gu.ValidRune(r) != utf8.ValidRune(r) {
			cmp.Eq(fmt.Sprintf("RuneLen/ValidRune(%#x)", r), false, true)
		}
		if string(gu.AppendRune([]byte("ab"), r)) != string(utf8.AppendRune([]byte("ab"), r)) {
			cmp.Eq(fmt.Sprintf("AppendRune(%#x)", r), false, true)
		}
	}
	cmp.Eq("consts", []any{gu.RuneError, gu.RuneSelf, gu.MaxRune, gu.UTFMax}, []any{utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax})
	cmp.Done("unicode/utf8")
}
