// Regression for the lowering's run-time type descriptors: predeclared types are
// named (kTypeNamed), so interface map keys of int, string and defined types sort as
// in Go; //gocxx:cxxtype structs carry their Go fields (kTypeOpaque), so a zero
// sync.Mutex prints {0 0}.
package main

import (
	"fmt"
	"sync"
)

type Label string

type Guarded struct {
	mu sync.Mutex
	n  int
}

func main() {
	fmt.Println(map[any]int{"s": 1, Label("l"): 2, 3: 3, (*int)(nil): 4})
	fmt.Printf("%v %+v\n", Guarded{n: 1}, Guarded{})
}
