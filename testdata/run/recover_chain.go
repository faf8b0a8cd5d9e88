// A panic that only a helper tries to recover goes on: the report lists the
// recovered panic it replaced ("[recovered]").
package main

import "fmt"

func helper() { fmt.Println("helper", recover()) }

func main() {
	defer func() { helper() }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("again ", r))
	}()
	panic(1)
}
