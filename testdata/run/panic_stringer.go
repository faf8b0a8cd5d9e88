// An unrecovered panic whose value has a String method (but no Error
// method) prints the String result; a value of a named struct type without
// methods would print an address, so it is not tested.
package main

import "fmt"

type State int

func (s State) String() string {
	return [...]string{"idle", "running", "broken"}[s]
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
		panic(State(2))
	}()
	panic(State(1))
}
