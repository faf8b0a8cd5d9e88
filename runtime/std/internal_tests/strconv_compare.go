//go:build ignore

// compare: strconv
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"

	gs "gocxx/strconv"
	"stdcheck/cmp"
)

func numErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	s := err.Error()
	var ge *gs.NumError
	var we *strconv.NumError
	if errors.As(err, &ge) {
		s += fmt.Sprintf(" [%s|%s|%v]", ge.Func, ge.Num, ge.Err == gs.ErrRange)
	} else if errors.As(err, &we) {
		s += fmt.Sprintf(" [%s|%s|%v]", we.Func, we.Num, we.Err == strconv.ErrRange)
	}
	return s
}

func main() {
	rnd := rand.New(rand.NewSource(5))
	// Integers.
	ints := []int64{0, 1, -1, 7, -7, 9, 10, 99, 100, 255, 256, -128, -129, 1 << 31, -1 << 31, 1<<31 - 1,
		1<<32 - 1, 1 << 32, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1e18, -1e18}
	for i := 0; i < 3000; i++ {
		ints = append(ints, rnd.Int63()>>uint(rnd.Intn(63))*int64(1-2*rnd.Intn(2)))
	}
	for _, x := range ints {
		for base := 2; base <= 36; base++ {
			q := fmt.Sprintf("(%d,%d)", x, base)
			cmp.Eq("FormatInt"+q, gs.FormatInt(x, base), strconv.FormatInt(x, base))
			cmp.Eq("FormatUint"+q, gs.FormatUint(uint64(x), base), strconv.FormatUint(uint64(x), base))
			cmp.Eq("AppendInt"+q, gs.AppendInt([]byte("x"), x, base), strconv.AppendInt([]byte("x"), x, base))
			cmp.Eq("AppendUint"+q, gs.AppendUint(nil, uint64(x), base), strconv.AppendUint(nil, uint64(x), base))
		}
		cmp.Eq("Itoa", gs.Itoa(int(x)), strconv.Itoa(int(x)))
	}
	cmp.Eq("FormatInt base 1", cmp.Panics(func() { gs.FormatInt(1, 1) }), cmp.Panics(func() { strconv.FormatInt(1, 1) }))
	cmp.Eq("FormatInt base 37", cmp.Panics(func() { gs.FormatInt(1, 37) }), cmp.Panics(func() { strconv.FormatInt(1, 37) }))
	intStrs := []string{"", "0", "-0", "+0", "1", "+1", "-1", "12345", "-12345", "0x1f", "0X1F", "0b101", "0o17", "017",
		"0_1", "1_000", "1__0", "_1", "1_", "0x_1f", "0x", "0b", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "-99999999999999999999999", "abc", "ff", "FF", "zz", "1e3", " 1", "1 ", "+", "-",
		"0xffffffffffffffff", "0x10000000000000000", "127", "128", "-128", "-129", "255", "256", "32767", "2147483648",
		"4294967296", "0777", "08", "0x1p3", "1.0", "١٢٣", "\x00", "0o", "0O17", "0B11", "00", "-0x8000000000000000"}
	for i := 0; i < 2000; i++ {
		alpha := "0123456789abcxXoObB_+-fz"
		n := rnd.Intn(8)
		b := make([]byte, n)
		for j := range b {
			b[j] = alpha[rnd.Intn(len(alpha))]
		}
		intStrs = append(intStrs, string(b))
	}
	for _, s := range intStrs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37, -1} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				q := fmt.Sprintf("(%q,%d,%d)", s, base, bits)
				v1, e1 := gs.ParseInt(s, base, bits)
				v2, e2 := strconv.ParseInt(s, base, bits)
				cmp.Eq("ParseInt"+q, []any{v1, numErr(e1)}, []any{v2, numErr(e2)})
				u1, e1 := gs.ParseUint(s, base, bits)
				u2, e2 := strconv.ParseUint(s, base, bits)
				cmp.Eq("ParseUint"+q, []any{u1, numErr(e1)}, []any{u2, numErr(e2)})
			}
		}
		a1, e1 := gs.Atoi(s)
		a2, e2 := strconv.Atoi(s)
		cmp.Eq("Atoi"+s, []any{a1, numErr(e1)}, []any{a2, numErr(e2)})
		b1, e1 := gs.ParseBool(s)
		b2, e2 := strconv.ParseBool(s)
		cmp.Eq("ParseBool"+s, []any{b1, numErr(e1)}, []any{b2, numErr(e2)})
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRue", "yes"} {
		b1, e1 := gs.ParseBool(s)
		b2, e2 := strconv.ParseBool(s)
		cmp.Eq("ParseBool"+s, []any{b1, numErr(e1)}, []any{b2, numErr(e2)})
	}
	cmp.Eq("FormatBool", []string{gs.FormatBool(true), gs.FormatBool(false)}, []string{strconv.FormatBool(true), strconv.FormatBool(false)})
	cmp.Eq("AppendBool", gs.AppendBool([]byte("a"), true), strconv.AppendBool([]byte("a"), true))
	cmp.Eq("NumError.Unwrap", errors.Unwrap(&gs.NumError{"f", "x", gs.ErrSyntax}) == gs.ErrSyntax, true)
	cmp.Eq("errors", []string{gs.ErrRange.Error(), gs.ErrSyntax.Error()}, []string{strconv.ErrRange.Error(), strconv.ErrSyntax.Error()})
	cmp.Eq("IntSize", gs.IntSize, strconv.IntSize)

	// Floats.
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 1e-7, 1e-6, 123456789,
		1e23, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		float64(math.MaxFloat32), math.Pi, math.E, 100, 1234.5678, 0.000001234, 9007199254740993, 2.5, 3.5, -2.5,
		0.5, 1.5, 1e100, 1e-100, 4.940656458412465441765687928682213723651e-324, 2.2250738585072014e-308}
	for i := 0; i < 20000; i++ {
		switch i % 3 {
		case 0:
			floats = append(floats, math.Float64frombits(rnd.Uint64()))
		case 1:
			floats = append(floats, float64(rnd.Intn(100000))/float64(rnd.Intn(1000)+1))
		case 2:
			floats = append(floats, float64(math.Float32frombits(rnd.Uint32())))
		}
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20, 30}
	for _, f := range floats {
		for _, fm := range fmts {
			for _, p := range precs {
				for _, bits := range []int{64, 32} {
					s1 := gs.FormatFloat(f, fm, p, bits)
					s2 := strconv.FormatFloat(f, fm, p, bits)
					if s1 != s2 {
						cmp.Eq(fmt.Sprintf("FormatFloat(%b,%c,%d,%d)", f, fm, p, bits), s1, s2)
					}
				}
			}
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		for _, bits := range []int{64, 32} {
			v1, e1 := gs.ParseFloat(s, bits)
			v2, e2 := strconv.ParseFloat(s, bits)
			cmp.Eq("ParseFloat("+s+")", []any{v1, numErr(e1)}, []any{v2, numErr(e2)})
		}
		c := complex(f, -f/3)
		cmp.Eq("FormatComplex", gs.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'g', -1, 128))
		cmp.Eq("AppendFloat", gs.AppendFloat([]byte("<"), f, 'e', 4, 64), strconv.AppendFloat([]byte("<"), f, 'e', 4, 64))
	}
	floatStrs := []string{"", "1", "1.", ".1", ".", "+.5", "-.5e3", "1e", "1e+", "1e-5", "1E5", "1_000.5", "1__0", "0x1p-2",
		"0x1.8p1", "0X1P+3", "0x1", "0x.p1", "0x1.fffffffffffffp1023", "0x1p1024", "1e309", "-1e309", "1e-400", "inf",
		"+Inf", "-INF", "infinity", "-Infinity", "infinit", "nan", "NaN", "-nan", "+NaN", "nanx", "1.7976931348623157e308",
		"1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324", "123456789012345678901234567890", "0.000000000000000000000000000001",
		"1.000000000000000111022302462515654042363166809082031250", "1.00000000000000011102230246251565404236316680908203125",
		"3.4028235e38", "3.4028236e38", "1e-46", "1.401298464324817e-45", "0x1p-149", "0x1p-150", " 1", "1 ", "1x",
		"0.1e_1", "0_1.5", "1_.5", "0x_1p0", "01", "00.5", "1e1_0", "9e18", "18446744073709551616.5"}
	for i := 0; i < 3000; i++ {
		alpha := "0123456789.eE+-_xXpPinfa"
		n := rnd.Intn(10)
		b := make([]byte, n)
		for j := range b {
			b[j] = alpha[rnd.Intn(len(alpha))]
		}
		floatStrs = append(floatStrs, string(b))
	}
	for _, s := range floatStrs {
		for _, bits := range []int{64, 32} {
			v1, e1 := gs.ParseFloat(s, bits)
			v2, e2 := strconv.ParseFloat(s, bits)
			cmp.Eq(fmt.Sprintf("ParseFloat(%q,%d)", s, bits), []any{v1, numErr(e1)}, []any{v2, numErr(e2)})
		}
		for _, bits := range []int{128, 64} {
			c1, e1 := gs.ParseComplex(s+"+"+s+"i", bits)
			c2, e2 := strconv.ParseComplex(s+"+"+s+"i", bits)
			cmp.Eq(fmt.Sprintf("ParseComplex(%q,%d)", s, bits), []any{fmt.Sprint(c1), numErr(e1)}, []any{fmt.Sprint(c2), numErr(e2)})
		}
	}
	for _, s := range []string{"1+2i", "(1+2i)", "i", "-i", "+i", "3i", "NaN+Infi", "(1)", "1e3-2e-3i", "0x1p1+0x1p2i", "1+2j", "()"} {
		c1, e1 := gs.ParseComplex(s, 128)
		c2, e2 := strconv.ParseComplex(s, 128)
		cmp.Eq(fmt.Sprintf("ParseComplex(%q)", s), []any{fmt.Sprint(c1), numErr(e1)}, []any{fmt.Sprint(c2), numErr(e2)})
	}

	// Quoting.
	qs := []string{"", "a", "hello, world", "\"", "'", "`", "\\", "\a\b\f\n\r\t\v", "\x00\x01\x7f", "\xff", "日本語", "\u00a0",
		"\u2028", "\U0010ffff", "\ufeff", "a\u0301", "☺", "\x80", "\xed\xa0\x80", "tab\there", "`raw`", "emoji 🌍", "\u200b"}
	for i := 0; i < 2000; i++ {
		n := rnd.Intn(6)
		b := make([]byte, 0, n)
		for j := 0; j < n; j++ {
			switch rnd.Intn(4) {
			case 0:
				b = append(b, byte(rnd.Intn(256)))
			case 1:
				b = append(b, "\\\"'`nx0u"[rnd.Intn(8)])
			default:
				b = append(b, string(rune(rnd.Intn(0x3000)))...)
			}
		}
		qs = append(qs, string(b))
	}
	for _, s := range qs {
		q := fmt.Sprintf("(%q)", s)
		cmp.Eq("Quote"+q, gs.Quote(s), strconv.Quote(s))
		cmp.Eq("QuoteToASCII"+q, gs.QuoteToASCII(s), strconv.QuoteToASCII(s))
		cmp.Eq("QuoteToGraphic"+q, gs.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		cmp.Eq("AppendQuote"+q, gs.AppendQuote([]byte("x"), s), strconv.AppendQuote([]byte("x"), s))
		cmp.Eq("AppendQuoteToASCII"+q, gs.AppendQuoteToASCII(nil, s), strconv.AppendQuoteToASCII(nil, s))
		cmp.Eq("AppendQuoteToGraphic"+q, gs.AppendQuoteToGraphic(nil, s), strconv.AppendQuoteToGraphic(nil, s))
		cmp.Eq("CanBackquote"+q, gs.CanBackquote(s), strconv.CanBackquote(s))
		for _, in := range []string{s, `"` + s + `"`, "'" + s + "'", "`" + s + "`", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.Quote(s) + "tail"} {
			u1, e1 := gs.Unquote(in)
			u2, e2 := strconv.Unquote(in)
			cmp.Eq(fmt.Sprintf("Unquote(%q)", in), []any{u1, cmp.Err(e1)}, []any{u2, cmp.Err(e2)})
			p1, e1 := gs.QuotedPrefix(in)
			p2, e2 := strconv.QuotedPrefix(in)
			cmp.Eq(fmt.Sprintf("QuotedPrefix(%q)", in), []any{p1, cmp.Err(e1)}, []any{p2, cmp.Err(e2)})
			for _, qc := range []byte{0, '"', '\'', '`'} {
				r1, m1, t1, e1 := gs.UnquoteChar(in, qc)
				r2, m2, t2, e2 := strconv.UnquoteChar(in, qc)
				cmp.Eq(fmt.Sprintf("UnquoteChar(%q,%c)", in, qc), []any{r1, m1, t1, cmp.Err(e1)}, []any{r2, m2, t2, cmp.Err(e2)})
			}
		}
	}
	for _, in := range []string{`"\x41\101\u00e9\U0001F30D"`, `'\''`, `'ab'`, `'\u00e9'`, `"\q"`, `"\400"`, `"\xZZ"`, `"\ud800"`, `'\ud800'`, `"a`, `a"`, "`a\nb`", "`a\rb`", `"a\nb"`, `'\x80'`, `"\x80"`, `''`} {
		u1, e1 := gs.Unquote(in)
		u2, e2 := strconv.Unquote(in)
		cmp.Eq(fmt.Sprintf("Unquote(%q)", in), []any{u1, cmp.Err(e1)}, []any{u2, cmp.Err(e2)})
	}
	for r := rune(-2); r < 0x110002; r++ {
		if gs.IsPrint(r) != strconv.IsPrint(r) || gs.IsGraphic(r) != strconv.IsGraphic(r) {
			cmp.Eq(fmt.Sprintf("IsPrint/IsGraphic(%#x)", r), false, true)
		}
		if r%7 == 0 || r < 0x400 {
			q := fmt.Sprintf("(%#x)", r)
			cmp.Eq("QuoteRune"+q, gs.QuoteRune(r), strconv.QuoteRune(r))
			cmp.Eq("QuoteRuneToASCII"+q, gs.QuoteRuneToASCII(r), strconv.QuoteRuneToASCII(r))
			cmp.Eq("QuoteRuneToGraphic"+q, gs.QuoteRuneToGraphic(r), strconv.QuoteRuneToGraphic(r))
			cmp.Eq("AppendQuoteRune"+q, gs.AppendQuoteRune(nil, r), strconv.AppendQuoteRune(nil, r))
			cmp.Eq("AppendQuoteRuneToASCII"+q, gs.AppendQuoteRuneToASCII(nil, r), strconv.AppendQuoteRuneToASCII(nil, r))
			cmp.Eq("AppendQuoteRuneToGraphic"+q, gs.AppendQuoteRuneToGraphic(nil, r), strconv.AppendQuoteRuneToGraphic(nil, r))
		}
	}
	cmp.Done("strconv")
}
