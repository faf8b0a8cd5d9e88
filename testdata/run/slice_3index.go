// Full slice expressions a[low:high:max] limit the capacity, so append
// must reallocate instead of overwriting the original.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	b := base[2:4:4]
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	a = append(a, 100)
	fmt.Println(base)
	b = append(b, 200)
	fmt.Println(base, b)
	c := base[:0:0]
	fmt.Println(len(c), cap(c), c == nil)
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	d := arr[1:3:5]
	fmt.Println(d, len(d), cap(d), d[:cap(d)])
	e := d[1:4]
	fmt.Println(e)
	s := "hello"
	fmt.Println(s[1:3], s[:], s[5:])
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	hi := 6
	fmt.Println(d[0:2:hi])
}
