// strconv: integer and float conversions both ways, and quoting.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := 0
	for i := 0; i < 3000000; i++ {
		s := strconv.Itoa(i*7919 - 1000000)
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		total += n&0xff + len(s)
	}
	for i := 0; i < 1000000; i++ {
		f := float64(i)*1.1 + 0.25
		s := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || g != f {
			panic(s)
		}
		total += len(s)
	}
	for i := 0; i < 500000; i++ {
		s := strconv.Quote("héllo\n\t" + strconv.FormatInt(int64(i), 16))
		total += len(s)
		u, _ := strconv.ParseInt(strconv.FormatInt(int64(i), 36), 36, 64)
		total += int(u & 1)
	}
	fmt.Println("strconv", total)
}
