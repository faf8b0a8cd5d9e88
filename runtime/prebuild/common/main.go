// A program importing the commonly used standard packages (fmt_time/ is the
// seeds' smaller set: units depend on the whole import set): building it at
// `ninja` time compiles their C++ units once into build/std-cache, which
// `gocxx build` reads as a read-only object cache (so a user's first build of
// a fmt/time/sync program only compiles the program's own package).
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	_ = bufio.NewReader
	_ = bytes.NewBuffer
	_ = context.Background
	_ = errors.New
	_ = io.Copy
	_ = log.Println
	_ = math.Sqrt
	_ = rand.Intn
	_ = os.Exit
	_ = sort.Ints
	_ = strconv.Itoa
	_ = strings.Split
	_ = time.Sleep
	_ = unicode.IsLetter
	_ = utf8.RuneLen
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done() }()
	wg.Wait()
	fmt.Println("ok")
}
