// recover in deferred calls that block (coroutines): func values, interface
// methods and method values that wait on a channel before recovering are
// still called directly by the panic; helpers they call are not.
package main

import "fmt"

type B struct{ c chan int }

func (b B) M() {
	b.c <- 1
	<-b.c
	fmt.Println("B.M", recover())
}

func (b *B) Helper() {
	b.c <- 1
	<-b.c
	nested(b.c)
}

func nested(c chan int) {
	c <- 1
	<-c
	fmt.Println("nested", recover())
}

type I interface {
	M()
}

func run(name string, f func()) {
	defer func() { fmt.Println(name, "left:", recover()) }()
	f()
}

func main() {
	c := make(chan int, 1)
	run("blocking func value", func() {
		f := func() {
			c <- 1
			<-c
			fmt.Println("func value", recover())
		}
		defer f()
		panic(1)
	})
	run("blocking func value calling helper", func() {
		f := func() { nested(c) }
		defer f()
		panic(2)
	})
	run("blocking interface method", func() {
		var i I = B{c}
		defer i.M()
		panic(3)
	})
	run("blocking method value", func() {
		m := B{c}.M
		defer m()
		panic(4)
	})
	run("blocking method calling helper", func() {
		b := &B{c}
		defer b.Helper()
		panic(5)
	})
	run("blocking interface method value", func() {
		var i I = &B{c}
		m := i.M
		defer m()
		panic(6)
	})
	run("goroutine of a blocking deferred function", func() {
		defer func() {
			done := make(chan bool)
			go func() {
				defer func() { fmt.Println("goroutine deferred", recover()); done <- true }()
				c <- 1
				<-c
			}()
			<-done
		}()
		panic(7)
	})
}
