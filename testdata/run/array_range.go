// range over an array ranges over a copy; range over a slice or a pointer
// to an array sees updates made during the loop.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	// The range expression is evaluated once: appends during the loop do
	// not extend it.
	s := []int{1, 2}
	for _, v := range s {
		s = append(s, v*10)
	}
	fmt.Println(s)
	// Reassigning the slice inside the loop does not affect the iteration.
	t := []string{"a", "b", "c"}
	for i := range t {
		t = t[:1]
		fmt.Print(i)
	}
	fmt.Println(t)
	// Range over an array of structs copies each element.
	type P struct{ n int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.n *= 10
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].n *= 10
	}
	fmt.Println(ps)
	var nilArr *[4]int
	for i := range nilArr {
		fmt.Print(i)
	}
	fmt.Println(len(nilArr))
}
