// Structs holding sync types print their Go fields: a zero (unlocked, unused)
// sync.Mutex is {0 0}, RWMutex, WaitGroup and Once show Go 1.19's field layout, with
// %v, %+v and %#v, embedded or named, alongside atomic values.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

type Safe struct {
	sync.RWMutex
	wg   sync.WaitGroup
	once sync.Once
	v    atomic.Int64
	c    atomic.Value
	b    bool
}

type Registry struct {
	Name  string
	Lock  *sync.Mutex
	Items []int
	sync.Mutex
}

func main() {
	c := Counter{n: map[string]int{"a": 1}}
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)
	var s Safe
	fmt.Printf("%v\n%+v\n", s, s)
	var mu sync.Mutex
	fmt.Println(mu, &mu)
	fmt.Printf("%#v|%+v|%d|%x\n", mu, mu, mu, mu)
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var once sync.Once
	fmt.Printf("%v %+v\n%v %+v\n%v %+v\n", rw, rw, wg, wg, once, once)
	once.Do(func() {})
	r := &Registry{Name: "reg", Items: []int{1}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println([]sync.Mutex{{}, {}}, map[string]sync.WaitGroup{"k": {}}, [1]sync.Once{})
	var ai atomic.Int32
	ai.Store(7)
	var ab atomic.Bool
	fmt.Printf("%v %+v %v\n", ai.Load(), ab, ab.Load())
	fmt.Printf("%T %T %T %T\n", mu, &rw, wg, once)
}
