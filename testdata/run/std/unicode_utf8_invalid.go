package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世", "😀", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8", "\xf0\x9f\x98", "a\xffb", "\xc2", "\xef\xbf\xbd", "\xf8\x88\x80\x80\x80"}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: first %U %d last %U %d count %d valid %v full %v\n", s, r, size, lr, lsize, utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
		b := []byte(s)
		r2, size2 := utf8.DecodeRune(b)
		lr2, lsize2 := utf8.DecodeLastRune(b)
		if r2 != r || size2 != size || lr2 != lr || lsize2 != lsize || utf8.RuneCount(b) != utf8.RuneCountInString(s) || utf8.Valid(b) != utf8.ValidString(s) || utf8.FullRune(b) != utf8.FullRuneInString(s) {
			fmt.Println("bytes mismatch", s)
		}
	}
	for i, r := range "a\xffé\xe4\xb8世\xc0" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	runes := []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x len %d enc % x valid %v str %q app %q\n", r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r), string(r), utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneError, utf8.MaxRune, utf8.UTFMax, utf8.RuneSelf, utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xc3))
	fmt.Println([]rune("a\xffb\xe4\xb8"), string([]rune{0x41, -5, 0xd800}))
	bs := []byte("héllo")
	for len(bs) > 0 {
		r, n := utf8.DecodeRune(bs)
		fmt.Print(string(r), n, " ")
		bs = bs[n:]
	}
	fmt.Println()
	fmt.Println(len(string(rune(0x10ffff))), string(rune(65)), []byte(string(rune(0xdc00))))
}
