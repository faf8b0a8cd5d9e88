// Unnamed struct types get method tables too: struct{ S } has S's methods
// (promoted), so it satisfies interfaces and fmt finds String.
// From Go's test/method.go.
package main

import "fmt"

type S string

func (s S) val() int { return len(s) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P", p.n) }

type Val interface{ val() int }

func val(v Val) int { return v.val() }

func main() {
	var zs struct{ S }
	zs.S = "abc"
	fmt.Println(val(zs), val(&zs))
	x := struct {
		*P
		k int
	}{&P{7}, 1}
	var st fmt.Stringer = x
	fmt.Println(st.String(), x)
	var e interface{} = &struct{ S }{"hello"}
	if v, ok := e.(Val); ok {
		fmt.Println(v.val())
	}
}
