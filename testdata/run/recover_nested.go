// recover in deferred calls made while a deferred call runs: nested panics,
// re-panics, Goexit, goroutines started by deferred functions, blocking.
package main

import (
	"fmt"
	"runtime"
)

func run(name string, f func()) {
	defer func() { fmt.Println(name, "left:", recover()) }()
	f()
}

func helper(where string) { fmt.Println("helper from", where, recover()) }

func blockingHelper(where string) {
	c := make(chan int, 1)
	c <- 1
	<-c
	fmt.Println("blocking helper from", where, recover())
}

func main() {
	run("nested panic recovered by inner defer", func() {
		defer func() {
			defer func() { fmt.Println("inner", recover()) }()
			panic(2)
		}()
		panic(1)
	})
	run("inner defer at normal return", func() {
		defer func() {
			defer func() { fmt.Println("inner normal", recover()) }()
		}()
		panic(3)
	})
	run("re-panic recovered", func() {
		defer func() { fmt.Println("outer", recover()) }()
		defer func() { panic(fmt.Sprint("re-", recover())) }()
		panic(4)
	})
	run("panic in deferred replaces", func() {
		defer func() { fmt.Println("second", recover()) }()
		defer func() { panic(6) }()
		panic(5)
	})
	run("goroutine from deferred", func() {
		defer func() {
			done := make(chan bool)
			go func() {
				fmt.Println("goroutine", recover())
				done <- true
			}()
			<-done
		}()
		panic(7)
	})
	run("blocking deferred", func() {
		defer func() {
			c := make(chan int, 1)
			c <- 1
			<-c
			fmt.Println("after block", recover())
		}()
		panic(8)
	})
	run("blocking helper", func() {
		defer func() { blockingHelper("literal") }()
		panic(9)
	})
	run("blocking deferred helper", func() {
		defer blockingHelper("defer")
		panic(10)
	})
	run("blocking inner literal", func() {
		defer func() {
			c := make(chan int, 1)
			func() {
				c <- 1
				fmt.Println("inner blocking literal", recover())
			}()
			<-c
		}()
		panic(11)
	})
	run("helper then direct", func() {
		defer func() {
			helper("before")
			fmt.Println("direct after helper", recover())
		}()
		panic(12)
	})
	run("recovered nested then outer", func() {
		defer func() {
			func() {
				defer func() { fmt.Println("nested", recover()) }()
				panic(14)
			}()
			fmt.Println("outer after nested", recover())
		}()
		panic(13)
	})
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("goexit direct", recover()) }()
		defer func() { helper("goexit") }()
		runtime.Goexit()
	}()
	<-done
	done2 := make(chan bool)
	go func() {
		defer close(done2)
		defer func() { fmt.Println("after goexit in deferred", recover()) }()
		defer func() {
			defer func() { fmt.Println("goexit under panic", recover()) }()
			runtime.Goexit()
		}()
		panic(15)
	}()
	<-done2
	fmt.Println("end")
}
