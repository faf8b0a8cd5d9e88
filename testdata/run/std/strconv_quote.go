// strconv.Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, their Append forms,
// CanBackquote, IsPrint, IsGraphic, Unquote, UnquoteChar and QuotedPrefix on
// escapes, invalid UTF-8, surrogates, unprintable and graphic runes. Inputs from
// Go 1.19's src/strconv/quote_test.go and more.
package main

import (
	"fmt"
	"strconv"
)

var quoteIn = []string{
	"\a\b\f\r\n\t\v",
	"\\",
	"abc\xffdef",
	"\u263a",
	"\U0010ffff",
	"\x04",
	// Some non-printable but graphic runes. Final column is double-quoted.
	"!\u00a0!\u2000!\u3000!",
	"\x7f",
	"", "plain", "tab\there", "\x00\x1f\x7f\x80\xff", "\u2028\u2029\ufeff", "日本語", "\U0001F600",
	"a\"b'c`d", "\xed\xa0\x80", "\u00ad\u200b", "\U000e0001",
}

var runeIn = []rune{
	'a',
	'\a',
	'\\',
	0xFF,
	0x263a,
	0xdead,
	0xfffd,
	0x0010ffff,
	0x0010ffff + 1,
	0x04,
	// Some differences between graphic and printable. Note the last column is double-quoted.
	'\u00a0',
	'\u2000',
	'\u3000',
	-1, 0, '\'', '"', 0x7f, 0x80, 0x9f, 0xad, 0x200b, 0xd800, 0xdfff, 0x1f600, 0xe0001, 0x10fffe,
}

var backquoteIn = []string{
	"`",
	string(rune(0)),
	string(rune(1)),
	string(rune(2)),
	string(rune(3)),
	string(rune(4)),
	string(rune(5)),
	string(rune(6)),
	string(rune(7)),
	string(rune(8)),
	string(rune(9)),
	string(rune(10)),
	string(rune(11)),
	string(rune(12)),
	string(rune(13)),
	string(rune(14)),
	string(rune(15)),
	string(rune(16)),
	string(rune(17)),
	string(rune(18)),
	string(rune(19)),
	string(rune(20)),
	string(rune(21)),
	string(rune(22)),
	string(rune(23)),
	string(rune(24)),
	string(rune(25)),
	string(rune(26)),
	string(rune(27)),
	string(rune(28)),
	string(rune(29)),
	string(rune(30)),
	string(rune(31)),
	string(rune(0x7F)),
	`' !"#$%&'()*+,-./:;<=>?@[\]^_{|}~`,
	`0123456789`,
	`ABCDEFGHIJKLMNOPQRSTUVWXYZ`,
	`abcdefghijklmnopqrstuvwxyz`,
	`☺`,
	"\x80",
	"a\xe0\xa0z",
	"\ufeffabc",
	"a\ufeffz",
}

var unquoteIn = []string{
	`""`,
	`"a"`,
	`"abc"`,
	`"☺"`,
	`"hello world"`,
	`"\xFF"`,
	`"\377"`,
	`"\u1234"`,
	`"\U00010111"`,
	`"\U0001011111"`,
	`"\a\b\f\n\r\t\v\\\""`,
	`"'"`,
	`'a'`,
	`'☹'`,
	`'\a'`,
	`'\x10'`,
	`'\377'`,
	`'\u1234'`,
	`'\U00010111'`,
	`'\t'`,
	`' '`,
	`'\''`,
	`'"'`,
	"``",
	"`a`",
	"`abc`",
	"`☺`",
	"`hello world`",
	"`\\xFF`",
	"`\\377`",
	"`\\`",
	"`\n`",
	"`	`",
	"` `",
	"`a\rb`",
	``,
	`"`,
	`"a`,
	`"'`,
	`b"`,
	`"\"`,
	`"\9"`,
	`"\19"`,
	`"\129"`,
	`'\'`,
	`'\9'`,
	`'\19'`,
	`'\129'`,
	`'ab'`,
	`"\x1!"`,
	`"\U12345678"`,
	`"\z"`,
	"`",
	"`xxx",
	"``x\r",
	"`\"",
	`"\'"`,
	`'\"'`,
	"\"\n\"",
	"\"\\n\n\"",
	"'\n'",
	`"\udead"`,
	`"\ud83d\ude4f"`,
	`"foo"`, `"foo`, `"` + "\xc0" + `"`, `"a` + "\xc0" + `"`, `"\t` + "\xc0" + `"`,
	`'\xff'`, `'\u00ff'`, `"\xff\u00ff"`, `'\400'`, `"\400"`, `'\ud800'`, `'\U00110000'`,
	`''`, `'ab`, "`a`b`", `"\1"`, `"\12"`, `"\123"`, `"\X41"`,
}

func main() {
	for _, s := range quoteIn {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s),
			string(strconv.AppendQuote([]byte("abc"), s)), string(strconv.AppendQuoteToASCII([]byte("abc"), s)),
			string(strconv.AppendQuoteToGraphic([]byte("abc"), s)), strconv.CanBackquote(s))
	}
	for _, r := range runeIn {
		fmt.Println(r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r),
			string(strconv.AppendQuoteRune([]byte("abc"), r)), string(strconv.AppendQuoteRuneToASCII(nil, r)),
			string(strconv.AppendQuoteRuneToGraphic(nil, r)), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range backquoteIn {
		fmt.Printf("CanBackquote(%+q) = %v\n", s, strconv.CanBackquote(s))
	}
	for _, s := range unquoteIn {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s + "\n\r\\\"`'")
		fmt.Printf("Unquote(%+q) = %+q %v | QuotedPrefix = %+q %v\n", s, u, err, p, perr)
	}
	for _, tt := range []struct {
		s     string
		quote byte
	}{
		{`\n rest`, '"'}, {`\'x`, '\''}, {`\'x`, '"'}, {`\"x`, '"'}, {`\"x`, '\''},
		{`\x41BC`, '"'}, {`\101`, '"'}, {`\u263a!`, '"'}, {`\U0001F600`, 0}, {`é`, '"'},
		{`"`, '"'}, {`'`, '\''}, {`'`, '"'}, {`\z`, '"'}, {``, '"'}, {"\xff", '"'},
		{`\400`, '"'}, {`\xff`, '\''}, {`\ud800`, '"'},
	} {
		v, mb, tail, err := strconv.UnquoteChar(tt.s, tt.quote)
		fmt.Printf("UnquoteChar(%+q, %q) = %U %v %+q %v\n", tt.s, tt.quote, v, mb, tail, err)
	}
	n := 0
	for r := rune(0); r <= 0x10ffff; r++ {
		if strconv.IsPrint(r) {
			n++
		}
		if strconv.IsGraphic(r) {
			n += 1 << 32
		}
	}
	fmt.Println(n>>32, n&(1<<32-1))
}
