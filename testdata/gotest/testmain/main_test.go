package testmain

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	flag.Parse()
	fmt.Println("setup, verbose:", testing.Verbose())
	Ready = true
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestReady(t *testing.T) {
	if !Ready {
		t.Fatal("TestMain did not run")
	}
}
