package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line 1\nline 2\r\n\nlast line no newline"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("  the quick\tbrown \n fox\u00a0jumps\u2003over  "))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%q\n", words)

	sc = bufio.NewScanner(strings.NewReader("héllo\xff!"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()

	// Custom split: comma-separated values, final empty token kept.
	onComma := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	sc = bufio.NewScanner(strings.NewReader("1,2,3,4,"))
	sc.Split(onComma)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// A split function that fails.
	sc = bufio.NewScanner(strings.NewReader("1 2 x 4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "x" {
			return 0, nil, errors.New("bad token x")
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// Long lines: too long for the default buffer.
	long := strings.Repeat("x", bufio.MaxScanTokenSize+10)
	sc = bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	// With a bigger buffer they fit.
	sc = bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter"))
	sc.Buffer(make([]byte, 100), 1<<20)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	// Many lines crossing buffer boundaries.
	var big bytes.Buffer
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&big, "row %d %s\n", i, strings.Repeat("y", i%37))
	}
	sc = bufio.NewScanner(&big)
	sc.Buffer(make([]byte, 16), 64)
	n, total := 0, 0
	for sc.Scan() {
		n++
		total += len(sc.Bytes())
	}
	fmt.Println(n, total, sc.Err())
	// Empty input and an input of only newlines.
	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("\n\n\n"))
	n = 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("a b"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	}()
	// Split returning empty tokens forever panics after 100 tries.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("abc"))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		for i := 0; i < 200 && sc.Scan(); i++ {
		}
	}()
	adv, tok, err := bufio.ScanLines([]byte("abc\r\ndef"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("abc"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
}
