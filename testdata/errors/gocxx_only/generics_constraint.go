// errorcheck
// gocxx: generics are not supported yet

// Constraint interfaces with type sets (unions, ~T) exist only for
// generics: valid Go 1.19, rejected by gocxx at each such interface and at
// each declaration with type parameters. A plain interface used as a
// constraint (Stringer below) is fine on its own.

package main

import (
	"fmt"
	"strconv"
)

type Number interface { // ERROR "generics are not supported yet"
	~int | ~int64 | ~float64
}

type Stringer interface{ String() string }

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Sum[N Number](xs ...N) N { // ERROR "generics are not supported yet"
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func Join[S Stringer](xs []S) string { // ERROR "generics are not supported yet"
	out := ""
	for _, x := range xs {
		out += x.String()
	}
	return out
}

func Max[T interface{ ~int | ~string }](a, b T) T { // ERROR "generics are not supported yet"
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](4, 5))
	fmt.Println(Join([]MyInt{1, 2}), Max("a", "b"), Max(3, 2))
}
