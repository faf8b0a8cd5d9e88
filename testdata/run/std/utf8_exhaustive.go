package main

// Every 1-4 byte prefix class through the decoder: checksums of what
// DecodeRune, DecodeLastRune, FullRune, Valid and range loops report.

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	h := uint32(0)
	count := 0
	buf := make([]byte, 0, 4)
	interesting := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xfe, 0xff}
	var rec func(n int)
	rec = func(n int) {
		if len(buf) > 0 {
			r, size := utf8.DecodeRune(buf)
			lr, lsize := utf8.DecodeLastRune(buf)
			s := string(buf)
			r2, size2 := utf8.DecodeRuneInString(s)
			if r2 != r || size2 != size {
				fmt.Printf("string/bytes mismatch % x\n", buf)
			}
			full := utf8.FullRune(buf)
			valid := utf8.Valid(buf)
			cnt := utf8.RuneCount(buf)
			rs := 0
			for _, c := range s {
				rs = rs*7 + int(c)
			}
			v := uint32(r)*3 + uint32(size)*5 + uint32(lr)*7 + uint32(lsize)*11 + uint32(cnt)*13 + uint32(rs)
			if full {
				v ^= 0x1000
			}
			if valid {
				v ^= 0x2000
			}
			h = h*16777619 ^ v
			count++
		}
		if n == 0 {
			return
		}
		for _, b := range interesting {
			buf = append(buf, b)
			rec(n - 1)
			buf = buf[:len(buf)-1]
		}
	}
	rec(4)
	fmt.Println(count, h)
	// Every rune encodes and decodes back.
	bad := 0
	eh := uint32(0)
	p := make([]byte, 4)
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		n := utf8.EncodeRune(p, r)
		d, m := utf8.DecodeRune(p[:n])
		if utf8.ValidRune(r) && (d != r || m != n) {
			bad++
		}
		for i := 0; i < n; i++ {
			eh = eh*31 + uint32(p[i])
		}
		if utf8.RuneLen(r) != n && utf8.ValidRune(r) {
			bad++
		}
	}
	fmt.Println(bad, eh)
	s := "\xf4\x8f\xbf\xbf\xf4\x90\x80\x80\xed\x9f\xbf\xed\xa0\x80\xe0\x9f\xbf\xe0\xa0\x80\xf0\x8f\xbf\xbf\xf0\x90\x80\x80"
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println([]rune(s), len([]rune(s)), utf8.RuneCountInString(s))
	fmt.Printf("%q\n", []byte(string([]rune(s))))
}
