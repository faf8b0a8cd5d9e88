//go:build ignore

// compare: fmt
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	gf "gocxx/fmt"
	"stdcheck/cmp"
)

type MyInt int
type MyFloat float64
type MyString string
type MyBytes []byte
type MyArr [3]byte
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Age   int
	Tags  []string
	Inner *Point
	m     map[string]int
	any   any
	err   error
	c     Celsius
	C     Celsius
}

type Embed struct {
	Point
	*Named
	Extra float32
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS", p.v) }

type NilSafe struct{}

func (n *NilSafe) String() string {
	if n == nil {
		return "nilsafe"
	}
	return "nonnil"
}

type Panicker struct{ msg any }

func (p Panicker) String() string { panic(p.msg) }

type PanickerPtr struct{}

func (p *PanickerPtr) String() string { return p.String2() }
func (p *PanickerPtr) String2() string {
	var m map[string]int
	m["x"] = 1
	return ""
}

type GoStr struct{ a int }

func (g GoStr) GoString() string { return "GoStr!" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type gForm struct{ n int }

func (g gForm) Format(f gf.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1 // the value is unspecified (Go's pooled printers leave stale ones)
	}
	if !pok {
		p = -1
	}
	gf.Fprintf(f, "F[%c w=%d,%v p=%d,%v +%v -%v #%v 0%v sp%v n=%d]", c, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '), g.n)
}

type wForm struct{ n int }

func (g wForm) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1 // the value is unspecified (Go's pooled printers leave stale ones)
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "F[%c w=%d,%v p=%d,%v +%v -%v #%v 0%v sp%v n=%d]", c, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '), g.n)
}

func main() {
	var nilPtr *Point
	var nilMap map[string]int
	var nilSlice []int
	var nilErr error
	var nilFunc func()
	var nilIface any
	var nilStringer *NilSafe
	var nilPS *PtrStringer
	ch := make(chan int)
	pt := &Point{1, 2}
	arr := [4]int{1, 2, 3, 4}
	values := []any{
		0, 1, -1, 42, math.MaxInt64, math.MinInt64, int8(-128), int16(300), int32(-5), int64(1 << 40), uint(7), uint8(255), uint16(65535),
		uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead), 'x', '世', rune(-1), rune(0x110000),
		0.0, math.Copysign(0, -1), 1.0, -2.5, 3.14159265358979, 1e21, 1e20, 1e-7, 123456789.0, 1.0 / 3, math.Inf(1), math.Inf(-1), math.NaN(),
		float32(0.1), float32(1e10), float32(-3.5), math.MaxFloat64, math.SmallestNonzeroFloat64,
		complex(1, 2), complex(-1.5, math.Inf(1)), complex64(complex(0.1, -0.2)), complex(math.NaN(), 0),
		"", "hello", "héllo, 世界", "tab\there\n", "\xff\xfe", "quote\"s'`", "\x00\x7f", "\u200b\ufeff",
		[]byte("bytes"), []byte(nil), []byte{}, MyBytes("mb"), MyArr{65, 66, 67}, [3]byte{1, 2, 3}, [0]byte{},
		true, false, MyInt(5), MyFloat(2.5), MyString("ms"), Celsius(21.5),
		Point{1, 2}, pt, &arr, arr, []int{1, 2, 3}, []string{"a", "b c"}, [][]int{{1}, {2, 3}}, []any{1, "a", nil, 2.5, []int{1}},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 2: "b"}, map[float64]int{math.NaN(): 1, 1: 2, math.Inf(-1): 3, 0: 4},
		map[bool]int{true: 1, false: 0}, map[Point]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"}, map[[2]int]int{{2, 1}: 1, {1, 9}: 2},
		map[string][]int{"x": {1, 2}, "y": nil}, map[MyString]Celsius{"k": 1, "a": 2}, &map[string]int{"p": 1},
		Named{"Bob", 30, []string{"x"}, &Point{3, 4}, map[string]int{"k": 1}, 5, errors.New("inner"), 3.5, 4.5},
		&Named{Name: "ptr"}, Embed{Point{5, 6}, &Named{Name: "emb"}, 1.5}, Embed{},
		nilPtr, nilMap, nilSlice, nilErr, nilFunc, nilIface, nilStringer, nilPS, (*int)(nil), []*Point{pt, nil},
		&PtrStringer{3}, PtrStringer{4}, []*PtrStringer{{5}}, []PtrStringer{{6}}, &NilSafe{}, struct{ S *NilSafe }{},
		Panicker{"boom"}, Panicker{errors.New("errboom")}, Panicker{nil}, &PanickerPtr{}, GoStr{1}, &GoStr{2}, []GoStr{{3}},
		&MyErr{7}, errors.New("plain"), fmt.Errorf("wrapped: %w", io.EOF), Both{}, []error{io.EOF, nil},
		struct{}{}, struct {
			a int
			B string
		}{1, "x"}, struct{ E error }{io.EOF}, struct{ F any }{nil}, [2]any{1, nil}, []Celsius{1, 2},
		struct{ M map[string]Celsius }{map[string]Celsius{"a": 1}}, struct{ c Celsius }{2},
	}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%e", "%E", "%f", "%F", "%g", "%G",
		"%c", "%U", "%#U", "%t", "%5v", "%-8v|", "%08v", "%+d", "% d", "%#x", "%# x", "% x", "%.2f", "%8.3f", "%-10.4g|", "%10s|",
		"%-10q|", "%.3s", "%.1q", "%#q", "%+q", "%x", "%.0f", "%#g", "%#.3x", "%+.3e", "%010.3f", "%6.2v", "%#o", "%z", "%!", "%w",
		"%05s", "%.5d", "%08.3d", "%-05d|", "%#b", "%#X", "%+#v", "%.10v", "%3c|", "%-3c|", "%#.4v", "%e", "%.3g", "%v %v", "%[2]v %[1]v",
		"%[3]v", "%*d", "%-*d|", "%.*f", "%[1]*d", "%d %d %d", "%", "%!d(BAD)", "%10.4%", "%.[2]d", "%[-1]d", "%[x]d", "%[1]",
		"%9999999999d", "%.9999999999d"}
	n := 0
	for _, v := range values {
		for _, verb := range verbs {
			args := []any{v}
			if strings.Count(verb, "%") > 1 || strings.Contains(verb, "*") || strings.Contains(verb, "[2]") {
				args = []any{v, 7, v}
			}
			g := gf.Sprintf(verb, args...)
			w := fmt.Sprintf(verb, args...)
			if strings.Contains(w, "0xc0") && strings.Contains(verb, "p") {
				continue
			}
			n++
			cmp.Eq(fmt.Sprintf("Sprintf(%q, %#v)", verb, v), g, w)
		}
		cmp.Eq(fmt.Sprintf("Sprint(%#v)", v), gf.Sprint(v, v, "x", 1, 2, "y", "z", v), fmt.Sprint(v, v, "x", 1, 2, "y", "z", v))
		cmp.Eq(fmt.Sprintf("Sprintln(%#v)", v), gf.Sprintln(v, "x", 1, v), fmt.Sprintln(v, "x", 1, v))
		cmp.Eq(fmt.Sprintf("Append(%#v)", v), string(gf.Append([]byte("a"), v)), string(fmt.Append([]byte("a"), v)))
		cmp.Eq(fmt.Sprintf("Appendf(%#v)", v), string(gf.Appendf(nil, "%v|%T", v, v)), string(fmt.Appendf(nil, "%v|%T", v, v)))
		cmp.Eq(fmt.Sprintf("Appendln(%#v)", v), string(gf.Appendln(nil, v)), string(fmt.Appendln(nil, v)))
	}
	// Pointers print addresses: the same object gives the same text.
	for _, v := range []any{pt, ch, nilFunc, &arr, nilPtr, nilMap, []int{1}, main} {
		for _, verb := range []string{"%p", "%v", "%#p", "%x", "%d", "%20p|", "%-20p|", "%#v", "%t"} {
			cmp.Eq("ptr "+verb, gf.Sprintf(verb, v), fmt.Sprintf(verb, v))
		}
	}
	cmp.Eq("no args", gf.Sprintf("a%db"), fmt.Sprintf("a%db"))
	cmp.Eq("extra", gf.Sprintf("a", 1, "x", nil), fmt.Sprintf("a", 1, "x", nil))
	cmp.Eq("nil Sprint", gf.Sprint(nil, nil), fmt.Sprint(nil, nil))
	cmp.Eq("Sprint strings", gf.Sprint("a", "b", 1, 2, "c", 3.5, 'x'), fmt.Sprint("a", "b", 1, 2, "c", 3.5, 'x'))
	cmp.Eq("Formatter", gf.Sprintf("%v %+8.3x %-#d %05s %q % v", gForm{1}, gForm{2}, gForm{3}, gForm{4}, gForm{5}, gForm{6}),
		fmt.Sprintf("%v %+8.3x %-#d %05s %q % v", wForm{1}, wForm{2}, wForm{3}, wForm{4}, wForm{5}, wForm{6}))
	cmp.Eq("Formatter in slice", gf.Sprint([]gForm{{1}}, map[string]gForm{"k": {2}}), fmt.Sprint([]wForm{{1}}, map[string]wForm{"k": {2}}))
	// Errorf and %w.
	e1 := gf.Errorf("ctx: %w", io.EOF)
	e2 := fmt.Errorf("ctx: %w", io.EOF)
	cmp.Eq("Errorf %w", []any{e1.Error(), errors.Unwrap(e1) == io.EOF, errors.Is(e1, io.EOF)}, []any{e2.Error(), errors.Unwrap(e2) == io.EOF, errors.Is(e2, io.EOF)})
	for _, c := range []struct {
		f string
		a []any
	}{{"%w %w", []any{io.EOF, io.ErrUnexpectedEOF}}, {"%w", []any{"notanerror"}}, {"%w", []any{nil}}, {"%v %w", []any{1, os.ErrNotExist}},
		{"%[2]w %[1]v", []any{1, io.EOF}}, {"no verbs", nil}, {"%d", []any{5}}, {"%+w", []any{&MyErr{3}}}, {"%w", []any{Panicker{"p"}}}} {
		g := gf.Errorf(c.f, c.a...)
		w := fmt.Errorf(c.f, c.a...)
		gu, wu := errors.Unwrap(g), errors.Unwrap(w)
		cmp.Eq("Errorf "+c.f, []any{g.Error(), fmt.Sprint(gu)}, []any{w.Error(), fmt.Sprint(wu)})
	}
	// Fprint* to a writer.
	var b1, b2 strings.Builder
	r1, e1b := gf.Fprintf(&b1, "%d-%s\n", 5, "x")
	r2, e2b := fmt.Fprintf(&b2, "%d-%s\n", 5, "x")
	gf.Fprint(&b1, 1, 2, "a")
	fmt.Fprint(&b2, 1, 2, "a")
	gf.Fprintln(&b1, 1, 2, "a")
	fmt.Fprintln(&b2, 1, 2, "a")
	cmp.Eq("Fprint*", []any{b1.String(), r1, e1b}, []any{b2.String(), r2, e2b})

	// Scanning.
	type scanCase struct {
		kind   string
		input  string
		format string
	}
	inputs := []string{"", "42", "  -17  99 ", "3.25 abc", "0x1F 0b101 0o17 017", "true false", "hello world\nnext line", "1e3 -2.5e-3 +Inf nan",
		"(1+2i) 3i", "'x' \"quoted\" `raw`", "12 13\n14", "999999999999999999999 300 -129", "ab\xffcd", "1_000 +5", "  \n 7", "x 5", "5x"}
	formats := []string{"%d", "%d %d", "%v %v", "%s %s", "%x", "%f %g", "%t %v", "%q %q %q", "%c%c", "%d\n%d", "%3d%d", "%s\n", "x %d", "%5s", "%o %b", "%e"}
	for _, in := range inputs {
		type res struct {
			I   int
			I8  int8
			U   uint
			U8  uint8
			F   float64
			F32 float32
			S   string
			S2  string
			B   bool
			C   complex128
			M   MyInt
			BS  []byte
			R   rune
		}
		targets := func(r *res) [][]any {
			return [][]any{{&r.I}, {&r.I, &r.I8}, {&r.S, &r.S2}, {&r.F, &r.S}, {&r.U, &r.U8}, {&r.B, &r.B}, {&r.C, &r.C}, {&r.M, &r.BS}, {&r.F32, &r.I}, {&r.R, &r.R}, {&r.S}, {&r.I, &r.I, &r.I}}
		}
		var rg, rw res
		tg, tw := targets(&rg), targets(&rw)
		for i := range tg {
			n1, err1 := gf.Sscan(in, tg[i]...)
			n2, err2 := fmt.Sscan(in, tw[i]...)
			cmp.Eq(fmt.Sprintf("Sscan(%q)#%d", in, i), []any{n1, cmp.Err(err1), rg}, []any{n2, cmp.Err(err2), rw})
			n1, err1 = gf.Sscanln(in, tg[i]...)
			n2, err2 = fmt.Sscanln(in, tw[i]...)
			cmp.Eq(fmt.Sprintf("Sscanln(%q)#%d", in, i), []any{n1, cmp.Err(err1), rg}, []any{n2, cmp.Err(err2), rw})
			for _, f := range formats {
				n1, err1 = gf.Sscanf(in, f, tg[i]...)
				n2, err2 = fmt.Sscanf(in, f, tw[i]...)
				cmp.Eq(fmt.Sprintf("Sscanf(%q,%q)#%d", in, f, i), []any{n1, cmp.Err(err1), rg}, []any{n2, cmp.Err(err2), rw})
			}
		}
		var x int
		n1, err1 := gf.Sscan(in, x)
		n2, err2 := fmt.Sscan(in, x)
		cmp.Eq("Sscan non-pointer", []any{n1, cmp.Err(err1)}, []any{n2, cmp.Err(err2)})
		var mp map[string]int
		n1, err1 = gf.Sscan(in, &mp)
		n2, err2 = fmt.Sscan(in, &mp)
		cmp.Eq("Sscan bad type", []any{n1, cmp.Err(err1)}, []any{n2, cmp.Err(err2)})
		var a, b, c int
		n1, err1 = gf.Fscan(strings.NewReader(in+" 1 2 3"), &a, &b, &c)
		n2, err2 = fmt.Fscan(strings.NewReader(in+" 1 2 3"), &a, &b, &c)
		cmp.Eq("Fscan", []any{n1, cmp.Err(err1)}, []any{n2, cmp.Err(err2)})
	}
	fmt.Println("Sprintf cases:", n)
	cmp.Done("fmt")
}
