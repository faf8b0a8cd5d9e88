// Structs embedding interfaces and holding interface fields; promoted
// interface methods dispatch to the stored value; method overriding.
package main

import (
	"fmt"
	"sort"
)

type Logger interface{ Log(string) }

type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(msg string) { fmt.Println(c.prefix + msg) }

type Service struct {
	Logger
	name string
}

func (s Service) Start() { s.Log("starting " + s.name) }

type Quiet struct{ Service }

func (Quiet) Log(string) {}

// reverse sorts in reverse by embedding sort.Interface and overriding Less.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	s := Service{ConsoleLogger{"[svc] "}, "db"}
	s.Start()
	s.Logger = ConsoleLogger{"[new] "}
	s.Start()
	q := Quiet{s}
	q.Log("hidden")
	q.Start() // Service.Start uses Service's Logger, not Quiet.Log
	var l Logger = q
	l.Log("also hidden")
	nums := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(nums)})
	fmt.Println(nums)
	empty := Service{name: "nil logger"}
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Start()
}
