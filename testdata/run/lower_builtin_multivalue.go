// Builtins applied to a multi-value call: copy(f()), delete(h()),
// append(g()), complex(p()). From Go's test/fixedbugs/issue15992.go, issue5793.go.
package main

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }

func g(a []byte) ([]byte, string) { return a, "xyz" }

func h(m map[int]int) (map[int]int, int) { return m, 0 }

func parts() (float64, float64) { return 5, 7 }

func words() ([]string, string, string) { return []string{"a"}, "b", "c" }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	n = copy(g(a))
	fmt.Println(n, string(a))
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m))
	fmt.Println(complex(parts()))
	fmt.Println(append(words()))
}
