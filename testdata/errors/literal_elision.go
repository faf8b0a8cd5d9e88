// errorcheck

// Composite literal types may be elided for elements, not for struct
// fields; gc's positions for key:value and slice expressions.

package main

type In struct{ V int }

type Out struct {
	In  In
	Ins []In
}

func main() {
	_ = Out{In: {V: 1}} // ERROR "missing type in composite literal"
	_ = Out{{1}, nil} // ERROR "missing type in composite literal"
	_ = Out{Ins: []In{{1}, {V: 2}}}
	_ = map[string]In{"a": {1}}
	_ = In{V: 1, V: 2} // ERROR "duplicate field name V in struct literal"
	_ = Out{In{}} // ERROR "too few values in Out\{…\}"
	s := []int{1}
	s[0:1] // ERROR "s\[0:1\] \(value of type \[\]int\) is not used"
	n := 1
	_ = []int{n: 1} // ERROR "index n must be integer constant"
}
