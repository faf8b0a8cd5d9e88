package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"time"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain print")
	log.Println("println", 1, 2)
	log.Printf("printf %d %s", 3, "x")
	log.Print("no double newline\n")
	log.Print()
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	fmt.Printf("%q %d\n", log.Prefix(), log.Flags())
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	log.SetFlags(log.Lshortfile)
	log.SetFlags(0)
	log.SetPrefix("")

	var buf bytes.Buffer
	l := log.New(&buf, "custom: ", 0)
	l.Print("one")
	l.Printf("two %v", []int{1, 2})
	l.SetPrefix("P:")
	l.SetFlags(log.Lmsgprefix)
	l.Println("three")
	fmt.Print(buf.String())
	fmt.Println(l.Writer() == &buf, log.Writer() == os.Stdout)

	// Date/time flags with a fixed clock are not available; check the layout via
	// a writer that records lengths of the header.
	buf.Reset()
	l2 := log.New(&buf, "", log.LstdFlags)
	l2.Print("x")
	fmt.Println(len(buf.String()), buf.String()[4] == '/', buf.String()[19] == ' ')
	buf.Reset()
	l2.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l2.Print("y")
	fmt.Println(len(buf.String()), buf.String()[19] == '.')
	_ = time.Second
	buf.Reset()
	l3 := log.New(&buf, "", 0)
	l3.Output(1, "via output")
	fmt.Print(buf.String())
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.Default().SetPrefix("default> ")
	log.Print("via default")
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		log.Panicf("panic %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicln("ln", "panic")
	}()
	fmt.Print(buf.String())
	log.SetOutput(os.Stderr)
	log.Print("to stderr")
}
