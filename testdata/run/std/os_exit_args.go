package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	defer fmt.Println("deferred: must not run")
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	os.Setenv("ZZT_TEST_VAR", "value=with=equals")
	fmt.Println(os.Getenv("ZZT_TEST_VAR"))
	v, ok := os.LookupEnv("ZZT_TEST_VAR")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("ZZT_SURELY_UNSET")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("ZZT_SURELY_UNSET"))
	os.Setenv("ZZT_EMPTY", "")
	v, ok = os.LookupEnv("ZZT_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "ZZT_") {
			mine = append(mine, kv)
		}
	}
	sort.Strings(mine)
	fmt.Println(mine)
	fmt.Println(os.Unsetenv("ZZT_TEST_VAR"), os.Getenv("ZZT_TEST_VAR") == "")
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("ZZT_HOME", "/home/g")
	fmt.Println(os.ExpandEnv("home=$ZZT_HOME ${ZZT_HOME}/x $ZZT_SURELY_UNSET."), os.Expand("$a-${b}", strings.ToUpper))
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct stdout\n")
	os.Stdout.Write([]byte("bytes stdout\n"))
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd())
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	fmt.Println(os.Getpid() > 0, os.Getuid() >= 0, os.Getpagesize())
	os.Exit(3)
}
