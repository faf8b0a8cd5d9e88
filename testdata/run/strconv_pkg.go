// strconv basics, including the exact texts of its errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	n, err = strconv.Atoi("")
	fmt.Println(n, err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	i64, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i64, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(35, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.5, 'e', 3, 32))
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("nope")
	fmt.Println(err)
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("x="), 42, 10))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("NumError", ne.Func)
	} else {
		fmt.Println("not a NumError")
	}
	_, err = strconv.Atoi("zz")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("NumError", ne.Func, ne.Num, ne.Err)
	}
}
