// runtime.Caller and log's Lshortfile: the file and line of each frame the callers
// recorded (the call sites of functions reaching runtime.Caller). The program's own file
// name is printed as FILE (the test harness builds a copy under another name).
package main

import (
	"bytes"
	"fmt"
	"log"
	"path/filepath"
	"runtime"
	"strings"
)

// self is this file's base name, as Caller reports it.
var self string

func name(file string) string {
	if b := filepath.Base(file); b != self {
		return b
	}
	return "FILE"
}

// where reports the position of its caller's call to it (Caller(1)).
func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", name(file), line, ok)
}

// outer calls inner, which asks for 0, 1 and 2 frames up.
func outer() { inner() }

func inner() {
	for skip := 0; skip <= 2; skip++ {
		_, file, line, ok := runtime.Caller(skip)
		fmt.Printf("skip %d: %s:%d %v\n", skip, name(file), line, ok)
	}
}

type T struct{}

func (T) method() string { return where() }

func main() {
	_, file, line, ok := runtime.Caller(0)
	self = filepath.Base(file)
	fmt.Println(name(file), line, ok, filepath.IsAbs(file), strings.HasSuffix(file, ".go"))
	fmt.Println(where())
	outer()
	fmt.Println(T{}.method())
	done := make(chan string)
	go func() { done <- where() }()
	fmt.Println("in a goroutine:", <-done)

	var buf bytes.Buffer
	log.SetOutput(&buf)
	log.SetFlags(log.Lshortfile)
	log.Println("short file")
	log.Printf("and %s", "again")
	l := log.New(&buf, "custom ", log.Lshortfile|log.Lmsgprefix)
	l.Print("from a Logger")
	l.Output(1, "via Output")
	fmt.Print(strings.ReplaceAll(buf.String(), self, "FILE"))
	dynamic()
}

type Where interface{ where2() string }
type U struct{}

func (U) where2() string { return where() }

// Calls through func values, interfaces, method values and method expressions record
// their sites too.
func dynamic() {
	f := where
	fmt.Println("func value:", f())
	var w Where = U{}
	fmt.Println("interface:", w.where2())
	m := w.where2
	fmt.Println("method value:", m())
	e := U.where2
	fmt.Println("method expression:", e(U{}))
	fmt.Println("closure:", func() string { return where() }())
}
