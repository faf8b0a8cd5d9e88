// Printf verbs %v %+v %#v %T %d %s %q %x %X %t %c %U %o %b %e %g %% and
// the error annotations for wrong or missing arguments.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	p := P{1, "a\tb"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%s|%q|%x|%X|% x\n", "héllo", "héllo", "héllo", "hi", "hi")
	fmt.Printf("%q|%#q|%+q\n", "a\"b`", "no`tick", "é")
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%c|%c|%U|%q|%d\n", 'G', 0x1F600, 'G', 'G', 'G')
	fmt.Printf("%v|%d|%x|%o|%b\n", -42, -42, -42, 42, 5)
	fmt.Printf("%v|%s|%d\n", []int{1, 2}, []string{"a", "b"}, []int{3})
	fmt.Printf("%v|%x|%X|%s|%q\n", []byte("ab"), []byte("ab"), []byte{0xab}, []byte("str"), []byte("q"))
	fmt.Printf("%v|%#v|%#v|%#v|%#v\n", map[string]int{"a": 1}, []string{"x"}, 3.0, "s", [2]bool{true})
	fmt.Printf("%#v|%#v|%#v|%#v\n", int64(5), uint(7), 'r', struct{}{})
	fmt.Printf("100%%|%d%%\n", 50)
	fmt.Printf("%d|%s\n", "str", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%v %T\n", nil, nil)
	fmt.Printf("%[2]d %[1]d|%[1]q %[1]v\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%x|%X|%x\n", -255, "Zz", 3.5)
	fmt.Printf("%v|%v\n", &p, &[]int{1})
	fmt.Printf("%t\n", 1)
	fmt.Printf("%08.3f|%-8s|%8s|%.2s|%5.1s|\n", -1.5, "ab", "cd", "xyz", "uvw")
}
