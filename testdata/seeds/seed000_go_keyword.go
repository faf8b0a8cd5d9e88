// The three uses of the go keyword in seed 000, as written, completed into a
// program: a call, a function literal with arguments, and gocxx's
// `go { block }` extension (real Go cannot compile it: the golden comes from
// seed000_go_keyword.go.ref, the same program with a func literal).
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var results = make(chan string, 3)

func GetThingDone(param1, param2 int) {
	defer wg.Done()
	results <- fmt.Sprint("GetThingDone ", param1+param2)
}

func main() {
	param1, param2 := 1, 2
	val1, val2 := "a", "b"
	wg.Add(3)

	//go 关键字放在方法调用前新建一个 goroutine 并让他执行方法体
	go GetThingDone(param1, param2)

	//上例的变种，新建一个匿名方法并执行
	go func(param1, param2 string) {
		defer wg.Done()
		results <- "func literal " + param1 + param2
	}(val1, val2)

	//直接新建一个 goroutine 并在 goroutine 中执行代码块
	go {
		//do someting...
		defer wg.Done()
		results <- "go block"
	}

	wg.Wait()
	close(results)
	var got []string
	for r := range results {
		got = append(got, r)
	}
	// Goroutines finish in any order: print them sorted.
	for i := range got {
		for j := i + 1; j < len(got); j++ {
			if got[j] < got[i] {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	for _, r := range got {
		fmt.Println(r)
	}
}
