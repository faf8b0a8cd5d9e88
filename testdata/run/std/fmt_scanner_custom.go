// Custom fmt.Scanner implementations (SkipSpace, Width, ReadRune, UnreadRune; one
// that panics, one that fails), targets fmt cannot scan, space and newline handling
// in Sscanf, multibyte runes and strings, float32 range errors, hex into bytes.
package main

import (
	"fmt"
	"strings"
)

type Word string

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	wd, ok := st.Width()
	var sb strings.Builder
	for i := 0; !ok || i < wd; i++ {
		r, size, err := st.ReadRune()
		if err != nil {
			break
		}
		if r == ',' {
			st.UnreadRune()
			break
		}
		_ = size
		sb.WriteRune(r)
	}
	*w = Word(fmt.Sprintf("%c:%s", verb, sb.String()))
	return nil
}

type Bad struct{}

func (*Bad) Scan(st fmt.ScanState, verb rune) error { panic("scanner panicked") }

type ErrScan struct{}

func (*ErrScan) Scan(st fmt.ScanState, verb rune) error { return fmt.Errorf("no %c", verb) }

func main() {
	var a, b Word
	n, err := fmt.Sscanf("hello,world", "%v,%3s", &a, &b)
	fmt.Println(n, err, a, b)
	var x any
	n, err = fmt.Sscan("5", &x)
	fmt.Println(n, err, x)
	var ss []string
	n, err = fmt.Sscan("a", &ss)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("a", &m)
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n, err = fmt.Sscan("a", &Bad{})
		fmt.Println(n, err)
	}()
	n, err = fmt.Sscan("a", &ErrScan{})
	fmt.Println(n, err)
	var i, j int
	n, err = fmt.Sscanf("1 2", "%d%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("  7", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7\n", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("7 \n 8", "%d\n%d", &i, &j)
	fmt.Println(n, err, i, j)
	var s string
	n, err = fmt.Sscan("日本語 text", &s)
	fmt.Println(n, err, s)
	var r1, r2 rune
	n, err = fmt.Sscanf("日本", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	var f32 float32
	n, err = fmt.Sscan("3.4028236e38", &f32)
	fmt.Println(n, err, f32)
	var u8 uint8
	n, err = fmt.Sscanf("0x1F", "%v", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanf("1F", "%x", &u8)
	fmt.Println(n, err, u8)
	var bs []byte
	n, err = fmt.Sscanf("68656c6c6f", "%x", &bs)
	fmt.Println(n, err, string(bs))
}
